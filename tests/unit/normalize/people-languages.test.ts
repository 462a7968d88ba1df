// People named the way other languages write them: an office word before the name in lowercase
// (nb), a Romanian honorific, a Finnish case ending on the surname. Each case runs with two sets of
// invented names (a metamorphic pair): the record must follow the names, never know them.
import { describe, expect, it } from 'vitest';
import { eventHost, missionOfOffice } from '@/lib/normalize/host';
import { normalizeCapture } from '@/lib/normalize/normalize-capture';
import { eventOrganizations } from '@/lib/normalize/organizations';
import { eventParticipants } from '@/lib/normalize/people';

const people = (text: string, title: string | null = null) => eventParticipants({ title, text, type: 'meeting' }).map((p) => [p.name, p.title, p.position]);
const NAMES = [
  { first: 'Ola', last: 'Nordvik', first2: 'Karl', last2: 'Brenner' },
  { first: 'Ingrid', last: 'Solberga', first2: 'Hans', last2: 'Winterfeld' },
];

describe('people in other languages', () => {
  it.each(NAMES)('reads a lowercase office before a name ($last)', ({ first, last, first2, last2 }) => {
    expect(people(`Utenriksminister ${first} ${last} besøker Berlin for samtaler med Tysklands utenriksminister ${first2} ${last2}.`)).toEqual([
      [`${first} ${last}`, null, 'Utenriksminister'],
      [`${first2} ${last2}`, null, 'Tysklands utenriksminister'],
    ]);
  });

  it.each(NAMES)('reads a Romanian honorific and an office after the name, not a country in the genitive ($last)', ({ first, last }) => {
    const text = `La eveniment au participat politicieni, inclusiv domnul ${first} ${last}, Președintele României între 1996 și 2000, și alți oaspeți.`;
    expect(people(text)).toEqual([[`${first} ${last}`, 'domnul', 'Președintele României între 1996 și 2000']]);
    expect(people(`Mesajul a fost transmis de Președintele Poloniei.`)).toEqual([]);
  });

  it.each(NAMES)('keeps one person when a case ending changes the surname, in its citation form ($last)', ({ first, last }) => {
    const text = `Valtiosihteeri ${first} ${last}n avauspuheenvuoro kokouksessa.\n\nUlkoministeriön valtiosihteeri ${first} ${last} puhui kokouksessa maanantaina.`;
    expect(people(text).map((p) => p[0])).toEqual([`${first} ${last}`]);
  });

  it.each(NAMES)('takes no venue for a person, and no clause for an office ($last)', ({ last, first2, last2 }) => {
    expect(people(`La réception a eu lieu au Château ${last} en présence des invités.`)).toEqual([]);
    const es = `El Canciller ${last} hizo entrega al Ministro ${first2} ${last2} de un mensaje.`;
    expect(people(es).find((p) => p[0] === `${first2} ${last2}`)?.[2]).toBe('Ministro');
  });
});

describe('host of a visit', () => {
  it('is not the ministry whose minister travels to visit another country', () => {
    const text = 'Utenriksminister Ola Nordvik besøker Berlin mandag for samtaler med Tysklands utenriksminister Karl Brenner.';
    const participants = eventParticipants({ title: null, text, type: 'visit' });
    expect(eventHost({ title: null, text, type: 'visit', publisher: 'Ministry of Foreign Affairs of Norway', participants }).value).toBeNull();
    expect(eventHost({ title: null, text, type: 'meeting', publisher: 'Ministry of Foreign Affairs of Norway', participants }).value).toBe('Ministry of Foreign Affairs of Norway');
  });
});

describe('French appositions and shouted headlines', () => {
  it.each(NAMES)('reads "M." as an honorific and the office before the comma, without its article ($last)', ({ first, last, first2, last2 }) => {
    const text = `L’Ambassadeur du Ghana en France, M. ${first} ${last} a rendu une visite de courtoisie à la Présidente du Conseil régional de Bretagne, Mme ${first2} ${last2}, le jeudi 28 janvier 2021.`;
    expect(people(text)).toEqual([
      [`${first} ${last}`, 'M.', 'Ambassadeur du Ghana en France'],
      [`${first2} ${last2}`, 'Mme', 'Présidente du Conseil régional de Bretagne'],
    ]);
  });
  it('names no one from a headline in capitals', () => {
    expect(people('La réunion a eu lieu.', 'L’AMBASSADEUR REND UNE VISITE A LA PRESIDENTE DU CONSEIL REGIONAL D’ILE-DE-FRANCE')).toEqual([]);
  });
});

describe('host of courtesy calls and interviews', () => {
  const host = (text: string, type: 'visit' | 'interview' | 'meeting', publisher = 'Embassy of Ghana in France', title: string | null = null) =>
    eventHost({ title, text, type, publisher, participants: eventParticipants({ title, text, type }) }).value;
  it.each(NAMES)('is the body the visited person heads, or the person ($last)', ({ first, last, first2, last2 }) => {
    expect(host(`L’Ambassadeur du Ghana en France, M. ${first} ${last} a rendu une visite de courtoisie à la Présidente du Conseil régional de Bretagne, Mme ${first2} ${last2}, le 28 janvier.`, 'visit')).toBe('Conseil régional de Bretagne');
    expect(host(`Ambassador ${first} ${last} paid a courtesy call on Mr. ${first2} ${last2} on Monday.`, 'visit')).toBe(`${first2} ${last2}`);
  });
  it('is the outlet an interview was given to, named by a media word or as an acronym', () => {
    expect(host('In an interview televised by the BBC on Tuesday, the Minister said the measures were surprising.', 'interview', 'Ministry of Foreign Affairs')).toBe('BBC');
    expect(host('In an interview with Radio Lakeside, the Minister said the talks went well.', 'interview', 'Ministry of Foreign Affairs')).toBe('Radio Lakeside');
    expect(host('In an interview with the Minister, the talks were discussed.', 'interview', 'Ministry of Foreign Affairs')).toBeNull();
  });
  it.each([
    ['Botschaft der Republik Utopia in Wien', 'Am 2. Mai fand in der Botschaft der Republik Utopia ein Treffen der Botschafter statt.'],
    ['Embajada de Utopía en Lima', 'El 2 de mayo se celebró en la Embajada una reunión de embajadores.'],
    ["Ambassade d'Utopie en France", "Le 2 mai, une réunion s'est tenue à l'Ambassade avec les consuls."],
    ['Embassy of Utopia in Oslo', 'A meeting of ambassadors took place at the Embassy on 2 May.'],
  ])('is a mission whose premises the meeting was held in (%s)', (publisher, text) => {
    expect(host(text, 'meeting', publisher)).toBe(publisher);
    // The same sentence held somewhere else names no host.
    expect(host(text.replace(/(?:in der|en la|à l'|at the) ?(?:Botschaft der Republik Utopia|Embajada|Ambassade|Embassy)/, 'in Lakeside'), 'meeting', publisher)).toBeNull();
  });
  it('is the ministry a Cabinet Secretary heads', () => {
    const text = 'On 2 November 2022, Dr. Ola Nordvik, Cabinet Secretary for Foreign Affairs held fruitful discussions with H.E. Madam Ingrid Solberga, Ambassador of Norway to Kenya.';
    expect(host(text, 'meeting', 'Ministry of Foreign Affairs')).toBe('Ministry of Foreign Affairs');
    expect(people(text).map((p) => [p[0], p[1]])).toEqual([['Ola Nordvik', 'Dr.'], ['Ingrid Solberga', 'H.E. Madam']]);
  });
});

describe('names written in capitals, regnal numbers, church ranks', () => {
  it.each(NAMES)('reads a surname in capitals after a given name, never a heading in capitals ($last)', ({ first, last }) => {
    expect(people(`Le Ministre des Affaires étrangères, M. ${first} ${last.toUpperCase()} a pris part au déjeuner.`)).toEqual([[`${first} ${last.toUpperCase()}`, 'M.', 'Ministre des Affaires étrangères']]);
    expect(people(`${first.toUpperCase()} ${last.toUpperCase()} MEETS THE PRESS`)).toEqual([]);
  });
  it.each(NAMES)('keeps a regnal number and a church rank ($last)', ({ first, last, first2 }) => {
    expect(people(`His Excellency Archbishop ${first} ${first2} ${last} III, Apostolic Nuncio and Dean of the Diplomatic Corps, spoke first.`)).toEqual([
      [`${first} ${first2} ${last} III`, 'His Excellency Archbishop', 'Apostolic Nuncio and Dean of the Diplomatic Corps'],
    ]);
  });
  it('takes no word of an office for a name', () => {
    expect(people('La canciller se reunió con la viceministra de Asuntos Multilaterales de Colombia, Ingrid Solberga, en Santiago.').map((p) => p[0])).toEqual(['Ingrid Solberga']);
  });
  it('makes the publisher no host when its minister took part in someone else’s event', () => {
    const text = 'Le Ministre des Affaires étrangères, M. Ola NORDVIK a pris part au déjeuner de travail des consuls honoraires.';
    const participants = eventParticipants({ title: null, text, type: 'meeting' });
    expect(eventHost({ title: null, text, type: 'meeting', publisher: 'Ministère des Affaires étrangères', participants }).value).toBeNull();
  });
});

describe('the mission an envoy hosts for', () => {
  it.each([
    ['Philippine Ambassador to the United States', 'Philippine Embassy in the United States'],
    ['Ambassador of Kenya to Norway', 'Embassy of Kenya in Norway'],
    ['Embajador de Chile ante Bolivia', 'Embajada de Chile en Bolivia'],
    ['Consul General of Ghana in Lagos', 'Consulate General of Ghana in Lagos'],
    ['中国驻哥伦比亚大使', '中国驻哥伦比亚使馆'],
    ['Ambassador', null],
    ['Minister of Trade', null],
  ])('%s → %s', (office, mission) => {
    expect(missionOfOffice(office)).toBe(mission);
  });
  it('is the host of a reception a ministry reports its ambassador gave, and the event is in that mission’s country', () => {
    const raw = {
      url: 'https://dfa.example/news/item', canonicalUrl: null, lang: 'en', documentTitle: 'Reception in Oslo',
      meta: [['og:site_name', 'Department of Foreign Affairs']] as [string, string][], jsonLd: [], breadcrumb: [], headlines: [], dateLines: [], siteHeader: null,
      article: { title: 'Independence Day reception', byline: null, excerpt: null, siteName: null, publishedTime: null, lang: 'en', linkDensity: 0,
        text: 'Ghanaian Ambassador to Norway Ola Nordvik delivers the keynote address at the reception held in commemoration of the 60th anniversary of independence on 3 May 2025.' },
      truncated: false, elapsedMs: 0,
    };
    const r = normalizeCapture(raw, { id: 'x', now: new Date('2025-06-01T00:00:00Z') });
    expect(r.event.type).toBe('reception');
    expect(r.event.host).toBe('Ghanaian Embassy in Norway');
    expect(r.event.location.country).toBe('NO');
  });
});

describe('offices that run on', () => {
  it.each(NAMES)('keeps a second office of the same person and a lowercase qualifier in the complement ($last)', ({ first, last, first2, last2 }) => {
    expect(people(`During 22-23 March 2022, H.E. Mr. ${first} ${last}, Deputy Prime Minister and Minister of Foreign Affairs participated in the session.`)).toEqual([
      [`${first} ${last}`, 'H.E. Mr.', 'Deputy Prime Minister and Minister of Foreign Affairs'],
    ]);
    expect(people(`The reception was opened by His Excellency Mr. ${first2} ${last2}, ambassador of the state of Qatar to the Republic of Ghana, on 3 May.`)[0]?.[2]).toBe('ambassador of the state of Qatar to the Republic of Ghana');
    expect(people(`Mr. ${first} ${last}, Minister of Trade and Mr. ${first2} ${last2}, Minister of Energy met on Monday.`).map((p) => p[2])).toEqual(['Minister of Trade', 'Minister of Energy']);
  });
  it.each(NAMES)('takes an honorific before the office before the name as the title ($last)', ({ first, last }) => {
    expect(people(`HE the Foreign Minister Sheikh ${first} bin ${last} said the measures were surprising.`)).toEqual([[`Sheikh ${first} bin ${last}`, 'HE', 'Foreign Minister']]);
  });
});

describe('names with two particles', () => {
  it.each([['Gloria', 'Fuente'], ['Ingrid', 'Vega']])('keeps "de la" inside the name (%s de la %s)', (first, last) => {
    expect(people(`La canciller ${first} de la ${last} se reunió hoy con la delegación.`).map((p) => p[0])).toEqual([`${first} de la ${last}`]);
    expect(people(`Mr. Karl van der ${last} met the Minister.`).map((p) => p[0])).toEqual([`Karl van der ${last}`]);
  });
});

describe('military ranks, Spanish forms of address, portfolios before a body', () => {
  const orgs = (text: string) => {
    const participants = eventParticipants({ title: null, text, type: 'meeting' });
    return eventOrganizations({ title: null, text, host: null, publisher: 'Ministry of Foreign Affairs', participants, type: 'meeting' }).map((o) => o.name);
  };
  it.each(NAMES)('reads "Maj. Gen." as one title and each office before its name ($last)', ({ first, last, first2, last2 }) => {
    const text = `The Minister received the Chairman of the Budget Committee, Dr. ${first} ${last}, the Chairman of the Committee on Energy and Water, Maj. Gen. ${first2} ${last2}, and the Chairman of the Water Affairs Committee, Lt. Gen. Omar al-${last}.`;
    expect(people(text)).toEqual([
      [`${first} ${last}`, 'Dr.', 'Chairman of the Budget Committee'],
      [`${first2} ${last2}`, 'Maj. Gen.', 'Chairman of the Committee on Energy and Water'],
      [`Omar al-${last}`, 'Lt. Gen.', 'Chairman of the Water Affairs Committee'],
    ]);
    expect(orgs(text)).toEqual(['Budget Committee', 'Committee on Energy and Water', 'Water Affairs Committee']);
  });
  it.each(NAMES)('takes "Excelentísimo Señor" as the title and the body closing a portfolio ($last)', ({ first, last }) => {
    const text = `El Canciller recibió al Excelentísimo Señor ${first} ${last}, Comisario para la Cultura de la Unión Andina, en La Paz.`;
    expect(people(text)).toEqual([[`${first} ${last}`, 'Excelentísimo Señor', 'Comisario para la Cultura de la Unión Andina']]);
    expect(orgs(text)).toEqual(['Unión Andina']);
    expect(orgs(text.replace('Comisario para la Cultura de la Unión Andina', 'Commissioner for Trade of the Andean Union'))).toEqual(['Andean Union']);
  });
});

