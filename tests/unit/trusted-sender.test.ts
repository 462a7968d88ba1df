import { describe, expect, it } from 'vitest';
import { isTrustedSender } from '@/lib/background/trusted-sender';

const ID = 'abcdefghijklmnopabcdefghijklmnop';
const BASE = `chrome-extension://${ID}/`;

describe('isTrustedSender', () => {
  it('accepts the popup and the collection page', () => {
    expect(isTrustedSender({ id: ID, url: `${BASE}popup.html`, origin: `chrome-extension://${ID}` }, ID, BASE)).toBe(true);
    expect(isTrustedSender({ id: ID, url: `${BASE}collection.html#x` }, ID, BASE)).toBe(true);
  });
  it.each([
    ['a content script in a web page', { id: ID, url: 'https://evil.example/page', origin: 'https://evil.example', tab: { id: 3 } }],
    ['another extension', { id: 'zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz', url: `chrome-extension://zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz/p.html` }],
    ['a sender with no URL', { id: ID }],
    ['a look-alike URL', { id: ID, url: `chrome-extension://${ID}.evil.example/popup.html` }],
    ['a forged origin', { id: ID, url: `${BASE}popup.html`, origin: 'https://evil.example' }],
  ])('refuses %s', (_, sender) => {
    expect(isTrustedSender(sender, ID, BASE)).toBe(false);
  });
});
