// The site-adapter registry: which addresses each family claims (and which lookalikes it must not),
// the date order it implies, and — on the real corpus pages, loaded from ../shared/corpus at test
// time — that every selector finds what it names. No page text is copied here: expectations come
// from each page's own gold record.
import { readFileSync } from 'node:fs';
import { JSDOM, VirtualConsole } from 'jsdom';
import { describe, expect, it } from 'vitest';
import type { RawCapture } from '@/lib/capture/raw-capture';
import { RawCaptureSchema } from '@/lib/capture/raw-capture-schema';
import { readPage } from '@/lib/capture/read-page';
import { findDateMentions } from '@/lib/normalize/date-mentions';
import { parseDay } from '@/lib/normalize/dates';
import { normalizeCapture } from '@/lib/normalize/normalize-capture';
import { pageMetadata } from '@/lib/normalize/page-metadata';
import { ADAPTER_NAMES, dateOrderFor, pageSelectorsFor, siteAdapterFor, siteHints } from '@/lib/normalize/site-adapters';
import { corpusCases } from '../../corpus/corpus-cases';

const adapterOf = (url: string) => siteAdapterFor(url)?.name ?? null;

describe('URL matching', () => {
  it.each([
    ['http://eu.china-mission.gov.cn/eng/mh/202301/t20230121_11013807.htm', 'cn-mission-eu'],
    ['http://www.chinamission.be/eng/mh/t1745060.htm', 'cn-mission-eu'],
    ['http://mk.china-embassy.gov.cn/eng/zgyw/202302/t20230204_11019716.htm', 'cn-embassy'],
    ['http://au.china-embassy.org/eng/sgjs/t582240.htm', 'cn-embassy'],
    ['http://geneva.china-mission.gov.cn/eng/', 'cn-mission'],
    ['http://newyork.china-consulate.gov.cn/eng/', 'cn-mission'],
    ['https://www.mfa.gov.cn/gjhdq_676201/200803/t20080326_9371699.shtml', 'cn-mfa'],
    ['https://www.fmprc.gov.cn/esp/xwfw/202211/t20221105_10800983.html', 'cn-mfa'],
    ['https://www.state.gov/secretary-blinkens-call-with-french-foreign-minister-colonna/', 'us-state'],
    ['https://usun.usmission.gov/remarks-at-a-un-security-council-press-stakeout/', 'us-mission'],
    ['https://fr.usembassy.gov/some-post/', 'us-mission'],
    ['https://www.gov.uk/government/news/some-story', 'uk-govuk'],
    ['http://www.fco.gov.uk/en/news/latest-news/?view=News&id=821126582', 'uk-govuk'],
    ['https://eeas.europa.eu/delegations/tanzania/104649/node/104649_es', 'eu-eeas'],
    ['https://www.eeas.europa.eu/delegations/china/some-page_en', 'eu-eeas'],
    ['https://malabo.diplo.de/gq-de/themen/politik/-/2116200', 'de-diplo'],
    ['https://www.auswaertiges-amt.de/de/newsroom/some-article', 'de-diplo'],
    ['https://www.diplomatie.gouv.fr/fr/some-page', 'fr-diplomatie'],
    ['https://bw.ambafrance.org/22nd-Ambassadors-Conference', 'fr-diplomatie'],
    ['https://www.ambafrance-uk.org/some-page', 'fr-diplomatie'],
    ['https://www.mea.gov.in/press-releases.htm', 'in-mea'],
    ['http://indemb-oman.gov.in/news_letter_detail.php?id=272', 'in-mea'],
    ['https://www.eoi.gov.in/paris/', 'in-mea'],
    ['https://www.hcilondon.gov.in/news', 'in-mea'],
    ['https://www.mofa.go.jp/mofaj/press/release/press4_007943.html', 'jp-mofa'],
    ['https://www.exteriores.gob.es/Embajadas/londres/en/Comunicacion/Noticias/Paginas/x.aspx', 'es-exteriores'],
    ['https://mofa.go.kr/eng/brd/m_5676/view.do?seq=312633', 'kr-mofa'],
    ['https://overseas.mofa.go.kr/us-en/brd/m_4500/view.do?seq=1', 'kr-mofa'],
  ])('%s → %s', (url, name) => {
    expect(adapterOf(url)).toBe(name);
    expect(pageSelectorsFor(url)).not.toBeNull();
  });

  it.each([
    // Lookalike hosts: the family's name inside another domain, or as a prefix of a longer one.
    'http://mk.china-embassy.gov.cn.example.com/eng/',
    'http://china-embassy-gov.cn/eng/',
    'https://notstate.gov/news/',
    'https://state.gov.example.net/news/',
    'https://evilusembassy.gov/post/',
    'https://usembassy.gov.phish.io/post/',
    'https://fakegov.uk/government/news/x',
    'https://gov.uk.example.org/government/news/x',
    'https://eeas.europa.eu.attacker.net/delegations/',
    'https://mydiplo.de/article',
    'https://malabo.diplo.de.example.com/article',
    'https://bw.ambafrance.org.evil.net/page',
    'https://notmea.gov.in/press',
    'https://mofa.go.jp.example.com/press/',
    'https://exteriores.gob.es.example.com/Embajadas/',
    'https://mofa.go.kr.example.com/eng/',
    'https://fmprc.gov.cn.evil.org/esp/',
    // Not web pages, or not addresses at all.
    'file:///home/me/www.state.gov/page.html',
    'not a url',
    'http://fakehost/test/page.html',
  ])('%s matches no adapter', (url) => {
    expect(adapterOf(url)).toBeNull();
    expect(pageSelectorsFor(url)).toBeNull();
  });

  it('keys on the host, whatever the path, case or trailing dot', () => {
    expect(adapterOf('HTTPS://WWW.STATE.GOV/Anything/At/All')).toBe('us-state');
    expect(adapterOf('https://www.state.gov./x')).toBe('us-state');
  });

  it('gives each call its own selectors object, so a caller cannot change the registry', () => {
    const a = pageSelectorsFor('https://www.state.gov/x/')!;
    a.headline = 'body';
    expect(pageSelectorsFor('https://www.state.gov/x/')!.headline).not.toBe('body');
  });

  it('names every adapter once', () => {
    expect(new Set(ADAPTER_NAMES).size).toBe(ADAPTER_NAMES.length);
  });
});

describe('date order', () => {
  it('takes the adapter hint, else month first on US federal hosts, else day first', () => {
    expect(dateOrderFor('https://www.state.gov/x/')).toBe('mdy');
    expect(dateOrderFor('https://fr.usembassy.gov/x/')).toBe('mdy');
    expect(dateOrderFor('https://eeas.europa.eu/x')).toBe('dmy');
    expect(dateOrderFor('https://www.mofa.go.jp/x')).toBe('ymd');
    expect(dateOrderFor('https://www.whitehouse.gov/briefing-room/x')).toBe('mdy');
    expect(dateOrderFor('https://www.example.org/news/1')).toBe('dmy');
    expect(dateOrderFor('https://www.gov.in/x')).toBe('dmy');
    expect(dateOrderFor(null)).toBe('dmy');
  });

  it('reads an ambiguous numeric date in the given order, an unambiguous one whatever the order', () => {
    expect(parseDay('Posted 03/12/2024', 'dmy')).toBe('2024-12-03');
    expect(parseDay('Posted 03/12/2024', 'mdy')).toBe('2024-03-12');
    expect(parseDay('Posted 03/12/2024', 'ymd')).toBe('2024-12-03');
    expect(parseDay('12.03.2024', 'mdy')).toBe('2024-12-03');
    expect(parseDay('25/12/2024', 'mdy')).toBe('2024-12-25');
    expect(parseDay('12/25/2024', 'dmy')).toBe('2024-12-25');
    expect(parseDay('2024/03/12', 'mdy')).toBe('2024-03-12');
  });

  it('reads numeric dates in the article text in the same order', () => {
    const text = 'The delegation arrived on 03/12/2024 and left on 25/12/2024.';
    const days = (order: 'dmy' | 'mdy') => findDateMentions(text, 0, order).map((m) => [m.m, m.d]);
    expect(days('dmy')).toEqual([[12, 3], [12, 25]]);
    expect(days('mdy')).toEqual([[3, 12], [12, 25]]);
  });
});

describe('publisher hints (unchanged behaviour)', () => {
  const raw = (url: string, meta: [string, string][] = []): RawCapture => ({
    url, canonicalUrl: null, lang: 'en', documentTitle: '', meta, jsonLd: [], breadcrumb: [], headlines: [], dateLines: [],
    siteHeader: null, article: null, truncated: false, elapsedMs: 0,
  });
  const hints = (r: RawCapture) => siteHints(r, pageMetadata(r));

  it('names an embassy from its country subdomain, and only a real country', () => {
    expect(hints(raw('http://mk.china-embassy.gov.cn/eng/'))).toMatchObject({ adapter: 'cn-embassy', missionCountry: 'MK', publisherMode: 'fallback' });
    expect(hints(raw('http://zz.china-embassy.gov.cn/eng/'))).toBeNull();
  });
  it('overrides the ministry-wide name on a German embassy, not on the ministry', () => {
    expect(hints(raw('https://malabo.diplo.de/gq-de/x'))).toMatchObject({ adapter: 'de-diplo', publisher: 'Deutsche Botschaft Malabo', publisherMode: 'override' });
    expect(hints(raw('https://www.diplo.de/x'))).toBeNull();
  });
  it('finds the site of a saved copy from its declared address', () => {
    expect(hints(raw('file:///saved.html', [['sitedomain', 'eu.china-mission.gov.cn']]))).toMatchObject({ adapter: 'cn-mission-eu' });
  });
  it('has none for a family without publisher hints', () => {
    expect(hints(raw('https://www.state.gov/x/'))).toBeNull();
  });
});

/**
 * Each corpus page of a family, with the address its family is known by (the corpus keeps none for
 * some pages), and whether the page lacks a date line: those older Chinese templates have no
 * #News_Body_Time or fill it by script, and the Indian news template prints no date at all.
 */
const CORPUS_FAMILIES: { stem: string; url?: string; adapter: string; noDateLine?: true }[] = [
  { stem: 'cn-au-', adapter: 'cn-embassy', noDateLine: true },
  { stem: 'cn-be-', adapter: 'cn-embassy' },
  { stem: 'cn-cy-', adapter: 'cn-embassy', noDateLine: true },
  { stem: 'cn-eu-2020-', adapter: 'cn-mission-eu', noDateLine: true },
  { stem: 'cn-eu-2025-', url: 'http://eu.china-mission.gov.cn/eng/mh/', adapter: 'cn-mission-eu' },
  { stem: 'cn-gy-', adapter: 'cn-embassy' },
  { stem: 'cn-in-', adapter: 'cn-embassy', noDateLine: true },
  { stem: 'cn-is-', adapter: 'cn-embassy', noDateLine: true },
  { stem: 'cn-mfa-2008-', adapter: 'cn-mfa' },
  { stem: 'cn-mfa-2022-', adapter: 'cn-mfa' },
  { stem: 'cn-mk-', adapter: 'cn-embassy' },
  { stem: 'cn-ph-', adapter: 'cn-embassy' },
  { stem: 'de-diplo-', adapter: 'de-diplo' },
  { stem: 'es-embassy-guatemala-', adapter: 'es-exteriores' },
  { stem: 'es-embassy-london-', adapter: 'es-exteriores' },
  { stem: 'eu-eeas-', adapter: 'eu-eeas' },
  { stem: 'fr-ambafrance-', adapter: 'fr-diplomatie' },
  { stem: 'in-embassy-', adapter: 'in-mea', noDateLine: true },
  { stem: 'jp-mofa-', adapter: 'jp-mofa' },
  { stem: 'kr-mofa-', adapter: 'kr-mofa' },
  { stem: 'uk-fco-', adapter: 'uk-govuk' },
  { stem: 'us-state-', adapter: 'us-state' },
  { stem: 'us-usun-', adapter: 'us-mission' },
];

/** Families written from their sites' public templates, with no corpus page yet. */
const WITHOUT_CORPUS_PAGE = ['cn-mission'];

const cases = corpusCases();

function load(html: string, url: string): Document {
  return new JSDOM(readFileSync(html), { url, contentType: 'text/html', virtualConsole: new VirtualConsole() }).window.document;
}

describe.skipIf(!cases.length)('selectors on the corpus pages of each family', () => {
  it('covers every adapter with a corpus page or names it as template-only', () => {
    const covered = new Set([...CORPUS_FAMILIES.map((f) => f.adapter), ...WITHOUT_CORPUS_PAGE]);
    expect(ADAPTER_NAMES.filter((n) => !covered.has(n))).toEqual([]);
  });

  it('leaves the page whose address is not the mission site (a republication) to the generic path', () => {
    const c = cases.find((x) => x.stem.startsWith('us-embassy-cairo-'))!;
    expect(c.url && pageSelectorsFor(c.url)).toBeNull();
  });

  for (const family of CORPUS_FAMILIES) {
    const c = cases.find((x) => x.stem.startsWith(family.stem));
    it.skipIf(!c)(`${family.stem}… (${family.adapter})`, () => {
      const url = family.url ?? c!.url!;
      expect(adapterOf(url)).toBe(family.adapter);
      const selectors = pageSelectorsFor(url)!;
      const doc = load(c!.html, url);
      const gold = c!.gold as { title: string; publishedDate: string | null; participants: { name: string }[] };

      // Each selector names an element of this page.
      expect(doc.querySelector(selectors.headline!), 'headline').not.toBeNull();
      expect(doc.querySelector(selectors.body!), 'body').not.toBeNull();
      if (!family.noDateLine) expect(doc.querySelector(selectors.dateLine!), 'date line').not.toBeNull();

      const raw = readPage(doc, { url, selectors });
      expect(RawCaptureSchema.safeParse(raw).success).toBe(true);
      expect(raw.adapterMatched).toEqual({ headline: true, dateLine: !family.noDateLine, body: true });

      // What they found is what a reviewer reads there: the headline, the page's date, the story.
      const record = normalizeCapture(raw, { id: 'x', now: new Date('2025-01-01T00:00:00Z') });
      expect(record.title).toBe(gold.title);
      expect(record.provenance.fields.title).toBe('adapter');
      expect(record.provenance.adapter).toBe(family.adapter);
      if (!family.noDateLine) {
        expect(parseDay(raw.dateLines[0], dateOrderFor(url))).toBe(gold.publishedDate);
        expect(record.source.publishedDate).toBe(gold.publishedDate);
        expect(record.provenance.fields['source.publishedDate']).toBe('adapter');
      }
      const text = raw.article!.text;
      expect(text.length).toBeGreaterThan(120);
      expect(record.provenance.fields.text).toBe('adapter');
      // The body holds every participant the gold names (unless only the headline does) and none of the footer.
      for (const p of gold.participants) expect(`${gold.title}\n${text}`).toContain(p.name);
      expect(text).not.toMatch(/copyright|©|版权所有/i);
    });
  }
});
