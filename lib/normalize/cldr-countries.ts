// Country names in other languages ("România", "Suomi", "Norge", "Nouvelle-Zélande", "Россия"),
// from CLDR (lib/normalize/cldr-names.ts, tabled at install): looked up for capitalised
// spans of the text, never searched for, so the table's size costs nothing per page.
import { foldName } from './fold-name';
import { CLDR_COUNTRY_NAMES } from './generated/cldr-names';
import { askedOnce, sortedTable } from './sorted-table';

const TABLE = sortedTable(CLDR_COUNTRY_NAMES);
const MAX_WORDS = 4;
/** Endings a country's name takes in its own language's citation form, tried on a shortened word. */
const CITATION_ENDINGS = ['', 'a', 'ia', 'ja', 'e', 'i', 'o', 'я', 'а', 'ия'];

/**
 * The country a word names in an inflected form ("României", "Suomen", "России", "Polski"): a
 * known name once a case ending of up to three letters is replaced by a citation ending.
 */
export function inflectedCountryCode(word: string): string | null {
  const w = foldName(word.trim());
  if (w.length < 5 || /\s/.test(w)) return null;
  const exact = TABLE.get(w);
  if (exact) return exact;
  for (let cut = 1; cut <= 3 && w.length - cut >= 4; cut++) {
    const stem = w.slice(0, w.length - cut);
    for (const ending of CITATION_ENDINGS) {
      const code = TABLE.get(stem + ending);
      if (code) return code;
    }
  }
  return null;
}

/** The ISO code of a country name in one of CLDR_LANGUAGES ("România" → RO), or null. */
export function cldrCountryCode(name: string): string | null {
  return TABLE.get(foldName(name.trim()));
}

// A run of capitalised words with the lowercase joiners of country names between them ("Bosnia
// și Herțegovina", "Trinidad og Tobago"); linear, as gazetteer.ts's run.
const RUN = /(?<![\p{L}\p{M}\p{N}])\p{Lu}[\p{L}\p{M}'’-]*(?:[ \u00a0](?:\p{Lu}[\p{L}\p{M}'’-]*|(?:and|și|si|i|y|e|et|und|og|och|ja|ve|dan|és|a|o|de|da|do|del|des|du|la|el|di)(?=[ \u00a0]\p{Lu})))*/gu;

/** Countries the text names in CLDR's words, the longest name at each place, in text order. */
export function findCldrCountries(text: string): { value: string; start: number; end: number; text: string }[] {
  const out: { value: string; start: number; end: number; text: string }[] = [];
  const startsAName = askedOnce((word) => TABLE.startsAKey(word));
  RUN.lastIndex = 0;
  for (let m = RUN.exec(text); m; m = RUN.exec(text)) {
    const at = m.index;
    const words = [...m[0].matchAll(/\S+/g)].map((w) => ({ start: at + w.index!, end: at + w.index! + w[0].length }));
    for (let i = 0; i < words.length; i++) {
      if (!startsAName(foldName(text.slice(words[i].start, words[i].end).replace(/['’-]+$/, '')))) continue;
      for (let n = Math.min(MAX_WORDS, words.length - i); n >= 1; n--) {
        const name = text.slice(words[i].start, words[i + n - 1].end).replace(/['’-]+$/, '');
        const code = TABLE.get(foldName(name));
        if (!code) continue;
        out.push({ value: code, start: words[i].start, end: words[i].start + name.length, text: name });
        i += n - 1;
        break;
      }
    }
  }
  return out;
}
