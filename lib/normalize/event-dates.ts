// Which of the days a press release mentions is the day of the event it reports. The publication
// date is only a reference for relative and year-less mentions: it is never copied as the event day.
import type { EventType } from '../record-schema';
import { type DateOrder, addDays, daysBetween, isoDay, weekdayOf } from './dates';
import { type DateMention, findDateMentions } from './date-mentions';
import { type Span, contentEnd, paragraphs, sentences } from './sentences';
import { typeKeywords } from './event-type';

export interface EventDatesInput {
  text: string;
  title: string | null;
  publishedDate: string | null;
  type: EventType;
  /** Years the page states outside the article (a breadcrumb "2011"). */
  contextYears?: number[];
  /** A year implied by an anniversary the text names ("70th anniversary of the founding of ..."). */
  anniversaryYear?: number | null;
  /** How the site writes numeric dates (03/12/2024); day first when unknown. */
  dateOrder?: DateOrder;
}

export interface EventDates {
  start: string | null;
  end: string | null;
  /** The mention the start was read from; offsets into the text, or -1 when read from the title. */
  evidence: { quote: string; start: number; end: number } | null;
}

/** Types whose page is the record of the event itself, so its own date line dates the event. */
const TRANSCRIPT_TYPES = new Set<EventType>(['interview', 'speech', 'press-conference']);
/** Spans longer than this are terms, festivals or project runs, not the event (exhibitions excepted). */
const MAX_EVENT_DAYS = 14;

const DATE_LABEL = /\b(published|updated|last (updated|modified)|posted|date|datum|fecha|artikel|pressemitteilung|dernière modification|mis à jour|release|readout|unique id|hit|views?)\b|发布时间|来源|[:：|\-–—,]|\b\d{1,2}:\d{2}\b/gi;
/** Record identifiers such as "210924_20" or "UNIQUE"; case matters, so kept apart from the labels. */
const ID_LIKE = /\b[A-Z0-9_]{6,}\b|\b\d[\d_]{4,}\b/g;

/** A paragraph that only dates the page ("Published 11 October 2012", "Tanzania, 24/09/2021 - 21:41"). */
export function isDateLine(p: Span, mentions: DateMention[]): boolean {
  const inside = mentions.filter((m) => m.start >= p.start && m.end <= p.end && m.rel === undefined && m.weekday === undefined);
  if (!inside.length || p.text.length > 100) return false;
  let rest = p.text;
  for (const m of inside) rest = rest.replace(m.quote, ' ');
  const cleaned = rest.replace(DATE_LABEL, ' ').replace(ID_LIKE, ' ');
  const words = cleaned.split(/\s+/).filter((w) => /\p{L}{2,}/u.test(w));
  // Chinese and Japanese write sentences without spaces: count their characters instead.
  const cjk = (cleaned.match(/[\u3040-\u30ff\u3400-\u9fff]/g) ?? []).length;
  return words.length <= 3 && cjk <= 8;
}

/** "06.07.2018 - Artikel…": a date glued to the front of the text, set off by a dash, not a comma. */
function isLeadingStamp(m: DateMention, text: string): boolean {
  return m.start <= 2 && /^\s*(?:\d{1,2}:\d{2}\s*)?[-–|]/.test(text.slice(m.end, m.end + 12));
}

const EXCLUDE_BEFORE = /(?:until|till|by|before|since|after|prior to|seit|depuis|desde|hasta|jusqu[’']?(?:au)?|bis(?: zum)?|ab|ahead of|\[)\s*(?:the\s+)?$/i;
const UNTIL_BEFORE = /(?:until|till|through|jusqu[’']?(?:au)?|hasta(?: el)?|bis(?: zum)?)\s*(?:the\s+)?$/i;
const SENTENCE_LEAD = /^(?:[\p{Lu}][\p{L}\s.'’-]{0,30},\s*)?(?:\d+\.\s*)?(?:(?:on|le|el|am|en|in|at|dans)\s+)?(?:(?:the\s+)?(?:morning|afternoon|evening|night)\s+of\s+)?$/iu;

interface Resolved {
  mention: DateMention;
  start: string;
  end: string | null;
  score: number;
  para: number;
  initial: boolean;
}

export function eventDates(input: EventDatesInput): EventDates {
  const none: EventDates = { start: null, end: null, evidence: null };
  try {
    return pick(input) ?? none;
  } catch {
    // A malformed page must still yield a record; an unknown date is the honest answer.
    return none;
  }
}

function pick(input: EventDatesInput): EventDates | null {
  const { text, publishedDate: ref } = input;
  const bodyEnd = contentEnd(text);
  const body = text.slice(0, bodyEnd);
  const mentions = findDateMentions(body, 0, input.dateOrder);
  const paras = paragraphs(body);
  const dateLineParas = new Set(paras.filter((p) => isDateLine(p, mentions)).map((p) => p.start));
  const sents = sentences(body);
  const keywords = typeKeywords(input.type);
  const exhibition = input.type === 'exhibition';

  // Content paragraphs are ranked by order, skipping date lines and one-line labels.
  const rankOf = new Map<number, number>();
  let rank = 0;
  paras.forEach((p, i) => {
    if (dateLineParas.has(p.start) || p.text.length < 25) return;
    rankOf.set(i, rank++);
  });

  /** Early paragraphs, a mention opening its sentence, and the sentence naming the event rank first. */
  const scoreOf = (m: DateMention, pIndex: number, s: Span | undefined, initial: boolean) => {
    const r = rankOf.get(pIndex);
    let score = r === undefined ? 0 : Math.max(0, 3 - r);
    if (initial) score += 3;
    if (s && keywords && keywords.test(s.text)) score += 3;
    if (m.rel !== undefined || m.weekday !== undefined) score += 1;
    return score;
  };
  const candidates: Resolved[] = [];
  let unresolved: { score: number; mention: DateMention } | null = null;
  let lastYear: number | null = null;
  let until: { day: string; m: DateMention } | null = null;
  for (const m of mentions) {
    const pIndex = paras.findIndex((p) => m.start >= p.start && m.end <= p.end);
    const para = paras[pIndex];
    const yearHint = lastYear;
    if (m.y !== null) lastYear = m.y;
    if (!para || dateLineParas.has(para.start) || isLeadingStamp(m, text)) continue;
    const before = body.slice(Math.max(0, m.start - 16), m.start);
    const day = resolve(m, ref, yearHint, input);
    const s = sents.find((x) => m.start >= x.start && m.end <= x.end);
    const initial = SENTENCE_LEAD.test(s ? body.slice(s.start, m.start) : '');
    if (!day) {
      // "held a press briefing today" on a page with no date line: the event's own day is unknown,
      // and the days of the visits it reports on are not it.
      if (m.rel !== undefined || m.weekday !== undefined) {
        const score = scoreOf(m, pIndex, s, initial);
        if (!unresolved || score > unresolved.score) unresolved = { score, mention: m };
      }
      continue;
    }
    if (UNTIL_BEFORE.test(before)) {
      until ??= { day: day.start, m };
      continue;
    }
    if (EXCLUDE_BEFORE.test(before)) continue;
    if (day.end && daysBetween(day.start, day.end) > MAX_EVENT_DAYS && !exhibition) continue;
    candidates.push({ mention: m, start: day.start, end: day.end, score: scoreOf(m, pIndex, s, initial), para: pIndex, initial });
  }

  // A full date in the headline names the event ("Press Conference of 3 November 2022").
  if (input.title) {
    for (const m of findDateMentions(input.title, 0, input.dateOrder)) {
      if (m.y === null || m.d === null || m.m === null) continue;
      const start = isoDay(m.y, m.m, m.d);
      if (!start) continue;
      const end = m.end2 ? isoDay(m.end2.y ?? m.y, m.end2.m ?? m.m, m.end2.d) : null;
      return { start, end: end && end > start ? end : null, evidence: { quote: m.quote, start: -1, end: -1 } };
    }
  }

  if (!candidates.length) {
    if (TRANSCRIPT_TYPES.has(input.type)) {
      // The transcript's own date line is the day the words were spoken.
      for (const m of mentions) {
        const para = paras.find((p) => m.start >= p.start && m.end <= p.end);
        if (!para || !dateLineParas.has(para.start) || m.y === null || m.m === null || m.d === null) continue;
        const start = isoDay(m.y, m.m, m.d);
        if (start) return { start, end: null, evidence: { quote: m.quote, start: m.start, end: m.end } };
      }
    }
    if (exhibition && until) return null;
    return null;
  }
  const best = candidates.reduce((a, b) => (b.score > a.score ? b : a));
  // The evidence still says which mention dates the event, so a place is not taken from another day's sentence.
  if (unresolved && unresolved.score > best.score) return { start: null, end: null, evidence: quoteOf(unresolved.mention) };
  let start = best.start;
  let end = best.end;
  // "On August 3, … On August 4, …": consecutive days of one programme in the same paragraph.
  if (best.initial && !best.end) {
    for (const c of candidates) {
      if (c === best || c.para !== best.para || !c.initial || c.end) continue;
      const gap = Math.abs(daysBetween(best.start, c.start));
      if (gap < 1 || gap > 7) continue;
      if (c.start < start) start = c.start;
      if (c.start > (end ?? best.start)) end = c.start;
    }
    if (start < best.start && !end) end = best.start;
  }
  if (!end && exhibition && until) {
    // "open until May 5th", with no year: the next such day after the opening, not the last one.
    let last = until.day;
    if (last <= start && until.m.y === null) last = isoDay(Number(last.slice(0, 4)) + 1, Number(last.slice(5, 7)), Number(last.slice(8, 10))) ?? last;
    if (last > start && daysBetween(start, last) <= 400) end = last;
  }
  return { start, end: end && end > start ? end : null, evidence: quoteOf(best.mention) };
}

const quoteOf = (m: DateMention) => ({ quote: m.quote, start: m.start, end: m.end });

function resolve(m: DateMention, ref: string | null, yearHint: number | null, input: EventDatesInput): { start: string; end: string | null } | null {
  if (m.rel !== undefined) return ref ? { start: addDays(ref, m.rel), end: null } : null;
  if (m.weekday !== undefined) {
    if (!ref) return null;
    const back = (weekdayOf(ref) - m.weekday + 7) % 7;
    return { start: addDays(ref, -back), end: null };
  }
  if (m.d === null) return null;
  let month = m.m;
  let year = m.y;
  if (month === null) {
    // 本22日: the reference month, or the one before when the day has not come yet.
    if (!ref) return null;
    const [ry, rm, rd] = ref.split('-').map(Number);
    month = m.d > rd ? (rm === 1 ? 12 : rm - 1) : rm;
    year = m.d > rd && rm === 1 ? ry - 1 : ry;
  }
  if (year === null) year = yearFor(m, month, ref, yearHint, input);
  if (year === null) return null;
  const start = isoDay(year, month, m.d);
  if (!start) return null;
  let end: string | null = null;
  if (m.end2) {
    const ey = m.end2.y ?? year;
    const em = m.end2.m ?? month;
    end = isoDay(ey, em, m.end2.d);
    if (end && end < start) end = isoDay(ey + 1, em, m.end2.d);
  }
  return { start, end };
}

function yearFor(m: DateMention, month: number, ref: string | null, yearHint: number | null, input: EventDatesInput): number | null {
  if (yearHint !== null) return yearHint;
  if (ref) {
    const ry = Number(ref.slice(0, 4));
    const guess = isoDay(ry, month, m.d ?? 1);
    if (!guess) return ry;
    const ahead = daysBetween(ref, guess);
    // "el pasado 10 de octubre" never lies after the page; other days may be announced a little ahead.
    if ((m.past && ahead > 0) || ahead > 60) return ry - 1;
    return ry;
  }
  const ctx = input.contextYears?.find((y) => y >= 1900 && y <= 2100);
  if (ctx) return ctx;
  return input.anniversaryYear ?? null;
}
