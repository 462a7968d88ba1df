// Participant row operations. Evidence and provenance are keyed "event.participants.<index>", so moving
// or removing a row must carry those keys along, or a quote would end up beside the wrong person.
import { markEdited } from '../merge-recapture';
import type { EventRecord, Participant } from '../record-schema';

const PREFIX = 'event.participants.';

export const emptyParticipant = (): Participant => ({ name: '', title: null, position: null, affiliation: null, role: null });

/** Re-keys "event.participants.<i>" entries through `map` (null drops the entry); other keys stay. */
function reindex<T>(entries: Record<string, T>, map: (index: number) => number | null): Record<string, T> {
  const out: Record<string, T> = {};
  for (const [key, value] of Object.entries(entries)) {
    const m = key.startsWith(PREFIX) ? /^(\d+)(.*)$/.exec(key.slice(PREFIX.length)) : null;
    if (!m) {
      out[key] = value;
      continue;
    }
    const to = map(Number(m[1]));
    if (to !== null) out[`${PREFIX}${to}${m[2]}`] = value;
  }
  return out;
}

function withParticipants(record: EventRecord, participants: Participant[], map: (index: number) => number | null): EventRecord {
  return markEdited(
    {
      ...record,
      event: { ...record.event, participants },
      evidence: reindex(record.evidence, map),
      provenance: { ...record.provenance, fields: reindex(record.provenance.fields, map), confidence: reindex(record.provenance.confidence, map) },
    },
    'event.participants',
  );
}

export function addParticipant(record: EventRecord): EventRecord {
  return withParticipants(record, [...record.event.participants, emptyParticipant()], (i) => i);
}

export function removeParticipant(record: EventRecord, index: number): EventRecord {
  const list = record.event.participants;
  if (index < 0 || index >= list.length) return record;
  return withParticipants(
    record,
    list.filter((_, i) => i !== index),
    (i) => (i === index ? null : i > index ? i - 1 : i),
  );
}

/** Swaps row `index` with its neighbour `index + delta` (delta -1 = up, +1 = down). */
export function moveParticipant(record: EventRecord, index: number, delta: -1 | 1): EventRecord {
  const list = record.event.participants;
  const other = index + delta;
  if (index < 0 || index >= list.length || other < 0 || other >= list.length) return record;
  const next = [...list];
  [next[index], next[other]] = [next[other], next[index]];
  return withParticipants(record, next, (i) => (i === index ? other : i === other ? index : i));
}

export function updateParticipant(record: EventRecord, index: number, patch: Partial<Participant>): EventRecord {
  const list = record.event.participants;
  if (index < 0 || index >= list.length) return record;
  return withParticipants(
    record,
    list.map((p, i) => (i === index ? { ...p, ...patch } : p)),
    (i) => i,
  );
}
