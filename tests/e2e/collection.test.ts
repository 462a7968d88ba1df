// The popup's collection view over three records saved through the popup. Export lands as a real
// download (caught through the browser's own download events, Browser.setDownloadBehavior): the JSON
// file parses against the collection schema and holds exactly the stored records; the CSV has its
// byte-order mark and one row per record. Search narrows the list; delete removes from storage and
// undo puts the same record back; opening a row shows it in the review form.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CollectionFileSchema } from '../../lib/export/json-export';
import { launchChromium, startServer, tid, type ExtensionBrowser, type PageServer } from './harness';

const STEMS = ['cn-eu-2025-09-07-symposium-anti-fascist-war', 'us-state-2023-02-10-blinken-colonna-call', 'de-diplo-malabo-2018-07-06-eu-praesidentschaft-uebergabe'];
const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);

describe('collection view: export, search, delete and undo, open', () => {
  let server: PageServer;
  let browser: ExtensionBrowser;
  let downloads: string;
  beforeAll(async () => {
    downloads = mkdtempSync(join(tmpdir(), 'communique-downloads-'));
    server = await startServer();
    browser = await launchChromium({ downloadsDir: downloads });
    // Three records saved through the popup, as a user would.
    for (const stem of STEMS) {
      await browser.goto(server.corpusUrl(stem));
      const popup = await browser.clickToolbarButton();
      await popup.waitForState('ready');
      await popup.click(tid('save'));
      await popup.waitForState('saved');
    }
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (downloads) rmSync(downloads, { recursive: true, force: true });
  });

  async function collection() {
    const popup = await browser.clickToolbarButton();
    await popup.waitForState('ready');
    await popup.click(tid('tab-collection'));
    await popup.waitFor(`document.querySelector('[data-testid="collection-count"]')?.textContent === '${STEMS.length} records'`, `the collection count to read "${STEMS.length} records"`);
    return popup;
  }

  it('Export JSON downloads a file that parses and holds every stored record', async () => {
    const stored = (await browser.storedRecords()).sort(byId);
    expect(stored.map((r) => r.source.url).sort()).toEqual(STEMS.map((s) => server.corpusUrl(s)).sort());
    const popup = await collection();
    const file = await browser.download(() => popup.click(tid('export-json')));
    expect(file.suggestedFilename).toMatch(/^communique-\d{4}-\d{2}-\d{2}\.json$/);
    const parsed = CollectionFileSchema.parse(JSON.parse(file.bytes.toString('utf8')));
    expect(parsed.records).toHaveLength(STEMS.length);
    expect([...parsed.records].sort(byId)).toEqual(stored);
    expect(await popup.text(tid('collection-message'))).toBe(`Exported ${STEMS.length} records as ${file.suggestedFilename}.`);
  });

  it('Export CSV downloads a UTF-8 file with a byte-order mark and one row per record', async () => {
    const stored = await browser.storedRecords();
    const popup = await collection();
    const file = await browser.download(() => popup.click(tid('export-csv')));
    expect(file.suggestedFilename).toMatch(/^communique-\d{4}-\d{2}-\d{2}\.csv$/);
    expect([...file.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = Papa.parse<Record<string, string>>(file.bytes.toString('utf8').slice(1), { header: true, skipEmptyLines: true });
    expect(rows.errors).toEqual([]);
    expect(rows.data.map((r) => r.id).sort()).toEqual(stored.map((r) => r.id).sort());
    for (const row of rows.data) expect(row.title).toBe(stored.find((r) => r.id === row.id)!.title);
  });

  const rowIds = (popup: Awaited<ReturnType<typeof collection>>) =>
    popup.evaluate<string[]>(`[...document.querySelectorAll('[data-testid="collection-row"]')].map((r) => r.getAttribute('data-record-id'))`);

  it('search by a title narrows the list to that record, and clearing it shows all again', async () => {
    const stored = await browser.storedRecords();
    const target = stored.find((r) => r.source.url === server.corpusUrl(STEMS[0]))!;
    const popup = await collection();
    await popup.fill(tid('search'), target.title);
    await popup.waitFor(`document.querySelectorAll('[data-testid="collection-row"]').length === 1`, 'one row for the searched title');
    expect(await rowIds(popup)).toEqual([target.id]);
    expect(await popup.text(tid('collection-count'))).toBe('1 record');
    await popup.fill(tid('search'), '');
    await popup.waitFor(`document.querySelectorAll('[data-testid="collection-row"]').length === ${STEMS.length}`, 'all rows back');
  });

  it('delete removes the record from storage; undo restores the same record', async () => {
    const before = (await browser.storedRecords()).sort(byId);
    const popup = await collection();
    const [victim] = await rowIds(popup);
    await popup.click(tid('delete'), 0);
    await popup.waitFor(`!document.querySelector('[data-record-id="${victim}"]')`, 'the deleted row to go');
    expect(await popup.text(tid('collection-count'))).toBe(`${STEMS.length - 1} records`);
    expect((await browser.storedRecords()).map((r) => r.id)).not.toContain(victim);
    expect(await browser.storedRecords()).toHaveLength(STEMS.length - 1);

    await popup.click(tid('undo'));
    await popup.waitFor(`!!document.querySelector('[data-record-id="${victim}"]')`, 'the row to come back after undo');
    expect((await browser.storedRecords()).sort(byId)).toEqual(before);
  });

  it('opening a row shows that record in the review form', async () => {
    const stored = await browser.storedRecords();
    const popup = await collection();
    const [id] = await rowIds(popup);
    await popup.click(tid('collection-open'), 0);
    await popup.waitFor(`!!document.querySelector('[data-testid="field-title"]')`, 'the review form');
    expect(await popup.value(tid('field-title'))).toBe(stored.find((r) => r.id === id)!.title);
  });
});
