import type { EventRecord } from '../../../lib/record-schema';

const TEXT =
  'The Ambassador of Japan, H.E. Mr. Taro Yamada, met the Mayor of Ghent on 12 March 2024. They discussed trade. The meeting took place at the City Hall.';

/** A valid record with a little evidence and provenance, for the popup's helpers and components. */
export function sampleRecord(overrides: Partial<EventRecord> = {}): EventRecord {
  const q = (quote: string) => {
    const start = TEXT.indexOf(quote);
    return { quote, start, end: start + quote.length };
  };
  return {
    schemaVersion: 2,
    id: 'rec-1',
    title: 'Ambassador meets the Mayor of Ghent',
    summary: 'The ambassador met the mayor.',
    text: TEXT,
    source: {
      url: 'https://www.be.emb-japan.go.jp/news/2024-03-12.html',
      canonicalUrl: 'https://www.be.emb-japan.go.jp/news/2024-03-12.html',
      siteName: 'Embassy of Japan in Belgium',
      publisher: 'Embassy of Japan in Belgium',
      lang: 'en',
      publishedDate: '2024-03-13',
      capturedAt: '2024-03-14T09:00:00.000Z',
    },
    event: {
      type: 'meeting',
      label: null,
      start: '2024-03-12',
      end: null,
      location: { venue: 'City Hall', city: 'Ghent', country: 'BE' },
      host: null,
      participants: [
        { name: 'Taro Yamada', title: 'H.E. Mr.', position: 'Ambassador of Japan', affiliation: null, role: 'guest' },
        { name: 'Mathias De Clercq', title: null, position: 'Mayor of Ghent', affiliation: null, role: 'host' },
      ],
      organizations: ['City of Ghent'],
      topics: ['trade'],
      occasion: null,
    },
    evidence: {
      'event.start': q('12 March 2024'),
      'event.location.venue': q('City Hall'),
      'event.participants.0': q('Taro Yamada'),
      'event.participants.1': q('Mayor of Ghent'),
      'source.publisher': { quote: 'Embassy of Japan in Belgium', start: -1, end: -1 },
    },
    review: { status: 'unreviewed', tags: [], notes: '', updatedAt: '2024-03-14T09:00:00.000Z' },
    provenance: {
      extractor: 'test',
      adapter: null,
      fields: { 'event.start': 'text', 'event.location.venue': 'text', 'event.location.city': 'text', 'source.publisher': 'metadata', 'event.participants.1': 'text' },
      confidence: { 'event.start': 0.95, 'event.location.city': 0.55, 'source.publisher': 0.85 },
    },
    ...overrides,
  };
}
