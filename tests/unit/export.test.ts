import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { CSV_BOM, EVENT_CSV_COLUMNS } from '@/lib/export/csv-export';
import { exportRecords } from '@/lib/export/export-records';
import { CollectionFileSchema } from '@/lib/export/json-export';
import { makeRecord } from '../support/record-factory';

const now = new Date('2025-06-01T12:00:00Z');

describe('exports', () => {
  const records = [makeRecord({ title: 'Reception, "National Day" =1+1' }), makeRecord({ title: '中国驻欧盟使团 — café' })];

  it('JSON is lossless and carries the schema version', () => {
    const file = exportRecords(records, 'json', now);
    expect(file.filename).toBe('communique-2025-06-01.json');
    const parsed = CollectionFileSchema.parse(JSON.parse(file.content));
    expect(parsed.schemaVersion).toBe(2);
    expect(parsed.records).toEqual(records);
  });

  it('CSV starts with a BOM and reads back, one row per event, participants joined', () => {
    const file = exportRecords(records, 'csv', now);
    expect(file.content.startsWith(CSV_BOM)).toBe(true);
    const parsed = Papa.parse<Record<string, string>>(file.content.slice(1), { header: true, skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.meta.fields).toEqual([...EVENT_CSV_COLUMNS]);
    expect(parsed.data).toHaveLength(2);
    expect(parsed.data[1].title).toBe('中国驻欧盟使团 — café');
    expect(parsed.data[0].participants).toBe('Ambassador Jane Example (Ambassador of Example to Belgium); Minister Li Hua');
    expect(parsed.data[0].event_start).toBe('2025-03-03');
    expect(parsed.data[0].cameo).toBe('040');
  });

  it('CSV defuses every cell that opens with = + - @, tab or CR, whatever follows it, in both CSV formats', () => {
    const attacks = ['=HYPERLINK("http://evil")\n', '+SUM(1,1)\r', '@SUM(1+1)\nx', '-2+3\n', '\t=1+1', '\r=1+1', '=1+1\r\nnext'];
    for (const attack of attacks) {
      const rec = makeRecord({ title: attack });
      rec.event.participants = [{ name: attack, title: null, position: attack, affiliation: null, role: null }];
      for (const format of ['csv', 'csv-participants'] as const) {
        const parsed = Papa.parse<Record<string, string>>(exportRecords([rec], format, now).content.slice(1), { header: true, skipEmptyLines: true });
        const row = parsed.data[0];
        const cells: [string, string][] = format === 'csv'
          ? [['title', attack], ['participants', `${attack} (${attack})`]]
          : [['event_title', attack], ['name', attack], ['position', attack]];
        for (const [column, value] of cells) expect({ format, column, cell: row[column] }).toEqual({ format, column, cell: `'${value}` });
      }
    }
  });

  it('CSV defuses cells a spreadsheet would run as a formula', () => {
    const rec = makeRecord({ title: '=HYPERLINK("http://evil")' });
    const parsed = Papa.parse<Record<string, string>>(exportRecords([rec], 'csv', now).content.slice(1), { header: true });
    expect(parsed.data[0].title.startsWith('=')).toBe(false);
    expect(parsed.data[0].title).toContain('HYPERLINK');
  });
});
