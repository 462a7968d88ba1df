// Metamorphic checks of the place rules: the same sentence shapes with other cities (of other
// countries, from the gazetteer) and other cue words must give the city written in them.
import { describe, expect, it } from 'vitest';
import { findCities } from '@/lib/normalize/countries';
import { eventPlace } from '@/lib/normalize/place';

const place = (text: string) => eventPlace({ title: null, text, type: 'meeting', hostIsPublisher: false, publisher: null, missionCountry: null });
const CITIES = ['Nairobi', 'Lima', 'Hanoi', 'Oslo', 'Canberra', 'Dakar'];

describe('place cues, swapped cities', () => {
  it('the cities used are in the gazetteer, each in its own country', () => {
    const codes = CITIES.map((c) => findCities(c)[0]?.value.code);
    expect(codes.every(Boolean)).toBe(true);
    expect(new Set(codes).size).toBe(CITIES.length);
  });

  const shapes: [string, (c: string) => string][] = [
    ["a body's premises (at … headquarters in)", (c) => `During a meeting held on Friday at the Ministry of Foreign Affairs headquarters in ${c}, the officials discussed trade.`],
    ['inside an embassy (in der Botschaft … in)', (c) => `Am 2. Mai fand in der Botschaft der Republik Polen in ${c} ein Treffen der Botschafter statt.`],
    ['a visit verb in Norwegian', (c) => `Utenriksministeren besøker ${c} 29. mai for politiske samtaler.`],
    ['a visit verb in German', (c) => `Die Ministerin besucht ${c} am 3. Juni zu Gesprächen.`],
    ['a visit verb in Spanish', (c) => `El canciller visitó ${c} el 3 de junio para reunirse con su homólogo.`],
    ['a dateline with an office between city and date', (c) => `${c}, Media & Communication Dept., January 24\n\nThe Minister met the visiting delegation.`],
  ];
  for (const [name, sentence] of shapes) {
    it(name, () => {
      for (const c of CITIES) expect({ c, city: place(sentence(c)).city?.value ?? null }).toEqual({ c, city: c });
    });
  }

  it("a body's seat alone is still not the venue", () => {
    for (const c of CITIES) expect(place(`The Embassy in ${c} said the minister met his counterpart by video.`).city).toBeNull();
  });
});

describe('place cues, swapped countries', () => {
  const COUNTRIES: [string, string][] = [['Perú', 'PE'], ['Kenia', 'KE'], ['Noruega', 'NO'], ['Vietnam', 'VN']];
  const FRENCH: [string, string][] = [['Ghana', 'GH'], ['Pérou', 'PE'], ['Norvège', 'NO'], ['Japon', 'JP']];
  it('a visit to a country, in Spanish and French, places the event there', () => {
    for (const [name, code] of COUNTRIES) {
      expect(place(`En el marco de su visita a ${name}, el Secretario se reunió con el Presidente.`).country?.value).toBe(code);
      expect(place(`El Secretario se reunió con el Presidente de ${name}.`).country).toBeNull();
    }
    for (const [name, code] of FRENCH) {
      const article = /^[AEIOUÉ]/.test(name) ? 'en ' : /e$/.test(name) ? 'en ' : 'au ';
      expect(place(`Lors de sa visite officielle ${article}${name}, le ministre a rencontré son homologue.`).country?.value).toBe(code);
    }
  });
  it('"our country" after a word of visit is the publisher’s own country', () => {
    const ours = (publisher: string, text: string) => eventPlace({ title: null, text, type: 'press-conference', hostIsPublisher: true, publisher, missionCountry: null }).country?.value ?? null;
    for (const [publisher, code] of [['Ministerio de Relaciones Exteriores de Chile', 'CL'], ['Ministerio de Relaciones Exteriores de Uruguay', 'UY']]) {
      expect(ours(publisher, 'Hemos recibido con placer, en su tercera visita, a nuestro país, al comisario.')).toBe(code);
      expect(ours(publisher, 'El comisario habló de nuestro país ante la prensa.')).toBeNull();
    }
  });
});
