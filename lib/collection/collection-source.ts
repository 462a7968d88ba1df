// The collection page's read side. The page reads IndexedDB itself, read-only: 10,000 summaries come
// back from one structured-clone getAll in tens of milliseconds, where the same data sent through
// runtime messaging would be JSON-serialised twice. Every write still goes through the worker
// (lib/protocol.ts), which stays the only writer; it announces changes on CHANGES_CHANNEL so an open
// page refreshes after a capture made elsewhere.
import type { IDBPDatabase } from 'idb';
import { EventRecordSchema, type EventRecord } from '../record-schema';
import { RECORDS, SEARCH_TEXT, SUMMARIES, type CommuniqueDb } from '../store/database';
import type { RecordSummary } from './record-summary';

export const CHANGES_CHANNEL = 'communique-changes';

export interface CollectionSource {
  summaries(): Promise<RecordSummary[]>;
  /** Folded search text by record id. */
  searchTexts(): Promise<Map<string, string>>;
  /** Full records, in the order of `ids`; ids no longer stored, or not valid records, are left out. */
  records(ids: readonly string[]): Promise<EventRecord[]>;
}

export function collectionSource(db: IDBPDatabase<CommuniqueDb>): CollectionSource {
  return {
    summaries: () => db.getAll(SUMMARIES),
    async searchTexts() {
      const all = await db.getAll(SEARCH_TEXT);
      return new Map(all.map((t) => [t.id, t.text]));
    },
    async records(ids) {
      const tx = db.transaction(RECORDS);
      // Many ids: one getAll beats thousands of gets; a few: gets avoid reading the whole store.
      let found: (EventRecord | undefined)[];
      if (ids.length > 500) {
        const all = new Map((await tx.store.getAll()).map((r) => [r.id, r]));
        found = ids.map((id) => all.get(id));
      } else {
        found = await Promise.all(ids.map((id) => tx.store.get(id)));
      }
      await tx.done;
      return found.filter((r): r is EventRecord => r !== undefined && EventRecordSchema.safeParse(r).success);
    },
  };
}
