// Pages the extension cannot or should not capture: the popup says so in words (data-state=error,
// a message naming the reason), offers no Save, and nothing reaches the collection.
import { describe, expect, it } from 'vitest';
import { tid } from './harness';
import { useBrowserAndServer } from './suite';

describe('unscriptable and article-less pages', () => {
  const suite = useBrowserAndServer();

  const cases: [string, () => string, RegExp][] = [
    ['a browser page (chrome://version)', () => 'chrome://version', /^Browser pages \(chrome:\/\/\) cannot be captured/],
    ['an empty tab (about:blank)', () => 'about:blank', /^The browser does not let extensions read this tab: it is empty/],
    ['a page with no article (a sign-in form)', () => suite.server.pageUrl('no-article.html'), /No article was found on this page \("Embassy of Examplestan — Sign in"\)/],
  ];

  for (const [what, url, message] of cases) {
    it(`${what}: the popup shows why and saves nothing`, async () => {
      await suite.browser.goto(url());
      const popup = await suite.browser.clickToolbarButton();
      await popup.waitForState('error');
      expect(await popup.text(tid('error'))).toMatch(message);
      expect(await popup.text(tid('status'))).toBe('Nothing was saved.');
      expect(await popup.exists(tid('save'))).toBe(false);
      expect(await popup.exists(tid('field-title'))).toBe(false);
      expect(await suite.browser.storedRecords()).toEqual([]);
    });
  }
});
