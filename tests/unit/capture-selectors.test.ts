// The page side of site adapters: readPage takes plain selector strings, puts what they find first,
// reads the body from the adapter's element(s), and says which matched. Bad selectors from anywhere
// fall back to the generic reading. Then the worker's two-step injection that carries them.
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { injectCapture, CAPTURE_SCRIPT_FILE, type ScriptingApi } from '@/lib/background/inject-capture';
import type { PageSelectors } from '@/lib/capture/raw-capture';
import { RawCaptureSchema } from '@/lib/capture/raw-capture-schema';
import { readPage } from '@/lib/capture/read-page';
import { normalizeCapture } from '@/lib/normalize/normalize-capture';

const URL_ = 'https://mission.example/news/1.html';
const P1 = 'On 12 March 2024, Ambassador Lena Korvath met Minister Tomas Reyel in Brussels to discuss trade and student exchanges between the two countries.';
const P2 = 'The two sides agreed to hold the next round of consultations in the autumn and to widen the scholarship programme for young diplomats.';
const PAGE = `<html><head><title>Site - News</title></head><body>
  <header><h1>Mission of Examplia</h1><div class="date">Today is 01/01/2025</div></header>
  <main><div class="kicker">Press release</div><h2 class="story-title">Ambassador Korvath meets Minister Reyel</h2>
  <p class="stamp">Posted 03/12/2024</p>
  <div class="story-body"><p>${P1}</p></div><aside><a href="/a">Related: another story</a></aside>
  <div class="story-body"><p>${P2}</p></div></main>
  <footer>Copyright Examplia</footer></body></html>`;

const read = (selectors?: PageSelectors | null, html = PAGE) => readPage(new JSDOM(html, { url: URL_ }).window.document, { url: URL_, selectors });
const SELECTORS: PageSelectors = { headline: '.story-title', dateLine: '.stamp', body: '.story-body' };

describe('readPage with an adapter’s selectors', () => {
  it('puts the adapter’s headline and date line first and reads the body from every block it names', () => {
    const raw = read(SELECTORS);
    expect(raw.headlines[0]).toBe('Ambassador Korvath meets Minister Reyel');
    expect(raw.dateLines[0]).toBe('Posted 03/12/2024');
    expect(raw.article!.text).toBe(`${P1}\n\n${P2}`);
    expect(raw.adapterMatched).toEqual({ headline: true, dateLine: true, body: true });
    expect(RawCaptureSchema.safeParse(raw).success).toBe(true);
    // The generic candidates are still there, after the adapter's, without duplicates.
    expect(raw.headlines).toContain('Mission of Examplia');
    expect(raw.headlines.filter((h) => h === 'Ambassador Korvath meets Minister Reyel')).toHaveLength(1);
  });

  it('without selectors reads as before and records nothing about adapters', () => {
    const raw = read();
    expect(raw.adapterMatched).toBeUndefined();
    expect(raw.headlines[0]).toBe('Mission of Examplia');
  });

  it('keeps Readability’s text when the body element holds too little, and says so', () => {
    const raw = read({ ...SELECTORS, body: '.kicker' });
    expect(raw.adapterMatched).toEqual({ headline: true, dateLine: true, body: false });
    expect(raw.article!.text).toContain(P1);
  });

  it('ignores selectors that match nothing, are not valid CSS or are not strings', () => {
    for (const bad of [{ headline: '.nope', dateLine: '.nope', body: '.nope' }, { headline: 'h2[', dateLine: ':::', body: '<p>' }, { headline: 5, dateLine: {}, body: null }]) {
      const raw = read(bad as unknown as PageSelectors);
      expect(raw.adapterMatched).toEqual({ headline: false, dateLine: false, body: false });
      expect(raw.headlines[0]).toBe('Mission of Examplia');
      expect(raw.article!.text).toContain(P1);
    }
  });

  it('skips a date-line match with no digit and takes the next', () => {
    const raw = read({ dateLine: '.kicker, .stamp' });
    expect(raw.dateLines[0]).toBe('Posted 03/12/2024');
  });

  it('reads the body from the adapter even where Readability finds nothing', () => {
    const html = `<html><head><title>x</title></head><body><div class="story-body">${[P1, P2].map((p) => `<span>${p}</span><br>`).join('')}</div></body></html>`;
    const raw = read({ body: '.story-body' }, html);
    expect(raw.article!.text).toContain(P2);
    expect(raw.adapterMatched!.body).toBe(true);
  });

  it('lets the normaliser mark the fields the adapter produced', () => {
    const record = normalizeCapture(read(SELECTORS), { id: 'x', now: new Date('2025-01-01T00:00:00Z') });
    // mission.example has no adapter: the fields are marked, the adapter name stays unknown.
    expect(record.title).toBe('Ambassador Korvath meets Minister Reyel');
    expect(record.provenance.fields).toMatchObject({ title: 'adapter', 'source.publishedDate': 'adapter', text: 'adapter' });
    expect(record.source.publishedDate).toBe('2024-12-03');
  });

  it('reads the date line month first on a site whose adapter says so', () => {
    const url = 'https://www.state.gov/x/';
    const raw = readPage(new JSDOM(PAGE, { url }).window.document, { url, selectors: SELECTORS });
    const record = normalizeCapture(raw, { id: 'x', now: new Date('2025-01-01T00:00:00Z') });
    expect(record.source.publishedDate).toBe('2024-03-12');
    expect(record.provenance.adapter).toBe('us-state');
  });
});

describe('injectCapture', () => {
  function fakeScripting(result: unknown) {
    const calls: Parameters<ScriptingApi['executeScript']>[0][] = [];
    const world: Record<string, unknown> = {};
    const api: ScriptingApi = {
      async executeScript(injection) {
        calls.push(injection);
        if (injection.func) {
          // Run the function as the browser would, with globalThis standing for the isolated world.
          const saved = (globalThis as Record<string, unknown>).__communiqueSelectors;
          injection.func(...((injection.args ?? []) as [PageSelectors | null]));
          world.selectors = (globalThis as Record<string, unknown>).__communiqueSelectors;
          (globalThis as Record<string, unknown>).__communiqueSelectors = saved;
          return [{ result: undefined }];
        }
        return [{ result }];
      },
    };
    return { api, calls, world };
  }

  it('leaves the selectors in the page first, then runs the capture file and returns its result', async () => {
    const { api, calls, world } = fakeScripting({ ok: 1 });
    const out = await injectCapture(api, 7, SELECTORS);
    expect(out).toEqual({ ok: 1 });
    expect(calls.map((c) => (c.func ? 'func' : c.files))).toEqual(['func', [CAPTURE_SCRIPT_FILE]]);
    expect(calls.every((c) => c.target.tabId === 7)).toBe(true);
    expect(world.selectors).toEqual(SELECTORS);
  });

  it('replaces what an earlier injection left, with null on the generic path', async () => {
    const { api, world } = fakeScripting(null);
    await injectCapture(api, 7, null);
    expect(world.selectors).toBeNull();
  });
});
