// Wording of the collection list, kept apart from the component so it is tested without a DOM.
import type { EventRecord } from '../record-schema';

export function countLabel(n: number): string {
  return `${n} ${n === 1 ? 'record' : 'records'}`;
}

/** The event's day or span; the publication day stands in, marked, when the event has none. */
export function eventDateOf(record: EventRecord): string {
  const { start, end } = record.event;
  if (start && end && end !== start) return `${start} – ${end}`;
  if (start) return start;
  if (record.source.publishedDate) return `published ${record.source.publishedDate}`;
  return '—';
}

/** eventDateOf for a summary row of the collection page. */
export function eventDateOfSummary(s: { eventStart: string | null; eventEnd: string | null; publishedDate: string | null }): string {
  if (s.eventStart && s.eventEnd && s.eventEnd !== s.eventStart) return `${s.eventStart} – ${s.eventEnd}`;
  if (s.eventStart) return s.eventStart;
  if (s.publishedDate) return `published ${s.publishedDate}`;
  return '—';
}
