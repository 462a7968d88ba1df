// Helpers shared by the hostile-input and fault suites: open one of the extension's own pages in a
// tab of its own and drive it over its devtools socket; read IndexedDB from an extension page (not
// through the worker, which a fault test may have just stopped); probe a page for payload traces.
import { CdpSocket } from './cdp-socket';
import { waitUntil, type ExtensionBrowser } from './harness';

export interface ExtensionPage {
  socket: CdpSocket;
  targetId: string;
  evaluate<T = unknown>(expression: string, timeoutMs?: number): Promise<T>;
  close(): Promise<void>;
}

/** Opens chrome-extension://ID/PATH in a new tab and waits until its document has loaded. */
export async function openExtensionPage(browser: ExtensionBrowser, path: string): Promise<ExtensionPage> {
  const url = `chrome-extension://${browser.extensionId}/${path}`;
  const { targetId } = await browser.session.send('Target.createTarget', { url });
  const socket = await CdpSocket.connect(`ws://127.0.0.1:${browser.port}/devtools/page/${targetId}`);
  const page: ExtensionPage = {
    socket,
    targetId,
    evaluate: (expression, timeoutMs) => socket.evaluate(expression, timeoutMs),
    close: async () => {
      socket.close();
      await browser.session.send('Target.closeTarget', { targetId }).catch(() => undefined);
      await waitUntil(async () => !(await browser.targets()).some((t) => t.targetId === targetId), `${path} to close`, { timeoutMs: 5_000 });
    },
  };
  await waitUntil(
    () => page.evaluate<boolean>(`location.href.startsWith(${JSON.stringify(url)}) && document.readyState === 'complete' && !!globalThis.chrome?.runtime?.id`),
    `${path} to load`,
    { timeoutMs: 10_000 },
  );
  return page;
}

/**
 * Ids in each store, with every record: a half-written save would show as a record without its
 * summary or search text, or the other way round.
 */
export const READ_STORE_SNAPSHOT = `new Promise((ok, fail) => {
  const open = indexedDB.open('communique');
  open.onupgradeneeded = () => open.transaction.abort();
  open.onerror = () => (open.error && open.error.name === 'AbortError' ? ok({ records: [], summaries: [], searchText: [] }) : fail(open.error));
  open.onsuccess = () => {
    const db = open.result;
    const names = ['records', 'summaries', 'search-text'].filter((n) => db.objectStoreNames.contains(n));
    if (!names.includes('records')) { db.close(); ok({ records: [], summaries: [], searchText: [] }); return; }
    const tx = db.transaction(names);
    const out = { records: [], summaries: [], searchText: [] };
    const get = (name, key, keysOnly) => {
      if (!names.includes(name)) return;
      const req = keysOnly ? tx.objectStore(name).getAllKeys() : tx.objectStore(name).getAll();
      req.onsuccess = () => (out[key] = req.result);
    };
    get('records', 'records', false);
    get('summaries', 'summaries', true);
    get('search-text', 'searchText', true);
    tx.oncomplete = () => { db.close(); ok(out); };
    tx.onerror = () => fail(tx.error);
  };
})`;

export interface StoreSnapshot {
  records: any[];
  summaries: string[];
  searchText: string[];
}

/** What an extension page sees of the payload globals and of any markup that should never be there. */
export const PWN_PROBE = `({
  pwned: typeof window.__pwned === 'undefined' ? null : String(window.__pwned),
  beaconElements: [...document.querySelectorAll('img, iframe, script, svg, object, embed, link')]
    .map((el) => el.getAttribute('src') || el.getAttribute('href') || el.getAttribute('data') || '')
    .filter((s) => /beacon/.test(s)),
  scriptLinks: [...document.querySelectorAll('a[href]')].map((a) => a.getAttribute('href')).filter((h) => /^\s*(javascript|data|vbscript):/i.test(h)),
})`;

export interface PwnProbe {
  pwned: string | null;
  beaconElements: string[];
  scriptLinks: string[];
}
