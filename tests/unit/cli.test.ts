import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { unzipSync } from 'fflate';
import Papa from 'papaparse';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '@/lib/cli/communique-cli';
import { EventRecordSchema } from '@/lib/record-schema';
import { exportRecords } from '@/lib/export/export-records';
import { makeRecord } from '../support/record-factory';
import { corpusCases } from '../corpus/corpus-cases';

async function run(args: string[]) {
  let out = '';
  let err = '';
  const code = await main(args, { out: (s) => (out += s), err: (s) => (err += s) });
  return { code, out, err };
}

describe('communique CLI', () => {
  const [first, second] = corpusCases();

  it('prints one valid record for one file, with the given URL', async () => {
    const { code, out } = await run(['extract', '--url', 'https://x.example/a.html', '--now', '2025-01-01T00:00:00Z', first.html]);
    expect(code).toBe(0);
    const record = EventRecordSchema.parse(JSON.parse(out));
    expect(record.source.url).toBe('https://x.example/a.html');
    expect(record.source.capturedAt).toBe('2025-01-01T00:00:00.000Z');
  });

  it('prints NDJSON for several files', async () => {
    const { code, out } = await run(['extract', first.html, second.html]);
    expect(code).toBe(0);
    const lines = out.trim().split('\n');
    expect(lines).toHaveLength(2);
    for (const l of lines) EventRecordSchema.parse(JSON.parse(l));
  });

  it('prints NDJSON for a directory', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cli-'));
    writeFileSync(join(dir, 'one.html'), '<html><head><title>One</title></head><body><article><p>On 3 March 2025 the Embassy held a reception for the diplomatic corps in the capital, attended by many guests.</p></article></body></html>');
    writeFileSync(join(dir, 'notes.txt'), 'not a page');
    const { code, out } = await run(['extract', dir]);
    expect(code).toBe(0);
    expect(out.trim().split('\n')).toHaveLength(1);
    expect(JSON.parse(out).title).toBe('One');
  });

  it('reads a page saved as UTF-8 whose meta still names a legacy charset', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cli-'));
    const file = join(dir, 'gb.html');
    writeFileSync(file, '<html><head><meta charset="gb2312"><title>中国驻欧盟使团</title></head><body><p>大使出席活动。</p></body></html>');
    const { out } = await run(['extract', file]);
    expect(JSON.parse(out).title).toBe('中国驻欧盟使团');
  });

  it('names a missing file and exits non-zero', async () => {
    const { code, err } = await run(['extract', '/nonexistent/page.html']);
    expect(code).toBe(1);
    expect(err).toContain('/nonexistent/page.html');
  });

  it('explains usage for an unknown command or bad --now', async () => {
    expect((await run(['frobnicate'])).err).toMatch(/unknown command "frobnicate"[\s\S]*usage/);
    expect((await run(['extract', '--now', 'yesterday', first.html])).err).toContain('--now "yesterday" is not a date');
  });
});

describe('communique export', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cli-export-'));
  const records = [makeRecord(), makeRecord()];
  const input = join(dir, 'collection.json');
  writeFileSync(input, exportRecords(records, 'json', new Date('2025-01-01T00:00:00Z')).content);

  it('converts our JSON to CSV on stdout', async () => {
    const { code, out } = await run(['export', '--format', 'csv', input]);
    expect(code).toBe(0);
    const rows = Papa.parse<Record<string, string>>(out.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true }).data;
    expect(rows.map((r) => r.id)).toEqual(records.map((r) => r.id));
  });

  it('writes a binary format to --out', async () => {
    const out = join(dir, 'notes.zip');
    expect((await run(['export', '--format', 'markdown', '--out', out, input])).code).toBe(0);
    expect(Object.keys(unzipSync(readFileSync(out)))).toHaveLength(2);
  });

  it('refuses a malformed file, naming the problem, and writes nothing', async () => {
    const bad = join(dir, 'bad.ndjson');
    writeFileSync(bad, `${JSON.stringify(records[0])}\n${JSON.stringify({ ...records[1], title: 5 })}\n`);
    const out = join(dir, 'never.csv');
    const { code, err } = await run(['export', '--format', 'csv', '--out', out, bad]);
    expect(code).toBe(1);
    expect(err).toContain('line 2, title:');
    expect(existsSync(out)).toBe(false);
  });

  it('names an unknown format and lists the known ones', async () => {
    const { code, err } = await run(['export', '--format', 'xlsx', input]);
    expect(code).toBe(2);
    expect(err).toContain('"xlsx" is not known: expected one of json, ndjson, csv, csv-participants, ics, csl-json, markdown, plover');
  });
});
