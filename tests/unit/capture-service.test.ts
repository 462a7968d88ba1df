import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { IDBFactory } from 'fake-indexeddb';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { captureHandlers, captureTab, quickCapture, type CaptureDeps } from '@/lib/background/capture-service';
import { readPage } from '@/lib/capture/read-page';
import { noArticleReason } from '@/lib/capture/article-verdict';
import { markEdited } from '@/lib/merge-recapture';
import { dispatch } from '@/lib/protocol';
import { openDatabase } from '@/lib/store/database';
import { recordRepository } from '@/lib/store/record-repository';
import { corpusCases } from '../corpus/corpus-cases';

const page = corpusCases()[0];
const PAGE_URL = 'https://mission.example/news/1.html';

function readCorpusPage() {
  const dom = new JSDOM(readFileSync(page.html, 'utf8'), { url: PAGE_URL });
  return readPage(dom.window.document, { url: PAGE_URL });
}

async function deps(over: Partial<CaptureDeps> = {}): Promise<CaptureDeps> {
  const repo = recordRepository(await openDatabase({ factory: new IDBFactory(), name: 'capture' }));
  let n = 0;
  return {
    repository: async () => repo,
    tabUrl: async () => PAGE_URL,
    runContentScript: async () => readCorpusPage(),
    now: () => new Date('2025-06-01T00:00:00Z'),
    newId: () => `id-${++n}`,
    ...over,
  };
}

describe('capture service', () => {
  it('reads a real page into a new, unsaved record', async () => {
    const d = await deps();
    const reply = await captureTab(d, 1);
    expect(reply.status).toBe('new');
    expect(reply.record.source.url).toBe(PAGE_URL);
    expect(reply.record.text.length).toBeGreaterThan(200);
    expect(await (await d.repository()).count()).toBe(0);
  });

  it('recognises a saved page and offers the fresh extraction under the same id', async () => {
    const d = await deps();
    const handlers = captureHandlers(d);
    const first = await captureTab(d, 1);
    await handlers.saveRecord({ record: first.record });
    const again = await captureTab(d, 1);
    expect(again.status).toBe('existing');
    expect(again.record.id).toBe(first.record.id);
    expect(again.fresh?.id).toBe(first.record.id);
  });

  it('quick capture keeps the fields a reviewer edited', async () => {
    const d = await deps();
    const { record } = await quickCapture(d, 1);
    const edited = markEdited({ ...record, event: { ...record.event, type: 'ceremony' } }, 'event.type');
    await captureHandlers(d).saveRecord({ record: edited });
    const second = await quickCapture(d, 1);
    expect(second.status).toBe('updated');
    expect(second.record.event.type).toBe('ceremony');
    expect(await (await d.repository()).count()).toBe(1);
  });

  it('hands the content script the site adapter’s selectors for the tab’s address, none elsewhere', async () => {
    const seen: unknown[] = [];
    const state = 'https://www.state.gov/secretary-blinkens-call/';
    const run = async (_tab: number, selectors: unknown) => (seen.push(selectors), readCorpusPage());
    await captureTab(await deps({ tabUrl: async () => state, runContentScript: run }), 1);
    await captureTab(await deps({ runContentScript: run }), 1);
    await captureTab(await deps({ tabUrl: async () => undefined, runContentScript: run }), 1);
    expect(seen[0]).toMatchObject({ headline: expect.any(String), dateLine: expect.any(String), body: expect.any(String) });
    expect(seen.slice(1)).toEqual([null, null]);
  });

  it('refuses a browser page with a plain message before injecting anything', async () => {
    let injected = false;
    const d = await deps({ tabUrl: async () => 'chrome://extensions/', runContentScript: async () => (injected = true) });
    await expect(captureTab(d, 1)).rejects.toMatchObject({ code: 'unscriptable-page', message: expect.stringMatching(/Browser pages/) });
    expect(injected).toBe(false);
  });

  it('reports a page with no article and saves nothing', async () => {
    const dom = new JSDOM('<html><head><title>Welcome</title></head><body><nav><a href="/">Home</a></nav></body></html>', { url: PAGE_URL });
    const d = await deps({ runContentScript: async () => readPage(dom.window.document, { url: PAGE_URL }) });
    await expect(quickCapture(d, 1)).rejects.toMatchObject({ code: 'no-article', message: expect.stringContaining('Welcome') });
    expect(await (await d.repository()).count()).toBe(0);
  });

  it('stops a page that never answers, with a timeout error', async () => {
    const d = await deps({ runContentScript: () => new Promise(() => undefined), timeoutMs: 50 });
    await expect(captureTab(d, 1)).rejects.toMatchObject({ code: 'timeout' });
  });

  it('rejects a content-script result of the wrong shape', async () => {
    const d = await deps({ runContentScript: async () => ({ url: 5 }) });
    await expect(captureTab(d, 1)).rejects.toMatchObject({ code: 'no-article' });
  });

  it('explains a refused injection', async () => {
    const d = await deps({ runContentScript: async () => Promise.reject(new Error('Cannot access contents of the page. Extension manifest must request permission to access the respective host.')) });
    await expect(captureTab(d, 1)).rejects.toMatchObject({ code: 'unscriptable-page', message: expect.stringContaining('does not let Communiqué read this page') });
  });
});

describe('article verdict', () => {
  it('refuses a home page that is a list of news links, naming the share of links', async () => {
    const teasers = Array.from({ length: 6 }, (_, i) => `<li><a href="/news/${i}.html">Ambassador attends reception number ${i} for the diplomatic corps in the capital city</a></li>`).join('');
    const dom = new JSDOM(`<html><head><title>Embassy home</title></head><body><main><h2>Latest news</h2><ul>${teasers}</ul><p>Welcome.</p></main></body></html>`, { url: PAGE_URL });
    const d = await deps({ runContentScript: async () => readPage(dom.window.document, { url: PAGE_URL }) });
    await expect(captureTab(d, 1)).rejects.toMatchObject({ code: 'no-article', message: expect.stringMatching(/mostly links to other pages \(\d+%/) });
  });

  it('accepts every corpus press release, the shortest included', () => {
    for (const c of corpusCases()) {
      const dom = new JSDOM(readFileSync(c.html, 'utf8'), { url: c.url ?? PAGE_URL });
      const raw = readPage(dom.window.document, { url: c.url ?? PAGE_URL });
      expect(noArticleReason(raw), c.stem).toBeNull();
    }
  });
});

describe('storage full', () => {
  it('reports a quota error in plain words and keeps what was already saved', async () => {
    const d = await deps();
    const handlers = captureHandlers(d);
    const saved = (await captureTab(d, 1)).record;
    await handlers.saveRecord({ record: saved });
    const real = await d.repository();
    // fake-indexeddb has no quota; the browser's refusal is simulated at the repository's edge.
    const full = { ...real, save: async () => Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError')) };
    const reply = await dispatch(captureHandlers({ ...d, repository: async () => full }), { name: 'saveRecord', payload: { record: { ...saved, id: 'other', source: { ...saved.source, canonicalUrl: 'https://other.example/' } } } });
    expect(reply).toMatchObject({ ok: false, error: { code: 'storage-full', message: expect.stringContaining('nothing already saved was changed') } });
    expect(await real.list()).toEqual([expect.objectContaining({ id: saved.id, title: saved.title })]);
  });
});

describe('quick capture racing a review', () => {
  it('merges with the record as stored at write time, so edits saved in between survive', async () => {
    const base = await deps();
    const first = await quickCapture(base, 1);
    const repo = await base.repository();
    const edited = markEdited({ ...first.record, event: { ...first.record.event, occasion: 'edited while capturing' } }, 'event.occasion');
    // The reviewer's save lands after the second capture looked the page up, just before it writes.
    const racing: typeof repo = {
      ...repo,
      save: async (record, options) => {
        await captureHandlers(base).saveRecord({ record: edited });
        return repo.save(record, options);
      },
    };
    const second = await quickCapture({ ...base, repository: async () => racing }, 1);
    expect(second.status).toBe('updated');
    expect(second.record.event.occasion).toBe('edited while capturing');
    expect((await repo.get(first.record.id))?.event.occasion).toBe('edited while capturing');
  });
});
