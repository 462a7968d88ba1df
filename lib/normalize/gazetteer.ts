// Cities named in a text: the curated table of countries.ts (other languages' names, 北京, Genf)
// first, then every city of GeoNames with 15,000 people or more (lib/normalize/generated, made at
// install by scripts/build-gazetteer.mjs). A GeoNames name is looked up for capitalised spans of
// the text, not searched for, so the table's size costs nothing per page; a span that is a word of
// our vocabularies ("March", "President", a country) is never taken for a city of that name.
import { findCities } from './countries';
import { foldName } from './fold-name';
import { CASELESS } from './cldr-names';
import { CLDR_CITY_NAMES } from './generated/cldr-names';
import { GEONAMES_CITIES } from './generated/geonames-cities';
import { isVocab, STOP_WORDS } from './people-vocab';
import { askedOnce, sortedTable } from './sorted-table';

export interface CityMention {
  /** The name as written in the text. */
  text: string;
  start: number;
  end: number;
  /** ISO codes of the countries with a city of this name, likeliest first (most populous). */
  codes: string[];
  /** From the curated table (an exact, reviewed name), or from GeoNames. */
  source: 'table' | 'geonames';
}

const TABLE = sortedTable(GEONAMES_CITIES);
const MAX_NAME_WORDS = 5;

const LOCAL = sortedTable(CLDR_CITY_NAMES);
/** Countries of a folded city name: GeoNames', else those of the English name CLDR gives a local one ("bucuresti" → Bucharest). */
const codesOf = (key: string): string[] | null => {
  const direct = TABLE.get(key);
  if (direct) return direct.split(',');
  const english = LOCAL.get(key);
  return english ? TABLE.get(foldName(english))?.split(',') ?? null : null;
};
const startsANameInTables = (word: string) => TABLE.startsAKey(word) || LOCAL.startsAKey(word);

let caselessNames: RegExp | null = null;
/** Thai names of CLDR's cities, searched for as written (a caseless script has no capitalised runs). */
function caselessMentions(text: string): CityMention[] {
  if (!CASELESS.test(text)) return [];
  if (!caselessNames) {
    const names = CLDR_CITY_NAMES.split('\n').map((l) => l.slice(0, l.indexOf('|'))).filter((n) => CASELESS.test(n));
    caselessNames = new RegExp(names.sort((a, b) => b.length - a.length).map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'gu');
  }
  const out: CityMention[] = [];
  caselessNames.lastIndex = 0;
  for (let m = caselessNames.exec(text); m; m = caselessNames.exec(text)) {
    const codes = codesOf(m[0]);
    if (codes) out.push({ text: m[0], start: m.index, end: m.index + m[0].length, codes, source: 'geonames' });
  }
  return out;
}

/** GeoNames' countries for a city name, likeliest first; empty when it names no city there. */
export function geonamesCountries(name: string): string[] {
  return codesOf(foldName(name.trim())) ?? [];
}

// A run of capitalised words, with the lowercase particles of place names between them ("Rio de
// Janeiro", "Dar es Salaam", "Frankfurt am Main", "Port-au-Prince" is one word). The word and the
// particle alternatives start differently (upper, lower case), so the run is matched in linear time.
const CAPITALISED_RUN = /(?<![\p{L}\p{M}\p{N}])\p{Lu}[\p{L}\p{M}'’.-]*(?:[ \u00a0](?:\p{Lu}[\p{L}\p{M}'’.-]*|(?:de|del|de la|da|do|dos|das|di|du|des|la|el|es|am|an|der|sur|upon|aan|op)(?=[ \u00a0]\p{Lu})))*/gu;

/** Cities named in `text`, in text order: the curated table's, then GeoNames' where those are not. */
export function findCityMentions(text: string): CityMention[] {
  const curated: CityMention[] = findCities(text).map((c) => ({ text: c.text, start: c.start, end: c.end, codes: [c.value.code], source: 'table' as const }));
  const out = [...curated];
  // Candidates come in text order, so one pointer into the curated mentions finds any overlap.
  let k = 0;
  const taken = (start: number, end: number) => {
    while (k < curated.length && curated[k].end <= start) k++;
    return k < curated.length && curated[k].start < end;
  };
  const startsAName = askedOnce(startsANameInTables);
  const codesOfName = askedOnce((name) => codesOf(foldName(name)));
  CAPITALISED_RUN.lastIndex = 0;
  for (let m = CAPITALISED_RUN.exec(text); m; m = CAPITALISED_RUN.exec(text)) {
    const words: { start: number; end: number }[] = [];
    for (const w of m[0].matchAll(/\S+/g)) words.push({ start: m.index + w.index!, end: m.index + w.index! + w[0].length });
    for (let i = 0; i < words.length; i++) {
      if (!startsAName(foldName(text.slice(words[i].start, words[i].end).replace(/[.'’-]+$/, '')))) continue;
      for (let n = Math.min(MAX_NAME_WORDS, words.length - i); n >= 1; n--) {
        const start = words[i].start;
        // A name's last word gives up the stop or apostrophe that follows it ("… in Suva.").
        const end = words[i + n - 1].end - (/[.'’-]+$/.exec(text.slice(words[i + n - 1].start, words[i + n - 1].end))?.[0].length ?? 0);
        const name = text.slice(start, end);
        if (name.length < 3) continue;
        const codes = codesOfName(name);
        if (!codes || taken(start, end) || (n === 1 && (isVocab(name) || STOP_WORDS.has(name.toLowerCase())))) continue;
        out.push({ text: name, start, end, codes, source: 'geonames' });
        i += n - 1;
        break;
      }
    }
  }
  out.push(...caselessMentions(text));
  return out.sort((a, b) => a.start - b.start);
}

/**
 * The country of a city mention: of the countries with a city of that name, the one the page itself
 * names or is published in when it is among them, else the likeliest.
 */
export function cityCountry(city: CityMention, context: Iterable<string>): string {
  const known = new Set(context);
  return city.codes.find((c) => known.has(c)) ?? city.codes[0];
}
