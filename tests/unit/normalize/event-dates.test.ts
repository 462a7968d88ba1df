import { describe, expect, it } from 'vitest';
import { eventDates } from '@/lib/normalize/event-dates';

const at = (text: string, publishedDate: string | null = null, type: Parameters<typeof eventDates>[0]['type'] = 'reception', title: string | null = null) =>
  eventDates({ text, title, publishedDate, type });

describe('eventDates', () => {
  it('takes the lead date', () => {
    expect(at('On September 1, 2025, the Embassy held a reception.', '2025-09-07').start).toBe('2025-09-01');
  });
  it('never copies the publication date when the text has no date', () => {
    expect(at('The Embassy held a reception for friends.', '2025-09-07')).toMatchObject({ start: null, end: null });
  });
  it('leaves the day unknown when the event sentence says "today" and the page has no date, whatever else it dates', () => {
    const text = 'The Minister held a press briefing today.\n\nHe informed on the visit of the President to Norway, which took place on May 18-20, 2016.';
    const none = at(text, null, 'press-conference');
    expect(none).toMatchObject({ start: null, end: null });
    expect(none.evidence?.quote).toMatch(/today/i);
    expect(at(text, '2016-05-23', 'press-conference').start).toBe('2016-05-23');
    // A later "today" in a sentence about something else does not hide the event's own date.
    expect(at('On 4 March 2021 the Ambassador met the Governor.\n\nThe report was released today.', null, 'meeting').start).toBe('2021-03-04');
  });
  it('resolves relative days against the publication date', () => {
    expect(at('The Minister spoke yesterday with his counterpart.', '2023-02-10', 'call').start).toBe('2023-02-09');
    expect(at('本22日，外務大臣は電話会談を行いました。', '2019-10-22', 'call').start).toBe('2019-10-22');
  });
  it('gives a year-less day the publication year, or the year before when it would lie months ahead', () => {
    expect(at('Con motivo de la Fiesta Nacional el pasado 10 de octubre el Embajador organizó una recepción.', '2014-11-11').start).toBe('2014-10-10');
    expect(at('On December 20, the Embassy held a reception.', '2024-01-05').start).toBe('2023-12-20');
  });
  it('takes the year of an earlier full date in the text', () => {
    expect(at('He visited India from 23 to 27 May, 2011.\n\nOn May 23, a Memorandum of Understanding was signed.', null, 'signing').start).toBe('2011-05-23');
  });
  it('reads ranges, and consecutive days of one programme', () => {
    expect(at('The Ambassador paid a visit to Bohol on Sept 25-27, 2008.', '2008-10-09', 'visit')).toMatchObject({ start: '2008-09-25', end: '2008-09-27' });
    expect(at('On August 3, the Corps will attend a concert. On August 4, the Corps will make a tour.', '2013-08-01', 'visit')).toMatchObject({ start: '2013-08-03', end: '2013-08-04' });
  });
  it('ignores terms and deadlines', () => {
    expect(at('Vom 01.01.2018 bis zum 05.07.2018 hat Deutschland die Präsidentschaft vertreten.', '2018-07-06', 'meeting').start).toBeNull();
    expect(at('We will work every day until [January 10] to find a resolution.', '2019-12-20', 'meeting').start).toBeNull();
  });
  it('skips date lines but dates a transcript by its own date line', () => {
    expect(at('Published 11 October 2012', '2012-10-11', 'statement').start).toBeNull();
    expect(at('Ambassador Jane Doe\n\nFebruary 26, 2007\n\nQ: What do you think?', '2007-02-26', 'interview').start).toBe('2007-02-26');
  });
  it('prefers a full date in the headline', () => {
    expect(at('El 2 de noviembre, la Asamblea votó.', '2022-11-03', 'press-conference', 'Conferencia de Prensa del 3 de Noviembre de 2022').start).toBe('2022-11-03');
  });
  it('dates a year-less mention by an anniversary when nothing else does', () => {
    expect(eventDates({ text: 'On October 11th, the exhibition opened.', title: null, publishedDate: null, type: 'exhibition', anniversaryYear: 2019 }).start).toBe('2019-10-11');
  });
  it('does not throw on odd input', () => {
    expect(at('On 31 February 2023, nothing happened.').start).toBeNull();
    expect(at('').start).toBeNull();
  });
});

describe('an exhibition open until a day with no year', () => {
  it.each([
    ['2023-01-17', 'The exhibition opened yesterday at the gallery. It is open to the public until April 10th.', '2023-01-16', '2023-04-10'],
    ['2023-11-20', 'The exhibition opened yesterday in the hall and is open until 15 February.', '2023-11-19', '2024-02-15'],
  ])('published %s', (published, text, start, end) => {
    expect(at(text, published, 'exhibition')).toMatchObject({ start, end });
  });
});

describe('a weekday before a full date', () => {
  it.each([
    ['Foreign Minister Ola Nordvik received on Thursday, December 22, 2016, the Chairman of the Committee.', '2016-12-22'],
    ['The Minister met on Monday, 3 March 2025 the visiting delegation.', '2025-03-03'],
  ])('%s', (text, day) => {
    expect(at(text, null, 'meeting').start).toBe(day);
  });
  it('still reads a weekday alone against the publication date', () => {
    expect(at('The Minister met the Ambassador on Thursday in his office.', '2016-12-24', 'meeting').start).toBe('2016-12-22');
  });
});
