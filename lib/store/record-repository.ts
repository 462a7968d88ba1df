// Reading and writing records. Every record read back is validated: a record that no longer fits
// the schema is reported by id rather than crashing the list. Every write also writes the record's
// summary and search text (lib/collection/record-summary.ts) in the same transaction, so the
// collection page's lightweight stores can never disagree with the records.
import type { IDBPDatabase, IDBPTransaction } from 'idb';
import { searchTextOf, summarize, type RecordSummary } from '../collection/record-summary';
import { CaptureError } from '../protocol';
import { EventRecordSchema, type EventRecord } from '../record-schema';
import { BY_CANONICAL_URL, BY_CAPTURED_AT, RECORDS, SEARCH_TEXT, SUMMARIES, VERSIONS, type CommuniqueDb } from './database';
import { StoredVersionSchema, type StoredVersion } from './stored-version';

/** What the reviewer chose for an imported record that meets one already in the collection. */
export type ImportResolution = 'mine' | 'theirs' | 'both';
export interface ImportItem {
  record: EventRecord;
  /** Used only when the record meets an existing one; a clash found late falls back to 'mine'. */
  resolution?: ImportResolution;
}
export interface ImportOutcome {
  added: number;
  replaced: number;
  /** Kept as versions next to the current record of the same page. */
  versioned: number;
  kept: number;
  unchanged: number;
}

export interface ReviewChange {
  addTags?: string[];
  removeTags?: string[];
  status?: 'unreviewed' | 'reviewed';
}

export interface SaveOptions {
  /**
   * Combines the stored record of the page with the incoming one inside the write transaction, so a
   * capture that raced a reviewer's save cannot overwrite what they just edited.
   */
  mergeWith?: (stored: EventRecord, incoming: EventRecord) => EventRecord;
}

export interface RecordRepository {
  get(id: string): Promise<EventRecord | null>;
  getMany(ids: string[]): Promise<EventRecord[]>;
  findByCanonicalUrl(url: string): Promise<EventRecord | null>;
  /** Inserts, or updates the record that already holds this id or canonical URL; returns what was stored. */
  save(record: EventRecord, options?: SaveOptions): Promise<{ record: EventRecord; created: boolean }>;
  /** Deletes the record and the versions of its page; returns both so an undo can restore them. */
  delete(id: string): Promise<{ record: EventRecord; versions: StoredVersion[] }>;
  deleteMany(ids: string[]): Promise<{ records: EventRecord[]; versions: StoredVersion[] }>;
  /** Puts deleted records and versions back (an undo); a page saved again meanwhile is updated, not duplicated. */
  restore(records: EventRecord[], versions: StoredVersion[]): Promise<number>;
  /** Tags and review status for many records at once; returns how many changed. */
  updateReview(ids: string[], change: ReviewChange): Promise<number>;
  importRecords(items: ImportItem[]): Promise<ImportOutcome>;
  versionsOf(canonicalUrl: string): Promise<StoredVersion[]>;
  /** Makes a kept version the current record of its page; the current one becomes a version. */
  promoteVersion(versionId: string): Promise<EventRecord>;
  /** Newest capture first. */
  list(): Promise<EventRecord[]>;
  summaries(): Promise<RecordSummary[]>;
  count(): Promise<number>;
}

const ALL = [RECORDS, SUMMARIES, SEARCH_TEXT, VERSIONS] as const;
type WriteTx = IDBPTransaction<CommuniqueDb, typeof ALL extends readonly (infer T)[] ? T[] : never, 'readwrite'>;

export interface RepositoryOptions {
  newId?: () => string;
  now?: () => Date;
}

export function recordRepository(db: IDBPDatabase<CommuniqueDb>, options: RepositoryOptions = {}): RecordRepository {
  const newId = options.newId ?? (() => crypto.randomUUID());
  const now = options.now ?? (() => new Date());
  const valid = (value: unknown): EventRecord | null => {
    const parsed = EventRecordSchema.safeParse(value);
    return parsed.success ? parsed.data : null;
  };
  const writeTx = (): WriteTx => db.transaction([...ALL], 'readwrite') as WriteTx;

  /** The record, its summary (with its page's version count) and its search text. */
  async function put(tx: WriteTx, record: EventRecord): Promise<void> {
    const versions = await tx.objectStore(VERSIONS).index(BY_CANONICAL_URL).count(record.source.canonicalUrl);
    await tx.objectStore(RECORDS).put(record);
    await tx.objectStore(SUMMARIES).put(summarize(record, versions));
    await tx.objectStore(SEARCH_TEXT).put(searchTextOf(record));
  }

  async function remove(tx: WriteTx, id: string): Promise<{ record: EventRecord; versions: StoredVersion[] } | null> {
    const record = await tx.objectStore(RECORDS).get(id);
    if (!record) return null;
    const index = tx.objectStore(VERSIONS).index(BY_CANONICAL_URL);
    const versions = await index.getAll(record.source.canonicalUrl);
    for (const v of versions) await tx.objectStore(VERSIONS).delete(v.versionId);
    await tx.objectStore(RECORDS).delete(id);
    await tx.objectStore(SUMMARIES).delete(id);
    await tx.objectStore(SEARCH_TEXT).delete(id);
    return { record, versions };
  }

  /** Insert-or-update by id or canonical URL, inside the caller's transaction. */
  async function upsert(tx: WriteTx, record: EventRecord, options: SaveOptions = {}): Promise<{ record: EventRecord; created: boolean }> {
    const store = tx.objectStore(RECORDS);
    const sameId = await store.get(record.id);
    const samePage = await store.index(BY_CANONICAL_URL).get(record.source.canonicalUrl);
    const stored = samePage ?? sameId;
    if (options.mergeWith && stored) {
      const valid = EventRecordSchema.safeParse(stored);
      if (valid.success) record = EventRecordSchema.parse(options.mergeWith(valid.data, record));
    }
    if (samePage && samePage.id !== record.id) {
      if (sameId) {
        throw new CaptureError('invalid-record', `record ${record.id} cannot take the URL ${record.source.canonicalUrl}: record ${samePage.id} already holds it`);
      }
      record = { ...record, id: samePage.id };
    }
    // The id's old URL may differ; its old summary is replaced by the put below (same key).
    await put(tx, record);
    return { record, created: !sameId && !samePage };
  }

  /** Runs `work` in one read-write transaction; any throw aborts it, so nothing is half-written. */
  async function inTx<T>(work: (tx: WriteTx) => Promise<T>): Promise<T> {
    const tx = writeTx();
    try {
      const result = await work(tx);
      await tx.done;
      return result;
    } catch (e) {
      abort(tx);
      throw e;
    }
  }

  const sameContent = (a: EventRecord, b: EventRecord) => JSON.stringify(EventRecordSchema.parse(a)) === JSON.stringify(EventRecordSchema.parse(b));

  return {
    async get(id) {
      return valid(await db.get(RECORDS, id));
    },
    async getMany(ids) {
      const tx = db.transaction(RECORDS);
      const found = await Promise.all(ids.map((id) => tx.store.get(id)));
      await tx.done;
      return found.map(valid).filter((r): r is EventRecord => r !== null);
    },
    async findByCanonicalUrl(url) {
      return valid(await db.getFromIndex(RECORDS, BY_CANONICAL_URL, url));
    },
    async save(input, options) {
      const record = EventRecordSchema.parse(input);
      // One transaction: the lookup and the write cannot interleave with another capture of the page.
      return inTx((tx) => upsert(tx, record, options));
    },
    async delete(id) {
      return inTx(async (tx) => {
        const removed = await remove(tx, id);
        if (!removed) throw new CaptureError('not-found', `no record with id ${id}`);
        return removed;
      });
    },
    async deleteMany(ids) {
      return inTx(async (tx) => {
        const records: EventRecord[] = [];
        const versions: StoredVersion[] = [];
        for (const id of ids) {
          const removed = await remove(tx, id);
          if (!removed) continue; // already gone (deleted elsewhere): nothing to undo for it
          records.push(removed.record);
          versions.push(...removed.versions);
        }
        return { records, versions };
      });
    },
    async restore(inputRecords, inputVersions) {
      const records = inputRecords.map((r) => EventRecordSchema.parse(r));
      const versions = inputVersions.map((v) => StoredVersionSchema.parse(v));
      return inTx(async (tx) => {
        // Versions first, so each record's summary counts them.
        for (const v of versions) await tx.objectStore(VERSIONS).put(v);
        for (const r of records) await upsert(tx, r);
        return records.length;
      });
    },
    async updateReview(ids, change) {
      const stamp = now().toISOString();
      return inTx(async (tx) => {
        let changed = 0;
        for (const id of ids) {
          const record = await tx.objectStore(RECORDS).get(id);
          if (!record) continue;
          const tags = record.review.tags.filter((t) => !change.removeTags?.includes(t));
          for (const t of change.addTags ?? []) if (!tags.includes(t)) tags.push(t);
          const status = change.status ?? record.review.status;
          if (status === record.review.status && tags.length === record.review.tags.length && tags.every((t, i) => t === record.review.tags[i])) continue;
          await put(tx, { ...record, review: { ...record.review, tags, status, updatedAt: stamp } });
          changed++;
        }
        return changed;
      });
    },
    async importRecords(items) {
      const parsed = items.map((item) => ({ record: EventRecordSchema.parse(item.record), resolution: item.resolution }));
      const stamp = now().toISOString();
      return inTx(async (tx) => {
        const outcome: ImportOutcome = { added: 0, replaced: 0, versioned: 0, kept: 0, unchanged: 0 };
        const store = tx.objectStore(RECORDS);
        for (const { record, resolution } of parsed) {
          const samePage = await store.index(BY_CANONICAL_URL).get(record.source.canonicalUrl);
          const sameId = await store.get(record.id);
          // The page that matters is the one with the same canonical URL; an id alone can clash by chance.
          const target = samePage ?? sameId;
          if (!target) {
            await put(tx, record);
            outcome.added++;
            continue;
          }
          if (sameContent(target, record)) {
            outcome.unchanged++;
            continue;
          }
          const choice = resolution ?? 'mine';
          if (choice === 'mine') {
            outcome.kept++;
          } else if (choice === 'theirs') {
            if (samePage) {
              // Replaces the page's record under its id; another record that happened to share the
              // incoming id (a different page) is left alone.
              await put(tx, { ...record, id: samePage.id });
            } else {
              // Same id, different page: the incoming record takes the id over, URL and all.
              await put(tx, record);
            }
            outcome.replaced++;
          } else if (samePage) {
            await tx.objectStore(VERSIONS).put({ versionId: newId(), canonicalUrl: samePage.source.canonicalUrl, keptAt: stamp, origin: 'import', record });
            await put(tx, samePage); // recount its versions in the summary
            outcome.versioned++;
          } else {
            // Same id but another page: two different pages, so both are simply records.
            await put(tx, { ...record, id: newId() });
            outcome.added++;
          }
        }
        return outcome;
      });
    },
    async versionsOf(canonicalUrl) {
      const all = await db.getAllFromIndex(VERSIONS, BY_CANONICAL_URL, canonicalUrl);
      return all.filter((v) => StoredVersionSchema.safeParse(v).success).sort((a, b) => b.keptAt.localeCompare(a.keptAt));
    },
    async promoteVersion(versionId) {
      const stamp = now().toISOString();
      return inTx(async (tx) => {
        const version = await tx.objectStore(VERSIONS).get(versionId);
        if (!version) throw new CaptureError('not-found', `no kept version with id ${versionId}`);
        await tx.objectStore(VERSIONS).delete(versionId);
        const current = await tx.objectStore(RECORDS).index(BY_CANONICAL_URL).get(version.canonicalUrl);
        let promoted: EventRecord;
        if (current) {
          await tx.objectStore(VERSIONS).put({ versionId: newId(), canonicalUrl: version.canonicalUrl, keptAt: stamp, origin: 'replaced', record: current });
          // The page keeps its record id, so selections and links to it stay valid.
          promoted = { ...version.record, id: current.id, source: { ...version.record.source, canonicalUrl: version.canonicalUrl } };
        } else {
          const clash = await tx.objectStore(RECORDS).get(version.record.id);
          promoted = clash ? { ...version.record, id: newId() } : version.record;
        }
        await put(tx, promoted);
        return promoted;
      });
    },
    async list() {
      const all = await db.getAllFromIndex(RECORDS, BY_CAPTURED_AT);
      return all.reverse().map(valid).filter((r): r is EventRecord => r !== null);
    },
    summaries() {
      return db.getAll(SUMMARIES);
    },
    count() {
      return db.count(RECORDS);
    },
  };
}

/** Aborts without leaving tx.done to reject unobserved. */
function abort(tx: { abort(): void; done: Promise<void> }): void {
  tx.done.catch(() => undefined);
  try {
    tx.abort();
  } catch {
    // Already finished or aborted by the failing request itself.
  }
}

const WRITES = ['save', 'delete', 'deleteMany', 'restore', 'updateReview', 'importRecords', 'promoteVersion'] as const;

/**
 * After a failed upgrade the old database is opened as it is: reading and exporting work, every
 * write is refused with the upgrade's own message rather than half-writing into an old layout.
 */
export function readOnlyRepository(repository: RecordRepository, reason: string): RecordRepository {
  const refused = { ...repository };
  for (const name of WRITES) {
    (refused as Record<string, unknown>)[name] = () => Promise.reject(new CaptureError('storage', reason));
  }
  return refused;
}
