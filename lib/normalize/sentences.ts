import { monthNumber } from './dates';

// Paragraphs and sentences of the article text with their offsets, so every extractor can point its
// evidence at the exact place in record.text.

export interface Span {
  text: string;
  start: number;
  end: number;
}

export interface Sentence extends Span {
  /** Index of the paragraph the sentence belongs to. */
  para: number;
  /** Index of the sentence within its paragraph. */
  index: number;
}

export function paragraphs(text: string): Span[] {
  const out: Span[] = [];
  const re = /[^\n]+(?:\n(?!\n)[^\n]*)*/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const raw = m[0];
    const lead = raw.length - raw.trimStart().length;
    const t = raw.trim();
    if (t) out.push({ text: t, start: m.index + lead, end: m.index + lead + t.length });
  }
  return out;
}

// Words after which a full stop does not end a sentence (titles, initials, abbreviated months).
const ABBREVIATION = /(?:\b(?:Mr|Mrs|Ms|Mme|Mlle|Dr|Prof|St|Sr|Jr|No|Nos|Vol|Sen|Rep|Gen|Maj|Brig|Adm|Col|Lt|Capt|Gov|Rev|Hon|Excl|Amb|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|vs|etc|i\.e|e\.g|a\.i|approx|S\.E|S\.M|H\.E|U\.S|U\.K|U\.N|Sra|Sres|Dña|Excmo|Excma)|\b\p{Lu}|\d)$/u;

const ORDINAL_NEXT_WORD = /^\s*([\p{L}\p{M}][\p{L}\p{M}.]*)/u;
/** "am 12. März", "26. elokuuta", "3. Jahrestag": the word after an ordinal's dot continues the sentence. */
function ordinalNext(s: string): boolean {
  const w = ORDINAL_NEXT_WORD.exec(s)?.[1];
  return !!w && (monthNumber(w) !== null || /^(?:Jahrestag|Halbjahr|Mal|Quartal)/iu.test(w));
}

export function sentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  paragraphs(text).forEach((p, para) => {
    let from = 0;
    let index = 0;
    const push = (to: number) => {
      const slice = p.text.slice(from, to);
      const lead = slice.length - slice.trimStart().length;
      const t = slice.trim();
      if (t) out.push({ text: t, start: p.start + from + lead, end: p.start + from + lead + t.length, para, index: index++ });
      from = to;
    };
    // A run of stops is matched whole or not at all, from its first stop only (the lookbehind, and
    // the lookahead-capture that stands for an atomic group): "......" of any length is one attempt,
    // not one per stop, each backtracking through the rest. Linear on hostile text.
    const re = /(?<![.!?。！？])(?=([.!?。！？]+))\1["”’»)]?(?=\s+["“«(]?[\p{Lu}\p{N}\p{Lo}]|\s*$)|[。！？]/gu;
    for (let m = re.exec(p.text); m; m = re.exec(p.text)) {
      const before = p.text.slice(Math.max(0, m.index - 12), m.index);
      if (/^\.\)?$/.test(m[0]) && ABBREVIATION.test(before)) {
        // "August 6. On …" ends a sentence; "am 12. März" and "No. 5" do not.
        const next = p.text.slice(m.index + 1, m.index + 16);
        if (!(/\b\d{1,2}$/.test(before) && !ordinalNext(next))) continue;
      }
      push(m.index + m[0].length);
    }
    push(p.text.length);
  });
  return out;
}

/** Headings after which a page lists other articles, tags or sharing links, not this article. */
const TRAILER = /^(related (articles|news|content|stories|links)|more news|see also|tags|share( this( page| article)?)?|updates to this page|latest news|read more|print|attachment|compartir|artículos relacionados|noticias relacionadas|à lire aussi|voir aussi|verwandte themen|mehr zum thema|nach oben|相关新闻|相关链接|関連リンク)\s*:?$/i;

/** The article's own paragraphs: everything before the first "Related Articles"-style trailer. */
export function contentEnd(text: string): number {
  for (const p of paragraphs(text)) if (TRAILER.test(p.text)) return p.start;
  return text.length;
}
