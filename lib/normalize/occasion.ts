// What an event marks: "to commemorate the 80th anniversary of …", "on the occasion of …",
// "con motivo de la Fiesta Nacional", 庆祝…周年.

export interface Occasion {
  value: string;
  quote: string;
  start: number;
  end: number;
}

// The object must name something that recurs or is remembered; "to mark progress" is not an occasion.
const OCCASION_NOUN = /anniversary|opening|inauguration|launch|apertura|inauguraci[óo]n|ouverture|vernissage|er[öo]ffnung|\bday\b|jubilee|founding|independence|victory|festival|fiesta|national|new year|centenary|centennial|birthday|coronation|accession|constitution|republic|liberation|remembrance|memorial|martyrs|周年|节|国庆|诞辰|anniversaire|fête|jahrestag|\btag\b|feiertag|geburtstag|aniversario|\bdía\b|semana|week|visit|visita|visite|besuch|ziua|zilei|aniversar\p{L}*|s[ăa]rb[ăa]tor\p{L}*|giornata|festa|anniversario|\bdia\b|anivers[áa]rio|\bdag\b|jubileum|verjaardag|dzie[ńn]|dnia|rocznic\p{L}*|[śs]wi[ęe]t\p{L}*|день|дня|годовщин\p{L}*|праздник\p{L}*|юбиле\p{L}*|nasjonaldag\p{L}*|\bhari\b|ulang tahun|\bHUT\b|peringatan|g[üu]n[üu]|y[ıi]ld[öo]n[üu]m\p{L}*|bayram\p{L}*|p[äa]iv[äa]\p{L}*|juhla\p{L}*|วันชาติ|วันเฉลิม/iu;

// Every part that runs over the text is bounded, so each start costs at most a few hundred steps
// whatever follows (a run of 20,000 spaces after "to mark the day" is hostile input): the object
// may be at most 161 characters (a longer one is refused below anyway), whitespace runs at most 8.
// Spaces before the closing punctuation fall inside the object and are trimmed off.
const PATTERNS: RegExp[] = [
  /(?<![\p{L}])(?:(?:in order )?to (?:commemorate|mark|celebrate|honou?r)|commemorating|marking|celebrating|celebrate(?:\s{1,8}together)?|(?:has |have |had )?(?:just )?celebrated|in (?:celebration|commemoration) of|on the occasion of)\s{1,8}(?:the\s{1,8})?(.{1,161}?)(?=[,.;:!?，。]|\s(?:with|at|by|where|which|who|held|and (?:to|the|delivered|hosted)|this|in the presence)\s|$)/giu,
  /(?<![\p{L}])(?:con motivo de|con ocasión de|en ocasión de|en conmemoración de|para (?:celebrar|conmemorar))\s{1,8}(?:la\s{1,8}|el\s{1,8}|los\s{1,8}|las\s{1,8})?(.{1,161}?)(?=\s(?:el|la|los)\s{1,8}(?:pasado\s{1,8}|próximo\s{1,8})?\d|[,.;:]|$)/gimu,
  /(?<![\p{L}])(?:à l[’']occasion d[eu]|pour (?:célébrer|commémorer|marquer))\s{1,8}(?:la\s{1,8}|le\s{1,8}|l[’']\s{0,8}|les\s{1,8})?(.{1,161}?)(?=[,.;:]|$)/giu,
  // "des 80. Jahrestages": an ordinal's dot does not end the phrase; a finite verb after it does.
  /(?<![\p{L}])(?:anlässlich|aus Anlass|zur Feier|zum Gedenken an)\s{1,8}(?:(?:des|der|dem|den)\s{0,8})?(.{1,161}?)(?=[,;:]|(?<!\d)\.|\s(?:stattgefunden|statt|stattfand|fand|findet|wurde|wird|hat|haben)(?![\p{L}])|$)/gimu,
  // Romanian, Italian, Portuguese, Dutch, Polish, Russian, Norwegian/Danish/Swedish, Indonesian:
  // the same preposition-then-object shape as above.
  /(?<![\p{L}])(?:cu ocazia|cu prilejul|[îi]n cinstea|pentru a (?:marca|s[ăa]rb[ăa]tori|comemora)|in occasione d(?:el|ella|ei|i|ell['’])?|per (?:celebrare|commemorare)|por ocasi[ãa]o d[eoa]s?|em comemora[çc][ãa]o d[eoa]s?|para (?:comemorar|assinalar)|ter gelegenheid van|ter ere van|z okazji|по случаю|в честь|в ознаменование|i anledning av|i anledning af|med anledning av|dalam rangka(?: memperingati)?|memperingati)\s{1,8}(.{1,161}?)(?=[,.;:!?]|$)/gimu,
  /(?:庆祝|纪念|庆贺)(.{2,30}?周年)/gu,
  // 在…之际: "on the occasion of" around its object.
  /在(.{2,30}?)之际/gu,
  /(.{2,30}?周年)(?:を記念|記念)/gu,
];

/** "our", "nuestra", "notre" … before the occasion: the speaker's, not part of its name. */
const POSSESSIVE = /^(?:our|their|its|his|her|nuestr[oa]s?|su|sus|notre|nos|leur|unser(?:e[rnms]?)?|ihre[rnms]?|nostr[oa]|nossa|nosso|noastre|noastră|nostru|vår|vårt|våre|naszego|naszej|nasz[aey]?|наш(?:его|ей|а|е)?)\s+/iu;
/** The generic holiday a text may name first: a named day may follow it ("sărbătorii naționale, Ziua Unirii"). */
const GENERIC_HOLIDAY = /^(?:(?:the\s+)?national (?:day|holiday)|fiesta nacional|f[êe]te nationale|nationalfeiertag(?:s|es)?|s[ăa]rb[ăa]tor\p{L}* na[țt]ional\p{L}*|festa nazionale|dia nacional|święt\p{L}* narodow\p{L}*|national\s*dag\p{L}*)$/iu;
/** People commemorated: what follows them ("the martyrs who lost their lives …") belongs to the occasion. */
const COMMEMORATED = /(?:martyrs|victims|heroes|fallen|soldiers|veterans|dead|mártires|víctimas|martyrs|victimes|opfer|märtyrer|eroi|victime)$/iu;

/** The holiday a headline names with its date or name ("Fiesta Nacional 25 de Mayo"), at most a few words on. */
// No /i: under it \p{Lu} would match any letter; the holiday words take either case by hand.
const HEADLINE_HOLIDAY = /(?<![\p{L}])((?:[Nn]ational (?:[Dd]ay|[Hh]oliday)|NATIONAL DAY|[Ff]iesta [Nn]acional|FIESTA NACIONAL|[Ff][êe]te [Nn]ationale|[Nn]ationalfeiertag|[Ff]esta [Nn]azionale|[Dd]ia [Nn]acional|[Nn]ational\s?[Dd]ag)(?:\s{1,3}(?:\(?\d{1,2}\.?\s{0,3}(?:de\s{1,3})?\p{L}+\)?|of\s{1,3}(?:the\s{1,3})?\p{Lu}[\p{L}-]+(?:\s{1,3}\p{Lu}[\p{L}-]+){0,3})))/u;

/**
 * What the event marks. A generic holiday in the text ("our national day") takes the fuller naming
 * the headline gives it ("National Day of Utopia", "Fiesta Nacional 25 de Mayo").
 */
export function eventOccasion(text: string, title: string | null = null): Occasion | null {
  const found = occasionInText(text);
  if (!found || !title || !GENERIC_HOLIDAY.test(found.value)) return found;
  const named = HEADLINE_HOLIDAY.exec(title);
  return named ? { ...found, value: named[1].trim() } : found;
}

function occasionInText(text: string): Occasion | null {
  let best: Occasion | null = null;
  for (const re of PATTERNS) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      let value = m[1].trim().replace(/[”"’']+$/, '').replace(POSSESSIVE, '');
      const after = m.index + m[0].length;
      // "cu ocazia sărbătorii naționale, Ziua Unirii": the named day after the generic one.
      const named = GENERIC_HOLIDAY.test(value) ? /^,\s{0,3}(\p{Lu}[^,.;:\n]{2,60})/u.exec(text.slice(after, after + 64)) : null;
      let end = after;
      if (named && OCCASION_NOUN.test(named[1])) {
        value = named[1].trim();
        end = after + named[0].trimEnd().length;
      }
      // "to commemorate our martyrs who lost their lives in the floods".
      const who = COMMEMORATED.test(value) ? /^\s{1,3}((?:who|that|which|que|qui|die|care)\s[^,.;:\n]{3,120})/u.exec(text.slice(after, after + 128)) : null;
      if (who) {
        value = `${value} ${who[1].trim()}`;
        end = after + who[0].trimEnd().length;
      }
      if (!OCCASION_NOUN.test(value) || value.length > 160 || value.length < 3) continue;
      const start = m.index + m[0].indexOf(m[1]);
      // The quote runs from the cue to the end of what the value took, so it always contains it.
      const quote = text.slice(m.index, end).trimEnd();
      if (!best || start < best.start) best = { value, quote, start: m.index, end: m.index + quote.length };
      break;
    }
  }
  return best;
}

// Anniversaries whose base year is fixed; a page with no year of its own can be dated by them.
const BASE_YEARS: [RegExp, number][] = [
  [/founding of (?:the )?(?:People[’']s Republic of China|PRC|New China)|中华人民共和国成立|新中国成立/i, 1949],
  [/(?:World Anti-Fascist War|Second World War|World War II|Chinese People[’']s War of Resistance)|世界反法西斯战争|抗日战争/i, 1945],
  [/founding of the United Nations|联合国成立/i, 1945],
];

/** The year an "Nth anniversary of <event with a known year>" falls in, or null. */
export function anniversaryYear(text: string): number | null {
  const en = /(\d{1,3})(?:st|nd|rd|th)\s+anniversary\s+of\s+([^.;,]{5,120})/gi;
  for (let m = en.exec(text); m; m = en.exec(text)) {
    for (const [re, base] of BASE_YEARS) if (re.test(m[2])) return base + Number(m[1]);
  }
  const zh = /([^，。、]{2,20}?)(\d{1,3})周年/g;
  for (let m = zh.exec(text); m; m = zh.exec(text)) {
    for (const [re, base] of BASE_YEARS) if (re.test(m[1])) return base + Number(m[2]);
  }
  return null;
}
