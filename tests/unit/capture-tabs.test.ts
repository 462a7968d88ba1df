import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { IDBFactory } from 'fake-indexeddb';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { CAPTURE_CONCURRENCY, NO_ACCESS_MESSAGE, captureTabs, type TabInfo, type TabsDeps } from '@/lib/background/capture-tabs';
import type { CaptureDeps } from '@/lib/background/capture-service';
import { readPage } from '@/lib/capture/read-page';
import { openDatabase } from '@/lib/store/database';
import { recordRepository } from '@/lib/store/record-repository';
import { corpusCases } from '../corpus/corpus-cases';

const pages = corpusCases().slice(0, 5);
const urlOf = (i: number) => `https://mission${i}.example/news/${i}.html`;

async function setup(options: { visible: (id: number) => boolean }) {
  const repo = recordRepository(await openDatabase({ factory: new IDBFactory(), name: 'tabs' }));
  let running = 0;
  let peak = 0;
  let n = 0;
  const deps: CaptureDeps = {
    repository: async () => repo,
    // Without access the browser hides the address, and refuses the injection.
    tabUrl: async (id) => (options.visible(id) ? urlOf(id) : undefined),
    runContentScript: async (id) => {
      if (!options.visible(id)) throw new Error('Cannot access contents of the page. Extension manifest must request permission to access the respective host.');
      running++;
      peak = Math.max(peak, running);
      await new Promise((r) => setTimeout(r, 20));
      running--;
      const dom = new JSDOM(readFileSync(pages[id - 1].html, 'utf8'), { url: urlOf(id) });
      return readPage(dom.window.document, { url: urlOf(id) });
    },
    now: () => new Date('2025-06-01T00:00:00Z'),
    newId: () => `id-${++n}`,
    retryPausesMs: [],
  };
  const calls = { closed: [] as number[], dropped: 0 };
  const tabs: TabsDeps = {
    listTabs: async () => pages.map((_, i): TabInfo => ({ id: i + 1, url: options.visible(i + 1) ? urlOf(i + 1) : undefined })),
    closeTabs: async (ids) => void calls.closed.push(...ids),
    dropHostAccess: async () => void (calls.dropped += 1),
  };
  return { deps, tabs, repo, calls, peak: () => peak };
}

describe('capture all tabs', () => {
  it('captures every tab it may read, at most three at a time, and gives the access back', async () => {
    const s = await setup({ visible: () => true });
    const results = await captureTabs(s.deps, s.tabs, { windowId: 1, excludeTabIds: [], hostAccess: true, closeCaptured: false });
    expect(results.map((r) => r.status)).toEqual(pages.map(() => 'saved'));
    expect(await s.repo.count()).toBe(pages.length);
    expect(s.peak()).toBeGreaterThan(1);
    expect(s.peak()).toBeLessThanOrEqual(CAPTURE_CONCURRENCY);
    expect(s.calls.dropped).toBe(1);
  });

  it('reports a page already in the collection and never overwrites it', async () => {
    const s = await setup({ visible: () => true });
    await captureTabs(s.deps, s.tabs, { windowId: 1, excludeTabIds: [2, 3, 4, 5], hostAccess: false, closeCaptured: false });
    const [stored] = await s.repo.list();
    await s.repo.save({ ...stored, review: { ...stored.review, notes: 'reviewed by hand' } });
    const results = await captureTabs(s.deps, s.tabs, { windowId: 1, excludeTabIds: [], hostAccess: false, closeCaptured: false });
    expect(results[0]).toMatchObject({ tabId: 1, status: 'already-captured', recordId: stored.id });
    expect((await s.repo.get(stored.id))?.review.notes).toBe('reviewed by hand');
  });

  it('without access, names the activeTab limit for the other tabs, keeps them open, and closes the captured one', async () => {
    const s = await setup({ visible: (id) => id === 1 });
    const results = await captureTabs(s.deps, s.tabs, { windowId: 1, excludeTabIds: [], hostAccess: false, closeCaptured: true });
    expect(results[0].status).toBe('saved');
    for (const r of results.slice(1)) expect(r).toMatchObject({ status: 'failed', message: NO_ACCESS_MESSAGE, recordId: null });
    expect(s.calls.closed).toEqual([1]);
    expect(s.calls.dropped).toBe(0);
  });

  it('gives the access back even when listing the tabs fails', async () => {
    const s = await setup({ visible: () => true });
    const broken = { ...s.tabs, listTabs: async () => Promise.reject(new Error('No window with id: 9')) };
    await expect(captureTabs(s.deps, broken, { windowId: 9, excludeTabIds: [], hostAccess: true, closeCaptured: false })).rejects.toThrow('No window with id: 9');
    expect(s.calls.dropped).toBe(1);
  });
});
