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
