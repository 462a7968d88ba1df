// Country and month names in the languages missions publish in, from CLDR through Intl
// (DisplayNames, DateTimeFormat), as "name|value" lines: scripts/build-gazetteer.mjs writes them
// into lib/normalize/generated/ at install, so the worker carries the tables rather than building
// them at every start (asking Intl for 5,000 country names took 35 ms here).
import { foldName } from './fold-name';

/** Languages whose names are kept; the curated table of countries.ts covers zh and ja. */
export const CLDR_LANGUAGES = ['en', 'fr', 'es', 'de', 'it', 'pt', 'nl', 'ru', 'uk', 'ro', 'pl', 'cs', 'sk', 'sl', 'hu', 'fi', 'et', 'lv', 'lt', 'sv', 'nb', 'da', 'is', 'tr', 'id', 'ms', 'tl', 'vi', 'el', 'bg', 'hr', 'sr-Latn', 'sq', 'sw'];
/** Codes CLDR names that are no country today: old states, reserved, grouping and private-use codes. */
const NOT_A_COUNTRY = new Set('AC AN AQ BU BV CP CQ CS DD DG DY EA EU EZ FX HM HV IC NH QO RH SU TA TP UK UM UN VD XA XB YD YU ZR ZZ'.split(' '));
const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

export function cldrCountryLines(): string[] {
  const english = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
  const codes: string[] = [];
  for (const a of LETTERS) for (const b of LETTERS) if (!NOT_A_COUNTRY.has(a + b) && english.of(a + b)) codes.push(a + b);
  const byName = new Map<string, string>();
  for (const lang of CLDR_LANGUAGES) {
    const names = new Intl.DisplayNames([lang], { type: 'region', fallback: 'none' });
    for (const code of codes) {
      const name = names.of(code);
      // A name is kept for the first country that has it; a name of three letters or fewer is an
      // abbreviation or a word ("USA", "Irã") more often than a country in running text.
      if (!name || name.length <= 3 || /[|\n\\`$]/.test(name)) continue;
      const key = foldName(name);
      if (!byName.has(key)) byName.set(key, code);
    }
  }
  return [...byName].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([k, c]) => `${k}|${c}`);
}

/** Languages whose month names are kept: those of CLDR_LANGUAGES, and Thai (dates in the Buddhist era). */
export const MONTH_LANGUAGES = [...CLDR_LANGUAGES, 'th'];

/**
 * "name|month" lines, lower-cased: each month's long name as a date writes it (the genitive of
 * fi, pl, ru …: "26. elokuuta") and as it stands alone, and the short forms that carry a dot inside
 * ("ธ.ค."), which no word shares. Other abbreviations ("ago", "mar", "lis") are words too often.
 */
export function cldrMonthLines(): string[] {
  const byName = new Map<string, number>();
  for (const lang of MONTH_LANGUAGES) {
    const inDate = new Intl.DateTimeFormat(lang, { day: 'numeric', month: 'long', timeZone: 'UTC' });
    const alone = new Intl.DateTimeFormat(lang, { month: 'long', timeZone: 'UTC' });
    const short = new Intl.DateTimeFormat(lang, { day: 'numeric', month: 'short', timeZone: 'UTC' });
    for (let m = 1; m <= 12; m++) {
      const day = new Date(Date.UTC(2021, m - 1, 15));
      const forms = [inDate.formatToParts(day).find((p) => p.type === 'month')?.value, alone.format(day)];
      const abbreviation = short.formatToParts(day).find((p) => p.type === 'month')?.value;
      if (abbreviation && /\p{L}\.\p{L}/u.test(abbreviation)) forms.push(abbreviation);
      for (const form of forms) {
        const name = form?.toLowerCase().replace(/\.$/, '');
        if (!name || name.length < 3 || /\d|[|\n\\`$]/.test(name)) continue;
        if (!byName.has(name)) byName.set(name, m);
      }
    }
  }
  return [...byName].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([k, m]) => `${k}|${m}`);
}

/** Languages whose city names are kept: those of months, Thai among them. */
export const CITY_LANGUAGES = MONTH_LANGUAGES;

/** Scripts written without case, whose names are searched for in the text rather than looked up. */
export const CASELESS = /[\u0E00-\u0E7F]/u;

type ZoneTree = { [key: string]: ZoneTree | string };

/**
 * "folded local name|English name" lines from CLDR's time-zone cities (the exemplar cities of
 * cldr-dates-full, about 420 of the world's larger cities): "bucuresti|Bucharest", "ซิดนีย์|Sydney".
 * The English name is the zone's own ("Europe/Bucharest"); the gazetteer gives its country. Names
 * equal to the English one once folded are left out: GeoNames has them.
 */
export function cldrCityLines(zonesByLanguage: Map<string, ZoneTree>, fold: (s: string) => string): string[] {
  const byName = new Map<string, string>();
  const walk = (tree: ZoneTree, path: string[]) => {
    for (const [key, value] of Object.entries(tree)) {
      if (typeof value !== 'object') continue;
      const city = value.exemplarCity;
      if (typeof city === 'string') {
        const english = key.replace(/_/g, ' ');
        // Scripts without case or spaces (Thai) are searched for as written: folding would strip
        // their vowel marks.
        const local = CASELESS.test(city) ? city : fold(city);
        if (local !== fold(english) && local.length >= 3 && !/[|\n\\`$]/.test(local + english) && !byName.has(local)) byName.set(local, english);
      } else walk(value, [...path, key]);
    }
  };
  for (const lang of CITY_LANGUAGES) {
    const tree = zonesByLanguage.get(lang);
    if (tree) walk(tree, []);
  }
  return [...byName].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([k, e]) => `${k}|${e}`);
}
