// Countries and cities as press releases name them, in the languages of the sites we read, mapped to
// ISO 3166-1 alpha-2. Kept as compact text so the table stays reviewable at a glance.
import { cldrCountryCode, findCldrCountries } from './cldr-countries';

export interface Country {
  code: string;
  /** English short name, used when building English institution names. */
  name: string;
  /** Every written form: English long forms, demonyms and other languages' names. */
  names: string[];
  demonyms: string[];
}

// CODE | English names (first is the short name) | demonyms | other languages
const COUNTRY_DATA = `
AF|Afghanistan|Afghan|阿富汗;Afghanistan;Afganistán
AL|Albania|Albanian|阿尔巴尼亚;Albanie;Albanien
DZ|Algeria|Algerian|阿尔及利亚;Algérie;Argelia;Algerien
AO|Angola|Angolan|安哥拉
AR|Argentina|Argentine;Argentinian|阿根廷;Argentine;Argentinien
AM|Armenia|Armenian|亚美尼亚;Arménie;Armenien
AU|Australia|Australian|澳大利亚;Australie;Australien;オーストラリア;豪州;豪
AT|Austria|Austrian|奥地利;Autriche;Österreich
AZ|Azerbaijan|Azerbaijani|阿塞拜疆;Azerbaïdjan;Aserbaidschan
BD|Bangladesh|Bangladeshi|孟加拉国
BY|Belarus|Belarusian|白俄罗斯;Biélorussie;Weißrussland
BE|Belgium;Kingdom of Belgium|Belgian|比利时;Belgique;Royaume de Belgique;Bélgica;Belgien
BJ|Benin|Beninese|贝宁;Bénin
BO|Bolivia|Bolivian|玻利维亚;Bolivie;Bolivien
BA|Bosnia and Herzegovina|Bosnian|波黑;Bosnie-Herzégovine
BW|Botswana|Botswanan;Motswana|博茨瓦纳
BR|Brazil|Brazilian|巴西;Brésil;Brasil;Brasilien;Brasiliens;ブラジル
BN|Brunei|Bruneian|文莱
BG|Bulgaria|Bulgarian|保加利亚;Bulgarie;Bulgarien
KH|Cambodia|Cambodian|柬埔寨;Cambodge;Camboya;Kambodscha
CM|Cameroon|Cameroonian|喀麦隆;Cameroun;Camerún;Kamerun
CA|Canada|Canadian|加拿大;Kanada;カナダ
CL|Chile|Chilean|智利;Chili
CN|China;People's Republic of China;PRC|Chinese|中国;中华人民共和国;Chine;République populaire de Chine;República Popular China;Volksrepublik China;中華人民共和国
CO|Colombia|Colombian|哥伦比亚;Colombie;Kolumbien
CD|Democratic Republic of the Congo;DR Congo|Congolese|刚果（金）;刚果民主共和国
CG|Republic of the Congo|Congolese|刚果（布）
CR|Costa Rica|Costa Rican|哥斯达黎加
HR|Croatia|Croatian|克罗地亚;Croatie;Kroatien
CU|Cuba|Cuban|古巴;Kuba
CY|Cyprus;Republic of Cyprus|Cypriot|塞浦路斯;Chypre;Chipre;Zypern
CZ|Czech Republic;Czechia|Czech|捷克;République tchèque;Tschechien
DK|Denmark|Danish|丹麦;Danemark;Dinamarca;Dänemark
DO|Dominican Republic|Dominican|多米尼加
EC|Ecuador|Ecuadorian|厄瓜多尔;Équateur
EG|Egypt;Arab Republic of Egypt|Egyptian;Egytian|埃及;Égypte;Egipto;Ägypten
SV|El Salvador|Salvadoran|萨尔瓦多
GQ|Equatorial Guinea|Equatoguinean|赤道几内亚;Guinée équatoriale;Guinea Ecuatorial;Äquatorialguinea
ER|Eritrea|Eritrean|厄立特里亚
EE|Estonia|Estonian|爱沙尼亚;Estonie;Estland
ET|Ethiopia|Ethiopian|埃塞俄比亚;Éthiopie;Etiopía;Äthiopien
FJ|Fiji|Fijian|斐济
FI|Finland|Finnish|芬兰;Finlande;Finlandia;Finnland
FR|France;French Republic|French|法国;République française;Francia;Frankreich;フランス;仏
GA|Gabon|Gabonese|加蓬
GE|Georgia|Georgian|格鲁吉亚;Géorgie;Georgien
DE|Germany;Federal Republic of Germany|German|德国;Allemagne;Alemania;Deutschland;Bundesrepublik Deutschland;ドイツ;独
GH|Ghana|Ghanaian|加纳
GR|Greece;Hellenic Republic|Greek|希腊;Grèce;Grecia;Griechenland
GT|Guatemala|Guatemalan|危地马拉
GN|Guinea|Guinean|几内亚;Guinée
GY|Guyana;Co-operative Republic of Guyana|Guyanese|圭亚那;圭亚那合作共和国;圭
HT|Haiti|Haitian|海地
HN|Honduras|Honduran|洪都拉斯
HU|Hungary|Hungarian|匈牙利;Hongrie;Hungría;Ungarn
IS|Iceland|Icelandic|冰岛;Islande;Islandia;Island
IN|India;Republic of India|Indian|印度;Inde;Indien;インド
ID|Indonesia|Indonesian|印度尼西亚;印尼;Indonésie;Indonesien
IR|Iran|Iranian|伊朗;Irán
IQ|Iraq|Iraqi|伊拉克;Irak
IE|Ireland|Irish|爱尔兰;Irlande;Irlanda;Irland
IL|Israel|Israeli|以色列;Israël
IT|Italy;Italian Republic|Italian|意大利;Italie;Italia;Italien;イタリア
CI|Côte d'Ivoire;Ivory Coast|Ivorian|科特迪瓦
JM|Jamaica|Jamaican|牙买加
JP|Japan|Japanese|日本;Japon;Japón;日
JO|Jordan|Jordanian|约旦;Jordanie
KZ|Kazakhstan|Kazakh|哈萨克斯坦
KE|Kenya|Kenyan|肯尼亚
KR|South Korea;Republic of Korea;Korea;ROK|Korean;South Korean|韩国;大韓民国;韓国;Corée du Sud;Corea del Sur;Südkorea;韓
KP|North Korea;DPRK|North Korean|朝鲜;北朝鮮
KW|Kuwait|Kuwaiti|科威特;Koweït
KG|Kyrgyzstan|Kyrgyz|吉尔吉斯斯坦
LA|Laos|Lao;Laotian|老挝
LV|Latvia|Latvian|拉脱维亚;Lettonie;Lettland
LB|Lebanon|Lebanese|黎巴嫩;Liban;Líbano;Libanon
LY|Libya|Libyan|利比亚;Libye;Libia;Libyen
LT|Lithuania|Lithuanian|立陶宛;Lituanie;Litauen
LU|Luxembourg|Luxembourgish|卢森堡;Luxemburgo;Luxemburg
MG|Madagascar|Malagasy|马达加斯加
MW|Malawi|Malawian|马拉维
MY|Malaysia|Malaysian|马来西亚;Malaisie;Malasia
MV|Maldives|Maldivian|马尔代夫
ML|Mali|Malian|马里
MT|Malta|Maltese|马耳他;Malte
MR|Mauritania|Mauritanian|毛里塔尼亚
MU|Mauritius|Mauritian|毛里求斯
MX|Mexico|Mexican|墨西哥;Mexique;México;Mexiko
MD|Moldova|Moldovan|摩尔多瓦
MN|Mongolia|Mongolian|蒙古;Mongolie
ME|Montenegro|Montenegrin|黑山
MA|Morocco|Moroccan|摩洛哥;Maroc;Marruecos;Marokko;Marokkos
MZ|Mozambique|Mozambican|莫桑比克
MM|Myanmar|Myanmar|缅甸
NA|Namibia|Namibian|纳米比亚;Namibie
NP|Nepal|Nepali;Nepalese|尼泊尔;Népal
NL|Netherlands;Kingdom of the Netherlands|Dutch|荷兰;Pays-Bas;Países Bajos;Niederlande
NZ|New Zealand|New Zealand|新西兰;Nouvelle-Zélande;Nueva Zelanda;Neuseeland
NI|Nicaragua|Nicaraguan|尼加拉瓜
NE|Niger|Nigerien|尼日尔
NG|Nigeria|Nigerian|尼日利亚;Nigéria
MK|North Macedonia;Republic of North Macedonia|Macedonian|北马其顿;Macédoine du Nord;Macedonia del Norte;Nordmazedonien
NO|Norway|Norwegian|挪威;Norvège;Noruega;Norwegen
OM|Oman;Sultanate of Oman|Omani|阿曼;Sultanat d'Oman
PK|Pakistan|Pakistani|巴基斯坦
PS|Palestine|Palestinian|巴勒斯坦
PA|Panama|Panamanian|巴拿马;Panamá
PG|Papua New Guinea|Papua New Guinean|巴布亚新几内亚
PY|Paraguay|Paraguayan|巴拉圭
PE|Peru|Peruvian|秘鲁;Pérou;Perú
PH|Philippines;Republic of the Philippines;RP|Filipino;Philippine|菲律宾;Filipinas;Philippinen
PL|Poland|Polish|波兰;Pologne;Polonia;Polen
PT|Portugal;Portuguese Republic|Portuguese|葡萄牙
QA|Qatar|Qatari|卡塔尔
RO|Romania|Romanian|罗马尼亚;Roumanie;Rumania;Rumänien
RU|Russia;Russian Federation|Russian|俄罗斯;Russie;Rusia;Russland;ロシア;露
RW|Rwanda|Rwandan|卢旺达
SA|Saudi Arabia|Saudi|沙特;沙特阿拉伯;Arabie saoudite;Arabia Saudita;Saudi-Arabien
SN|Senegal|Senegalese|塞内加尔;Sénégal
RS|Serbia|Serbian|塞尔维亚;Serbie;Serbien
SG|Singapore|Singaporean|新加坡;Singapour;Singapur
SK|Slovakia|Slovak|斯洛伐克;Slovaquie;Slowakei
SI|Slovenia|Slovenian|斯洛文尼亚;Slovénie;Slowenien
ZA|South Africa|South African|南非;Afrique du Sud;Sudáfrica;Südafrika
SS|South Sudan|South Sudanese|南苏丹
ES|Spain;Kingdom of Spain|Spanish|西班牙;Espagne;España;Spanien;スペイン
LK|Sri Lanka|Sri Lankan|斯里兰卡
SD|Sudan|Sudanese|苏丹;Soudan
SE|Sweden|Swedish|瑞典;Suède;Suecia;Schweden
CH|Switzerland|Swiss|瑞士;Suisse;Suiza;Schweiz
SY|Syria|Syrian|叙利亚;Syrie;Siria;Syrien
TJ|Tajikistan|Tajik|塔吉克斯坦
TZ|Tanzania;United Republic of Tanzania|Tanzanian|坦桑尼亚;Tanzanie;Tansania
TH|Thailand|Thai|泰国;Thaïlande;Tailandia
TG|Togo|Togolese|多哥
TN|Tunisia|Tunisian|突尼斯;Tunisie;Túnez;Tunesien
TR|Turkey;Türkiye|Turkish|土耳其;Turquie;Turquía;Türkei
TM|Turkmenistan|Turkmen|土库曼斯坦
UG|Uganda|Ugandan|乌干达;Ouganda
UA|Ukraine|Ukrainian|乌克兰;Ucrania
AE|United Arab Emirates;UAE|Emirati|阿联酋;Émirats arabes unis;Emiratos Árabes Unidos
GB|United Kingdom;UK;Britain;Great Britain|British|英国;Royaume-Uni;Reino Unido;Vereinigtes Königreich;Großbritannien;イギリス;英
US|United States;United States of America;USA;U.S.;US|American;US;U.S.|美国;États-Unis;Estados Unidos;Vereinigte Staaten;USA;アメリカ;米国;米
UY|Uruguay|Uruguayan|乌拉圭
UZ|Uzbekistan|Uzbek|乌兹别克斯坦
VE|Venezuela|Venezuelan|委内瑞拉
VN|Vietnam;Viet Nam|Vietnamese|越南;Viêt Nam
YE|Yemen|Yemeni|也门;Yémen
ZM|Zambia|Zambian|赞比亚;Zambie
ZW|Zimbabwe|Zimbabwean|津巴布韦
`;

// City | CODE: capitals and the other cities missions report events in.
const CITY_DATA = `
Kabul|AF;Tirana|AL;Algiers|DZ;Luanda|AO;Buenos Aires|AR;Yerevan|AM;Canberra|AU;Sydney|AU;Melbourne|AU;Vienna|AT;Wien|AT;Baku|AZ;Dhaka|BD;Minsk|BY
Brussels|BE;Bruxelles|BE;Brüssel|BE;Bruselas|BE;布鲁塞尔|BE;Antwerp|BE;Cotonou|BJ;La Paz|BO;Sarajevo|BA;Gaborone|BW;Brasília|BR;Brasilia|BR;São Paulo|BR;Rio de Janeiro|BR
Sofia|BG;Phnom Penh|KH;Yaoundé|CM;Ottawa|CA;Toronto|CA;Vancouver|CA;Montreal|CA;Santiago|CL;Beijing|CN;Peking|CN;北京|CN;Shanghai|CN;上海|CN;Guangzhou|CN;Hong Kong|CN;Chongqing|CN;Nanchang|CN
Bogotá|CO;Bogota|CO;波哥大|CO;Kinshasa|CD;Brazzaville|CG;San José|CR;Zagreb|HR;Havana|CU;Nicosia|CY;Prague|CZ;Copenhagen|DK;Santo Domingo|DO;Quito|EC
Cairo|EG;开罗|EG;Alexandria|EG;San Salvador|SV;Malabo|GQ;Tallinn|EE;Addis Ababa|ET;Suva|FJ;Helsinki|FI;Paris|FR;巴黎|FR;Marseille|FR;Lyon|FR;Strasbourg|FR;Libreville|GA;Tbilisi|GE
Berlin|DE;柏林|DE;Bonn|DE;Munich|DE;München|DE;Frankfurt|DE;Hamburg|DE;Accra|GH;Athens|GR;Guatemala City|GT;Ciudad de Guatemala|GT;Conakry|GN;Georgetown|GY;乔治敦|GY;Port-au-Prince|HT;Tegucigalpa|HN;Budapest|HU
Reykjavik|IS;Reykjavík|IS;雷克雅未克|IS;New Delhi|IN;Delhi|IN;新德里|IN;Mumbai|IN;Kolkata|IN;Chennai|IN;Bangalore|IN;Bengaluru|IN;Hyderabad|IN;Jakarta|ID;Tehran|IR;Baghdad|IQ;Dublin|IE
Jerusalem|IL;Tel Aviv|IL;Rome|IT;Roma|IT;Milan|IT;Abidjan|CI;Kingston|JM;Tokyo|JP;東京|JP;东京|JP;Osaka|JP;Kyoto|JP;Amman|JO;Astana|KZ;Almaty|KZ;Nairobi|KE
Seoul|KR;首尔|KR;Busan|KR;Pyeongchang|KR;PyeongChang|KR;Pyongyang|KP;Kuwait City|KW;Bishkek|KG;Vientiane|LA;Riga|LV;Beirut|LB;Tripoli|LY;Vilnius|LT;Antananarivo|MG;Lilongwe|MW;Kuala Lumpur|MY
Malé|MV;Bamako|ML;Valletta|MT;Nouakchott|MR;Port Louis|MU;Mexico City|MX;Ciudad de México|MX;Chisinau|MD;Ulaanbaatar|MN;Podgorica|ME;Rabat|MA;Casablanca|MA;Maputo|MZ;Yangon|MM;Naypyidaw|MM;Windhoek|NA;Kathmandu|NP
Amsterdam|NL;The Hague|NL;Den Haag|NL;Wellington|NZ;Auckland|NZ;Managua|NI;Niamey|NE;Abuja|NG;Lagos|NG;Skopje|MK;斯科普里|MK;Oslo|NO;Muscat|OM;马斯喀特|OM;Islamabad|PK;Karachi|PK;Lahore|PK;Ramallah|PS
Panama City|PA;Port Moresby|PG;Asunción|PY;Lima|PE;利马|PE;Manila|PH;马尼拉|PH;Cebu|PH;Cebu City|PH;Davao|PH;Warsaw|PL;Lisbon|PT;Lisboa|PT;Doha|QA;Bucharest|RO;Moscow|RU;Moscou|RU;Moskau|RU;莫斯科|RU;Saint Petersburg|RU;Kigali|RW
Riyadh|SA;Jeddah|SA;Dakar|SN;Belgrade|RS;Singapore|SG;Bratislava|SK;Ljubljana|SI;Pretoria|ZA;Johannesburg|ZA;Cape Town|ZA;Juba|SS;Madrid|ES;马德里|ES;Barcelona|ES;Colombo|LK;Khartoum|SD;Stockholm|SE
Geneva|CH;Genève|CH;Genf|CH;Ginebra|CH;日内瓦|CH;Bern|CH;Berne|CH;Zurich|CH;Damascus|SY;Dushanbe|TJ;Dar es Salaam|TZ;Dodoma|TZ;Zanzibar|TZ;Bangkok|TH;Lomé|TG;Tunis|TN;Ankara|TR;Istanbul|TR;Ashgabat|TM
Kampala|UG;Kyiv|UA;Kiev|UA;Abu Dhabi|AE;Dubai|AE;London|GB;Londres|GB;伦敦|GB;Edinburgh|GB;Manchester|GB;Washington|US;Washington, D.C.|US;Washington DC|US;华盛顿|US;New York|US;纽约|US;San Francisco|US;Los Angeles|US;Chicago|US;Houston|US
Montevideo|UY;Tashkent|UZ;Caracas|VE;Hanoi|VN;Ho Chi Minh City|VN;Sanaa|YE;Lusaka|ZM;Harare|ZW;Vienne|AT;Luxembourg|LU
`;

export const COUNTRIES: Country[] = COUNTRY_DATA.trim().split('\n').map((line) => {
  const [code, en, dem, other] = line.split('|');
  const english = en.split(';');
  return {
    code,
    name: english[0],
    names: [...english, ...(other ? other.split(';') : [])],
    demonyms: dem ? dem.split(';') : [],
  };
});

export const CITIES: { name: string; code: string }[] = CITY_DATA.trim()
  .split(/[;\n]/)
  .map((s) => s.trim())
  .filter(Boolean)
  .map((s) => {
    const [name, code] = s.split('|');
    return { name, code };
  });

const byCode = new Map(COUNTRIES.map((c) => [c.code, c]));
export const countryByCode = (code: string): Country | undefined => byCode.get(code.toUpperCase());

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const CJK = /[\u3040-\u30ff\u3400-\u9fff]/;

interface Found<T> {
  value: T;
  start: number;
  end: number;
  text: string;
}

function matcher(words: string[]): RegExp {
  const latin = words.filter((w) => !CJK.test(w) && w.length > 1).sort((a, b) => b.length - a.length).map(escape);
  const cjk = words.filter((w) => CJK.test(w) && w.length > 1).sort((a, b) => b.length - a.length).map(escape);
  const parts = [];
  if (latin.length) parts.push(`(?<![\\p{L}\\p{N}.])(?:${latin.join('|')})(?![\\p{L}\\p{N}]|\\.\\p{L})`);
  if (cjk.length) parts.push(`(?:${cjk.join('|')})`);
  return new RegExp(parts.join('|'), 'gu');
}

const COUNTRY_NAME_INDEX = new Map<string, string>();
/** Each name's first spelling as listed, by its lower case (one pass: this runs at every start). */
const LISTED_SPELLING = new Map<string, string>();
for (const c of COUNTRIES)
  for (const n of c.names) {
    const lower = n.toLowerCase();
    COUNTRY_NAME_INDEX.set(lower, c.code);
    if (!LISTED_SPELLING.has(lower)) LISTED_SPELLING.set(lower, n);
  }
const DEMONYM_INDEX = new Map<string, string>();
for (const c of COUNTRIES) for (const n of c.demonyms) DEMONYM_INDEX.set(n.toLowerCase(), c.code);
// Two-letter abbreviations (US, UK, RP) are matched case-sensitively so "us" the pronoun stays out.
const COUNTRY_RE = matcher([...LISTED_SPELLING.values()]);
const CITY_INDEX = new Map(CITIES.map((c) => [c.name.toLowerCase(), c]));
const CITY_RE = matcher(CITIES.map((c) => c.name));

/** Countries named in `text`, in text order: the curated table's, then CLDR's names where those are not. */
export function findCountries(text: string): Found<string>[] {
  const out: Found<string>[] = [];
  COUNTRY_RE.lastIndex = 0;
  for (let m = COUNTRY_RE.exec(text); m; m = COUNTRY_RE.exec(text)) {
    const code = COUNTRY_NAME_INDEX.get(m[0].toLowerCase());
    if (code) out.push({ value: code, start: m.index, end: m.index + m[0].length, text: m[0] });
  }
  const extra = findCldrCountries(text);
  if (!extra.length) return out;
  // Both lists are in text order: one pointer finds an overlap with a curated match.
  let k = 0;
  const merged = [...out];
  for (const c of extra) {
    while (k < out.length && out[k].end <= c.start) k++;
    if (k < out.length && out[k].start < c.end) continue;
    merged.push(c);
  }
  return merged.sort((a, b) => a.start - b.start);
}

export function findCities(text: string): Found<{ name: string; code: string }>[] {
  const out: Found<{ name: string; code: string }>[] = [];
  CITY_RE.lastIndex = 0;
  for (let m = CITY_RE.exec(text); m; m = CITY_RE.exec(text)) {
    const c = CITY_INDEX.get(m[0].toLowerCase());
    if (c) out.push({ value: c, start: m.index, end: m.index + m[0].length, text: m[0] });
  }
  return out;
}

/** ISO code of a country written by name, long form or other-language name; null when unknown. */
export function countryCode(name: string): string | null {
  const n = name.trim().replace(/^the\s+/i, '').toLowerCase();
  return COUNTRY_NAME_INDEX.get(n) ?? cldrCountryCode(n);
}

/**
 * The countries a name states, by name or by an adjective of nationality ("Samoa High Commission",
 * "the Turkish Foreign Ministry"), names first, in text order.
 */
export function countriesNamed(s: string): string[] {
  const out = new Set(findCountries(s).map((c) => c.value));
  for (const w of s.split(/\s+/)) {
    const code = demonymCode(w.replace(/[^\p{L}]/gu, ''));
    if (code) out.add(code);
  }
  return [...out];
}

/** ISO code for an adjective of nationality ("Chinese", "French"). */
export function demonymCode(word: string): string | null {
  return DEMONYM_INDEX.get(word.toLowerCase()) ?? null;
}

export function cityCountry(name: string): string | null {
  return CITY_INDEX.get(name.trim().toLowerCase())?.code ?? null;
}
