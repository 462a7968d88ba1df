// What the page's own chrome says around the article: breadcrumb trail, headline candidates, date
// lines, the site's name in its header. Read from the original document through one element index
// (element-index.ts); each reader matches what its CSS selector, noted above it, matched.
import { blockText, squashSpace } from './block-text';
import { asciiLower, attrHas, attrIs, classHas, classIs, idHas, type IndexedElement } from './element-index';

export const MAX_CANDIDATES = 12;
export const MAX_CANDIDATE_LENGTH = 400;

/** The distinct short texts of `elements`, at most MAX_CANDIDATES, in order. */
export function candidateTexts(elements: Iterable<Element>): string[] {
  const out: string[] = [];
  for (const el of elements) {
    const t = squashSpace(el.textContent);
    if (t && t.length <= MAX_CANDIDATE_LENGTH && !out.includes(t)) out.push(t);
    if (out.length >= MAX_CANDIDATES) break;
  }
  return out;
}

function* matching(elements: IndexedElement[], test: (e: IndexedElement) => boolean): Generator<Element> {
  for (const e of elements) if (test(e)) yield e.el;
}

function firstMatching(elements: IndexedElement[], test: (e: IndexedElement) => boolean): Element | null {
  for (const e of elements) if (test(e)) return e.el;
  return null;
}

// [class*="breadcrumb" i], [id*="breadcrumb" i], nav[aria-label*="breadcrumb" i], [class*="crumb" i],
// [class*="position" i], [class*="location" i]
export function readBreadcrumb(elements: IndexedElement[]): string[] {
  const trail = firstMatching(elements, (e) => classHas(e, 'crumb', 'position', 'location') || idHas(e, 'breadcrumb') || (e.tag === 'nav' && attrHas(e, 'aria-label', 'breadcrumb')));
  if (!trail) return [];
  const links = Array.from(trail.querySelectorAll('a, li, span'));
  return candidateTexts(links.length ? links : [trail]).filter((t) => t.length < 120);
}

// h1, [class*="title" i]:not(title):not(head *), [id*="title" i]:not(title):not(head *), [itemprop="headline"]
export function readHeadlines(elements: IndexedElement[]): string[] {
  return candidateTexts(matching(elements, (e) => e.tag === 'h1' || (!e.inHead && e.tag !== 'title' && (classHas(e, 'title') || idHas(e, 'title'))) || attrIs(e, 'itemprop', 'headline')));
}

export function readDateLines(doc: Document, elements: IndexedElement[]): string[] {
  const out: string[] = [];
  for (const t of matching(elements, (e) => e.tag === 'time')) {
    const dt = squashSpace(t.getAttribute('datetime'));
    if (dt) out.push(dt);
  }
  // time, [class*="date" i], [id*="date" i], [class*="time" i]:not(html), [id*="time" i], [class*="pub" i],
  // [class*="posted" i], [class*="meta" i], [class*="info" i], [itemprop="datePublished"]
  const dated = (e: IndexedElement) =>
    e.tag === 'time' || classHas(e, 'date', 'pub', 'posted', 'meta', 'info') || idHas(e, 'date', 'time') || (e.tag !== 'html' && classHas(e, 'time')) || attrIs(e, 'itemprop', 'datePublished');
  out.push(...candidateTexts(matching(elements, dated)).filter((t) => /\d/.test(t) && t.length <= 160));
  // The line right under the headline is where most mission sites print the date; some wrap the
  // headline in its own box, so the box's next siblings count as well.
  for (const line of linesAfterHeadline(doc)) if (/\d/.test(line) && line.length <= 160) out.push(line);
  return Array.from(new Set(out)).slice(0, MAX_CANDIDATES * 2);
}

/** Texts of the few elements that follow the first headline, or its wrapper when it has no siblings. */
function linesAfterHeadline(doc: Document): string[] {
  const h1 = doc.querySelector('h1');
  if (!h1) return [];
  const out: string[] = [];
  for (const anchor of [h1, h1.parentElement]) {
    let next = anchor?.nextElementSibling ?? null;
    for (let i = 0; next && i < 3; i++, next = next.nextElementSibling) {
      const t = squashSpace(next.textContent);
      if (t) out.push(t);
    }
    if (out.length) break;
  }
  return out;
}

export function readSiteHeader(elements: IndexedElement[]): string | null {
  // [class*="site-name" i], [id*="site-name" i], [class*="sitename" i], [id*="sitename" i]
  const named = firstMatching(elements, (e) => classHas(e, 'site-name', 'sitename') || idHas(e, 'site-name', 'sitename'));
  const heading = named?.querySelector('h1, h2, h3, strong, a') ?? named;
  const fromHeading = squashSpace(heading?.textContent);
  if (fromHeading && fromHeading.length <= 200) return fromHeading;
  const logo = firstMatching(elements, (e) => e.tag === 'img' && e.el.hasAttribute('alt') && isLogo(e));
  const alt = squashSpace(logo?.getAttribute('alt'));
  return alt && alt.length <= 200 && !/^logo$/i.test(alt) ? alt : null;
}

/**
 * Every name the chrome gives the site, in document order: site-name, site-title, slogan and brand
 * boxes, each text of a logo (a bilingual logo holds one span per language), logo alt texts, and the
 * bold or heading lines of the footer. The worker ranks them; a slogan or footer often has the full
 * name ("Embassy of X in the Kingdom of Y") where the header has a short one.
 */
export function readSiteNames(elements: IndexedElement[]): string[] {
  const out: string[] = [];
  const add = (t: string | null | undefined) => {
    const s = squashSpace(t);
    if (s && s.length <= 200 && !out.includes(s) && out.length < MAX_CANDIDATES) out.push(s);
  };
  let footers = 0;
  let banners = 0;
  for (let index = 0; index < elements.length && out.length < MAX_CANDIDATES; index++) {
    const e = elements[index];
    if (e.inHead) continue;
    if (e.tag === 'img' && e.el.hasAttribute('alt') && isLogo(e)) {
      add(e.el.getAttribute('alt'));
      continue;
    }
    if (classHas(e, ...SITE_NAME_CLASS) || idHas(e, ...SITE_NAME_CLASS) || SITE_NAME_TOKEN.some((w) => classIs(e, w))) {
      // The box's own words, not a menu it wraps: only an element with no child elements, or a
      // heading or link that holds the text.
      if (!e.el.firstElementChild) add(e.el.textContent);
      else for (const h of Array.from(e.el.querySelectorAll('h1, h2, h3, strong')).slice(0, 3)) if (!h.firstElementChild || h.querySelector(':scope > a')) add(h.textContent);
      continue;
    }
    if ((e.tag === 'footer' || classHas(e, ...FOOTER_CLASS) || idHas(e, ...FOOTER_CLASS) || FOOTER_TOKEN.some((w) => classIs(e, w))) && ++footers <= 3) {
      const lines = Array.from(e.el.querySelectorAll('strong, h2, h3, h4')).slice(0, 3);
      // A footer cell that is nothing but text: its first line is the name over the address.
      if (!lines.length && e.el.firstChild?.nodeType === 3) add(e.el.firstChild.textContent);
      for (const h of lines) add(h.textContent);
      continue;
    }
    // A banner image near the top often carries the name as its alt text.
    if (e.tag === 'img' && banners < 3 && index < BANNER_WITHIN) {
      const alt = squashSpace(e.el.getAttribute('alt'));
      if (alt.length >= 12) {
        banners++;
        add(alt);
      }
    }
  }
  return out;
}

/** Class and id words for a box holding the site's name (en, es, fr, de), and for a footer (en, de, pt). */
const SITE_NAME_CLASS = ['site-name', 'sitename', 'site-title', 'sitetitle', 'slogan', 'brand', 'logo', 'nombre-sitio', 'cabecera', 'entete', 'kopf'];
const FOOTER_CLASS = ['footer', 'fusszeile', 'rodape'];
/** Words short enough to sit inside others ("copied", "propositions"): whole class tokens only. */
const SITE_NAME_TOKEN = ['sitio'];
const FOOTER_TOKEN = ['pie', 'pied'];
/** Only the first elements of a page hold its banner. */
const BANNER_WITHIN = 400;

/** Language names a switcher may show for English, besides its code. */
const ENGLISH_LABEL = /^(?:in\s+)?english$/i;

/**
 * The languages the site offers this or its other pages in, as lower-case primary subtags: from
 * `hreflang` and `lang` on links and `<link rel="alternate">`, and from a switcher's labels ("EN",
 * "English"). A site with an English version has an English name, which the publisher takes.
 */
export function readLanguageVersions(elements: IndexedElement[]): string[] {
  const out = new Set<string>();
  const code = (v: string | null) => {
    const m = v === null ? null : /^([a-z]{2,3})(?:[-_]|$)/i.exec(v.trim());
    if (m) out.add(m[1].toLowerCase());
  };
  for (const e of elements) {
    if (out.size >= 30) break;
    if (e.tag !== 'a' && e.tag !== 'link') continue;
    code(e.el.getAttribute('hreflang'));
    if (e.tag === 'link') continue;
    code(e.el.getAttribute('lang'));
    if (e.el.firstElementChild) continue;
    const label = squashSpace(e.el.textContent);
    if (ENGLISH_LABEL.test(label) || label === 'EN' || label === 'ENG' || label === 'En') out.add('en');
  }
  return [...out].sort();
}

// header img[alt], [class*="logo" i] img[alt], img[class*="logo" i][alt], [id*="logo" i] img[alt]
function isLogo(img: IndexedElement): boolean {
  if (classHas(img, 'logo')) return true;
  for (let up = img.el.parentElement; up; up = up.parentElement) {
    if (up.localName.toLowerCase() === 'header') return true;
    const cls = up.getAttribute('class');
    const id = up.getAttribute('id');
    if ((cls !== null && asciiLower(cls).includes('logo')) || (id !== null && asciiLower(id).includes('logo'))) return true;
  }
  return false;
}

const COPYRIGHT_MARK = /©|\(c\)|copyright|all rights reserved|derechos reservados|droits réservés|rechte vorbehalten|drepturi rezervate|hak cipta/i;

/** The first copyright line of the page's footer (a footer element, or one whose class or id says footer or copyright). */
export function readCopyright(elements: IndexedElement[]): string | null {
  let looked = 0;
  for (const e of elements) {
    if (!(e.tag === 'footer' || classHas(e, 'footer', 'copyright') || idHas(e, 'footer', 'copyright'))) continue;
    // A few footers, and only their first 5,000 characters: a page-sized "footer" is not one.
    if (++looked > 6) break;
    const text = blockText(e.el).slice(0, 5000);
    for (const line of text.split('\n')) {
      const t = squashSpace(line);
      if (t && t.length <= 300 && COPYRIGHT_MARK.test(t)) return t;
    }
  }
  return null;
}
