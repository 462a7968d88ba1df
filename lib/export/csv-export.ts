// One row per event for spreadsheets. Papa Parse does the quoting (commas, quotes, newlines in
// article text), and a byte-order mark tells Excel the file is UTF-8, so 中文 and é survive.
import Papa from 'papaparse';
import { eventCodeOf } from '../event-codes';
import type { EventRecord, Participant } from '../record-schema';

export const CSV_BOM = '\uFEFF';

export const EVENT_CSV_COLUMNS = [
  'id', 'title', 'event_type', 'event_label', 'cameo', 'event_start', 'event_end', 'venue', 'city', 'country',
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
    // The CAMEO code of the type, so a spreadsheet can join captures with GDELT events.
    cameo: eventCodeOf(r.event.type).cameo ?? '',
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

/**
 * OWASP's CSV-injection rule: a cell that starts with = + - @, tab or CR is prefixed with ' so a
 * spreadsheet does not run it, whatever follows. (Papa Parse's own test, /^[=+\-@\t\r].*$/, lets
 * through a value with a line break in it, since `.` stops at the break.) Full-width signs too:
 * some spreadsheets read ＝ as =.
 */
const FORMULA_START = /^[=+\-@\t\r＝＋－＠]/u;

function writeCsv(fields: readonly string[], data: Record<string, string>[]): string {
  return CSV_BOM + Papa.unparse({ fields: [...fields], data }, { escapeFormulae: FORMULA_START, newline: '\r\n' });
}

export function toEventsCsv(records: EventRecord[]): string {
  return writeCsv(EVENT_CSV_COLUMNS, records.map(eventRow));
}

export const PARTICIPANT_CSV_COLUMNS = [
  'event_id', 'event_title', 'event_type', 'event_start', 'event_end', 'city', 'country', 'host',
  'name', 'title', 'position', 'affiliation', 'role', 'order', 'publisher', 'url',
] as const;

/** One row per person per event, for pivot tables ("every meeting of this ambassador"). */
export function toParticipantsCsv(records: EventRecord[]): string {
  const data = records.flatMap((r) =>
    r.event.participants.map((p, i) => ({
      event_id: r.id,
      event_title: r.title,
      event_type: r.event.type,
      event_start: r.event.start ?? '',
      event_end: r.event.end ?? '',
      city: r.event.location.city ?? '',
      country: r.event.location.country ?? '',
      host: r.event.host ?? '',
      name: p.name,
      title: p.title ?? '',
      position: p.position ?? '',
      affiliation: p.affiliation ?? '',
      role: p.role ?? '',
      order: String(i + 1),
      publisher: r.source.publisher ?? '',
      url: r.source.url,
    })),
  );
  return writeCsv(PARTICIPANT_CSV_COLUMNS, data);
}
