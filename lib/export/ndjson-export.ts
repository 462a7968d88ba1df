import type { EventRecord } from '../record-schema';

/** One record per line: the lossless form for scripts (jq, pandas.read_json(lines=True)). */
export function toNdjson(records: EventRecord[]): string {
  return records.map((r) => JSON.stringify(r)).join('\n') + (records.length ? '\n' : '');
}
