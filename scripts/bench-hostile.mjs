#!/usr/bin/env node
// Prints the normaliser's time on page text written to make rules slow (tests/support/hostile-texts.ts),
// each shape at 200,000 characters in the article text and again in the headline. Target: ≤ 50 ms
// per input. A shape over 2 s is stopped at one run and reported as such.
//   node scripts/bench-hostile.mjs [--chars 200000]
import { register } from 'tsx/esm/api';
import { benchArgs } from './bench-args.mjs';

register();
const { HOSTILE_SHAPES, hostileCapture } = await import('../tests/support/hostile-texts.ts');
const { normalizeCapture } = await import('../lib/normalize/normalize-capture.ts');

const { option } = benchArgs();
const CHARS = Number(option('--chars', '200000'));
const ctx = { id: 'bench', now: new Date('2025-01-01T00:00:00Z') };
normalizeCapture(hostileCapture('On 3 May the Ambassador met the Minister.'), ctx); // regular expressions compile on first use

let worst = 0;
let over = 0;
for (const shape of HOSTILE_SHAPES) {
  const text = shape.make(CHARS);
  for (const inTitle of [false, true]) {
    const raw = hostileCapture(text, inTitle);
    const times = [];
    for (let i = 0; i < 3; i++) {
      const t0 = performance.now();
      normalizeCapture(raw, ctx);
      times.push(performance.now() - t0);
      if (times[0] > 2000) break;
    }
    const ms = times.sort((a, b) => a - b)[Math.floor(times.length / 2)];
    worst = Math.max(worst, ms);
    if (ms > 50) over++;
    console.log(`${ms.toFixed(1).padStart(9)} ms  ${inTitle ? 'headline' : 'text    '}  ${shape.name}${ms > 50 ? '   over 50 ms' : ''}`);
  }
}
console.log(`inputs ${HOSTILE_SHAPES.length * 2} of ${CHARS.toLocaleString('en-US')} characters, worst ${worst.toFixed(1)} ms, ${over} over the target (≤ 50 ms each)`);
