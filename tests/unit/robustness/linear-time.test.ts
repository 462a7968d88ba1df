// Page text is hostile input: every rule must run in time linear in the text. Each hostile shape
// (tests/support/hostile-texts.ts) is normalised at two sizes; time that grows with the square of
// the size (16× for 4× the text) fails, linear growth (4×) passes. Two ranges: within the part of
// the article the rules read (ANALYSED_CHARS), and beyond it, where only whole-text passes run.
// Absolute speed is the benchmark's business (scripts/bench-hostile.mjs, ≤ 50 ms at 200,000).
import { describe, expect, it } from 'vitest';
import { ANALYSED_CHARS } from '@/lib/normalize/extract-event';
import { normalizeCapture } from '@/lib/normalize/normalize-capture';
import { HOSTILE_SHAPES, hostileCapture } from '../../support/hostile-texts';

const ctx = { id: 'linear', now: new Date('2025-01-01T00:00:00Z') };

function fastest(text: string, inTitle: boolean): number {
  const raw = hostileCapture(text, inTitle);
  let best = Infinity;
  for (let i = 0; i < 3; i++) {
    const t0 = performance.now();
    normalizeCapture(raw, ctx);
    best = Math.min(best, performance.now() - t0);
  }
  return best;
}

/** Below this the clock's noise is larger than any growth worth measuring. */
const FLOOR_MS = 6;

describe('normaliser time on hostile text', () => {
  normalizeCapture(hostileCapture('On 3 May the Ambassador met the Minister.'), ctx); // regular expressions compile once

  it.each([
    ['within the analysed part', ANALYSED_CHARS / 4, ANALYSED_CHARS],
    ['beyond it', ANALYSED_CHARS * 2, ANALYSED_CHARS * 8],
  ])('grows linearly with the text, %s', (_, small, large) => {
    const grows: string[] = [];
    for (const shape of HOSTILE_SHAPES) {
      for (const inTitle of [false, true]) {
        const a = fastest(shape.make(small), inTitle);
        const b = fastest(shape.make(large), inTitle);
        // Linear: 4× the text, ~4× the time. Quadratic: 16×.
        if (b > FLOOR_MS && b / Math.max(a, FLOOR_MS / 4) > 9) grows.push(`${shape.name}${inTitle ? ' (headline)' : ''}: ${a.toFixed(1)} ms at ${small}, ${b.toFixed(1)} ms at ${large}`);
      }
    }
    expect(grows).toEqual([]);
  });
});
