// Page text written to make rules slow: each shape repeats a piece the normaliser's rules anchor on
// (honorifics, enumerations, sentence ends, brackets, occasion cues, CJK offices, dates) until the
// text has the size asked for. Shared by the linear-time test and scripts/bench-hostile.mjs.
import { RAW_LIMITS, type RawCapture } from '../../lib/capture/raw-capture';

export interface HostileShape {
  name: string;
  make: (chars: number) => string;
}

const fill = (head: string, piece: string, tail: string, chars: number) => head + piece.repeat(Math.max(1, Math.floor((chars - head.length - tail.length) / piece.length))) + tail;

export const HOSTILE_SHAPES: HostileShape[] = [
  { name: '"His Excellency " before a name', make: (n) => fill('On 3 May ', 'His Excellency ', 'John Smith met the Minister.', n) },
  { name: '"Mr. " before a name', make: (n) => fill('On 3 May ', 'Mr. ', 'John Smith met the Minister.', n) },
  { name: '"Mr. John Smith and " enumeration', make: (n) => fill('The Ambassador met ', 'Mr. John Smith and ', 'the Minister on 3 May.', n) },
  { name: 'dots in one sentence', make: (n) => fill('The Ambassador met the Minister', '.', ' on 3 May', n) },
  { name: 'question marks in one sentence', make: (n) => fill('Did the Ambassador meet the Minister', '?', ' on 3 May', n) },
  { name: 'closing brackets', make: (n) => fill('The Ambassador (of the Republic', ')', ' met the Minister.', n) },
  { name: 'opening brackets', make: (n) => fill('The Ambassador ', '(', 'met the Minister.', n) },
  { name: '"marking " repeated', make: (n) => fill('A reception ', 'marking ', 'the national day was held.', n) },
  { name: 'em spaces after "to mark the day"', make: (n) => fill('A reception was held to mark the day', '\u2003', 'of independence.', n) },
  { name: '"部长王五" repeated', make: (n) => fill('5月3日，', '部长王五', '会见了大使。', n) },
  { name: '"外相" repeated', make: (n) => fill('5月3日、', '外相', 'は大使と会談した。', n) },
  { name: '"On 1 May" paragraphs', make: (n) => fill('', 'On 1 May the Minister met the Ambassador.\n\n', '', n) },
  { name: 'capitalised words without end', make: (n) => fill('The ', 'Grand ', 'Ambassador met the Minister.', n) },
  { name: 'commas in one enumeration', make: (n) => fill('Experts from ', 'Ministry of Trade, ', 'and others attended.', n) },
  { name: 'one word, no spaces', make: (n) => fill('', 'a', '', n) },
  { name: 'a city after a preposition, repeated', make: (n) => fill('On 3 May the Minister was ', 'in Lima in May 2019, ', 'and met the Ambassador.', n) },
  { name: 'commas before a city at a line end', make: (n) => fill('Headline 3.5.2019', ', ', 'Lima', n) },
  { name: 'Thai text without spaces', make: (n) => fill('เมื่อวันที่ 12 ธันวาคม 2567 ', 'ประชุมทีมประเทศไทย', 'ในนครซิดนีย์', n) },
  { name: 'digits and dashes', make: (n) => fill('From ', '1-2-', '3 May', n) },
];

/**
 * A capture whose article text is `text`; with `inTitle`, the headline and page title are `text`
 * too, clipped as readPage clips them (RAW_LIMITS): what a hostile page can make reach the normaliser.
 */
export function hostileCapture(text: string, inTitle = false): RawCapture {
  const title = inTitle ? text.slice(0, RAW_LIMITS.title) : 'Ambassador meets Minister';
  return {
    url: 'https://www.example.org/news/2025/05/hostile.html',
    canonicalUrl: null,
    lang: null,
    documentTitle: title.slice(0, RAW_LIMITS.documentTitle),
    meta: [],
    jsonLd: [],
    breadcrumb: [],
    headlines: [title.slice(0, RAW_LIMITS.line)],
    dateLines: [],
    siteHeader: null,
    copyright: null,
    article: { title, byline: null, excerpt: null, siteName: null, publishedTime: null, lang: null, text, linkDensity: 0 },
    truncated: false,
    elapsedMs: 0,
  };
}
