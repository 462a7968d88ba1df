// A quiet hint beside a label when a value deserves a second look, drawn from provenance: the reviewer
// should check what the extractor guessed, not re-read every field.
import { EVIDENCE_FIELDS, type EventRecord } from '../record-schema';

export type FieldMarker = { kind: 'user' | 'unsourced' | 'inferred'; title: string };

const hasValue = (v: unknown) => (Array.isArray(v) ? v.length > 0 : v !== null && v !== undefined && v !== '');

export function markerFor(record: EventRecord, path: string, value: unknown): FieldMarker | null {
  const origin = record.provenance.fields[path];
  if (origin === 'user') return { kind: 'user', title: 'Edited by you; a later capture keeps this value' };
  if (!hasValue(value) || !(EVIDENCE_FIELDS as readonly string[]).includes(path)) return null;
  if (!origin) return { kind: 'unsourced', title: 'The extractor recorded no source for this value; please check it' };
  if (origin === 'text' && !record.evidence[path]) return { kind: 'inferred', title: 'Inferred from the article without a quote; please check it' };
  return null;
}
