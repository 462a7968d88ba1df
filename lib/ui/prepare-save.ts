// The last look before a record goes to the worker: tidy whitespace, drop blank participant rows, and
// refuse with a sentence the reviewer can act on rather than a schema error from the worker.
import { z } from 'zod';
import { EventRecordSchema, type EventRecord, type Participant } from '../record-schema';
import { dayProblem } from './day-validation';
import { removeParticipant } from './participant-rows';

export type PrepareResult = { ok: true; record: EventRecord } | { ok: false; problems: string[] };

const tidy = (s: string | null): string | null => {
  const t = s?.trim() ?? '';
  return t === '' ? null : t;
};

const isBlank = (p: Participant) => !p.name.trim() && !tidy(p.title) && !tidy(p.position) && !tidy(p.affiliation) && !p.role;

export function prepareForSave(input: EventRecord): PrepareResult {
  // Blank rows are the leftovers of "Add participant"; removing them re-keys the evidence of later rows.
  let withoutBlanks = input;
  for (let i = input.event.participants.length - 1; i >= 0; i--) {
    if (isBlank(input.event.participants[i])) withoutBlanks = removeParticipant(withoutBlanks, i);
  }
  const r = structuredClone(withoutBlanks);
  const problems: string[] = [];

  r.title = r.title.trim();
  r.summary = r.summary.trim();
  r.source.publisher = tidy(r.source.publisher);
  r.source.publishedDate = tidy(r.source.publishedDate);
  r.event.label = tidy(r.event.label);
  r.event.start = tidy(r.event.start);
  r.event.end = tidy(r.event.end);
  r.event.location.venue = tidy(r.event.location.venue);
  r.event.location.city = tidy(r.event.location.city);
  r.event.location.country = tidy(r.event.location.country)?.toUpperCase() ?? null;
  r.event.host = tidy(r.event.host);
  r.event.occasion = tidy(r.event.occasion);

  r.event.participants = r.event.participants.map((p, i) => {
    const name = p.name.trim();
    if (!name) problems.push(`Participant ${i + 1} has no name: add one or remove the row.`);
    return { name, title: tidy(p.title), position: tidy(p.position), affiliation: tidy(p.affiliation), role: p.role };
  });

  for (const [label, value] of [
    ['Publication date', r.source.publishedDate],
    ['Event start', r.event.start],
    ['Event end', r.event.end],
  ] as const) {
    const problem = dayProblem(label, value);
    if (problem) problems.push(problem);
  }
  if (r.event.start && r.event.end && !problems.length && r.event.end < r.event.start) {
    problems.push(`Event end ${r.event.end} is before event start ${r.event.start}.`);
  }
  const country = r.event.location.country;
  if (country && !/^[A-Z]{2}$/.test(country)) problems.push(`Country “${country}” is not a two-letter ISO code such as BE or JP.`);

  if (problems.length) return { ok: false, problems };
  // Anything the checks above did not foresee still gets a readable refusal here, not in the worker.
  const parsed = EventRecordSchema.safeParse(r);
  if (!parsed.success) return { ok: false, problems: [z.prettifyError(parsed.error)] };
  return { ok: true, record: parsed.data };
}
