import { describe, expect, it } from 'vitest';
import { eventType } from '@/lib/normalize/event-type';

const type = (title: string, text = '') => eventType(title, text);

describe('eventType', () => {
  it('reads the headline in several languages', () => {
    expect(type('Ambassador Meets the Mayor').type).toBe('meeting');
    expect(type('Wang Yi Has a Phone Call with the Secretary of State').type).toBe('call');
    expect(type('日米外相電話会談').type).toBe('call');
    expect(type('驻某国使馆举办国庆招待会').type).toBe('reception');
    expect(type('Conferencia de Prensa Habitual del 3 de Noviembre').type).toBe('press-conference');
    expect(type('Les ministres s’entretiennent à Paris').type).toBe('meeting');
    expect(type('Interview with Ambassador Jane Doe').type).toBe('interview');
  });
  it('keeps the text’s own word as the label', () => {
    expect(type('Mission Holds Symposium on Trade')).toMatchObject({ type: 'conference', label: 'Symposium' });
  });
  it('lets a ceremony yield to what it is the ceremony of', () => {
    expect(type('Ambassador Attends the Opening Ceremony of the Photo Exhibition').type).toBe('exhibition');
    expect(type('Signing Ceremony of the Memorandum of Understanding').type).toBe('signing');
    expect(type('Closing Ceremony for the Project').type).toBe('ceremony');
  });
  it('prefers the format over the genre', () => {
    expect(type('Remarks at a Press Stakeout on the Situation').type).toBe('press-conference');
  });
  it('reads the lead when the headline names no event', () => {
    expect(type('Spain and the World', 'The exhibition brings together two hundred works from many collections and countries.').type).toBe('exhibition');
  });
  it('treats an announcement followed by a quotation as a statement', () => {
    expect(type('High Commissioner to meet the Chief Minister', 'The Minister for India said:\n\n“I have asked the High Commissioner to visit.”').type).toBe('statement');
  });
  it('falls back to other', () => {
    expect(type('Weather report', 'Sunny all week long, with light winds from the west and no rain.').type).toBe('other');
  });
});
