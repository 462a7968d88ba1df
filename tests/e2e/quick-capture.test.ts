// The keyboard command saves without opening the popup and reports on the toolbar badge.
// The key press is real: raw Input.dispatchKeyEvent (rawKeyDown Alt, Shift, E) on the page reaches
// Chromium's accelerator handling and fires the extension's `quick-capture` command, with the
// activeTab grant a command carries. (Checked: without the key press the worker cannot even read
// the tab's URL; Playwright's keyboard.press, which sends `keyDown` with text, does not fire it.)
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractFile } from '../../lib/cli/extract-page';
import { CORPUS_DIR, tid, waitUntil } from './harness';
import { useBrowserAndServer } from './suite';

const STEM = 'cn-eu-2025-09-07-symposium-anti-fascist-war';

describe('quick-capture command (Alt+Shift+E)', () => {
  const suite = useBrowserAndServer();

  const badgeIs = (text: string) =>
    waitUntil(async () => ((await suite.browser.badge()).text === text ? suite.browser.badge() : undefined), `the toolbar badge to read "${text}"`, {
      timeoutMs: 10_000,
      describe: async () => `badge: ${JSON.stringify(await suite.browser.badge())}`,
    });

  it('saves the page silently and shows ✓ on the badge; pressing it again updates, never duplicates', async () => {
    const url = suite.server.corpusUrl(STEM);
    await suite.browser.goto(url);
    expect(await suite.browser.storedRecords()).toEqual([]);
    expect((await suite.browser.badge()).text).toBe('');

    await suite.browser.pressQuickCaptureShortcut();
    const badge = await badgeIs('✓');
    const records = await suite.browser.storedRecords();
    expect(records).toHaveLength(1);
    const expected = extractFile(join(CORPUS_DIR, `${STEM}.html`), { url });
    expect(records[0].source.url).toBe(url);
    expect(records[0].title).toBe(expected.title);
    expect(records[0].event.participants).toEqual(expected.event.participants);
    expect(badge.title).toBe(`Communiqué — Saved: ${expected.title}`);
    // Silently: no popup was opened.
    expect(await suite.browser.popupTargets()).toEqual([]);

    // Second press: the command reports "Updated" and the collection still holds one record.
    await suite.browser.pressQuickCaptureShortcut();
    await waitUntil(async () => (await suite.browser.badge()).title.startsWith('Communiqué — Updated: '), 'the badge tooltip to say Updated', {
      describe: async () => `badge: ${JSON.stringify(await suite.browser.badge())}`,
    });
    const after = await suite.browser.storedRecords();
    expect(after).toHaveLength(1);
    expect(after[0].id).toBe(records[0].id);

    // The popup opened afterwards finds the page in the collection.
    const popup = await suite.browser.clickToolbarButton();
    await popup.waitForState('ready');
    expect(await popup.exists(tid('already-captured'))).toBe(true);
    expect(await popup.value(tid('field-title'))).toBe(expected.title);
  });

  it('on a page with no article saves nothing and shows "!" with the reason', async () => {
    await suite.browser.goto(suite.server.pageUrl('no-article.html'));
    const before = await suite.browser.storedRecords();
    await suite.browser.pressQuickCaptureShortcut();
    const badge = await badgeIs('!');
    expect(badge.title).toMatch(/^Communiqué — not captured: No article was found on this page/);
    expect(await suite.browser.storedRecords()).toEqual(before);
  });
});
