#!/usr/bin/env node
// Prints the normaliser's time per corpus page in Node (target: median ≤ 20 ms). The pages are read
// from ../shared/corpus and captured once with jsdom; only normalizeCapture is timed.
import { register } from 'tsx/esm/api';

register();
const { readFileSync, readdirSync } = await import('node:fs');
const { join, resolve } = await import('node:path');
const { JSDOM, VirtualConsole } = await import('jsdom');
const { readPage } = await import('../lib/capture/read-page.ts');
const { normalizeCapture } = await import('../lib/normalize/normalize-capture.ts');

const dir = resolve(import.meta.dirname, '../../shared/corpus');
const ROUNDS = 20;
const ctx = { id: 'bench', now: new Date('2025-01-01T00:00:00Z') };
const rows = [];
for (const f of readdirSync(dir).filter((f) => f.endsWith('.html')).sort()) {
  const meta = JSON.parse(readFileSync(join(dir, f.replace(/\.html$/, '.json')), 'utf8'));
  const url = meta.url ?? 'https://corpus.invalid/page.html';
  const dom = new JSDOM(readFileSync(join(dir, f)), { url, virtualConsole: new VirtualConsole() });
  const raw = readPage(dom.window.document, { url });
  dom.window.close();
  normalizeCapture(raw, ctx); // warm-up: regular expressions compile on first use
  const times = [];
  for (let i = 0; i < ROUNDS; i++) {
    const t0 = performance.now();
    normalizeCapture(raw, ctx);
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  rows.push({ page: f.replace(/\.html$/, ''), ms: times[Math.floor(times.length / 2)], chars: raw.article?.text.length ?? 0 });
}
for (const r of rows) console.log(`${r.ms.toFixed(2).padStart(7)} ms  ${String(r.chars).padStart(6)} chars  ${r.page}`);
const sorted = rows.map((r) => r.ms).sort((a, b) => a - b);
const median = sorted[Math.floor(sorted.length / 2)];
console.log(`pages ${rows.length}, median ${median.toFixed(2)} ms, max ${sorted.at(-1).toFixed(2)} ms (target: median ≤ 20 ms)`);
