import { describe, expect, it } from 'vitest';
import type { RawCapture } from '@/lib/capture/raw-capture';
import { normalizeCapture } from '@/lib/normalize/normalize-capture';
import { EventRecordSchema } from '@/lib/record-schema';

const ctx = { id: 'test', now: new Date('2025-01-01T00:00:00Z') };
const raw = (text: string, over: Partial<RawCapture> = {}): RawCapture => ({
  url: 'https://example.org/2025/09/07/symposium/', canonicalUrl: null, lang: 'en', documentTitle: 'Mission Holds Symposium - Example Mission',
  meta: [['og:site_name', 'Example Mission to the EU']], jsonLd: [], breadcrumb: [], headlines: [], dateLines: [], siteHeader: null,
  article: { title: 'Mission Holds Symposium', byline: null, excerpt: null, siteName: null, publishedTime: null, lang: 'en', text, linkDensity: 0 },
  truncated: false, elapsedMs: 0, ...over,
});

describe('normalizeCapture', () => {
  it('builds a valid record with evidence at its offsets', () => {
    const r = normalizeCapture(raw('On September 1, 2025, the Mission held a symposium to mark the 80th anniversary of the victory. Ambassador Jane Roe, Head of the Mission, delivered a speech.'), ctx);
    expect(() => EventRecordSchema.parse(r)).not.toThrow();
    expect(r.event).toMatchObject({ type: 'conference', label: 'Symposium', start: '2025-09-01', occasion: '80th anniversary of the victory' });
    expect(r.source.publishedDate).toBe('2025-09-07');
    for (const [path, ev] of Object.entries(r.evidence)) if (ev.start >= 0) expect(r.text.slice(ev.start, ev.end), path).toBe(ev.quote);
    expect(r.provenance.fields['event.start']).toBe('text');
    expect(r.provenance.fields['source.publishedDate']).toBe('metadata');
  });
  it('never throws on hostile or empty input', () => {
    for (const text of ['', '31 February 2023', 'On 99/99/9999 ,,,', '\u0000'.repeat(10), 'Mr. Mr. Mr. H.E. H.E.', '年月日本日'.repeat(50)]) {
      const r = normalizeCapture(raw(text, { meta: [['pubdate', 'not a date']], jsonLd: ['{broken'] }), ctx);
      expect(() => EventRecordSchema.parse(r)).not.toThrow();
    }
    expect(() => normalizeCapture(raw('', { article: null, documentTitle: '' }), ctx)).not.toThrow();
  });
});

describe('a mission hosts only at home', () => {
  const mission = (text: string) => normalizeCapture(raw(text, { meta: [['og:site_name', 'Embassy of Kenya in Ireland']], url: 'https://kenya-embassy.example/news/item/' }), ctx);
  it('is not the host of its minister’s visit to a third country, but is of its own reception', () => {
    const abroad = mission('Kenya’s Foreign Minister Ola Nordvik met Foreign Minister Karl Brenner in Oslo on 3 May 2025, before continuing to Stockholm. The Embassy welcomed the talks.');
    expect(abroad.event.location.country).toBe('NO');
    expect(abroad.event.host).toBeNull();
    const home = mission('On 3 May 2025 the Embassy held a reception in Dublin to mark the national day; Ambassador Ola Nordvik welcomed the guests.');
    expect(home.event.location.country).toBe('IE');
    expect(home.event.host).toBe('Embassy of Kenya in Ireland');
  });
});
