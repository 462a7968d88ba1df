// Runs in the page (content script) and in Node (CLI, on jsdom): reads what the page says about
// itself from the ORIGINAL document, then hands a clone to Readability, which mutates what it gets.
import { Readability } from '@mozilla/readability';
import { blockText, squashSpace } from './block-text';
import { indexElements } from './element-index';
import { MAX_CANDIDATE_LENGTH, readBreadcrumb, readCopyright, readDateLines, readHeadlines, readLanguageVersions, readSiteHeader, readSiteNames } from './page-chrome';
import { RAW_LIMITS, type AdapterMatched, type PageSelectors, type RawArticle, type RawCapture } from './raw-capture';

/** Pages with more elements than this are cut to this many before Readability scores them. */
export const MAX_ELEMENTS = 60_000;
/** Below this an adapter's body element is a teaser or an empty shell, and Readability's text is kept. */
const MIN_ADAPTER_BODY = 120;

export interface ReadPageOptions {
  url: string;
  /** Injected so tests are deterministic; performance.now in the page. */
  clock?: () => number;
  /**
   * The site adapter's selectors for this page (worker and CLI look them up by URL). What they
   * match comes first among the candidates; without them, or when they match nothing, the generic
   * reading stands.
   */
  selectors?: PageSelectors | null;
  /**
   * The document belongs to the caller alone and may be changed (the CLI's jsdom, closed after):
   * Readability then works on it directly instead of on a copy. Never in a page the user sees.
   */
  ownDocument?: boolean;
}

export function readPage(doc: Document, options: ReadPageOptions): RawCapture {
  const clock = options.clock ?? (() => Date.now());
  const t0 = clock();
  const elements = indexElements(doc);
  const elementCount = elements.length;
  const truncated = elementCount > MAX_ELEMENTS;
  const sel = options.selectors ?? null;

  const adapterHeadline = sel && firstText(doc, sel.headline, (t) => t.length <= MAX_CANDIDATE_LENGTH);
  // An adapter's date line may carry more around the date ("By … | December 20, 2019 | Topics: …").
  const adapterDateLine = sel && firstText(doc, sel.dateLine, (t) => /\d/.test(t) && t.length <= MAX_CANDIDATE_LENGTH);
  // Read before Readability, from the original document: the clone Readability gets is mutated.
  const adapterBody = sel ? readAdapterBody(doc, sel.body) : null;
  const base = {
    url: options.url,
    canonicalUrl: canonicalUrl(doc, options.url),
    lang: attr(doc.documentElement, 'lang') ?? attr(doc.documentElement, 'xml:lang'),
    documentTitle: squashSpace(doc.title),
    meta: readMeta(doc),
    jsonLd: readJsonLd(doc),
    breadcrumb: readBreadcrumb(elements),
    headlines: first(adapterHeadline, readHeadlines(elements)),
    dateLines: first(adapterDateLine, readDateLines(doc, elements)),
    siteHeader: readSiteHeader(elements),
    copyright: readCopyright(elements),
    siteNames: readSiteNames(elements),
    languageVersions: readLanguageVersions(elements),
  };

  const standfirst = readStandfirst(doc);
  let article: RawCapture['article'] = null;
  try {
    // In the page the live document must stay as the reader sees it; a document of our own (the
    // CLI's jsdom) is handed over as it is, sparing a copy of every node.
    const target = options.ownDocument ? doc : (doc.cloneNode(true) as Document);
    if (truncated) cutToSize(target, MAX_ELEMENTS);
    const parsed = new Readability(target, {
      // Readability refuses pages over maxElemsToParse by throwing; we have already cut them.
      maxElemsToParse: 0,
      // Press releases are often a few short paragraphs: keep them rather than fall back to nothing.
      charThreshold: 200,
      serializer: (el: Node) => el,
    }).parse();
    if (parsed) {
      const content = parsed.content as unknown as Node | null;
      article = {
        title: nullIfBlank(parsed.title),
        byline: nullIfBlank(parsed.byline),
        excerpt: nullIfBlank(parsed.excerpt),
        siteName: nullIfBlank(parsed.siteName),
        publishedTime: nullIfBlank(parsed.publishedTime),
        lang: nullIfBlank(parsed.lang),
        text: content ? blockText(content) : squashSpace(parsed.textContent),
        linkDensity: content ? linkDensity([content]) : 0,
      };
    }
  } catch {
    // A page that defeats Readability still yields its metadata (and an adapter's body, if any);
    // without either the worker reports "no article".
    article = null;
  }
  if (adapterBody) article = { ...(article ?? NO_ARTICLE_META), ...adapterBody };
  if (article) {
    if (standfirst && !article.text.includes(standfirst)) article.text = `${standfirst}\n\n${article.text}`;
  }
  const contentType = doc.contentType && !/html|xml/i.test(doc.contentType) ? { contentType: doc.contentType.slice(0, 200) } : {};
  const matched: { adapterMatched?: AdapterMatched } = sel ? { adapterMatched: { headline: !!adapterHeadline, dateLine: !!adapterDateLine, body: !!adapterBody } } : {};
  return fitToLimits({ ...base, article, truncated, ...contentType, ...matched, elapsedMs: Math.round(clock() - t0) });
}

const NO_ARTICLE_META = { title: null, byline: null, excerpt: null, siteName: null, publishedTime: null, lang: null };

/** `head` first, then the rest without it. */
function first(head: string | null, rest: string[]): string[] {
  return head ? [head, ...rest.filter((t) => t !== head)] : rest;
}

/** Elements a selector names; a selector that is not a usable string (or not valid CSS) names none. */
function selectAll(doc: Document, selector: unknown): Element[] {
  if (typeof selector !== 'string' || !selector.trim() || selector.length > 1000) return [];
  try {
    return Array.from(doc.querySelectorAll(selector));
  } catch {
    return [];
  }
}

function firstText(doc: Document, selector: unknown, fits: (t: string) => boolean): string | null {
  for (const el of selectAll(doc, selector)) {
    // Block-aware, so "<h2>Updates to this page</h2><p>Published 11 October 2012</p>" keeps a space.
    const t = squashSpace(blockText(el));
    if (t && fits(t)) return t;
  }
  return null;
}

/**
 * The text of every element the body selector names (a template may split the article into several
 * rich-text blocks), outermost matches only, when together they hold a real amount of text.
 */
function readAdapterBody(doc: Document, selector: unknown): Pick<RawArticle, 'text' | 'linkDensity'> | null {
  const roots: Element[] = [];
  for (const el of selectAll(doc, selector)) if (!roots.some((r) => r.contains(el))) roots.push(el);
  const text = roots.map((r) => blockText(r)).filter(Boolean).join('\n\n');
  return text.length >= MIN_ADAPTER_BODY ? { text, linkDensity: linkDensity(roots) } : null;
}

/**
 * Clips what a page can make arbitrarily long (a 5 MB article, a 10,000-character <title>, a
 * <time datetime> of garbage) to what the worker accepts, so such a page yields a capture rather
 * than a refusal of the whole reading. Clipped article text sets `truncated`.
 */
function fitToLimits(raw: RawCapture): RawCapture {
  const L = RAW_LIMITS;
  const clip = (s: string, n: number) => (s.length > n ? s.slice(0, n) : s);
  const clipOrNull = (s: string | null, n: number) => (s === null ? null : clip(s, n));
  const nullIfOver = (s: string | null, n: number) => (s !== null && s.length > n ? null : s);
  const article = raw.article && {
    ...raw.article,
    title: clipOrNull(raw.article.title, L.title),
    byline: clipOrNull(raw.article.byline, L.title),
    excerpt: clipOrNull(raw.article.excerpt, L.excerpt),
    siteName: clipOrNull(raw.article.siteName, L.siteName),
    publishedTime: nullIfOver(raw.article.publishedTime, L.publishedTime),
    lang: nullIfOver(raw.article.lang, L.lang),
    text: clip(raw.article.text, L.articleText),
  };
  return {
    ...raw,
    canonicalUrl: nullIfOver(raw.canonicalUrl, L.url),
    lang: nullIfOver(raw.lang, L.lang),
    documentTitle: clip(raw.documentTitle, L.documentTitle),
    meta: raw.meta.filter(([key]) => key.length <= L.metaKey),
    breadcrumb: raw.breadcrumb.filter((t) => t.length <= L.line),
    headlines: raw.headlines.filter((t) => t.length <= L.line),
    dateLines: raw.dateLines.filter((t) => t.length <= L.line),
    siteHeader: clipOrNull(raw.siteHeader, L.siteName),
    copyright: clipOrNull(raw.copyright ?? null, L.siteName),
    siteNames: raw.siteNames?.filter((t) => t.length <= L.siteName),
    languageVersions: raw.languageVersions?.filter((t) => t.length <= L.lang),
    article,
    truncated: raw.truncated || (raw.article !== null && raw.article.text.length > L.articleText),
  };
}

function linkDensity(roots: Node[]): number {
  let all = 0;
  let inLinks = 0;
  for (const root of roots) {
    all += squashSpace(root.textContent).length;
    const el = root as Element;
    inLinks += Array.from(el.querySelectorAll?.('a') ?? []).reduce((n, a) => n + squashSpace(a.textContent).length, 0);
  }
  return all ? Math.min(1, inLinks / all) : 0;
}

function nullIfBlank(s: string | null | undefined): string | null {
  const t = squashSpace(s);
  return t ? t : null;
}

function attr(el: Element | null | undefined, name: string): string | null {
  return nullIfBlank(el?.getAttribute(name));
}

function canonicalUrl(doc: Document, url: string): string | null {
  const href = attr(doc.querySelector('link[rel~="canonical" i]'), 'href');
  if (!href) return null;
  try {
    return new URL(href, url).href;
  } catch {
    return null;
  }
}

function readMeta(doc: Document): [string, string][] {
  const out: [string, string][] = [];
  for (const m of Array.from(doc.querySelectorAll('meta'))) {
    const key = m.getAttribute('name') ?? m.getAttribute('property') ?? m.getAttribute('itemprop');
    const content = m.getAttribute('content');
    if (!key || content === null) continue;
    out.push([key.trim().toLowerCase(), squashSpace(content).slice(0, 2000)]);
    if (out.length >= 300) break;
  }
  return out;
}

function readJsonLd(doc: Document): string[] {
  return Array.from(doc.querySelectorAll('script[type="application/ld+json" i]'))
    .map((s) => s.textContent ?? '')
    .filter((s) => s.trim())
    .slice(0, 10)
    .map((s) => s.slice(0, 200_000));
}

const STANDFIRST_CLASS = /sub-?tit|standfirst|deck|dek|kicker|lead|summary|sumario|entradilla|chapeau|chapo|teaser|intro|strapline/i;

/**
 * The sentence printed between headline and body ("The exhibition opened yesterday at …"). It is
 * part of the article a reader sees, but Readability usually drops it with the header.
 */
function readStandfirst(doc: Document): string | null {
  const h1 = doc.querySelector('h1');
  const next = h1?.nextElementSibling;
  if (!next || !/^(H2|H3|P|DIV)$/.test(next.tagName.toUpperCase())) return null;
  const marked = next.tagName.toUpperCase() === 'H2' || STANDFIRST_CLASS.test(`${next.className} ${next.id}`);
  const text = squashSpace(next.textContent);
  if (!marked || text.length < 25 || text.length > 400 || !/[.!?。」]$/.test(text)) return null;
  return text;
}

/** Removes the last elements of the body until at most `limit` remain (a huge page keeps its head). */
function cutToSize(doc: Document, limit: number): void {
  const all = Array.from(doc.getElementsByTagName('*'));
  // Document order puts descendants after their ancestor, so removing from `limit` on keeps a prefix.
  for (let i = all.length - 1; i >= limit; i--) all[i].remove();
}
