// Where the event took place, when the text says so: a dateline ("Dar es Salaam, Friday, …"), "held at
// … in Reykjavik", "à Washington", "a Visit to Pyeongchang". A mission's own country is used only for
// the mission's own local events; a city is never taken from the publisher's seat.
import type { EventType, FieldOrigin } from '../record-schema';
import { COUNTRIES, findCountries } from './countries';
import { type CityMention, cityCountry, findCityMentions } from './gazetteer';
import { paragraphs } from './sentences';

export interface PlaceInput {
  title: string | null;
  text: string;
  type: EventType;
  hostIsPublisher: boolean;
  publisher: string | null;
  missionCountry: string | null;
}

interface Located<T> {
  value: T;
  quote: string;
  start: number;
  end: number;
  origin: FieldOrigin;
}

export interface Place {
  venue: string | null;
  city: Located<string> | null;
  country: Located<string> | null;
}

/** Types whose events happen on a line or on paper, not at a place. */
const PLACELESS = new Set<EventType>(['call', 'statement', 'article']);
const BEFORE_PLACE = /(?:(?<![\p{L}])(?:in|at|à|en|a|nach|im|în|i|w|во|в|to|visit(?:ed)? to|visited|visiting|trip to|held in|besøker|besøkte|besucht|besuchte|vierailee|vieraili|visita|visitó|visitará|visite|visitera|посетил|посетит|посещает)|在|于)\s*$/iu;
/**
 * Before a body's seat, a preposition of place says the event is held on its premises ("at the
 * Ministry of Foreign Affairs headquarters in Suva", "in der Botschaft … in Wien"): then the seat is
 * the venue's city after all.
 */
const AT_PREMISES = /(?<![\p{L}])(?:at|in|inside|im|in der|in dem|bei|à|au|dans|en|a la|en la|en el)\s+(?:the\s+|der\s+|dem\s+|la\s+|el\s+|l['’])?(?:[\p{L}.'’-]+\s+){0,6}$/iu;
/** "the EU Delegation in Libreville", "High Commissioner in New Delhi": a body's seat, not the venue. */
const SEAT_BEFORE = /(?:embassy|mission|delegation|consulate|consul(?:[- ]general)?|commissioner|commission|ambassador|delegation|botschaft|embajada|ambassade|office|headquarters|return)(?:\s+(?:of|der|de|del|des|du)\s+[\p{L} ]{2,40})?\s+(?:in|to|à|en)\s*$/iu;
const DATELINE = /^([\p{Lu}][\p{L} .'-]{1,40}?),\s+(?:(?:\p{Lu}\p{L}+),\s+)?(?:\p{Lu}\p{L}+\s+\d|\d{1,2}\s+\p{Lu}|\p{Lu}[\p{L}]+\s+\d{4}|\p{Lu}\p{L}+$)/u;

export function eventPlace(input: PlaceInput): Place {
  const out: Place = { venue: null, city: null, country: null };
  if (PLACELESS.has(input.type)) return out;
  const { text } = input;
  let city: CityMention | null = null;

  // Datelines: a paragraph that starts "City, Day Month" or is "City, State".
  for (const p of paragraphs(text).slice(0, 8)) {
    // Or "Doha, Media Office, January 24": a city, a comma, and a date soon after.
    const m =
      DATELINE.exec(p.text) ??
      /^([\p{Lu}][\p{L} .'-]{1,30}),\s*([\p{Lu}][\p{L} .'-]{1,30})$/u.exec(p.text) ??
      (/^[^,]{2,31},[^\n]{0,80}?\d/u.test(p.text.slice(0, 120)) ? /^([\p{Lu}][\p{L} .'-]{1,30}),/u.exec(p.text) : null);
    if (!m) continue;
    const c = findCityMentions(m[1]).find((x) => x.text === m[1].trim());
    if (c) {
      out.city = { value: c.text, quote: c.text, start: p.start + c.start, end: p.start + c.end, origin: 'text' };
      city = c;
      break;
    }
  }
  if (!out.city) {
    const sources: [string, number][] = [];
    if (input.title) sources.push([input.title, -1]);
    sources.push([text, 0]);
    outer: for (const [s, base] of sources) {
      for (const c of findCityMentions(s)) {
        const before = s.slice(Math.max(0, c.start - 60), c.start);
        if (!BEFORE_PLACE.test(before)) continue;
        const seat = SEAT_BEFORE.exec(before);
        if (seat && !AT_PREMISES.test(before.slice(0, seat.index))) continue;
        if (/\bto\s*$/i.test(before) && !/visit|trip|travel|invited|tour/i.test(before)) continue;
        out.city = { value: c.text, quote: c.text, start: base < 0 ? -1 : c.start, end: base < 0 ? -1 : c.end, origin: base < 0 ? 'metadata' : 'text' };
        city = c;
        break outer;
      }
    }
  }
  if (out.city && city) {
    // A name several countries have ("Valencia", "Kingston"): the country the page names or sits in.
    const context = [...(input.missionCountry ? [input.missionCountry] : []), ...findCountries(`${input.title ?? ''}\n${text}`).map((c) => c.value)];
    out.country = { ...out.city, value: cityCountry(city, context) };
    return out;
  }
  // A country the event is placed in: "visited India", "a visit to Egypt", "held in Kenya".
  for (const [s, base] of [[input.title ?? '', -1], [text, 0]] as [string, number][]) {
    for (const c of findCountries(s)) {
      const before = s.slice(Math.max(0, c.start - 30), c.start);
      if (!/(?:visit(?:ed|ing)?(?: to)?|trip to|held in|took place in|tour of)\s*(?:the\s+)?$/i.test(before)) continue;
      out.country = { value: c.value, quote: c.text, start: base < 0 ? -1 : c.start, end: base < 0 ? -1 : c.end, origin: base < 0 ? 'metadata' : 'text' };
      return out;
    }
  }
  // The mission's own local event (a reception at the residence, a visit within the host country).
  // The mission's own local event (a reception at the residence, a visit within the host country).
  if (input.hostIsPublisher && input.missionCountry && input.type !== 'interview') {
    const name = COUNTRIES.find((c) => c.code === input.missionCountry)?.name ?? input.missionCountry;
    out.country = { value: input.missionCountry, quote: name, start: -1, end: -1, origin: 'metadata' };
  }
  return out;
}

/** The country a mission sits in, read from its name ("Embassy of Spain in Guatemala", "… Muscat"). */
export function missionCountryOf(publisher: string | null): string | null {
  if (!publisher) return null;
  const tail = /(?<![\p{L}])(?:in|to|à|au|aux|en|em|în|na|w|в|во|i|di|bei|presso|auprès de|ante|ved)\s+(?:(?:der|dem|den|the|la|le|les|el|los|las|l’|l')\s*)?(\p{Lu}.+)$/u.exec(publisher)?.[1] ?? publisher.split(/,\s*/).slice(1).join(', ');
  const countries = findCountries(publisher).map((c) => c.value);
  const city = findCityMentions(tail)[0];
  if (city) return cityCountry(city, countries);
  // The country after "in" before any city elsewhere in the name: "Ruse" in "Ambasada Federaţiei
  // Ruse în România" is an adjective, not the Bulgarian town.
  const country = findCountries(tail)[0];
  if (country) return country.value;
  const elsewhere = findCityMentions(publisher).find((c) => c.start > 0);
  return elsewhere ? cityCountry(elsewhere, countries) : null;
}
