// A quiet hint beside a label when a value deserves a second look, drawn from provenance: the reviewer
// should check what the extractor guessed, not re-read every field.
import { EVIDENCE_FIELDS, HIGH_CONFIDENCE, type EventRecord } from '../record-schema';

export type FieldMarker = { kind: 'user' | 'unsourced' | 'inferred' | 'doubtful'; title: string };

/** The extractor's confidence in the value at `path`; for the participant list, its least sure row. */
export function confidenceOf(record: EventRecord, path: string): number | null {
  const c = record.provenance.confidence;
  if (path === 'event.participants') {
    const rows = record.event.participants.map((_, i) => c[`event.participants.${i}`]).filter((v): v is number => typeof v === 'number');
    return rows.length ? Math.min(...rows) : null;
  }
  return typeof c[path] === 'number' ? c[path] : null;
}

const hasValue = (v: unknown) => (Array.isArray(v) ? v.length > 0 : v !== null && v !== undefined && v !== '');

export function markerFor(record: EventRecord, path: string, value: unknown): FieldMarker | null {
  const origin = record.provenance.fields[path];
  if (origin === 'user') return { kind: 'user', title: 'Edited by you; a later capture keeps this value' };
  if (!hasValue(value)) return null;
  if ((EVIDENCE_FIELDS as readonly string[]).includes(path)) {
    if (!origin) return { kind: 'unsourced', title: 'The extractor recorded no source for this value; please check it' };
    if (origin === 'text' && !record.evidence[path]) return { kind: 'inferred', title: 'Inferred from the article without a quote; please check it' };
  }
  const confidence = confidenceOf(record, path);
  if (confidence !== null && confidence < HIGH_CONFIDENCE) {
    return { kind: 'doubtful', title: `Check this: values found this way were right about ${Math.round(confidence * 100)}% of the time` };
  }
  return null;
}
