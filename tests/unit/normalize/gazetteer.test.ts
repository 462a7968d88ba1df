// Cities from GeoNames (lib/normalize/gazetteer.ts): found where the curated table has none, never
// a word of our vocabularies, and in the country the page points to when several share the name.
import { describe, expect, it } from 'vitest';
import { findCities } from '@/lib/normalize/countries';
import { cityCountry, findCityMentions, geonamesCountries } from '@/lib/normalize/gazetteer';
import { GEONAMES_CITIES } from '@/lib/normalize/generated/geonames-cities';
import { eventPlace } from '@/lib/normalize/place';

const place = (text: string, missionCountry: string | null = null) =>
  eventPlace({ title: null, text, type: 'visit', hostIsPublisher: false, publisher: null, missionCountry });

describe('GeoNames gazetteer', () => {
  it('finds every name of the generated table by binary search (the table is sorted as the search needs)', () => {
    const lines = GEONAMES_CITIES.split('\n');
    expect(lines.length).toBeGreaterThan(20_000);
    for (let i = 0; i < lines.length; i += 97) {
      const [name, codes] = lines[i].split('|');
      expect(geonamesCountries(name)).toEqual(codes.split(','));
    }
    expect(geonamesCountries('no such city anywhere')).toEqual([]);
  });

  it('names cities the curated table lacks, written with particles, hyphens or accents', () => {
    const text = 'The delegation travelled to Ulaangom, Mwanza and Rio de Janeiro, then Port-au-Prince and Kópavogur (or Kopavogur).';
    for (const name of ['Ulaangom', 'Mwanza', 'Kópavogur']) expect(findCities(name)).toEqual([]);
    expect(findCityMentions(text).map((c) => [c.text, c.codes[0]])).toEqual([
      ['Ulaangom', 'MN'], ['Mwanza', 'TZ'], ['Rio de Janeiro', 'BR'], ['Port-au-Prince', 'HT'], ['Kópavogur', 'IS'], ['Kopavogur', 'IS'],
    ]);
  });

  it('never takes a month, an office, a country or a function word for a town of that name', () => {
    // GeoNames has towns called March, President Roxas, Mexico, Of, Police …; written as words they are words.
    const mentions = findCityMentions('In March the President of Mexico met Police officers. Of the guests, Union members came.');
    expect(mentions.map((c) => c.text)).toEqual([]);
  });

  it('places a city several countries share in the one the page points to', () => {
    const valencia = findCityMentions('in Valencia')[0];
    expect(valencia.codes.length).toBeGreaterThan(1);
    expect(cityCountry(valencia, [])).toBe(valencia.codes[0]);
    expect(cityCountry(valencia, ['ES'])).toBe('ES');
    expect(place('The Ambassador visited Valencia on 3 May.', 'ES').country?.value).toBe('ES');
    expect(place('The Ambassador visited Valencia on 3 May and met the governor of Carabobo, Venezuela.').country?.value).toBe('VE');
  });

  it('gives the event place and its country for a city only GeoNames knows', () => {
    for (const [city, code] of [['Mwanza', 'TZ'], ['Lautoka', 'FJ'], ['Ulaangom', 'MN'], ['Salalah', 'OM']]) {
      const p = place(`The Ambassador visited ${city} on 3 May to meet local officials.`);
      expect({ city: p.city?.value, country: p.country?.value }).toEqual({ city, country: code });
    }
  });
});

describe('cities by their local names (CLDR time-zone cities)', () => {
  it.each([
    ['Spotkanie odbyło się w Warszawa wczoraj.', 'Warszawa', 'PL'],
    ['Setkání se konalo v Praha.', 'Praha', 'CZ'],
    ['Mødet fandt sted i København.', 'København', 'DK'],
    ['Встреча прошла в Москва.', 'Москва', 'RU'],
    ['A avut loc la București.', 'București', 'RO'],
  ])('%s', (text, city, country) => {
    const m = findCityMentions(text).find((c) => c.text === city);
    expect(m?.codes[0]).toBe(country);
  });
  it('finds a Thai city name with no spaces around it', () => {
    const text = 'พบปะชุมชนคนไทยในนครซิดนีย์';
    expect(findCityMentions(text).map((c) => [c.text, c.codes[0]])).toEqual([['ซิดนีย์', 'AU']]);
  });
});
