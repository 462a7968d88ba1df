// Export from the popup's collection view lands as a real download (caught through the browser's own
// download events, Browser.setDownloadBehavior): the JSON file parses against the collection schema
// and holds exactly the stored records; the CSV has its byte-order mark and one row per record.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CollectionFileSchema } from '../../lib/export/json-export';
import { launchChromium, startServer, tid, type ExtensionBrowser, type PageServer } from './harness';

const STEMS = ['cn-eu-2025-09-07-symposium-anti-fascist-war', 'us-state-2023-02-10-blinken-colonna-call', 'de-diplo-malabo-2018-07-06-eu-praesidentschaft-uebergabe'];
const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);

describe('export from the collection view', () => {
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
});
