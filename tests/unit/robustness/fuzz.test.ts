// Property tests that feed the normaliser and the importer random and mutated input: whatever comes
// in, the output is a schema-valid record or a typed refusal, never an exception.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { RawCapture } from '@/lib/capture/raw-capture';
import { exportRecords } from '@/lib/export/export-records';
import { parseRecordsFile } from '@/lib/import/parse-records-file';
import { normalizeCapture } from '@/lib/normalize/normalize-capture';
import { EventRecordSchema } from '@/lib/record-schema';
import { recordArbitrary } from '../../support/record-arbitrary';

const now = new Date('2025-06-01T00:00:00Z');

// Pieces of press-release language, so mutations land near the rules rather than in random noise.
const PIECES = [
  'On September 1, 2025,', 'On 31 February 2024,', 'le 26 octobre 2023', 'am 12. März 2024', 'el pasado 10 de octubre',
  '2023年1月19日', '令和元年10月22日', '19 января 2023 г.', 'Sept 25-27, 2008', 'from 3 to 5 May', 'yesterday', 'on Tuesday',
  '本22日', '12.03.2024', '99/99/99', "'21", 'Ambassador Hao Lin, Head of the Mission,', 'H.E. Mr.', 'Foreign Minister Wang Yi',
  'WANG Yi', 'S.E. Botschafter', "l'Ambassadeur", '大使', 'held a symposium', 'met with', 'delivered a speech', 'in Brussels',
  'at the Palais des Nations in Geneva', 'to commemorate the 80th anniversary of', 'on the occasion of', 'experts from A, B and C',
  '(EEAS)', 'the European External Action Service', ',', '.', '\n\n', ' ', '"', '«', '»', '—', 'Ⅻ', '\u200b', '\ud83c\udde8\ud83c\uddf3',
];
const pressText = fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 12 }), fc.string({ unit: 'grapheme', maxLength: 12 })), { maxLength: 60 }).map((xs) => xs.join(' '));
const maybeText = fc.option(pressText, { nil: null });

const rawCapture: fc.Arbitrary<RawCapture> = fc.record({
  url: fc.oneof(fc.webUrl(), fc.constantFrom('https://eu.china-mission.gov.cn/eng/mh/202509/t20250907_1.htm', 'https://berlin.diplo.de/x', 'not a url', '')),
  canonicalUrl: fc.option(fc.oneof(fc.webUrl(), fc.string()), { nil: null }),
  lang: fc.option(fc.constantFrom('en', 'zh-CN', 'fr', 'de', 'es', 'ja', 'ru', 'xx-!!', ''), { nil: null }),
  documentTitle: pressText,
  meta: fc.array(fc.tuple(fc.constantFrom('article:published_time', 'pubdate', 'og:site_name', 'date', 'og:title', 'description', 'sitename'), fc.oneof(pressText, fc.constantFrom('2025-02-31', '0000-00-00T00:00', '2025-09-07T10:00:00+08:00'))), { maxLength: 6 }),
  jsonLd: fc.array(fc.oneof(fc.string(), fc.constantFrom('{"datePublished":"2024-13-01"}', '{"@graph":[{"publisher":{"name":5}}]}', '[[[[[]]]]]', 'null')), { maxLength: 3 }),
  breadcrumb: fc.array(pressText, { maxLength: 3 }),
  headlines: fc.array(pressText, { maxLength: 3 }),
  dateLines: fc.array(pressText, { maxLength: 3 }),
  siteHeader: maybeText,
  article: fc.option(
    fc.record({ title: maybeText, byline: maybeText, excerpt: maybeText, siteName: maybeText, publishedTime: maybeText, lang: fc.option(fc.constantFrom('en', 'zh'), { nil: null }), text: pressText, linkDensity: fc.double({ min: 0, max: 1, noNaN: true }) }),
    { nil: null },
  ),
  truncated: fc.boolean(),
  elapsedMs: fc.nat(),
});

describe('normaliser under random and mutated press-release text', () => {
  it('never throws and always returns a schema-valid record', () => {
    let runs = 0;
    fc.assert(
      fc.property(rawCapture, (raw) => {
        runs++;
        const record = normalizeCapture(raw, { id: 'fuzz', now });
        const parsed = EventRecordSchema.safeParse(record);
        if (!parsed.success) throw new Error(`invalid record: ${parsed.error.message}`);
        // Evidence offsets point into the record's own text.
        for (const [path, e] of Object.entries(record.evidence)) {
          if (e.start >= 0) expect(record.text.slice(e.start, e.end), path).toBe(e.quote);
        }
      }),
      { numRuns: 1500, seed: 7 },
    );
    console.log(`normaliser fuzz: ${runs} captures, 0 exceptions`);
  });

  it('never invents an event date from a text without one', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('The Ambassador met the Minister.', 'They discussed trade.', 'Both sides agreed to cooperate.', 'Ambassador Li Hua attended.'), { minLength: 1, maxLength: 8 }), (sentences) => {
        const text = sentences.join(' ');
        const raw = { url: 'https://embassy.example/n/1', canonicalUrl: null, lang: 'en', documentTitle: 'News', meta: [['pubdate', '2025-03-04']], jsonLd: [], breadcrumb: [], headlines: [], dateLines: [], siteHeader: null, article: { title: 'News', byline: null, excerpt: null, siteName: null, publishedTime: null, lang: 'en', text, linkDensity: 0 }, truncated: false, elapsedMs: 0 } satisfies RawCapture;
        const record = normalizeCapture(raw, { id: 'x', now });
        expect(record.event.start).toBeNull();
        expect(record.event.end).toBeNull();
      }),
      { numRuns: 200, seed: 11 },
    );
  });
});

describe('importer under random and mutated files', () => {
  it('returns records or named problems, never throws, and accepts only schema-valid records', () => {
    let runs = 0;
    const mutate = fc.tuple(fc.array(recordArbitrary, { minLength: 1, maxLength: 3 }), fc.constantFrom('json', 'ndjson') as fc.Arbitrary<'json' | 'ndjson'>, fc.nat(), fc.nat(), fc.string({ maxLength: 8 }), fc.constantFrom('cut', 'insert', 'replace', 'none'));
    fc.assert(
      fc.property(mutate, ([records, format, a, b, junk, how]) => {
        runs++;
        const content = exportRecords(records, format, now).content;
        const i = a % (content.length + 1);
        const j = Math.min(content.length, i + (b % 40));
        const mutated = how === 'cut' ? content.slice(0, i) : how === 'insert' ? content.slice(0, i) + junk + content.slice(i) : how === 'replace' ? content.slice(0, i) + junk + content.slice(j) : content;
        const result = parseRecordsFile(mutated);
        if (result.ok) for (const r of result.records) EventRecordSchema.parse(r);
        else expect(result.problems.length).toBeGreaterThan(0);
        if (how === 'none') expect(result).toMatchObject({ ok: true, records });
      }),
      { numRuns: 1000, seed: 3 },
    );
    console.log(`importer fuzz: ${runs} files, 0 exceptions`);
  });

  it('survives arbitrary bytes', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (s) => {
        const result = parseRecordsFile(s);
        expect(typeof result.ok).toBe('boolean');
      }),
      { numRuns: 1000, seed: 5 },
    );
  });
});
