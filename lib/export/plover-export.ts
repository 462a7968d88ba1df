// Event-data JSON Lines in the shape of PLOVER/POLECAT records (actor and recipient lists, event
// category and mode, date, location, source, CAMEO code), for joining captures with GDELT or POLECAT.
// Actors are who the text names: the host first, then participants; recipients are the counterparts.
import { eventCodeOf } from '../event-codes';
import type { EventRecord, Participant } from '../record-schema';

export interface PloverRecord {
  id: string;
  date: string | null;
  date_end: string | null;
  event_type: string | null;
  mode: string | null;
  cameo: string | null;
  label: string | null;
  actor: string[];
  recipient: string[];
  actor_detail: { name: string; title: string | null; position: string | null; affiliation: string | null; role: string | null }[];
  organizations: string[];
  location: { venue: string | null; city: string | null; country: string | null };
  context: string[];
  source: { url: string; publisher: string | null; published: string | null; language: string | null; title: string };
  text_summary: string;
  reviewed: boolean;
}

const display = (p: Participant) => (p.affiliation ? `${p.name} (${p.affiliation})` : p.name);

export function toPloverRecord(r: EventRecord): PloverRecord {
  const code = eventCodeOf(r.event.type);
  const counterparts = r.event.participants.filter((p) => p.role === 'counterpart' || p.role === 'guest');
  const actors = r.event.participants.filter((p) => !counterparts.includes(p));
  return {
    id: r.id,
    date: r.event.start,
    date_end: r.event.end,
    event_type: code.plover,
    mode: code.ploverMode,
    cameo: code.cameo,
    label: r.event.label,
    actor: [...(r.event.host ? [r.event.host] : []), ...actors.map(display)],
    recipient: counterparts.map(display),
    actor_detail: r.event.participants.map((p) => ({ name: p.name, title: p.title, position: p.position, affiliation: p.affiliation, role: p.role })),
    organizations: r.event.organizations,
    location: { ...r.event.location },
    context: [...r.event.topics, ...(r.event.occasion ? [r.event.occasion] : [])],
    source: { url: r.source.url, publisher: r.source.publisher, published: r.source.publishedDate, language: r.source.lang, title: r.title },
    text_summary: r.summary,
    reviewed: r.review.status === 'reviewed',
  };
}

export function toPloverJsonl(records: EventRecord[]): string {
  return records.map((r) => JSON.stringify(toPloverRecord(r))).join('\n') + (records.length ? '\n' : '');
}
