// Organisations found by their shape rather than by a list cue: the body in a participant's office,
// and a name spelled out by the acronym after it. Invented names: the rule must hold for any body.
import { describe, expect, it } from 'vitest';
import { bodiesInOffice, classNamedBodies, namesWithAcronym } from '@/lib/normalize/organizations';

describe('bodies named in an office', () => {
  it.each([
    ['Chairman of the Northland Chamber of Commerce and Industry (NCCI)', ['Northland Chamber of Commerce and Industry (NCCI)']],
    ['Vice Governor of Eastvale Provincial People’s Government & President of Eastvale Friendship Association', ['Eastvale Provincial People’s Government', 'Eastvale Friendship Association']],
    ['Minister of State at the Ministry of Foreign Affairs', ['Ministry of Foreign Affairs']],
    ['Advisor for Foreign Trade and International Cooperation at the Ministry of Trade, Industry, and Investment', ['Ministry of Trade, Industry, and Investment']],
    ['Undersecretary for Administrative and Financial Affairs, Foreign Ministry', ['Foreign Ministry']],
    ['Westland Foreign Policy Advisory Board Chairman', ['Westland Foreign Policy Advisory Board']],
    ['Director General United Nations Office in Lakeside (UNOL)', ['United Nations Office in Lakeside (UNOL)']],
    ['Member of the Political Bureau of the Unity Party Central Committee and Director of the Office of the Central Commission for Trade', ['Unity Party Central Committee', 'Central Commission for Trade']],
    ['Chairman of the Coastal Affairs Committee, Maj', ['Coastal Affairs Committee']],
    ['Deputy Secretary, Legal and Consular Group, in the Department of Foreign Affairs and Trade of the Commonwealth of Westland', ['Department of Foreign Affairs and Trade of the Commonwealth of Westland']],
    ['Member of Parliament and Patron-in-Chief', []],
    ['Foreign Minister', []],
    ['Ambassador of Ruritania to the Republic of Freedonia', []],
    ['Président du Conseil régional de Normandie', ['Conseil régional de Normandie']],
  ])('%s', (position, bodies) => {
    expect(bodiesInOffice(position)).toEqual(bodies);
  });
});

describe('names spelled out by their acronym', () => {
  it('takes the shortest run of words whose capitals spell the acronym, and nothing without one', () => {
    const text = 'Guests included the Chairman of the Northland Chamber of Commerce and Industry (NCCI) and members of the Corps consulaire des Consuls Honoraires de Ruritanie (CCHR). The Minister (retd.) spoke.';
    expect(namesWithAcronym(text).map((n) => n.name)).toEqual(['Northland Chamber of Commerce and Industry (NCCI)', 'Corps consulaire des Consuls Honoraires de Ruritanie (CCHR)']);
  });
});

describe('bodies named after their class noun', () => {
  it.each([
    ['Tras los himnos a cargo del cuarteto Amberes, los invitados cenaron.', ['cuarteto Amberes']],
    ['A la entrada, la Marimba del Puerto amenizó con piezas de música.', ['Marimba del Puerto']],
    ['The evening closed with the Harbour Youth Orchestra and a choir.', []],
    ['He met scholars of the Washington-based think tank Lakeside Forum for Dialogue.', ['Lakeside Forum for Dialogue']],
    ['In an article in the daily Amber Morning Post, the Ambassador wrote …', ['Amber Morning Post']],
    ['The newspaper Norway reported it; the daily Lima covered it.', []],
  ])('%s', (text, names) => {
    expect(classNamedBodies(text).map((b) => b.name)).toEqual(names);
  });
});
