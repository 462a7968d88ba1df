// Records written by an older version of the record schema (stored in IndexedDB, kept as versions, or
// in an exported file) are upgraded step by step to SCHEMA_VERSION before they are validated. Each
// step is kept forever, like the database's own migrations.
import { SCHEMA_VERSION } from './record-schema';

type Step = (record: Record<string, unknown>) => Record<string, unknown>;

/** RECORD_STEPS[n] upgrades a record of schemaVersion n + 1 to n + 2. */
const RECORD_STEPS: Step[] = [
  // 1 → 2: per-field confidence. What the extractor would have said is not known afterwards, so a
  // version 1 record has none, except for the values its user typed, which are certain.
  (r) => {
    const provenance = (r.provenance ?? {}) as { fields?: Record<string, unknown> };
    const confidence: Record<string, number> = {};
    for (const [path, origin] of Object.entries(provenance.fields ?? {})) if (origin === 'user') confidence[path] = 1;
    return { ...r, schemaVersion: 2, provenance: { ...provenance, confidence } };
  },
];

/** Versions a record may have and still be read; anything else is reported by validation as it is. */
export const READABLE_SCHEMA_VERSIONS = Array.from({ length: SCHEMA_VERSION }, (_, i) => i + 1);

/** `value` upgraded to the current schema when it is a record of an older one; otherwise unchanged. */
export function upgradeRecord(value: unknown): unknown {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return value;
  let r = value as Record<string, unknown>;
  const from = r.schemaVersion;
  if (typeof from !== 'number' || !Number.isInteger(from) || from < 1 || from >= SCHEMA_VERSION) return value;
  for (let v = from; v < SCHEMA_VERSION; v++) r = RECORD_STEPS[v - 1](r);
  return r;
}
