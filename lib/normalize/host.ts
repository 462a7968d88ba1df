// Who organised or hosted the event. Often the publisher, but only when the text shows the publisher
// (or the person who heads it) acting: a page about a minister's call abroad has no host of its own.
import type { EventType, FieldOrigin } from '../record-schema';
import type { FoundParticipant } from './people';
import { institutionKind, type InstitutionKind as Kind } from './institutions';
import { bodiesInOffice, isBodyName, sessionBodies } from './organizations';

export interface HostInput {
  title: string | null;
  text: string;
  type: EventType;
  publisher: string | null;
  participants: FoundParticipant[];
}

export interface Host {
  value: string | null;
  quote: string | null;
  start: number;
  end: number;
  origin: FieldOrigin;
}

const MEDIA = /\b(television|tv|channel|radio|news|times|daily|post|journal|magazine|agency|press|network|broadcasting|gazette|herald|tribune|newspaper|programme|program)\b/i;
const VENUE_ORG = /\b(institute|university|academy|council|forum|association|society|cent(?:er|re)|foundation|club|chamber|school|college|museum|parliament|assembly)\b/i;
const HOSTING = /(?<![\p{L}])(?:held|hosted|hosts|holds|organi[sz]ed|organi[sz]es|invited|invites|convened|a organisé|organizó|organiza|veranstaltete|richtete|a organizat|a găzduit|a oferit|zorganizował\p{L}*|gościł\p{L}*|järjesti|isännöi|arrangerte|inviterte|menyelenggarakan|menggelar|düzenledi|организовал\p{L}*|провел\p{L}*|провёл|ha organizzato|ha ospitato|organizou|ofereceu)(?![\p{L}])|举办|主办|举行|宴请|主持|招待|จัดงาน/iu;
/** Ranks and offices that make a person the face of a mission or ministry. */
const MISSION_HEAD = /ambassador|chargé|charge d|head of|botschafter|embajador|ambassadeur|ambasador|ambasciatore|embaixador|ambassadør|suurlähettiläs|duta besar|büyükelçi|посол|เอกอัครราชทูต|大使|permanent representative|consul|konsul/i;
const MINISTRY_HEAD = /minister|cabinet secretary|minist(?:ro|ra|re|rul|r)(?![\p{L}])|ministerin|canciller|vicecanciller|menteri|bakan(?![\p{L}])|министр|ulkoministeri|รัฐมนตรี|secretary of state|secretary of foreign affairs|spokes|portavoz|porte-parole|sprecher|purtător de cuvânt|rzecznik|juru bicara|sözcü|外務大臣|大臣|外长|部长|发言人|国务卿/iu;

/**
 * The mission an envoy's office names: "Ghanaian Ambassador to Norway" → "Ghanaian Embassy in
 * Norway", "Ambassador of Spain to Peru" → "Embassy of Spain in Peru",
 * 中国驻秘鲁大使 → 中国驻秘鲁使馆. Null when the office names no country to be in.
 */
export function missionOfOffice(position: string): string | null {
  const zh = /^(.*驻.+?)(?:特命全权)?大使$/.exec(position.trim());
  if (zh) return `${zh[1]}使馆`;
  const m = /^(.*?)(?<![\p{L}])(Ambassador|Embajador(?:a)?|Ambassadeur|Ambassadrice|Botschafter(?:in)?|Consul[- ]General|Consul)(?![\p{L}])\s+(?:Extraordinary and Plenipotentiary\s+)?((?:of|de|du|des|der|von)\s+.+?\s+)?(to|in|en|ante|à|au|aux|in der|bei)\s+(.+)$/u.exec(position.trim());
  if (!m) return null;
  const body: Record<string, string> = { Ambassador: 'Embassy', Embajador: 'Embajada', Embajadora: 'Embajada', Ambassadeur: 'Ambassade', Ambassadrice: 'Ambassade', Botschafter: 'Botschaft', Botschafterin: 'Botschaft', 'Consul General': 'Consulate General', 'Consul-General': 'Consulate General', Consul: 'Consulate' };
  const preposition: Record<string, string> = { to: 'in', in: 'in', en: 'en', ante: 'en', à: 'à', au: 'au', aux: 'aux', 'in der': 'in der', bei: 'in' };
  const lead = m[1].replace(/^(?:the|el|la|le|l['’]|der|die)\s+/i, '');
  return `${lead}${body[m[2]] ?? m[2]} ${m[3] ?? ''}${preposition[m[4]] ?? m[4]} ${m[5]}`.replace(/\s+/g, ' ').trim();
}

function headOf(p: FoundParticipant, kind: Kind): boolean {
  const s = `${p.title ?? ''} ${p.position ?? ''}`;
  if (kind === 'embassy' || kind === 'mission' || kind === 'consulate') return MISSION_HEAD.test(s);
  if (kind === 'ministry') return MINISTRY_HEAD.test(s) && !/ambassador|大使/i.test(s);
  return false;
}

/** "paid a courtesy call on", "rend une visite de courtoisie à": the visited side follows. */
const COURTESY = /(?:courtesy (?:call|visit)|visite de courtoisie|visita de cortes[íi]a|Höflichkeitsbesuch|kunjungan kehormatan|nezaket ziyareti|vizită de curtoazie|vizita de curtoazie)\s+(?:on|to|at|with|à|a|al|au|auprès de|bei|ke|la|pe)\s/iu;

const TOOK_PART = /(?<![\p{L}])(?:took part in|participated in|a pris part (?:à|au|aux)|a participé (?:à|au|aux)|participó en|tomó parte en|nahm an|a participat la|a luat parte la|deltok på|deltog i|osallistui|wziął udział|mengikuti|katıldı|принял участие)(?![\p{L}])/iu;

/** "in/at the <body>" in the languages of mission sites, for each kind of body. */
const VENUE_PREPOSITION = "(?:in|at)\\s+(?:the\\s+)?|(?:en|dans)\\s+(?:la\\s+|el\\s+|le\\s+|l['’]\\s*)?|à\\s+l['’]\\s*|au\\s+|in\\s+der\\s+|im\\s+|w\\s+|în\\s+|na\\s+|nella\\s+|nell['’]\\s*|di\\s+|в\\s+";
const venueOf = (words: string) => new RegExp(`(?<![\\p{L}])(?:${VENUE_PREPOSITION})(?:${words})(?![\\p{L}])`, 'iu');
const VENUE_OF_KIND: Record<Exclude<Kind, null>, RegExp> = {
  embassy: venueOf('embassy|embajada|ambassade|botschaft|ambasadzie|ambasada|ambasciata|embaixada|kedutaan besar|посольстве'),
  mission: venueOf('mission|delegation|misión|délégation|delegación|vertretung|misiunea|delegazione'),
  consulate: venueOf('consulate(?:[- ]general)?|consulado|consulat|generalkonsulat|konsulat|konsulacie|consolato|консульстве'),
  ministry: venueOf('ministry|ministerio|ministère|ministerium|auswärtigen amt|ministerstwie|ministerul|ministero|ministério|министерстве'),
};

/** A branch of a body ("Lakeside Representative Office of the Foreign Ministry") is not the body itself. */
const BRANCH_OFFICE = /(?<![\p{L}])(?:representative|regional|branch|liaison|provincial|field)\s+(?:office|bureau|directorate)(?![\p{L}])/iu;

/** The organisers a phrase lists: "the A, B and the C to mark …" → A, B, C (each as written, without its article). */
function organiserItems(list: string): string[] {
  const body = list.split(/\s+(?:to|in order to|on the occasion|at|in|on)\s+(?=\p{Ll})|,\s+(?=\p{Ll})/u)[0];
  return body.split(/,\s*(?:and\s+)?|\s+and\s+(?=the\s|\p{Lu})/u).map((x) => x.trim().replace(/^the\s+/i, '').replace(/[,.;]+$/, '')).filter(Boolean);
}

const none: Host = { value: null, quote: null, start: -1, end: -1, origin: 'text' };

export function eventHost(input: HostInput): Host {
  const { text, title, type, publisher } = input;
  const pubKind = publisher ? institutionKind(publisher) : null;
  const at = (quote: string, value: string, origin: FieldOrigin = 'text'): Host => {
    const i = text.indexOf(quote);
    return { value, quote, start: i, end: i >= 0 ? i + quote.length : -1, origin: i >= 0 ? origin : 'metadata' };
  };

  if (type === 'interview') {
    // "Interview with Ana Duarte, Lakeside Television Channel One, …": the outlet hosts.
    for (const s of [title ?? '', text.slice(0, 400)]) {
      const m = /interview(?:ed)?\s+(?:with|by)\s+[^,]+,\s*([^,\n]+)/i.exec(s);
      if (m && MEDIA.test(m[1])) return at(m[1].trim(), m[1].trim());
      // "In an interview televised by CNN", "interview given to CNN": an outlet named after the
      // interview's verb, by a media word or as an acronym.
      const outlet = /interview\s+(?:(?:televised|broadcast|aired|published|given|granted)\s+)?(?:with|to|by|on|for)\s+(?:the\s+)?([\p{Lu}][\p{L}\d&.-]*(?:\s+[\p{Lu}][\p{L}\d&.-]*){0,4})/u.exec(s);
      if (outlet && (MEDIA.test(outlet[1]) || /^\p{Lu}{2,5}$/u.test(outlet[1]))) return at(outlet[1], outlet[1]);
    }
    return none;
  }

  if (type === 'speech') {
    const m = /(?:speech|remarks|address|lecture)[^.]{0,200}?\bat\s+(?:the\s+)?((?:\p{Lu}[\p{L}’'-]*\s+)(?:(?:of|for|on|and|the)\s+|\p{Lu}[\p{L}’'-]*\s*)*)/u.exec(text);
    if (m && VENUE_ORG.test(m[1])) {
      const org = m[1].trim().replace(/\s+(?:of|for|on|and|the)$/i, '');
      return at(org, org);
    }
  }

  // A courtesy call is hosted by the side visited: the body its person heads, or the person.
  const courtesy = COURTESY.exec(text.slice(0, 2000));
  if (courtesy) {
    const from = courtesy.index + courtesy[0].length;
    const visited = input.participants.find((p) => p.evidence.start >= from && p.evidence.start - from < 200);
    if (visited) {
      const body = bodiesInOffice(visited.position ?? '')[0];
      return body ? at(body, body) : at(visited.evidence.quote, visited.name);
    }
  }

  // "jointly organized by A, B and the Chinese Embassy in Iceland": the publisher among the organisers.
  // Organisers that are other bodies (a branch office of the ministry, a governorship) are named
  // together as written (FORMAT: joint organisers).
  const org = /(?:organi[sz]ed|hosted|sponsored|co-?hosted)\s+(?:jointly\s+)?by\s+([^.;]+)/i.exec(text);
  if (org) {
    const items = organiserItems(org[1]);
    if (pubKind && items.some((item) => institutionKind(item) === pubKind && !BRANCH_OFFICE.test(item))) return at(org[0], publisher!);
    if (items.length >= 2 && items.every(isBodyName)) {
      const joint = items.join(' and ');
      const written = org[1].trim().replace(/^the\s+/i, '');
      return written.startsWith(items[0]) && written.endsWith(items[items.length - 1]) ? at(written, written) : at(items[0], joint);
    }
  }

  // "participated in the 48th Session of the Council of … of the Organisation of …": the body
  // whose session it is hosts it (a passive "held in …" after it names no host).
  const tookPart = TOOK_PART.exec(text.slice(0, 400));
  if (tookPart) {
    const from = tookPart.index + tookPart[0].length;
    const session = sessionBodies(text.slice(from, from + 240)).find((b) => b.start < 60);
    if (session) {
      // An organ's session is its parent's ("Council of Ministers of the Lakeside Union" → the Union).
      const name = session.name.replace(/\s*\([^)]*\)$/, '');
      for (const of of name.matchAll(/\s+of\s+(?:the\s+)?(?=\p{Lu})/gu)) {
        const parent = name.slice(of.index! + of[0].length);
        if (isBodyName(name.slice(0, of.index)) && isBodyName(parent)) return at(parent, parent);
      }
      return at(session.name, session.name);
    }
  }

  // The subject of a hosting verb.
  for (const sentence of text.split(/(?<=[.。!?！？])\s*/).slice(0, 6)) {
    const v = HOSTING.exec(sentence);
    if (!v) continue;
    const subject = sentence.slice(0, v.index);
    if (pubKind && institutionKind(subject) === pubKind) return at(sentence.slice(0, v.index + v[0].length).trim(), publisher!);
    const person = input.participants.find((p) => p.evidence.start >= 0 && subject.includes(p.name));
    if (person) {
      if (headOf(person, pubKind)) return at(person.evidence.quote, publisher!);
      // A host from another body (an ambassador reporting to the ministry that publishes): his
      // mission when he hosts in office (FORMAT: the mission hosts), else the person.
      if (/[\u4e00-\u9fff]/.test(sentence) || institutionKind(person.position ?? '') !== pubKind) {
        const mission = MISSION_HEAD.test(`${person.title ?? ''} ${person.position ?? ''}`) ? missionOfOffice(person.position ?? '') : null;
        return mission ? at(mission, mission) : at(person.evidence.quote, person.name);
      }
    }
  }

  // Attending someone else's event makes the publisher a guest, not the host: said in the headline
  // or in the lead ("a pris part à", "took part in", "participó en").
  if (title && /\b(attends?|attended|attending)\b|出席|参加/i.test(title)) return none;
  if (tookPart) return none;

  if (!publisher) return none;
  // The publisher is only a sponsor: the institution its counterpart heads is the host.
  if (/\b(among the sponsors|sponsored|sponsors of|supporters of)\b/i.test(text) && (type === 'exhibition' || type === 'ceremony')) {
    for (const p of input.participants) {
      const m = /^(?:president|director|chair(?:man|woman|person)?|head)\s+of\s+(?:the\s+)?(.+)$/i.exec(p.position ?? '');
      if (m && !headOf(p, pubKind)) return at(m[1], m[1]);
    }
  }
  // A ministry's page on a reception given by one of its ambassadors: his mission hosts.
  if (pubKind === 'ministry' && type === 'reception') {
    const envoy = input.participants.find((p) => MISSION_HEAD.test(`${p.title ?? ''} ${p.position ?? ''}`) && missionOfOffice(p.position ?? ''));
    const mission = envoy && missionOfOffice(envoy.position ?? '');
    if (mission && !input.participants.some((p) => headOf(p, pubKind))) return at(mission, mission);
  }
  // A minister on a visit is the visitor: the visited side hosts, and the text did not name it.
  const actor = type === 'visit' && pubKind === 'ministry' ? undefined : input.participants.find((p) => headOf(p, pubKind));
  if (actor) return at(actor.evidence.quote, publisher);
  const mentioned = pubKind === 'ministry'
    ? /\b(?:the|this)\s+(?:foreign\s+)?ministry\b|\bministry of foreign affairs\b|外交部|外務省/i.exec(text)
    : pubKind
      ? /\b(?:the|this|our)\s+(?:\p{Lu}\p{L}+\s+)?(?:embassy|mission|delegation|consulate)\b|\bresidence of the ambassador\b|\bambassador of the\b|使馆/iu.exec(text)
      : null;
  if (mentioned) return at(mentioned[0], publisher);
  // The event held on the publisher's premises, in any language: "fand in der Botschaft … statt",
  // "se celebró en la Embajada", "s'est tenue à l'Ambassade".
  const venue = pubKind ? VENUE_OF_KIND[pubKind].exec(text.slice(0, 1500)) : null;
  if (venue) return at(venue[0], publisher);
  // What a body does on its own: a ministry's statements, briefings and speeches, a mission's
  // receptions. Nothing above named another host, so the publisher is it.
  const own = type === 'statement' || type === 'press-conference' || (type === 'speech' && pubKind === 'ministry') ||
    (type === 'reception' && (pubKind === 'embassy' || pubKind === 'mission' || pubKind === 'consulate'));
  if (own) return { value: publisher, quote: publisher, start: -1, end: -1, origin: 'metadata' };
  return none;
}
