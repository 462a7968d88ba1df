// One row per event for spreadsheets. Papa Parse does the quoting (commas, quotes, newlines in
// article text), and a byte-order mark tells Excel the file is UTF-8, so 中文 and é survive.
import Papa from 'papaparse';
import type { EventRecord, Participant } from '../record-schema';

export const CSV_BOM = '\uFEFF';

export const EVENT_CSV_COLUMNS = [
  'id', 'title', 'event_type', 'event_label', 'event_start', 'event_end', 'venue', 'city', 'country',
  'host', 'participants', 'organizations', 'occasion', 'topics', 'publisher', 'published_date',
  'url', 'canonical_url', 'lang', 'summary', 'tags', 'notes', 'review_status', 'captured_at',
] as const;

export function participantLabel(p: Participant): string {
  const name = [p.title, p.name].filter(Boolean).join(' ');
  return p.position ? `${name} (${p.position})` : name;
}

export function eventRow(r: EventRecord): Record<(typeof EVENT_CSV_COLUMNS)[number], string> {
  return {
    id: r.id,
    title: r.title,
    event_type: r.event.type,
    event_label: r.event.label ?? '',
    event_start: r.event.start ?? '',
    event_end: r.event.end ?? '',
    venue: r.event.location.venue ?? '',
    city: r.event.location.city ?? '',
    country: r.event.location.country ?? '',
    host: r.event.host ?? '',
    participants: r.event.participants.map(participantLabel).join('; '),
    organizations: r.event.organizations.join('; '),
    occasion: r.event.occasion ?? '',
    topics: r.event.topics.join('; '),
    publisher: r.source.publisher ?? '',
    published_date: r.source.publishedDate ?? '',
    url: r.source.url,
    canonical_url: r.source.canonicalUrl,
    lang: r.source.lang ?? '',
    summary: r.summary,
    tags: r.review.tags.join('; '),
    notes: r.review.notes,
    review_status: r.review.status,
    captured_at: r.source.capturedAt,
  };
}

export function toEventsCsv(records: EventRecord[]): string {
  // Cells that start with = + - @ are prefixed so a spreadsheet does not run them as formulas.
  return CSV_BOM + Papa.unparse({ fields: [...EVENT_CSV_COLUMNS], data: records.map(eventRow) }, { escapeFormulae: true, newline: '\r\n' });
}
