// The collection page's read side. The page reads IndexedDB itself, read-only: 10,000 summaries come
// back from one structured-clone getAll in tens of milliseconds, where the same data sent through
// runtime messaging would be JSON-serialised twice. Every write still goes through the worker
// (lib/protocol.ts), which stays the only writer; it announces changes on CHANGES_CHANNEL so an open
// page refreshes after a capture made elsewhere.
import { unwrap, type IDBPDatabase } from 'idb';
import { SCHEMA_VERSION, type EventRecord } from '../record-schema';
import { BY_DAY, RECORDS, SEARCH_TEXT, SUMMARIES, type CommuniqueDb } from '../store/database';
import type { RecordSummary } from './record-summary';

export const CHANGES_CHANNEL = 'communique-changes';

export interface CollectionSource {
  /** The first rows in the default order (newest event day first) and the total, without reading every summary. */
  firstRows(limit: number): Promise<{ rows: RecordSummary[]; total: number }>;
  summaries(): Promise<RecordSummary[]>;
  /** Folded search text by record id. */
  searchTexts(): Promise<Map<string, string>>;
  /** Full records, in the order of `ids`; ids no longer stored, or not valid records, are left out. */
  records(ids: readonly string[]): Promise<EventRecord[]>;
}

export function collectionSource(db: IDBPDatabase<CommuniqueDb>): CollectionSource {
  return {
    firstRows(limit) {
      // A plain callback cursor: idb's promise per step costs a task each, which adds up on the
      // first screen's critical path.
      const store = unwrap(db.transaction(SUMMARIES).store);
      return new Promise((resolve, reject) => {
        const rows: RecordSummary[] = [];
        const cursor = store.index(BY_DAY).openCursor(null, 'prev');
        cursor.onerror = () => reject(cursor.error);
        cursor.onsuccess = () => {
          const c = cursor.result;
          if (c && rows.length < limit) {
            rows.push(c.value as RecordSummary);
            c.continue();
            return;
          }
          const count = store.count();
          count.onerror = () => reject(count.error);
          count.onsuccess = () => resolve({ rows, total: count.result });
        };
      });
    },
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
      // Every record was validated by the worker when written; a full zod parse of 10,000 records
      // here would cost more than the export itself, so only the shape every export relies on is checked.
      return found.filter((r): r is EventRecord => r !== undefined && looksLikeRecord(r));
    },
  };
}

function looksLikeRecord(r: EventRecord): boolean {
  return r.schemaVersion === SCHEMA_VERSION && typeof r.id === 'string' && !!r.source && !!r.event && Array.isArray(r.event.participants) && !!r.review && typeof r.text === 'string';
}
