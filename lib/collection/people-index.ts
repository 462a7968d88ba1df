// People and organisations across captures. The same person is written many ways: "Ambassador Hao
// Min", "H.E. Mr. HAO Min", "Hao Min" and, surname-first or not, "Min Hao". The key folds case and
// diacritics, drops leading honorifics and offices, joins hyphenated parts and ignores word order,
// so all of these meet under one key while "Hao Ming" stays someone else.
import { fold, type RecordSummary } from './record-summary';

/** Words that come before a name as honorific or office, never as part of it (folded, no dots). */
const HONORIFIC_WORDS = new Set(
  [
    'he', 'his', 'her', 'excellency', 'mr', 'mrs', 'ms', 'miss', 'mx', 'madam', 'madame', 'mme', 'mlle', 'm', 'dr', 'prof', 'professor',
    'sir', 'dame', 'lord', 'lady', 'hon', 'honourable', 'honorable', 'rt', 'right', 'ambassador', 'minister', 'president', 'prime',
    'premier', 'vice', 'deputy', 'foreign', 'secretary', 'general', 'state', 'councilor', 'councillor', 'counsellor', 'consul',
    'charge', 'daffaires', 'senator', 'mayor', 'governor', 'chairman', 'chairwoman', 'chair', 'director', 'spokesperson',
    'spokesman', 'spokeswoman', 'herr', 'frau', 'sr', 'sra', 'senor', 'senora', 'don', 'dona',
  ],
);

/** Folded words of a piece of a name; dots vanish so "H.E." is "he", hyphens join so "Jun-sai" is "junsai". */
function words(s: string): string[] {
  return fold(s)
    .replace(/['’‐.-]/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/** The name's words, folded, without leading honorifics; hyphens and apostrophes join ("Jun-sai" = "Junsai"). */
export function nameWords(name: string): string[] {
  const all = words(name);
  let i = 0;
  // Never down to nothing: a lone "Ambassador" stays a (poor) name rather than vanishing.
  while (i < all.length - 1 && HONORIFIC_WORDS.has(all[i])) i++;
  return all.slice(i);
}

/** One key per person: the name's words in alphabetical order, so surname-first spellings meet. */
export function personKey(name: string): string {
  return [...nameWords(name)].sort().join(' ');
}

/** The name as written, without the leading honorifics that personKey ignores. */
export function displayName(name: string): string {
  const written = name.trim().split(/\s+/);
  let i = 0;
  while (i < written.length - 1 && isHonorific(written[i])) i++;
  return written.slice(i).join(' ');
}

function isHonorific(written: string): boolean {
  const w = words(written);
  return w.length > 0 && w.every((x) => HONORIFIC_WORDS.has(x));
}

export interface Appearance {
  recordId: string;
  title: string;
  day: string | null;
  role: string | null;
  position: string | null;
}

export interface PersonEntry {
  key: string;
  /** The spelling most often seen (mixed case preferred over capitals on a tie). */
  name: string;
  variants: string[];
  positions: string[];
  events: Appearance[];
}

export interface OrganizationEntry {
  key: string;
  name: string;
  variants: string[];
  events: Appearance[];
}

const capitals = (s: string) => (s.match(/\p{Lu}/gu) ?? []).length;

function pickName(counts: Map<string, number>): string {
  return [...counts].sort((a, b) => b[1] - a[1] || capitals(a[0]) - capitals(b[0]) || a[0].localeCompare(b[0]))[0][0];
}

const byDayDesc = (a: Appearance, b: Appearance) => (a.day === b.day ? a.title.localeCompare(b.title) : a.day === null ? 1 : b.day === null ? -1 : a.day < b.day ? 1 : -1);

/** Everyone who took part in an event, merged across captures, most events first. */
export function peopleIndex(summaries: readonly RecordSummary[]): PersonEntry[] {
  const groups = new Map<string, { names: Map<string, number>; positions: Set<string>; events: Appearance[]; seen: Set<string> }>();
  for (const s of summaries) {
    const day = s.eventStart ?? s.publishedDate;
    for (const p of s.participants) {
      const key = personKey(p.name);
      if (!key) continue;
      let g = groups.get(key);
      if (!g) groups.set(key, (g = { names: new Map(), positions: new Set(), events: [], seen: new Set() }));
      if (p.position) g.positions.add(p.position);
      // One appearance (and one vote for the spelling) per record, even if the person is listed twice.
      if (g.seen.has(s.id)) continue;
      const shown = displayName(p.name);
      g.names.set(shown, (g.names.get(shown) ?? 0) + 1);
      g.seen.add(s.id);
      g.events.push({ recordId: s.id, title: s.title, day, role: p.role, position: p.position });
    }
  }
  return [...groups]
    .map(([key, g]) => ({ key, name: pickName(g.names), variants: [...g.names.keys()].sort((a, b) => a.localeCompare(b)), positions: [...g.positions].sort(), events: g.events.sort(byDayDesc) }))
    .sort((a, b) => b.events.length - a.events.length || a.name.localeCompare(b.name));
}

/** An organisation's key: folded, without a leading "the" and punctuation. */
export function organizationKey(name: string): string {
  return fold(name)
    .replace(/^the\s+/, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .join(' ');
}

export function organizationsIndex(summaries: readonly RecordSummary[]): OrganizationEntry[] {
  const groups = new Map<string, { names: Map<string, number>; events: Appearance[]; seen: Set<string> }>();
  for (const s of summaries) {
    const day = s.eventStart ?? s.publishedDate;
    for (const o of s.organizations) {
      const key = organizationKey(o);
      if (!key) continue;
      let g = groups.get(key);
      if (!g) groups.set(key, (g = { names: new Map(), events: [], seen: new Set() }));
      if (g.seen.has(s.id)) continue;
      g.names.set(o, (g.names.get(o) ?? 0) + 1);
      g.seen.add(s.id);
      g.events.push({ recordId: s.id, title: s.title, day, role: null, position: null });
    }
  }
  return [...groups]
    .map(([key, g]) => ({ key, name: pickName(g.names), variants: [...g.names.keys()].sort((a, b) => a.localeCompare(b)), events: g.events.sort(byDayDesc) }))
    .sort((a, b) => b.events.length - a.events.length || a.name.localeCompare(b.name));
}

/** Record ids per person key, for the "events of this person" filter. */
export function eventsByPerson(people: readonly PersonEntry[]): Map<string, Set<string>> {
  return new Map(people.map((p) => [p.key, new Set(p.events.map((e) => e.recordId))]));
}
