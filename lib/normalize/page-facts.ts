// Facts about the page itself (title, publication date, publisher), from metadata first, then the
// visible page, and only last from the article text.
import type { RawCapture } from '../capture/raw-capture';
import { squashSpace } from '../capture/block-text';
import { isoDay, parseDay } from './dates';
import { type Fact, metadataQuote } from './evidence';
import { cleanName, englishInstitutionName, institutionRank, isChromeName, isEnglish } from './institutions';
import { type PageMetadata, firstOf } from './page-metadata';
import type { SiteHints } from './site-adapters';

const PUBLISHED_KEYS = [
  'article:published_time',
  'og:published_time',
  'published_time',
  'govuk:first-published-at',
  'pubdate',
  'publishdate',
  'publish-date',
  'publication_date',
  'datepublished',
  'dc.date.issued',
  'dc.date',
  'dcterms.issued',
  'dcterms.date',
  'date',
  'sailthru.date',
  'parsely-pub-date',
] as const;

const TITLE_SEPARATOR = /\s+[-|–—:·]\s+|\s+[|｜]\s*/;

/** Names the page gives for its site, used to strip "Headline - Site" suffixes. */
function siteNames(raw: RawCapture, meta: PageMetadata): string[] {
  return [meta.get('og:site_name'), meta.get('sitename'), meta.get('application-name'), raw.siteHeader, raw.article?.siteName]
    .filter((s): s is string => !!s)
    .map((s) => cleanName(s));
}

const norm = (s: string) => s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

function isSiteSegment(seg: string, sites: string[]): boolean {
  const n = norm(seg);
  if (!n) return true;
  if (/^(.* )?(website|homepage|home page|official site|portal)$/.test(n)) return true;
  return sites.some((s) => {
    const t = norm(s);
    return t === n || (t.length > 6 && (t.includes(n) || n.includes(t)));
  }) || isInstitutionName(seg);
}

const NAME_GLUE = /^(?:of|the|in|to|and|for|at|on|de|del|la|le|du|des|en|au|aux|y|et|und|der|die|&)$/i;

/** A segment that is an institution's name ("Embassy of India, Muscat"), not a headline about one. */
function isInstitutionName(seg: string): boolean {
  if (institutionRank(seg) === 0 || /\d/.test(seg)) return false;
  if (/\b(meets?|met|visits?|holds?|held|attends?|calls?|signs?|hosts?|celebrates?|commemorates?|receives?|opens?|marks?|launches?|delivers?|invites?|welcomes?|congratulates?)\b/i.test(seg)) return false;
  const words = seg.split(/[\s,]+/).filter(Boolean);
  if (words.length > 12) return false;
  return words.every((w) => /^[\p{Lu}(&'’"“]/u.test(w) || NAME_GLUE.test(w) || /[\u3040-\u9fff]/.test(w));
}

function stripSite(title: string, sites: string[]): string {
  // "外務省: 日米外相電話会談": a colon also separates a site prefix, when that prefix is the site.
  const colon = /^([^:：]{2,60})[:：]\s*(.+)$/.exec(title);
  if (colon && isSiteSegment(colon[1], sites) && !TITLE_SEPARATOR.test(title)) return colon[2].trim();
  const segs = title.split(TITLE_SEPARATOR).map((s) => s.trim()).filter(Boolean);
  if (segs.length < 2) return title;
  const kept = segs.filter((s) => !isSiteSegment(s, sites));
  if (!kept.length || kept.length === segs.length) return title;
  // Rejoin with the page's own separator so a headline that contains " - " survives.
  const start = title.indexOf(kept[0]);
  const last = kept[kept.length - 1];
  const end = title.lastIndexOf(last) + last.length;
  return title.slice(start, end).trim();
}

export function pageTitle(raw: RawCapture, meta: PageMetadata): Fact<string> {
  const sites = siteNames(raw, meta);
  const crumbs = new Set(raw.breadcrumb.map(norm));
  const candidates = [meta.get('og:title'), meta.get('articletitle'), meta.get('twitter:title'), raw.article?.title, raw.documentTitle]
    .filter((s): s is string => !!s && !!squashSpace(s))
    .map((s) => squashSpace(s));
  for (const c of candidates) {
    let t = stripSite(c, sites);
    if (isSiteSegment(t, sites) && !TITLE_SEPARATOR.test(t)) continue;
    // "Ambassador X - Interview with Y": drop segments that only repeat the breadcrumb.
    const segs = t.split(TITLE_SEPARATOR);
    if (segs.length > 1) {
      const rest = segs.filter((s) => !crumbs.has(norm(s)) && !isSiteSegment(s, sites));
      if (rest.length && rest.length < segs.length) t = rest.join(' - ');
      else if (!rest.length) continue;
    }
    // "Embassy … - Ambassador X - Interview with Y": the headline is what is left besides site and breadcrumb.
    if (t && crumbs.has(norm(t))) {
      const segs2 = raw.documentTitle.split(TITLE_SEPARATOR).map((s) => s.trim());
      const rest = segs2.filter((s) => s && !crumbs.has(norm(s)) && !isSiteSegment(s, sites));
      if (segs2.length > 1 && rest.length) t = rest.join(' - ');
    }
    if (t) return { value: t, origin: 'metadata', evidence: metadataQuote(t) };
  }
  // No usable <title>: the page's own headline element.
  const h = raw.headlines.find((x) => !isSiteSegment(x, sites) && x.length > 12);
  if (h) return { value: h, origin: 'metadata', evidence: metadataQuote(h) };
  return { value: null, origin: 'metadata' };
}

// The headline element wins when <title> turned out to be only the site's name.
export function betterTitle(raw: RawCapture, meta: PageMetadata, title: Fact<string>): Fact<string> {
  const sites = siteNames(raw, meta);
  if (title.value && !isSiteSegment(title.value, sites)) return title;
  const h = raw.headlines.find((x) => !isSiteSegment(x, sites) && x.length > 12 && !/\[\w{2}\]$/.test(x));
  return h ? { value: h, origin: 'metadata', evidence: metadataQuote(h) } : title;
}

// /t20230121_11013807.htm, /2023/01/21/, /20230121-…: dates that CMSs write into addresses.
const URL_DATES: RegExp[] = [/\/t(\d{4})(\d{2})(\d{2})_\d+/, /\/(\d{4})\/(\d{1,2})\/(\d{1,2})\//, /[/_-](\d{4})(\d{2})(\d{2})[_-]/];

export function urlDate(url: string | null | undefined): string | null {
  if (!url) return null;
  for (const re of URL_DATES) {
    const m = re.exec(url);
    if (m) {
      const d = isoDay(+m[1], +m[2], +m[3]);
      if (d) return d;
    }
  }
  return null;
}

export function pagePublishedDate(raw: RawCapture, meta: PageMetadata): Fact<string> {
  for (const key of PUBLISHED_KEYS) {
    const declared = meta.get(key);
    const day = parseDay(declared);
    if (day && declared) return { value: day, origin: 'metadata', evidence: metadataQuote(declared) };
  }
  for (const node of meta.jsonLd) {
    const v = node.datePublished ?? node.dateCreated;
    const day = typeof v === 'string' ? parseDay(v) : null;
    if (day) return { value: day, origin: 'metadata', evidence: metadataQuote(String(v)) };
  }
  const readability = parseDay(raw.article?.publishedTime);
  if (readability) return { value: readability, origin: 'metadata', evidence: metadataQuote(raw.article!.publishedTime!) };
  for (const line of raw.dateLines) {
    const day = parseDay(line);
    if (day) return { value: day, origin: 'metadata', evidence: metadataQuote(line) };
  }
  for (const u of [raw.url, raw.canonicalUrl, meta.get('og:url'), meta.get('url')]) {
    const day = urlDate(u);
    if (day) return { value: day, origin: 'metadata', evidence: metadataQuote(u!) };
  }
  return { value: null, origin: 'metadata' };
}

interface Candidate {
  name: string;
  order: number;
}

/**
 * The issuing body. A mission's own name (embassy, delegation) beats the ministry-wide name that
 * its site template shares with every other mission; portal and emblem labels are not names.
 */
export function pagePublisher(raw: RawCapture, meta: PageMetadata, hints: SiteHints | null = null): Fact<string> {
  if (hints?.publisher && hints.publisherMode === 'override') {
    return { value: hints.publisher, origin: 'adapter', evidence: metadataQuote(hints.publisher) };
  }
  const list: (string | null | undefined)[] = [];
  for (const [k, v] of raw.meta) if (/publishing-organi[sz]ation$/.test(k)) list.push(v);
  list.push(...raw.breadcrumb.filter((b) => institutionRank(b) === 2));
  list.push(...raw.headlines.filter((h) => institutionRank(h) === 2 && h.split(/\s+/).length <= 12));
  list.push(meta.get('og:site_name'), meta.get('sitename'), meta.get('application-name'), meta.get('dc.publisher'));
  for (const node of meta.jsonLd) {
    const p = node.publisher as { name?: unknown } | undefined;
    if (p && typeof p.name === 'string') list.push(p.name);
  }
  list.push(raw.siteHeader, raw.article?.siteName);
  list.push(...raw.documentTitle.split(TITLE_SEPARATOR).filter((s) => institutionRank(s) > 0));

  const candidates: Candidate[] = [];
  list.forEach((s, order) => {
    if (!s) return;
    const name = cleanName(squashSpace(s));
    if (!name || isChromeName(name) || name.length > 160) return;
    candidates.push({ name, order });
  });
  const ranked = candidates
    .map((c) => ({ ...c, rank: institutionRank(c.name) }))
    .sort((a, b) => b.rank - a.rank || a.order - b.order);
  let best: string | null = ranked[0]?.name ?? null;
  let origin: Fact<string>['origin'] = 'metadata';
  if (best && !isEnglish(best)) {
    const english = englishInstitutionName(best) ?? ranked.map((c) => c.name).find((n) => isEnglish(n) && institutionRank(n) >= institutionRank(best!));
    if (english) best = english;
    else if (hints?.publisher) {
      best = hints.publisher;
      origin = 'adapter';
    }
  }
  if (best && hints?.publisher && institutionRank(best) === 0) {
    best = hints.publisher;
    origin = 'adapter';
  }
  if (!best && hints?.publisher) {
    best = hints.publisher;
    origin = 'adapter';
  }
  // Old templates name themselves only in their keywords ("Chinese Embassy in Australia").
  if (!best) best = (meta.get('keywords') ?? '').split(/[,;，]/).map((k) => k.trim()).find((k) => institutionRank(k) === 2) ?? null;
  return best ? { value: best, origin, evidence: metadataQuote(best) } : { value: null, origin: 'metadata' };
}

export function pageSiteName(raw: RawCapture, meta: PageMetadata): string | null {
  return raw.article?.siteName ?? meta.get('og:site_name') ?? meta.get('sitename') ?? null;
}

export { firstOf };
