// The lossless export: every field of every record, with the schema version, so it imports back.
import { z } from 'zod';
import { EventRecordSchema, SCHEMA_VERSION, type EventRecord } from '../record-schema';

export const COLLECTION_FORMAT = 'communique-collection';

export const CollectionFileSchema = z.object({
  format: z.literal(COLLECTION_FORMAT),
  schemaVersion: z.literal(SCHEMA_VERSION),
  exportedAt: z.string(),
  records: z.array(EventRecordSchema),
});
export type CollectionFile = z.infer<typeof CollectionFileSchema>;

export function toCollectionJson(records: EventRecord[], now: Date): string {
  const file: CollectionFile = { format: COLLECTION_FORMAT, schemaVersion: SCHEMA_VERSION, exportedAt: now.toISOString(), records };
  return `${JSON.stringify(file, null, 2)}\n`;
}
