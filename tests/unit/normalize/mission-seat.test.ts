import { describe, expect, it } from 'vitest';
import { cldrCountryCode, findCldrCountries } from '@/lib/normalize/cldr-countries';
import { findCountries } from '@/lib/normalize/countries';
import { addressSeat } from '@/lib/normalize/mission-seat';
import { missionCountryOf } from '@/lib/normalize/place';
import { normalizeCapture } from '@/lib/normalize/normalize-capture';

describe('addressSeat', () => {
  it('reads the host country from a subdomain, whatever the country', () => {
    for (const [label, code] of [['portugal', 'PT'], ['kenya', 'KE'], ['argentina', 'AR'], ['finland', 'FI']]) {
      expect(addressSeat(`https://${label}.mid.example/ro/press/item`, 'Embassy of Utopia')).toEqual({ country: code, city: null });
    }
  });
  it('reads a seat city from the first path segment of a ministry portal', () => {
    expect(addressSeat('https://www.kemlu.example.id/nairobi/en/news/item.aspx', 'Ministry of Foreign Affairs')).toEqual({ country: 'KE', city: 'Nairobi' });
    expect(addressSeat('https://www.kemlu.example.id/lisbon/en/news/item.aspx', 'Ministry of Foreign Affairs')).toEqual({ country: 'PT', city: 'Lisbon' });
  });
  it('reads a mission site on the host country’s domain, but not on the sending country’s', () => {
    expect(addressSeat('https://tonga.org.au/news/item/', 'Tonga High Commission')).toEqual({ country: 'AU', city: null });
    expect(addressSeat('https://www.kenya-embassy.de/news/item/', 'Embassy of Kenya')).toEqual({ country: 'DE', city: null });
    expect(addressSeat('https://www.kenya-embassy.ke/news/item/', 'Embassy of Kenya')).toBeNull();
    expect(addressSeat('https://www.botschaft.ru/de/item/', 'Russische Botschaft')).toBeNull();
  });
  it('says nothing for a ministry at home, a mission to an organisation, a generic domain or a non-web address', () => {
    expect(addressSeat('https://www.mfa.gov.tr/news/item', 'Ministry of Foreign Affairs')).toBeNull();
    expect(addressSeat('https://www.chinamission.be/eng/item.htm', 'Mission of Utopia to the EU')).toBeNull();
    expect(addressSeat('https://embassy.example.io/news/item', 'Embassy of Utopia')).toBeNull();
    expect(addressSeat('file:///tmp/page.html', 'Embassy of Utopia')).toBeNull();
    expect(addressSeat('not a url', null)).toBeNull();
  });
  it('never takes a site word or a language code for a place', () => {
    expect(addressSeat('https://news.mfa.example/press/item', 'Ministry of Foreign Affairs')).toBeNull();
    expect(addressSeat('https://www.mfa.example/en/press/item', 'Ministry of Foreign Affairs')).toBeNull();
  });
});

describe('country names from CLDR', () => {
  it('knows the names of countries in other languages', () => {
    for (const [name, code] of [['România', 'RO'], ['Suomi', 'FI'], ['Norge', 'NO'], ['Polska', 'PL'], ['Nouvelle-Zélande', 'NZ'], ['Türkiye', 'TR'], ['Россия', 'RU']]) {
      expect(cldrCountryCode(name), name).toBe(code);
    }
    expect(cldrCountryCode('Utopia')).toBeNull();
  });
  it('finds them in text at their offsets, after the curated names', () => {
    const text = 'Ambasada a organizat în Polska o recepție, apoi în Nouvelle-Zélande.';
    const found = findCldrCountries(text);
    expect(found.map((c) => [c.value, text.slice(c.start, c.end)])).toEqual([['PL', 'Polska'], ['NZ', 'Nouvelle-Zélande']]);
    expect(findCountries('in Germany and in Suomi').map((c) => c.value)).toEqual(['DE', 'FI']);
  });
  it('reads the country of a mission named in another language, not a town hidden in its adjective', () => {
    expect(missionCountryOf('Ambasada Federaţiei Ruse în România')).toBe('RO');
    expect(missionCountryOf('Ambasada Federaţiei Ruse în Polska')).toBe('PL');
    expect(missionCountryOf('Botschaft der Republik Kenia in der Bundesrepublik Deutschland')).toBe('DE');
  });
});

describe('a ministry portal page under a mission seat', () => {
  const capture = (url: string, siteName: string) => normalizeCapture({
    url, canonicalUrl: null, lang: 'en', documentTitle: 'School visit', meta: [['og:site_name', siteName]], jsonLd: [], breadcrumb: [], headlines: [], dateLines: [], siteHeader: null,
    article: { title: 'School visit', byline: null, excerpt: null, siteName: null, publishedTime: null, lang: 'en', linkDensity: 0, text: 'On 19 March 2015 the Ambassador visited a primary school on the outskirts of the city.' },
    truncated: false, elapsedMs: 0,
  }, { id: 'x', now: new Date('2025-01-01T00:00:00Z') });
  it.each([['nairobi', 'Nairobi'], ['lisbon', 'Lisbon']])('is the mission’s page: /%s/', (segment, city) => {
    expect(capture(`https://www.kemlu.example.id/${segment}/en/news/item.aspx`, 'Kementerian Luar Negeri Republik Indonesia').source.publisher).toBe(`Embassy of Indonesia in ${city}`);
  });
  it('stays the ministry’s page elsewhere on the portal', () => {
    expect(capture('https://www.kemlu.example.id/en/news/item.aspx', 'Kementerian Luar Negeri Republik Indonesia').source.publisher).toBe('Kementerian Luar Negeri Republik Indonesia');
  });
});
