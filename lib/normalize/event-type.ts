// The kind of event, decided from the headline first and the lead second. Each rule keeps the
// text's own word as the label ("symposium", "招待会"), so the reviewer sees why a type was chosen.
import type { EventType } from '../record-schema';

interface Rule {
  type: EventType;
  /** 1 = names the format outright (phone call, signing); 2 = ordinary; 3 = a container word
   * ("ceremony") that yields to whatever the ceremony is of. */
  tier: 1 | 2 | 3;
  re: RegExp;
}

const W = (s: string) => `(?<![\\p{L}])(?:${s})(?![\\p{L}])`;
const rule = (type: EventType, tier: 1 | 2 | 3, latin: string, cjk = ''): Rule => ({
  type,
  tier,
  re: new RegExp(cjk ? `${W(latin)}|${cjk}` : W(latin), 'giu'),
});

const RULES: Rule[] = [
  rule('call', 1, "(?:phone|telephone|video)[ -]?(?:call|conversation|talks?)|calls? with|spoke (?:by phone |over the phone )?with|entretien t[ée]l[ée]phonique|appel t[ée]l[ée]phonique|s[’']entretient au t[ée]l[ée]phone|telefonat|telefongespr[äa]ch|videokonferenz|llamada telef[óo]nica|conversaci[óo]n telef[óo]nica|videoconferencia", '通电话|通話|电话会谈|電話会談|视频会晤|视频通话|テレビ会議'),
  rule('press-conference', 1, 'press conferences?|press briefings?|news conferences?|press stakeouts?|stakeouts?|media briefings?|briefing(?:s)? for (?:the )?press|conf[ée]rence de presse|point de presse|pressekonferenz|pressebriefing|conferencias? de prensa|rueda de prensa', '记者会|发布会|吹风会|記者会見'),
  rule('interview', 1, 'interviews?|interviewed|entrevistas?|entretien accord[ée]|interview accord[ée]e', '采访|专访|インタビュー'),
  rule('article', 1, 'op-?eds?|signed article|byline article|article by|tribune|gastbeitrag|art[íi]culo de opini[óo]n|tribuna', '署名文章|发表文章|寄稿'),
  rule('signing', 1, 'signing|signed|signs|memorand(?:um|a) of understanding|MoUs?|signature|unterzeichn\\p{L}*|firma(?:n|ron|do)?|suscrib\\p{L}*', '签署|签约|签订|署名式|署名'),
  rule('exhibition', 1, 'exhibitions?|exhibits?|expositions?|screenings?|film festival|concerts?|photo exhibition|ausstellung\\p{L}*|konzert\\p{L}*|exposici[óo]n\\p{L}*|muestra|concierto|projection|cin[ée]-club', '展览|图片展|影展|展映|音乐会|展覧会|展示会|コンサート'),
  // A headline that opens with the words spoken ("Remarks by …", "Discours de …") is a speech,
  // wherever it was given, unless it names a press or call format, which is spoken too.
  rule('speech', 1, '^(?:remarks|speech|address|keynote (?:address|speech)|discours|allocution|discurso|rede|ansprache|intervención|intervention)(?= (?:by|of|at|de|du|des|del|von|der|à|en)\\b)(?!.*(?:press|stakeout|briefing|interview|call|presse|prensa))'),
  // FORMAT: a courtesy call is a meeting, though most languages call it a visit; so is a working meal.
  rule('meeting', 1, 'working (?:lunch|dinner|breakfast)|d[ée]jeuner de travail|d[îi]ner de travail|petit-d[ée]jeuner de travail|almuerzo de trabajo|cena de trabajo|desayuno de trabajo|arbeitsessen|arbeitsfr[üu]hst[üu]ck|courtesy (?:calls?|visits?)|visite de courtoisie|visita de cortes[íi]a|h[öo]flichkeitsbesuch\\p{L}*|kunjungan kehormatan|nezaket ziyaret\\p{L}*|vizit[ăa] de curtoazie', '礼节性拜会|表敬訪問'),
  rule('press-conference', 2, 'briefing', ''),
  rule('meeting', 2, "meets?|met|meeting|talks|courtesy call|holds? talks|conversa(?:tion)?s?|receives?|received|audience|consultations?|working session|rencontre|s[’']entretien(?:t|nent)?|entretiens?|re[çc]oit|treffen|trifft|arbeitssitzung|gespr[äa]ch\\p{L}*|empfang(?:en)?|reuni[óo]n|se reuni[óo]|reunirse|entrevista con|recibi[óo]|møte\\p{L}*|m[øo]tte|tapaa\\p{L}*|tapasi|tapaaminen|[îi]nt[âa]lnir\\p{L}*|[îi]ntrevedere|встреч\\p{L}*|переговор\\p{L}*|pertemuan|bertemu|g[öo]r[üu]ş\\p{L}*", '会见|会晤|会谈|见面|接见|拜会|会面|会談|会見|表敬|ประชุม|หารือ|พบหารือ'),
  rule('visit', 2, 'visits?|visited|visiting|tour(?:ed|s)?|trip to|besuch\\p{L}*|visite\\p{L}*|se rend|visita\\p{L}*|gira|bes[øo]k\\p{L}*|vierail\\p{L}*|vizit\\p{L}*|визит\\p{L}*|посети\\p{L}*|посещени\\p{L}*|kunjungan|ziyaret\\p{L}*', '访问|参观|考察|走访|訪問|視察|เยือน'),
  rule('speech', 2, 'speech(?:es)?|remarks|address(?:es)?|lecture[sd]?|keynote|statement at|discours|allocution|rede|ansprache|vortrag|discurso|conferencia magistral|ponencia|\\p{L}*puheenvuor\\p{L}*|cuv[âa]ntare|discurs|выступлени\\p{L}*|речь|pidato|konuşma\\p{L}*', '演讲|致辞|讲话|演説|スピーチ|挨拶'),
  rule('reception', 2, 'receptions?|banquets?|gala|dinner|luncheon|celebrations?|celebrates?|national day|r[ée]ception|d[îi]ner|empfang|feier\\p{L}*|recepci[óo]n|cena|fiesta nacional|celebraci[óo]n|recep[țţt]i\\p{L}*|при[её]м\\p{L}*|resepsi|resepsiyon\\p{L}*', '招待会|宴请|宴会|国庆|庆祝|レセプション|祝賀|งานเลี้ยงรับรอง'),
  rule('conference', 2, 'symposi(?:um|a)|seminars?|forums?|conferences?|round ?tables?|dialogues?|workshops?|colloqui(?:um|a)|summit|panel discussion|webinar|colloque|s[ée]minaire|conf[ée]rence|konferenz|tagung|symposium|seminar|workshop|foro|seminario|simposio|conferencia|jornadas?|mesa redonda|di[áa]logo', '研讨会|座谈会|论坛|会议|对话会|シンポジウム|セミナー|フォーラム|会議'),
  // A spokesperson answering a question or a report is a statement, whatever the report is about.
  rule('statement', 1, '(?:in response|responding|in reply|replying) to (?:a |the )?(?:media |press )?(?:questions?|quer(?:y|ies)|reports?)|en r[ée]ponse [àa] (?:une|la|des) (?:question|demande)s?|en respuesta a (?:una|la|las) (?:pregunta|consulta)s?|auf (?:eine|die) (?:frage|anfrage)', '答记者问'),
  rule('statement', 2, 'statements?|declarations?|communiqu[ée]s?|notices?|announcements?|condolences?|readout|d[ée]claration|erkl[äa]rung|mitteilung|comunicado|declaraci[óo]n', '声明|谈话|公告|通知|談話|声明'),
  rule('ceremony', 3, 'ceremon(?:y|ies)|award(?:s|ed)?|donat(?:ion|es|ed)|hand(?:ing)?[- ]?over|handed over|inaugurat\\p{L}*|opening|launch(?:es|ed)?|unveil\\p{L}*|c[ée]r[ée]monie|remise|inauguration|\\p{L}*zeremonie|kranzniederlegung|festakt|ceremonie|церемони\\p{L}*|upacara|t[öo]ren\\p{L}*|verleihung|einweihung|er[öo]ffnung|ceremonia|entrega|donaci[óo]n|inaugur\\p{L}*', '仪式|典礼|颁奖|捐赠|揭牌|开幕|式典|授与|贈呈|寄贈'),
];

/** Headlines in "X to meet Y" form announce a plan; the page itself is then the statement. */
const ANNOUNCES = /(?<![\p{L}])(?:to (?:meet|visit|attend|hold|host|travel|sign)|will (?:meet|visit|attend|hold|host|travel|sign))(?![\p{L}])/iu;
/** A page that is mostly one person's quoted words is a statement, whatever it talks about. */
const SAID = /(?:said|stated|declared|a déclaré|erklärte|declaró|afirmó)\s*:\s*$|(?:said|stated)\s*:/im;

export interface TypeMatch {
  type: EventType;
  label: string | null;
  /** Where the label was found: the title, or offsets into the article text. */
  in: 'title' | 'text';
  start: number;
  end: number;
}

function best(s: string, offset: number): { rule: Rule; m: RegExpExecArray } | null {
  let found: { rule: Rule; m: RegExpExecArray } | null = null;
  for (const r of RULES) {
    r.re.lastIndex = 0;
    const m = r.re.exec(s);
    if (!m) continue;
    if (!found || r.tier < found.rule.tier || (r.tier === found.rule.tier && m.index < found.m.index)) found = { rule: r, m };
  }
  if (found) found.m.index += offset;
  return found;
}

export function eventType(title: string | null, text: string): TypeMatch {
  const t = title ?? '';
  if (t && !ANNOUNCES.test(t)) {
    const hit = best(t, 0);
    if (hit) return { type: hit.rule.type, label: hit.m[0], in: 'title', start: hit.m.index, end: hit.m.index + hit.m[0].length };
  }
  // The lead: the first few real sentences, where press releases say what happened.
  const leadEnd = leadWindow(text);
  const lead = text.slice(0, leadEnd);
  if (t && ANNOUNCES.test(t) && SAID.test(lead)) {
    const m = /said|stated|declared/i.exec(lead);
    return { type: 'statement', label: m ? m[0] : null, in: 'text', start: m?.index ?? -1, end: m ? m.index + m[0].length : -1 };
  }
  const hit = best(lead, 0);
  if (hit) return { type: hit.rule.type, label: hit.m[0], in: 'text', start: hit.m.index, end: hit.m.index + hit.m[0].length };
  return { type: 'other', label: null, in: 'text', start: -1, end: -1 };
}

function leadWindow(text: string): number {
  // Skip the short label lines many templates put first, then read about 600 characters.
  const re = /[^\n]+/g;
  let from = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0].length >= 60) {
      from = m.index;
      break;
    }
  }
  return Math.min(text.length, from + 600);
}

const BY_TYPE = new Map<EventType, RegExp>();
/** The words that name an event of this type, to find the sentence that reports it. */
export function typeKeywords(type: EventType): RegExp | null {
  if (!BY_TYPE.has(type)) {
    const parts = RULES.filter((r) => r.type === type).map((r) => r.re.source);
    if (!parts.length) return null;
    BY_TYPE.set(type, new RegExp(parts.join('|'), 'iu'));
  }
  return BY_TYPE.get(type) ?? null;
}
