import { describe, expect, it } from 'vitest';
import { eventHost } from '@/lib/normalize/host';
import { anniversaryYear, eventOccasion } from '@/lib/normalize/occasion';
import { eventOrganizations } from '@/lib/normalize/organizations';
import { eventParticipants } from '@/lib/normalize/people';
import { eventPlace, missionCountryOf } from '@/lib/normalize/place';

describe('occasion', () => {
  it('reads what the event marks', () => {
    expect(eventOccasion('The Mission held a symposium to commemorate the 80th anniversary of the victory. Guests attended.')?.value).toBe('80th anniversary of the victory');
    expect(eventOccasion('Con motivo de la Fiesta Nacional de España el pasado 10 de octubre hubo una recepción.')?.value).toBe('Fiesta Nacional de España');
    expect(eventOccasion('使馆举办庆祝中华人民共和国成立75周年招待会。')?.value).toBe('中华人民共和国成立75周年');
    expect(eventOccasion('The two sides agreed to mark progress in talks.')).toBeNull();
  });
  it('dates anniversaries of events with a known year', () => {
    expect(anniversaryYear('China celebrated the 70th anniversary of the founding of the People’s Republic of China.')).toBe(2019);
  });
});

describe('place', () => {
  const place = (text: string, extra: Partial<Parameters<typeof eventPlace>[0]> = {}) =>
    eventPlace({ title: null, text, type: 'reception', hostIsPublisher: false, publisher: null, missionCountry: null, ...extra });
  it('reads the city and its country', () => {
    expect(place('The ceremony was held at the Palais des Nations in Geneva.')).toMatchObject({ city: { value: 'Geneva' }, country: { value: 'CH' } });
    expect(place('Dar es Salaam, Friday, 24 September 2021 The ceremony is held today.').city?.value).toBe('Dar es Salaam');
  });
  it('does not take a body’s seat for the venue', () => {
    expect(place('He thanked the EU Delegation in Libreville for its help.').city).toBeNull();
  });
  it('uses the mission’s country only for its own local events', () => {
    expect(place('The Ambassador hosted a reception at the Residence.', { hostIsPublisher: true, missionCountry: 'GT' }).country?.value).toBe('GT');
    expect(place('The Minister spoke by phone.', { type: 'call', hostIsPublisher: true, missionCountry: 'GT' }).country).toBeNull();
    expect(missionCountryOf('Embassy of Spain in Guatemala')).toBe('GT');
  });
});

describe('host and organisations', () => {
  const text = 'On September 1, 2025, the Chinese Mission to the EU held a symposium. Ambassador Hao Lin, Head of the Chinese Mission to the EU, delivered a speech. The event brought together experts from think tanks, such as Alfanews, Betapress, and Friends of Gamma.';
  const participants = eventParticipants({ title: null, text, type: 'conference' });
  it('finds the host as the subject of "held"', () => {
    expect(eventHost({ title: null, text, type: 'conference', publisher: 'Chinese Mission to the EU', participants }).value).toBe('Chinese Mission to the EU');
  });
  it('has no host when the publisher is not involved', () => {
    expect(eventHost({ title: null, text: 'Foreign Minister Wang Yi met with Secretary John Doe in Washington.', type: 'meeting', publisher: 'Embassy of China in Belgium', participants: [] }).value).toBeNull();
  });
  it('takes the publisher as host of what such a body does on its own, in any of its languages', () => {
    const host = (type: Parameters<typeof eventHost>[0]['type'], publisher: string, text = 'Guests from many countries attended the evening.') =>
      eventHost({ title: null, text, type, publisher, participants: [] }).value;
    expect(host('reception', 'Ambasada Republicii Utopia în Ruritania')).toBe('Ambasada Republicii Utopia în Ruritania');
    expect(host('reception', 'Посольство Утопии в Руритании')).toBe('Посольство Утопии в Руритании');
    expect(host('speech', 'Ministerstwo Spraw Zagranicznych Utopii')).toBe('Ministerstwo Spraw Zagranicznych Utopii');
    // A ministry does not host a reception by publishing it, nor an embassy a speech it reports.
    expect(host('reception', 'Ministerstwo Spraw Zagranicznych Utopii')).toBeNull();
    expect(host('speech', 'Kedutaan Besar Utopia')).toBeNull();
    expect(host('meeting', 'Kedutaan Besar Utopia')).toBeNull();
  });
  it('names joint organisers together, unless the publisher is one of them', () => {
    const ministry = 'Ministry of Foreign Affairs of Utopia';
    for (const [branch, partner] of [['Lakeside Representative Office of the Foreign Ministry', 'Governorship of Lakeside'], ['Northern Regional Office of the Ministry', 'Municipality of Port Amber']]) {
      const text = `Retired diplomats held a moment of silence during the ceremony, organized jointly by the ${branch} and the ${partner}.`;
      const host = eventHost({ title: null, text, type: 'ceremony', publisher: ministry, participants: [] }).value;
      expect(host).toBe(`${branch} and the ${partner}`);
      expect(eventOrganizations({ title: null, text, host, publisher: ministry, participants: [], type: 'ceremony' })).toEqual([]);
    }
    const own = 'The exhibition was jointly organized by the Lakeside Photographers’ Association and the Ministry of Foreign Affairs of Utopia.';
    expect(eventHost({ title: null, text: own, type: 'exhibition', publisher: ministry, participants: [] }).value).toBe(ministry);
  });
  it('takes the body whose session the event is as an organisation, and as host when the publisher only took part', () => {
    for (const council of ['Consejo de Asociación Estratégica Utopía-Ruritania', 'Consejo Binacional Lakeside-Amber']) {
      const text = `El Canciller y el Ministro copresidieron la II Reunión del ${council}, mecanismo que permite evaluar las acciones.`;
      expect(eventOrganizations({ title: null, text, host: null, publisher: 'Secretaría de Relaciones Exteriores', participants: [], type: 'meeting' }).map((o) => o.name)).toEqual([council]);
    }
    for (const parent of ['Organisation of Lakeside Cooperation', 'Union of Amber States']) {
      const text = `During 22-23 March, the Minister of Foreign Affairs participated in the 48th Session of the Council of Foreign Ministers of the ${parent}, held in Port Amber.`;
      const host = eventHost({ title: null, text, type: 'conference', publisher: 'Ministry of Foreign Affairs of Utopia', participants: [] }).value;
      expect(host).toBe(parent);
      expect(eventOrganizations({ title: null, text, host, publisher: 'Ministry of Foreign Affairs of Utopia', participants: [], type: 'conference' })).toEqual([]);
    }
    expect(eventHost({ title: null, text: 'The Minister participated in a meeting with students.', type: 'meeting', publisher: 'Ministry of Foreign Affairs of Utopia', participants: [] }).value).toBeNull();
  });
  it('lists the organisations taking part, not the host', () => {
    expect(eventOrganizations({ title: null, text, host: 'Chinese Mission to the EU', publisher: 'Chinese Mission to the EU', participants, type: 'conference' }).map((o) => o.name)).toEqual(['Alfanews', 'Betapress', 'Friends of Gamma']);
  });
});
