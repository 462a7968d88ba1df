import { describe, expect, it } from 'vitest';
import { canonicalJson, changedFields, planImport } from '@/lib/collection/import-plan';
import { makeRecord } from '../../support/record-factory';

describe('import plan', () => {
  const mine = makeRecord({ url: 'https://embassy.example/a', title: 'Mine' });
  it('sorts a file into new, unchanged and conflicting records', () => {
    const same = structuredClone(mine);
    const edited = { ...structuredClone(mine), id: 'other', title: 'Theirs' };
    const idClash = makeRecord({ id: mine.id, url: 'https://embassy.example/b' });
    const brandNew = makeRecord();
    const plan = planImport([same, edited, idClash, brandNew], [mine]);
    expect(plan.unchanged).toEqual([same]);
    expect(plan.fresh).toEqual([brandNew]);
    expect(plan.conflicts.map((c) => [c.incoming.title, c.reason])).toEqual([
      ['Theirs', 'same-page'],
      [idClash.title, 'same-id'],
    ]);
  });
  it('a page twice in the file meets its first copy', () => {
    const a = makeRecord();
    const again = { ...a, title: 'Changed' };
    const plan = planImport([a, again], []);
    expect(plan.fresh).toEqual([a]);
    expect(plan.conflicts).toHaveLength(1);
  });
  it('compares by content, not key order, and names what changed', () => {
    const reverse = (v: unknown): unknown =>
      v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).reverse().map(([k, x]) => [k, reverse(x)])) : v;
    const reordered = reverse(mine);
    expect(JSON.stringify(reordered)).not.toBe(JSON.stringify(mine));
    expect(canonicalJson(reordered)).toBe(canonicalJson(mine));
    const other = structuredClone(mine);
    other.title = 'x';
    other.event.start = '2020-01-01';
    expect(changedFields(mine, other)).toEqual(['title', 'event.start']);
  });
});
