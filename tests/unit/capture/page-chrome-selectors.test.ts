// The chrome readers (lib/capture/page-chrome.ts) test class and id strings on one element index
// instead of asking the selector engine; on real pages they must return exactly what the CSS
// selectors they stand for return. The reference readers below are those selectors, verbatim.
import { readdirSync, existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { JSDOM, VirtualConsole } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { squashSpace } from '../../../lib/capture/block-text';
import { indexElements } from '../../../lib/capture/element-index';
import { candidateTexts, MAX_CANDIDATES, readBreadcrumb, readCopyright, readDateLines, readHeadlines, readSiteHeader } from '../../../lib/capture/page-chrome';
import { corpusCases } from '../../corpus/corpus-cases';

const shared = resolve(__dirname, '../../../../shared');

// What the readers do with the elements they find is shared; what is under test is which elements.
const texts = candidateTexts;

const reference = {
  breadcrumb(doc: Document) {
    const trail = doc.querySelector('[class*="breadcrumb" i], [id*="breadcrumb" i], nav[aria-label*="breadcrumb" i], [class*="crumb" i], [class*="position" i], [class*="location" i]');
    if (!trail) return [];
    const links = Array.from(trail.querySelectorAll('a, li, span'));
    return texts(links.length ? links : [trail]).filter((t) => t.length < 120);
  },
  headlines: (doc: Document) => texts(doc.querySelectorAll('h1, [class*="title" i]:not(title):not(head *), [id*="title" i]:not(title):not(head *), [itemprop="headline"]')),
  dateLines(doc: Document) {
    const out: string[] = [];
    for (const t of Array.from(doc.querySelectorAll('time'))) {
      const dt = squashSpace(t.getAttribute('datetime'));
      if (dt) out.push(dt);
    }
    const dated = doc.querySelectorAll('time, [class*="date" i], [id*="date" i], [class*="time" i]:not(html), [id*="time" i], [class*="pub" i], [class*="posted" i], [class*="meta" i], [class*="info" i], [itemprop="datePublished"]');
    out.push(...texts(dated).filter((t) => /\d/.test(t) && t.length <= 160));
    const h1 = doc.querySelector('h1');
    const after: string[] = [];
    for (const anchor of h1 ? [h1, h1.parentElement] : []) {
      let next = anchor?.nextElementSibling ?? null;
      for (let i = 0; next && i < 3; i++, next = next.nextElementSibling) {
        const t = squashSpace(next.textContent);
        if (t) after.push(t);
      }
      if (after.length) break;
    }
    for (const line of after) if (/\d/.test(line) && line.length <= 160) out.push(line);
    return Array.from(new Set(out)).slice(0, MAX_CANDIDATES * 2);
  },
  siteHeader(doc: Document) {
    const named = doc.querySelector('[class*="site-name" i], [id*="site-name" i], [class*="sitename" i], [id*="sitename" i]');
    const heading = named?.querySelector('h1, h2, h3, strong, a') ?? named;
    const fromHeading = squashSpace(heading?.textContent);
    if (fromHeading && fromHeading.length <= 200) return fromHeading;
    const logo = doc.querySelector('header img[alt], [class*="logo" i] img[alt], img[class*="logo" i][alt], [id*="logo" i] img[alt]');
    const alt = squashSpace(logo?.getAttribute('alt'));
    return alt && alt.length <= 200 && !/^logo$/i.test(alt) ? alt : null;
  },
};

function pages(): [string, string][] {
  const out: [string, string][] = corpusCases().map((c) => [c.stem, c.html]);
  const dir = join(shared, 'peers/readability-test-pages');
  // Every third of Readability's pages: many site templates, in a few seconds.
  const slugs = readdirSync(dir).filter((s) => existsSync(join(dir, s, 'source.html'))).sort().filter((_, i) => i % 3 === 0);
  for (const s of slugs) out.push([s, join(dir, s, 'source.html')]);
  return out;
}

// A made-up page for the cases real pages may not have: upper-case class words, an SVG <title>,
// elements inside <head>, an <html class="…time…">, a logo image deep inside a logo box.
const EDGES = `<!doctype html><html class="daytime"><head><title class="title">T</title><meta class="date" content="x"></head><body>
<nav aria-label="BreadCrumb trail"><a>Home</a><a>News 2025</a></nav>
<div ID="PageTitle">Headline one</div><svg><title class="title">svg title</title></svg>
<p class="PostedOn">Posted 3 May 2025</p><span id="pubTime">10:00 3 May</span><p itemprop="datePublished">2025-05-03</p>
<div class="Site-Logo"><a><span><img alt="Embassy of Examplestan"></span></a></div>
<div class="page-footer"><ul><li>Contact</li></ul><p>Copyright © 2024 Embassy of Examplestan</p></div></body></html>`;

describe('page chrome readers match their CSS selectors', () => {
  const cases: [string, string][] = [['edges', ''], ...pages()];
  it('on the corpus, a third of the Readability pages and an edge-case page', () => {
    const virtualConsole = new VirtualConsole();
    let compared = 0;
    for (const [name, file] of cases) {
      const html = file ? readFileSync(file) : EDGES;
      const doc = new JSDOM(html, { url: 'https://www.example.org/a.html', virtualConsole }).window.document;
      const index = indexElements(doc);
      const listed = Array.from(doc.getElementsByTagName('*'));
      expect({ name, same: index.length === listed.length && index.every((e, i) => e.el === listed[i]) }).toEqual({ name, same: true });
      const head = doc.head;
      expect({ name, inHead: index.filter((e) => e.inHead).length }).toEqual({ name, inHead: head ? head.getElementsByTagName('*').length : 0 });
      expect({ name, breadcrumb: readBreadcrumb(index) }).toEqual({ name, breadcrumb: reference.breadcrumb(doc) });
      expect({ name, headlines: readHeadlines(index) }).toEqual({ name, headlines: reference.headlines(doc) });
      expect({ name, dateLines: readDateLines(doc, index) }).toEqual({ name, dateLines: reference.dateLines(doc) });
      expect({ name, siteHeader: readSiteHeader(index) }).toEqual({ name, siteHeader: reference.siteHeader(doc) });
      compared++;
    }
    expect(compared).toBeGreaterThan(90);
  }, 120_000);

  it('reads the edge-case page as the selectors do, and not trivially', () => {
    const doc = new JSDOM(EDGES, { url: 'https://www.example.org/a.html' }).window.document;
    const index = indexElements(doc);
    expect(readBreadcrumb(index)).toEqual(['Home', 'News 2025']);
    expect(readHeadlines(index)).toEqual(['Headline one', 'svg title'].filter((t) => reference.headlines(doc).includes(t)));
    expect(readHeadlines(index)).toContain('Headline one');
    expect(readDateLines(doc, index)).toEqual(expect.arrayContaining(['Posted 3 May 2025', '10:00 3 May', '2025-05-03']));
    expect(readSiteHeader(index)).toBe('Embassy of Examplestan');
    expect(readCopyright(index)).toBe('Copyright © 2024 Embassy of Examplestan');
  });
});
