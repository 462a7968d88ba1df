// Pages the extension cannot or should not capture: the popup says so in words (data-state=error,
// a message naming the reason), offers no Save, and nothing reaches the collection.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, startServer, tid, type ExtensionBrowser, type PageServer } from './harness';

describe('unscriptable and article-less pages', () => {
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

  const cases: [string, () => string, RegExp][] = [
    ['a browser page (chrome://version)', () => 'chrome://version', /^Browser pages \(chrome:\/\/\) cannot be captured/],
    ['an empty tab (about:blank)', () => 'about:blank', /^The browser does not let extensions read this tab: it is empty/],
    ['a page with no article (a sign-in form)', () => server.pageUrl('no-article.html'), /No article was found on this page \("Embassy of Examplestan — Sign in"\)/],
  ];

  for (const [what, url, message] of cases) {
    it(`${what}: the popup shows why and saves nothing`, async () => {
      await browser.goto(url());
      const popup = await browser.clickToolbarButton();
      await popup.waitForState('error');
      expect(await popup.text(tid('error'))).toMatch(message);
      expect(await popup.text(tid('status'))).toBe('Nothing was saved.');
      expect(await popup.exists(tid('save'))).toBe(false);
      expect(await popup.exists(tid('field-title'))).toBe(false);
      expect(await browser.storedRecords()).toEqual([]);
    });
  }
});
