import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InOrder } from '@/lib/cli/in-order';

describe('results in input order', () => {
  it('lets each result out once every earlier one is in, whatever order they finish in', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(), { minLength: 1, maxLength: 60 }), (keys) => {
        const finishOrder = keys.map((k, i) => [k, i] as const).sort((a, b) => a[0] - b[0] || a[1] - b[1]).map(([, i]) => i);
        const q = new InOrder<number>();
        const out: number[] = [];
        for (const seq of finishOrder) {
          out.push(...q.put(seq, seq));
          // Everything before the first gap has gone out.
          expect(out).toEqual(Array.from({ length: out.length }, (_, i) => i));
        }
        expect(out).toEqual(keys.map((_, i) => i));
        expect(q.size).toBe(0);
      }),
    );
  });

  it('holds a result back while an earlier one runs', () => {
    const q = new InOrder<string>();
    expect(q.put(1, 'b')).toEqual([]);
    expect(q.put(2, 'c')).toEqual([]);
    expect(q.size).toBe(2);
    expect(q.put(0, 'a')).toEqual(['a', 'b', 'c']);
  });

  it('refuses a result put twice', () => {
    const q = new InOrder<string>();
    q.put(0, 'a');
    expect(() => q.put(0, 'a')).toThrow('result 0 was already put');
  });
});
