// The record Chromium makes of a corpus page (capture script injected by the real extension after a
// real toolbar click, normalised in its service worker) equals the CLI's record of the same file on
// jsdom, field for field, except the identity and clock fields (id, source.capturedAt,
// review.updatedAt). A difference would mean lib/capture reads the two DOMs differently.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractFile } from '../../lib/cli/extract-page';
import type { EventRecord } from '../../lib/record-schema';
import { pageSelectorsFor } from '../../lib/normalize/site-adapters';
import { corpusCases } from '../corpus/corpus-cases';
import { CORPUS_DIR, corpusStems } from './harness';
import { useBrowserAndServer } from './suite';

// Each page is served under its real address (host mapped to the local server), so the site adapter
// for its family runs in Chromium exactly as in the CLI. Hosts on Chromium's HSTS preload list are
// forced to https, which the local server does not speak; those pages keep the 127.0.0.1 address.
// The list grows with Chromium (156 added gov.pl), so a host upgraded that is not listed here is
// caught by its TLS error and falls back to 127.0.0.1 too (see addressFor).
const HSTS_PRELOADED = /(^|\.)(state\.gov|usmission\.gov|apache\.org|gov\.pl)$/;
const realUrls = new Map(corpusCases().filter((c) => c.url).map((c) => [c.stem, new URL(c.url!)] as const));
const mappedHosts = [...new Set([...realUrls.values()].map((u) => u.hostname).filter((h) => !HSTS_PRELOADED.test(h)))];

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
  const suite = useBrowserAndServer(() => ({
    extraArgs: [`--host-resolver-rules=${[...mappedHosts.map((h) => `MAP ${h} 127.0.0.1`), 'MAP * ~NOTFOUND', 'EXCLUDE 127.0.0.1'].join(', ')}`],
  }));

  const stems = corpusStems();
  it('has corpus pages to compare', () => {
    expect(stems.length).toBeGreaterThanOrEqual(20);
  });

  it('serves most pages under an address whose site adapter matches', () => {
    const adapted = stems.filter((stem) => {
      const real = realUrls.get(stem);
      return real && !HSTS_PRELOADED.test(real.hostname) && pageSelectorsFor(real.href);
    });
    expect(adapted.length).toBeGreaterThanOrEqual(15);
  });

  for (const stem of stems) {
    it(stem, async () => {
      const real = realUrls.get(stem);
      let url = real && !HSTS_PRELOADED.test(real.hostname) ? `http://${real.hostname}:${new URL(suite.server.origin).port}/corpus/${stem}.html` : suite.server.corpusUrl(stem);
      try {
        await suite.browser.goto(url);
      } catch (e) {
        if (!/ERR_SSL_PROTOCOL_ERROR/.test((e as Error).message) || url === suite.server.corpusUrl(stem)) throw e;
        console.log(`${real?.hostname} is on this Chromium's HSTS preload list: ${stem} is served from 127.0.0.1 instead`);
        url = suite.server.corpusUrl(stem);
        await suite.browser.goto(url);
      }
      const popup = await suite.browser.clickToolbarButton();
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
