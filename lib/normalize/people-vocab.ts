// Word lists the people extractor decides with: honorifics (titles written before a name), office
// nouns (positions), and capitalised words that are never part of a person's name.
import { COUNTRIES, CITIES } from './countries';
import { MONTHS } from './dates';

/**
 * Honorifics and ranks that, standing alone before a name, are its title (FORMAT.md `title`):
 * courtesy titles, envoys' ranks, military ranks ("Maj. Gen."), church ranks, forms of address.
 */
export const HONORIFIC_RE =
  /^(?:H\.\s?E\.?|HE|His Excellency|Her Excellency|Excellency|Mr\.?|Mrs\.?|Ms\.?|Mme\.?|Madame|Madam|Mlle\.?|Dr\.?|Prof\.?|Professor|Lord|Lady|Sir|Dame|S\.\s?E\.?|S\.\s?M\.?|His Majesty|Her Majesty|Ambassador|Amb\.|Minister|Counsellor|Counselor|Chargé d['’]Affaires|Charge d['’]Affaires|Chargé d['’]affaires|Charge d['’]affaires|Botschafter(?:in)?|Embajador(?:a)?|Ambassadeur|Ambassadrice|l['’]Ambassadeur|Herr|Frau|Sr\.|Sra\.|Don|Doña|M\.|Rt\.? Hon\.?|The Honou?rable|Hon\.|Archbishop|Cardinal|Bishop|Monsignor|Mgr\.?|[Dd]omnul|[Dd]oamna|Pan|Pani|Bapak|Ibu|Bay|Bayan|[Гг]осподин|[Гг]оспожа|Signor|Signora|Sig\.|Sig\.ra|Senhor|Senhora|Maj\.|Gen\.|Lt\.|Brig\.|Col\.|Capt\.|Adm\.|Major General|Lieutenant General|Brigadier General|Excelent[íi]simo Señor|Excelent[íi]sima Señora|Excelent[íi]simo|Excelent[íi]sima|Señor|Señora)$/u;

const HONORIFIC_ALT =
  "H\\.\\s?E\\.?|HE|His Excellency|Her Excellency|His Majesty|Her Majesty|Mr\\.?|Mrs\\.?|Ms\\.?|Mme\\.?|Madame|Madam|Mlle\\.?|Dr\\.?|Prof\\.?|Professor|Lord|Lady|Sir|Dame|S\\.\\s?E\\.?|S\\.\\s?M\\.?|Ambassador|Amb\\.|Minister|Counsellor|Counselor|Charg[ée] d['’][Aa]ffaires|Botschafter(?:in)?|Embajador(?:a)?|Ambassadeur|Ambassadrice|Herr|Frau|M\\.|MM\\.|Sr\\.|Sra\\.|Doña|Rt\\.? Hon\\.?|The Honou?rable|Hon\\.|Archbishop|Cardinal|Bishop|Monsignor|Mgr\\.?|[Dd]omnul|[Dd]oamna|Pani|Bapak|Ibu|Bayan|[Гг]осподин|[Гг]оспожа|Signor|Signora|Sig\\.|Senhor|Senhora|Maj\\.|Gen\\.|Lt\\.|Brig\\.|Col\\.|Capt\\.|Adm\\.|Major General|Lieutenant General|Brigadier General|Excelent[íi]simo|Excelent[íi]sima|Señor|Señora";
/** One or more honorifics in a row ("H.E. Mr."), anchored at the start. */
export const HONORIFICS_AT_START = new RegExp(`^(?:(?:${HONORIFIC_ALT})(?![\\p{L}])\\s*)+`, 'u');
/** Honorifics that are also offices: qualified ("Commercial Counselor") they become a position. */
export const RANK_WORDS = /^(?:Ambassador|Minister|Counsellor|Counselor|Charg[ée] d['’][Aa]ffaires|Botschafter(?:in)?|Embajador(?:a)?|Ambassadeur|Ambassadrice)$/u;

const OFFICE_LIST = `minister ministers secretary secretary-general ambassador ambassadors president vice-president governor rey reina king queen roi reine könig königin príncipe princesa
chairman chairwoman chairperson chair director director-general head chief commissioner counselor counsellor consul
consul-general deputy spokesperson spokesman spokeswoman representative member members patron patron-in-chief advisor adviser
undersecretary under-secretary postmaster mayor premier chancellor king queen prince princess sultan emperor envoy attaché attache
officer manager coordinator founder ceo editor dean rector senator speaker judge leader principal chargé charge
governor-general commander admiral colonel delegate vice-minister viceministro viceministros viceministra ministro
ministra ministros embajador embajadora presidente presidenta portavoz jefe jefa jefatura secretario secretaria consejero
consejera directora membre ministre secrétaire président présidente ambassadeur ambassadrice porte-parole directeur directrice
conseiller conseillère chef botschafter botschafterin präsident präsidentin staatssekretär bundesminister bundeskanzler kanzler
außenminister leiter leiterin sprecher gesandter vizepräsident
bundesministerin außenministerin bundeskanzlerin staatsministerin staatsminister ministerpräsident ministerpräsidentin
bundespräsident bundespräsidentin generalsekretär vorsitzende vorsitzender chancelière chancelier vice-présidente député
députée sénateur sénatrice maire consule canciller vicecanciller diputado diputada senadora alcalde alcaldesa cónsul
ministrul ministru ambasadorul ambasador ambasadoarea președintele președinte președinta secretarul secretar consulul
directorul șeful șefa vicepremierul premierul prim-ministrul deputatul senatorul purtătorul utenriksminister statsminister
ambassadør ambassadøren statssekretær statsråd presidenten generalsekretær utrikesminister udenrigsminister ambassadör
kansler forbundskansler lederen formann ordfører ulkoministeri valtiosihteeri suurlähettiläs presidentti pääministeri
ministeri kansliapäällikkö alivaltiosihteeri pääsihteeri puhemies johtaja prezydent wiceminister sekretarz przewodniczący
przewodnicząca rzecznik menteri duta presiden wakil sekretaris direktur ketua gubernur walikota bakan bakanı büyükelçi
büyükelçisi cumhurbaşkanı başbakan müsteşar sözcüsü başkanı министр посол президент председатель премьер-министр
заместитель директор секретарь спикер губернатор мэр глава руководитель ambasciatore ambasciatrice sottosegretario
segretario direttore console nuncio nunzio nonce embaixador embaixadora secretário diretor
comisario comisaria commissaire kommissar kommissarin comisar comisarul komisarz комиссар`;
export const OFFICE_WORDS = new Set(OFFICE_LIST.split(/\s+/).filter(Boolean));

const QUALIFIER_LIST = `vice deputy foreign prime chief former executive permanent senior first second third commercial political economic
cultural defense defence military special acting honorary regional provincial state federal general assistant associate
principal high under apostolic apostólico apostolique segunda segundo primer primera tercer tercera us u.s. eu un uk election extraordinary plenipotentiary
extraordinario extraordinaria plenipotenciario plenipotenciaria extraordinaire plénipotentiaire außerordentlicher außerordentliche
bevollmächtigter bevollmächtigte extraordinar plenipotențiar straordinario plenipotenziario extraordinário plenipotenciário
nadzwyczajny pełnomocny чрезвычайный полномочный luar biasa berkuasa penuh`;
export const QUALIFIERS = new Set(QUALIFIER_LIST.split(/\s+/).filter(Boolean));

const ORG_LIST = `ministry affairs state office commission committee bureau council parliament association society government embassy
mission department union nations party corps academy institute institution foundation agency centre center museum library
television channel program programme university college school company corporation bank fund organization organisation forum
group assembly congress senate court police army navy force chamber commerce industry trade development cooperation relations
republic kingdom people’s people's people province provincial city county club daily news times post press media service
services authority secretariat delegation consulate residence palace hall hotel square street road house central national
international world global european asian african health food safety security education culture tourism friendship countries
public policies policy administration crime drugs war victory anniversary day festival exhibition conference symposium ceremony
reception project treasures residencia résidence residenz château schloss palacio palazzo castle castillo slott linna diplomatic investment promotion financial administrative exteriores relaciones asuntos ministerio
embajada estado gobierno asamblea organización comisión naciones unidas período sesiones primera ministère affaires étrangères bureau comité parti auswärtiges amt bundesregierung political communist
resistance aggression fascist anti-fascist photographers photographic contemporary livelihood hispanic council security
orchestra orquesta orchestre orchester quartet cuarteto quatuor quartett choir ensemble marimba mariachi`;
export const ORG_WORDS = new Set(ORG_LIST.split(/\s+/).filter(Boolean));

const STOP_LIST = `attends attend attended meets meet met has had have holds held hold visits visited visit delivers delivered deliver
calls called speaks spoke signs signed hosts hosted receives received invites invited addresses gives gave pays paid opens opened
launches launched says said talks congratulates congratulated is was are were will would can could at on in with for to of the and a
an from by as but during after before this that these those they he she it we i you our his her their its q interview call phone
remarks speech statement press conference readout et y und der die das le la les el los las un une del des du al en sur avec con
para por while when where who which what how also both all other others another each many some several there here then thus
today yesterday tomorrow according however meanwhile moreover furthermore besides home news story related tags share print close
embassy`;
export const STOP_WORDS = new Set(STOP_LIST.split(/\s+/).filter(Boolean));

/** Kinds of building or venue whose name follows them ("Château Vert", "Hotel Adlon"). */
export const VENUE_WORDS = new Set('château schloss palacio palazzo palais palace castle castillo slott linna hotel museum stadium square avenue villa'.split(' '));

/** Small words that may sit inside an office phrase ("Head of the Mission to the EU"). */
export const FUNCTION_WORDS = new Set(
  `of the for to in at and & on with de del la las los el du des d’ d' le l’ l' et y und für der die des von zu bei im am auprès au aux en și al ai ale din în pentru i og for til ja och av`.split(/\s+/),
);

export const NAME_PARTICLES = new Set(['bin', 'bint', 'ibn', 'al', 'el', 'de', 'del', 'da', 'van', 'von', 'di', 'dos']);

const PLACE_WORDS = new Set<string>();
for (const c of COUNTRIES) for (const n of [...c.names, ...c.demonyms]) for (const w of n.split(/\s+/)) PLACE_WORDS.add(w.toLowerCase());
for (const c of CITIES) PLACE_WORDS.add(c.name.toLowerCase());
export const isPlaceWord = (w: string) => PLACE_WORDS.has(w.toLowerCase());
export const PLACE_NAMES = new Set<string>([...COUNTRIES.flatMap((c) => c.names.map((n) => n.toLowerCase())), ...CITIES.map((c) => c.name.toLowerCase())]);

const MONTH_WORDS = new Set(Object.keys(MONTHS));
const WEEKDAY_WORDS = new Set('monday tuesday wednesday thursday friday saturday sunday'.split(' '));

/** A capitalised word that can never be part of a person's name. */
export function isVocab(word: string): boolean {
  const w = word.toLowerCase().replace(/[’']s$/, '');
  return OFFICE_WORDS.has(w) || ORG_WORDS.has(w) || STOP_WORDS.has(w) || QUALIFIERS.has(w) || MONTH_WORDS.has(w) || WEEKDAY_WORDS.has(w) || isPlaceWord(w);
}

/** An office noun, also with an elided article before it ("l’Ambassadeur"). */
export const isOfficeWord = (w: string) => OFFICE_WORDS.has(w.toLowerCase().replace(/[’']s$/, '').replace(/^[ld]['’]/, ''));

// Common Chinese surnames: a romanised "Zhang Wei" is a name even with no title around it.
export const CHINESE_SURNAMES = new Set(
  `wang li zhang liu chen yang zhao huang zhou wu xu sun hu zhu gao lin he guo ma luo liang song zheng xie han tang feng yu dong
xiao cheng cao yuan deng fu shen zeng peng lu su jiang cai jia ding wei xue ye yan pan du dai xia zhong tian ren fan fang shi yao
tan liao zou xiong jin hao kong bai cui kang mao qiu qin gu hou shao meng long wan duan lei qian yin yi chang qiao lai gong wen
geng hua kou zhan mu le bao qi ji`.split(/\s+/),
);
const PINYIN_SYLLABLE = '(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:iang|iong|uang|ang|eng|ing|ong|ian|iao|uai|uan|ai|ei|ao|ou|an|en|in|un|ia|ie|iu|ua|uo|ui|ue|er|a|o|e|i|u|v)(?![aeiou])';
const PINYIN_GIVEN = new RegExp(`^(?:${PINYIN_SYLLABLE}){1,2}$`, 'i');
export function isPinyinGiven(w: string): boolean {
  return PINYIN_GIVEN.test(w.replace(/-/g, ''));
}

/** Chinese and Japanese office words: a name stands right before (ja) or after (zh) them. */
export const CJK_OFFICES = [
  '外交部长', '国务委员', '大使', '总统', '总理', '外长', '部长', '副主席', '主席', '参赞', '公使', '总领事', '领事', '秘书长',
  '议长', '首相', '国务卿', '发言人', '司长', '省长', '市长', '州长', '国王', '女王', '总督', '董事长', '会长', '校长', '院长',
  '局长', '书记', '主任', '武官', '代表',
];
export const JA_OFFICES = [
  '内閣総理大臣', '総理大臣', '外務大臣', '国務長官', '副大臣', '政務官', '事務次官', '審議官', '報道官', '大統領', '首相', '外相',
  '大臣', '長官', '大使', '国王', '議長', '知事', '市長', '委員長', '事務総長',
];
