// Hand-made records for storage, export and protocol tests (no corpus text: that stays in ../shared).
import { SCHEMA_VERSION, type EventRecord } from '@/lib/record-schema';

let counter = 0;

export function makeRecord(overrides: { id?: string; url?: string; title?: string; capturedAt?: string } = {}): EventRecord {
  counter++;
  const id = overrides.id ?? `rec-${counter}`;
  const url = overrides.url ?? `https://embassy.example/news/${counter}.html`;
  const at = overrides.capturedAt ?? new Date(Date.UTC(2025, 0, 1, 0, counter)).toISOString();
  return {
    schemaVersion: SCHEMA_VERSION,
    id,
    title: overrides.title ?? `Ambassador Example Meets Minister ${counter}`,
    summary: 'On 3 March 2025, Ambassador Jane Example met Minister Li Hua in Brussels.',
    text: 'On 3 March 2025, Ambassador Jane Example met Minister Li Hua in Brussels.\n\nThey discussed trade, "tariffs", and a = b, c.',
    source: {
      url,
      canonicalUrl: url,
      siteName: 'Embassy of Example',
      publisher: 'Embassy of Example',
      lang: 'en',
      publishedDate: '2025-03-04',
      capturedAt: at,
    },
    event: {
      type: 'meeting',
      label: 'met',
      start: '2025-03-03',
      end: null,
      location: { venue: null, city: 'Brussels', country: 'BE' },
      host: 'Embassy of Example',
      participants: [
        { name: 'Jane Example', title: 'Ambassador', position: 'Ambassador of Example to Belgium', affiliation: null, role: 'host' },
        { name: 'Li Hua', title: 'Minister', position: null, affiliation: 'Ministry of Trade', role: 'counterpart' },
      ],
      organizations: ['Ministry of Trade'],
      topics: ['trade'],
      occasion: null,
    },
    evidence: { 'event.start': { quote: 'On 3 March 2025', start: 0, end: 15 } },
    review: { status: 'unreviewed', tags: [], notes: '', updatedAt: at },
    provenance: { extractor: 'test', adapter: null, fields: { 'event.start': 'text' }, confidence: { 'event.start': 0.85 } },
  };
}
