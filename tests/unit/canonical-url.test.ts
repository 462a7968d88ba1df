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
  it('returns an unparseable URL unchanged', () => {
    expect(canonicalUrlOf('not a url', null)).toBe('not a url');
  });
});
