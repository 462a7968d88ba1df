// Facts about the page itself (title, publication date, publisher), from metadata first, then the
// visible page, and only last from the article text.
import type { RawCapture } from '../capture/raw-capture';
import { squashSpace } from '../capture/block-text';
import { type DateOrder, isoDay, parseDay } from './dates';
import { type Fact, metadataQuote } from './evidence';
import { cleanName, englishForeignMinistry, englishInstitutionName, institutionRank, isChromeName, isEnglish } from './institutions';
import { addressCountry } from './mission-seat';
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

// Whitespace runs are matched from their first character only: linear on a title of spaces.
const TITLE_SEPARATOR = /(?<!\s)\s+[-|–—:·]\s+|(?<!\s)\s+[|｜]\s*/;

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
/** An elided particle before a capitalised word: "d'Algérie", "l’Ambassade", "dell'Italia". */
const ELIDED_NAME = /^(?:d|l|dell|dall|all|nell|sull)['’]\p{Lu}/iu;

/** A segment that is an institution's name ("Embassy of India, Muscat"), not a headline about one. */
function isInstitutionName(seg: string): boolean {
  if (institutionRank(seg) === 0 || /\d/.test(seg)) return false;
  if (/\b(meets?|met|visits?|holds?|held|attends?|calls?|signs?|hosts?|celebrates?|commemorates?|receives?|opens?|marks?|launches?|delivers?|invites?|welcomes?|congratulates?)\b/i.test(seg)) return false;
  const words = seg.split(/[\s,]+/).filter(Boolean);
  if (words.length > 12) return false;
  return words.every((w) => /^[\p{Lu}(&'’"“]/u.test(w) || NAME_GLUE.test(w) || ELIDED_NAME.test(w) || /[\u3040-\u9fff]/.test(w));
}

/**
 * Segments a title may lose: the issuing institution's name ("… - United States Department of State")
 * or a generic site label. A brand that is not an institution ("… | IAB", "Mozilla - Wikipedia") stays,
 * as Readability and most readers keep it.
 */
function isIssuerSegment(seg: string): boolean {
  const n = norm(seg);
  const label = n.split(' ').length <= 4 && /^(.* )?(website|homepage|home page|official site|portal)$/.test(n);
  return !n || label || isInstitutionName(seg);
}

// What a template calls any page of a kind ("News Details", "Press Release", "Actualités"): not the
// title of this one. Words of that class only, in the languages of the sites we read.
const PAGE_LABEL_WORD = /^(?:recent|latest|related|other|all|news|details?|press|releases?|article|articles|view|page|item|content|post|read|more|full|story|media|centre|center|newsroom|noticias?|detalle|comunicados?|prensa|actualit[ée]s?|d[ée]tail|communiqu[ée]s?|nachrichten|aktuelles|pressemitteilung(?:en)?|meldung|artikel|новости|новость|подробнее|berita|haberler|uutiset|nyheter|aktualno[śs]ci|wiadomo[śs]ci|notizie|not[ií]cias)$/iu;

function isPageLabel(title: string): boolean {
  const words = norm(withoutGluedTrail(title)).split(' ').filter(Boolean);
  return words.length > 0 && words.length <= 3 && words.every((w) => PAGE_LABEL_WORD.test(w));
}

/**
 * A breadcrumb the template glued to the headline without a space ("Press ReleaseHome/Press
 * Releases/Press Release"): a lowercase letter straight before the home page's name and a path.
 * Bounded parts, so the scan stays linear in the title.
 */
// The first part of a breadcrumb: the home page, in the languages of the sites we read.
const HOME = String.raw`(?:Home|Homepage|Start|Startseite|Inicio|Portada|Accueil|Главная|Beranda|Etusivu|Forside|Hjem|Strona główna|Ana Sayfa|Anasayfa|Início|Pagina iniziale|Acasă|首页|ホーム)`;
const GLUED_TRAIL = new RegExp(String.raw`(?<=\p{Ll})${HOME}(?:\s*[/›>»]\s*[\p{L}\p{N} ]{1,60}){1,8}$`, 'u');
/** A title that is itself a breadcrumb path ("Home/Press Releases/Press Release"): its last part. */
const CRUMB_PATH = new RegExp(String.raw`^${HOME}(?:\s*[/›>»]\s*[^/›>»]{1,60}){1,8}$`, 'u');
function withoutGluedTrail(title: string): string {
  const t = title.replace(GLUED_TRAIL, '').trim() || title;
  return CRUMB_PATH.test(t) ? t.split(/[/›>»]/).pop()!.trim() || t : t;
}

function stripSite(title: string, _sites: string[]): string {
  // "外務省: 日米外相電話会談": a colon also separates an issuer prefix.
  const colon = /^([^:：]{2,60})[:：]\s*(.+)$/.exec(title);
  if (colon && isIssuerSegment(colon[1]) && !TITLE_SEPARATOR.test(title)) return colon[2].trim();
  const segs = title.split(TITLE_SEPARATOR).map((s) => s.trim()).filter(Boolean);
  if (segs.length < 2) return title;
  const kept = segs.filter((s) => !isIssuerSegment(s));
  if (!kept.length || kept.length === segs.length) return title;
  // Rejoin with the page's own separator so a headline that contains " - " survives.
  const start = title.indexOf(kept[0]);
  const last = kept[kept.length - 1];
  const end = title.lastIndexOf(last) + last.length;
  return title.slice(start, end).trim();
}

export function pageTitle(raw: RawCapture, meta: PageMetadata): Fact<string> {
  // Declared site names only: Readability's siteName and the header text are sometimes the headline.
  const sites = [meta.get('og:site_name'), meta.get('sitename'), meta.get('application-name')].filter((s): s is string => !!s).map((s) => norm(cleanName(s)));
  const onlySite = (t: string) => sites.includes(norm(t)) || isIssuerSegment(t);
  // A site adapter's headline is the page's own headline, read where the template puts it: it
  // beats every generic guess. A language switch inside it ("… [fr]") is not part of it.
  if (raw.adapterMatched?.headline && raw.headlines[0]) {
    const h = withoutGluedTrail(squashSpace(raw.headlines[0].replace(/\s*\[[a-z]{2}\]$/i, '')));
    if (h && !onlySite(h)) return { value: h, origin: 'adapter', evidence: metadataQuote(h) };
  }
  const crumbs = new Set(raw.breadcrumb.map(norm));
  // Readability's title first: it already weighs JSON-LD, Dublin Core, Open Graph and <title>.
  const candidates = [raw.article?.title, meta.get('og:title'), meta.get('articletitle'), meta.get('twitter:title'), raw.documentTitle]
    .filter((s): s is string => !!s && !!squashSpace(s))
    .map((s) => squashSpace(s));
  // A title that only names the kind of page gives way to a headline of sentence length.
  const sentenceHeadline = () =>
    raw.headlines.map(withoutGluedTrail).find((x) => !onlySite(x) && !isPageLabel(x) && x.split(/\s+/).length >= 5 && !/\[\w{2}\]$/.test(x));
  for (const c of candidates) {
    if (onlySite(c)) continue;
    let t = stripSite(withoutGluedTrail(c), []);
    if (isPageLabel(t)) {
      const h = sentenceHeadline();
      if (h) return { value: h, origin: 'metadata', evidence: metadataQuote(h) };
    }
    // "Embassy … - Ambassador X - Interview with Y": what is left besides issuer and breadcrumb.
    const segs = c.split(TITLE_SEPARATOR).map((x) => x.trim());
    if (segs.length > 1 && segs.every((x) => crumbs.has(norm(x)) || isIssuerSegment(x)) && segs.some((x) => crumbs.has(norm(x)))) {
      const whole = raw.documentTitle.split(TITLE_SEPARATOR).map((x) => x.trim());
      const rest = whole.filter((x) => x && !crumbs.has(norm(x)) && !isIssuerSegment(x));
      if (!rest.length) continue;
      t = rest.join(' - ');
    }
    if (t && !onlySite(t)) return { value: t, origin: 'metadata', evidence: metadataQuote(t) };
  }
  // No usable title anywhere: the page's own headline element.
  // One of sentence length first: the short ones are often the site's name split over two lines.
  const h = sentenceHeadline() ?? raw.headlines.map(withoutGluedTrail).find((x) => !onlySite(x) && x.length > 12 && !/\[\w{2}\]$/.test(x));
  if (h) return { value: h, origin: 'metadata', evidence: metadataQuote(h) };
  return { value: null, origin: 'metadata' };
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

/**
 * The publication day. A site adapter's date line comes first (it is the date the page shows, where
 * its template shows it); then declared metadata, Readability, the generic date lines and the
 * address. `order` reads numeric dates such as 03/12/2024 (the adapter's hint).
 */
export function pagePublishedDate(raw: RawCapture, meta: PageMetadata, order: DateOrder = 'dmy'): Fact<string> {
  if (raw.adapterMatched?.dateLine && raw.dateLines[0]) {
    const line = raw.dateLines[0];
    const day = parseDay(line, order);
    if (day) return { value: day, origin: 'adapter', evidence: metadataQuote(line) };
  }
  for (const key of PUBLISHED_KEYS) {
    const declared = meta.get(key);
    const day = parseDay(declared, order);
    if (day && declared) return { value: day, origin: 'metadata', evidence: metadataQuote(declared) };
  }
  for (const node of meta.jsonLd) {
    const v = node.datePublished ?? node.dateCreated;
    const day = typeof v === 'string' ? parseDay(v, order) : null;
    if (day) return { value: day, origin: 'metadata', evidence: metadataQuote(String(v)) };
  }
  const readability = parseDay(raw.article?.publishedTime, order);
  if (readability) return { value: readability, origin: 'metadata', evidence: metadataQuote(raw.article!.publishedTime!) };
  for (const line of raw.dateLines) {
    // A date box holding date and time as two elements reads "29 September 201717:18" as text.
    const day = parseDay(line.replace(/((?:19|20)\d{2})(?=\d{1,2}:\d{2})/g, '$1 '), order);
    if (day) return { value: day, origin: 'metadata', evidence: metadataQuote(line) };
  }
  // A paragraph that is nothing but a full date, closing the article or among the short lines that
  // open it (headline, subtitle, date, venue of a speech), is its date line.
  const paragraphs = (raw.article?.text ?? '').split('\n').map((p) => p.trim()).filter(Boolean);
  const opening: string[] = [];
  for (const p of paragraphs.slice(0, 6)) {
    if (p.length > 120) break;
    opening.push(p);
  }
  for (const p of [paragraphs.at(-1), ...(opening.length ? opening : paragraphs.slice(0, 1))]) {
    if (!p || p.length > 32 || !/(?<!\d)(?:19|20)\d{2}(?!\d)/.test(p) || p.split(/\s+/).length > 4) continue;
    const day = parseDay(p, order);
    if (day) return { value: day, origin: 'metadata', evidence: metadataQuote(p) };
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
  // A headline box may hold the site's name; the article's own headline never does, even when it
  // names an institution ("Meeting … in the Embassy of Poland in Vienna").
  // Only a headline of sentence length counts: Readability may take a short site name as the title.
  const articleTitle = squashSpace(meta.get('og:title') ?? raw.article?.title ?? '').toLowerCase();
  const isArticleTitle = (h: string) => articleTitle.split(' ').length >= 8 && h.toLowerCase().includes(articleTitle);
  // Nor a headline that speaks of a body the chrome names ("Students hosted by the <site name>").
  const chromeNames = [raw.siteHeader, ...(raw.siteNames ?? []), meta.get('og:site_name')].filter((n): n is string => !!n && institutionRank(n) > 0);
  const aboutChromeName = (h: string) => chromeNames.some((n) => h !== n && h.includes(n) && h.slice(0, h.indexOf(n)).trim().split(/\s+/).length >= 3);
  list.push(...raw.headlines.filter((h) => institutionRank(h) === 2 && h.split(/\s+/).length <= 12 && !isArticleTitle(h) && !aboutChromeName(h)));
  list.push(meta.get('og:site_name'), meta.get('sitename'), meta.get('application-name'), meta.get('dc.publisher'));
  for (const node of meta.jsonLd) {
    const p = node.publisher as { name?: unknown } | undefined;
    if (p && typeof p.name === 'string') list.push(p.name);
  }
  list.push(raw.siteHeader, raw.article?.siteName);
  list.push(...raw.documentTitle.split(TITLE_SEPARATOR).filter((s) => institutionRank(s) > 0 && !isArticleTitle(s.trim())));
  // The chrome's other names (slogans, logo texts, banner alts, footer headings) after the title's.
  list.push(...(raw.siteNames ?? []));
  // Last: a footer line outlives redesigns, so it can name a parent body or an old name.
  const holder = copyrightHolder(raw.copyright);
  list.push(holder);

  const candidates: Candidate[] = [];
  list.forEach((s, order) => {
    if (!s) return;
    // A contact box runs the name into its telephone numbers: the name ends where they begin.
    const name = cleanName(squashSpace(s).replace(/(?<!\s)\s*\(?\+?\d[\d\s\u2011().-]{6,}[\s\S]*$/u, ''));
    if (!name || isChromeName(name) || name.length > 160) return;
    candidates.push({ name, order });
  });
  const ranked = candidates
    .map((c) => ({ ...c, rank: institutionRank(c.name) }))
    .sort((a, b) => b.rank - a.rank || a.order - b.order);
  let best: string | null = ranked[0]?.name ?? null;
  let origin: Fact<string>['origin'] = 'metadata';
  // A fuller form of the same name in the chrome (a slogan or footer naming the country the header
  // leaves out) is the better name; never a headline's, which is a sentence about the name.
  const chromeForms = [...(raw.siteNames ?? []), holder].filter((n): n is string => !!n).map((n) => cleanName(squashSpace(n)));
  const names = ranked.map((c) => c.name);
  if (best) best = fullerForm(best, chromeForms);
  if (best && !isEnglish(best)) {
    // The page's own English form first; a site that has an English version has an English name,
    // which the common patterns give; a site in one language keeps the name it gives.
    const rank = institutionRank(best);
    const fromPage = names.find((n) => isEnglish(n) && institutionRank(n) >= rank && institutionRank(n) > 0);
    const offersEnglish = (raw.languageVersions ?? []).includes('en') && !/^en\b/i.test(raw.lang ?? '');
    const english = fromPage ?? (offersEnglish ? (englishInstitutionName(best) ?? englishForeignMinistry(best, addressCountry(raw.url))) : null);
    if (english) best = fromPage ? fullerForm(english, [...chromeForms, ...names].filter((n) => !raw.headlines.includes(n) && isEnglish(n))) : english;
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

/**
 * `name`, or a candidate of the same rank that holds every word of it and a few more ("Embassy in
 * Ruritania" → "Embassy of Utopia in the Kingdom of Ruritania"), as long as it is still a name.
 */
function fullerForm(name: string, candidates: string[]): string {
  const words = (s: string) => s.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  const own = new Set(words(name));
  const first = words(name)[0];
  const rank = institutionRank(name);
  let best = name;
  for (const c of candidates) {
    const w = words(c);
    // A line with a separator joins two names ("<name> | Powered by …"), a digit makes it an address.
    if (c.length <= best.length || w.length > own.size + 8 || institutionRank(c) !== rank || /\d|\||\s[-–—]\s/.test(c)) continue;
    // It starts as the name does: words before it are a label ("Copyright …"), not part of it.
    if (w[0] === first && [...own].every((t) => w.includes(t))) best = c;
  }
  return best;
}

/**
 * Who holds the footer's copyright, when that is a ministry or mission ("© All rights reserved to
 * the Ministry of Foreign Affairs, Arab Republic of Egypt" → "Ministry of Foreign Affairs, Arab
 * Republic of Egypt"); a brand or a web agency is not kept.
 */
export function copyrightHolder(line: string | null | undefined): string | null {
  if (!line) return null;
  const name = line
    .replace(/©|\(c\)|&copy;|copyright|droits d['’]auteur|derechos de autor|direitos autorais|urheberrecht|drepturi de autor|prawa autorskie/gi, ' ')
    // What follows a bar is the site's software or agency ("| Powered by …").
    .replace(/\s\|\s[\s\S]*$/, '')
    .replace(/(?<!\d)(?:19|20)\d{2}(?:\s*[-–]\s*(?:19|20)?\d{2,4})?(?!\d)/g, ' ')
    .replace(/\b(?:all rights reserved(?: to| by)?|todos los derechos reservados|tous droits réservés|alle rechte vorbehalten|toate drepturile rezervate|hak cipta(?: dilindungi)?)\b[.:,]?/gi, ' ')
    .replace(/^[\s.,:;|–-]*(?:(?:by|the|por|par|von)\s+)*/i, '')
    .replace(/[\s.,:;|–-]+$/, '');
  return name && institutionRank(name) > 0 && name.length <= 160 ? squashSpace(name) : null;
}

export function pageSiteName(raw: RawCapture, meta: PageMetadata): string | null {
  return raw.article?.siteName ?? meta.get('og:site_name') ?? meta.get('sitename') ?? null;
}

export { firstOf };
