// iCalendar for calendar apps: one all-day VEVENT per record that has an event date. ical.js writes
// the escaping and 75-octet line folding RFC 5545 asks for.
import ICAL from 'ical.js';
import type { EventRecord } from '../record-schema';

export interface IcsResult {
  content: string;
  /** Records left out because the text gives no event date (a calendar entry needs one). */
  skipped: string[];
}

function nextDay(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d + 1)).toISOString().slice(0, 10);
}

function allDay(iso: string): ICAL.Time {
  const [year, month, day] = iso.split('-').map(Number);
  return ICAL.Time.fromData({ year, month, day, isDate: true });
}

/**
 * No control character may reach an iCalendar line: ical.js escapes a line feed in TEXT as "\\n"
 * but writes a bare CR as is (common readers split lines on it), and writes a URI value verbatim,
 * so a URL holding CR/LF (from an imported file or the CLI) would add properties such as ATTACH.
 */
function textValue(s: string): string {
  return s.replace(/\r\n?/g, '\n').replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, ' ');
}

/** A URI has no whitespace at all: control runs and spaces become %20. */
function uriValue(s: string): string {
  return s.replace(/[\u0000-\u001f\u007f]+/g, ' ').replace(/ /g, '%20');
}

export function locationLine(r: EventRecord): string {
  const { venue, city, country } = r.event.location;
  return [venue, city, country].filter(Boolean).join(', ');
}

export function toIcs(records: EventRecord[], now: Date): IcsResult {
  const calendar = new ICAL.Component(['vcalendar', [], []]);
  calendar.addPropertyWithValue('prodid', '-//Communiqué//Event records//EN');
  calendar.addPropertyWithValue('version', '2.0');
  calendar.addPropertyWithValue('calscale', 'GREGORIAN');
  const skipped: string[] = [];
  for (const r of records) {
    if (!r.event.start) {
      skipped.push(r.id);
      continue;
    }
    const vevent = new ICAL.Component('vevent');
    vevent.addPropertyWithValue('uid', uriValue(`${r.id}@communique`));
    vevent.addPropertyWithValue('dtstamp', ICAL.Time.fromJSDate(now, true));
    vevent.addPropertyWithValue('dtstart', allDay(r.event.start));
    // DTEND of an all-day event is exclusive: the day after the last day.
    vevent.addPropertyWithValue('dtend', allDay(nextDay(r.event.end && r.event.end >= r.event.start ? r.event.end : r.event.start)));
    vevent.addPropertyWithValue('summary', textValue(r.title || r.event.label || r.event.type));
    const where = locationLine(r);
    if (where) vevent.addPropertyWithValue('location', textValue(where));
    const people = r.event.participants.map((p) => [p.title, p.name].filter(Boolean).join(' ')).join('; ');
    const description = [r.summary, people && `Participants: ${people}`, r.event.occasion && `Occasion: ${r.event.occasion}`, r.source.publisher && `Source: ${r.source.publisher}`]
      .filter(Boolean)
      .join('\n\n');
    if (description) vevent.addPropertyWithValue('description', textValue(description));
    vevent.addPropertyWithValue('url', uriValue(r.source.url));
    vevent.addPropertyWithValue('categories', r.event.type);
    calendar.addSubcomponent(vevent);
  }
  // ical.js folds by UTF-8 octets but does not count the space that starts a continuation line;
  // 74 keeps every physical line within RFC 5545's 75 octets.
  const previous = ICAL.foldLength;
  ICAL.foldLength = 74;
  try {
    return { content: calendar.toString().replace(/\r?\n/g, '\r\n') + '\r\n', skipped };
  } finally {
    ICAL.foldLength = previous;
  }
}
