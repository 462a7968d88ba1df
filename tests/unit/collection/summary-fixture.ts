import type { RecordSummary } from '@/lib/collection/record-summary';

let n = 0;
/** A record summary with sensible defaults; only what a test cares about is given. */
export function summary(over: Partial<RecordSummary> = {}): RecordSummary {
  n++;
  const s: RecordSummary = {
    id: `s-${n}`,
    title: `Event ${n}`,
    url: `https://embassy.example/${n}`,
    canonicalUrl: `https://embassy.example/${n}`,
    publisher: 'Embassy of Example',
    publishedDate: '2025-01-02',
    eventStart: '2025-01-01',
    eventEnd: null,
    type: 'meeting',
    city: null,
    country: 'BE',
    host: null,
    participants: [],
    organizations: [],
    tags: [],
    status: 'unreviewed',
    capturedAt: `2025-02-01T00:00:${String(n % 60).padStart(2, '0')}.000Z`,
    updatedAt: '2025-02-01T00:00:00.000Z',
    versions: 0,
    day: '',
    ...over,
  };
  return { ...s, day: over.day ?? s.eventStart ?? s.eventEnd ?? s.publishedDate ?? '' };
}
