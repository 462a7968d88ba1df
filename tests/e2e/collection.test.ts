// The collection page in real Chromium: opened from the popup, sorted, filtered and searched, a record
// edited in the shared editor and saved, bulk tag + delete + undo, one person merged across two
// captures, a bad import refused with nothing changed, a good one with a conflict kept as a version,
// and the keyboard. Records are seeded through the worker's own saveRecord message.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, startServer, tid, waitUntil, type ExtensionBrowser, type PageServer } from './harness';
import { attachExtensionPage, openExtensionPage, waitForPageTarget, type ExtensionPage } from './extension-page';

type Rec = Record<string, any>;

function record(id: string, o: { title: string; publisher: string; start: string | null; published: string; type: string; country: string | null; people?: string[]; text?: string; tags?: string[] }): Rec {
  const at = `2025-06-0${id.charCodeAt(0) % 9 || 1}T10:00:00.000Z`;
  const url = `https://embassy.example/news/${id}.html`;
  return {
    schemaVersion: 2,
    id,
    title: o.title,
    summary: '',
    text: o.text ?? `${o.title}. A generated press release for the collection test.`,
    source: { url, canonicalUrl: url, siteName: o.publisher, publisher: o.publisher, lang: 'en', publishedDate: o.published, capturedAt: at },
    event: {
      type: o.type,
      label: null,
      start: o.start,
      end: null,
      location: { venue: null, city: null, country: o.country },
      host: null,
      participants: (o.people ?? []).map((name) => ({ name, title: null, position: null, affiliation: null, role: 'attendee' })),
      organizations: [],
      topics: [],
      occasion: null,
    },
    evidence: {},
    review: { status: 'unreviewed', tags: o.tags ?? [], notes: '', updatedAt: at },
    provenance: { extractor: 'e2e', adapter: null, fields: {}, confidence: {} },
  };
}

const A = record('a', { title: 'Ambassador Hao Lin meets the Mayor of Ghent', publisher: 'Embassy of China in Belgium', start: '2024-03-12', published: '2024-03-13', type: 'meeting', country: 'BE', people: ['Ambassador Hao Lin', 'Mathias De Clercq'], text: 'Ambassador Hao Lin visited Ghent harbour and met the Mayor.' });
const B = record('b', { title: 'Reception for National Day', publisher: 'Mission of China to the EU', start: '2024-10-01', published: '2024-10-02', type: 'reception', country: 'BE', people: ['H.E. HAO Lin'], text: 'Guests watched fireworks over the residence.' });
const C = record('c', { title: 'Minister visits Tokyo', publisher: 'Embassy of Japan', start: '2023-05-02', published: '2023-05-03', type: 'visit', country: 'JP', people: ['Taro Yamada'] });
const D = record('d', { title: 'Phone call with counterpart', publisher: 'Embassy of Japan', start: null, published: '2022-01-01', type: 'call', country: null });
const E = record('e', { title: 'Signing of a memorandum on culture', publisher: 'Embassy of France', start: '2025-01-15', published: '2025-01-16', type: 'signing', country: 'FR', tags: ['culture'] });
const SEED = [A, B, C, D, E];

describe('the collection page', () => {
  let server: PageServer;
  let browser: ExtensionBrowser;
  let page: ExtensionPage;
  let files: string;

  const rowIds = () => page.evaluate<string[]>(`[...document.querySelectorAll('[data-testid="collection-row"]')].sort((a, b) => a.dataset.index - b.dataset.index).map((r) => r.dataset.recordId)`);
  const count = () => page.text(tid('collection-count'));
  const waitCount = (text: string) => page.waitFor(`document.querySelector('[data-testid="collection-count"]')?.textContent === ${JSON.stringify(text)}`, `the count to read "${text}"`);
  const stored = async () => Object.fromEntries((await browser.storedRecords()).map((r) => [r.id, r]));
  const setValue = (selector: string, value: string) =>
    page.evaluate(`(() => { const el = document.querySelector(${JSON.stringify(selector)}); el.value = ${JSON.stringify(value)}; el.dispatchEvent(new Event('input', { bubbles: true })); })()`);
  const blur = () => page.evaluate(`document.activeElement?.blur()`);

  beforeAll(async () => {
    files = mkdtempSync(join(tmpdir(), 'communique-import-'));
    server = await startServer();
    browser = await launchChromium();
    page = await openExtensionPage(browser, 'collection.html', `!!document.querySelector('[data-testid="collection-count"]')`);
    for (const r of SEED) {
      const reply = await page.request('saveRecord', { record: r });
      if (!reply.ok) throw new Error(`seeding ${r.id}: ${reply.error.message}`);
    }
    // The worker announces its writes: the open page refreshes by itself.
    await waitCount('5 records');
  });
  afterAll(async () => {
    await page?.closeTab();
    await browser?.close();
    await server?.close();
    if (files) rmSync(files, { recursive: true, force: true });
  });

  it('opens from the popup’s "Open collection" button', async () => {
    await browser.goto(server.pageUrl('no-article.html'));
    const popup = await browser.clickToolbarButton();
    await popup.waitForState(['ready', 'error']);
    const before = new Set((await browser.targets()).map((t) => t.targetId));
    await popup.click(tid('open-collection'));
    const target = await waitForPageTarget(browser, `chrome-extension://${browser.extensionId}/collection.html`, before);
    const opened = await attachExtensionPage(browser, target.targetId, target.url, `document.querySelector('[data-testid="collection-count"]')?.textContent === '5 records'`);
    expect(await opened.count(tid('collection-row'))).toBe(5);
    await opened.closeTab();
  });

  it('lists every record newest event first, and sorts by publisher and back', async () => {
    expect(await rowIds()).toEqual(['e', 'b', 'a', 'c', 'd']);
    await page.click(tid('sort-publisher'));
    await page.waitFor(`document.querySelector('[aria-sort]')?.textContent.includes('Publisher')`, 'the publisher sort');
    // Ties (two Embassy of Japan records) fall back to the newest capture.
    const byPublisher = await rowIds();
    expect(byPublisher[0]).toBe('a');
    expect(byPublisher[1]).toBe('e');
    expect(new Set(byPublisher.slice(2, 4))).toEqual(new Set(['c', 'd']));
    expect(byPublisher[4]).toBe('b');
    await page.click(tid('sort-publisher'));
    expect((await rowIds())[0]).toBe('b');
    await page.click(tid('sort-eventDate'));
    expect(await rowIds()).toEqual(['e', 'b', 'a', 'c', 'd']);
  });

  it('filters by type, country, date range and review status, and searches the text', async () => {
    await page.select(tid('filter-type'), 'visit');
    await waitCount('1 of 5 records');
    expect(await rowIds()).toEqual(['c']);
    await page.select(tid('filter-type'), '');
    await page.select(tid('filter-country'), 'BE');
    await waitCount('2 of 5 records');
    expect(await rowIds()).toEqual(['b', 'a']);
    await page.select(tid('filter-country'), '');
    await setValue(tid('filter-from'), '2024-06-01');
    await waitCount('2 of 5 records');
    expect(await rowIds()).toEqual(['e', 'b']);
    await setValue(tid('filter-from'), '');
    // "fireworks" is only in the article text, not in any listed field.
    await page.fill(tid('search'), 'FIREWORKS');
    await waitCount('1 of 5 records');
    expect(await rowIds()).toEqual(['b']);
    await page.fill(tid('search'), 'hao lin');
    await waitCount('2 of 5 records');
    await page.fill(tid('search'), 'nothing like this');
    await page.waitFor(`!!document.querySelector('[data-testid="no-match"]')`, 'the no-match message');
    await page.click(tid('clear-filters'));
    await waitCount('5 records');
  });

  it('opens a record in the shared review form, saves an edit and marks it reviewed', async () => {
    await page.click(`[data-record-id="c"] [data-testid="row-open"]`);
    await page.waitFor(`document.querySelector('[data-testid="editor"]')?.dataset.recordId === 'c' && !!document.querySelector('[data-testid="field-title"]')`, 'the editor with record c');
    expect(await page.value(tid('field-title'))).toBe(C.title);
    expect(await page.value(tid('participant-name'), 0)).toBe('Taro Yamada');
    await page.fill(tid('field-title'), 'Minister visits Tokyo and Osaka');
    await page.click(tid('save'));
    await page.waitFor(`document.querySelector('[data-testid="editor-status"]')?.textContent === 'Saved.'`, 'the editor to say Saved.');
    expect((await stored()).c.title).toBe('Minister visits Tokyo and Osaka');
    expect((await stored()).c.provenance.fields.title).toBe('user');
    await page.waitFor(`document.querySelector('[data-record-id="c"] [data-testid="row-open"]')?.textContent === 'Minister visits Tokyo and Osaka'`, 'the row to show the new title');
    await page.click(tid('mark-reviewed'));
    await page.waitFor(`document.querySelector('[data-testid="editor-review-status"]')?.textContent === 'reviewed'`, 'the reviewed badge');
    expect((await stored()).c.review.status).toBe('reviewed');
    await page.click(tid('close-editor'));
    expect(await page.exists(tid('editor'))).toBe(false);
  });

  it('tags and deletes a selection in bulk, and undo brings both records back', async () => {
    await page.click(`[data-record-id="a"] [data-testid="row-select"]`);
    await page.click(`[data-record-id="d"] [data-testid="row-select"]`);
    expect(await page.text(tid('selection-count'))).toBe('2 selected');
    await page.fill(tid('bulk-tag'), 'follow-up');
    await page.click(tid('bulk-tag-apply'));
    await page.waitFor(`document.querySelector('[data-testid="collection-message"]')?.textContent === 'Tagged 2 records “follow-up”.'`, 'the tag message');
    let now = await stored();
    expect(now.a.review.tags).toEqual(['follow-up']);
    expect(now.d.review.tags).toEqual(['follow-up']);
    expect(now.e.review.tags).toEqual(['culture']);

    await page.click(tid('bulk-delete'));
    await waitCount('3 records');
    expect(Object.keys(await stored()).sort()).toEqual(['b', 'c', 'e']);
    expect(await page.text(tid('undo-message'))).toBe('Deleted 2 records.');
    await page.click(tid('undo'));
    await waitCount('5 records');
    now = await stored();
    expect(Object.keys(now).sort()).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(now.a.review.tags).toEqual(['follow-up']);
    expect(now.a.title).toBe(A.title);
  });

  it('merges one person across two captures in the people view and filters the table to them', async () => {
    await page.click(tid('view-people'));
    await page.waitFor(`!!document.querySelector('[data-testid="people-view"]')`, 'the people view');
    await page.fill(tid('group-search'), 'hao');
    await page.waitFor(`document.querySelectorAll('[data-testid="group-row"]').length === 1`, 'one person matching "hao"');
    expect(await page.text(tid('group-event-count'))).toBe('2 events');
    expect(await page.text(tid('group-variants'))).toContain('HAO Lin');
    await page.click(tid('group-open'));
    const events = await page.evaluate<string[]>(`[...document.querySelectorAll('[data-testid="group-event"]')].map((e) => e.dataset.recordId)`);
    expect(events).toEqual(['b', 'a']);
    await page.click(tid('group-filter'));
    await waitCount('2 of 5 records');
    expect(await rowIds()).toEqual(['b', 'a']);
    expect(await page.text(tid('filter-person'))).toContain('Hao Lin');
    await page.click(tid('clear-filters'));
    await waitCount('5 records');
  });

  it('refuses a bad import file with the first problems named, and changes nothing', async () => {
    const before = await stored();
    const bad: Rec = { ...structuredClone(E), id: 'f', source: { ...E.source, url: 'https://embassy.example/f', canonicalUrl: 'https://embassy.example/f' } };
    bad.event.start = '2025-02-30';
    const path = join(files, 'bad.ndjson');
    writeFileSync(path, `${JSON.stringify(structuredClone(A))}\n${JSON.stringify(bad)}\n`);
    await page.setInputFile(tid('import-file'), path);
    const text = await page.waitFor<string>(`document.querySelector('[data-testid="import-message"]')?.textContent`, 'the import message');
    expect(text).toContain('“bad.ndjson” was not imported; nothing was changed.');
    expect(text).toContain('line 2, event.start');
    expect(text).toContain('calendar');
    expect(await stored()).toEqual(before);
    expect(await count()).toBe('5 records');
  });

  it('imports a good file: new records added, a differing copy of a page kept as a version on request', async () => {
    const theirs = { ...structuredClone(A), id: 'a-from-elsewhere', title: 'Hao Lin and the Mayor (their copy)' };
    const fresh = record('g', { title: 'Exhibition opening in Reykjavik', publisher: 'Embassy of China in Iceland', start: '2019-10-11', published: '2019-10-12', type: 'exhibition', country: 'IS' });
    const path = join(files, 'good.json');
    // B exactly as stored (the worker stamped its updatedAt), as a re-imported export has it.
    writeFileSync(path, JSON.stringify({ format: 'communique-collection', records: [fresh, theirs, (await stored()).b] }));
    await page.setInputFile(tid('import-file'), path);
    await page.waitFor(`!!document.querySelector('[data-testid="import-panel"]')`, 'the conflict panel');
    expect(await page.text(tid('import-summary'))).toContain('1 new, 1 already in your collection unchanged, 1 differing');
    expect(await page.attribute(tid('conflict'), 'data-record-id')).toBe('a');
    // Nothing is written before the choice.
    expect(Object.keys(await stored())).toHaveLength(5);
    await page.select(tid('conflict-choice'), 'both');
    await page.click(tid('import-confirm'));
    const message = await page.waitFor<string>(`document.querySelector('[data-testid="import-message"]')?.textContent`, 'the import result');
    expect(message).toBe('Imported: 1 added, 0 replaced, 1 kept as versions, 0 kept as yours, 1 already there.');
    await waitCount('6 records');
    const now = await stored();
    expect(now.a.title).toBe(A.title);
    expect(now.g.title).toBe(fresh.title);
    expect(now['a-from-elsewhere']).toBeUndefined();
    // The version is listed with the record and can be made current.
    await page.waitFor(`document.querySelector('[data-record-id="a"] .pill')?.textContent === '+1'`, 'the +1 version pill on record a');
    await page.click(`[data-record-id="a"] [data-testid="row-open"]`);
    await page.waitFor(`document.querySelectorAll('[data-testid="version"]').length === 1`, 'one kept version in the editor');
    await page.evaluate(`document.querySelector('[data-testid="versions"]').open = true`);
    await page.click(tid('promote-version'));
    await page.waitFor(`document.querySelector('[data-testid="field-title"]')?.value === ${JSON.stringify(theirs.title)}`, 'their copy in the form');
    expect((await stored()).a.title).toBe(theirs.title);
    await page.click(tid('close-editor'));
  });

  it('is driven by the keyboard: / searches, Esc leaves, j/k move, Enter opens, Esc closes', async () => {
    // Keys go to the focused tab, as a user's would.
    await page.cdp.send('Page.bringToFront');
    await blur();
    await page.press('/', 'Slash', 191);
    await page.waitFor(`document.activeElement?.dataset.testid === 'search'`, 'the search field to take the focus');
    expect(await page.value(tid('search'))).toBe('');
    await page.press('Escape', 'Escape', 27);
    await page.waitFor(`document.activeElement === document.body`, 'the focus to leave the search field');
    const cursorId = () => page.evaluate<string | null>(`document.querySelector('[aria-current="true"]')?.dataset.recordId ?? null`);
    const order = await rowIds();
    await page.press('Home', 'Home', 36);
    await waitUntil(async () => (await cursorId()) === order[0], `the cursor on the first row (${order[0]})`);
    await page.press('j', 'KeyJ', 74);
    await page.press('ArrowDown', 'ArrowDown', 40);
    await waitUntil(async () => (await cursorId()) === order[2], `the cursor on the third row (${order[2]})`, { describe: async () => `cursor on ${await cursorId()}` });
    await page.press('k', 'KeyK', 75);
    await waitUntil(async () => (await cursorId()) === order[1], `the cursor on the second row (${order[1]})`, { describe: async () => `cursor on ${await cursorId()}, order ${order}` });
    await page.press('Enter', 'Enter', 13);
    await page.waitFor(`document.querySelector('[data-testid="editor"]')?.dataset.recordId === ${JSON.stringify(order[1])}`, 'the editor on the second row');
    // Esc inside a form field still closes the editor.
    await page.click(tid('field-title'));
    await page.press('Escape', 'Escape', 27);
    await page.waitFor(`!document.querySelector('[data-testid="editor"]')`, 'the editor to close');
  });
});
