// Every export format behind one function, used by the worker (popup, collection page) and the CLI.
import { strFromU8 } from 'fflate';
import type { ExportFormat } from '../protocol';
import type { EventRecord } from '../record-schema';
import { toCslJson } from './csl-export';
import { toEventsCsv, toParticipantsCsv } from './csv-export';
import { toIcs } from './ics-export';
import { toCollectionJson } from './json-export';
import { toMarkdownZip } from './markdown-export';
import { toNdjson } from './ndjson-export';
import { toPloverJsonl } from './plover-export';

export interface ExportFile {
  filename: string;
  mimeType: string;
  /** Text, or the bytes of a binary format (the Markdown zip). */
  content: string | Uint8Array;
  count: number;
  /** Ids of records the format could not hold (an .ics entry needs an event date). */
  skipped: string[];
}

/** An export as it crosses the message channel, which carries strings only. */
export interface TransferableExport extends Omit<ExportFile, 'content'> {
  content: string;
  encoding: 'utf-8' | 'base64';
}

export type TextExport = Omit<ExportFile, 'content'> & { content: string };
export type BinaryExport = Omit<ExportFile, 'content'> & { content: Uint8Array };

export function exportRecords(records: EventRecord[], format: 'markdown', now: Date): BinaryExport;
export function exportRecords(records: EventRecord[], format: Exclude<ExportFormat, 'markdown'>, now: Date): TextExport;
export function exportRecords(records: EventRecord[], format: ExportFormat, now: Date): ExportFile;
export function exportRecords(records: EventRecord[], format: ExportFormat, now: Date): ExportFile {
  const stamp = now.toISOString().slice(0, 10);
  const text = (ext: string, mimeType: string, content: string): TextExport => ({
    filename: `communique-${stamp}.${ext}`,
    mimeType,
    content,
    count: records.length,
    skipped: [],
  });
  switch (format) {
    case 'json':
      return text('json', 'application/json', toCollectionJson(records, now));
    case 'ndjson':
      return text('ndjson', 'application/x-ndjson', toNdjson(records));
    case 'csv':
      return text('csv', 'text/csv;charset=utf-8', toEventsCsv(records));
    case 'csv-participants':
      return { ...text('csv', 'text/csv;charset=utf-8', toParticipantsCsv(records)), filename: `communique-${stamp}-participants.csv` };
    case 'ics': {
      const { content, skipped } = toIcs(records, now);
      return { ...text('ics', 'text/calendar;charset=utf-8', content), count: records.length - skipped.length, skipped };
    }
    case 'csl-json':
      return { ...text('json', 'application/vnd.citationstyles.csl+json', toCslJson(records)), filename: `communique-${stamp}-csl.json` };
    case 'plover':
      return { ...text('jsonl', 'application/x-ndjson', toPloverJsonl(records)), filename: `communique-${stamp}-plover.jsonl` };
    case 'markdown': {
      const zip = toMarkdownZip(records);
      return { filename: `communique-${stamp}-markdown.zip`, mimeType: 'application/zip', content: zip, count: records.length, skipped: [] };
    }
  }
}

export function toTransferable(file: ExportFile): TransferableExport {
  if (typeof file.content === 'string') return { ...file, content: file.content, encoding: 'utf-8' };
  // btoa exists in the worker and in Node 20; latin1 keeps each byte as one character.
  return { ...file, content: btoa(strFromU8(file.content, true)), encoding: 'base64' };
}

export function exportBytes(file: ExportFile | TransferableExport): Uint8Array {
  if (typeof file.content !== 'string') return file.content;
  if ('encoding' in file && file.encoding === 'base64') return Uint8Array.from(atob(file.content), (c) => c.charCodeAt(0));
  return new TextEncoder().encode(file.content);
}
