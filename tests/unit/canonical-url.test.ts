import { describe, expect, it } from 'vitest';
import { canonicalUrlOf } from '@/lib/canonical-url';

describe('canonicalUrlOf', () => {
  it('drops the fragment, tracking parameters and www', () => {
    expect(canonicalUrlOf('https://www.example.org/a/b.html?utm_source=x&id=3#top', null)).toBe('https://example.org/a/b.html?id=3');
  });
  it('prefers a same-site canonical link', () => {
    expect(canonicalUrlOf('https://example.org/a?print=1', 'https://example.org/a')).toBe('https://example.org/a');
  });
  it('ignores a canonical link to another site', () => {
    expect(canonicalUrlOf('https://example.org/a', 'https://cdn.other.net/a')).toBe('https://example.org/a');
  });
  it('accepts a canonical link only on the page’s own origin: another port or scheme cannot take over a page’s key', () => {
    const real = 'https://example.org/news/real.html';
    expect(canonicalUrlOf('http://example.org:8080/evil.html', real)).toBe('http://example.org:8080/evil.html');
    expect(canonicalUrlOf('http://example.org/evil.html', real)).toBe('http://example.org/evil.html');
    expect(canonicalUrlOf('https://example.org:8443/evil.html', real)).toBe('https://example.org:8443/evil.html');
    // The same origin, written with its default port or with www, is the same page.
    expect(canonicalUrlOf('https://www.example.org/news/real.html?print=1', 'https://example.org:443/news/real.html')).toBe(real);
  });
  it('returns an unparseable URL unchanged', () => {
    expect(canonicalUrlOf('not a url', null)).toBe('not a url');
  });
});
