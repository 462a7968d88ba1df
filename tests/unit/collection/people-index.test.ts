import { describe, expect, it } from 'vitest';
import { displayName, organizationKey, organizationsIndex, peopleIndex, personKey } from '@/lib/collection/people-index';
import { summary } from './summary-fixture';

const person = (name: string, position: string | null = null) => ({ name, title: null, position, role: null });

describe('person keys', () => {
  it('merges honorifics, capitals, diacritics, hyphens and surname-first spellings', () => {
    const key = personKey('Cai Run');
    for (const variant of ['CAI Run', 'Ambassador Cai Run', 'H.E. Mr. Cai Run', 'Run Cai', 'cái rùn', 'His Excellency Ambassador CAI RUN']) {
      expect(personKey(variant), variant).toBe(key);
    }
    expect(personKey('Zhang Jun-sai')).toBe(personKey('Zhang Junsai'));
  });
  it('keeps different people apart', () => {
    expect(personKey('Cai Ran')).not.toBe(personKey('Cai Run'));
    expect(personKey('Wang Yi')).not.toBe(personKey('Wang Yu'));
  });
  it('never strips a name down to nothing', () => {
    expect(personKey('Ambassador')).toBe('ambassador');
  });
  it('shows the name without the honorifics', () => {
    expect(displayName('H.E. Mr. Cai Run')).toBe('Cai Run');
    expect(displayName('Ambassador CAI Run')).toBe('CAI Run');
    expect(displayName('Antony Blinken')).toBe('Antony Blinken');
  });
});

describe('people index', () => {
  const a = summary({ id: 'a', title: 'Cai Run meets the Mayor', eventStart: '2024-02-01', participants: [person('Ambassador Cai Run', 'Head of Mission'), person('Jan Peeters')] });
  const b = summary({ id: 'b', title: 'Reception', eventStart: '2024-05-01', participants: [person('CAI Run'), person('CAI Run')] });
  const c = summary({ id: 'c', title: 'Call', eventStart: null, publishedDate: '2023-01-01', participants: [person('Run Cai')] });

  it('lists every event of one person across captures, newest first, once per record', () => {
    const [cai, ...rest] = peopleIndex([a, b, c]);
    expect(cai.name).toBe('Cai Run');
    expect(cai.variants).toEqual(['Cai Run', 'CAI Run', 'Run Cai']);
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
