// The version-2 stores: summaries and search text written with every record, the migration that
// fills them for a version-1 collection, bulk review changes, delete with undo, and import conflicts
// resolved mine / theirs / both (kept versions).
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import { DATABASE_VERSION, MIGRATIONS, openDatabase, SEARCH_TEXT, SUMMARIES, VERSIONS } from '@/lib/store/database';
import { recordRepository } from '@/lib/store/record-repository';
import { collectionSource } from '@/lib/collection/collection-source';
import { DEFAULT_SORT, sortSummaries } from '@/lib/collection/collection-query';
import { makeRecord } from '../../support/record-factory';

let ids = 0;
const options = { newId: () => `new-${++ids}`, now: () => new Date('2025-06-01T00:00:00.000Z') };
async function fresh() {
  const factory = new IDBFactory();
  const db = await openDatabase({ factory, name: 'c' });
  return { db, repo: recordRepository(db, options) };
}

describe('database version 2', () => {
  it('migrates a version-1 collection: summaries and search text for every stored record', async () => {
    const factory = new IDBFactory();
    const v1 = await openDatabase({ factory, name: 'm', version: 1 });
    const a = makeRecord({ title: 'Ambassador Hao Lin meets the Mayor' });
    const b = makeRecord();
    await v1.put('records', a);
    await v1.put('records', b);
    v1.close();
    const v2 = await openDatabase({ factory, name: 'm' });
    expect(v2.version).toBe(DATABASE_VERSION);
    expect([...v2.objectStoreNames].sort()).toEqual(['records', SEARCH_TEXT, SUMMARIES, VERSIONS].sort());
    const summaries = await v2.getAll(SUMMARIES);
    expect(summaries.map((s) => s.id).sort()).toEqual([a.id, b.id].sort());
    expect(summaries.find((s) => s.id === a.id)).toMatchObject({ title: a.title, publisher: 'Embassy of Example', eventStart: '2025-03-03', versions: 0 });
    expect((await v2.get(SEARCH_TEXT, a.id))?.text).toContain('hao lin');
    // The whole chain still runs from nothing.
    expect(MIGRATIONS).toHaveLength(DATABASE_VERSION);
  });

  it('keeps summaries in step with saves and deletes', async () => {
    const { db, repo } = await fresh();
    const r = makeRecord();
    await repo.save(r);
    await repo.save({ ...r, title: 'Renamed', text: 'Ein Übersetzer sprach.' });
    expect((await db.get(SUMMARIES, r.id))?.title).toBe('Renamed');
    expect((await db.get(SEARCH_TEXT, r.id))?.text).toContain('ein ubersetzer');
    await repo.delete(r.id);
    expect(await db.count(SUMMARIES)).toBe(0);
    expect(await db.count(SEARCH_TEXT)).toBe(0);
  });

  it('tags and marks reviewed in bulk, stamping only records that changed', async () => {
    const { repo } = await fresh();
    const a = makeRecord();
    const b = makeRecord();
    await repo.save(a);
    await repo.save({ ...b, review: { ...b.review, tags: ['eu'] } });
    expect(await repo.updateReview([a.id, b.id], { addTags: ['eu'] })).toBe(1);
    expect(await repo.updateReview([a.id, b.id, 'missing'], { status: 'reviewed' })).toBe(2);
    const summaries = await repo.summaries();
    expect(summaries.map((s) => [s.tags, s.status])).toEqual([
      [['eu'], 'reviewed'],
      [['eu'], 'reviewed'],
    ]);
    expect((await repo.get(a.id))?.review.updatedAt).toBe('2025-06-01T00:00:00.000Z');
  });

  it('deletes many with their versions, and restores both', async () => {
    const { db, repo } = await fresh();
    const a = makeRecord();
    const b = makeRecord();
    await repo.save(a);
    await repo.save(b);
    await repo.importRecords([{ record: { ...a, title: 'Their title' }, resolution: 'both' }]);
    expect(await db.count(VERSIONS)).toBe(1);
    const gone = await repo.deleteMany([a.id, b.id, 'never-there']);
    expect(gone.records.map((r) => r.id)).toEqual([a.id, b.id]);
    expect(gone.versions).toHaveLength(1);
    expect(await repo.count()).toBe(0);
    expect(await db.count(VERSIONS)).toBe(0);
    await repo.restore(gone.records, gone.versions);
    expect(await repo.count()).toBe(2);
    expect((await repo.summaries()).find((s) => s.id === a.id)?.versions).toBe(1);
  });
});

describe('the collection page’s read side', () => {
  it('reads the first screen in the default order (newest day, then newest capture) with the total', async () => {
    const { db, repo } = await fresh();
    const dated = (id: string, start: string | null, published: string | null, capturedAt: string) => {
      const r = makeRecord({ id, capturedAt });
      return { ...r, source: { ...r.source, publishedDate: published }, event: { ...r.event, start } };
    };
    await repo.save(dated('old', '2020-01-01', null, '2025-01-01T00:00:00.000Z'));
    await repo.save(dated('new', '2024-06-01', null, '2025-01-01T00:00:00.000Z'));
    await repo.save(dated('published-only', null, '2022-03-03', '2025-01-01T00:00:00.000Z'));
    await repo.save(dated('undated', null, null, '2025-03-01T00:00:00.000Z'));
    await repo.save(dated('new-later-capture', '2024-06-01', null, '2025-02-01T00:00:00.000Z'));
    const source = collectionSource(db);
    const { rows, total } = await source.firstRows(4);
    expect(total).toBe(5);
    expect(rows.map((r) => r.id)).toEqual(['new-later-capture', 'new', 'published-only', 'old']);
    // The same order the page computes once everything is read.
    const all = sortSummaries(await source.summaries(), DEFAULT_SORT).map((r) => r.id);
    expect(all.slice(0, 4)).toEqual(rows.map((r) => r.id));
    expect(all[4]).toBe('undated');
    expect((await source.records(['new', 'gone', 'old'])).map((r) => r.id)).toEqual(['new', 'old']);
  });
});

describe('import with conflicts', () => {
  async function withOne() {
    const store = await fresh();
    const mine = makeRecord({ url: 'https://embassy.example/a', title: 'Mine' });
    await store.repo.save(mine);
    return { ...store, mine };
  }

  it('adds new records and skips identical ones', async () => {
    const { repo, mine } = await withOne();
    const other = makeRecord();
    expect(await repo.importRecords([{ record: mine }, { record: other }])).toEqual({ added: 1, replaced: 0, versioned: 0, kept: 0, unchanged: 1 });
    expect(await repo.count()).toBe(2);
  });

  it('"keep mine" changes nothing; a clash with no choice is kept as mine too', async () => {
    const { repo, mine } = await withOne();
    const theirs = { ...mine, id: 'their-id', title: 'Theirs' };
    expect(await repo.importRecords([{ record: theirs, resolution: 'mine' }, { record: { ...theirs, title: 'Again' } }])).toMatchObject({ kept: 2 });
    expect(await repo.get(mine.id)).toEqual(mine);
  });

  it('"take theirs" replaces the record of the same page under its id', async () => {
    const { repo, mine } = await withOne();
    await repo.importRecords([{ record: { ...mine, id: 'their-id', title: 'Theirs' }, resolution: 'theirs' }]);
    expect(await repo.count()).toBe(1);
    expect((await repo.get(mine.id))?.title).toBe('Theirs');
    expect(await repo.get('their-id')).toBeNull();
  });

  it('"keep both" keeps mine current and theirs as a version that can be made current', async () => {
    const { repo, mine } = await withOne();
    const out = await repo.importRecords([{ record: { ...mine, title: 'Theirs' }, resolution: 'both' }]);
    expect(out.versioned).toBe(1);
    expect(await repo.count()).toBe(1);
    expect((await repo.get(mine.id))?.title).toBe('Mine');
    const [version] = await repo.versionsOf(mine.source.canonicalUrl);
    expect(version).toMatchObject({ origin: 'import', record: { title: 'Theirs' } });
    expect((await repo.summaries())[0].versions).toBe(1);

    const promoted = await repo.promoteVersion(version.versionId);
    expect(promoted).toMatchObject({ id: mine.id, title: 'Theirs' });
    expect((await repo.get(mine.id))?.title).toBe('Theirs');
    const after = await repo.versionsOf(mine.source.canonicalUrl);
    expect(after.map((v) => [v.origin, v.record.title])).toEqual([['replaced', 'Mine']]);
    await expect(repo.promoteVersion('nope')).rejects.toThrow(/no kept version with id nope/);
  });

  it('"keep both" for an id clash between two different pages stores both as records', async () => {
    const { repo, mine } = await withOne();
    const otherPage = makeRecord({ id: mine.id, url: 'https://embassy.example/b', title: 'Other page' });
    await repo.importRecords([{ record: otherPage, resolution: 'both' }]);
    const titles = (await repo.list()).map((r) => r.title).sort();
    expect(titles).toEqual(['Mine', 'Other page']);
  });

  it('an invalid record in an import changes nothing', async () => {
    const { repo } = await withOne();
    const bad = { ...makeRecord(), event: { ...makeRecord().event, start: '2025-13-01' } };
    await expect(repo.importRecords([{ record: makeRecord() }, { record: bad }])).rejects.toThrow();
    expect(await repo.count()).toBe(1);
  });
});

it('idb is the library the store uses (sanity for the migration test above)', () => {
  expect(typeof openDB).toBe('function');
});
