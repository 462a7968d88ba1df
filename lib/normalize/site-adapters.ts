// Hints for site families whose pages do not say who they are in a usable form. Each adapter keys on
// the site's address only (never on a page), and the generic path must still work without it.
import type { RawCapture } from '../capture/raw-capture';
import { countryByCode } from './countries';
import type { PageMetadata } from './page-metadata';

export interface SiteHints {
  adapter: string;
  /** The issuing body's name as the site family presents it in English. */
  publisher?: string;
  /** 'override' beats what the page declares; 'fallback' only fills a gap or replaces a non-English name. */
  publisherMode?: 'override' | 'fallback';
  /** ISO code of the country a mission site sits in. */
  missionCountry?: string;
}

interface Adapter {
  name: string;
  match: (host: string, path: string) => Omit<SiteHints, 'adapter'> | null;
}

const cap = (s: string) => s.replace(/(^|-)(\p{L})/gu, (_, d: string, c: string) => `${d ? ' ' : ''}${c.toUpperCase()}`);

const ADAPTERS: Adapter[] = [
  {
    // The Chinese Mission to the EU names itself so in its English texts; the long form is only in chrome.
    name: 'cn-mission-eu',
    match: (host) => (/(^|\.)chinamission\.be$|^eu\.china-mission\.gov\.cn$/.test(host) ? { publisher: 'Chinese Mission to the EU', publisherMode: 'override' } : null),
  },
  {
    // xx.china-embassy.gov.cn / xx.china-embassy.org: the subdomain is the host country's ISO code.
    name: 'cn-embassy',
    match: (host) => {
      const m = /^([a-z]{2})\.(?:china-embassy\.(?:org|gov\.cn)|chineseembassy\.org)$/.exec(host);
      const c = m ? countryByCode(m[1]) : undefined;
      return c ? { publisher: `Embassy of the People's Republic of China in ${c.name}`, publisherMode: 'fallback', missionCountry: c.code } : null;
    },
  },
  {
    name: 'cn-mfa',
    match: (host) => (/(^|\.)(mfa\.gov\.cn|fmprc\.gov\.cn)$/.test(host) ? { publisher: "Ministry of Foreign Affairs of the People's Republic of China", publisherMode: 'fallback' } : null),
  },
  {
    // City subdomains of diplo.de are German embassies; the shared og:site_name is the ministry's.
    name: 'de-diplo',
    match: (host) => {
      const m = /^([a-z-]+)\.diplo\.de$/.exec(host);
      if (!m || m[1] === 'www') return null;
      return { publisher: `Deutsche Botschaft ${cap(m[1])}`, publisherMode: 'override' };
    },
  },
];

function hostsOf(raw: RawCapture, meta: PageMetadata): { host: string; path: string }[] {
  const out: { host: string; path: string }[] = [];
  for (const u of [raw.url, raw.canonicalUrl, meta.get('og:url'), meta.get('url')]) {
    if (!u) continue;
    try {
      const p = new URL(u);
      if (p.protocol.startsWith('http')) out.push({ host: p.hostname.toLowerCase().replace(/^www\./, ''), path: p.pathname });
    } catch {
      // Not a URL: nothing to match.
    }
  }
  const domain = meta.get('sitedomain');
  if (domain) out.push({ host: domain.toLowerCase().replace(/^www\./, ''), path: '/' });
  return out;
}

export function siteHints(raw: RawCapture, meta: PageMetadata): SiteHints | null {
  for (const { host, path } of hostsOf(raw, meta)) {
    for (const a of ADAPTERS) {
      const hit = a.match(host, path);
      if (hit) return { adapter: a.name, ...hit };
    }
  }
  return null;
}
