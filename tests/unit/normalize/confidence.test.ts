import { describe, expect, it } from 'vitest';
import type { RawCapture } from '@/lib/capture/raw-capture';
import { BASIS_CONFIDENCE, HIGH_CONFIDENCE, confidenceBases, fieldConfidence } from '@/lib/normalize/confidence';
import { normalizeCapture } from '@/lib/normalize/normalize-capture';

const ctx = { id: 'test', now: new Date('2025-01-01T00:00:00Z') };
const raw = (text: string, title: string, over: Partial<RawCapture> = {}): RawCapture => ({
  url: 'https://example.org/2025/09/07/item/', canonicalUrl: null, lang: 'en', documentTitle: `${title} - Example Mission`,
  meta: [['og:site_name', 'Embassy of Example in Utopia']], jsonLd: [], breadcrumb: [], headlines: [], dateLines: [], siteHeader: null,
  article: { title, byline: null, excerpt: null, siteName: null, publishedTime: null, lang: 'en', text, linkDensity: 0 },
  truncated: false, elapsedMs: 0, ...over,
});

describe('per-field confidence', () => {
  it('trusts a start a sentence states, and doubts one taken over from the page date', () => {
    const stated = normalizeCapture(raw('Geneva, 1 September 2025 – Ambassador Jane Roe met Minister Karl Berg to discuss trade.', 'Ambassador Meets Minister'), ctx);
    expect(confidenceBases(stated)['event.start']).toBe('start:stated');
    expect(stated.provenance.confidence['event.start']).toBeGreaterThanOrEqual(HIGH_CONFIDENCE);
    // The same record with its start taken over from the publication date and no sentence of its own.
    const { ['event.start']: _quote, ...evidence } = stated.evidence;
    const pageDate = { ...stated, event: { ...stated.event, start: stated.source.publishedDate }, evidence };
    expect(confidenceBases(pageDate)['event.start']).toBe('start:page-date');
    expect(fieldConfidence(pageDate)['event.start']).toBeLessThan(HIGH_CONFIDENCE);
  });

  it('tells a city read from a dateline from one found deeper in the text, trusting the dateline no less', () => {
    const lead = 'Geneva, 1 September 2025 – Ambassador Jane Roe met Minister Karl Berg to discuss trade.';
    const dateline = normalizeCapture(raw(lead, 'Ambassador Meets Minister'), ctx);
    expect(dateline.event.location.city).toBe('Geneva');
    expect(confidenceBases(dateline)['event.location.city']).toBe('city:dateline');
    const filler = 'The two sides reviewed the state of their relations and agreed to meet again. '.repeat(3);
    const mention = normalizeCapture(raw(`On 1 September 2025 Ambassador Jane Roe met Minister Karl Berg. ${filler}They recalled the talks held in Geneva last year.`, 'Ambassador Meets Minister'), ctx);
    expect(mention.event.location.city).toBe('Geneva');
    expect(confidenceBases(mention)['event.location.city']).toBe('city:mention');
    expect(mention.provenance.confidence['event.location.city']).toBe(BASIS_CONFIDENCE['city:mention']);
    expect(mention.provenance.confidence['event.location.city']).toBeLessThanOrEqual(dateline.provenance.confidence['event.location.city']!);
  });

  it('gives a field no confidence when it is empty, and every filled field its basis number', () => {
    const r = normalizeCapture(raw('Ambassador Jane Roe met Minister Karl Berg.', 'Ambassador Meets Minister'), ctx);
    expect(r.event.occasion).toBeNull();
    expect(r.provenance.confidence['event.occasion']).toBeUndefined();
    for (const [path, basis] of Object.entries(confidenceBases(r))) expect(r.provenance.confidence[path], path).toBe(BASIS_CONFIDENCE[basis]);
  });

  it('is certain of a value the user typed', () => {
    const r = normalizeCapture(raw('Ambassador Jane Roe met Minister Karl Berg.', 'Ambassador Meets Minister'), ctx);
    const edited = { ...r, provenance: { ...r.provenance, fields: { ...r.provenance.fields, 'event.host': 'user' as const } } };
    expect(fieldConfidence(edited)['event.host']).toBe(1);
  });

  it('keeps every basis number between 0 and 1 and only the measured ones high', () => {
    for (const [basis, n] of Object.entries(BASIS_CONFIDENCE)) {
      expect(n, basis).toBeGreaterThan(0);
      expect(n, basis).toBeLessThanOrEqual(1);
    }
    // A guess — no cue, no sentence, an unmeasured shape — is never shown as trusted.
    for (const basis of ['type:no-cue', 'publisher:name', 'title:long', 'participants:bare'] as const) expect(BASIS_CONFIDENCE[basis]).toBeLessThan(HIGH_CONFIDENCE);
  });
});
