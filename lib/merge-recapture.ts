// Capturing a saved page again must not undo the reviewer's work: fields they edited stay theirs.
import { type EventRecord, isFieldPath } from './record-schema';

function getPath(obj: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((o, k) => (o && typeof o === 'object' ? (o as Record<string, unknown>)[k] : undefined), obj);
}
function setPath(obj: Record<string, unknown>, path: string, value: unknown): void {
  const keys = path.split('.');
  let o = obj;
  for (const k of keys.slice(0, -1)) {
    if (!o[k] || typeof o[k] !== 'object') return;
    o = o[k] as Record<string, unknown>;
  }
  o[keys[keys.length - 1]] = value;
}

/** The fresh extraction, with the saved record's id, review and every field its user edited. */
export function mergeRecapture(saved: EventRecord, fresh: EventRecord): EventRecord {
  const merged = structuredClone(fresh);
  merged.id = saved.id;
  merged.review = structuredClone(saved.review);
  merged.source.capturedAt = saved.source.capturedAt;
  for (const [path, origin] of Object.entries(saved.provenance.fields)) {
    // Only a record's own field paths are carried over (the schema holds stored ones to that list).
    if (origin !== 'user' || !isFieldPath(path)) continue;
    setPath(merged as unknown as Record<string, unknown>, path, structuredClone(getPath(saved, path)));
    merged.provenance.fields[path] = 'user';
    merged.provenance.confidence[path] = 1;
    if (saved.evidence[path]) merged.evidence[path] = saved.evidence[path];
    else delete merged.evidence[path];
  }
  return merged;
}

/** Marks `path` as the user's own so later captures keep it; what the user typed is certain. */
export function markEdited(record: EventRecord, path: string): EventRecord {
  if (record.provenance.fields[path] === 'user') return record;
  const { provenance } = record;
  return { ...record, provenance: { ...provenance, fields: { ...provenance.fields, [path]: 'user' }, confidence: { ...provenance.confidence, [path]: 1 } } };
}
