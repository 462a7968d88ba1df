// Calendar-day parsing. Never `new Date(partialString)`: engines disagree on partial strings, and a
// wrong guess here puts an event on the wrong day without anyone noticing.
import { CLDR_MONTH_NAMES } from './generated/cldr-names';

export const MONTHS_EN: Record<string, number> = {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6,
  july: 7, jul: 7, august: 8, aug: 8, september: 9, sep: 9, sept: 9, october: 10, oct: 10,
  november: 11, nov: 11, december: 12, dec: 12,
};

/** Month names of the languages mission sites write in, lower-cased, accents kept. */
export const MONTHS: Record<string, number> = {
  ...MONTHS_EN,
  // fr
  janvier: 1, février: 2, fevrier: 2, mars: 3, avril: 4, mai: 5, juin: 6, juillet: 7, août: 8, aout: 8,
  septembre: 9, octobre: 10, novembre: 11, décembre: 12, decembre: 12,
  // de
  januar: 1, jänner: 1, februar: 2, märz: 3, maerz: 3, juni: 6, juli: 7, oktober: 10, dezember: 12,
  // es
  enero: 1, febrero: 2, marzo: 3, abril: 4, mayo: 5, junio: 6, julio: 7, agosto: 8, septiembre: 9,
  setiembre: 9, octubre: 10, noviembre: 11, diciembre: 12,
  // ru (genitive, as dates are written)
  января: 1, февраля: 2, марта: 3, апреля: 4, мая: 5, июня: 6, июля: 7, августа: 8, сентября: 9,
  октября: 10, ноября: 11, декабря: 12,
};

// Every other language's month names, from CLDR (lib/normalize/cldr-names.ts, tabled at install):
// the curated ones above come first and win a clash. Month words are looked up, never spelled out
// in a pattern: 400 names under the i and u flags took 16 ms to compile per pattern.
for (const line of CLDR_MONTH_NAMES.split('\n')) {
  const bar = line.indexOf('|');
  const name = line.slice(0, bar);
  if (bar > 0 && !(name in MONTHS)) MONTHS[name] = Number(line.slice(bar + 1));
}

/** Japanese era names and the Gregorian year before each era's first year. */
const ERAS: Record<string, number> = { 令和: 2018, 平成: 1988, 昭和: 1925 };

/** Years of the Buddhist era (Thai dates: 2567 = 2024) that fall in the years isoDay accepts. */
const BUDDHIST_ERA = { from: 2443, to: 2643, offset: 543 };

export function isoDay(y: number, m: number, d: number): string | null {
  if (!Number.isInteger(y) || !Number.isInteger(m) || !Number.isInteger(d)) return null;
  if (y >= BUDDHIST_ERA.from && y <= BUDDHIST_ERA.to) y -= BUDDHIST_ERA.offset;
  if (y < 1900 || y > 2100 || m < 1 || m > 12 || d < 1 || d > 31) return null;
  const t = new Date(Date.UTC(y, m - 1, d));
  if (t.getUTCMonth() !== m - 1) return null; // 31 February and the like
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** Days between two ISO days (b − a). */
export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
}

/** The ISO day `n` days after `day` (n may be negative). */
export function addDays(day: string, n: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
}

/** 0 = Sunday, as Date.getUTCDay. */
export function weekdayOf(day: string): number {
  return new Date(Date.parse(`${day}T00:00:00Z`)).getUTCDay();
}

/** What cannot be in a month word: space, digits, and punctuation (a dot only ends an abbreviation). */
const NOT_IN_MONTH_WORD = '\\s\\d\\x21-\\x2d\\x2f\\x3a-\\x40\\x5b-\\x60\\x7b-\\x7e\\u00a1-\\u00bf\\u2010-\\u205e\\u3000-\\u303f\\uff01-\\uff0f';

/**
 * Any word a month might be (CLDR's: "elokuuta", "ธ.ค"): a pattern with it must check the word with
 * monthNumber. It is a negated class rather than letters (\\p{L}\\p{M}): V8 compiles a pattern
 * once more for a subject with characters beyond Latin-1, and a repeated class of every letter cost
 * 45-70 ms there (most of a one-page run's regex time); the i flag would cost more (case closure).
 */
export const MONTH_WORD_RE = `[^${NOT_IN_MONTH_WORD}.][^${NOT_IN_MONTH_WORD}]{2,}`;

export function monthNumber(name: string): number | null {
  return MONTHS[name.toLowerCase().replace(/\.$/, '')] ?? null;
}

const eraYear = (era: string, n: string) => ERAS[era] + (n === '元' ? 1 : Number(n));

// Digits glued to letters ("Date2013-08-01hit") are common in scraped date lines, so the numeric
// patterns use digit look-arounds rather than \b.
const DATE_PATTERNS: { re: RegExp; pick: (m: RegExpExecArray, order: DateOrder) => [number, number, number] }[] = [
  // 2025-09-07, 2025/09/07, 2025.09.07, and ISO timestamps
  { re: /(?<!\d)(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)/, pick: (m) => [+m[1], +m[2], +m[3]] },
  // 2023年1月19日
  { re: /(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/, pick: (m) => [+m[1], +m[2], +m[3]] },
  // 令和元年10月22日
  {
    re: /(令和|平成|昭和)\s*(元|\d{1,2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/,
    pick: (m) => [eraYear(m[1], m[2]), +m[3], +m[4]],
  },
  // September 1, 2025 / Sept. 1st 2025. Month words are looked up (monthNumber), not spelled out: a
  // pattern with every language's names under the i flag took 16 ms to compile at each start.
  {
    re: new RegExp(`(?<![\\p{L}\\p{M}])(${MONTH_WORD_RE})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})(?!\\d)`, 'gu'),
    pick: (m) => [+m[3], monthNumber(m[1]) ?? 0, +m[2]],
  },
  // 1 September 2025, 1er octobre 2023, 12. März 2024, 11 de noviembre de 2014, 19 января 2023, 26. elokuuta 2013, 14 ธ.ค. 2567
  {
    re: new RegExp(`(?<!\\d)(\\d{1,2})(?:st|nd|rd|th|er|\\.)?\\s*(?:of\\s+|de\\s+)?(${MONTH_WORD_RE})\\.?,?\\s+(?:de\\s+|del\\s+)?(\\d{4})(?!\\d)`, 'gu'),
    pick: (m) => [+m[3], monthNumber(m[2]) ?? 0, +m[1]],
  },
  // 07.09.2025 / 07/09/2025: in the site's order (see numericDayMonth)
  { re: /(?<!\d)(\d{1,2})[./](\d{1,2})[./](\d{4})(?!\d)/, pick: (m, order) => { const [mo, d] = numericDayMonth(+m[1], +m[2], order); return [+m[3], mo, d]; } },
];

/**
 * How a site writes numeric dates such as 03/12/2024 (its site adapter says; see
 * site-adapters.ts): day first, month first (United States) or year first. Year-first sites write
 * a year-last date day first, as the rest of the world.
 */
export type DateOrder = 'dmy' | 'mdy' | 'ymd';

/**
 * [month, day] of "a/b/yyyy". A number over 12 can only be the day, whatever the site's habit;
 * otherwise the site's order decides.
 */
export function numericDayMonth(a: number, b: number, order: DateOrder = 'dmy'): [number, number] {
  if (a > 12 && b <= 12) return [b, a];
  if (b > 12 && a <= 12) return [a, b];
  return order === 'mdy' ? [a, b] : [b, a];
}

/** The first complete calendar day written in `s`, as ISO, or null; `order` reads numeric dates. */
export function parseDay(s: string | null | undefined, order: DateOrder = 'dmy'): string | null {
  if (!s) return null;
  let best: { index: number; day: string } | null = null;
  for (const { re, pick } of DATE_PATTERNS) {
    // A global pattern may match a word that is no month ("12 hours 2019"): the next match is tried.
    re.lastIndex = 0;
    for (let m = re.exec(s); m; m = re.global ? re.exec(s) : null) {
      const day = isoDay(...pick(m, order));
      if (!day) continue;
      if (!best || m.index < best.index) best = { index: m.index, day };
      break;
    }
  }
  return best?.day ?? null;
}
