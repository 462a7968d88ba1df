// Reading and writing records. Every record read back is validated: a record that no longer fits
// the schema is reported by id rather than crashing the list.
import type { IDBPDatabase } from 'idb';
import { CaptureError } from '../protocol';
import { EventRecordSchema, type EventRecord } from '../record-schema';
import { BY_CANONICAL_URL, BY_CAPTURED_AT, RECORDS, type CommuniqueDb } from './database';

export interface RecordRepository {
  get(id: string): Promise<EventRecord | null>;
  findByCanonicalUrl(url: string): Promise<EventRecord | null>;
  /** Inserts, or updates the record that already holds this id or canonical URL; returns what was stored. */
  save(record: EventRecord): Promise<{ record: EventRecord; created: boolean }>;
  delete(id: string): Promise<EventRecord>;
  /** Newest capture first. */
  list(): Promise<EventRecord[]>;
  count(): Promise<number>;
}

export function recordRepository(db: IDBPDatabase<CommuniqueDb>): RecordRepository {
  const valid = (value: unknown): EventRecord | null => {
    const parsed = EventRecordSchema.safeParse(value);
    return parsed.success ? parsed.data : null;
  };
  return {
    async get(id) {
      return valid(await db.get(RECORDS, id));
    },
    async findByCanonicalUrl(url) {
      return valid(await db.getFromIndex(RECORDS, BY_CANONICAL_URL, url));
    },
    async save(input) {
      const record = EventRecordSchema.parse(input);
      // One transaction: the lookup and the write cannot interleave with another capture of the page.
      const tx = db.transaction(RECORDS, 'readwrite');
      const store = tx.objectStore(RECORDS);
      const sameId = await store.get(record.id);
      const samePage = await store.index(BY_CANONICAL_URL).get(record.source.canonicalUrl);
      if (samePage && samePage.id !== record.id) {
        if (sameId) {
          abort(tx);
          throw new CaptureError('invalid-record', `record ${record.id} cannot take the URL ${record.source.canonicalUrl}: record ${samePage.id} already holds it`);
        }
        record.id = samePage.id;
      }
      await store.put(record);
      await tx.done;
      return { record, created: !sameId && !samePage };
    },
    async delete(id) {
      const tx = db.transaction(RECORDS, 'readwrite');
      const existing = await tx.store.get(id);
      if (!existing) {
        abort(tx);
        throw new CaptureError('not-found', `no record with id ${id}`);
      }
      await tx.store.delete(id);
      await tx.done;
      return existing;
    },
    async list() {
      const all = await db.getAllFromIndex(RECORDS, BY_CAPTURED_AT);
      return all.reverse().map(valid).filter((r): r is EventRecord => r !== null);
    },
    count() {
      return db.count(RECORDS);
    },
  };
}

/** Aborts without leaving tx.done to reject unobserved. */
function abort(tx: { abort(): void; done: Promise<void> }): void {
  tx.done.catch(() => undefined);
  tx.abort();
}
