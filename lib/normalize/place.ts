// Where the event took place, when the text says so: the city is the best-supported candidate of
// city-candidates.ts, the country that city's or the one the event is placed in ("visited India");
// a mission's own country is used only for the mission's own local events.
import type { EventType, FieldOrigin } from '../record-schema';
import { COUNTRIES, countriesNamed, findCountries } from './countries';
import { chooseCity } from './city-candidates';
import { type CityMention, cityCountry, findCityMentions } from './gazetteer';
import { institutionRank } from './institutions';

export interface PlaceInput {
  title: string | null;
  text: string;
  type: EventType;
  hostIsPublisher: boolean;
  publisher: string | null;
  missionCountry: string | null;
  /** Offset in `text` of the mention that dates the event, when a sentence does. */
  eventDateAt?: number | null;
  /** The event's first day, ISO. */
  eventDay?: string | null;
  /** The seat city the page's address names. */
  seatCity?: string | null;
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

/** Words that place an event in the country named next, in the languages of the sites we read. */
const PLACED_IN = new RegExp(`(?<![\\p{L}])(?:${[
  'visit(?:ed|ing)?(?: to)?', 'trip to', 'held in', 'took place in', 'tour of',
  'visita(?: oficial| de trabajo| de Estado)? a', 'viaje a', 'gira por', 'celebrad[oa] en', 'tuvo lugar en',
  'visite(?: officielle| de travail| d[’\']État)? (?:en|au|aux)', 'voyage (?:en|au|aux)', 'd[ée]placement (?:en|au|aux)', 's[’\']est tenue? (?:en|au|aux)',
  'Besuch in', 'Reise nach', 'visita(?: oficial)? (?:ao|à)', 'vizit[ăa](?: oficial[ăa])? [îi]n', 'kunjungan(?: kerja| resmi)? ke', 'visita(?: ufficiale)? in', 'bes[øo]k i',
].join('|')})\\s*(?:the\\s+|la\\s+|le\\s+|el\\s+|l[’']\\s*)?$`, 'iu');
/** "our country" after a word of visit or welcome, in one sentence. */
const OUR_COUNTRY = /(?<![\p{L}])(?:visit\p{L}*|visita\p{L}*|visite\p{L}*|Besuch\p{L}*|recibido|welcomed|accueilli)[^.!?]{0,80}?(?:to|in|a|en|au|dans)\s+(?:our country|nuestro país|notre pays|unser(?:em)? Land|nosso país|[țţt]ara noastr[ăa])(?![\p{L}])/iu;

/** Types whose events happen on a line or on paper, not at a place. */
const PLACELESS = new Set<EventType>(['call', 'statement', 'article']);

export function eventPlace(input: PlaceInput): Place {
  const out: Place = { venue: null, city: null, country: null };
  if (PLACELESS.has(input.type)) return out;
  const { text } = input;
  const choice = chooseCity({
    title: input.title,
    text,
    eventDateAt: input.eventDateAt ?? null,
    eventDay: input.eventDay ?? null,
    localEvent: input.hostIsPublisher,
    missionCountry: input.missionCountry,
    seatCity: input.seatCity ?? null,
  });
  const city: CityMention | null = choice?.mention ?? null;
  if (choice) {
    const inText = !choice.inTitle;
    out.city = { value: choice.mention.text, quote: choice.mention.text, start: inText ? choice.mention.start : -1, end: inText ? choice.mention.end : -1, origin: inText ? 'text' : 'metadata' };
  }
  if (out.city && city) {
    // A name several countries have ("Valencia", "Kingston"): the country the page names or sits in.
    const context = [...(input.missionCountry ? [input.missionCountry] : []), ...findCountries(`${input.title ?? ''}\n${text}`).map((c) => c.value)];
    out.country = { ...out.city, value: cityCountry(city, context) };
    return out;
  }
  // A country the event is placed in: "visited India", "a visit to Egypt", "held in Kenya", "su
  // visita a Perú", "visite officielle au Ghana".
  for (const [s, base] of [[input.title ?? '', -1], [text, 0]] as [string, number][]) {
    for (const c of findCountries(s)) {
      const before = s.slice(Math.max(0, c.start - 40), c.start);
      if (!PLACED_IN.test(before)) continue;
      out.country = { value: c.value, quote: c.text, start: base < 0 ? -1 : c.start, end: base < 0 ? -1 : c.end, origin: base < 0 ? 'metadata' : 'text' };
      return out;
    }
  }
  // "his third visit to our country": the country of the body that writes.
  const ours = OUR_COUNTRY.exec(text);
  const ownCountry = ours && input.publisher ? countriesNamed(input.publisher)[0] : undefined;
  if (ours && ownCountry) {
    out.country = { value: ownCountry, quote: ours[0], start: ours.index, end: ours.index + ours[0].length, origin: 'text' };
    return out;
  }
  // The mission's own local event (a reception at the residence, a visit within the host country).
  // So is a mission's visit or meeting with someone in its host country (FORMAT: an event held at
  // or by a mission takes the mission's host country).
  const missionVisit = (input.type === 'visit' || input.type === 'meeting') && !!input.publisher && institutionRank(input.publisher) === 2;
  if ((input.hostIsPublisher || missionVisit) && input.missionCountry && input.type !== 'interview') {
    const name = COUNTRIES.find((c) => c.code === input.missionCountry)?.name ?? input.missionCountry;
    out.country = { value: input.missionCountry, quote: name, start: -1, end: -1, origin: 'metadata' };
  }
  return out;
}

/** The country a mission sits in, read from its name ("Embassy of Spain in Guatemala", "… Muscat"). */
export function missionCountryOf(publisher: string | null): string | null {
  if (!publisher) return null;
  // 中国驻秘鲁使馆: the country after 驻.
  const zh = /驻(.+?)(?:大使馆|使馆|总领事馆|领事馆|代表团)/.exec(publisher);
  if (zh) return findCountries(zh[1])[0]?.value ?? null;
  const tail = /(?<![\p{L}])(?:in|to|à|au|aux|en|em|în|na|w|в|во|i|di|bei|presso|auprès de|ante|ved)\s+(?:(?:der|dem|den|the|la|le|les|el|los|las|l’|l')\s*)?(\p{Lu}.+)$/u.exec(publisher)?.[1] ?? publisher.split(/,\s*/).slice(1).join(', ');
  const countries = findCountries(publisher).map((c) => c.value);
  const city = findCityMentions(tail)[0];
  if (city) return cityCountry(city, countries);
  // The country after "in" before any city elsewhere in the name: "Ruse" in "Ambasada Federaţiei
  // Ruse în Portugalia" is an adjective, not the Bulgarian town.
  const country = findCountries(tail)[0];
  if (country) return country.value;
  const elsewhere = findCityMentions(publisher).find((c) => c.start > 0);
  return elsewhere ? cityCountry(elsewhere, countries) : null;
}
