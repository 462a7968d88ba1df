// Organisations named as taking part: lists after "such as" / "including", co-organisers, signatories,
// implementing partners, represented bodies, questioners in a transcript. Never the host itself.
import type { EventType } from '../record-schema';
import { countriesNamed, demonymCode, findCountries } from './countries';
import { institutionKind } from './institutions';
import type { FoundParticipant } from './people';
import { findCityMentions } from './gazetteer';
import { HONORIFICS_AT_START, isOfficeWord, isVocab } from './people-vocab';

export interface OrgInput {
  title: string | null;
  text: string;
  host: string | null;
  publisher: string | null;
  participants: FoundParticipant[];
  type: EventType;
}

export interface FoundOrg {
  name: string;
  quote: string;
  start: number;
  end: number;
}

/** Acronyms whose full names are fixed; other acronyms stay as written. */
const ACRONYMS: Record<string, string> = {
  EU: 'European Union', UN: 'United Nations', ASEAN: 'Association of Southeast Asian Nations', AU: 'African Union',
  NATO: 'North Atlantic Treaty Organization', WHO: 'World Health Organization', WTO: 'World Trade Organization',
  OSCE: 'Organization for Security and Co-operation in Europe', UNESCO: 'United Nations Educational, Scientific and Cultural Organization',
};

/** "including", "among them" in the languages of the sites we read. */
const INCLUDING = 'such as|including|among them|inclusiv|inclusive|incluyendo|incluidos|incluidas|entre ellos|entre ellas|notamment|darunter|einschließlich|unter anderem|w tym|termasuk|dahil|включая|в том числе|tra cui|tra i quali|blant annet|bland annat|muun muassa';
/** Nouns for people who come on a body's behalf: "representatives of", "Vertreter der", "students from". */
const ON_BEHALF = 'members|representatives|delegates|delegations?|experts|officials|diplomats|journalists|guests|students|scholars|researchers|academics|staff|teams?|deputies|lawmakers|vertreter(?:innen)?|abgeordnete|mitglieder|delegation(?:en)?|représentants|membres|délégués|délégations?|étudiants|representantes|miembros|delegados|delegaciones|estudiantes|reprezentanți(?:i)?|membri(?:i)?|delegați(?:i)?|studenți(?:i)?|przedstawiciele|członkowie|представители|члены|депутаты|делегация|perwakilan|anggota|mahasiswa|temsilcileri|üyeleri|edustajat|representanter|medlemmer';
const BEHALF_LINK = 'of|from|der|des|von|aus|de|del|de la|des|du|din|ai|al|z|из|от|dari|från|fra';
/** "broadcast live by", "en vivo por", "en direct sur": the media carrying the event. */
const BROADCAST = '(?:broadcast|aired|transmitted|streamed|carried)(?: live)? (?:on|by)|live on|en vivo (?:[\\p{L} ]{0,30}?)?por|transmitid[oa] por|retransmis(?:e)? (?:par|sur)|en direct sur|übertragen (?:von|im|auf)|live (?:im|auf)|transmis(?:ă)? (?:de|pe)';

const CARRIED_BY = new RegExp(`(?<![\\p{L}])(?:${BROADCAST}|performed by|played by|amenizad[oa] por|interpretad[oa] por|animée? par)\\s+([^.;:\\n]+)`, 'giu');

const LIST_PATTERNS: RegExp[] = [
  new RegExp(`(?<![\\p{L}])(?:${INCLUDING})\\s+([^.;:\\n]+)`, 'giu'),
  /\b(?:jointly\s+)?(?:organi[sz]ed|co-organi[sz]ed|co-hosted)\s+by\s+([^.;:\n]+)/gi,
  /\bsigned\s+(?:between|by)\s+([^.;:\n]+)/gi,
  /\bpartners?\b[^.;:]{0,40}?\b(?:have been|has been|are|were|include|included)\s+([^.;:\n]+)/gi,
  new RegExp(`(?<![\\p{L}])(?:${ON_BEHALF})\\s+(?:${BEHALF_LINK})\\s+([^.;:\\n]+)`, 'giu'),
  CARRIED_BY,
  /\b(?:has |have |had )?invited\s+([^.;:\n]+?)\s+to\b/gi,
];

/** Words that join the capitalised words of one name ("Bundesrat der Republik Österreich"). */
const NAME_JOINER = /^(?:of|for|and|the|on|in|to|with|de|del|della|di|da|do|dos|das|du|des|la|le|el|y|et|der|die|das|den|für|und|von|zu|al|din|și|pentru|w|i|z|för|av|och|og|for|ve|dan|untuk)$/i;
/** Conjunctions that join two names before a capital ("… Österreich und Vertreter …"). */
const AND_BEFORE_NAME = /\s+(?:and|und|et|y|e|și|i|oraz|og|och|ja|ve|dan|и)\s+(?=\p{Lu})/u;

/**
 * The name an item opens with: its capitalised words and the joiners between them, up to the first
 * word that is neither ("Lakeside University to a welcome luncheon …" → "Lakeside University").
 */
export function nameLead(item: string): string {
  const words = item.split(/\s+/);
  let end = 0;
  for (let i = 0; i < words.length; i++) {
    if (/^[\p{Lu}\d«„“"(]/u.test(words[i])) {
      end = i + 1;
      // "the daily Amber Post, the Ambassador …": a comma ends the name.
      if (/[,;]$/.test(words[i])) break;
    } else if (NAME_JOINER.test(words[i]) && ARTICLE.test(words[i + 1] ?? '') && /^[\p{Lu}\d]/u.test(words[i + 2] ?? '')) i++; // "of the Organisation …"
    else if (!(NAME_JOINER.test(words[i]) && i + 1 < words.length && /^[\p{Lu}\d]/u.test(words[i + 1]))) break;
  }
  return words.slice(0, end).join(' ');
}

/** A name in quotes, what comes before it, and nothing after it but a closing quote. */
const QUOTED_NAME = /^([^«„“"]{0,80})[«„“"]([\p{Lu}\d][^»“”"]{1,60})[»“”"]$/u;

/** The names in a list of carriers or performers: each item's first capitalised name, whatever leads to it. */
function carrierNames(s: string): { name: string; quote: string; cut: boolean }[] {
  const out: { name: string; quote: string; cut: boolean }[] = [];
  for (const part of s.split(/,\s*|\s+(?:y|and|et|und|e|și|i)\s+(?:(?:también|also|aussi|auch|anche)\s+)?/u)) {
    const at = part.search(/\p{Lu}/u);
    if (at < 0) continue;
    const name = nameLead(part.slice(at)).replace(/[,.;]+$/, '');
    if (name) out.push({ name, quote: name, cut: false });
  }
  return out;
}

/** The items of a list: each name, as the text writes it, and whether it was cut down to the name it opens with. */
function splitList(s: string): { name: string; quote: string; cut: boolean }[] {
  // Cut the list where the sentence goes on ("… and the Open Society Forum. Also …", "… attended the …").
  const cut = s.search(/\s(?:attended|were|was|took|also|who|which|to (?:attend|take)|in (?:the|this))\b/);
  const body = cut >= 0 ? s.slice(0, cut) : s;
  const parts = body.split(/,\s*(?:and\s+)?|\s+and\s+(?=the\s)|\s+y\s+(?=(?:el|la|los)\s)/);
  const items: string[] = [];
  for (const p of parts) {
    // "Jiangxi Association … and Friends of China Society": two names joined by a bare "and".
    if (parts.length === 1) items.push(...p.split(AND_BEFORE_NAME));
    else items.push(p);
  }
  return items.map((x) => {
    const item = x.trim().replace(/^(?:the|a|an|el|la|los|las|le|les|die|der|das)\s+/i, '').replace(/[,.;]+$/, '').trim();
    // A quoted name after its class: "canalul «Alfa 3»" is Alfa 3; "Agenția Națională de Presă
    // «Alfapres»", a capitalised class, is one name with it.
    const quoted = QUOTED_NAME.exec(item);
    if (quoted) {
      const before = quoted[1].trim();
      const merged = !!before && nameLead(before) === before;
      return { name: merged ? `${before} ${quoted[2].trim()}` : quoted[2].trim(), quote: merged ? item : quoted[2].trim(), cut: false };
    }
    const lead = nameLead(item).replace(/[,.;]+$/, '');
    return { name: lead || item, quote: lead || item, cut: !!lead && lead !== item };
  });
}

const ORG_HEAD = /\b(association|society|council|committee|commission|ministry|department|agency|institute|foundation|corps|union|organi[sz]ation|parliament|assembly|majlis|chamber|corporation|company|university|academy|bank|fund|forum|group|police|bureau|office|news|daily|times|media|centre|center|museum|library|club|federation|party|radio|television|tv|channel|broadcasting|press)\b|议会|协会|委员会|大学|组织|公司|基金会|研究院|研究所/i;

/**
 * Head nouns of bodies in the languages of the sites we read, for names found by their shape (an
 * office's complement, a name with its acronym) rather than by a list cue.
 */
const BODY_HEAD = /(?<![\p{L}])(?:association|society|council|committee|commission|ministry|department|agency|institute|foundation|corps|union|organi[sz]ation|parliament|assembly|majlis|chamber|corporation|company|university|academy|bank|fund|federation|party|board|government|governorship|governorate|prefecture|municipality|bureau|office|authority|court|senate|congress|duma|house of \p{Lu}\p{L}+|comit[ée]|uni[óo]n|unione|união|uniunea|consejo|conseil|rat|ausschuss|komitee|ministerio|minist[èe]re|ministerium|departamento|d[ée]partement|agencia|agence|instituto|institut|fundaci[óo]n|fondation|stiftung|universidad|universit[ée]|universit[äa]t|c[áa]mara|chambre|kammer|partido|parti|partei|asociaci[óo]n|soci[ée]t[ée]|gesellschaft|verband|comisi[óo]n|gobierno|gouvernement|regierung|staatsduma|bundestag|asamblea|assembl[ée]e|agen[țt]ia|consiliul|ministerul|comitetul|universitatea)(?![\p{L}])/iu;

/** A capitalised name with a body's head noun ("Governorship of Istanbul", "Lakeside Chamber of Commerce"). */
export function isBodyName(s: string): boolean {
  return /^[\p{Lu}\d]/u.test(s) && s.split(/\s+/).length >= 2 && BODY_HEAD.test(s);
}

const PREPOSITION = /^(?:of|at|for|to|in|with|de|del|du|des|der|des|im|am|pe|al)$/i;
const ARTICLE = /^(?:the|la|el|le|les|los|las|l['’]|die|der|das)$/i;
/** A sub-body named by its parent: "Office of the X", "Political Bureau of the X" → X. */
const SUB_BODY = /^(?:(?:General |Political |Executive )?(?:Office|Bureau|Secretariat|Presidium)|Bureau politique)\s+(?:of the|of|du|de la|del|des)\s+(?=\p{Lu})/u;

const CLOSING_BODY = /(?:^|\s)(?:of|de|du|des|del|der|at|in)\s+(?:(?:the|la|el|le|l['’])\s*)?(\p{Lu}[\p{L}’'-]*(?:\s+(?:\p{Lu}[\p{L}’'-]*|of|for|and|on|de|del|la|y|et|und|für|(?:of|and|de) (?:the|la)(?= \p{Lu})))*)$/u;

/** The body an office names: what follows the office words and their preposition, or what precedes a trailing office word. */
function bodyOfOffice(office: string): string | null {
  const words = office.split(/\s+/).filter(Boolean);
  let body: string[] | null = null;
  for (let k = 1; k < words.length - 1; k++) {
    if (!PREPOSITION.test(words[k])) continue;
    // "Minister of State at the Ministry …", "Advisor for Foreign Trade … at the Ministry …": a later
    // "at" names the body the office sits in.
    const prev = words[k - 1].replace(/[,;]$/, '');
    if (isOfficeWord(prev) || /^(?:State|Board)$/.test(prev) || /^at$/i.test(words[k])) {
      body = words.slice(k + 1);
      const at = body.findIndex((w, i) => /^at$/i.test(w) && i < body!.length - 1);
      if (at >= 0) body = body.slice(at + 1);
      break;
    }
    if (!(/^\p{Lu}/u.test(prev) || FUNCTION_WORD.test(prev))) break;
  }
  if (!body) {
    const last = words[words.length - 1];
    // "Ruritanian Trade Policy Advisory Board Chairman": a body before a trailing office word.
    if (words.length >= 3 && isOfficeWord(last)) body = words.slice(0, -1);
    // "Director General United Nations Office in Nairobi": leading office words, no preposition.
    else {
      let i = 0;
      while (i < words.length - 1 && (isOfficeWord(words[i]) || /^(?:general|deputy|vice|executive)$/i.test(words[i]))) i++;
      if (i > 0) body = words.slice(i);
    }
  }
  // "Commissioner for Trade of the Andean Union", "Comisaria para la Cultura de la Unión
  // Andina": past a portfolio, the body is the capitalised phrase closing the office. (An
  // office is a few dozen words at most, so the anchored search stays small.)
  const portfolio = (b: string[]) => {
    const k = b.findIndex((w, i) => i > 0 && PREPOSITION.test(w));
    return k > 0 && !BODY_HEAD.test(b.slice(0, k).join(' '));
  };
  if (!body || !/^\p{Lu}/u.test(body.find((w) => !ARTICLE.test(w)) ?? '') || portfolio(body)) {
    const tail = CLOSING_BODY.exec(office.slice(-240));
    if (tail && BODY_HEAD.test(tail[1])) body = tail[1].split(/\s+/);
  }
  if (!body) return null;
  while (body.length && ARTICLE.test(body[0])) body = body.slice(1);
  let text = body.join(' ').replace(SUB_BODY, '');
  // Leading commas-separated parts with no body in them are the office's own ("Consular and
  // Legal Affairs, Ministry of Trade").
  const parts = text.split(/,\s+/);
  const first = parts.findIndex((x) => BODY_HEAD.test(x));
  if (first > 0) text = parts.slice(first).join(', ');
  // A trailing one-word part is the start of something else ("Budget Committee, Maj…").
  text = text.replace(/,\s+[\p{L}.]+$/u, (tail) => (BODY_HEAD.test(tail) ? tail : ''));
  return text.replace(/[,.;]+$/, '').trim() || null;
}

const FUNCTION_WORD = /^(?:of|for|and|the|on|in|de|del|des|du|la|le|el|der|für|und|et|y|&)$/i;

/**
 * Bodies named in a participant's office (FORMAT.md: an organisation named in a participant's office
 * takes part through them): "Chairman of the Lakeside Chamber of Commerce and Industry (LCCI)", "Vice
 * Governor of the Northern Provincial Government & President of …", "Ruritanian Trade Policy
 * Advisory Board Chairman". Each office of a position is read apart; only a capitalised phrase with a
 * body's head noun, of two words or more, is taken.
 */
export function bodiesInOffice(position: string): string[] {
  const out: string[] = [];
  // One person's several offices: "… & President of …", "… and Director of …", "… et ministre des …".
  // ("… Foreign Affairs and Trade of …" is one body: the word after "and" must be an office.)
  const offices = position.split(/\s+&\s+|;\s*/u).flatMap((part) => {
    const out: string[] = [];
    let from = 0;
    for (const m of part.matchAll(/\s+(?:and|et|y|und)\s+(?=([\p{L}-]+)\s+(?:of|de|du|des|del|der|at|for)\s)/gu)) {
      if (!isOfficeWord(m[1].split('-')[0])) continue;
      out.push(part.slice(from, m.index));
      from = m.index! + m[0].length;
    }
    out.push(part.slice(from));
    return out;
  });
  for (const office of offices) {
    let part = bodyOfOffice(office.trim());
    if (!part) continue;
    // "Parliament and Patron-in-Chief": a second office joined by "and" is not part of the body.
    part = part.replace(/\s+(?:and|et|y|und)\s+([\p{L}-]+)$/u, (m, w: string) => (isOfficeWord(w.split('-')[0]) ? '' : m));
    // "the Lakeside-based think tank Institute for …": a lowercase description before the name is not part of it.
    const words = part.split(/\s+/);
    const described = words.findLastIndex((w, i) => /^\p{Ll}/u.test(w) && !FUNCTION_WORD.test(w) && /^\p{Lu}/u.test(words[i + 1] ?? ''));
    if (described >= 0) part = words.slice(described + 1).join(' ');
    if (part.split(/\s+/).length < 2 || !/^\p{Lu}/u.test(part) || !BODY_HEAD.test(part)) continue;
    if (findCountries(part).some((c) => c.start === 0 && c.end === part!.length)) continue;
    out.push(part);
  }
  return out;
}

/**
 * "Lakeside Chamber of Commerce and Industry (LCCI)", "Association des Consuls Honoraires de
 * Ruritanie (ACHR)": a name whose capitalised words' initials spell the acronym after it. The
 * acronym is the evidence that the words before it are one body's name.
 */
const BEFORE_ACRONYM = /(?<![\p{L}])((?:[\p{Lu}][\p{L}’'&.-]*|of|for|and|the|on|in|de|del|des|du|la|le|el|der|für|und|et|y|pour|consulaire|diplomatique)(?:\s+(?:[\p{Lu}][\p{L}’'&.-]*|of|for|and|the|on|in|de|del|des|du|la|le|el|der|für|und|et|y|pour|consulaire|diplomatique)){1,12})\s*\((\p{Lu}{2,8})\)/gu;

export function namesWithAcronym(text: string): { name: string; start: number }[] {
  const out: { name: string; start: number }[] = [];
  BEFORE_ACRONYM.lastIndex = 0;
  for (let m = BEFORE_ACRONYM.exec(text); m; m = BEFORE_ACRONYM.exec(text)) {
    const words = m[1].split(/\s+/);
    const acronym = m[2];
    // The name is the shortest tail of the words whose capitalised initials spell the acronym.
    for (let from = words.length - 1; from >= 0; from--) {
      const initials = words.slice(from).filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]).join('');
      if (initials.length > acronym.length) break;
      if (initials === acronym && /^\p{Lu}/u.test(words[from])) {
        const name = `${words.slice(from).join(' ')} (${acronym})`;
        out.push({ name, start: m.index + m[0].indexOf(words.slice(from).join(' ')) });
        break;
      }
    }
  }
  return out;
}

/** A body's session: "Meeting of the …", "Reunión del …", "réunion du …", "Sitzung des …" (the name is read from the next 120 characters). */
const SESSION_OF = /(?<![\p{L}])(?:[Mm]eeting|[Ss]ession|[Pp]lenary|[Ss]ummit|[Rr]euni[óo]n|[Ss]esi[óo]n|[Pp]lenaria|[Cc]umbre|[Rr][ée]union|[Ss]ommet|[Ss]itzung|[Tt]agung|[Gg]ipfel)\s+(?:of\s+the|of|del|de\s+la|de|du|des|de\s+l['’]|der|des)\s+(\p{Lu}[^.;:\n]{0,120})/gu;

/** Performing groups, named with their class ("la Marimba del Puerto", "el cuarteto Amberes"). */
const ENSEMBLE = 'quartet|quintet|trio|orchestra|choir|band|ensemble|troupe|cuarteto|quinteto|tr[íi]o|orquesta|coro|banda|conjunto|marimba|mariachi|estudiantina|quatuor|orchestre|ch[œo]eur|chorale|fanfare|quartett|orchester|chor|kapelle|kwartet|orkiestra|ch[óo]r|zesp[óo][łl]|квартет|оркестр|хор|ансамбль|cvartetul|corul|ansamblul|kuartet|orkestra|paduan suara';
/** Class nouns a body's name follows in apposition: "the think tank …", "the daily …", "la agencia …". */
const DESCRIPTOR = 'think[- ]tank|newspaper|daily|weekly|magazine|broadcaster|news agency|non-governmental organi[sz]ation|NGO|peri[óo]dico|diario|semanario|revista|emisora|quotidien|hebdomadaire|Zeitung|Tageszeitung|Denkfabrik|ziarul|cotidianul|gazeta|dziennik|tygodnik|газета|агентство|surat kabar|harian';
// Case-insensitive for the class word; the name's capital is checked apart (under /i, \p{Lu} matches any letter).
const CLASS_NAMED = new RegExp(`(?<![\\p{L}])(?:(${ENSEMBLE})|(${DESCRIPTOR}))\\s+([^\\s.;:][^.;:\\n]{0,100})`, 'giu');

/**
 * Bodies named after their class noun. An ensemble keeps its class as part of the name ("cuarteto
 * Amberes" is not the city); a descriptor does not ("the think tank Lakeside Forum" is Lakeside
 * Forum), and its name must not be a lone place or nation.
 */
export function classNamedBodies(text: string): { name: string; start: number }[] {
  const out: { name: string; start: number }[] = [];
  CLASS_NAMED.lastIndex = 0;
  for (let m = CLASS_NAMED.exec(text); m; m = CLASS_NAMED.exec(text)) {
    const classWord = m[1] ?? m[2];
    const at = m.index + m[0].indexOf(classWord);
    // "la Marimba del Puerto": a capitalised class word opens the name itself.
    // ("the Alfa Chamber Orchestra and …": after a capital, it closes a name instead, read elsewhere.)
    const before = text.slice(Math.max(0, at - 40), at).trim().split(/\s+/).pop() ?? '';
    if (/^\p{Lu}/u.test(classWord) && /^\p{Lu}/u.test(before)) continue;
    const opens = !!m[1] && /^\p{Lu}/u.test(classWord);
    const lead = (s: string) => nameLead(s).replace(/[,.;]+$/, '');
    const name = opens ? lead(`${classWord} ${m[3]}`) : /^\p{Lu}/u.test(m[3]) ? lead(m[3]) : '';
    if (!name || name.split(/\s+/).length > 8 || HONORIFICS_AT_START.test(`${name} `)) continue;
    if (m[1]) {
      if (!opens || name !== classWord) out.push({ name: opens ? name : `${classWord} ${name}`, start: at });
      continue;
    }
    if (findCountries(name).some((c) => c.start === 0 && c.end === name.length) || demonymCode(name) || (name.split(/\s+/).length === 1 && findCityMentions(name).length)) continue;
    out.push({ name, start: m.index + m[0].indexOf(m[3]) });
  }
  return out;
}

/** The bodies whose sessions a text names, in text order. */
export function sessionBodies(text: string): { name: string; start: number }[] {
  const out: { name: string; start: number }[] = [];
  SESSION_OF.lastIndex = 0;
  for (let m = SESSION_OF.exec(text); m; m = SESSION_OF.exec(text)) {
    const name = nameLead(m[1]).replace(/[,.;]+$/, '');
    if (isBodyName(name)) out.push({ name, start: m.index + m[0].indexOf(m[1]) });
  }
  return out;
}

/** Whether a list item is an organisation's name; `cut` items (trimmed to their name) need a head noun. */
function looksLikeOrg(s: string, people: FoundParticipant[], cut = false): boolean {
  if (!/^[\p{Lu}\d«„“"]/u.test(s) || s.length < 2 || s.length > 140) return false;
  if (HONORIFICS_AT_START.test(s)) return false;
  if (people.some((p) => s.includes(p.name))) return false;
  const countries = findCountries(s);
  if (countries.length && countries[0].start === 0 && countries[0].end === s.length) return false;
  if (countries.length && s.split(/\s+/).length === 1) return false;
  if (demonymCode(s)) return false;
  const words = s.split(/\s+/);
  // Names are written in capitals: "Chinese media outlets based in Europe" is a description.
  if (!words.every((w) => /^[\p{Lu}\d(&«„“"]/u.test(w) || NAME_JOINER.test(w)) && !/[\u4e00-\u9fff]/.test(s)) return false;
  const headed = ORG_HEAD.test(s) || BODY_HEAD.test(s);
  if (!headed && PEOPLE_CATEGORY.test(s)) return false;
  if (cut) return headed;
  // One capitalised word with no head noun is a place, a salutation or a person ("Washington",
  // "Colleagues"), unless it is an acronym.
  if (!headed && words.length === 1 && !/^\p{Lu}{2,}\d*$/u.test(s)) return false;
  return headed || (words.every((w) => /^[\p{Lu}\d(«„“"]/u.test(w) || NAME_JOINER.test(w)) && /^[\p{Lu}«„“"]/u.test(s) && words.length <= 6);
}

function isBareName(word: string, people: FoundParticipant[]): boolean {
  if (!/^\p{Lu}[\p{L}\d&'’.-]{2,}$/u.test(word) || isVocab(word) || demonymCode(word) || findCountries(word).length || findCityMentions(word).length) return false;
  return !people.some((p) => p.name.includes(word));
}

/** The diplomatic corps as a named body, capitalised as a name (lowercase is a description). */
const DIPLOMATIC_CORPS = /(?<![\p{L}])(?:Diplomatic Corps|Corps diplomatique|Corps Diplomatique|Cuerpo Diplomático|Diplomatisches Korps|Corpul Diplomatic|Korpus Dyplomatyczny|Diplomatic Corp)(?![\p{L}])/u;
/** A category of people ("Heads of Missions", "Members of Parliament"), not a body. */
const PEOPLE_CATEGORY = /(?<![\p{L}])(?:heads|members|representatives|ambassadors|officials|guests|students|delegates|diplomats|journalists|dignitaries|leaders|chiefs)(?![\p{L}])/iu;

/** Foreign affairs in the languages of the sites we read. */
const FOREIGN_AFFAIRS = /foreign|external|exterior|exteriores|étrangères|auswärtig|externe|dışişleri|иностранных|luar negeri|外交|外務|utenriks|ulkoasiain|utrikes|udenrigs|esteri|estrangeiros|zagranicznych|afacerilor externe|extérieures/i;

/** Whether `name` is the foreign ministry `body` under another wording: one that names no other country. */
function sameForeignMinistry(name: string, body: string): boolean {
  if (institutionKind(name) !== 'ministry' || institutionKind(body) !== 'ministry' || !FOREIGN_AFFAIRS.test(name) || !FOREIGN_AFFAIRS.test(body)) return false;
  const own = new Set(countriesNamed(body));
  return countriesNamed(name).every((c) => own.has(c));
}

export function eventOrganizations(input: OrgInput): FoundOrg[] {
  const { text } = input;
  const found: FoundOrg[] = [];
  const excluded = [input.host, input.publisher].filter((x): x is string => !!x).map((x) => x.toLowerCase());
  const hostKind = input.host ? institutionKind(input.host) : null;
  const add = (name: string, at: number, quote = name) => {
    const full = ACRONYMS[name] ?? name;
    const low = full.toLowerCase();
    if (excluded.some((e) => e === low || e.includes(low) || low.includes(e))) return;
    // "the Chinese Embassy in Iceland" is the host under another name.
    if (hostKind && institutionKind(full) === hostKind && /^(?:the\s+)?(?:\p{Lu}\p{L}+\s+)?(?:embassy|mission|delegation|consulate)\b/iu.test(full)) return;
    // "the Foreign Ministry", "the Kenyan Foreign Ministry" on a page of Kenya's foreign ministry.
    if ([input.host, input.publisher].some((body) => body && sameForeignMinistry(full, body))) return;
    // "Photographers' Association" and "Photographers Association" are one body.
    const key = low.replace(/[^\p{L}\p{N}]+/gu, '');
    if (found.some((f) => f.name.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '') === key)) return;
    found.push({ name: full, quote, start: at, end: at < 0 ? -1 : at + quote.length });
  };
  for (const re of LIST_PATTERNS) {
    re.lastIndex = 0;
    const carriers = re === CARRIED_BY;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      // Who carries or performs the event is named, not described: each item's first name counts
      // ("por las ondas de Radio Nacional"), with or without a head noun.
      const items = carriers ? carrierNames(m[1]) : splitList(m[1]);
      const taken = items.map((item) => looksLikeOrg(item.name, input.participants, item.cut));
      items.forEach((item, i) => {
        // A one-word name in an enumeration beside a body is one of them ("media such as Alfanews,
        // Betapress and Friends of Gamma"), unless the word is a place, a nation or a word we know.
        const fellow = !taken[i] && taken.some(Boolean) && isBareName(item.name, input.participants);
        if (taken[i] || fellow) add(item.name, text.indexOf(item.quote, m.index), item.quote);
      });
    }
  }
  // The diplomatic corps named as such, in the headline or the article, is a collective taking part.
  for (const source of [text, input.title ?? '']) {
    const corps = DIPLOMATIC_CORPS.exec(source);
    if (corps && !found.some((f) => f.name.includes(corps[0]))) add(corps[0], source === text ? corps.index : -1);
  }
  // "The Embassy of Ghana in Oslo is among the sponsors": a sponsor that is not the host.
  const sponsor = /(?:^|\.\s+)(?:The\s+)?([\p{Lu}][^.]{3,100}?)\s+(?:is|was|are|were)\s+among\s+the\s+(?:sponsors|organi[sz]ers|partners|supporters)/u.exec(text);
  if (sponsor && looksLikeOrg(sponsor[1], input.participants) && input.host && input.host !== input.publisher) {
    found.push({ name: sponsor[1], quote: sponsor[1], start: text.indexOf(sponsor[1]), end: text.indexOf(sponsor[1]) + sponsor[1].length });
  }
  // Transcript questioners: "Lakeside Times: …".
  for (const m of text.matchAll(/(?:^|\n)([\p{Lu}][\p{L}.&' -]{1,40}?):\s/gu)) {
    const name = m[1].trim();
    if (/\b(news|daily|times|post|tv|television|radio|agency|press|journal|bloomberg|reuters|afp|xinhua|cnn|bbc)\b/i.test(name)) add(name, (m.index ?? 0) + m[0].indexOf(name));
  }
  // Bodies in a participant's office, as the text writes them.
  for (const p of input.participants) {
    for (const body of bodiesInOffice(p.position ?? '')) {
      const at = text.indexOf(body);
      add(body, at);
    }
  }
  for (const { name, start } of namesWithAcronym(text)) if (BODY_HEAD.test(name)) add(name, start);
  // "co-chaired the 2nd Meeting of the Lakeside Partnership Council": the body whose session the
  // event is takes part in it.
  for (const body of sessionBodies(text)) if (looksLikeOrg(body.name, input.participants)) add(body.name, body.start);
  for (const body of classNamedBodies(text)) {
    // "… Lakeside Forum Ana Duarte": a participant's name run into the body's is cut off.
    const person = input.participants.find((p) => body.name.includes(p.name));
    const name = person && body.name.endsWith(` ${person.name}`) ? body.name.slice(0, -person.name.length - 1) : person ? null : body.name;
    if (name && name.split(/\s+/).length >= 2) add(name, body.start);
  }
  // Bodies a participant heads that the text also names elsewhere, e.g. 安第斯议会主席 … 安第斯议会.
  for (const p of input.participants) {
    const m = /^(.{2,12}?(?:议会|协会|委员会|大学|组织))(?:主席|会长|秘书长|主任|校长|副主席)$/.exec(p.position ?? '');
    if (m && text.split(m[1]).length > 2) add(m[1], text.indexOf(m[1]));
  }
  return found;
}
