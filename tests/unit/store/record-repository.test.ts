import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS, MigrationError, openDatabase, openExistingDatabase, RECORDS, VERSIONS, type Migration } from '@/lib/store/database';
import { readOnlyRepository, recordRepository } from '@/lib/store/record-repository';
import { CaptureError } from '@/lib/protocol';
import { makeRecord } from '../../support/record-factory';

const fresh = async () => recordRepository(await openDatabase({ factory: new IDBFactory(), name: `t-${Math.random()}` }));

describe('record repository', () => {
  it('saves, reads back and lists newest capture first', async () => {
    const repo = await fresh();
    const a = makeRecord({ capturedAt: '2025-01-01T00:00:00.000Z' });
    const b = makeRecord({ capturedAt: '2025-02-01T00:00:00.000Z' });
    expect((await repo.save(a)).created).toBe(true);
    await repo.save(b);
    expect(await repo.get(a.id)).toEqual(a);
    expect((await repo.list()).map((r) => r.id)).toEqual([b.id, a.id]);
  });

  it('never stores a second record for the same canonical URL', async () => {
    const repo = await fresh();
    const first = makeRecord({ url: 'https://example.org/x' });
    await repo.save(first);
    const again = makeRecord({ id: 'other-id', url: 'https://example.org/x', title: 'Edited' });
    const { record, created } = await repo.save(again);
    expect(created).toBe(false);
    expect(record.id).toBe(first.id);
    expect(await repo.count()).toBe(1);
    expect((await repo.findByCanonicalUrl('https://example.org/x'))?.title).toBe('Edited');
  });

  it('refuses to move a record onto a URL another record holds, and changes nothing', async () => {
    const repo = await fresh();
    const a = makeRecord({ url: 'https://example.org/a' });
    const b = makeRecord({ url: 'https://example.org/b' });
    await repo.save(a);
    await repo.save(b);
    const moved = { ...b, source: { ...b.source, canonicalUrl: a.source.canonicalUrl } };
    await expect(repo.save(moved)).rejects.toThrow(/already holds it/);
    expect(await repo.get(b.id)).toEqual(b);
  });

  it('rejects an invalid record before touching the database', async () => {
    const repo = await fresh();
    const bad = { ...makeRecord(), event: { ...makeRecord().event, start: '2025-02-31' } };
    await expect(repo.save(bad)).rejects.toThrow(/calendar/);
    expect(await repo.count()).toBe(0);
  });

  it('deletes and returns the deleted record so it can be restored', async () => {
    const repo = await fresh();
    const a = makeRecord();
    await repo.save(a);
    expect(await repo.delete(a.id)).toEqual({ record: a, versions: [] });
    expect(await repo.count()).toBe(0);
    await expect(repo.delete(a.id)).rejects.toBeInstanceOf(CaptureError);
    await repo.save(a);
    expect(await repo.get(a.id)).toEqual(a);
  });

  it('skips a stored record that no longer fits the schema instead of failing the list', async () => {
    const factory = new IDBFactory();
    const db = await openDatabase({ factory, name: 'broken' });
    const repo = recordRepository(db);
    await repo.save(makeRecord());
    await db.put(RECORDS, { ...makeRecord(), id: 'broken', title: 42 } as never);
    expect((await repo.list()).map((r) => r.id)).not.toContain('broken');
    expect(await repo.get('broken')).toBeNull();
  });

  it('upgrades the current database through a later migration with every record intact', async () => {
    const factory = new IDBFactory();
    const v1 = recordRepository(await openDatabase({ factory, name: 'upgrade' }));
    const records = [makeRecord(), makeRecord(), makeRecord()];
    for (const r of records) await v1.save(r);
    // The next version as a test: adds an index, the kind of change a later schema makes.
    const addTypeIndex: Migration = (_db, tx) => {
      tx.objectStore(RECORDS).createIndex('by-type' as never, 'event.type');
    };
    const migrations = [...MIGRATIONS, addTypeIndex];
    const v2db = await openDatabase({ factory, name: 'upgrade', version: migrations.length, migrations });
    expect(v2db.version).toBe(MIGRATIONS.length + 1);
    expect([...v2db.transaction(RECORDS).store.indexNames]).toContain('by-type');
    const v2 = recordRepository(v2db);
    expect((await v2.list()).length).toBe(3);
    for (const r of records) expect(await v2.get(r.id)).toEqual(r);
  });

  it('upgrades records of schemaVersion 1, current and kept versions, when a database of version 2 opens', async () => {
    const factory = new IDBFactory();
    const v2 = await openDatabase({ factory, name: 'records-v1', version: 2, migrations: MIGRATIONS.slice(0, 2) });
    const asV1 = (r: ReturnType<typeof makeRecord>) => {
      const { confidence: _c, ...provenance } = r.provenance;
      return { ...r, schemaVersion: 1, provenance: { ...provenance, fields: { ...provenance.fields, title: 'user' } } };
    };
    const current = makeRecord();
    const kept = makeRecord({ url: current.source.url });
    await v2.put(RECORDS, asV1(current) as never);
    await v2.put(VERSIONS, { versionId: 'v-1', canonicalUrl: current.source.canonicalUrl, keptAt: current.source.capturedAt, origin: 'import', record: asV1(kept) } as never);
    v2.close();
    const db = await openDatabase({ factory, name: 'records-v1' });
    expect(db.version).toBe(MIGRATIONS.length);
    const repo = recordRepository(db);
    // What the user typed is certain; what the extractor once said about the rest is not known.
    const upgraded = { ...current, provenance: { ...current.provenance, fields: { ...current.provenance.fields, title: 'user' as const }, confidence: { title: 1 } } };
    expect(await repo.get(current.id)).toEqual(upgraded);
    const version = await db.get(VERSIONS, 'v-1');
    expect(version?.record.schemaVersion).toBe(2);
    expect(version?.record.provenance.confidence).toEqual({ title: 1 });
  });

  it('names the missing migration when asked for a version it does not know', async () => {
    await expect(openDatabase({ factory: new IDBFactory(), name: 'x', version: 5 })).rejects.toThrow(/version 5 has no migration/);
  });
});

describe('a failed migration', () => {
  it('leaves the old data readable, says so, and refuses writes with the same words', async () => {
    const factory = new IDBFactory();
    const name = 'failing-upgrade';
    const current = recordRepository(await openDatabase({ factory, name }));
    const records = [makeRecord(), makeRecord()];
    for (const r of records) await current.save(r);
    const broken: Migration = (db) => {
      // Half the work, then a failure: none of it may be committed.
      db.createObjectStore('half-done' as never, { keyPath: 'id' });
      throw new Error('disk said no');
    };
    const error = await openDatabase({ factory, name, version: MIGRATIONS.length + 1, migrations: [...MIGRATIONS, broken] }).catch((e) => e);
    expect(error).toBeInstanceOf(MigrationError);
    expect(error.message).toBe(
      `Upgrading your collection from version ${MIGRATIONS.length} to ${MIGRATIONS.length + 1} failed at step ${MIGRATIONS.length + 1} (disk said no). Nothing was changed: your records are still readable and can be exported; saving is paused until the upgrade succeeds.`,
    );
    const old = await openExistingDatabase({ factory, name });
    expect(old.version).toBe(MIGRATIONS.length);
    expect([...old.objectStoreNames]).not.toContain('half-done');
    const readable = readOnlyRepository(recordRepository(old), error.message);
    expect((await readable.list()).map((r) => r.id).sort()).toEqual(records.map((r) => r.id).sort());
    await expect(readable.save(makeRecord())).rejects.toThrow(/saving is paused/);
    expect(await readable.count()).toBe(2);
  });

  it('also rolls back an asynchronous step that fails after writing', async () => {
    const factory = new IDBFactory();
    const name = 'failing-async-upgrade';
    const current = recordRepository(await openDatabase({ factory, name }));
    const record = makeRecord();
    await current.save(record);
    const broken: Migration = async (_db, tx) => {
      await tx.objectStore(RECORDS).put({ ...record, title: 'rewritten by a broken upgrade' });
      throw new Error('late failure');
    };
    await expect(openDatabase({ factory, name, version: MIGRATIONS.length + 1, migrations: [...MIGRATIONS, broken] })).rejects.toBeInstanceOf(MigrationError);
    const old = recordRepository(await openExistingDatabase({ factory, name }));
    expect((await old.get(record.id))?.title).toBe(record.title);
  });
});
