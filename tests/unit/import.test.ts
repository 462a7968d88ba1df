import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exportRecords } from '@/lib/export/export-records';
import { describeProblems, parseRecordsFile } from '@/lib/import/parse-records-file';
import { makeRecord } from '../support/record-factory';
import { recordArbitrary } from '../support/record-arbitrary';

const now = new Date('2025-06-01T00:00:00Z');

describe('parseRecordsFile', () => {
  const records = [makeRecord(), makeRecord()];

  it('reads back our JSON collection, a bare array, a single record and NDJSON', () => {
    const json = exportRecords(records, 'json', now).content;
    expect(parseRecordsFile(json)).toEqual({ ok: true, records, format: 'json' });
    expect(parseRecordsFile(JSON.stringify(records))).toMatchObject({ ok: true, records });
    expect(parseRecordsFile(JSON.stringify(records[0]))).toMatchObject({ ok: true, records: [records[0]] });
    expect(parseRecordsFile(`\uFEFF${exportRecords(records, 'ndjson', now).content}\n\n`)).toEqual({ ok: true, records, format: 'ndjson' });
  });

  it('names line, field and why for a bad NDJSON record', () => {
    const bad = { ...records[1], event: { ...records[1].event, start: '2025-02-31' } };
    const result = parseRecordsFile(`${JSON.stringify(records[0])}\n${JSON.stringify(bad)}\n`);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.problems[0]).toMatchObject({ where: 'line 2', field: 'event.start' });
      expect(describeProblems(result.problems)).toMatch(/^line 2, event.start: expected a day that exists/);
    }
  });

  it('says a truncated JSON file is truncated', () => {
    const json = exportRecords(records, 'json', now).content;
    const result = parseRecordsFile(json.slice(0, json.length / 2));
    expect(result).toMatchObject({ ok: false, problems: [{ where: 'file', why: expect.stringContaining('truncated') }] });
  });

  it('reads a file exported before records had a confidence (schemaVersion 1) as upgraded records', () => {
    const v1 = records.map(({ provenance: { confidence: _c, ...provenance }, ...r }) => ({ ...r, schemaVersion: 1, provenance }));
    const file = JSON.stringify({ format: 'communique-collection', schemaVersion: 1, exportedAt: now.toISOString(), records: v1 });
    const parsed = parseRecordsFile(file);
    expect(parsed).toMatchObject({ ok: true, format: 'json' });
    if (!parsed.ok) return;
    expect(parsed.records.map((r) => [r.schemaVersion, r.provenance.confidence])).toEqual([[2, {}], [2, {}]]);
    expect(parsed.records.map((r) => r.id)).toEqual(records.map((r) => r.id));
    // A version 2 record that lost its confidence is broken, not old: it is refused by field.
    const broken = JSON.stringify(v1.map((r) => ({ ...r, schemaVersion: 2 })));
    expect(parseRecordsFile(broken)).toMatchObject({ ok: false, problems: [
      { where: 'record 1', field: 'provenance.confidence' },
      { where: 'record 2', field: 'provenance.confidence' },
    ] });
  });

  it('reads an empty file as an empty collection', () => {
    expect(parseRecordsFile('  \n')).toEqual({ ok: true, records: [], format: 'ndjson' });
  });

  it('refuses other JSON files and unknown schema versions by name', () => {
    expect(parseRecordsFile('{"format":"zotero","records":[]}')).toMatchObject({ ok: false, problems: [{ field: 'format', why: expect.stringContaining('"zotero"') }] });
    expect(parseRecordsFile(JSON.stringify([{ ...records[0], schemaVersion: 9 }]))).toMatchObject({
      ok: false,
      problems: [{ where: 'record 1', field: 'schemaVersion', why: 'schemaVersion 9 is not supported: expected 1 or 2' }],
    });
    expect(parseRecordsFile('id,title\n1,x')).toMatchObject({ ok: false, problems: [{ where: 'file', why: expect.stringContaining('expected JSON or NDJSON, found text starting "id,title') }] });
    expect(parseRecordsFile(`${JSON.stringify(records[0])}\n{"id": `)).toMatchObject({ ok: false, problems: [{ where: 'line 2', why: expect.stringContaining('not valid JSON') }] });
  });

  it('stops after ten problems', () => {
    const bad = Array.from({ length: 50 }, () => ({ ...records[0], id: '' }));
    const result = parseRecordsFile(JSON.stringify(bad));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems).toHaveLength(10);
  });
});

describe('export → import round trip (property)', () => {
  it.each(['json', 'ndjson'] as const)('%s gives back the same records', (format) => {
    let runs = 0;
    fc.assert(
      fc.property(fc.array(recordArbitrary, { maxLength: 5 }), (records) => {
        runs++;
        const back = parseRecordsFile(exportRecords(records, format, now).content);
        expect(back).toMatchObject({ ok: true, records });
      }),
      { numRuns: 200, seed: 42 },
    );
    console.log(`round trip ${format}: ${runs} generated collections`);
  });
});

describe('importSizeProblem', () => {
  it('refuses a 100 MB file before reading it, naming its size and the limit', async () => {
    const { importSizeProblem, MAX_IMPORT_BYTES } = await import('@/lib/import/parse-records-file');
    expect(importSizeProblem('backup.json', 100 * 1024 * 1024)?.why).toBe('backup.json is 100.0 MB, over the 64.0 MB an import can take: split it (NDJSON splits by lines) and import the parts');
    expect(importSizeProblem('backup.json', MAX_IMPORT_BYTES)).toBeNull();
  });
});
