import { describe, expect, it } from 'vitest';
import { explainInjectionError, whyUnscriptable } from '@/lib/background/unscriptable';

describe('whyUnscriptable', () => {
  it.each([
    ['chrome://settings/', /Browser pages/],
    ['chrome://newtab/', /empty/],
    ['about:blank', /empty/],
    ['https://chromewebstore.google.com/detail/x', /extension store/],
    ['https://chrome.google.com/webstore/detail/x', /extension store/],
    ['https://addons.mozilla.org/en-US/firefox/', /extension store/],
    ['https://example.org/report.pdf', /PDF/],
    [undefined, /no page/],
  ])('refuses %s with a plain reason', (url, reason) => {
    expect(whyUnscriptable(url)).toMatch(reason);
  });
  it.each(['https://eu.china-mission.gov.cn/eng/mh/202509/t20250907_1.htm', 'http://127.0.0.1:8080/page.html', 'https://chrome.google.com/search'])('accepts %s', (url) => {
    expect(whyUnscriptable(url)).toBeNull();
  });
});

describe('explainInjectionError when Chromium hides the URL (no tabs permission, page not covered by activeTab)', () => {
  it('names a browser page from the refusal itself', () => {
    expect(explainInjectionError(undefined, new Error('Cannot access a chrome:// URL'))).toMatch(/^Browser pages \(chrome:\/\/\) cannot be captured/);
  });
  it('says the tab is empty or not a readable page rather than "no page"', () => {
    const why = explainInjectionError(undefined, new Error('Cannot access contents of the page. Extension manifest must request permission to access the respective host.'));
    expect(why).toMatch(/does not let extensions read this tab: it is empty/);
  });
});
