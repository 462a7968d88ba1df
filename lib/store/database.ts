// The one place that knows the IndexedDB layout. Each version's upgrade step is kept forever, so a
// browser that skipped versions still walks every step in order.
import { openDB, type DBSchema, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';
import { searchTextOf, summarize, type RecordSummary, type SearchText } from '../collection/record-summary';
import { upgradeRecord } from '../record-migrations';
import type { EventRecord } from '../record-schema';
import type { StoredVersion } from './stored-version';

export const DATABASE_NAME = 'communique';
export const DATABASE_VERSION = 3;
export const RECORDS = 'records';
export const SUMMARIES = 'summaries';
export const SEARCH_TEXT = 'search-text';
export const VERSIONS = 'versions';
export const BY_CANONICAL_URL = 'by-canonical-url';
export const BY_CAPTURED_AT = 'by-captured-at';
export const BY_DAY = 'by-day';

export interface CommuniqueDb extends DBSchema {
  records: {
    key: string;
    value: EventRecord;
    indexes: { 'by-canonical-url': string; 'by-captured-at': string };
  };
  /** One small row per record, written in the same transaction as the record (lib/collection). */
  summaries: { key: string; value: RecordSummary; indexes: { 'by-day': [string, string] } };
  /** The folded search text per record, apart from the summaries so the first screen need not read it. */
  'search-text': { key: string; value: SearchText };
  /** Kept versions of a page (see stored-version.ts); not unique by URL, unlike records. */
  versions: { key: string; value: StoredVersion; indexes: { 'by-canonical-url': string } };
}

type UpgradeTx = IDBPTransaction<CommuniqueDb, ArrayLike<StoreNames<CommuniqueDb>>, 'versionchange'>;
export type Migration = (db: IDBPDatabase<CommuniqueDb>, tx: UpgradeTx) => void | Promise<void>;

/** MIGRATIONS[n] upgrades a database at version n to n + 1. */
export const MIGRATIONS: Migration[] = [
  (db) => {
    const records = db.createObjectStore(RECORDS, { keyPath: 'id' });
    // Unique: the database itself refuses a second record for the same page.
    records.createIndex(BY_CANONICAL_URL, 'source.canonicalUrl', { unique: true });
    records.createIndex(BY_CAPTURED_AT, 'source.capturedAt');
  },
  // v2: the collection page's summaries and search text, and the versions store. Existing records are
  // summarised here, inside the upgrade, so a collection made with version 1 opens complete.
  async (db, tx) => {
    // Newest day first, newest capture first among equals: the collection page's default order.
    db.createObjectStore(SUMMARIES, { keyPath: 'id' }).createIndex(BY_DAY, ['day', 'capturedAt']);
    db.createObjectStore(SEARCH_TEXT, { keyPath: 'id' });
    const versions = db.createObjectStore(VERSIONS, { keyPath: 'versionId' });
    versions.createIndex(BY_CANONICAL_URL, 'canonicalUrl');
    const summaries = tx.objectStore(SUMMARIES);
    const texts = tx.objectStore(SEARCH_TEXT);
    for (let cursor = await tx.objectStore(RECORDS).openCursor(); cursor; cursor = await cursor.continue()) {
      const record = cursor.value;
      // A stored record too broken to summarise is left for the repository's validation to report.
      if (!record?.id || !record.source || !record.event || !record.review) continue;
      await summaries.put(summarize(record));
      await texts.put(searchTextOf(record));
    }
  },
  // v3: records of schemaVersion 2 (per-field confidence). Stored records and kept versions are
  // upgraded in place (lib/record-migrations.ts), so everything read afterwards has the current shape.
  async (_db, tx) => {
    for (let cursor = await tx.objectStore(RECORDS).openCursor(); cursor; cursor = await cursor.continue()) {
      const upgraded = upgradeRecord(cursor.value);
      if (upgraded !== cursor.value) await cursor.update(upgraded as EventRecord);
    }
    for (let cursor = await tx.objectStore(VERSIONS).openCursor(); cursor; cursor = await cursor.continue()) {
      const upgraded = upgradeRecord(cursor.value?.record);
      if (upgraded !== cursor.value?.record) await cursor.update({ ...cursor.value, record: upgraded as EventRecord });
    }
  },
];

/** An upgrade step failed; the database was left exactly as it was, at `fromVersion`. */
export class MigrationError extends Error {
  constructor(
    readonly fromVersion: number,
    readonly toVersion: number,
    readonly step: number,
    cause: unknown,
  ) {
    super(
      `Upgrading your collection from version ${fromVersion} to ${toVersion} failed at step ${step} (${cause instanceof Error ? cause.message : String(cause)}). ` +
        'Nothing was changed: your records are still readable and can be exported; saving is paused until the upgrade succeeds.',
    );
    this.name = 'MigrationError';
  }
}

export async function openDatabase(
  options: { name?: string; version?: number; migrations?: Migration[]; factory?: IDBFactory; onClose?: () => void } = {},
): Promise<IDBPDatabase<CommuniqueDb>> {
  const migrations = options.migrations ?? MIGRATIONS;
  const version = options.version ?? DATABASE_VERSION;
  if (version > migrations.length) {
    throw new Error(`database version ${version} has no migration: expected at most ${migrations.length}`);
  }
  let failure: MigrationError | null = null;
  const open = async () => {
    const db = await openDB<CommuniqueDb>(options.name ?? DATABASE_NAME, version, {
      async upgrade(db, oldVersion, newVersion, tx) {
        let v = oldVersion;
        try {
          for (; v < (newVersion ?? version); v++) await migrations[v](db, tx);
        } catch (e) {
          // An async step that throws would otherwise let the half-done upgrade commit.
          failure = new MigrationError(oldVersion, newVersion ?? version, v + 1, e);
          tx.done.catch(() => undefined);
          tx.abort();
        }
      },
      // A newer extension version is waiting to upgrade: step aside rather than block it forever.
      blocking() {
        db.close();
        options.onClose?.();
      },
    });
    return db;
  };
  const opened = withFactory(options.factory, open);
  try {
    return await opened;
  } catch (e) {
    throw failure ?? e;
  }
}

/** Opens the database at whatever version it has, without upgrading: the read path after a failed migration. */
export function openExistingDatabase(options: { name?: string; factory?: IDBFactory } = {}): Promise<IDBPDatabase<CommuniqueDb>> {
  return withFactory(options.factory, () => openDB<CommuniqueDb>(options.name ?? DATABASE_NAME));
}

async function withFactory<T>(factory: IDBFactory | undefined, run: () => Promise<T>): Promise<T> {
  if (!factory) return run();
  // Tests pass fake-indexeddb's factory; idb reads the global one.
  const previous = globalThis.indexedDB;
  globalThis.indexedDB = factory;
  try {
    return await run();
  } finally {
    globalThis.indexedDB = previous;
  }
}
