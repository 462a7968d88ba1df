// Metamorphic checks of occasion phrases: other ordinals, other events, other lines around them.
import { describe, expect, it } from 'vitest';
import { eventOccasion } from '@/lib/normalize/occasion';

describe('occasion, swapped wording', () => {
  it.each([
    ['80. Jahrestages der Befreiung', 'hat am Ehrenmal anlässlich des 80. Jahrestages der Befreiung stattgefunden, an der viele teilnahmen.'],
    ['25. Jahrestages der Unabhängigkeit', 'Ein Empfang fand anlässlich des 25. Jahrestages der Unabhängigkeit statt.'],
    ['3. Tag der Deutschen Einheit', 'Die Feier wurde anlässlich des 3. Tag der Deutschen Einheit, im Garten, begangen.'],
  ])('German, an ordinal with a dot: %s', (value, text) => {
    expect(eventOccasion(text)?.value).toBe(value);
  });

  it.each(['Louis Michel', 'Josep Borrell', 'Kaja Kallas'])('Spanish, "en ocasión de la visita de %s" on a line of its own', (name) => {
    expect(eventOccasion(`Conferencia de prensa del canciller en ocasión de la visita de ${name}\nInicio » Actualidad`)?.value).toBe(`visita de ${name}`);
  });

  it('an object that names nothing remembered is still no occasion', () => {
    expect(eventOccasion('The ministers met to mark progress on the trade talks.')).toBeNull();
  });
});

describe('occasion in more languages, same shape', () => {
  it.each([
    ['ro', 'Ambasada a organizat o recepție cu ocazia Zilei Naționale a Republicii, la care au participat diplomați.', 'Zilei Naționale a Republicii'],
    ['it', "L'Ambasciata ha organizzato un ricevimento in occasione della Festa della Repubblica, alla presenza del Ministro.", 'Festa della Repubblica'],
    ['pt', 'A Embaixada ofereceu uma receção por ocasião do Dia de Portugal, com a presença de convidados.', 'Dia de Portugal'],
    ['nl', 'De ambassade hield een receptie ter gelegenheid van de Nationale Dag van het Koninkrijk.', 'de Nationale Dag van het Koninkrijk'],
    ['pl', 'Ambasada zorganizowała przyjęcie z okazji Narodowego Święta Niepodległości, w którym wzięli udział goście.', 'Narodowego Święta Niepodległości'],
    ['ru', 'Посольство провело приём по случаю Дня России, на котором присутствовали дипломаты.', 'Дня России'],
    ['nb', 'Ambassaden holdt en mottakelse i anledning av nasjonaldagen, med mange gjester.', 'nasjonaldagen'],
    ['id', 'Kedutaan menggelar resepsi dalam rangka memperingati Hari Ulang Tahun Kemerdekaan, yang dihadiri para duta besar.', 'Hari Ulang Tahun Kemerdekaan'],
    ['zh', '在中华人民共和国成立75周年之际，大使馆举行招待会。', '中华人民共和国成立75周年'],
  ])('%s', (_, text, value) => {
    expect(eventOccasion(text)?.value).toBe(value);
  });

  it('a preposition of occasion before something not remembered is no occasion', () => {
    expect(eventOccasion('Посольство провело встречу по случаю приезда делегации.')).toBeNull();
  });
});

describe('occasion phrases that name more than their cue', () => {
  it.each([
    ['para celebrar nuestra fiesta nacional. Asistieron cien invitados.', 'fiesta nacional'],
    ['A avut loc o recepție cu ocazia sărbătorii naționale, Ziua Lakeside. La eveniment au participat oaspeți.', 'Ziua Lakeside'],
    ['Retired diplomats gathered to commemorate our martyrs who lost their lives in the floods, and laid wreaths.', 'martyrs who lost their lives in the floods'],
  ])('%s → %s', (text, value) => {
    const o = eventOccasion(text);
    expect(o?.value).toBe(value);
    // The evidence quote holds the value it supports.
    expect(o && text.slice(o.start, o.end)).toContain(value);
  });
});

describe('occasion named by the headline, and openings', () => {
  it.each([
    ['Fiesta Nacional 9 de Julio', 'El Embajador recibió a la comunidad para celebrar nuestra fiesta nacional.', 'Fiesta Nacional 9 de Julio'],
    ['National Day of Ruritania', 'The Embassy hosted a reception to celebrate our National Day.', 'National Day of Ruritania'],
    ['Fête nationale 14 juillet', 'L’Ambassadeur a reçu les invités à l’occasion de la fête nationale.', 'Fête nationale 14 juillet'],
  ])('a generic holiday in the text takes the headline’s naming: %s', (title, text, value) => {
    expect(eventOccasion(text, title)?.value).toBe(value);
    expect(eventOccasion(text, 'Reception at the Residence')?.value).not.toBe(value);
  });

  it.each(['a photo exhibition on the “River Peoples”', 'the new consulate in Port Amber', 'a festival of film'])('the opening of something marked: %s', (what) => {
    expect(eventOccasion(`It is a pleasure to address you as we celebrate together the opening of ${what}, which guests will enjoy.`)?.value).toBe(`opening of ${what}`.replace(/”$/, ''));
  });
});
