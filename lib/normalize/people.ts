// The named people who took part, each with the honorific written before the name (`title`) kept
// apart from the office they hold (`position`). One person named several ways ("Ambassador Hao Min",
// "Ambassador Hao") is one participant. People only mentioned ("the State Visit of His Majesty …",
// "attributable to Spokesperson …") are left out.
import type { EventType, Participant, ParticipantRole } from '../record-schema';
import {
  CHINESE_SURNAMES, CJK_OFFICES, FUNCTION_WORDS, HONORIFICS_AT_START, JA_OFFICES, NAME_PARTICLES, PLACE_NAMES, QUALIFIERS,
  RANK_WORDS, STOP_WORDS, VENUE_WORDS, isOfficeWord, isPinyinGiven, isPlaceWord, isVocab,
} from './people-vocab';
import { inflectedCountryCode } from './cldr-countries';
import { type Sentence, paragraphs, sentences } from './sentences';
import { typeKeywords } from './event-type';

export interface FoundParticipant extends Participant {
  evidence: { quote: string; start: number; end: number };
}

export interface PeopleInput {
  title: string | null;
  text: string;
  type: EventType;
}

interface Mention {
  name: string;
  title: string | null;
  position: string | null;
  /** Offsets into the text; -1 for mentions in the title. */
  start: number;
  end: number;
  fromTitle: boolean;
  role: ParticipantRole | null;
  /** A bare surname that may only join a person already found. */
  surnameOnly: boolean;
}

const ROMAN_NUMERAL = /^(?:II|III|IV|VI|VII|VIII)$/;
const HON_ALT_SRC = HONORIFICS_AT_START.source.slice(1); // same alternation, unanchored
const HON_AT_END = new RegExp(`(?:^|(?<=[\\s,;:(“"]))(?:${HON_ALT_SRC.replace(/^\(\?:\(\?:/, '(?:(?:')})$`, 'u');
/** The honorifics a text ends with ("… met H.E. Mr. "), read from its last 80 characters: no chain of titles is longer. */
function honorificsAtEnd(s: string): RegExpExecArray | null {
  const from = s.length > 80 ? s.indexOf(' ', s.length - 80) + 1 : 0;
  const m = HON_AT_END.exec(from > 0 ? s.slice(from) : s);
  if (m && from > 0) m.index += from;
  return m;
}
const MENTION_ONLY_BEFORE = /(?:\bof|\bde|\bd[’']|\bdel|\bde la|\bdes|\bdu|attributable to|according to|courtesy of|photo:?|©)(?:\s+(?:his|her|the|la|el|le|les|los|las))?\s*$/iu;
const INTERVIEW_BEFORE = /(?:interview(?:ed)?\s+(?:with|by)|entrevista\s+(?:con|a)|entretien avec|interview mit)\s*$/iu;
const ROMANCE = /(?<![\p{L}])(?:du|des|del|de la|et|y|le|la|los|las|el)(?![\p{L}])/giu;
const ENGLISH = /(?<![\p{L}])(?:of|the|and|to|with|for)(?![\p{L}])/giu;

/**
 * How far before and after a name the rules look for its honorific, office and role. Offices run to
 * a few dozen words at most; bounding the look keeps the work per name constant, so a sentence of
 * 200,000 characters (hostile text) costs time linear in its length, not in its length squared.
 */
const BEFORE_NAME = 200;
const AFTER_NAME = 320;
/** Mentions read per page: a press release names a few dozen people; a page of thousands is hostile. */
const MAX_MENTIONS = 300;

const isCap = (w: string) => /^[“"(‘']?\p{Lu}/u.test(w);
const stripPunct = (w: string) => w.replace(/^[“"(‘']+/, '').replace(/[”"’')\],.;:!?]+$/, '');
const isInitial = (w: string) => /^(?:\p{Lu}\.)+\p{Lu}?\.?$|^\p{Lu}\.$/u.test(w) || /^\p{Lu}(?:\.\p{Lu})+$/u.test(w);

interface Tok {
  raw: string;
  core: string;
  start: number;
  end: number;
  /** Punctuation right after the word (",", "." …), which ends a name. */
  after: string;
}

function tokens(s: string, offset: number): Tok[] {
  const out: Tok[] = [];
  const re = /\S+/g;
  for (let m = re.exec(s); m; m = re.exec(s)) {
    const raw = m[0];
    const lead = /^[“"(‘']*/.exec(raw)![0].length;
    let core = raw.slice(lead);
    let after = '';
    const tail = /(?:[’']s)?[”"’')\],.;:!?]*$/.exec(core)![0];
    if (tail && !(isInitial(core) && /^\.?$/.test(tail.replace(/[^.]/g, '')) && !/[,;:]/.test(tail))) {
      core = core.slice(0, core.length - tail.length);
      after = tail;
      // "Fairweather’s": the possessive belongs to the name's end, not to a following word.
      if (/^[’']s/.test(tail)) after = tail.slice(2);
    }
    if (!core) continue;
    out.push({ raw, core, start: offset + m.index + lead, end: offset + m.index + lead + core.length, after });
  }
  return out;
}

/** A word that can be part of a person's name. */
function nameWord(t: Tok, next?: Tok): boolean {
  const w = t.core;
  // "He Jianguo": a surname that is also an English word, followed by a pinyin given name.
  if (next && CHINESE_SURNAMES.has(w.toLowerCase()) && /^\p{Lu}/u.test(w) && isCap(next.core) && isPinyinGiven(next.core) && !isVocab(next.core)) return true;
  if (/^(?:H\.\s?E|S\.\s?E|S\.\s?M)\.?$/.test(w)) return false;
  if (isInitial(w)) return true;
  // "Omar al-Harbi", "Nadia el-Masri": an Arabic article joined to a capitalised surname.
  if (/^(?:al|el|ad|an|ar|as|ash|at|az|ul)-\p{Lu}\p{Ll}+$/u.test(w)) return true;
  if (!isCap(w) || w.length < 2 || isVocab(w)) return false;
  if (/\d/.test(w)) return false;
  if (HONORIFICS_AT_START.test(`${w} `) && HONORIFICS_AT_START.exec(`${w} `)![0].trim() === w) return false;
  // An abbreviated rank ("Gen.", "Lt.") is an honorific, with its full stop.
  const raw = t.raw.replace(/[,;:]+$/, '');
  if (raw !== w && HONORIFICS_AT_START.exec(`${raw} `)?.[0].trim() === raw) return false;
  return true;
}

function isRomance(s: string): boolean {
  return (s.match(ROMANCE)?.length ?? 0) > (s.match(ENGLISH)?.length ?? 0);
}

/** Office phrase ending right before `end` in `s` (no comma between), walking back over its words. */
function positionBefore(s: string, romance: boolean): string | null {
  const words = s.trimEnd().split(/\s+/);
  const lastWord = words[words.length - 1] ?? '';
  if (!words.length || /[,;:.]$/.test(lastWord) && !/^(?:\p{Lu}\.)+$/u.test(lastWord) && !STATUS_MARK.test(lastWord)) return null;
  const kept: string[] = [];
  for (let i = words.length - 1; i >= 0; i--) {
    const w = words[i];
    if (!w) break;
    if (i < words.length - 1 && /[,;:]$/.test(w)) break;
    if (STATUS_MARK.test(w) && !/[,;:]$/.test(w)) {
      kept.unshift(w);
      continue;
    }
    const core = stripPunct(w);
    const lower = core.toLowerCase();
    if (STOP_WORDS.has(lower) && !FUNCTION_WORDS.has(lower) && !isOfficeWord(core)) break;
    const lowerRomance = romance && /^[\p{Ll}’'-]+$/u.test(core) && core.length > 1 && !FUNCTION_WORDS.has(lower) && !isOfficeWord(core) && !QUALIFIERS.has(lower);
    const ok = isCap(core) || FUNCTION_WORDS.has(lower) || core === '&' || isOfficeWord(core) || lowerRomance || /^d[’']\p{Lu}/u.test(core);
    if (!ok) break;
    // Lowercase words belong to an office only between its noun and the name ("ministra de
    // Relaciones …"); before the noun they are the sentence's ("… hizo entrega al Ministro").
    if (lowerRomance && kept.some((k) => isOfficeWord(stripPunct(k)))) break;
    // "el propio Embajador y el Ministro …": a conjunction followed by an article starts a new phrase.
    if (/^(?:y|and|et|und)$/i.test(core) && kept.length && /^(?:el|la|los|las|the|le|les|der|die)$/i.test(stripPunct(kept[0]))) break;
    kept.unshift(w);
    if (/^[.!?]$/.test(w)) break;
  }
  // "Botschafter Jakobs für die Unterstützung": a phrase ending in an article is not an office before a name.
  if (kept.length && FUNCTION_WORDS.has(stripPunct(kept[kept.length - 1]).toLowerCase())) return null;
  // Drop leading articles, prepositions and words that are not part of an office.
  while (kept.length && (FUNCTION_WORDS.has(stripPunct(kept[0]).toLowerCase()) || /^(?:a|an|por|by|with|avec|con|mit|including|such|as)$/i.test(stripPunct(kept[0])))) kept.shift();
  const firstOffice = kept.findIndex((w) => isOfficeWord(stripPunct(w)));
  if (firstOffice < 0) return null;
  // Only qualifiers, place words and capitalised words may precede the office noun.
  let from = firstOffice;
  while (from > 0 && (isCap(stripPunct(kept[from - 1])) || QUALIFIERS.has(stripPunct(kept[from - 1]).toLowerCase()))) from--;
  const phrase = kept.slice(from).join(' ').replace(/[,;:]$/, '').trim();
  // A lowercase phrase is an office only in a Romance sentence or when it opens with its office noun
  // ("utenriksminister Ola Nordvik", "the foreign minister" is not: it opens with a qualifier).
  if (!phrase || (/^\p{Ll}/u.test(phrase) && !romance && !isOfficeWord(stripPunct(phrase.split(/\s+/)[0])))) return null;
  return phrase;
}

/** Office phrase after a name: ", Head of the Mission to the EU," / " Secretary of the Association who …". */
function positionAfter(rest: string, romance: boolean): string | null {
  const lead = /^\s*,\s*(?:(?:the|a|an|el|la|le|l['’]|der|die)\s+)?|^\s+(?=\p{Lu})/u.exec(rest);
  if (!lead) return null;
  const body = rest.slice(lead[0].length);
  const hard = body.search(/[;:?!]|\.(?=\s|$)(?<!\b(?:Mr|Ms|Mrs|Dr|St|U\.S|U\.N|H\.E|Prof|Sr|Sra|Amb|Hon|Maj|Gen|Lt|Col|Capt|Brig|Adm)\.)/u);
  const span = hard >= 0 ? body.slice(0, hard) : body;
  const chunks = span.split(',');
  const first = chunks[0].trim().split(/\s+/);
  // The office noun must come within the first few words, after qualifiers only.
  let officeAt = -1;
  const noComma = !/,/.test(lead[0]);
  for (let i = 0; i < Math.min(first.length, noComma ? 1 : 6); i++) {
    const c = stripPunct(first[i]);
    if (isOfficeWord(c)) {
      officeAt = i;
      break;
    }
    if (!(isCap(c) || QUALIFIERS.has(c.toLowerCase())) || STOP_WORDS.has(c.toLowerCase())) break;
  }
  if (officeAt < 0) return null;
  // "Ambassador Hao Min, Mr. …" is the next person, not an office; "Ambassador of India …" is an office.
  if (RANK_WORDS.test(stripPunct(first[officeAt])) && first[officeAt + 1] && isCap(first[officeAt + 1]) && !isVocab(stripPunct(first[officeAt + 1]))) return null;
  let acc = chunks[0];
  for (let i = 1; i < chunks.length; i++) {
    const c = chunks[i];
    const t = c.trim();
    if (!t || /^\p{Ll}/u.test(t) && !/^(?:and|y|et|und|&)\s+\p{Lu}/u.test(t)) break;
    if (/^(?:and|y|et)\s+(?:the|el|la|le|los|las)\s/i.test(t)) break;
    if (HONORIFICS_AT_START.test(t) || hasPersonStart(t)) break;
    acc += `,${c}`;
  }
  return cutPosition(acc, romance);
}

function hasPersonStart(chunk: string): boolean {
  const words = chunk.trim().split(/\s+/).map(stripPunct);
  for (let i = 0; i < words.length - 1; i++) {
    if (isOfficeWord(words[i]) && isCap(words[i + 1]) && !isVocab(words[i + 1]) && !FUNCTION_WORDS.has(words[i + 1].toLowerCase())) return true;
  }
  return false;
}

/** A courtesy title followed by a name starts the next person: "… Patron-in-Chief Mr. Pyarimohan …". */
const NEXT_PERSON = /\s(?:Mr|Mrs|Ms|Dr|Prof|H\.\s?E|S\.\s?E|Sr|Sra|Mme|Mlle|Herr|Frau)\.?\s+\p{Lu}/u;

/** Where an office phrase after a name ends: "and the …", "and H.E. …", "who …". */
// "and Mr. …" starts the next person; "and Minister of Foreign Affairs" is the same person's second
// office (a rank word with its complement), not a stop.
const POSITION_STOP = new RegExp(`\\s(?:and|y|et|&)\\s+(?:(?:the|el|la|le|los|las)\\s|${HON_ALT_SRC.replace(/^\(\?:\(\?:/, '(?:(?:')}(?!\\s*(?:of|for|de|des|du|del)\\s))|\\s(?:who|which|whom|qui|que|quien|der|die|das)\\s`, 'u');

function cutPosition(s: string, romance: boolean): string | null {
  let t = s;
  const next = NEXT_PERSON.exec(t);
  if (next) t = t.slice(0, next.index).replace(/[\s,]+(?:and|y|et|und|&)$/u, '');
  const m = POSITION_STOP.exec(t);
  if (m) t = t.slice(0, m.index);
  if (!romance) {
    const words = t.trim().split(/\s+/);
    const keep: string[] = [];
    for (const w of words) {
      const c = stripPunct(w);
      if (keep.length && /^\p{Ll}/u.test(c) && !FUNCTION_WORDS.has(c.toLowerCase()) && !isOfficeWord(c) && !QUALIFIERS.has(c.toLowerCase())) break;
      keep.push(w);
    }
    t = keep.join(' ');
  }
  t = t.trim().replace(/[,;]+$/, '').trim();
  return t.length >= 3 ? t : null;
}

/** "Chinese Ambassador to Peru, H.E. Wang Lin": an office phrase closing the clause before the name. */
function positionBeforeComma(prefix: string): string | null {
  if (!/,\s*$/.test(prefix)) return null;
  const body = prefix.replace(/,\s*$/, '');
  const chunk = body.slice(body.lastIndexOf(',') + 1);
  const words = chunk.trim().split(/\s+/);
  let last = -1;
  for (let i = words.length - 1; i >= 0; i--) {
    if (isOfficeWord(stripPunct(words[i]))) {
      last = i;
      break;
    }
  }
  if (last < 0) return null;
  // Several offices in one chunk ("Embajador y el Ministro …"): the last noun phrase is the one named.
  let from = last;
  while (from > 0 && (isCap(stripPunct(words[from - 1])) || QUALIFIERS.has(stripPunct(words[from - 1]).toLowerCase())) && !isOfficeWord(stripPunct(words[from - 1]))) from--;
  // "ministra (s) de …", "Chargé d'affaires (a.i.) of …": a bracketed status mark (acting,
  // interim) sits inside the office.
  const tail = words.slice(last + 1).filter((w) => !STATUS_MARK.test(w)).map(stripPunct);
  // What follows the office noun must be its complement, not a verb ("…Embassy in Iceland was held").
  if (tail.some((w) => /^\p{Ll}/u.test(w) && !FUNCTION_WORDS.has(w.toLowerCase()) && !/^[\p{Ll}]+(?:es|os|as|al|ales|ores)$/u.test(w) && !/^[dl]['’]\p{Lu}/u.test(w))) return null;
  const phrase = withoutArticle(words.slice(from).join(' ').trim());
  return phrase.length >= 3 ? phrase : null;
}

const STATUS_MARK = /^a\.i\.$|^\((?:\p{Ll}{1,2}\.?){1,2}\)[,;:]?$|^\((?:acting|interim|int\.|ad interim)\)[,;:]?$/iu;

/** "The Chief of Protocol" → "Chief of Protocol", "L’Ambassadeur d’…" → "Ambassadeur d’…": the office without its article. */
function withoutArticle(phrase: string): string {
  return phrase.replace(/^(?:the|la|el|le|les|los|las|die|der)\s+(?=\p{L})/iu, '').replace(/^[lL]['’](?=\p{Lu})/u, '');
}

function latinMentions(s: Sentence | { text: string; start: number }, fromTitle: boolean, seen: LatinNames): Mention[] {
  const out: Mention[] = [];
  const text = s.text;
  const base = fromTitle ? 0 : s.start;
  const toks = tokens(text, 0);
  const romance = isRomance(text);
  for (let i = 0; i < toks.length && out.length < MAX_MENTIONS; i++) {
    if (!nameWord(toks[i], toks[i + 1])) continue;
    // "M. Jean Dupont": the French honorific, not an initial, when it opens the run.
    if (/^M{1,2}\.$/.test(toks[i].core) && toks[i + 1] && isCap(toks[i + 1].core) && !isInitial(toks[i + 1].core)) continue;
    // Extend over name words and particles ("Omar bin Khalid bin Nasser Al-Harbi", "Robert J. Fairweather").
    let j = i;
    while (
      j + 1 < toks.length && !/[,;:!?]/.test(toks[j].after) && !(/\./.test(toks[j].after) && !isInitial(toks[j].core)) &&
      (nameWord(toks[j + 1]) || particleBefore(toks, j + 1))
    ) j++;
    let run = toks.slice(i, j + 1);
    i = j;
    // "President of the think tank Center for the Lakeside Forum Ana Duarte": the body closing an
    // office runs into the name with no comma; the name is the run's last two words.
    const glued = gluedOffice(text, run);
    if (glued) run = run.slice(glued.cut);
    const words = run.map((t) => t.core);
    if (words.length > 7) continue;
    // A shouted headline ("LA PRESIDENTE DU CONSEIL REGIONAL DE BRETAGNE") names no one by case.
    if (words.every((w) => !/\p{Ll}/u.test(w) && /\p{Lu}{3}/u.test(w))) continue;
    // A word in capitals is a shouted heading or an acronym, unless it is a regnal number ("Smith
    // III") or a surname after a given name in ordinary case ("Jean DUPONT", as French and
    // Indonesian pages write surnames).
    const surnameInCapitals = (w: string, k: number) => k > 0 && k === words.length - 1 && /^\p{Lu}\p{Ll}+$/u.test(words[0]);
    if (words.some((w, k) => /^\p{Lu}{3,}$/u.test(w) && !CHINESE_SURNAMES.has(w.toLowerCase()) && !ROMAN_NUMERAL.test(w) && !surnameInCapitals(w, k))) continue;
    const name = text.slice(run[0].start, run[run.length - 1].end).replace(/[’']s$/, '');
    if (PLACE_NAMES.has(name.toLowerCase()) || words.every((w) => isPlaceWord(w))) continue;
    const prefixFrom = Math.max(0, run[0].start - BEFORE_NAME);
    const prefix = text.slice(prefixFrom, run[0].start);
    const restFrom = run[run.length - 1].end + run[run.length - 1].after.length - (run[run.length - 1].after.startsWith(',') ? run[run.length - 1].after.length : 0);
    const rest = text.slice(restFrom, restFrom + AFTER_NAME);

    // "au Château Vert", "at the Hotel Adlon": the name of a venue or body, not a person.
    const lastBefore = stripPunct(prefix.trimEnd().split(/\s+/).pop() ?? '');
    if (VENUE_WORDS.has(lastBefore.toLowerCase()) && isCap(lastBefore) && !/[,;:.]$/.test(prefix.trimEnd())) continue;
    const hon = honorificsAtEnd(prefix);
    let title: string | null = null;
    let position: string | null = null;
    let before = prefix;
    if (hon) {
      const honText = hon[0].trim();
      const beforeHon = prefix.slice(0, hon.index);
      const prev = stripPunct(beforeHon.trimEnd().split(/\s+/).pop() ?? '');
      const qualified = RANK_WORDS.test(honText) && prev && !/[,;:.]$/.test(beforeHon.trimEnd()) &&
        (QUALIFIERS.has(prev.toLowerCase()) || isPlaceWord(prev) || (isCap(prev) && !FUNCTION_WORDS.has(prev.toLowerCase()) && !/^(?:on|in|at|the|and|with|by)$/i.test(prev)));
      if (qualified) {
        position = positionBefore(prefix, romance);
      } else {
        title = honText.replace(/\s+/g, ' ');
        before = beforeHon;
        position = positionBefore(beforeHon, romance);
      }
    } else {
      position = positionBefore(prefix, romance);
    }
    const officeBefore = !!position;
    // "HE the Foreign Minister Sheikh …", "Su Excelencia el Embajador …": an honorific before the
    // office before the name is the name's title (the office its position).
    if (!title && position) {
      const at = prefix.lastIndexOf(position);
      const lead = at > 0 ? prefix.slice(Math.max(0, at - 40), at).replace(/(?:^|\s)(?:the|la|le|el|der|die)\s*$/iu, ' ') : '';
      const h = lead ? HON_AT_END.exec(lead) : null;
      if (h && !RANK_WORDS.test(h[0].trim())) title = h[0].trim().replace(/\s+/g, ' ');
    }
    // "Secretary of State Robert Fairweather": an office noun right before the name makes it an office, not a title.
    if (position && RANK_WORDS.test(position) && !title) {
      const lastPrefixWord = stripPunct(prefix.trimEnd().split(/\s+/).pop() ?? '');
      if (lastPrefixWord === position) {
        title = position;
        position = null;
      }
    }
    let anchored = !!(hon || position);
    let commaPosition: string | null = null;
    if (!position) {
      commaPosition = positionBeforeComma(before);
      // "L’Ambassadeur du Ghana en France, M. X a rendu …": an honorific right after the comma
      // makes the office before it the name's apposition, whatever follows the name.
      if (commaPosition && (hon || /^[,.;]|^\s+(?:y|and|et)\s|^\s*$/u.test(rest))) {
        position = commaPosition;
        anchored = true;
      }
    }
    const after = positionAfter(rest, romance);
    if (after) {
      // "the Chair of A, Dr. X, the Chair of B, Gen. Y": in a list of "office, name" pairs the office
      // after a name is the next person's, when an honorific follows it.
      const afterAt = rest.indexOf(after);
      const nextPersons = !!commaPosition && position === commaPosition && afterAt >= 0 && HONORIFICS_AT_START.test(rest.slice(afterAt + after.length).replace(/^\s*,\s*/, ''));
      if (!nextPersons) position = !position || after.length > position.length ? after : position;
      anchored = true;
    }
    const chinese = words.length >= 2 && CHINESE_SURNAMES.has(words[0].toLowerCase()) && isPinyinGiven(words[1]);
    if (chinese) anchored = true;
    if (INTERVIEW_BEFORE.test(prefix)) anchored = true;
    const label = run[0].start === 0 && words.length >= 2 && /^\s*:/.test(text.slice(run[run.length - 1].end, run[run.length - 1].end + 64));
    if (label) anchored = true;
    const surnameOnly = words.length === 1;
    if (surnameOnly && !seen.has(name)) {
      // A lone surname is a person only with a title or office right before it ("Governor Aumentado").
      if (!hon && !officeBefore) continue;
      // "viceministra de Asuntos Económicos de Chile": a word the office goes on after is
      // part of the office, not a name.
      if (!hon && /^\s*(?:de|del|of|du|des|der|di|do|da|for|für|pour|para)\s+\p{Lu}/u.test(rest)) continue;
    }
    if (glued && !position) {
      position = glued.position;
      anchored = true;
    }
    if (!anchored && !seen.has(name)) {
      const chain = officeChainBefore(prefix, out, base + prefixFrom);
      if (!chain) continue;
      title = chain.title;
      position = chain.position;
    }
    const startOfMention = prefixFrom + (hon ? hon.index : prefix.length);
    const ctxEnd = position && !hon && !commaPosition ? prefixFrom + Math.max(0, prefix.lastIndexOf(position.split(' ')[0])) : startOfMention;
    if (MENTION_ONLY_BEFORE.test(text.slice(Math.max(0, ctxEnd - BEFORE_NAME), ctxEnd))) continue;
    // "Președintele României": a country in another language's case, not a surname (asked last:
    // it is the dearest test, and most runs never get here).
    if (words.length === 1 && inflectedCountryCode(name)) continue;
    // Plural office before a list: "los Viceministros …, Vielman y Estrada".
    out.push({
      name, title, position, start: fromTitle ? -1 : base + run[0].start, end: fromTitle ? -1 : base + run[run.length - 1].end,
      fromTitle, role: roleIn(text, run[0].start), surnameOnly,
    });
    seen.add(name);
    const list = /^\s+(?:y|and|et)\s+(\p{Lu}[\p{L}’'-]+)(?=[,.;]|\s|$)/u.exec(rest);
    if (commaPosition && position === commaPosition && list && /s$/.test(stripPunct(position.split(/\s+/)[0])) && !isVocab(list[1])) {
      const at = text.indexOf(list[1], run[run.length - 1].end);
      out.push({ name: list[1], title: null, position, start: fromTitle ? -1 : base + at, end: fromTitle ? -1 : base + at + list[1].length, fromTitle, role: null, surnameOnly: false });
      seen.add(list[1]);
    }
  }
  return out;
}

/** Head nouns that end a body's name ("… of Lakeside Bank"), so what follows is someone else's. */
const BODY_HEAD_WORD = /^(?:bank|council|institute|institution|centre|center|university|association|society|foundation|committee|commission|ministry|department|agency|corporation|company|fund|forum|group|chamber|academy|college|school|museum|library|bureau|office|union|party|organi[sz]ation|assembly|parliament|congress|senate|court|authority|secretariat|club|board)$/i;

/**
 * Where a run of capitalised words after an office's "of the"/"for the" stops being the body and
 * starts being the person: the office word must open the clause's phrase (no comma or stop
 * between), and the run must be long enough to hold both (four words or more).
 */
function gluedOffice(text: string, run: Tok[]): { cut: number; position: string } | null {
  // Particles and initials ("Antony J. Blinken") mark the whole run as one person's name.
  if (run.length < 3 || run.some((t) => NAME_PARTICLES.has(t.core.toLowerCase()) || isInitial(t.core))) return null;
  const pre = text.slice(Math.max(0, run[0].start - BEFORE_NAME), run[0].start);
  // Capitalised words just before the run that cannot be a name's ("National") belong to the body too.
  // "of the …", never a bare "of State": a body's name takes its article.
  const lead = /(?:^|\s)(?:of|for)\s+the\s+((?:\p{Lu}[\p{L}-]*\s+){0,3})$/u.exec(pre);
  if (!lead || (run.length + lead[1].trim().split(/\s+/).filter(Boolean).length) < 4) return null;
  const clause = pre.slice(Math.max(pre.lastIndexOf(','), pre.lastIndexOf(';'), pre.lastIndexOf('. ')) + 1);
  const office = /(?<![\p{L}])(\p{Lu}[\p{L}-]*)\s+(?:of|for)\s/gu;
  let at = -1;
  for (let m = office.exec(clause); m; m = office.exec(clause)) {
    if (isOfficeWord(m[1])) {
      at = m.index;
      break;
    }
  }
  if (at < 0) return null;
  // A body that has ended on its head noun ("… of Lakeside Bank Ana Maria Duarte") leaves the whole
  // run to the name; one still going ("… for the National Renewal Tomas Berg") ends two words short.
  const leadWords = lead[1].trim().split(/\s+/).filter(Boolean);
  const ended = leadWords.length > 0 && BODY_HEAD_WORD.test(leadWords[leadWords.length - 1]);
  const cut = ended ? 0 : run.length - 2;
  const from = run[0].start - clause.length + at;
  return { cut, position: text.slice(from, run[cut].start).trim() };
}

/** The forms of address that open an office phrase in Gulf and Romance styles ("HE Deputy Secretary … Jan Novak"). */
const EXCELLENCY = /(?<![\p{L}])(?:H\.\s?E\.?|HE|His Excellency|Her Excellency|S\.\s?E\.?|Su Excelencia|Son Excellence)\s+(?=\p{Lu})/gu;

/**
 * "HE Deputy Secretary, International Security, Legal and Consular Group, in the Department of
 * Trade of Utopia Jan Novak": an honorific and an office noun open a phrase that only the name
 * closes, commas and all. Taken only when nothing between is a verb, a stop or a person already
 * found. The prefix is bounded (BEFORE_NAME), so the scan is too.
 */
function officeChainBefore(prefix: string, found: Mention[], prefixAt: number): { title: string; position: string } | null {
  let last: RegExpExecArray | null = null;
  EXCELLENCY.lastIndex = 0;
  for (let m = EXCELLENCY.exec(prefix); m; m = EXCELLENCY.exec(prefix)) last = m;
  if (!last) return null;
  const from = last.index + last[0].length;
  const between = prefix.slice(from).trim();
  const words = between.split(/\s+/);
  if (!between || !isOfficeWord(stripPunct(words[0])) || /[.;:!?]/.test(between) || /,$/.test(between)) return null;
  const closing = stripPunct(words[words.length - 1]).toLowerCase();
  if (FUNCTION_WORDS.has(closing) || /^(?:and|y|et|und|&)$/.test(closing)) return null;
  if (!words.every((w) => isCap(w) || FUNCTION_WORDS.has(stripPunct(w).toLowerCase()) || w === '&')) return null;
  if (found.some((f) => f.start >= prefixAt + from && f.start < prefixAt + prefix.length)) return null;
  return { title: last[0].trim(), position: between.replace(/[,;]+$/, '') };
}

/** Second particles after a first ("de la Vega", "van der Berg", "de los Santos"). */
const SECOND_PARTICLES = new Set(['la', 'las', 'los', 'le', 'der', 'den', 'de']);

/** Whether toks[k] is a name particle with the rest of the name after it. */
function particleBefore(toks: Tok[], k: number): boolean {
  const t = toks[k];
  if (!t || /[,;:.]/.test(t.after)) return false;
  const w = t.core.toLowerCase();
  if (NAME_PARTICLES.has(w)) return !!toks[k + 1] && (nameWord(toks[k + 1]) || (SECOND_PARTICLES.has(toks[k + 1].core.toLowerCase()) && !!toks[k + 2] && nameWord(toks[k + 2])));
  // The second of two particles, after the first.
  return SECOND_PARTICLES.has(w) && NAME_PARTICLES.has(toks[k - 1]?.core.toLowerCase() ?? '') && !!toks[k + 1] && nameWord(toks[k + 1]);
}

function roleIn(sentence: string, at: number): ParticipantRole | null {
  const before = sentence.slice(Math.max(0, at - BEFORE_NAME), at);
  const after = sentence.slice(at, at + AFTER_NAME);
  if (/(?:met|meeting|talks|call|spoke|conversation)\s+(?:with|avec|con)\s+(?:\S+\s+){0,8}$/i.test(before)) return 'counterpart';
  if (/^[^.;]{0,120}?\b(hosted|hosts|held|organi[sz]ed|organizó|invited)\b/i.test(after)) return 'host';
  if (/^[^.;]{0,120}?\b(delivered|speech|remarks|addressed|spoke|致辞|讲话)\b/i.test(after)) return 'speaker';
  if (/^[^.;]{0,200}?\b(attended|present|took part|joined|出席|参加)\b/i.test(after)) return 'attendee';
  // "Also present were …, including Minister Hao Min": the name comes after the attendance phrase.
  if (/\b(?:also present|present at|present were|attended by|in attendance|attendees? included|guests? included|among (?:the )?(?:guests|attendees))\b[^.;]{0,160}$/i.test(before)) return 'attendee';
  return null;
}

/**
 * Two spellings of one name that differ only by a case ending ("Ola Nordvikin", "Ola
 * Nordvik"; "Solbergs", "Solberg"): same words, one a prefix of the other by at most two letters.
 */
function inflectedPair(a: string, b: string): boolean {
  const A = a.toLowerCase().split(/\s+/), B = b.toLowerCase().split(/\s+/);
  if (A.length !== B.length || A.join(' ') === B.join(' ')) return false;
  return A.every((w, i) => {
    const v = B[i];
    if (w === v) return true;
    const [short, long] = w.length <= v.length ? [w, v] : [v, w];
    return short.length >= 4 && long.length - short.length <= 2 && long.startsWith(short);
  });
}

function sameLatinPerson(a: string, b: string): boolean {
  const A = a.toLowerCase().split(/\s+/), B = b.toLowerCase().split(/\s+/);
  if (A.join(' ') === B.join(' ') || inflectedPair(a, b)) return true;
  const [small, big] = A.length <= B.length ? [A, B] : [B, A];
  return small.length === 1 && big.includes(small[0]) && small[0].length > 1;
}

/**
 * The names already found, answering sameLatinPerson against all of them at once: the same name,
 * a lone word that is one of a longer name's words, or a longer name that contains a lone word.
 */
class LatinNames {
  private readonly full = new Set<string>();
  private readonly wordsOfLonger = new Set<string>();
  private readonly lone = new Set<string>();

  add(name: string): void {
    const words = name.toLowerCase().split(/\s+/);
    this.full.add(words.join(' '));
    if (words.length === 1) {
      if (words[0].length > 1) this.lone.add(words[0]);
    } else for (const w of words) this.wordsOfLonger.add(w);
  }

  has(name: string): boolean {
    const words = name.toLowerCase().split(/\s+/);
    if (this.full.has(words.join(' '))) return true;
    if (words.length === 1) return words[0].length > 1 && this.wordsOfLonger.has(words[0]);
    return words.some((w) => this.lone.has(w));
  }
}

// ---- Chinese and Japanese ----

const ZH_STOP = '、，,。；;：:（(）)“”"等在和与及以并向对出会表率也同就说致热为从于是将已的了均共还盛一各';
const ZH_BOUNDARY = /[，,。；;：:、\s（(）)“”同与和及向并在]/;

/** An office phrase before a Chinese name runs back at most this far to its boundary. */
const ZH_OFFICE_PHRASE_MAX = 24;
const ZH_OFFICES = [...CJK_OFFICES].sort((a, b) => b.length - a.length).join('|');
// Office, then name: 某国驻某国大使张三, 某国总统李四, 某议会主席王五·赵六
const ZH_OFFICE_NAME = new RegExp(`(${ZH_OFFICES})([\\u4e00-\\u9fff]{1,4}(?:·[\\u4e00-\\u9fff]{1,8})*)`, 'gu');
// Name, then title or office: 郭海燕大使在致辞中, 阿里总统, 李大使
const ZH_NAME_OFFICE = new RegExp(`(?:^|[，,。；;、\\s“])([\\u4e00-\\u9fff]{1,3})(${ZH_OFFICES})(?=[在出表热强也向对说致，,。、；]|$)`, 'gu');

function zhMentions(text: string, base: number, fromTitle: boolean): Mention[] {
  const out: Mention[] = [];
  const re = ZH_OFFICE_NAME;
  re.lastIndex = 0;
  for (let m = re.exec(text); m && out.length < MAX_MENTIONS; m = re.exec(text)) {
    let name = m[2];
    const cut = [...name].findIndex((ch, k) => k > 0 && ZH_STOP.includes(ch));
    if (cut > 0) name = name.slice(0, cut);
    if (ZH_STOP.includes(name[0]) || name.length < 2) continue;
    if (/^(?:以及|等)/.test(name)) continue;
    // The office phrase runs back to the previous boundary; with none near, it is the office alone.
    const officeEnd = m.index + m[1].length;
    let from = m.index;
    const limit = Math.max(0, m.index - ZH_OFFICE_PHRASE_MAX);
    while (from > limit && !ZH_BOUNDARY.test(text.slice(from - 1, from)) && !/(?:会见|宴请|出席|举办|参加|邀请|陪同|接见|拜会|以及)$/.test(text.slice(Math.max(0, from - 2), from))) from--;
    if (from === limit && limit > 0 && !ZH_BOUNDARY.test(text.slice(from - 1, from))) from = m.index;
    const position = text.slice(from, officeEnd);
    const isTitle = m[1] === '大使' && position === '大使';
    out.push({
      name, title: isTitle ? '大使' : null, position: isTitle ? null : position,
      start: fromTitle ? -1 : base + officeEnd, end: fromTitle ? -1 : base + officeEnd + name.length, fromTitle, role: null, surnameOnly: false,
    });
    re.lastIndex = officeEnd + name.length;
  }
  const re2 = ZH_NAME_OFFICE;
  re2.lastIndex = 0;
  for (let m = re2.exec(text); m && out.length < MAX_MENTIONS; m = re2.exec(text)) {
    const name = m[1];
    const at = m.index + m[0].indexOf(name);
    if ([...name].some((ch) => ZH_STOP.includes(ch))) continue;
    out.push({
      name, title: m[2] === '大使' ? '大使' : null, position: m[2] === '大使' ? null : m[2],
      start: fromTitle ? -1 : base + at, end: fromTitle ? -1 : base + at + name.length, fromTitle, role: null, surnameOnly: name.length === 1,
    });
  }
  return out;
}

const JA_PREFIX = '(?:米国|中国|韓国|英国|仏国|独国|露国|日本|豪州)?(?:外務|国務|運輸|防衛|財務|経済産業|国土交通|文部科学|厚生労働|農林水産|環境|法務|総務)?';
const JA_NAME_CHAR = /[\u4e00-\u9fff\u30a0-\u30ff・]/;

const JA_NAME_MAX = 14;
// Name, then office: 山田太郎外務大臣は / ジョン・スミス米国国務長官(…)と. The office is a known
// compound with an optional country and ministry prefix; the name is what runs back to a boundary.
const JA_OFFICE = new RegExp(`${JA_PREFIX}(?:${[...JA_OFFICES].sort((a, b) => b.length - a.length).join('|')})`, 'gu');

function jaMentions(text: string, base: number, fromTitle: boolean): Mention[] {
  const out: Mention[] = [];
  const re = JA_OFFICE;
  re.lastIndex = 0;
  for (let m = re.exec(text); m && out.length < MAX_MENTIONS; m = re.exec(text)) {
    // Walked back one character past the longest name: a run that long is not a name.
    let from = m.index;
    while (from > 0 && m.index - from <= JA_NAME_MAX && JA_NAME_CHAR.test(text[from - 1])) from--;
    const name = text.slice(from, m.index);
    if (name.length < 2 || name.length > JA_NAME_MAX || /^(?:同|両|本|前|元|各)/.test(name)) continue;
    out.push({
      name, title: null, position: m[0], start: fromTitle ? -1 : base + from, end: fromTitle ? -1 : base + m.index,
      fromTitle, role: null, surnameOnly: name.length <= 2 && /^[\u4e00-\u9fff]+$/.test(name),
    });
  }
  return out;
}

function sameCjkPerson(a: string, b: string): boolean {
  if (a === b) return true;
  const [s, l] = a.length <= b.length ? [a, b] : [b, a];
  return l.startsWith(s) || l.endsWith(s) || (s.includes('・') === false && l.includes('・') && l.split('・').includes(s));
}

// ---- assembly ----


export function eventParticipants(input: PeopleInput): FoundParticipant[] {
  try {
    return extract(input);
  } catch (e) {
    if (process.env.COMMUNIQUE_DEBUG) throw e;
    // People are a best effort: a page that trips a rule still yields its other fields.
    return [];
  }
}

function extract(input: PeopleInput): FoundParticipant[] {
  const { text, title } = input;
  const cjk = /[\u3040-\u30ff]/.test(text) ? 'ja' : /[\u4e00-\u9fff]{8,}/.test(text) ? 'zh' : null;
  const all: Mention[] = [];
  const sents = sentences(text);
  const paras = paragraphs(text);
  // Calls and many-paragraph summaries name others in passing; the participants are in the lead.
  const callWords = typeKeywords('call');
  const callLead = input.type === 'call' ? sents.find((s) => callWords?.test(s.text) || /\b(?:spoke|talked|phoned)\b/i.test(s.text)) ?? sents[0] : null;
  const usable = (s: Sentence) => !callLead || s === callLead;

  const read = (mentions: (s: string, base: number, fromTitle: boolean) => Mention[]) => {
    if (title) all.push(...mentions(title, 0, true));
    for (const s of sents) {
      if (all.length >= MAX_MENTIONS) break;
      if (usable(s)) all.push(...mentions(s.text, s.start, false));
    }
  };
  if (cjk === 'ja') read(jaMentions);
  else if (cjk === 'zh') read(zhMentions);
  else {
    const seen = new LatinNames();
    read((t, start, fromTitle) => latinMentions({ text: t, start }, fromTitle, seen));
    // A name line followed by an office line ("Ambassador Kelly Craft" / "Permanent Representative").
    // Mentions in the text come in text order, so one pass pairs each paragraph with its first.
    const inText = all.filter((x) => !x.fromTitle);
    let k = 0;
    paras.forEach((p, i) => {
      while (k < inText.length && inText[k].start < p.start) k++;
      const next = paras[i + 1];
      const m = p.text.length <= 60 && k < inText.length && inText[k].end <= p.end ? inText[k] : undefined;
      if (!m || !next || next.text.length > 60 || m.position || next.text.includes(m.name)) return;
      const words = next.text.split(/\s+/);
      if (words.length <= 6 && words.some((w) => isOfficeWord(w)) && words.every((w) => isCap(w) || FUNCTION_WORDS.has(w.toLowerCase()))) m.position = next.text;
    });
  }

  // Merge mentions of one person, in order of first mention in the text (title mentions last resort).
  const same = cjk ? sameCjkPerson : sameLatinPerson;
  const ordered = [...all.filter((m) => !m.fromTitle), ...all.filter((m) => m.fromTitle)];
  const people: { name: string; mentions: Mention[] }[] = [];
  for (const m of ordered) {
    const p = people.find((x) => same(x.name, m.name) || x.mentions.some((y) => same(y.name, m.name)));
    if (p) {
      p.mentions.push(m);
      // The longer name is the fuller one, unless the two differ by a case ending: then the shorter
      // is the citation form the record keeps.
      if (inflectedPair(p.name, m.name)) {
        if (m.name.length < p.name.length) p.name = m.name;
      } else if (m.name.length > p.name.length && !m.surnameOnly) p.name = m.name;
    } else if (!m.surnameOnly || (!cjk && m.name.length > 1)) people.push({ name: m.name, mentions: [m] });
  }
  return people.map((p) => {
    const inText = p.mentions.filter((m) => !m.fromTitle);
    const first = inText[0] ?? p.mentions[0];
    // The title at the first full-name mention; "Ambassador Song" later only fills a gap.
    const full = p.mentions.filter((m) => !m.surnameOnly);
    const title = full.filter((m) => !m.fromTitle).find((m) => m.title)?.title ?? full.find((m) => m.title)?.title
      ?? (full.length ? null : p.mentions.find((m) => m.title)?.title ?? null);
    const positions = p.mentions.map((m) => m.position).filter((x): x is string => !!x);
    const position = positions.sort((a, b) => b.length - a.length)[0] ?? null;
    const role = p.mentions.find((m) => m.role)?.role ?? null;
    const quote = first.start >= 0 ? text.slice(first.start, first.end) : p.name;
    return {
      name: p.name,
      title,
      position,
      affiliation: null,
      role,
      evidence: { quote, start: first.start, end: first.end },
    };
  });
}
