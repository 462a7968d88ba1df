// A refused injection right after the user's gesture is tried again when the browser already showed
// the tab's address (activeTab granted, the renderer not yet told); otherwise it is reported at once.
// Seen in Chromium: tests/e2e/faults.test.ts, five windows captured at once.
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { IDBFactory } from 'fake-indexeddb';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { captureTab, type CaptureDeps } from '@/lib/background/capture-service';
import { readPage } from '@/lib/capture/read-page';
import { openDatabase } from '@/lib/store/database';
import { recordRepository } from '@/lib/store/record-repository';
import { corpusCases } from '../corpus/corpus-cases';

const PAGE_URL = 'https://mission.example/news/1.html';
const REFUSAL = 'Cannot access contents of the page. Extension manifest must request permission to access the respective host.';

async function deps(url: string | undefined, failures: number, message = REFUSAL): Promise<{ d: CaptureDeps; calls: () => number }> {
  const repo = recordRepository(await openDatabase({ factory: new IDBFactory(), name: 'retry' }));
  let calls = 0;
  const html = readFileSync(corpusCases()[0].html, 'utf8');
  return {
    calls: () => calls,
    d: {
      repository: async () => repo,
      tabUrl: async () => url,
      runContentScript: async () => {
        if (++calls <= failures) throw new Error(message);
        return readPage(new JSDOM(html, { url: PAGE_URL }).window.document, { url: PAGE_URL });
      },
      now: () => new Date('2025-06-01T00:00:00Z'),
      newId: () => 'id-1',
      retryPausesMs: [1, 1, 1],
    },
  };
}

describe('injection retry', () => {
  it('tries again when the address was visible, and succeeds', async () => {
    const { d, calls } = await deps(PAGE_URL, 2);
    expect((await captureTab(d, 1)).status).toBe('new');
    expect(calls()).toBe(3);
  });
  it('gives up after the last pause and reports the refusal', async () => {
    const { d, calls } = await deps(PAGE_URL, 10);
    await expect(captureTab(d, 1)).rejects.toMatchObject({ code: 'unscriptable-page' });
    expect(calls()).toBe(4);
  });
  it('does not retry when the browser hid the address (no grant at all)', async () => {
    const { d, calls } = await deps(undefined, 10);
    await expect(captureTab(d, 1)).rejects.toMatchObject({ code: 'unscriptable-page' });
    expect(calls()).toBe(1);
  });
  it('does not retry other failures', async () => {
    const { d, calls } = await deps(PAGE_URL, 10, 'Frame with ID 0 was removed.');
    await expect(captureTab(d, 1)).rejects.toMatchObject({ code: 'unscriptable-page' });
    expect(calls()).toBe(1);
  });
});
