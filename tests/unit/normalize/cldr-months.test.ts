// Month names of other languages from CLDR (tabled at install), and Buddhist-era years: dates
// written in Finnish, Romanian, Polish, Turkish, Indonesian or Thai read as well as English ones.
import { describe, expect, it } from 'vitest';
import { findDateMentions } from '@/lib/normalize/date-mentions';
import { isoDay, monthNumber } from '@/lib/normalize/dates';

const day = (text: string) => {
  const m = findDateMentions(text)[0];
  return m && m.y !== null && m.m !== null && m.d !== null ? isoDay(m.y, m.m, m.d) : null;
};

describe('dates in other languages', () => {
  it.each([
    ['Helsingissä 26. elokuuta 2013.', '2013-08-26'],
    ['Pe data de 7 iunie 2018 a avut loc o recepție.', '2018-06-07'],
    ['Dnia 3 marca 2021 odbyło się spotkanie.', '2021-03-03'],
    ['12 Kasım 2019 tarihinde görüştü.', '2019-11-12'],
    ['Pada 5 Agustus 2022, Duta Besar bertemu.', '2022-08-05'],
    ['เมื่อวันที่ 12 ธันวาคม 2567 นายกรัฐมนตรี', '2024-12-12'],
    ['วันที่นำเข้าข้อมูล 14 ธ.ค. 2567', '2024-12-14'],
  ])('%s → %s', (text, iso) => {
    expect(day(text)).toBe(iso);
  });

  it('knows each month by its CLDR names, and no common word for a month', () => {
    expect([monthNumber('elokuuta'), monthNumber('iunie'), monthNumber('lutego'), monthNumber('Şubat'), monthNumber('ธันวาคม')]).toEqual([8, 6, 2, 2, 12]);
    for (const word of ['ago', 'lis', 'gru', 'and', 'the']) expect(monthNumber(word), word).toBeNull();
  });

  it('reads a Buddhist-era year as its Gregorian year, and refuses years outside both eras', () => {
    expect(isoDay(2567, 12, 14)).toBe('2024-12-14');
    expect(isoDay(2024, 12, 14)).toBe('2024-12-14');
    expect(isoDay(2300, 1, 1)).toBeNull();
  });
});
