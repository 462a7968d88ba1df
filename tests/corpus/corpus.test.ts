// Every page of the shared corpus: the record validates, and title, publication date and event start
// equal the gold wherever the gold has them. Pages are read from ../shared/corpus at run time.
import { describe, expect, it } from 'vitest';
import { extractFile } from '../../lib/cli/extract-page';
import { EventRecordSchema } from '../../lib/record-schema';
import { FIXED, corpusCases } from './corpus-cases';

const cases = corpusCases();

describe('shared corpus', () => {
  it('is present beside the repository', () => {
    expect(cases.length, `no pages found in ../shared/corpus`).toBeGreaterThan(0);
  });
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
        it(`${field} equals the gold`, () => {
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
});
