// What the collection page needs of a record to list, sort, filter and group it, without its text,
// evidence or provenance. Summaries are written next to each record (lib/store) so the page reads
// ~10,000 of them in one structured-clone getAll instead of the full records.
import type { EventRecord, EventType } from '../record-schema';

export interface SummaryPerson {
  name: string;
  title: string | null;
  position: string | null;
  role: string | null;
}

export interface RecordSummary {
  id: string;
  title: string;
  url: string;
  canonicalUrl: string;
  publisher: string | null;
  publishedDate: string | null;
  eventStart: string | null;
  eventEnd: string | null;
  type: EventType;
  city: string | null;
  country: string | null;
  host: string | null;
  participants: SummaryPerson[];
  organizations: string[];
  tags: string[];
  status: 'unreviewed' | 'reviewed';
  capturedAt: string;
  updatedAt: string;
  /** Other versions of this page kept by an import ("keep both"); see lib/store/database.ts. */
  versions: number;
  /**
   * The default sort's day (event start, else end, else publication; '' when none), indexed with
   * capturedAt so the page reads its first screen in order without reading all summaries.
   */
  day: string;
}

/** The text search runs over, stored already folded so a keystroke costs only `includes`. */
export interface SearchText {
  id: string;
  text: string;
}

/** Case and diacritics folded: "Ǩaï" and "kai" compare equal; used for search and people keys. */
export function fold(s: string): string {
  return s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

export function summarize(record: EventRecord, versions = 0): RecordSummary {
  const { event, source, review } = record;
  return {
    id: record.id,
    title: record.title,
    url: source.url,
    canonicalUrl: source.canonicalUrl,
    publisher: source.publisher,
    publishedDate: source.publishedDate,
    eventStart: event.start,
    eventEnd: event.end,
    type: event.type,
    city: event.location.city,
    country: event.location.country,
    host: event.host,
    participants: event.participants.map((p) => ({ name: p.name, title: p.title, position: p.position, role: p.role })),
    organizations: [...event.organizations],
    tags: [...review.tags],
    status: review.status,
    capturedAt: source.capturedAt,
    updatedAt: review.updatedAt,
    versions,
    day: event.start ?? event.end ?? source.publishedDate ?? '',
  };
}

/** Title, text, people and organisations (plus publisher, host and tags, which users also type). */
export function searchTextOf(record: EventRecord): SearchText {
  const { event } = record;
  const parts = [
    record.title,
    record.source.publisher ?? '',
    event.host ?? '',
    ...event.participants.flatMap((p) => [p.name, p.title ?? '', p.position ?? '', p.affiliation ?? '']),
    ...event.organizations,
    ...record.review.tags,
    record.summary,
    record.text,
  ];
  return { id: record.id, text: fold(parts.join('\n')) };
}
