// Metamorphic checks of event-type cue words beyond en/fr/de/es/zh: the same headline shapes with
// other people and places must keep the type the cue word names.
import { describe, expect, it } from 'vitest';
import { eventType } from '@/lib/normalize/event-type';

const PEOPLE = [['Anna Virtanen', 'Oslo'], ['Ion Popescu', 'Chișinău'], ['Maria Silva', 'Lima']];

describe('event type, cue words of more languages', () => {
  it.each([
    ['visit', (p: string, c: string) => `Utenriksminister ${p} besøker ${c} 29. mai`],
    ['visit', (p: string, c: string) => `Ministeri ${p} vierailee ${c}ssa`],
    ['speech', (p: string) => `Valtiosihteeri ${p}n avauspuheenvuoro suurlähettiläskokouksessa`],
    ['ceremony', (_p: string, c: string) => `Gedenkzeremonie im Park von ${c}`],
    ['reception', (_p: string, c: string) => `Recepția cu ocazia Zilei Naționale la ${c}`],
    ['meeting', (p: string) => `ทีมประเทศไทยประชุมร่วมกับ ${p}`],
    ['meeting', (p: string) => `Встреча с ${p}`],
  ] as const)('%s: %s', (type, headline) => {
    for (const [p, c] of PEOPLE) expect({ h: headline(p, c), type: eventType(headline(p, c), '').type }).toEqual({ h: headline(p, c), type });
  });

  it('a spokesperson answering a question or a report is a statement, whatever the report is about', () => {
    for (const topic of ['the Summit in Lima', 'the conference in Oslo', 'the signing ceremony']) {
      expect(eventType('Press Release', `In response to a question regarding a news report on ${topic}, the Spokesperson rejected the report as speculative.`).type).toBe('statement');
      expect(eventType(null, `En respuesta a una pregunta sobre ${topic}, el portavoz rechazó la información.`).type).toBe('statement');
    }
    expect(eventType('Press conference of the Spokesperson', 'In response to a question, the Spokesperson said the talks went well.').type).toBe('press-conference');
  });

  it('a Finnish telephone word is not a speech', () => {
    expect(eventType('Ministeri soitti puhelimella kollegalleen', '').type).not.toBe('speech');
  });
});

describe('a courtesy call is a meeting, in any language (FORMAT)', () => {
  it.each([
    (p: string) => `Ambassador pays a courtesy call on ${p}`,
    (p: string) => `L’Ambassadeur rend une visite de courtoisie à ${p}`,
    (p: string) => `El Embajador realizó una visita de cortesía a ${p}`,
    (p: string) => `Duta Besar melakukan kunjungan kehormatan kepada ${p}`,
  ])('%s', (headline) => {
    for (const [p] of PEOPLE) expect(eventType(headline(p), '').type).toBe('meeting');
  });
});

describe('headline heads that decide the type', () => {
  it.each([
    ['speech', (p: string, c: string) => `Remarks by Ambassador ${p} at the Opening Reception for the “${c} Treasures” Exhibition`],
    ['speech', (p: string) => `Discours de ${p} lors de la cérémonie d’ouverture`],
    ['press-conference', (p: string, c: string) => `Remarks at a Press Stakeout by ${p} on ${c}`],
    ['meeting', (p: string) => `Le Ministre ${p} a pris part au déjeuner de travail des consuls honoraires`],
    ['meeting', (p: string) => `Working lunch of Minister ${p} with the Diplomatic Corps`],
  ])('%s: %s', (type, headline) => {
    for (const [p, c] of PEOPLE) expect(eventType(headline(p, c), '').type).toBe(type);
  });
});
