import { describe, expect, it } from 'vitest';
import { EMPTY_FILTER, facetsOf, filterSummaries, sortSummaries, type CollectionFilter } from '@/lib/collection/collection-query';
import { searchTextOf, summarize } from '@/lib/collection/record-summary';
import { makeRecord } from '../../support/record-factory';
import { summary } from './summary-fixture';

const ids = (list: { id: string }[]) => list.map((s) => s.id);
const run = (list: ReturnType<typeof summary>[], filter: Partial<CollectionFilter> = {}, query = '', searchText = new Map<string, string>()) =>
  filterSummaries(list, { filter: { ...EMPTY_FILTER, ...filter }, query, searchText });

describe('sorting', () => {
  const a = summary({ id: 'a', eventStart: '2024-05-01', publishedDate: '2024-05-03', publisher: 'Ámbassade', type: 'visit' });
  const b = summary({ id: 'b', eventStart: '2025-01-01', publishedDate: '2023-01-01', publisher: 'zeta mission', type: 'call' });
  const c = summary({ id: 'c', eventStart: null, eventEnd: null, publishedDate: null, publisher: null, type: 'meeting' });
  const d = summary({ id: 'd', eventStart: null, publishedDate: '2024-12-01', publisher: 'Embassy', type: 'reception' });

  it('by event date, newest first, with the publication day standing in and undated rows last', () => {
    expect(ids(sortSummaries([a, b, c, d], { key: 'eventDate', dir: 'desc' }))).toEqual(['b', 'd', 'a', 'c']);
    expect(ids(sortSummaries([a, b, c, d], { key: 'eventDate', dir: 'asc' }))).toEqual(['a', 'd', 'b', 'c']);
  });
  it('by publication date, publisher (accents and case folded) and type', () => {
    expect(ids(sortSummaries([a, b, c, d], { key: 'publishedDate', dir: 'desc' }))).toEqual(['d', 'a', 'b', 'c']);
    expect(ids(sortSummaries([a, b, c, d], { key: 'publisher', dir: 'asc' }))).toEqual(['a', 'd', 'b', 'c']);
    expect(ids(sortSummaries([a, b, c, d], { key: 'type', dir: 'asc' }))).toEqual(['b', 'c', 'd', 'a']);
  });
  it('breaks ties by newest capture then id, whatever the input order', () => {
    const x = summary({ id: 'x', eventStart: '2025-01-01', capturedAt: '2025-03-01T00:00:00Z' });
    const y = summary({ id: 'y', eventStart: '2025-01-01', capturedAt: '2025-04-01T00:00:00Z' });
    expect(ids(sortSummaries([x, y], { key: 'eventDate', dir: 'asc' }))).toEqual(['y', 'x']);
    expect(ids(sortSummaries([y, x], { key: 'eventDate', dir: 'asc' }))).toEqual(['y', 'x']);
  });
});

describe('filters', () => {
  const list = [
    summary({ id: 'one', eventStart: '2024-03-01', eventEnd: '2024-03-05', type: 'visit', country: 'JP', tags: ['asia'], status: 'reviewed' }),
    summary({ id: 'two', eventStart: '2024-04-10', publisher: 'Mission to the EU', country: 'BE' }),
    summary({ id: 'three', eventStart: null, publishedDate: '2024-06-01', tags: ['asia', 'eu'] }),
  ];
  it('by date range, overlapping multi-day events', () => {
    expect(ids(run(list, { from: '2024-03-04', to: '2024-04-10' }))).toEqual(['one', 'two']);
    expect(ids(run(list, { from: '2024-03-06' }))).toEqual(['two', 'three']);
    expect(ids(run(list, { to: '2024-02-28' }))).toEqual([]);
  });
  it('by type, publisher, country, tag and review status', () => {
    expect(ids(run(list, { type: 'visit' }))).toEqual(['one']);
    expect(ids(run(list, { publisher: 'Mission to the EU' }))).toEqual(['two']);
    expect(ids(run(list, { country: 'BE' }))).toEqual(['two', 'three']);
    expect(ids(run(list, { tag: 'asia' }))).toEqual(['one', 'three']);
    expect(ids(run(list, { status: 'unreviewed' }))).toEqual(['two', 'three']);
    expect(ids(run(list, { tag: 'asia', status: 'reviewed' }))).toEqual(['one']);
  });
  it('by person, through the people index', () => {
    const personEvents = new Map([['hao lin', new Set(['two'])]]);
    expect(ids(filterSummaries(list, { filter: { ...EMPTY_FILTER, person: 'hao lin' }, query: '', searchText: new Map(), personEvents }))).toEqual(['two']);
  });
  it('offers the values present as facets', () => {
    expect(facetsOf(list)).toEqual({ publishers: ['Embassy of Example', 'Mission to the EU'], countries: ['BE', 'JP'], tags: ['asia', 'eu'], types: ['meeting', 'visit'] });
  });
});

describe('full-text search', () => {
  const r1 = makeRecord({ title: 'Reception for National Day' });
  r1.text = 'The Ambassador welcomed guests to the Résidence for a celebration of the Pyeongchang Olympics.';
  const r2 = makeRecord({ title: 'Talks on trade' });
  r2.event.participants = [{ name: 'Hao Lin', title: 'Ambassador', position: null, affiliation: null, role: 'host' }];
  r2.event.organizations = ['European External Action Service'];
  const list = [summarize(r1), summarize(r2)];
  const texts = new Map([r1, r2].map((r) => [r.id, searchTextOf(r).text]));

  it('searches the text, people and organisations, folding case and accents, every word required', () => {
    expect(ids(run(list, {}, 'residence PYEONGCHANG', texts))).toEqual([r1.id]);
    expect(ids(run(list, {}, 'hao lin', texts))).toEqual([r2.id]);
    expect(ids(run(list, {}, 'external action', texts))).toEqual([r2.id]);
    expect(ids(run(list, {}, 'hao pyeongchang', texts))).toEqual([]);
    expect(ids(run(list, {}, '   ', texts))).toEqual([r1.id, r2.id]);
  });
  it('falls back to the summary fields for records whose text is not loaded yet', () => {
    expect(ids(run(list, {}, 'hao'))).toEqual([r2.id]);
    expect(ids(run(list, {}, 'pyeongchang'))).toEqual([]);
  });
});
