// What the evidence box shows for a focused field: the quote, and when the quote sits in the article
// text, the sentence around it so the reviewer can judge the value without leaving the popup.
import type { EventRecord, Evidence } from '../record-schema';

export interface EvidenceView {
  path: string;
  quote: string;
  /** The surrounding sentence split around the quote; null when the value came from page metadata. */
  sentence: { before: string; match: string; after: string } | null;
}

const MAX_CONTEXT = 280;

/** Evidence for `path`; a participant row falls back to the evidence of the whole list. */
export function evidenceFor(record: EventRecord, path: string): EvidenceView | null {
  let key = path;
  let evidence: Evidence | undefined = record.evidence[path];
  if (!evidence && /^event\.participants\.\d+$/.test(path)) {
    key = 'event.participants';
    evidence = record.evidence[key];
  }
  if (!evidence) return null;
  return { path: key, quote: evidence.quote, sentence: sentenceAround(record.text, evidence.start, evidence.end) };
}

/** The sentence (or sentences) holding text[start, end), clipped to a readable length. */
export function sentenceAround(text: string, start: number, end: number): EvidenceView['sentence'] {
  if (start < 0 || end < start || end > text.length) return null;
  let from = start;
  while (from > 0 && start - from < MAX_CONTEXT && !endsSentence(text, from - 1)) from--;
  let to = end;
  while (to < text.length && to - end < MAX_CONTEXT && !(to > start && endsSentence(text, to - 1))) to++;
  const before = text.slice(from, start).trimStart();
  const after = text.slice(end, to).trimEnd();
  return {
    before: (from > 0 && !endsSentence(text, from - 1) ? '…' : '') + before,
    match: text.slice(start, end),
    after: after + (to < text.length && !endsSentence(text, to - 1) ? '…' : ''),
  };
}

/** True when text[i] closes a sentence: a line break, or . ! ? (also 。！？) followed by space or the end. */
function endsSentence(text: string, i: number): boolean {
  const c = text[i];
  if (c === '\n') return true;
  if ('。！？'.includes(c)) return true;
  if (!'.!?'.includes(c)) return false;
  const next = text[i + 1];
  if (next !== undefined && !/\s/.test(next)) return false;
  // "H.E. Mr. Tanaka" is one sentence: a short capitalised word before a full stop is a title, not an end.
  const word = /(\S+)$/.exec(text.slice(Math.max(0, i - 6), i))?.[1] ?? '';
  return !(c === '.' && word.length > 0 && word.length <= 3 && /^\p{Lu}/u.test(word));
}
