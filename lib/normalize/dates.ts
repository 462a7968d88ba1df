// Calendar-day parsing. Never `new Date(partialString)`: engines disagree on partial strings, and a
// wrong guess here puts an event on the wrong day without anyone noticing.

export const MONTHS_EN: Record<string, number> = {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6,
  july: 7, jul: 7, august: 8, aug: 8, september: 9, sep: 9, sept: 9, october: 10, oct: 10,
  november: 11, nov: 11, december: 12, dec: 12,
};

export function isoDay(y: number, m: number, d: number): string | null {
  if (!Number.isInteger(y) || !Number.isInteger(m) || !Number.isInteger(d)) return null;
  if (y < 1900 || y > 2100 || m < 1 || m > 12 || d < 1 || d > 31) return null;
  const t = new Date(Date.UTC(y, m - 1, d));
  if (t.getUTCMonth() !== m - 1) return null; // 31 February and the like
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

const MONTH_NAME = Object.keys(MONTHS_EN).sort((a, b) => b.length - a.length).join('|');
const DATE_PATTERNS: { re: RegExp; pick: (m: RegExpExecArray) => [number, number, number] }[] = [
  // 2025-09-07, 2025/09/07, 2025.09.07, and ISO timestamps
  { re: /\b(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})\b/, pick: (m) => [+m[1], +m[2], +m[3]] },
  // 2023年1月19日
  { re: /(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/, pick: (m) => [+m[1], +m[2], +m[3]] },
  // September 1, 2025 / Sept. 1st 2025
  {
    re: new RegExp(`\\b(${MONTH_NAME})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, 'i'),
    pick: (m) => [+m[3], MONTHS_EN[m[1].toLowerCase()], +m[2]],
  },
  // 1 September 2025
  {
    re: new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(${MONTH_NAME})\\.?,?\\s+(\\d{4})\\b`, 'i'),
    pick: (m) => [+m[3], MONTHS_EN[m[2].toLowerCase()], +m[1]],
  },
  // 07.09.2025 / 07/09/2025: day first, as on most non-US sites
  { re: /\b(\d{1,2})[./](\d{1,2})[./](\d{4})\b/, pick: (m) => [+m[3], +m[2], +m[1]] },
];

/** The first complete calendar day written in `s`, as ISO, or null. */
export function parseDay(s: string | null | undefined): string | null {
  if (!s) return null;
  let best: { index: number; day: string } | null = null;
  for (const { re, pick } of DATE_PATTERNS) {
    const m = re.exec(s);
    if (!m) continue;
    const day = isoDay(...pick(m));
    if (day && (!best || m.index < best.index)) best = { index: m.index, day };
  }
  return best?.day ?? null;
}
