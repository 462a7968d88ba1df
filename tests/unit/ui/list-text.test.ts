import { describe, expect, it } from 'vitest';
import { joinList, sameList, splitList } from '../../../lib/ui/list-text';

describe('"; "-separated list fields', () => {
  it('splits on semicolons, trimming and dropping blanks', () => {
    expect(splitList('UNESCO;  City of Ghent ; ;')).toEqual(['UNESCO', 'City of Ghent']);
    expect(splitList('')).toEqual([]);
    expect(splitList('   ')).toEqual([]);
  });
  it('keeps commas inside an item', () => {
    expect(splitList('Ministry of Foreign Affairs, Trade and Development; NATO')).toEqual(['Ministry of Foreign Affairs, Trade and Development', 'NATO']);
  });
  it('joins with "; " and round-trips', () => {
    const items = ['a', 'b c', 'd, e'];
    expect(joinList(items)).toBe('a; b c; d, e');
    expect(splitList(joinList(items))).toEqual(items);
  });
  it('compares lists item by item', () => {
    expect(sameList(['a', 'b'], ['a', 'b'])).toBe(true);
    expect(sameList(['a', 'b'], ['b', 'a'])).toBe(false);
    expect(sameList(['a'], ['a', 'b'])).toBe(false);
  });
});
