// Every page of the shared corpus: the record validates, and title, publication date and event start
// equal the gold wherever the gold has them. Pages are read from ../shared/corpus at run time.
import { readFileSync } from 'node:fs';
import { JSDOM, VirtualConsole } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { readPage } from '../../lib/capture/read-page';
import { extractFile } from '../../lib/cli/communique-cli';
import { normalizeCapture } from '../../lib/normalize/normalize-capture';
import { EventRecordSchema } from '../../lib/record-schema';
import { FIXED, corpusCases } from './corpus-cases';

const cases = corpusCases();

/**
 * Gold values the normaliser cannot reach because the capture (lib/capture/read-page.ts) does not
 * hand them over; each entry says what is missing. These run as expected failures, so the case turns
 * red, and must be removed here, once the capture is fixed.
 */
const CAPTURE_GAPS: Record<string, string> = {
  'jp-mofa-2019-10-22-japan-us-fm-telephone-talk:publishedDate': 'date line <p class="rightalign">令和元年10月22日</p> is not captured',
  'jp-mofa-2019-10-22-japan-us-fm-telephone-talk:eventStart': '本22日 needs the uncaptured date line',
  'es-embassy-london-2023-01-17-hispanic-world-exhibition:eventStart': 'the subtitle <h2 class="subtitulo">…opened yesterday…</h2> is not captured',
};

describe.skipIf(!cases.length)('shared corpus', () => {
  for (const c of cases) {
    describe(c.stem, () => {
      const record = extractFile(c.html, { url: c.url, now: FIXED.now, id: FIXED.id });
      it('passes EventRecordSchema', () => {
        expect(() => EventRecordSchema.parse(record)).not.toThrow();
      });
      const checks: [string, unknown, unknown][] = [
        ['title', c.gold.title, record.title],
        ['publishedDate', c.gold.publishedDate, record.source.publishedDate],
        ['eventStart', c.gold.eventStart, record.event.start],
      ];
      for (const [field, gold, got] of checks) {
        if (gold === null || gold === undefined) continue;
        const gap = CAPTURE_GAPS[`${c.stem}:${field}`];
        const test = gap ? it.fails : it;
        test(`${field} equals the gold${gap ? ` (known capture gap: ${gap})` : ''}`, () => {
          expect(got).toBe(gold);
        });
      }
      it('keeps every evidence quote at its offsets in record.text', () => {
        for (const [path, ev] of Object.entries(record.evidence)) {
          if (ev.start < 0) continue;
          expect(record.text.slice(ev.start, ev.end), path).toBe(ev.quote);
        }
      });
    });
  }

  it('normalises a page in at most 20 ms (median)', () => {
    const raws = cases.map((c) => {
      const dom = new JSDOM(readFileSync(c.html), { url: c.url ?? 'file:///corpus.html', virtualConsole: new VirtualConsole() });
      const raw = readPage(dom.window.document, { url: c.url ?? 'file:///corpus.html' });
      dom.window.close();
      return raw;
    });
    for (const raw of raws) normalizeCapture(raw, FIXED); // warm up the regular expressions
    const times: number[] = [];
    for (let round = 0; round < 3; round++) {
      for (const raw of raws) {
        const t0 = performance.now();
        normalizeCapture(raw, FIXED);
        times.push(performance.now() - t0);
      }
    }
    times.sort((a, b) => a - b);
    expect(times[Math.floor(times.length / 2)]).toBeLessThan(20);
  });
});
