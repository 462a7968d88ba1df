// The record Chromium makes of a corpus page (capture script injected by the real extension after a
// real toolbar click, normalised in its service worker) equals the CLI's record of the same file on
// jsdom, field for field, except the identity and clock fields (id, source.capturedAt,
// review.updatedAt). A difference would mean lib/capture reads the two DOMs differently.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractFile } from '../../lib/cli/communique-cli';
import type { EventRecord } from '../../lib/record-schema';
import { CORPUS_DIR, corpusStems, launchChromium, startServer, type ExtensionBrowser, type PageServer } from './harness';

/** Paths where two JSON values differ, with both values, for a readable failure. */
function differences(a: unknown, b: unknown, path = 'record'): string[] {
  if (JSON.stringify(a) === JSON.stringify(b)) return [];
  if (a && b && typeof a === 'object' && typeof b === 'object' && Array.isArray(a) === Array.isArray(b)) {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    return [...keys].flatMap((k) => differences((a as any)[k], (b as any)[k], Array.isArray(a) ? `${path}[${k}]` : `${path}.${k}`));
  }
  return [`${path}: chromium ${JSON.stringify(a)?.slice(0, 400)} ≠ cli ${JSON.stringify(b)?.slice(0, 400)}`];
}

function withoutClockFields(r: EventRecord) {
  return { ...r, id: '-', source: { ...r.source, capturedAt: '-' }, review: { ...r.review, updatedAt: '-' } };
}

describe('Chromium capture ≡ CLI extractFile, on every corpus page', () => {
  let server: PageServer;
  let browser: ExtensionBrowser;
  beforeAll(async () => {
    server = await startServer();
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const stems = corpusStems();
  it('has corpus pages to compare', () => {
    expect(stems.length).toBeGreaterThanOrEqual(20);
  });

  for (const stem of stems) {
    it(stem, async () => {
      const url = server.corpusUrl(stem);
      await browser.goto(url);
      const popup = await browser.clickToolbarButton();
      // The same message the popup sends on opening, sent from the popup's own context.
      const reply = await popup.request<{ record: EventRecord; status: string }>('captureTab', { tabId: await popup.activeTabId() });
      if (!reply.ok) throw new Error(`captureTab failed on ${url}: ${reply.error.code}: ${reply.error.message}`);
      const chromium = reply.value.record;
      expect(chromium.source.url).toBe(url);
      expect(chromium.text.length).toBeGreaterThan(80);
      // Same clock for both, so a date read relative to "now" (a year-less date) is read alike.
      const cli = extractFile(join(CORPUS_DIR, `${stem}.html`), { url, now: new Date(chromium.source.capturedAt) });
      expect(differences(withoutClockFields(chromium), withoutClockFields(cli))).toEqual([]);
    });
  }
});
