// Names of diplomatic bodies: recognising them, and giving the English form of the common French,
// Spanish, German and Chinese patterns ("Ambassade de X au Y" → "Embassy of X in Y").
import { COUNTRIES, countriesNamed, countryByCode, type Country } from './countries';

const MISSION_WORDS =
  'Embassy|Consulate(?:[- ]General)?|High Commission|Mission|Delegation|Permanent Representation|Representative Office|Liaison Office|Ambassade|Consulat(?: général)?|Délégation|Représentation permanente|Embajada|Consulado(?: General)?|Misión|Delegación|Botschaft|Generalkonsulat|Konsulat|Ständige Vertretung|Vertretung|Ambasada|Ambasciata|Embaixada|Ambassaden|Suurlähetystö|Büyükelçiliği|Konsolosluğu|Посольство|Консульство|Kedutaan Besar|Kedutaan';
const MINISTRY_WORDS =
  "Ministry|Department of State|Department|Foreign Office|Foreign & Commonwealth Office|Foreign, Commonwealth|Office of the Spokesperson|Ministère|Ministerio|Ministerium|Auswärtiges Amt|Government|Gouvernement|Gobierno|Bundesregierung|Ministerul|Ministero|Ministério|Ministerstwo|Ministerie|Министерство|МИД|Kementerian|Secretaría|Secretaria|Departamento|Bakanlığı|Dışişleri|\\p{L}*(?:departementet|ministeriet|ministeriö|ministeriet)";
const CJK_MISSION = /大使馆|使馆|领事馆|代表团|代表處|大使館|総領事館|代表部/;
const CJK_MINISTRY = /外交部|外務省|部$/;

const MISSION_RE = new RegExp(`(?<![\\p{L}])(?:${MISSION_WORDS})(?![\\p{L}])`, 'iu');
const MINISTRY_RE = new RegExp(`(?<![\\p{L}])(?:${MINISTRY_WORDS})(?![\\p{L}])`, 'iu');

/** Which kind of diplomatic body a name is (finer than institutionRank), or null. */
export type InstitutionKind = 'embassy' | 'mission' | 'consulate' | 'ministry' | null;

export function institutionKind(s: string): InstitutionKind {
  // The words for these bodies in the languages of the sites we read (ro, pl, fi, nb/da/sv, id, tr,
  // ru, th, it, pt besides en, fr, es, de, zh, ja).
  if (/embass|botschaft|embajada|ambassade|ambasada|ambasciata|embaixada|suurlähetystö|kedutaan|büyükelçiliğ|посольств|สถานเอกอัครราชทูต|大使馆|使馆|大使館/i.test(s)) return 'embassy';
  if (/consulat|consulado|konsulat|konsulaatti|konsolosluğ|консульств|领事馆|領事館/i.test(s)) return 'consulate';
  if (/mission|delegation|délégation|delegación|vertretung|misiunea|przedstawicielstwo|representación|代表团|代表部/i.test(s)) return 'mission';
  if (/ministry|ministère|ministerio|ministerium|ministerul|ministerstw|ministero|ministério|ministeriet|ministeriö|departementet|kementerian|bakanlığ|министерств|กระทรวง|department of state|department of foreign affairs|foreign office|foreign[\w\s,&]{0,40}?office|auswärtiges amt|外交部|外務省|\bMOFA\b|\bDFA\b/i.test(s)) return 'ministry';
  return null;
}

/** 2 = a mission abroad (embassy, delegation …), 1 = a ministry or government body, 0 = neither. */
export function institutionRank(name: string): 0 | 1 | 2 {
  if (MISSION_RE.test(name) || CJK_MISSION.test(name)) return 2;
  if (MINISTRY_RE.test(name) || CJK_MINISTRY.test(name)) return 1;
  return 0;
}

/** Site chrome that is not a name: emblems, portals, bare country names. */
export function isChromeName(name: string): boolean {
  const n = name.trim();
  if (n.length < 3 || !/\p{L}{2}/u.test(n)) return true;
  if (/^[\w-]+(\.[\w-]+)+$/.test(n)) return true; // GOV.UK, example.org
  if (/^(home|startseite|accueil|inicio|首页|national emblem|emblème national|国徽|logo|seal)$/i.test(n)) return true;
  // A link's label to the home page, whatever it goes on to name.
  if (/^(home ?page|página de inicio|página inicial|page d['’]accueil|startseite|pagina iniziale)(?![\p{L}])/iu.test(n)) return true;
  // The alt text of an emblem image names the emblem, not who publishes ("Fiji Coat of Arms",
  // "Stema Federației Ruse"); a bare word for government is a portal's label, not a body.
  if (/(?<![\p{L}])(coat of arms|emblem|emblème|crest|escudo|armoiries|wappen|stema|stemma|herb|герб|logo)(?![\p{L}])/iu.test(n)) return true;
  if (/^(the )?(government|gobierno|gouvernement|regierung|governo|governo federal|portal)$/iu.test(n)) return true;
  // Section labels that merely contain an institution word ("Embassy News", "Mission Headlines").
  if (/\b(news|information|activities|events|headlines|updates|services|statements|releases|highlights|remarks|achive|archive)$/i.test(n)) return true;
  if (/^(gobierno de españa|république française|government of [\p{L} ]+|federal foreign office)$/iu.test(n)) return false;
  return false;
}

/** "U.S. Department of State seal" → "U.S. Department of State"; "MuscatSultanate" → "Muscat Sultanate". */
export function cleanName(name: string): string {
  return name
    .replace(/([a-z])([A-Z][a-z])/g, '$1 $2')
    .replace(/\s+(seal|logo|emblem|banner|header)$/i, '')
    .replace(/^(logo|seal|emblem)\s+(of\s+)?(the\s+)?/i, '')
    .replace(/\s*[-|–]\s*(home|homepage|official website|website)$/i, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The English long form ("People's Republic of China") of a country, else its short name. */
function englishLong(c: Country, written: string): string {
  const long = c.names.find((n) => /\b(Republic|Kingdom|Sultanate|Federation|State|Commonwealth)\b/.test(n) && !/^[A-Z]{2,3}$/.test(n));
  const writtenIsLong = /共和国|王国|苏丹国|République|Royaume|República|Reino|Republik|Königreich|Sultanat/i.test(written);
  return writtenIsLong && long ? `the ${long}` : c.name;
}

const COUNTRY_BY_NAME = new Map<string, Country>();
for (const c of COUNTRIES) for (const n of c.names) COUNTRY_BY_NAME.set(n.toLowerCase(), c);

function englishPlace(written: string): string | null {
  let w = written.trim().replace(/^(?:la|le|les|l['’]|el|los|las|die|der|den|dem)\s*/i, '');
  const direct = COUNTRY_BY_NAME.get(w.toLowerCase());
  if (direct) return englishLong(direct, w);
  // Long forms not in the table: "Royaume de Belgique", "República de Guatemala".
  const m = /^(?:(royaume|reino|königreich|république|república|republik|sultanat|sultanato)\s+(?:de\s+|d['’]\s*|du\s+|del\s+)?)(.+)$/i.exec(w);
  if (m) {
    const c = COUNTRY_BY_NAME.get(m[2].toLowerCase());
    if (!c) return null;
    const kind = /royaume|reino|königreich/i.test(m[1]) ? 'Kingdom' : /sultan/i.test(m[1]) ? 'Sultanate' : 'Republic';
    return `the ${kind} of ${c.name}`;
  }
  w = w.replace(/^(?:the\s+)/i, '');
  return /^[\p{Lu}][\p{L}' -]+$/u.test(w) && /^[A-Za-z' -]+$/.test(w) ? w : null;
}

const HEADS: [RegExp, string][] = [
  [/^(?:ambassade|embajada|botschaft|embaixada)$/i, 'Embassy'],
  [/^(?:consulat général|consulado general|generalkonsulat)$/i, 'Consulate General'],
  [/^(?:consulat|consulado|konsulat)$/i, 'Consulate'],
  [/^(?:mission permanente|misión permanente|ständige vertretung)$/i, 'Permanent Mission'],
  [/^(?:mission|misión)$/i, 'Mission'],
  [/^(?:délégation|delegación|delegation)$/i, 'Delegation'],
];
const MINISTRIES: [RegExp, string][] = [
  [/^(?:ministère des affaires étrangères|ministerio de (?:asuntos|relaciones) exteriores|auswärtiges amt|外交部|外務省)(.*)$/i, 'Ministry of Foreign Affairs'],
];

/**
 * The English form of a mission's or ministry's name written in French, Spanish, German or Chinese;
 * the name itself when it is already English; null when no pattern fits.
 */
export function englishInstitutionName(name: string): string | null {
  const n = name.trim();
  if (isEnglish(n)) return n;
  // 中华人民共和国驻圭亚那合作共和国大使馆
  const zh = /^(.+?)驻(.+?)(大使馆|使馆|总领事馆|领事馆|代表团)$/.exec(n);
  if (zh) {
    const from = englishPlace(zh[1]);
    const to = englishPlace(zh[2]);
    const head = zh[3].includes('领事') ? (zh[3].startsWith('总') ? 'Consulate General' : 'Consulate') : zh[3] === '代表团' ? 'Mission' : 'Embassy';
    if (from && to) return `${head} of ${from} in ${to}`;
    return null;
  }
  for (const [re, en] of MINISTRIES) {
    const m = re.exec(n);
    if (!m) continue;
    const rest = m[1].trim().replace(/^(?:de(?:\s+la|\s+l['’])?|du|des|der|des)\s*/i, '');
    const normalized = rest.replace(/^(?:república popular(?: de)?|république populaire de)\s+(.+)$/i, 'République populaire de $1');
    // Without its country the English form would be a different, vaguer name.
    if (!rest) return null;
    const place = englishPlace(/populaire|popular/i.test(normalized) ? normalized.replace(/^République populaire de\s+/i, '') : rest);
    if (!place) return null;
    const c = /populaire|popular/i.test(normalized) ? "the People's Republic of " + place.replace(/^the\s+/, '') : place;
    return `${en} of ${/^the /.test(c) || /populaire|popular/i.test(normalized) ? c.replace(/^the People's Republic of the /, "the People's Republic of ") : c}`;
  }
  const m = new RegExp(`^(${HEADS.map(([re]) => re.source.slice(4, -2)).join('|')})\\s+(?:de\\s+la\\s+|de\\s+l['’]\\s*|de\\s+|d['’]\\s*|du\\s+|der\\s+|des\\s+)?(.+?)\\s+(?:au|aux|en|à|in|im|auprès de(?: la| l['’])?|ante(?: la| el)?|bei(?: der| den)?|para|pour|en el|en la)\\s+(.+)$`, 'iu').exec(n);
  if (m) {
    const head = HEADS.find(([re]) => re.test(m[1]))?.[1];
    const from = englishPlaceOrPeople(m[2]);
    const to = englishPlaceOrPeople(m[3]) ?? (/^au\s/i.test(n.slice(m.index)) ? null : null);
    if (head && from && to) return `${head} of ${from} in ${/^(?:au|aux)$/i.test(preposition(n, m[2], m[3])) && !/^the /.test(to) ? `the ${to}` : to}`;
  }
  return null;
}

function preposition(n: string, a: string, b: string): string {
  const i = n.indexOf(a) + a.length;
  return n.slice(i, n.indexOf(b, i)).trim();
}

function englishPlaceOrPeople(w: string): string | null {
  const pop = /^(?:la\s+)?(?:république populaire de|república popular(?: de)?|volksrepublik)\s+(.+)$/i.exec(w.trim());
  if (pop) {
    const c = COUNTRY_BY_NAME.get(pop[1].toLowerCase());
    return c ? `the People's Republic of ${c.name}` : null;
  }
  return englishPlace(w);
}

const NON_ENGLISH = /[\u3040-\u30ff\u3400-\u9fff]|(?<![\p{L}])(?:de|la|le|du|des|del|en|au|aux|der|die|und|für|y|el|los|las)(?![\p{L}])|Ambassade|Embajada|Botschaft|Ministère|Ministerio|Auswärtiges|Consulat|Consulado/iu;
/** The head words of an English institution's name. */
const ENGLISH_HEAD = /(?<![\p{L}])(?:embassy|consulate|high commission|mission|delegation|representation|office|ministry|department|government|secretariat|commission)(?![\p{L}])/iu;

/** Whether a name reads as English: an institution's name must have an English head word ("Ulkoasiainministeriö" has none). */
export function isEnglish(s: string): boolean {
  return !NON_ENGLISH.test(s) && (institutionRank(s) === 0 || ENGLISH_HEAD.test(s));
}

/**
 * The words for a foreign ministry in the languages mission sites write, each meaning "Ministry of
 * Foreign Affairs" word for word (a ministry with a name of its own, as "Federal Foreign Office",
 * is left as written).
 */
const FOREIGN_MINISTRY_LOCAL = new RegExp(
  '(?<![\\p{L}])(?:' +
    [
      'minist[èe]re des affaires [ée]trang[èe]res',
      'ministerio de (?:asuntos|relaciones) exteriores',
      'minist[ée]rio d(?:as|os) (?:rela[çc][õo]es exteriores|neg[óo]cios estrangeiros)',
      'ministero degli (?:affari esteri|esteri)',
      'ministerie van buitenlandse zaken',
      'ministerstwo spraw zagranicznych',
      'ministerstvo zahrani[čc]n[íi]ch v[ěe]c[íi]',
      'ministerul afacerilor externe',
      'министерство иностранных дел',
      'ulkoasiainministeri[öo]',
      'utenriksdepartementet',
      'udenrigsministeriet',
      'utrikesdepartementet',
      'd[ıi][şs]i[şs]leri bakanl[ıi][ğg][ıi]',
      'kementerian luar negeri',
      'กระทรวงการต่างประเทศ',
      '외교부',
      'وزارة الخارجية',
    ].join('|') +
    ')(?![\\p{L}])',
  'iu',
);

/**
 * "Ulkoasiainministeriö" on a Finnish site (a brand before the name, "ExMinrex. Ministerio de …", is
 * read past) → "Ministry of Foreign Affairs of Finland": the English
 * form of a foreign ministry written in its own language, with the country its name states or else
 * the country of the site's address (`siteCountry`). Null for any other name, or with no country.
 */
export function englishForeignMinistry(name: string, siteCountry: string | null): string | null {
  if (!FOREIGN_MINISTRY_LOCAL.test(name.trim())) return null;
  const code = countriesNamed(name)[0] ?? siteCountry;
  const country = code ? countryByCode(code) : undefined;
  return country ? `Ministry of Foreign Affairs of ${country.name}` : null;
}
