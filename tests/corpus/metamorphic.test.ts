// Metamorphic suite on the real corpus pages: each page is rewritten at test time — its people
// renamed, its organisations renamed, its years moved by 28 (weekdays fall on the same dates) —
// and what the record got right on the page as published it must get right on the rewritten page,
// with the new values. A rule that knows a page's names passes the corpus and fails here. The
// city swap is tests/corpus/city-swap.test.ts. Pages are read from ../shared/corpus at run time;
// the invented names are ours and name no one.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractFile, extractPage } from '../../lib/cli/extract-page';
import { isVocab } from '../../lib/normalize/people-vocab';
import type { EventRecord } from '../../lib/record-schema';
import { FIXED, corpusCases } from './corpus-cases';

const GIVEN = ['Arlen', 'Birgit', 'Casimir', 'Delphine', 'Emeric', 'Fenna', 'Gideon', 'Halima', 'Ivo', 'Jorunn', 'Kasimir', 'Leontyne'];
const FAMILY = ['Quellmark', 'Ostravik', 'Penhallow', 'Marchetti', 'Valdaris', 'Kowren', 'Lindqvist', 'Abernathy', 'Tesselaar', 'Dunmore', 'Varenholt', 'Saarelainen'];
const ORG_WORDS = ['Northgate', 'Eastmere', 'Silverbrook', 'Westhaven', 'Coldharbour', 'Ravensmoor'];
const LATIN_NAME = /^[\p{Script=Latin}][\p{Script=Latin}.’'-]*(?:\s+[\p{Script=Latin}][\p{Script=Latin}.’'-]*)+$/u;

const norm = (s: string) => s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
/** The scorer's person match: every word of the shorter name in the longer, two words at least. */
function sameName(a: string, b: string): boolean {
  const A = new Set(norm(a).split(' ')), B = new Set(norm(b).split(' '));
  const [small, big] = A.size <= B.size ? [A, B] : [B, A];
  return small.size >= 2 && [...small].every((w) => big.has(w));
}
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Every whole-word occurrence of `from` in `html` becomes `to`. */
const replaceWord = (html: string, from: string, to: string) => html.replace(new RegExp(`(?<![\\p{L}\\p{N}])${escape(from)}(?![\\p{L}\\p{N}])`, 'gu'), to);

type Score = { transform: string; stem: string; checked: number; followed: number; misses: string[] };
const scores: Score[] = [];
const cases = corpusCases();

function rewritten(url: string | undefined, html: string): EventRecord {
  return extractPage({ url: url ?? 'https://corpus.invalid/page.html', bytes: Buffer.from(html) }, { now: FIXED.now, id: FIXED.id });
}

describe('metamorphic: corpus pages rewritten', () => {
  for (const [index, c] of cases.entries()) {
    const html = readFileSync(c.html, 'utf8');
    const before = extractFile(c.html, { url: c.url, now: FIXED.now, id: FIXED.id });
    const goldPeople = ((c.gold.participants as { name?: string }[] | undefined) ?? []).map((p) => p?.name).filter((n): n is string => !!n);

    // People: each gold person the record found, renamed everywhere (full name and surname alone).
    const found = goldPeople.filter((g) => LATIN_NAME.test(g) && before.event.participants.some((p) => sameName(p.name, g)));
    if (found.length) {
      it(`${c.stem}: people renamed`, () => {
        let page = html;
        const renamed = found.map((g, k) => {
          const words = g.split(/\s+/);
          const to = [GIVEN[(index + k) % GIVEN.length], ...words.slice(1, -1).map((_, j) => GIVEN[(index + k + j + 3) % GIVEN.length]), FAMILY[(index + k) % FAMILY.length]];
          page = replaceWord(page, g, to.join(' '));
          // Later mentions by surname ("Ambassador Reda") follow the new surname.
          if (words[words.length - 1].length > 3) page = replaceWord(page, words[words.length - 1], to[to.length - 1]);
          return to.join(' ');
        });
        const after = rewritten(c.url, page);
        const misses = renamed.filter((n) => !after.event.participants.some((p) => sameName(p.name, n)));
        scores.push({ transform: 'people', stem: c.stem, checked: renamed.length, followed: renamed.length - misses.length, misses });
        expect(after.event.participants.length).toBeGreaterThan(0);
      });
    }

    // Organisations: each gold organisation the record found, its distinctive words renamed and its
    // head noun kept ("Victoria University" → "Northgate University").
    const goldOrgs = ((c.gold.organizations as string[] | undefined) ?? []).filter((o) => typeof o === 'string');
    const foundOrgs = goldOrgs.filter((o) => LATIN_NAME.test(o) && before.event.organizations.includes(o) && html.includes(o));
    if (foundOrgs.length) {
      it(`${c.stem}: organisations renamed`, () => {
        let page = html;
        const renamed = foundOrgs.map((o, k) => {
          const words = o.split(/\s+/);
          // The first capitalised word that is neither the head (the last word) nor a word of our
          // vocabularies takes an invented name.
          // A body named by class words alone ("Diplomatic Corps") has no name to swap.
          const at = words.findIndex((w, i) => i < words.length - 1 && /^\p{Lu}\p{Ll}{2,}$/u.test(w) && !isVocab(w));
          if (at < 0) return null;
          const to = [...words.slice(0, at), ORG_WORDS[(index + k) % ORG_WORDS.length], ...words.slice(at + 1)].join(' ');
          page = page.split(o).join(to);
          return to;
        });
        const swapped = renamed.filter((n): n is string => n !== null);
        const after = rewritten(c.url, page);
        const misses = swapped.filter((n) => !after.event.organizations.includes(n));
        scores.push({ transform: 'organisations', stem: c.stem, checked: swapped.length, followed: swapped.length - misses.length, misses });
        expect(after.event.organizations.length).toBe(before.event.organizations.length);
      });
    }

    // Dates: every year moved 28 on (the calendar repeats, so weekdays still match their dates),
    // Buddhist-era years with them, in the page and its address.
    const dated = (['publishedDate', 'eventStart'] as const).filter((f) => {
      const got = f === 'publishedDate' ? before.source.publishedDate : before.event.start;
      return typeof c.gold[f] === 'string' && got === c.gold[f];
    });
    if (dated.length) {
      it(`${c.stem}: years moved by 28`, () => {
        const move = (s: string) => s.replace(/(?<!\d)(19[5-9]\d|20[0-6]\d|25[0-6]\d)(?!\d)/g, (y) => String(Number(y) + 28));
        const after = extractPage({ url: move(c.url ?? 'https://corpus.invalid/page.html'), bytes: Buffer.from(move(html)) }, { now: new Date('2099-01-01T00:00:00Z'), id: FIXED.id });
        const shifted = (iso: string) => `${Number(iso.slice(0, 4)) + 28}${iso.slice(4)}`;
        const misses = dated.filter((f) => (f === 'publishedDate' ? after.source.publishedDate : after.event.start) !== shifted(c.gold[f] as string));
        scores.push({ transform: 'dates', stem: c.stem, checked: dated.length, followed: dated.length - misses.length, misses });
        expect(after.title.length).toBeGreaterThan(0);
      });
    }
  }

  it('reports the suite’s score, and each transform holds for most of what the record got right', () => {
    const by = new Map<string, { checked: number; followed: number }>();
    for (const s of scores) {
      const t = by.get(s.transform) ?? { checked: 0, followed: 0 };
      t.checked += s.checked;
      t.followed += s.followed;
      by.set(s.transform, t);
    }
    const total = [...by.values()].reduce((a, t) => ({ checked: a.checked + t.checked, followed: a.followed + t.followed }), { checked: 0, followed: 0 });
    const line = [...by].map(([k, t]) => `${k} ${t.followed}/${t.checked}`).join(', ');
    console.log(`metamorphic: ${line}; overall ${total.followed}/${total.checked} = ${(total.followed / total.checked).toFixed(3)}`);
    for (const s of scores) if (s.misses.length) console.log(`  ${s.transform} ${s.stem}: ${s.misses.join('; ')}`);
    expect(by.get('people')?.checked ?? 0).toBeGreaterThanOrEqual(40);
    expect(by.get('dates')?.checked ?? 0).toBeGreaterThanOrEqual(40);
    for (const [k, t] of by) expect(t.followed / t.checked, k).toBeGreaterThanOrEqual(MIN_SHARE[k] ?? 0.9);
  });
});

/** The share each transform must keep: measured when the suite was written, with a margin below. */
const MIN_SHARE: Record<string, number> = { people: 0.9, organisations: 0.9, dates: 0.95 };
