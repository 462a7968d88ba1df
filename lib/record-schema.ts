// The event record: the one shape that storage, exports, the CLI and the corpus scorer share.
// Field names are a contract with ../shared/corpus/score.mjs and with exported files: rename nothing
// without a schemaVersion bump and a migration in lib/store/database.ts.
import { z } from 'zod';

// Extension pages forbid eval under the default MV3 CSP; zod would otherwise probe `new Function`.
z.config({ jitless: true });

/** 2 added provenance.confidence; lib/record-migrations.ts upgrades records of version 1. */
export const SCHEMA_VERSION = 2 as const;

/** Event vocabulary of ../shared/corpus/FORMAT.md. */
export const EVENT_TYPES = [
  'meeting',
  'call',
  'visit',
  'speech',
  'interview',
  'article',
  'press-conference',
  'reception',
  'conference',
  'exhibition',
  'signing',
  'ceremony',
  'statement',
  'other',
] as const;
export type EventType = (typeof EVENT_TYPES)[number];

export const PARTICIPANT_ROLES = ['host', 'speaker', 'guest', 'attendee', 'counterpart'] as const;
export type ParticipantRole = (typeof PARTICIPANT_ROLES)[number];

export const REVIEW_STATUSES = ['unreviewed', 'reviewed'] as const;

/** Where a field's value came from, most trusted last. */
export const FIELD_ORIGINS = ['adapter', 'metadata', 'text', 'user'] as const;
export type FieldOrigin = (typeof FIELD_ORIGINS)[number];

const isoDay = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected an ISO day YYYY-MM-DD')
  .refine((s) => {
    const [y, m, d] = s.split('-').map(Number);
    const t = new Date(Date.UTC(y, m - 1, d));
    return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
  }, 'expected a day that exists in the calendar');
export const IsoDay = isoDay;
const nullableText = z.string().nullable();

export const ParticipantSchema = z.object({
  name: z.string().min(1, 'a participant needs a name'),
  title: nullableText,
  position: nullableText,
  affiliation: nullableText,
  role: z.enum(PARTICIPANT_ROLES).nullable(),
});
export type Participant = z.infer<typeof ParticipantSchema>;

export const LocationSchema = z.object({
  venue: nullableText,
  city: nullableText,
  country: z
    .string()
    .regex(/^[A-Z]{2}$/, 'expected an ISO 3166-1 alpha-2 country code such as BE')
    .nullable(),
});

/** The scorer-facing paths that carry evidence and provenance; the popup walks the same list. */
export const EVIDENCE_FIELDS = [
  'title',
  'source.publisher',
  'source.publishedDate',
  'event.type',
  'event.start',
  'event.end',
  'event.location.venue',
  'event.location.city',
  'event.location.country',
  'event.host',
  'event.organizations',
  'event.occasion',
] as const;

/** The editable fields the extractor fills without a quote. */
export const UNQUOTED_FIELDS = ['event.label', 'event.participants', 'event.topics', 'summary'] as const;

/**
 * The paths that key evidence, provenance and confidence: the record's own fields (and each
 * participant, "event.participants.0"), nothing else. A key read from a file or a store
 * ("__proto__.polluted") is never walked into the record.
 */
const FIELD_PATHS = new Set<string>([...EVIDENCE_FIELDS, ...UNQUOTED_FIELDS, 'text']);
export const isFieldPath = (path: string): boolean => FIELD_PATHS.has(path) || /^event\.participants\.\d{1,4}$/.test(path);
export const FieldPathSchema = z.string().refine(isFieldPath, { error: (issue) => `"${String(issue.input)}" is not a field path of a record: expected one such as "event.start" or "event.participants.0"` });

export const EvidenceSchema = z.object({
  quote: z.string(),
  /** Offsets into record.text; -1 when the value came from metadata rather than the article text. */
  start: z.number().int(),
  end: z.number().int(),
});
export type Evidence = z.infer<typeof EvidenceSchema>;

export const EventRecordSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  id: z.string().min(1),
  title: z.string(),
  summary: z.string(),
  text: z.string(),
  source: z.object({
    url: z.string(),
    canonicalUrl: z.string(),
    siteName: nullableText,
    publisher: nullableText,
    lang: nullableText,
    publishedDate: isoDay.nullable(),
    capturedAt: z.string().datetime({ offset: true }),
  }),
  event: z.object({
    type: z.enum(EVENT_TYPES),
    label: nullableText,
    start: isoDay.nullable(),
    end: isoDay.nullable(),
    location: LocationSchema,
    host: nullableText,
    participants: z.array(ParticipantSchema),
    organizations: z.array(z.string()),
    topics: z.array(z.string()),
    occasion: nullableText,
  }),
  /** Keyed by field path, e.g. "event.start" or "event.participants.0". */
  evidence: z.record(FieldPathSchema, EvidenceSchema),
  review: z.object({
    status: z.enum(REVIEW_STATUSES),
    tags: z.array(z.string()),
    notes: z.string(),
    updatedAt: z.string().datetime({ offset: true }),
  }),
  provenance: z.object({
    extractor: z.string(),
    adapter: nullableText,
    /** Keyed by field path like evidence; tells the reviewer whether a value is read or inferred. */
    fields: z.record(FieldPathSchema, z.enum(FIELD_ORIGINS)),
    /**
     * Keyed like fields: how likely the value is right, 0–1 (lib/normalize/confidence.ts); 1 for a
     * value the user typed. A field without an entry has no known confidence (a record of version 1).
     */
    confidence: z.record(FieldPathSchema, z.number().min(0).max(1)),
  }),
});
export type EventRecord = z.infer<typeof EventRecordSchema>;

/**
 * At or above this confidence a value is shown as trusted; below it the reviewer is asked to check
 * it. Of the corpus values at or above it, 95% or more are right (scripts/calibrate-confidence.mjs).
 */
export const HIGH_CONFIDENCE = 0.9;
