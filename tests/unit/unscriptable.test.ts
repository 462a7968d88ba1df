import { describe, expect, it } from 'vitest';
import { whyUnscriptable } from '@/lib/background/unscriptable';

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
