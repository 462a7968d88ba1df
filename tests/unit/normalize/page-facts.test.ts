import { describe, expect, it } from 'vitest';
import type { RawCapture } from '@/lib/capture/raw-capture';
import { englishInstitutionName } from '@/lib/normalize/institutions';
import { copyrightHolder, pagePublishedDate, pagePublisher, pageTitle, urlDate } from '@/lib/normalize/page-facts';
import { pageMetadata } from '@/lib/normalize/page-metadata';
import { siteHints } from '@/lib/normalize/site-adapters';

const raw = (over: Partial<RawCapture>): RawCapture => ({
  url: 'https://example.org/news/1', canonicalUrl: null, lang: 'en', documentTitle: '', meta: [], jsonLd: [], breadcrumb: [],
  headlines: [], dateLines: [], siteHeader: null, article: null, truncated: false, elapsedMs: 0, ...over,
});
const publisher = (r: RawCapture) => pagePublisher(r, pageMetadata(r), siteHints(r, pageMetadata(r))).value;

describe('page title', () => {
  it('drops the site suffix', () => {
    const r = raw({ documentTitle: 'Call with the Minister - United States Department of State', meta: [['og:site_name', 'United States Department of State']] });
    expect(pageTitle(r, pageMetadata(r)).value).toBe('Call with the Minister');
  });
  it('uses the headline when <title> is only the site name', () => {
    const r = raw({ documentTitle: 'Embassy of India, Muscat', headlines: ['Embassy Celebrates Republic Day with a Reception'], siteHeader: 'Embassy of India, Muscat' });
    const m = pageMetadata(r);
    expect(pageTitle(r, m).value).toBe('Embassy Celebrates Republic Day with a Reception');
  });
  it('keeps a brand that is not the issuing institution, as Readability does', () => {
    const r = raw({ documentTitle: 'Mozilla - Wikipedia', meta: [['og:site_name', 'Wikipedia']], article: { title: 'Mozilla - Wikipedia', byline: null, excerpt: null, siteName: 'Wikipedia', publishedTime: null, lang: 'en', text: 'x', linkDensity: 0 } });
    expect(pageTitle(r, pageMetadata(r)).value).toBe('Mozilla - Wikipedia');
  });
  it('drops a generic site label but not a headline that ends in the word website', () => {
    const label = raw({ documentTitle: 'Lorem ipsum dolor sit amet – My website' });
    expect(pageTitle(label, pageMetadata(label)).value).toBe('Lorem ipsum dolor sit amet');
    const headline = raw({ documentTitle: 'Ministry launches a new consular appointments website' });
    expect(pageTitle(headline, pageMetadata(headline)).value).toBe('Ministry launches a new consular appointments website');
  });
});

describe('page title: labels, glued breadcrumbs, elided issuers', () => {
  const title = (over: Partial<RawCapture>) => pageTitle(raw(over), pageMetadata(raw(over))).value;
  it('takes a headline of sentence length over a title that only names the kind of page', () => {
    const headlines = ['Ministry of Foreign AffairsRepublic of Utopia', 'Republic of Utopia', 'Foreign Minister receives the chairs of two parliamentary committees'];
    expect(title({ documentTitle: 'News Details', headlines })).toBe('Foreign Minister receives the chairs of two parliamentary committees');
    expect(title({ documentTitle: 'Actualités', headlines })).toBe('Foreign Minister receives the chairs of two parliamentary committees');
    // A real title is kept, whatever the headlines say.
    expect(title({ documentTitle: 'Minister receives the Utopian delegation', headlines })).toBe('Minister receives the Utopian delegation');
  });
  it('keeps a kind-of-page title when the page has no other, without the breadcrumb glued to it', () => {
    const r = { documentTitle: 'Press Release – Ministry of Foreign Affairs', breadcrumb: ['Home', 'Press Releases', 'Press Release'], meta: [['og:site_name', 'Ministry of Foreign Affairs']] as [string, string][] };
    expect(title({ ...r, headlines: ['Press ReleaseHome/Press Releases/Press Release', 'Latest Press Releases', 'Visa & Consular'] })).toBe('Press Release');
    expect(title({ documentTitle: 'Empfang zum Nationalfeiertag im GartenStartseite › Aktuelles › Empfang' })).toBe('Empfang zum Nationalfeiertag im Garten');
  });
  it('does not cut a headline with slashes that is no breadcrumb', () => {
    expect(title({ documentTitle: 'Joint statement on the EU/US/Utopia trade talks' })).toBe('Joint statement on the EU/US/Utopia trade talks');
  });
  it('drops an issuer suffix whose name has an elided particle', () => {
    expect(title({ documentTitle: "L’AMBASSADEUR REÇOIT LE MAIRE DE LA VILLE DE NULLEPART POUR UN ENTRETIEN – Ambassade d'Utopie en France" })).toBe('L’AMBASSADEUR REÇOIT LE MAIRE DE LA VILLE DE NULLEPART POUR UN ENTRETIEN');
  });
});

describe('publication date', () => {
  it('prefers metadata, then date lines, then the address', () => {
    expect(pagePublishedDate(raw({ meta: [['pubdate', '2023-10-27 12:55']] }), pageMetadata(raw({ meta: [['pubdate', '2023-10-27 12:55']] }))).value).toBe('2023-10-27');
    const lines = raw({ dateLines: ['Date2013-08-01hit2747'] });
    expect(pagePublishedDate(lines, pageMetadata(lines)).value).toBe('2013-08-01');
    const url = raw({ url: 'http://example.gov.cn/eng/mh/202301/t20230121_11013807.htm' });
    expect(pagePublishedDate(url, pageMetadata(url)).value).toBe('2023-01-21');
  });
  it('reads a date standing alone among the short lines that open a speech, not one inside the body', () => {
    const article = (text: string) => ({ title: null, byline: null, excerpt: null, siteName: null, publishedTime: null, lang: 'en', text, linkDensity: 0 });
    const speech = raw({ article: article("The Minister's Remarks\n\nOn the Occasion of the Year-End Reception\n\n12 March 2024\n\nLakeside Hotel\n\nExcellencies, dear colleagues, it is a pleasure to welcome you all tonight to this reception.") });
    expect(pagePublishedDate(speech, pageMetadata(speech)).value).toBe('2024-03-12');
    const body = raw({ article: article('The Minister spoke at length about the year that passed and the work ahead of the ministry, its missions abroad and the many partners it works with.\n\nThe talks of\n\n12 March 2024\n\nwere recalled.') });
    expect(pagePublishedDate(body, pageMetadata(body)).value).toBeNull();
  });
  it('reads dates written into addresses', () => {
    expect(urlDate('https://example.org/2023/01/21/story/')).toBe('2023-01-21');
    expect(urlDate('https://example.org/t20230231_1.htm')).toBeNull();
  });
});

describe('publisher', () => {
  it('prefers a mission named in the breadcrumb over the ministry-wide site name', () => {
    expect(publisher(raw({ breadcrumb: ['Embassy of Spain in London', 'News'], meta: [['og:site_name', 'Ministerio de Asuntos Exteriores']] }))).toBe('Embassy of Spain in London');
  });
  it('ignores section labels and portal names', () => {
    expect(publisher(raw({ breadcrumb: ['Home', 'Embassy News'], meta: [['og:site_name', 'GOV.UK'], ['govuk:primary-publishing-organisation', 'Foreign Office']] }))).toBe('Foreign Office');
  });
  it('gives the English form of a foreign-language name', () => {
    expect(englishInstitutionName('Embajada de España en Guatemala')).toBe('Embassy of Spain in Guatemala');
    expect(englishInstitutionName('Ambassade de la République populaire de Chine au Royaume de Belgique')).toBe("Embassy of the People's Republic of China in the Kingdom of Belgium");
  });
  it('uses a site adapter for a site family', () => {
    expect(publisher(raw({ url: 'http://au.china-embassy.gov.cn/eng/t1.htm' }))).toBe("Embassy of the People's Republic of China in Australia");
  });
});

describe('publisher: the fuller name, and English where the site has an English version', () => {
  it('takes the slogan or footer form that names what the header leaves out', () => {
    const r = raw({ lang: 'es', siteHeader: 'Embajada en Ruritania', siteNames: ['Embajada de la República de Utopía en el Reino de Ruritania'] });
    expect(publisher(r)).toBe('Embajada de la República de Utopía en el Reino de Ruritania');
  });
  it('never a headline that holds the name, nor a longer name of another body', () => {
    const headline = 'Students of the Utopia Academy Hosted by the Embajada en Ruritania';
    expect(publisher(raw({ lang: 'es', siteHeader: 'Embajada en Ruritania', headlines: [headline], siteNames: ['Ministerio de Cultura en Ruritania'] }))).toBe('Embajada en Ruritania');
  });
  it('names a foreign ministry in English, with the country of its name or of its address, when the site offers English', () => {
    const fi = { url: 'https://ministry.example.fi/news/1', lang: 'fi', siteHeader: 'Ulkoasiainministeriö' };
    expect(publisher(raw({ ...fi, languageVersions: ['en', 'sv'] }))).toBe('Ministry of Foreign Affairs of Finland');
    expect(publisher(raw({ url: 'https://ministry.example.org/n/1', lang: 'es', siteHeader: 'Ministerio de Relaciones Exteriores de Cuba', languageVersions: ['en'] }))).toBe('Ministry of Foreign Affairs of Cuba');
    expect(publisher(raw({ url: 'https://ministry.example.no/n/1', lang: 'nb', siteHeader: 'Utenriksdepartementet', languageVersions: ['en'] }))).toBe('Ministry of Foreign Affairs of Norway');
  });
  it('keeps the name as written on a site in one language', () => {
    expect(publisher(raw({ url: 'https://ministry.example.fi/news/1', lang: 'fi', siteHeader: 'Ulkoasiainministeriö' }))).toBe('Ulkoasiainministeriö');
    expect(publisher(raw({ lang: 'fr', siteHeader: 'Ambassade de Belgique en France' }))).toBe('Ambassade de Belgique en France');
    expect(publisher(raw({ lang: 'fr', siteHeader: 'Ambassade de Belgique en France', languageVersions: ['en', 'fr'] }))).toBe('Embassy of Belgium in France');
  });
  it('reads a foreign ministry past a brand before it, and takes no home-page label', () => {
    expect(publisher(raw({ lang: 'es', siteNames: ['UtoMinrex. Ministerio de Relaciones Exteriores de Cuba'], languageVersions: ['en'] }))).toBe('Ministry of Foreign Affairs of Cuba');
    expect(publisher(raw({ lang: 'es', documentTitle: 'Noticia | Secretaría de Cultura', siteNames: ['Página de inicio, Gobierno de Utopía'] }))).toBe('Secretaría de Cultura');
  });
  it("prefers the page's own English form, as a bilingual logo gives it", () => {
    const r = raw({ lang: 'th', siteNames: ['กระทรวงการต่างประเทศ', 'Ministry of Foreign Affairs, Kingdom of Utopia'] });
    expect(publisher(r)).toBe('Ministry of Foreign Affairs, Kingdom of Utopia');
  });
});

describe('publisher: what is never one', () => {
  const headline = 'Meeting of the Nordic ambassadors with the Minister at the Embassy of the Republic of Kiribati in Lisbon';
  it("the article's own headline, even when it names an institution", () => {
    const r = raw({ documentTitle: `${headline} - Kiribati in Portugal`, meta: [['og:title', headline]], headlines: [headline], siteHeader: 'Kiribati in Portugal' });
    expect(publisher(r)).not.toBe(headline);
    expect(publisher(r)).toBe('Kiribati in Portugal');
  });
  it("a short site name Readability took as the title still counts", () => {
    const r = raw({ documentTitle: 'Press Release - Ministry of Foreign Affairs of Kiribati', article: { title: 'Ministry of Foreign Affairs of Kiribati', byline: null, excerpt: null, siteName: null, publishedTime: null, lang: 'en', text: 'x', linkDensity: 0 } });
    expect(publisher(r)).toBe('Ministry of Foreign Affairs of Kiribati');
  });
  it.each(['Kiribati Coat of Arms', 'Stema Republicii Moldova', 'Wappen der Republik Österreich', 'Escudo de Chile', 'Gobierno'])('the alt text of an emblem or a bare word for government: %s', (alt) => {
    expect(publisher(raw({ siteHeader: alt }))).toBeNull();
  });
});

describe('publisher: head nouns of other languages', () => {
  it.each([
    ['Recepția cu ocazia Zilei Naționale - Ambasada Republicii Moldova în Grecia', 'Ambasada Republicii Moldova în Grecia'],
    ['Kunjungan Duta Besar ke sekolah | Kementerian Luar Negeri Republik Indonesia', 'Kementerian Luar Negeri Republik Indonesia'],
    ['Encuentro bilateral con Perú | Secretaría de Relaciones Exteriores | gob.mx', 'Secretaría de Relaciones Exteriores'],
    ['Statssekretærens tale - Utenriksdepartementet', 'Utenriksdepartementet'],
  ])('a <title> segment: %s', (documentTitle, expected) => {
    expect(englishInstitutionName(expected) ?? expected).toBeTruthy();
    const got = publisher(raw({ documentTitle }));
    expect([expected, englishInstitutionName(expected)]).toContain(got);
  });
  it('a name run into the telephone numbers of its contact box ends where they begin', () => {
    expect(publisher(raw({ siteHeader: 'Ambasada Republicii Moldova în Grecia (+30) 210 723 1234, (+30) 210 723 1235' }))).toMatch(/^(Ambasada Republicii Moldova în Grecia|Embassy of .*)$/);
  });
});

describe('publisher: the footer copyright line', () => {
  it.each([
    ['© All rights reserved to the Ministry of Foreign Affairs, Republic of Kiribati', 'Ministry of Foreign Affairs, Republic of Kiribati'],
    ['Copyright © 2009-2024 Embassy of Kiribati in Lisbon. All rights reserved.', 'Embassy of Kiribati in Lisbon'],
    ['© Ministerul Afacerilor Externe al Republicii Moldova', 'Ministerul Afacerilor Externe al Republicii Moldova'],
    ["Droits d'auteur © Ambassade de Kiribati au Portugal. Tous droits réservés.", 'Ambassade de Kiribati au Portugal'],
    ['© 2019 Kiribati High Commission | Powered by a web agency', 'Kiribati High Commission'],
  ])('%s', (line, holder) => {
    expect(copyrightHolder(line)).toBe(holder);
    expect([holder, englishInstitutionName(holder)]).toContain(publisher(raw({ copyright: line })));
  });
  it('a brand or an agency is not kept, and never outranks the page title', () => {
    expect(copyrightHolder('© 2024 Webcraft Studio Ltd')).toBeNull();
    expect(publisher(raw({ documentTitle: 'Talks in Lisbon - Embassy of Kiribati in Portugal', copyright: '© Ministry of Foreign Affairs of Kiribati' }))).toBe('Embassy of Kiribati in Portugal');
  });
});

describe('publication date from the page itself', () => {
  const art = (text: string) => ({ title: null, byline: null, excerpt: null, siteName: null, publishedTime: null, lang: 'en', text, linkDensity: 0 });
  it.each([['29 September 2017', '17:18', '2017-09-29'], ['3 March 2021', '09:05', '2021-03-03']])('a date box whose date and time run together: %s%s', (date, time, day) => {
    const r = raw({ dateLines: [`${date}${time}`] });
    expect(pagePublishedDate(r, pageMetadata(r)).value).toBe(day);
  });
  it.each([['23 December 2019', '2019-12-23'], ['5 May 2022', '2022-05-05']])('a closing paragraph that is only a date: %s', (date, day) => {
    const r = raw({ article: art(`The Spokesperson rejected the report.\n\nThe talks continue.\n\n${date}`) });
    expect(pagePublishedDate(r, pageMetadata(r)).value).toBe(day);
  });
  it('a closing sentence that merely holds a date is not a date line', () => {
    const r = raw({ article: art('The Spokesperson rejected the report.\n\nThe talks resume on 23 December 2019 in the capital.') });
    expect(pagePublishedDate(r, pageMetadata(r)).value).toBeNull();
  });
});
