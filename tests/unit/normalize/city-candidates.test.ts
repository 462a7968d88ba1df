import { describe, expect, it } from 'vitest';
import { chooseCity, type CityInput } from '@/lib/normalize/city-candidates';

const input = (text: string, over: Partial<CityInput> = {}): CityInput => ({
  title: null, text, eventDateAt: null, eventDay: '2024-03-12', localEvent: false, missionCountry: null, seatCity: null, ...over,
});
const city = (text: string, over: Partial<CityInput> = {}) => chooseCity(input(text, over))?.mention.text ?? null;
const CITIES = ['Lima', 'Nairobi', 'Hanoi', 'Oslo', 'Accra', 'Montevideo'];

describe('chooseCity', () => {
  it('follows the city of a dateline and of "held in", whatever the city', () => {
    for (const c of CITIES) {
      expect(city(`${c}, 12 March 2024 – The Ambassador met the Minister of Trade.`)).toBe(c);
      expect(city(`The seminar, held in ${c} on 12 March, gathered forty scholars.`)).toBe(c);
      expect(city(`Headline of the day, 12.03.2024, ${c}\n\nRetired ambassadors laid wreaths.`)).toBe(c);
    }
  });

  it('does not take the place of another event the text recalls', () => {
    for (const c of CITIES) {
      const recall = `On 12 March the Minister received the delegation. They recalled the consultations held in ${c} in May 2019.`;
      expect(city(recall)).toBeNull();
      expect(city(`On 12 March the Minister received the delegation. The Minister took part in the summit in ${c} on 3 June.`)).toBeNull();
    }
  });

  it('takes the city of the sentence that dates the event over an earlier mention without a date', () => {
    const text = 'The Embassy, which opened in Oslo, is active. The forum took place in Accra on 12 March 2024.';
    const at = text.indexOf('12 March');
    expect(city(text, { eventDateAt: at })).toBe('Accra');
  });

  it('when the event’s own day is unknown, a city in a sentence with another date is another event’s', () => {
    for (const c of CITIES) {
      const text = `The Minister held a briefing today. He spoke of the session held on May 17, 2016 in ${c}.`;
      expect(city(text, { eventDay: null, eventDateAt: text.indexOf('today') })).toBeNull();
      expect(city(`The Minister held a briefing today in ${c}.`, { eventDay: null, eventDateAt: 29 })).toBe(c);
    }
  });

  it('never takes a body’s seat for the venue, unless the event is on its premises', () => {
    for (const c of CITIES) {
      expect(city(`The Ambassador in ${c} met the visiting students on 12 March.`)).toBeNull();
      expect(city(`A reception was held at the Embassy in ${c} on 12 March.`)).toBe(c);
    }
  });

  it('needs a word of place: a name only mentioned is not the venue', () => {
    expect(city('Ms. Victoria Lima met the Minister on 12 March.')).toBeNull();
  });

  it('reads "to" as a destination only after a word of travel or welcome', () => {
    expect(city('The letter was sent to Nairobi by the ministry.')).toBeNull();
    expect(city('The High Commissioner welcomed the new students to the Office and to Nairobi.', { localEvent: true, missionCountry: 'KE' })).toBe('Nairobi');
  });

  it('takes a city of the headline after a preposition of place', () => {
    expect(chooseCity(input('The two sides discussed trade.', { title: 'Minister attends forum in Hanoi' }))).toMatchObject({ inTitle: true, mention: { text: 'Hanoi' } });
  });
});

describe('chooseCity in other scripts and prepositions', () => {
  it('takes a Romanian "la" and a Thai city after its word of place', () => {
    expect(city('Pe data de 12 martie 2024 la Ambasada Rusă la București a avut loc o recepție.', { eventDay: '2024-03-12' })).toBe('București');
    expect(chooseCity(input('การประชุม', { title: 'รัฐมนตรีพบปะชุมชนคนไทยในนครซิดนีย์' }))?.mention.text).toBe('ซิดนีย์');
  });
});
