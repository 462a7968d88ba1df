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
  /** Text, or base64 for binary formats (the markdown zip), as `encoding` says. */
  content: string;
  encoding: 'utf-8' | 'base64';
  count: number;
  /** Ids of records the format could not hold (an .ics entry needs an event date). */
  skipped: string[];
}

export function exportRecords(records: EventRecord[], format: ExportFormat, now: Date): ExportFile {
  const stamp = now.toISOString().slice(0, 10);
  const text = (ext: string, mimeType: string, content: string): ExportFile => ({
    filename: `communique-${stamp}.${ext}`,
    mimeType,
    content,
    encoding: 'utf-8',
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
      return { ...text('zip', 'application/zip', base64(zip)), filename: `communique-${stamp}-markdown.zip`, encoding: 'base64' };
    }
  }
}

function base64(bytes: Uint8Array): string {
  // btoa exists in the worker and in Node 20; latin1 keeps each byte as one character.
  return btoa(strFromU8(bytes, true));
}

export function exportBytes(file: ExportFile): Uint8Array {
  if (file.encoding === 'utf-8') return new TextEncoder().encode(file.content);
  return Uint8Array.from(atob(file.content), (c) => c.charCodeAt(0));
}
