// Organisations named in enumerations and by the people who come on their behalf, in the languages
// of the sites we read. Invented names: each rule must hold for any body, so each case is run with
// two sets of names (a metamorphic pair) and the record must follow.
import { describe, expect, it } from 'vitest';
import { eventOrganizations } from '@/lib/normalize/organizations';
import { eventParticipants } from '@/lib/normalize/people';

const orgs = (text: string, publisher: string | null = null) =>
  eventOrganizations({ title: null, text, host: publisher, publisher, participants: [], type: 'reception' }).map((o) => o.name);
const NAMES = [
  { a: 'Alfa', b: 'Beta', c: 'Gamma' },
  { a: 'Nordlys', b: 'Sørvest', c: 'Fjellheim' },
];

describe('organisations in enumerations', () => {
  it.each(NAMES)('reads quoted names after their class, merging a capitalised class ($a)', ({ a, b, c }) => {
    const text = `La conferință au participat reprezentanții presei, inclusiv Agenția Națională de Presă «${a}», canalul «${b} 3», Postul de radio public «Radio ${c}». Apoi a urmat recepția.`;
    expect(orgs(text)).toEqual([`Agenția Națională de Presă ${a}`, `${b} 3`, `Radio ${c}`]);
  });

  it.each(NAMES)('reads the body people come from, up to where the sentence goes on ($a)', ({ a, b }) => {
    expect(orgs(`The High Commissioner hosted the students from ${a} University to a welcome luncheon on Saturday.`)).toEqual([`${a} University`]);
    expect(orgs(`An der Zeremonie haben Vertreter der Universität ${b} und Vertreter der Öffentlichkeit teilgenommen.`)).toEqual([`Universität ${b}`]);
  });

  it.each(NAMES)('takes one-word names beside a body in one enumeration, but never a place ($a)', ({ a, b, c }) => {
    expect(orgs(`The symposium brought together experts from media outlets and think tanks, such as ${a}news, ${b}press, and Friends of ${c}.`)).toEqual([`${a}news`, `${b}press`, `Friends of ${c}`]);
    expect(orgs(`Diplomats from Lisbon attended the reception.`)).toEqual([]);
    expect(orgs(`Guests from Accra, Lagos and the ${c} Institute attended.`)).toEqual([`${c} Institute`]);
  });

  it('does not count the publishing foreign ministry under another wording, but does count another country’s', () => {
    const publisher = 'Ministry of Foreign Affairs of Kenya';
    expect(orgs('Retired members of the Foreign Ministry laid wreaths.', publisher)).toEqual([]);
    expect(orgs('Retired members of the Kenyan Foreign Ministry laid wreaths.', publisher)).toEqual([]);
    expect(orgs('Representatives of the Ministry of Foreign Affairs of Ghana attended.', publisher)).toEqual(['Ministry of Foreign Affairs of Ghana']);
  });

  it('keeps one body once however its apostrophes are written', () => {
    expect(orgs("Members of the Lakeside Photographers' Association and the Lakeside Photographers Association attended.")).toEqual(["Lakeside Photographers' Association"]);
  });
});

describe('collectives and categories', () => {
  it('takes the diplomatic corps named as a body, in any of its languages, and not a category of guests', () => {
    expect(orgs('The Minister invited the Diplomatic Heads of Missions to hear her address.')).toEqual([]);
    expect(orgs('Le Corps diplomatique, presque au grand complet, a honoré de sa présence la réception.')).toEqual(['Corps diplomatique']);
    expect(orgs('The Minister addressed members of the diplomatic corps.')).toEqual([]);
  });
  it('reads a list no further than its paragraph', () => {
    expect(orgs('Excellencies, Members of the Lakeside Photographers Association,\n\nColleagues in the Department, good evening.')).toEqual(['Lakeside Photographers Association']);
  });
  it('does not count the publishing foreign office under its short name, but does count another body an office names', () => {
    const text = 'Foreign Office Minister Ola Nordvik met Mr. Karl Brenner, Chairman of the Lakeside Chamber of Commerce, in London.';
    const participants = eventParticipants({ title: null, text, type: 'statement' });
    const publisher = 'Foreign, Commonwealth & Development Office';
    expect(eventOrganizations({ title: null, text, host: publisher, publisher, participants, type: 'statement' }).map((o) => o.name)).toEqual(['Lakeside Chamber of Commerce']);
    expect(eventOrganizations({ title: null, text, host: null, publisher: 'Ministry of Trade', participants, type: 'statement' }).map((o) => o.name)).toEqual(['Foreign Office', 'Lakeside Chamber of Commerce']);
  });
});

describe('carriers and performers', () => {
  it.each(NAMES)('names each outlet carrying the event, whatever leads to it ($a)', ({ a, b }) => {
    expect(orgs(`Además, está saliendo en vivo este encuentro por ${a}visión Internacional y también por las ondas de Radio ${b}.`)).toEqual([`${a}visión Internacional`, `Radio ${b}`]);
    expect(orgs(`The concert was performed by the ${a} Chamber Orchestra and the ${b} Choir.`)).toEqual([`${a} Chamber Orchestra`, `${b} Choir`]);
  });
});
