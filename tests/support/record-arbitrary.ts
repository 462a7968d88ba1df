import fc from 'fast-check';
import { EVENT_TYPES, PARTICIPANT_ROLES, SCHEMA_VERSION, type EventRecord } from '@/lib/record-schema';

// Records with arbitrary (schema-valid) text, dates and people survive export → import unchanged.
const text = fc.string({ unit: 'grapheme', maxLength: 40 });
const maybe = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: null });
const day = fc.date({ min: new Date('1990-01-01'), max: new Date('2099-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
const instant = fc.date({ min: new Date('2000-01-01'), max: new Date('2099-12-31'), noInvalidDate: true }).map((d) => d.toISOString());
const participant = fc.record({ name: text.filter((s) => s.length > 0), title: maybe(text), position: maybe(text), affiliation: maybe(text), role: maybe(fc.constantFrom(...PARTICIPANT_ROLES)) });
export const recordArbitrary: fc.Arbitrary<EventRecord> = fc.record({
  schemaVersion: fc.constant(SCHEMA_VERSION),
  id: fc.uuid(),
  title: text,
  summary: text,
  text: fc.string({ unit: 'grapheme', maxLength: 300 }),
  source: fc.record({ url: fc.webUrl(), canonicalUrl: fc.webUrl(), siteName: maybe(text), publisher: maybe(text), lang: maybe(fc.constantFrom('en', 'zh-CN', 'fr')), publishedDate: maybe(day), capturedAt: instant }),
  event: fc.record({
    type: fc.constantFrom(...EVENT_TYPES),
    label: maybe(text),
    start: maybe(day),
    end: maybe(day),
    location: fc.record({ venue: maybe(text), city: maybe(text), country: maybe(fc.constantFrom('BE', 'CN', 'US')) }),
    host: maybe(text),
    participants: fc.array(participant, { maxLength: 4 }),
    organizations: fc.array(text, { maxLength: 3 }),
    topics: fc.array(text, { maxLength: 3 }),
    occasion: maybe(text),
  }),
  evidence: fc.dictionary(fc.constantFrom('event.start', 'event.type', 'title'), fc.record({ quote: text, start: fc.integer({ min: -1, max: 300 }), end: fc.integer({ min: -1, max: 300 }) })),
  review: fc.record({ status: fc.constantFrom('unreviewed' as const, 'reviewed' as const), tags: fc.array(text, { maxLength: 3 }), notes: text, updatedAt: instant }),
  provenance: fc.record({ extractor: text, adapter: maybe(text), fields: fc.dictionary(fc.constantFrom('event.start', 'title'), fc.constantFrom('adapter' as const, 'metadata' as const, 'text' as const, 'user' as const)), confidence: fc.dictionary(fc.constantFrom('event.start', 'title', 'event.host'), fc.double({ min: 0, max: 1, noNaN: true })) }),
});

