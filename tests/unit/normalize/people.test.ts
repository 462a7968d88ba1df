import { describe, expect, it } from 'vitest';
import { eventParticipants } from '@/lib/normalize/people';

const people = (text: string, title: string | null = null, type: Parameters<typeof eventParticipants>[0]['type'] = 'meeting') =>
  eventParticipants({ title, text, type }).map(({ name, title: t, position }) => ({ name, title: t, position }));

describe('eventParticipants', () => {
  it('separates honorifics from the office in an appositive', () => {
    expect(people('On 1 May 2024, H.E. Mr. Li Ming, the Chinese Ambassador to Kenya, met with Ms. Jane Roe, Minister of Trade.')).toEqual([
      { name: 'Li Ming', title: 'H.E. Mr.', position: 'Chinese Ambassador to Kenya' },
      { name: 'Jane Roe', title: 'Ms.', position: 'Minister of Trade' },
    ]);
  });
  it('keeps an acting or interim mark inside the office, before or after the name', () => {
    expect(people('La ministra (s) de Comercio, Ana Ruiz Vega, recibió hoy a Pedro Soto.')[0]).toEqual({ name: 'Ana Ruiz Vega', title: null, position: 'ministra (s) de Comercio' });
    expect(people('The Chargé d’Affaires (a.i.) Tom Weller met the Governor.')).toEqual([{ name: 'Tom Weller', title: null, position: 'Chargé d’Affaires (a.i.)' }]);
    expect(people('Chargé d’Affaires a.i. Tom Weller met the Governor.')).toEqual([{ name: 'Tom Weller', title: null, position: 'Chargé d’Affaires a.i.' }]);
  });
  it('closes an office phrase opened by "HE" at the name, commas and all, but never across a verb or another person', () => {
    for (const [given, surname, country] of [['Piet', 'Novak', 'Norway'], ['Aroha', 'Tane', 'New Zealand'], ['Ines', 'Duarte', 'Chile']]) {
      const got = people(`The Minister met on Monday with HE Deputy Secretary, Legal and Consular Group, in the Department of Trade of ${country} ${given} ${surname}, who is visiting the country.`);
      expect(got).toContainEqual({ name: `${given} ${surname}`, title: 'HE', position: `Deputy Secretary, Legal and Consular Group, in the Department of Trade of ${country}` });
    }
    expect(people('HE Minister of Trade Ali Hassan and Omar Khaled met.')).toEqual([{ name: 'Ali Hassan', title: 'HE', position: 'Minister of Trade' }]);
    expect(people('HE Minister of Trade welcomed Omar Khaled.')).toEqual([]);
  });
  it('splits a name run into the body closing an office with no comma', () => {
    for (const [body, name] of [['Institute for the Northern Future', 'Ana Duarte'], ['Centre for the National Renewal', 'Tomas Berg'], ['Forum for the Coastal Dialogue', 'Lea Moreau']]) {
      expect(people(`The Minister met a delegation headed by President of the Lakeside-based think tank ${body} ${name}.`)).toContainEqual({ name, title: null, position: `President of the Lakeside-based think tank ${body}` });
    }
    // A body ended by its head noun leaves all of a three-word name.
    expect(people('The Minister met Chairman of the Board of Lakeside Bank Ana Maria Duarte.')).toEqual([{ name: 'Ana Maria Duarte', title: null, position: 'Chairman of the Board of Lakeside Bank' }]);
    // An office with no article before its complement, and a name with an initial, stay whole.
    expect(people('Secretary of State Ana Maria Duarte spoke with the Minister.')).toEqual([{ name: 'Ana Maria Duarte', title: null, position: 'Secretary of State' }]);
    expect(people('He met President of the National Council Robert J. Fairweather.')[0]?.name).toBe('Robert J. Fairweather');
  });
  it('reads an office written before the name as a position, not a title', () => {
    expect(people('Foreign Minister Wang Yi spoke with Secretary of State John Doe.')).toEqual([
      { name: 'Wang Yi', title: null, position: 'Foreign Minister' },
      { name: 'John Doe', title: null, position: 'Secretary of State' },
    ]);
  });
  it('ends an office where the next person\'s courtesy title begins', () => {
    const got = people('The ceremony was attended by Mr. Li Wei, Chairman of the Friendship Society Mr. Zhao Gang and other guests.');
    expect(got[0]).toEqual({ name: 'Li Wei', title: 'Mr.', position: 'Chairman of the Friendship Society' });
    expect(got.every((p) => !/\b(?:Mr|Dr|Ms)\.\s/.test(p.position ?? ''))).toBe(true);
  });
  it('gives a role from the attendance phrase before a name', () => {
    const roles = eventParticipants({ title: null, text: 'Ambassador Li Hua delivered a speech. Also present at the event were diplomats, including Minister Zhu Jing.', type: 'conference' }).map((p) => [p.name, p.role]);
    expect(roles).toEqual([['Li Hua', 'speaker'], ['Zhu Jing', 'attendee']]);
  });
  it('keeps a bare rank before a name as its title', () => {
    expect(people('Also present was Minister Zhu Jing from the Mission.')).toEqual([{ name: 'Zhu Jing', title: 'Minister', position: null }]);
  });
  it('merges later short mentions into one person', () => {
    expect(people('Ambassador Hao Lin, Head of the Mission, delivered a speech. Ambassador Hao stressed cooperation.')).toEqual([
      { name: 'Hao Lin', title: 'Ambassador', position: 'Head of the Mission' },
    ]);
  });
  it('accepts a lone surname only after a title or office', () => {
    expect(people('The Ambassador held a meeting with Governor Smithers in the capital.')).toEqual([{ name: 'Smithers', title: null, position: 'Governor' }]);
  });
  it('leaves out people only mentioned', () => {
    expect(people('The below is attributable to Spokesperson Ned Roe:\n\nThey unveiled a stamp released during the State Visit of His Majesty Sultan Omar bin Said.')).toEqual([]);
  });
  it('reads Spanish office-comma-name lists', () => {
    expect(people('Estuvo presidido por el Embajador y el Ministro de Relaciones Exteriores de Guatemala, Carlos Pérez.')).toEqual([
      { name: 'Carlos Pérez', title: null, position: 'Ministro de Relaciones Exteriores de Guatemala' },
    ]);
  });
  it('reads Chinese office-then-name and name-then-title', () => {
    expect(people('2024年10月1日，驻某国使馆举办招待会。总统阿里、总理菲利普斯等出席。\n\n郭海燕大使在致辞中表示欢迎。')).toEqual([
      { name: '阿里', title: null, position: '总统' },
      { name: '菲利普斯', title: null, position: '总理' },
      { name: '郭海燕', title: '大使', position: null },
    ]);
  });
  it('reads Japanese name-then-office', () => {
    expect(people('本22日，茂木敏充外務大臣は，マイク・ポンペオ米国国務長官と電話会談を行いました。', null, 'call')).toEqual([
      { name: '茂木敏充', title: null, position: '外務大臣' },
      { name: 'マイク・ポンペオ', title: null, position: '米国国務長官' },
    ]);
  });
  it('keeps only the parties of a call', () => {
    expect(people('Secretary Jane Doe spoke yesterday with Foreign Minister Anna Roe.\n\nShe thanked President Max Moe for his support.', null, 'call').map((p) => p.name)).toEqual(['Jane Doe', 'Anna Roe']);
  });
});
