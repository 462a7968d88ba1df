// Every way a press release writes a day, found with its offsets. A mention may lack its year or
// month ("on May 23", 本22日) or be relative ("yesterday"); event-dates.ts resolves those against
// the page's context. Nothing here builds a Date from a partial string.
import { type DateOrder, MONTHS_EN, MONTH_WORD_RE, monthNumber, numericDayMonth } from './dates';

export interface DateMention {
  start: number;
  end: number;
  quote: string;
  y: number | null;
  /** null only for day-of-month mentions such as 本22日, which take the reference month. */
  m: number | null;
  d: number | null;
  /** Last day of a written range ("25-27", "from 3 to 5 May"). */
  end2?: { y: number | null; m: number | null; d: number };
  /** Days relative to the reference day ("yesterday" = -1). */
  rel?: number;
  /** 0 = Sunday: "on Tuesday" means the last such day on or before the reference day. */
  weekday?: number;
  /** "el pasado 10 de octubre", "last May 3": on or before the reference day. */
  past?: boolean;
}

const ORD = '(?:st|nd|rd|th)?';
const NOT_LETTER = '(?![\\p{L}])';
/** English weekdays, capitalised or not (the patterns have no i flag). */
const WEEKDAY_EN_CASED = '(?:[Mm]on|[Tt]ues|[Ww]ednes|[Tt]hurs|[Ff]ri|[Ss]atur|[Ss]un)day';
const WEEKDAYS: Record<string, number> = {
  sunday: 0, monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6,
  dimanche: 0, lundi: 1, mardi: 2, mercredi: 3, jeudi: 4, vendredi: 5, samedi: 6,
  sonntag: 0, montag: 1, dienstag: 2, mittwoch: 3, donnerstag: 4, freitag: 5, samstag: 6,
  domingo: 0, lunes: 1, martes: 2, miércoles: 3, miercoles: 3, jueves: 4, viernes: 5, sábado: 6, sabado: 6,
};
const ERAS: Record<string, number> = { 令和: 2018, 平成: 1988, 昭和: 1925 };

type Build = (m: RegExpExecArray, order: DateOrder) => Omit<DateMention, 'start' | 'end' | 'quote'> | null;
const num = (s: string | undefined) => (s === undefined ? null : Number(s));

const PATTERNS: { re: RegExp; build: Build }[] = [
  // Japanese era dates: 令和元年10月22日
  {
    re: /(令和|平成|昭和)\s*(元|\d{1,2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/gu,
    build: (m) => ({ y: ERAS[m[1]] + (m[2] === '元' ? 1 : +m[2]), m: +m[3], d: +m[4] }),
  },
  // 2023年1月19日, 1月19日, 3月25日至27日
  {
    re: /(?:(\d{4})\s*年\s*)?(\d{1,2})\s*月\s*(\d{1,2})\s*日(?:\s*[-–~〜至到]\s*(?:(\d{1,2})\s*月\s*)?(\d{1,2})\s*日)?/gu,
    build: (m) => ({
      y: num(m[1]), m: +m[2], d: +m[3],
      ...(m[5] ? { end2: { y: num(m[1]), m: m[4] ? +m[4] : +m[2], d: +m[5] } } : {}),
    }),
  },
  // 本22日 / 同22日: the 22nd of the reference month
  { re: /(?:本|同|本月|今月)(\d{1,2})\s*日/gu, build: (m) => ({ y: null, m: null, d: +m[1] }) },
  // ISO and numeric days
  { re: /(?<![\d.])(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?![\d])/g, build: (m) => ({ y: +m[1], m: +m[2], d: +m[3] }) },
  {
    re: /(?<![\d.])(\d{1,2})[./](\d{1,2})[./](\d{4})(?!\d)/g,
    build: (m, order) => {
      const [mo, d] = numericDayMonth(+m[1], +m[2], order);
      return { y: +m[3], m: mo, d };
    },
  },
  // Tuesday, March 12, 2024 / Sept 25-27, 2008 / October 11th. Month words are looked up, not
  // spelled out, and the pattern has no i flag: both made every start compile for milliseconds.
  {
    re: new RegExp(
      `(?:${WEEKDAY_EN_CASED},?\\s+)?(?<![\\p{L}\\p{M}])(${MONTH_WORD_RE})${NOT_LETTER}\\.?\\s+(\\d{1,2})${ORD}(?!\\d)(?:\\s*[-–—]\\s*(\\d{1,2})${ORD}(?!\\d))?(?:,?\\s+(\\d{4})(?!\\d))?`,
      'gu',
    ),
    build: (m) => {
      const month = MONTHS_EN[m[1].toLowerCase().replace(/\.$/, '')] ?? null;
      if (month === null) return null;
      return { y: num(m[4]), m: month, d: +m[2], ...(m[3] ? { end2: { y: num(m[4]), m: month, d: +m[3] } } : {}) };
    },
  },
  // 20 November 2017, from 3 to 5 May, le 26 octobre 2023, am 12. März 2024, 10 de octubre, 19 января
  // 2023 г., 26. elokuuta 2013, 10-12 ธันวาคม 2567: any language's month, looked up ("3 hours" is none).
  {
    re: new RegExp(
      `(?:(?:${WEEKDAY_EN_CASED}|[Ll]undi|[Mm]ardi|[Mm]ercredi|[Jj]eudi|[Vv]endredi|[Ss]amedi|[Dd]imanche|[Mm]ontag|[Dd]ienstag|[Mm]ittwoch|[Dd]onnerstag|[Ff]reitag|[Ss]amstag|[Ss]onntag),?\\s+(?:den\\s+)?)?(?<![\\d.])(\\d{1,2})(?:st|nd|rd|th|er|º|\\.)?(?:\\s*(?:-|–|—|to|and|au|et|al|y|bis|à)\\s*(\\d{1,2})(?:st|nd|rd|th|er|º|\\.)?)?\\s*(?:of\\s+|de\\s+)?(?<![\\p{L}\\p{M}])(${MONTH_WORD_RE})(?![\\p{L}\\p{M}])\\.?(?:,?\\s+(?:de\\s+|del\\s+)?(\\d{4})(?!\\d)(?:\\s*(?:г\\.|года))?)?`,
      'gu',
    ),
    build: (m) => {
      const month = monthNumber(m[3]);
      if (month === null) return null;
      return { y: num(m[4]), m: month, d: +m[1], ...(m[2] ? { end2: { y: num(m[4]), m: month, d: +m[2] } } : {}) };
    },
  },
  // Relative days
  {
    re: /(?<![\p{L}])(yesterday|today|tonight|last night|this (?:morning|afternoon|evening)|hier|aujourd[’']hui|gestern|heute|ayer|hoy|昨日|昨天|今天|今日|本日)(?![\p{L}])/giu,
    build: (m) => ({ y: null, m: null, d: null, rel: /^(yesterday|last night|hier|gestern|ayer|昨日|昨天)$/i.test(m[1]) ? -1 : 0 }),
  },
  {
    re: /(?<![\p{L}])(?:on|last|this past|am|le|el)\s+(monday|tuesday|wednesday|thursday|friday|saturday|sunday|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lunes|martes|miércoles|jueves|viernes|sábado|domingo)(?![\p{L}])(?!,?\s*(?:den\s+)?\d)(?!\s+\d)(?!,?\s+\p{L}+\.?\s+\d)/giu,
    build: (m) => ({ y: null, m: null, d: null, weekday: WEEKDAYS[m[1].toLowerCase()] }),
  },
];

const PAST_BEFORE = /(?:pasado|last|dernier|letzten|vergangenen|passé)\s*$/i;

/**
 * All date mentions in `text`, in order, overlapping matches resolved to the longest; `order` is how
 * the site writes numeric dates (03/12/2024).
 */
export function findDateMentions(text: string, offset = 0, order: DateOrder = 'dmy'): DateMention[] {
  const found: DateMention[] = [];
  for (const { re, build } of PATTERNS) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const b = build(m, order);
      if (!b) continue;
      if (b.m !== null && (b.m < 1 || b.m > 12)) continue;
      const before = text.slice(Math.max(0, m.index - 12), m.index);
      found.push({ ...b, start: m.index + offset, end: m.index + m[0].length + offset, quote: m[0], ...(PAST_BEFORE.test(before) ? { past: true } : {}) });
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: DateMention[] = [];
  for (const f of found) {
    const last = out[out.length - 1];
    if (last && f.start < last.end) continue;
    out.push(f);
  }
  return mergeRanges(out, text, offset);
}

// "from July 14 through August 6", "vom 1. bis zum 5. Juli": two mentions joined by a range word.
const RANGE_GAP = /^\s*(?:-|–|—|to|through|thru|until|till|and|bis(?:\s+zum)?|au|al|hasta(?:\s+el)?|à|~|〜|至|到)\s*$/i;

function mergeRanges(ms: DateMention[], text: string, offset: number): DateMention[] {
  const out: DateMention[] = [];
  for (let i = 0; i < ms.length; i++) {
    const a = ms[i], b = ms[i + 1];
    if (b && !a.end2 && a.d !== null && b.d !== null && a.rel === undefined && b.rel === undefined
      && RANGE_GAP.test(text.slice(a.end - offset, b.start - offset))) {
      const y = a.y ?? b.y;
      out.push({ ...a, y, end: b.end, quote: text.slice(a.start - offset, b.end - offset), end2: { y: b.y ?? y, m: b.m ?? a.m, d: b.d } });
      i++;
    } else out.push(a);
  }
  return out;
}
