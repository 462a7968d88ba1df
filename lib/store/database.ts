// The one place that knows the IndexedDB layout. Each version's upgrade step is kept forever, so a
// browser that skipped versions still walks every step in order.
import { openDB, type DBSchema, type IDBPDatabase, type IDBPTransaction } from 'idb';
import type { EventRecord } from '../record-schema';

export const DATABASE_NAME = 'communique';
export const DATABASE_VERSION = 1;
export const RECORDS = 'records';
export const BY_CANONICAL_URL = 'by-canonical-url';
export const BY_CAPTURED_AT = 'by-captured-at';

export interface CommuniqueDb extends DBSchema {
  records: {
    key: string;
    value: EventRecord;
    indexes: { 'by-canonical-url': string; 'by-captured-at': string };
  };
}

type UpgradeTx = IDBPTransaction<CommuniqueDb, ArrayLike<'records'>, 'versionchange'>;
export type Migration = (db: IDBPDatabase<CommuniqueDb>, tx: UpgradeTx) => void | Promise<void>;

/** MIGRATIONS[n] upgrades a database at version n to n + 1. */
export const MIGRATIONS: Migration[] = [
  (db) => {
    const records = db.createObjectStore(RECORDS, { keyPath: 'id' });
    // Unique: the database itself refuses a second record for the same page.
    records.createIndex(BY_CANONICAL_URL, 'source.canonicalUrl', { unique: true });
    records.createIndex(BY_CAPTURED_AT, 'source.capturedAt');
  },
];

export async function openDatabase(
  options: { name?: string; version?: number; migrations?: Migration[]; factory?: IDBFactory; onClose?: () => void } = {},
): Promise<IDBPDatabase<CommuniqueDb>> {
  const migrations = options.migrations ?? MIGRATIONS;
  const version = options.version ?? DATABASE_VERSION;
  if (version > migrations.length) {
    throw new Error(`database version ${version} has no migration: expected at most ${migrations.length}`);
  }
  const open = async () => {
    const db = await openDB<CommuniqueDb>(options.name ?? DATABASE_NAME, version, {
      async upgrade(db, oldVersion, newVersion, tx) {
        for (let v = oldVersion; v < (newVersion ?? version); v++) await migrations[v](db, tx);
      },
      // A newer extension version is waiting to upgrade: step aside rather than block it forever.
      blocking() {
        db.close();
        options.onClose?.();
      },
    });
    return db;
  };
  if (!options.factory) return open();
  // Tests pass fake-indexeddb's factory; idb reads the global one.
  const previous = globalThis.indexedDB;
  globalThis.indexedDB = options.factory;
  try {
    return await open();
  } finally {
    globalThis.indexedDB = previous;
  }
}
