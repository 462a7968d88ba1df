import type { ExportFormat } from '../protocol';
import type { EventRecord } from '../record-schema';
import { toEventsCsv } from './csv-export';
import { toCollectionJson } from './json-export';

export interface ExportFile {
  filename: string;
  mimeType: string;
  content: string;
  count: number;
}

export function exportRecords(records: EventRecord[], format: ExportFormat, now: Date): ExportFile {
  const stamp = now.toISOString().slice(0, 10);
  switch (format) {
    case 'json':
      return { filename: `communique-${stamp}.json`, mimeType: 'application/json', content: toCollectionJson(records, now), count: records.length };
    case 'csv':
      return { filename: `communique-${stamp}.csv`, mimeType: 'text/csv;charset=utf-8', content: toEventsCsv(records), count: records.length };
  }
}
