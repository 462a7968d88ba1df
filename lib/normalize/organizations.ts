// Organisations named as taking part: lists after "such as" / "including", co-organisers, signatories,
// implementing partners, represented bodies, questioners in a transcript. Never the host itself.
import type { EventType } from '../record-schema';
import { demonymCode, findCountries } from './countries';
import { institutionKind } from './host';
import type { FoundParticipant } from './people';
import { HONORIFICS_AT_START } from './people-vocab';

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

const LIST_PATTERNS: RegExp[] = [
  /\b(?:such as|including|among them)\s+([^.;:]+)/gi,
  /\b(?:jointly\s+)?(?:organi[sz]ed|co-organi[sz]ed|co-hosted)\s+by\s+([^.;:]+)/gi,
  /\bsigned\s+(?:between|by)\s+([^.;:]+)/gi,
  /\bpartners?\b[^.;:]{0,40}?\b(?:have been|has been|are|were|include|included)\s+([^.;:]+)/gi,
  /\b(?:members|representatives|delegates|delegations)\s+(?:of|from)\s+([^.;:]+)/gi,
  /\b(?:experts|officials|diplomats|journalists|guests)\s+from\s+([^.;:]+)/gi,
  /\bhas invited\s+([^.;:]+?)\s+to\b/gi,
];

function splitList(s: string): string[] {
  // Cut the list where the sentence goes on ("… and the Open Society Forum. Also …", "… attended the …").
  const cut = s.search(/\s(?:attended|were|was|took|also|who|which|to (?:attend|take)|in (?:the|this))\b/);
  const body = cut >= 0 ? s.slice(0, cut) : s;
  const parts = body.split(/,\s*(?:and\s+)?|\s+and\s+(?=the\s)|\s+y\s+(?=(?:el|la|los)\s)/);
  const out: string[] = [];
  for (const p of parts) {
    // "Jiangxi Association … and Friends of China Society": two names joined by a bare "and".
    if (parts.length === 1) out.push(...p.split(/\s+and\s+(?=\p{Lu})/u));
    else out.push(p);
  }
  return out.map((x) => x.trim().replace(/^(?:the|a|an|el|la|los|las|le|les)\s+/i, '').replace(/[,.;]+$/, '').trim());
}

const ORG_HEAD = /\b(association|society|council|committee|commission|ministry|department|agency|institute|foundation|corps|union|organi[sz]ation|parliament|assembly|majlis|chamber|corporation|company|university|academy|bank|fund|forum|group|police|bureau|office|news|daily|times|media|centre|center|museum|library|club|federation|party)\b|议会|协会|委员会|大学|组织|公司|基金会|研究院|研究所/i;

function looksLikeOrg(s: string, people: FoundParticipant[]): boolean {
  if (!/^[\p{Lu}\d]/u.test(s) || s.length < 2 || s.length > 140) return false;
  if (HONORIFICS_AT_START.test(s)) return false;
  if (people.some((p) => s.includes(p.name))) return false;
  if (/\b(diplomats|journalists|officials|guests|experts|friends)\b/.test(s) && !/^\p{Lu}/u.test(s)) return false;
  const countries = findCountries(s);
  if (countries.length && countries[0].start === 0 && countries[0].end === s.length) return false;
  if (findCountries(s).length && s.split(/\s+/).length === 1) return false;
  if (demonymCode(s)) return false;
  const words = s.split(/\s+/);
  // Names are written in capitals: "Chinese media outlets based in Europe" is a description.
  if (!words.every((w) => /^[\p{Lu}\d(&]/u.test(w) || /^(of|for|and|the|de|del|la|du|des|in|on|to|with|y|et)$/i.test(w)) && !/[\u4e00-\u9fff]/.test(s)) return false;
  return ORG_HEAD.test(s) || words.every((w) => /^[\p{Lu}(]/u.test(w) || /^(of|for|and|the|de|del|la|du|des|in)$/i.test(w)) && words.length <= 6;
}

export function eventOrganizations(input: OrgInput): FoundOrg[] {
  const { text } = input;
  const found: FoundOrg[] = [];
  const excluded = [input.host, input.publisher].filter((x): x is string => !!x).map((x) => x.toLowerCase());
  const hostKind = input.host ? institutionKind(input.host) : null;
  const add = (name: string, at: number) => {
    const full = ACRONYMS[name] ?? name;
    const low = full.toLowerCase();
    if (excluded.some((e) => e === low || e.includes(low) || low.includes(e))) return;
    // "the Chinese Embassy in Iceland" is the host under another name.
    if (hostKind && institutionKind(full) === hostKind && /^(?:the\s+)?(?:\p{Lu}\p{L}+\s+)?(?:embassy|mission|delegation|consulate)\b/iu.test(full)) return;
    if (found.some((f) => f.name.toLowerCase() === low)) return;
    found.push({ name: full, quote: name, start: at, end: at + name.length });
  };
  for (const re of LIST_PATTERNS) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      for (const item of splitList(m[1])) {
        if (!looksLikeOrg(item, input.participants)) continue;
        add(item, text.indexOf(item, m.index));
      }
    }
  }
  // "The Embassy of Spain in London is among the sponsors": a sponsor that is not the host.
  const sponsor = /(?:^|\.\s+)(?:The\s+)?([\p{Lu}][^.]{3,100}?)\s+(?:is|was|are|were)\s+among\s+the\s+(?:sponsors|organi[sz]ers|partners|supporters)/u.exec(text);
  if (sponsor && looksLikeOrg(sponsor[1], input.participants) && input.host && input.host !== input.publisher) {
    found.push({ name: sponsor[1], quote: sponsor[1], start: text.indexOf(sponsor[1]), end: text.indexOf(sponsor[1]) + sponsor[1].length });
  }
  // Transcript questioners: "China Daily: …".
  for (const m of text.matchAll(/(?:^|\n)([\p{Lu}][\p{L}.&' -]{1,40}?):\s/gu)) {
    const name = m[1].trim();
    if (/\b(news|daily|times|post|tv|television|radio|agency|press|journal|bloomberg|reuters|afp|xinhua|cnn|bbc)\b/i.test(name)) add(name, (m.index ?? 0) + m[0].indexOf(name));
  }
  // Bodies a participant heads that the text also names elsewhere, e.g. 安第斯议会主席 … 安第斯议会.
  for (const p of input.participants) {
    const m = /^(.{2,12}?(?:议会|协会|委员会|大学|组织))(?:主席|会长|秘书长|主任|校长|副主席)$/.exec(p.position ?? '');
    if (m && text.split(m[1]).length > 2) add(m[1], text.indexOf(m[1]));
  }
  return found;
}
