// The event's city as candidates and scores, not as the first city after a preposition: every city
// the headline and the article name is a candidate, and general features weigh it — a dateline, a
// preposition of place, the sentence that dates the event, another event's date in its sentence, a
// body's seat ("the Ambassador in X"), the mission's own seat, how early and how often it is named.
// The best candidate is taken when its evidence is enough; otherwise the city stays empty.
import { type DateMention, findDateMentions } from './date-mentions';
import { monthNumber } from './dates';
import { foldName } from './fold-name';
import { type CityMention, findCityMentions } from './gazetteer';
import { paragraphs, sentences } from './sentences';

export interface CityInput {
  title: string | null;
  text: string;
  /** Offset of the mention that dates the event in `text`, or null. */
  eventDateAt: number | null;
  /** The event's first day (ISO), or null. */
  eventDay: string | null;
  /** The mission's own local event: its seat country counts for a city there. */
  localEvent: boolean;
  missionCountry: string | null;
  /** The seat city an address names ("…/santiago/…"). */
  seatCity: string | null;
}

export interface CityChoice {
  mention: CityMention;
  inTitle: boolean;
  score: number;
  /** The features that counted, for tests and for the reviewer's "why". */
  why: string[];
}

/** A candidate needs this much evidence to become the event's city. */
export const CITY_THRESHOLD = 1.5;

const PLACE_WORD = '(?:in|at|à|en|a|la|nach|im|în|i|w|we|во|в|em|ved|på|to|visit(?:ed)? to|visited|visiting|trip to|held in|besøker|besøkte|besucht|besuchte|vierailee|vieraili|visita|visitó|visitará|visite|visitera|посетил|посетит|посещает)';
// Thai is written without spaces between words: its words of place stand right before the name
// ("ในนครเมลเบิร์น", in the city of Melbourne).
const BEFORE_PLACE = new RegExp(`(?:(?<![\\p{L}])${PLACE_WORD}|在|于|(?:ใน|ณ|ที่)\\s*(?:นคร|เมือง)?)\\s*$`, 'iu');
/** "the city of Santiago", "la ciudad de Lima", "la ville de Dakar", "kota Bandung". */
const CITY_OF = /(?<![\p{L}])(?:city of|town of|ciudad de|ville de|città di|cidade de|stadt|kota|miasto|oraşul|orașul|городе?)\s*$|(?:นคร|เมือง)\s*$/iu;
/** "to" names a destination only after a word of travel or welcome. */
const BARE_TO = /(?<![\p{L}])to\s*$/iu;
const TRAVEL_BEFORE = /visit|trip|travel|invited|tour|welcom|arriv|came|come|return/i;
/**
 * Before a body's seat, a preposition of place says the event is held on its premises ("at the
 * Ministry of Foreign Affairs headquarters in Accra", "in der Botschaft … in Wien").
 */
const AT_PREMISES = /(?<![\p{L}])(?:at|in|inside|im|in der|in dem|bei|à|au|dans|en|a la|en la|en el|la)\s+(?:the\s+|der\s+|dem\s+|la\s+|el\s+|l['’])?(?:[\p{L}.'’-]+\s+){0,6}$/iu;
/** "the EU Delegation in Dakar", "High Commissioner in New Delhi": a body's seat. */
const SEAT_BEFORE = /(?:embassy|mission|delegation|consulate|consul(?:[- ]general)?|commissioner|commission|ambassador|botschaft|botschafter|embajada|embajador|ambassade|ambassadeur|ambasada|ambasador|office|headquarters|return)(?:\s+(?:of|der|de|del|des|du)\s+[\p{L} ]{2,40})?\s+(?:(?!(?:and|und|et|y|și|si|e|og|och|ja)\s)\p{L}+\s+)?(?:in|to|à|en|la|în|w|в)\s*$/iu;
const DATELINE = /^([\p{Lu}][\p{L} .'-]{1,40}?),\s+(?:(?:\p{Lu}\p{L}+),\s+)?(?:\p{Lu}\p{L}+\s+\d|\d{1,2}\s+\p{Lu}|\p{Lu}[\p{L}]+\s+\d{4}|\p{Lu}\p{L}+$)/u;

/** How far around a city a date is read as that city's time. */
const NEAR = 100;
const WORD = /\p{L}[\p{L}.]*\p{L}|\p{L}/gu;
const YEAR = /(?<![\d.\/-])(?:19|20)\d{2}(?![\d.\/-])/g;

/** A month or a year in `s` other than the event's own. */
function otherTime(s: string, day: string): boolean {
  const month = Number(day.slice(5, 7));
  const year = day.slice(0, 4);
  // Words are looked up, not matched against every month name: the window's cost is its length.
  for (const w of s.matchAll(WORD)) {
    const n = monthNumber(w[0]);
    if (n !== null && n !== month) return true;
  }
  for (const y of s.matchAll(YEAR)) if (y[0] !== year) return true;
  return false;
}

function sameDay(d: DateMention, day: string | null): boolean {
  return !!day && d.m === Number(day.slice(5, 7)) && d.d === Number(day.slice(8, 10)) && (d.y === null || d.y === Number(day.slice(0, 4)));
}

/** Whether a paragraph opens "City, <date>" or is "City, State": a dateline. */
function datelineCity(p: string): string | null {
  const m =
    DATELINE.exec(p) ??
    /^([\p{Lu}][\p{L} .'-]{1,30}),\s*([\p{Lu}][\p{L} .'-]{1,30})$/u.exec(p) ??
    (/^[^,]{2,31},[^\n]{0,80}?\d/u.test(p.slice(0, 120)) ? /^([\p{Lu}][\p{L} .'-]{1,30}),/u.exec(p) : null);
  return m ? m[1].trim() : null;
}

/** The best-supported city of the event, or null when no candidate has enough evidence. */
export function chooseCity(input: CityInput): CityChoice | null {
  const best = cityChoices(input)[0];
  return best && best.score >= CITY_THRESHOLD ? best : null;
}

/** Every candidate that has a word of place, with its score, best first. */
export function cityChoices(input: CityInput): CityChoice[] {
  const { text } = input;
  const paras = paragraphs(text);
  const sents = sentences(text);
  const dates = findDateMentions(text);
  const choices: CityChoice[] = [];

  // Datelines: the first paragraphs, opening "City, date", or a headline line ending "…, date, City".
  const datelines = new Map<number, string>();
  for (const p of paras.slice(0, 8)) {
    const name = datelineCity(p.text);
    if (name) datelines.set(p.start, name);
  }
  const trailing = new Set<number>();
  for (const p of paras.slice(0, 6)) {
    const m = /,\s*([\p{Lu}][\p{L}\p{M} .'-]{1,30})$/u.exec(p.text);
    if (m && /\d[\d./ -]*\d\s*,\s*[^,]+$/u.test(p.text.slice(-60))) trailing.add(p.start + m.index + m[0].indexOf(m[1]));
  }

  // Sentences and date mentions come in text order, as the city mentions do: pointers, not searches.
  let si = 0;
  let di = 0;
  let pi = 0;
  for (const c of findCityMentions(text)) {
    while (si < sents.length && sents[si].end <= c.start) si++;
    while (pi < paras.length && paras[pi].end <= c.start) pi++;
    const sentence = sents[si] && sents[si].start <= c.start ? sents[si] : null;
    const para = paras[pi] && paras[pi].start <= c.start ? paras[pi] : null;
    const why: string[] = [];
    let score = 0;
    const before = text.slice(Math.max(0, c.start - 60), c.start);
    if (para && para.start === c.start && pi < 8 && datelines.get(para.start) === c.text) {
      score += 4;
      why.push('dateline');
    } else if (trailing.has(c.start)) {
      score += 4;
      why.push('dateline at the end of the headline line');
    } else if (CITY_OF.test(before)) {
      score += 2;
      why.push('"city of"');
    } else if (BEFORE_PLACE.test(before)) {
      const bareTo = BARE_TO.test(before) && !TRAVEL_BEFORE.test(text.slice(sentence?.start ?? c.start - 60, c.start));
      score += bareTo ? 0.5 : 2;
      why.push(bareTo ? 'after "to"' : 'after a preposition of place');
    }
    // A city with no word of place before it is only mentioned; a body's seat is where the body
    // is, not where the event is.
    if (!why.length) continue;
    const seat = SEAT_BEFORE.exec(before);
    if (seat && !AT_PREMISES.test(before.slice(0, seat.index))) continue;
    // Dates near it in its sentence: the event's own day, or another time ("held in Lima in May",
    // "in Geneva in 2019"). The window is bounded, so each candidate costs the same however long the text.
    const from = Math.max(sentence?.start ?? c.start, c.start - NEAR);
    const to = Math.min(sentence?.end ?? c.end, c.end + NEAR);
    while (di < dates.length && dates[di].end <= from) di++;
    let own = false;
    let other = false;
    for (let k = di; k < dates.length && dates[k].start < to; k++) {
      const d = dates[k];
      if (d.start === input.eventDateAt || sameDay(d, input.eventDay)) own = true;
      else if (d.m !== null && (input.eventDay ? d.m !== Number(input.eventDay.slice(5, 7)) || (d.d !== null && d.d !== Number(input.eventDay.slice(8, 10))) : input.eventDateAt !== null)) other = true;
    }
    if (!own && input.eventDay) other ||= otherTime(text.slice(from, to), input.eventDay);
    if (own) {
      score += 1.5;
      why.push("the event's day in its sentence");
    } else if (other && why[0] !== 'dateline') {
      score -= 2;
      why.push("another day in its sentence");
    }
    if (pi <= 1) score += 0.5;
    score -= Math.min(1.5, c.start / 1500);
    if (input.seatCity && foldName(input.seatCity) === foldName(c.text)) {
      score += 1;
      why.push("the mission's seat city");
    } else if (input.localEvent && input.missionCountry && c.codes.includes(input.missionCountry)) {
      score += 1;
      why.push("in the mission's country, at its own event");
    }
    choices.push({ mention: c, inTitle: false, score, why });
  }

  if (input.title) {
    for (const c of findCityMentions(input.title)) {
      const before = input.title.slice(Math.max(0, c.start - 60), c.start);
      const placed = BEFORE_PLACE.test(before) && !(BARE_TO.test(before) && !TRAVEL_BEFORE.test(before)) && !SEAT_BEFORE.test(before);
      if (placed) choices.push({ mention: { ...c, start: -1, end: -1 }, inTitle: true, score: 3, why: ['headline, after a preposition of place'] });
    }
  }

  // A city named again and again is more likely the venue than one named in passing.
  const count = new Map<string, number>();
  for (const ch of choices) count.set(foldName(ch.mention.text), (count.get(foldName(ch.mention.text)) ?? 0) + 1);
  const scored = choices.map((ch) => {
    const repeats = Math.min(2, (count.get(foldName(ch.mention.text)) ?? 1) - 1);
    return repeats ? { ...ch, score: ch.score + repeats * 0.5, why: [...ch.why, `named ${repeats + 1} times`] } : ch;
  });
  // Best first; of equals, the earlier (stable sort keeps text order, the headline's after).
  return scored.sort((a, b) => b.score - a.score);
}
