// The site-adapter registry: for each family of mission and ministry sites, where its template puts
// the headline, the date line and the body, how it writes numeric dates, and who it is when its pages
// do not say so usably. Each adapter keys on the address only (host and path patterns, never one
// page), and every other site takes the generic path (metadata + Readability + text rules).
//
// Runs in the worker and the CLI, never in the page: the worker looks up `pageSelectorsFor(tab URL)`
// before injecting the capture script and hands it the plain selector strings, so the injected
// script stays small and generic.
import type { PageSelectors, RawCapture } from '../capture/raw-capture';
import { countryByCode } from './countries';
import type { DateOrder } from './dates';
import type { PageMetadata } from './page-metadata';

export type { DateOrder, PageSelectors };

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
  /** Host without "www.", lower-cased; anchored patterns only, so a lookalike host never matches. */
  host: RegExp;
  /** Path pattern, when only part of a host is the family's template. */
  path?: RegExp;
  selectors?: PageSelectors;
  dateOrder?: DateOrder;
  hints?: (host: string, path: string) => Omit<SiteHints, 'adapter'> | null;
}

/** What the registry says about one address. */
export interface SiteAdapter {
  name: string;
  selectors: PageSelectors | null;
  dateOrder: DateOrder | null;
  hints: SiteHints | null;
}

const cap = (s: string) => s.replace(/(^|-)(\p{L})/gu, (_, d: string, c: string) => `${d ? ' ' : ''}${c.toUpperCase()}`);

// The TRS content system behind every Chinese foreign-affairs site (ministry, missions, embassies,
// consulates, old and new templates alike) marks the three parts with the same ids.
const CN_TRS: PageSelectors = {
  headline: '#News_Body_Title',
  dateLine: '#News_Body_Time',
  body: '#News_Body_Txt_A',
};

const ADAPTERS: Adapter[] = [
  {
    // The Chinese Mission to the EU names itself so in its English texts; the long form is only in chrome.
    name: 'cn-mission-eu',
    host: /^(?:[a-z0-9-]+\.)*chinamission\.be$|^eu\.china-mission\.gov\.cn$/,
    selectors: CN_TRS,
    dateOrder: 'ymd',
    hints: () => ({ publisher: 'Chinese Mission to the EU', publisherMode: 'override' }),
  },
  {
    // xx.china-embassy.gov.cn / xx.china-embassy.org: the subdomain is the host country's ISO code.
    name: 'cn-embassy',
    host: /^[a-z]{2}\.(?:china-embassy\.(?:org|gov\.cn)|chineseembassy\.org)$/,
    selectors: CN_TRS,
    dateOrder: 'ymd',
    hints: (host) => {
      const c = countryByCode(host.slice(0, 2));
      return c ? { publisher: `Embassy of the People's Republic of China in ${c.name}`, publisherMode: 'fallback', missionCountry: c.code } : null;
    },
  },
  {
    // Missions to international organisations (un., geneva., vienna.…) and consulates general: the
    // same template, but the subdomain names a city or body, not a country.
    name: 'cn-mission',
    host: /^[a-z0-9-]+\.(?:china-mission\.gov\.cn|china-consulate\.(?:org|gov\.cn)|china-embassy\.(?:org|gov\.cn)|chineseembassy\.org)$/,
    selectors: CN_TRS,
    dateOrder: 'ymd',
  },
  {
    name: 'cn-mfa',
    host: /^(?:[a-z0-9-]+\.)*(?:mfa\.gov\.cn|fmprc\.gov\.cn)$/,
    selectors: CN_TRS,
    dateOrder: 'ymd',
    hints: () => ({ publisher: "Ministry of Foreign Affairs of the People's Republic of China", publisherMode: 'fallback' }),
  },
  {
    // WordPress theme of state.gov since 2019: the headline, the date under it and the post body.
    name: 'us-state',
    host: /^state\.gov$/,
    selectors: {
      headline: '.featured-content__headline',
      dateLine: '.article-meta__publish-date',
      body: '.entry-content',
    },
    dateOrder: 'mdy',
  },
  {
    // The shared WordPress theme of embassies (xx.usembassy.gov) and missions (usun.usmission.gov):
    // the date sits in the "By … | December 20, 2019 | Topics" line under or after the post.
    name: 'us-mission',
    host: /^(?:[a-z0-9-]+\.)*(?:usembassy\.gov|usmission\.gov|usconsulate\.gov)$/,
    selectors: {
      headline: 'h1.entry-title',
      dateLine: '.mo-post-categories, .entry-meta time, .entry-header time',
      body: '.entry-content',
    },
    dateOrder: 'mdy',
  },
  {
    // GOV.UK (embassies and high commissions publish under gov.uk/government/world); fco.gov.uk
    // addresses now redirect to GOV.UK pages, so copies saved under the old address show this template.
    name: 'uk-govuk',
    host: /^(?:gov\.uk|fco\.gov\.uk)$/,
    selectors: {
      headline: 'h1.gem-c-heading__text, h1.gem-c-title__text, main h1.govuk-heading-l',
      dateLine: '.gem-c-published-dates',
      // The lead paragraph under the headline is part of the story (it often names who spoke).
      body: '.gem-c-lead-paragraph, .gem-c-govspeak, .govspeak',
    },
    dateOrder: 'dmy',
  },
  {
    // EEAS headquarters and delegation pages (Drupal): "Tanzania, 24/09/2021 - 21:41" under the headline.
    name: 'eu-eeas',
    host: /^eeas\.europa\.eu$/,
    selectors: {
      headline: 'h1.page-header, h1.ecl-page-header__title',
      dateLine: '.node-info, .ecl-page-header__meta',
      body: '.field-name-body, .field--name-body',
    },
    dateOrder: 'dmy',
  },
  {
    // German missions (city.diplo.de) and the Federal Foreign Office: the article heading carries
    // "06.07.2018 - Artikel" above the title; the text comes in one or more rich-text blocks.
    name: 'de-diplo',
    host: /^(?:[a-z0-9-]+\.)?diplo\.de$|^auswaertiges-amt\.de$/,
    selectors: {
      headline: '.heading--article .heading__title',
      dateLine: '.heading--article .heading__meta',
      body: '.rte__content',
    },
    dateOrder: 'dmy',
    hints: (host) => {
      // City subdomains of diplo.de are German embassies; the shared og:site_name is the ministry's.
      const m = /^([a-z-]+)\.diplo\.de$/.exec(host);
      return m ? { publisher: `Deutsche Botschaft ${cap(m[1])}`, publisherMode: 'override' } : null;
    },
  },
  {
    // The ministry's SPIP template, shared by diplomatie.gouv.fr and the embassies (xx.ambafrance.org,
    // the older ambafrance-xx.org). The only date on an embassy page is "Dernière modification : 12/09/2014".
    name: 'fr-diplomatie',
    host: /^diplomatie\.gouv\.fr$|^(?:[a-z0-9-]+\.)*ambafrance(?:-[a-z]{2,3})?\.org$/,
    selectors: {
      headline: '.cartouche h1, h1.titre',
      dateLine: '.info-publi, .date-publication',
      body: '#contenu .texte',
    },
    dateOrder: 'dmy',
  },
  {
    // The Ministry of External Affairs and the Indian missions' own sites (indemb-oman.gov.in,
    // eoi.gov.in/…, hcilondon.gov.in, cgisf.gov.in …), most of them built on the same news template.
    name: 'in-mea',
    host: /^(?:[a-z0-9-]+\.)*(?:mea|eoi)\.gov\.in$|^(?:indemb|indembassy|indianembassy|embassyofindia|hci|cgi)[a-z0-9-]*\.gov\.in$/,
    selectors: {
      headline: '.inner-content .page-title, .news-detail h3',
      body: '.news-detail',
    },
    dateOrder: 'dmy',
  },
  {
    // Japanese and English press releases of the Ministry of Foreign Affairs of Japan.
    name: 'jp-mofa',
    host: /^mofa\.go\.jp$/,
    selectors: {
      headline: '#main h1',
      dateLine: '#main .rightalign',
      body: '#main .main-text',
    },
    dateOrder: 'ymd',
  },
  {
    // The ministry and its embassies' pages (exteriores.gob.es/Embajadas/…): title, date, body.
    name: 'es-exteriores',
    host: /^exteriores\.gob\.es$/,
    selectors: {
      headline: '.noticia h1, h1.titulo',
      dateLine: '.noticia .fecha',
      body: '.noticia .cuerpo',
    },
    dateOrder: 'dmy',
  },
  {
    // The board template of mofa.go.kr and the embassies' overseas.mofa.go.kr pages: the first <dd>
    // of the info list is the date (the second is the hit count).
    name: 'kr-mofa',
    host: /^(?:overseas\.)?mofa\.go\.kr$/,
    selectors: {
      headline: '.board-view .tit',
      dateLine: '.board-view .info dd:first-of-type',
      body: '.board-view .view-con',
    },
    dateOrder: 'ymd',
  },
];

function hostAndPath(url: string | null | undefined): { host: string; path: string } | null {
  if (!url) return null;
  try {
    const p = new URL(url);
    if (!p.protocol.startsWith('http')) return null;
    return { host: p.hostname.toLowerCase().replace(/\.$/, '').replace(/^www\./, ''), path: p.pathname };
  } catch {
    // Not a URL: nothing to match.
    return null;
  }
}

function findAdapter(host: string, path: string): Adapter | null {
  return ADAPTERS.find((a) => a.host.test(host) && (!a.path || a.path.test(path))) ?? null;
}

/** The adapter for a page address, or null for the generic path. */
export function siteAdapterFor(url: string | null | undefined): SiteAdapter | null {
  const at = hostAndPath(url);
  const a = at && findAdapter(at.host, at.path);
  if (!at || !a) return null;
  const hit = a.hints?.(at.host, at.path) ?? null;
  return { name: a.name, selectors: a.selectors ?? null, dateOrder: a.dateOrder ?? null, hints: hit && { adapter: a.name, ...hit } };
}

/** Selectors the capture script tries for a page, from its address alone (the worker knows it before injecting). */
export function pageSelectorsFor(url: string): PageSelectors | null {
  const s = siteAdapterFor(url)?.selectors;
  return s ? { ...s } : null;
}

/**
 * The order of numeric dates on a page: its adapter's, else month first on United States federal
 * sites (.gov, .mil without a country suffix), else day first as nearly everywhere else.
 */
export function dateOrderFor(url: string | null | undefined): DateOrder {
  const adapter = siteAdapterFor(url);
  if (adapter?.dateOrder) return adapter.dateOrder;
  const at = hostAndPath(url);
  return at && /\.(?:gov|mil)$/.test(at.host) ? 'mdy' : 'dmy';
}

function addressesOf(raw: RawCapture, meta: PageMetadata): { host: string; path: string }[] {
  const out = [raw.url, raw.canonicalUrl, meta.get('og:url'), meta.get('url')].map(hostAndPath).filter((x) => x !== null);
  const domain = meta.get('sitedomain');
  if (domain) out.push({ host: domain.toLowerCase().replace(/^www\./, ''), path: '/' });
  return out;
}

/**
 * Publisher hints from the first address of the page (its URL, then the canonical and declared
 * ones) that an adapter with hints recognises: a saved copy still names its site in its metadata.
 */
export function siteHints(raw: RawCapture, meta: PageMetadata): SiteHints | null {
  for (const { host, path } of addressesOf(raw, meta)) {
    for (const a of ADAPTERS) {
      if (!a.hints || !a.host.test(host) || (a.path && !a.path.test(path))) continue;
      const hit = a.hints(host, path);
      if (hit) return { adapter: a.name, ...hit };
    }
  }
  return null;
}

/** Adapter names, for tests that check every family has a test. */
export const ADAPTER_NAMES: readonly string[] = ADAPTERS.map((a) => a.name);
