// Reading and writing the record's editable fields by path, the same paths that key evidence and
// provenance, so one string ties an input to its quote, its origin marker and markEdited.
import { markEdited } from '../merge-recapture';
import { EVIDENCE_FIELDS, type EventRecord, UNQUOTED_FIELDS } from '../record-schema';

// Every field that carries evidence, plus the editable ones the extractor fills without a quote.
export const MARKED_PATHS = [...EVIDENCE_FIELDS, ...UNQUOTED_FIELDS] as const;
export type MarkedPath = (typeof MARKED_PATHS)[number];

/** The reviewer's own fields: they are never extracted, so there is nothing to protect by marking. */
export const REVIEW_PATHS = ['review.tags', 'review.notes'] as const;
export type ReviewPath = (typeof REVIEW_PATHS)[number];

export type EditablePath = MarkedPath | ReviewPath;

export function getAt(record: EventRecord, path: string): unknown {
  return path.split('.').reduce<unknown>((o, k) => (o && typeof o === 'object' ? (o as Record<string, unknown>)[k] : undefined), record);
}

/** A copy of `record` with `value` at `path`; the path is marked as the user's unless it is a review field. */
export function editField(record: EventRecord, path: EditablePath, value: unknown): EventRecord {
  const next = structuredClone(record);
  const keys = path.split('.');
  let o = next as unknown as Record<string, unknown>;
  for (const k of keys.slice(0, -1)) o = o[k] as Record<string, unknown>;
  o[keys[keys.length - 1]] = value;
  return path.startsWith('review.') ? next : markEdited(next, path);
}

/** Nullable text fields hold null rather than "" so exports and the scorer see "not stated". */
export function textOrNull(value: string): string | null {
  return value === '' ? null : value;
}
