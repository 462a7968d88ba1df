// Where a mission sits, read from its address when its name does not say: missions' sites carry the
// host country or city in a subdomain (portugal.mfa.example), in the first path segment of a ministry's
// portal (portal.example.id/nairobi/…), or in a local country-code domain (tonga.org.au for Tonga's
// mission in Australia). A domain of the sending country's own code says nothing of the seat.
import { cityCountry, countriesNamed, countryCode, findCountries } from './countries';
import { geonamesCountries } from './gazetteer';
import { institutionRank } from './institutions';
import { isVocab, STOP_WORDS } from './people-vocab';

export interface AddressSeat {
  country: string;
  /** The seat city when the address names one ("nairobi" → Nairobi). */
  city: string | null;
}

/** Country-code domains used as generic names (io, tv, me …): they say nothing of a place. */
const GENERIC_CC = new Set(['io', 'co', 'tv', 'me', 'ai', 'ly', 'fm', 'am', 'cc', 'to', 'gg', 'so', 'la', 'eu', 'su', 'ac', 'ws', 'nu', 'tk']);
/** Second-level names under a country code (tonga.org.au, example.gov.uk, portal.go.id). */
const SECOND_LEVEL = /^(?:com|org|net|gov|govt|gob|gouv|go|edu|ac|co|mil|or|ne|nic|mofa|mfa)$/;
/** Labels and segments that are parts of every site, never a place. */
const SITE_WORDS = /^(?:www\d?|web|portal|news|home|mfa|gov|org|com|net|edu|int|site|sites|pages|en|fr|es|de|ru|zh|ar|pt|main|index|content|public|default|press|media)$/i;

/** The country and city a word of an address names: "portugal" → PT, "nairobi" → Nairobi (KE). */
function placeOfWord(word: string): AddressSeat | null {
  const name = word.replace(/[-_]+/g, ' ').trim();
  if (name.length < 4 || !/^[a-z ]+$/i.test(name) || SITE_WORDS.test(name)) return null;
  const capitalised = name.replace(/(^|\s)\p{L}/gu, (c) => c.toUpperCase());
  const country = countryCode(capitalised);
  if (country) return { country, city: null };
  const curated = cityCountry(capitalised);
  if (curated) return { country: curated, city: capitalised };
  if (isVocab(capitalised) || STOP_WORDS.has(name.toLowerCase())) return null;
  const codes = geonamesCountries(capitalised);
  return codes.length ? { country: codes[0], city: capitalised } : null;
}

export function addressSeat(url: string, publisher: string | null): AddressSeat | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (!/^https?:$/.test(parsed.protocol)) return null;
  const labels = parsed.hostname.toLowerCase().split('.');
  // The sending country a mission's name states ("Tonga High Commission", "Russian Embassy").
  const sending = publisher ? (countriesNamed(publisher)[0] ?? null) : null;
  // Subdomains below the registrable name: "portugal" of portugal.mfa.example, not "tonga" of tonga.org.au.
  const suffix = labels.length > 2 && SECOND_LEVEL.test(labels[labels.length - 2]) && labels[labels.length - 1].length === 2 ? 3 : 2;
  for (const label of labels.slice(0, -suffix)) {
    const seat = placeOfWord(label);
    if (seat && seat.country !== sending) return seat;
  }
  // The first path segment of a portal that hosts its missions' pages.
  const first = decodeSegment(parsed.pathname.split('/').filter(Boolean)[0] ?? '');
  const seat = first ? placeOfWord(first) : null;
  if (seat && seat.country !== sending) return seat;
  // A mission's site on the host country's domain.
  const code = addressCountry(url);
  if (!publisher || institutionRank(publisher) !== 2 || !code || toAnOrganisation(publisher)) return null;
  // Only a mission that names its own country can tell a host's domain from its own.
  return !sending || code === sending ? null : { country: code, city: null };
}

/** The country of an address's country-code domain (minrel.example.cl → CL), null for a generic or other domain. */
export function addressCountry(url: string): string | null {
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase();
  } catch {
    return null;
  }
  const tld = host.split('.').pop() ?? '';
  if (!/^[a-z]{2}$/.test(tld) || GENERIC_CC.has(tld)) return null;
  return tld === 'uk' ? 'GB' : tld.toUpperCase();
}

/** "Mission of China to the EU", "Délégation auprès de l'UNESCO": accredited to a body, not to the country it sits in. */
function toAnOrganisation(publisher: string): boolean {
  const tail = /(?<![\p{L}])(?:to|auprès de|ante|bei|при|presso|junto)\s+(?:the\s+|l['’]|la\s+|le\s+|der\s+|den\s+)?(\p{Lu}.*)$/u.exec(publisher)?.[1];
  return !!tail && !findCountries(tail).length;
}

function decodeSegment(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}
