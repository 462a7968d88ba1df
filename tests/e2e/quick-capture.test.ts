// The keyboard command saves without opening the popup and reports on the toolbar badge.
// The key press is real: raw Input.dispatchKeyEvent (rawKeyDown Alt, Shift, E) on the page reaches
// Chromium's accelerator handling and fires the extension's `quick-capture` command, with the
// activeTab grant a command carries. (Checked: without the key press the worker cannot even read
// the tab's URL; Playwright's keyboard.press, which sends `keyDown` with text, does not fire it.)
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractFile } from '../../lib/cli/communique-cli';
import { CORPUS_DIR, launchChromium, startServer, tid, waitUntil, type ExtensionBrowser, type PageServer } from './harness';

const STEM = 'cn-eu-2025-09-07-symposium-anti-fascist-war';

describe('quick-capture command (Alt+Shift+E)', () => {
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

  const badgeIs = (text: string) =>
    waitUntil(async () => ((await browser.badge()).text === text ? browser.badge() : undefined), `the toolbar badge to read "${text}"`, {
      timeoutMs: 10_000,
      describe: async () => `badge: ${JSON.stringify(await browser.badge())}`,
    });

  it('saves the page silently and shows ✓ on the badge; pressing it again updates, never duplicates', async () => {
    const url = server.corpusUrl(STEM);
    await browser.goto(url);
    expect(await browser.storedRecords()).toEqual([]);
    expect((await browser.badge()).text).toBe('');

    await browser.pressQuickCaptureShortcut();
    const badge = await badgeIs('✓');
    const records = await browser.storedRecords();
    expect(records).toHaveLength(1);
    const expected = extractFile(join(CORPUS_DIR, `${STEM}.html`), { url });
    expect(records[0].source.url).toBe(url);
    expect(records[0].title).toBe(expected.title);
    expect(records[0].event.participants).toEqual(expected.event.participants);
    expect(badge.title).toBe(`Communiqué — Saved: ${expected.title}`);
    // Silently: no popup was opened.
    expect(await browser.popupTargets()).toEqual([]);

    // Second press: the command reports "Updated" and the collection still holds one record.
    await browser.pressQuickCaptureShortcut();
    await waitUntil(async () => (await browser.badge()).title.startsWith('Communiqué — Updated: '), 'the badge tooltip to say Updated', {
      describe: async () => `badge: ${JSON.stringify(await browser.badge())}`,
    });
    const after = await browser.storedRecords();
    expect(after).toHaveLength(1);
    expect(after[0].id).toBe(records[0].id);

    // The popup opened afterwards finds the page in the collection.
    const popup = await browser.clickToolbarButton();
    await popup.waitForState('ready');
    expect(await popup.exists(tid('already-captured'))).toBe(true);
    expect(await popup.value(tid('field-title'))).toBe(expected.title);
  });

  it('on a page with no article saves nothing and shows "!" with the reason', async () => {
    await browser.goto(server.pageUrl('no-article.html'));
    const before = await browser.storedRecords();
    await browser.pressQuickCaptureShortcut();
    const badge = await badgeIs('!');
    expect(badge.title).toMatch(/^Communiqué — not captured: No article was found on this page/);
    expect(await browser.storedRecords()).toEqual(before);
  });
});
