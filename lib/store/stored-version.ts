// "Keep both as versions" (import conflicts): the collection holds one current record per canonical
// URL — the unique index on source.canonicalUrl stays, so captures, saves and exports never see two
// records for one page. The other copy is kept whole in a separate `versions` store, keyed by its own
// versionId and indexed (not uniquely) by the page's canonical URL. The record's summary counts its
// versions; the collection page's editor lists them and can make one current, which swaps it with the
// current record (the current one becomes a version, so nothing is ever lost by promoting).
// Versions live and die with their page's record: deleting the record deletes them and undo restores
// them. Exports hold current records only.
import { z } from 'zod';
import { EventRecordSchema } from '../record-schema';

export const StoredVersionSchema = z.object({
  versionId: z.string().min(1),
  canonicalUrl: z.string(),
  /** When the version was set aside (ISO date-time). */
  keptAt: z.string(),
  /** Why it exists: an import's "keep both", or the current record set aside by promoting another. */
  origin: z.enum(['import', 'replaced']),
  record: EventRecordSchema,
});
export type StoredVersion = z.infer<typeof StoredVersionSchema>;
