import { describe, expect, it } from 'vitest';
import { isoDay, parseDay } from '@/lib/normalize/dates';
import { findDateMentions } from '@/lib/normalize/date-mentions';

describe('parseDay', () => {
  it('reads ISO timestamps, also glued to letters', () => {
    expect(parseDay('2019-12-20T15:04:12+00:00')).toBe('2019-12-20');
    expect(parseDay('Date2013-08-01hit2747')).toBe('2013-08-01');
  });
  it('reads written days in several languages', () => {
    expect(parseDay('Published 11 October 2012')).toBe('2012-10-11');
    expect(parseDay('September 1, 2025')).toBe('2025-09-01');
    expect(parseDay('11 de noviembre de 2014')).toBe('2014-11-11');
    expect(parseDay('le 26 octobre 2023')).toBe('2023-10-26');
    expect(parseDay('am 12. März 2024')).toBe('2024-03-12');
    expect(parseDay('19 января 2023 г.')).toBe('2023-01-19');
    expect(parseDay('2023年1月19日')).toBe('2023-01-19');
  });
  it('reads a month word between punctuation, and no month inside another word', () => {
    expect(parseDay('(7 September 2025)')).toBe('2025-09-07');
    expect(parseDay('«September 7, 2025»')).toBe('2025-09-07');
    expect(parseDay('14 ธ.ค. 2567')).toBe('2024-12-14');
    expect(parseDay('xSeptember 1, 2025')).toBeNull();
    expect(parseDay('7 Septemberx 2025')).toBeNull();
  });
  it('converts Japanese era years', () => {
    expect(parseDay('令和元年10月22日')).toBe('2019-10-22');
    expect(parseDay('平成31年4月30日')).toBe('2019-04-30');
  });
  it('reads day-first numeric dates', () => {
    expect(parseDay('Dernière modification : 12/09/2014')).toBe('2014-09-12');
    expect(parseDay('12.03.2024')).toBe('2024-03-12');
  });
  it('never produces an impossible day', () => {
    expect(isoDay(2023, 2, 31)).toBeNull();
    expect(parseDay('31 February 2023')).toBeNull();
    expect(parseDay('no date here')).toBeNull();
  });
});

describe('findDateMentions', () => {
  it('keeps ranges as one mention', () => {
    const [m] = findDateMentions('paid a visit on Sept 25-27, 2008, accompanied by');
    expect(m).toMatchObject({ y: 2008, m: 9, d: 25, end2: { d: 27 } });
    const [r] = findDateMentions('visited India from 3 to 5 May, 2011.');
    expect(r).toMatchObject({ y: 2011, m: 5, d: 3, end2: { d: 5 } });
  });
  it('joins "from July 14 through August 6"', () => {
    const [m] = findDateMentions('under way from July 14 through August 6.');
    expect(m).toMatchObject({ m: 7, d: 14, end2: { m: 8, d: 6 } });
  });
  it('finds year-less, relative and weekday mentions', () => {
    expect(findDateMentions('el pasado 10 de octubre')[0]).toMatchObject({ y: null, m: 10, d: 10, past: true });
    expect(findDateMentions('spoke yesterday with')[0]).toMatchObject({ rel: -1 });
    expect(findDateMentions('本22日，外務大臣は')[0]).toMatchObject({ m: null, d: 22 });
    expect(findDateMentions('met on Tuesday with')[0]).toMatchObject({ weekday: 2 });
    expect(findDateMentions('Tuesday, March 12, 2024')[0]).toMatchObject({ y: 2024, m: 3, d: 12 });
    expect(findDateMentions('by 5 March’s end')[0]).toMatchObject({ m: 3, d: 5 });
  });
});
