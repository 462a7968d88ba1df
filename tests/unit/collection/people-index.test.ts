import { describe, expect, it } from 'vitest';
import { displayName, organizationKey, organizationsIndex, peopleIndex, personKey } from '@/lib/collection/people-index';
import { summary } from './summary-fixture';

const person = (name: string, position: string | null = null) => ({ name, title: null, position, role: null });

describe('person keys', () => {
  it('merges honorifics, capitals, diacritics, hyphens and surname-first spellings', () => {
    const key = personKey('Hao Lin');
    for (const variant of ['HAO Lin', 'Ambassador Hao Lin', 'H.E. Mr. Hao Lin', 'Lin Hao', 'hào lín', 'His Excellency Ambassador HAO LIN']) {
      expect(personKey(variant), variant).toBe(key);
    }
    expect(personKey('Zhang Jun-sai')).toBe(personKey('Zhang Junsai'));
  });
  it('keeps different people apart', () => {
    expect(personKey('Hao Lan')).not.toBe(personKey('Hao Lin'));
    expect(personKey('Wang Yi')).not.toBe(personKey('Wang Yu'));
  });
  it('never strips a name down to nothing', () => {
    expect(personKey('Ambassador')).toBe('ambassador');
  });
  it('shows the name without the honorifics', () => {
    expect(displayName('H.E. Mr. Hao Lin')).toBe('Hao Lin');
    expect(displayName('Ambassador HAO Lin')).toBe('HAO Lin');
    expect(displayName('Antony Blinken')).toBe('Antony Blinken');
  });
});

describe('people index', () => {
  const a = summary({ id: 'a', title: 'Hao Lin meets the Mayor', eventStart: '2024-02-01', participants: [person('Ambassador Hao Lin', 'Head of Mission'), person('Jan Peeters')] });
  const b = summary({ id: 'b', title: 'Reception', eventStart: '2024-05-01', participants: [person('HAO Lin'), person('HAO Lin')] });
  const c = summary({ id: 'c', title: 'Call', eventStart: null, publishedDate: '2023-01-01', participants: [person('Lin Hao')] });

  it('lists every event of one person across captures, newest first, once per record', () => {
    const [cai, ...rest] = peopleIndex([a, b, c]);
    expect(cai.name).toBe('Hao Lin');
    expect(cai.variants).toEqual(['Hao Lin', 'HAO Lin', 'Lin Hao']);
    expect(cai.positions).toEqual(['Head of Mission']);
    expect(cai.events.map((e) => [e.recordId, e.day])).toEqual([
      ['b', '2024-05-01'],
      ['a', '2024-02-01'],
      ['c', '2023-01-01'],
    ]);
    expect(rest.map((p) => p.name)).toEqual(['Jan Peeters']);
  });

  it('groups organisations by folded name without a leading "the"', () => {
    const x = summary({ id: 'x', organizations: ['The European Commission'] });
    const y = summary({ id: 'y', organizations: ['european commission', 'UNESCO'] });
    expect(organizationKey('The European Commission')).toBe('european commission');
    const [ec, unesco] = organizationsIndex([x, y]);
    expect(ec.events.map((e) => e.recordId).sort()).toEqual(['x', 'y']);
    expect(ec.variants).toEqual(['european commission', 'The European Commission']);
    expect(unesco.name).toBe('UNESCO');
  });
});
