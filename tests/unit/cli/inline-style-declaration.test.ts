// The CLI's stand-in for cssstyle (lib/cli/inline-style-declaration.ts) must decide "hidden" as
// cssstyle, which jsdom ships, decides it: checked on every style attribute of the corpus and peer
// pages, and on the CSSOM rules that decide it. Where they differ, cssstyle has lost the whole
// attribute (an empty declaration `;;`, a shorthand its grammar rejects) while a browser keeps every
// declaration it can read: there the stand-in is the one that agrees with the extension.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
// @ts-expect-error cssstyle ships no types
import { CSSStyleDeclaration as Cssstyle } from 'cssstyle';
import { describe, expect, it } from 'vitest';
import { CSSStyleDeclaration } from '../../../lib/cli/inline-style-declaration';

const shared = resolve(__dirname, '../../../../shared');

function pages(): string[] {
  const out: string[] = [];
  const corpus = join(shared, 'corpus');
  for (const f of readdirSync(corpus)) if (f.endsWith('.html')) out.push(readFileSync(join(corpus, f), 'utf8'));
  const readability = join(shared, 'peers/readability-test-pages');
  for (const d of readdirSync(readability)) {
    try {
      out.push(readFileSync(join(readability, d, 'source.html'), 'utf8'));
    } catch {
      // a folder without a page
    }
  }
  const bench = join(shared, 'peers/article-extraction-benchmark/html');
  for (const f of readdirSync(bench)) if (f.endsWith('.gz')) out.push(gunzipSync(readFileSync(join(bench, f))).toString('utf8'));
  return out;
}

const ENTITIES: Record<string, string> = { quot: '"', amp: '&', apos: "'", lt: '<', gt: '>', nbsp: '\u00a0' };
const decode = (s: string) => s.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (m, e: string) => (e[0] === '#' ? String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1))) : (ENTITIES[e.toLowerCase()] ?? m)));

function styleAttributes(): string[] {
  const seen = new Set<string>();
  for (const html of pages()) for (const m of html.matchAll(/\sstyle\s*=\s*("([^"]*)"|'([^']*)')/gi)) seen.add(decode(m[2] ?? m[3]));
  return [...seen];
}

const hidden = (s: { display: string; visibility: string }) => ({ displayNone: s.display === 'none', visibilityHidden: s.visibility === 'hidden' });

describe('inline style declaration', () => {
  it('decides display:none and visibility:hidden as cssstyle does on every style attribute of the real pages', () => {
    const styles = styleAttributes();
    expect(styles.length).toBeGreaterThan(1000);
    const differ: string[] = [];
    let hiddenCount = 0;
    let cssstyleLostAll = 0;
    for (const text of styles) {
      const ours = new CSSStyleDeclaration();
      ours.cssText = text;
      const theirs = new Cssstyle();
      theirs.cssText = text;
      const a = hidden(ours as unknown as { display: string; visibility: string });
      const b = hidden(theirs);
      if (a.displayNone || a.visibilityHidden) hiddenCount++;
      if (a.displayNone === b.displayNone && a.visibilityHidden === b.visibilityHidden) continue;
      if (theirs.length === 0) cssstyleLostAll++;
      else differ.push(`${JSON.stringify(text)}: ours ${JSON.stringify(a)}, cssstyle ${JSON.stringify(b)}`);
    }
    expect(hiddenCount).toBeGreaterThan(50);
    expect(differ).toEqual([]);
    // Measured: 4 of the attributes; more would mean cssstyle and this stand-in drifted apart.
    expect(cssstyleLostAll).toBeLessThanOrEqual(10);
  });

  it('follows the CSSOM: last declaration wins unless an earlier one is important, names and keywords fold case, junk is dropped', () => {
    const s = new CSSStyleDeclaration() as CSSStyleDeclaration & Record<string, string>;
    s.cssText = 'DISPLAY: NONE; display: block';
    expect(s.display).toBe('block');
    s.cssText = 'display: none !important; display: block; color: Red';
    expect(s.display).toBe('none');
    expect(s.getPropertyPriority('display')).toBe('important');
    expect(s.color).toBe('red');
    s.cssText = 'background: url("a;b.png"); /* display: none; */ visibility : hidden ; : x; width; --Custom: A';
    expect(s.getPropertyValue('background')).toBe('url("a;b.png")');
    expect(s.display).toBe('');
    expect(s.visibility).toBe('hidden');
    expect(s.getPropertyValue('--Custom')).toBe('A');
    expect(s.length).toBe(3);
    expect([s.item(0), s.item(1), s.item(2), s.item(3)]).toEqual(['background', 'visibility', '--Custom', '']);
    expect(s.cssText).toBe('background: url("a;b.png"); visibility: hidden; --Custom: A;');
  });

  it('tells its element when a script changes it, and reads back what was set', () => {
    const changes: string[] = [];
    const s = new CSSStyleDeclaration((css) => changes.push(css)) as CSSStyleDeclaration & Record<string, string>;
    s.display = 'none';
    s.setProperty('margin-top', '4px', 'important');
    s.removeProperty('display');
    s.cssFloat = 'left';
    expect(changes).toEqual(['display: none;', 'display: none; margin-top: 4px !important;', 'margin-top: 4px !important;', 'margin-top: 4px !important; float: left;']);
    expect(s.marginTop).toBe('4px');
    expect(s.cssFloat).toBe('left');
    expect(Array.prototype.slice.call(s)).toEqual(['margin-top', 'float']);
  });

  it('reads a hostile attribute in linear time', () => {
    const opens = '/*'.repeat(200_000);
    const bangs = `display:${'! '.repeat(200_000)}none`;
    for (const text of [opens, bangs, `a:${'('.repeat(200_000)};display:none`, `${'"'.repeat(200_001)};display:none`]) {
      const started = performance.now();
      const s = new CSSStyleDeclaration();
      s.cssText = text;
      expect(performance.now() - started).toBeLessThan(1000);
    }
  });
});
