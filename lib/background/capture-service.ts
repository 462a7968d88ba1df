// The worker's logic, with every browser API passed in so it runs under vitest as it runs in Chromium.
import { noArticleReason } from '../capture/article-verdict';
import { RawCaptureSchema } from '../capture/raw-capture-schema';
import { CAPTURE_TIMEOUT_MS, type PageSelectors, type RawCapture } from '../capture/raw-capture';
import { canonicalUrlOf } from '../canonical-url';
import { exportRecords, toTransferable } from '../export/export-records';
import { mergeRecapture } from '../merge-recapture';
import { normalizeCapture } from '../normalize/normalize-capture';
import { pageSelectorsFor } from '../normalize/site-adapters';
import { CaptureError, type Handlers, type Reply } from '../protocol';
import type { EventRecord } from '../record-schema';
import { searchRecords } from '../search-records';
import type { RecordRepository } from '../store/record-repository';
import { captureTabs, type TabsDeps } from './capture-tabs';
import { explainInjectionError, whyUnscriptable } from './unscriptable';

export { CAPTURE_TIMEOUT_MS };

export interface CaptureDeps {
  repository: () => Promise<RecordRepository>;
  /** The tab's current URL, or undefined when the browser does not tell (no activeTab grant). */
  tabUrl: (tabId: number) => Promise<string | undefined>;
  /**
   * Injects the capture content script, with the site adapter's selectors for the tab's address
   * (null on the generic path), and returns what its main() returned.
   */
  runContentScript: (tabId: number, selectors: PageSelectors | null) => Promise<unknown>;
  now: () => Date;
  newId: () => string;
  clock?: () => number;
  timeoutMs?: number;
  /** Pauses between tries of a refused injection (INJECTION_RETRY_MS unless given). */
  retryPausesMs?: number[];
  /** Window tabs for "capture all tabs"; absent where there are no tabs (the CLI, some tests). */
  tabs?: TabsDeps;
}

function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new CaptureError('timeout', `${what} took longer than ${Math.round(ms / 1000)} s and was stopped; the page may be too large or still changing. Nothing was saved.`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

export async function readTab(deps: CaptureDeps, tabId: number): Promise<{ raw: RawCapture; url: string | undefined }> {
  const url = await deps.tabUrl(tabId);
  // Chromium shows an extension without the `tabs` permission the URL of a page only when activeTab
  // covers it: undefined after a click means a page the click gave no access to (chrome://version,
  // about:blank…), not "no page". Then the injection is tried and the browser's refusal names why.
  const refused = url === undefined ? null : whyUnscriptable(url);
  if (refused) throw new CaptureError('unscriptable-page', refused);
  // The address decides the adapter before anything runs in the page; an unknown address (no
  // activeTab grant yet) takes the generic path.
  const selectors = url === undefined ? null : pageSelectorsFor(url);
  let result: unknown;
  try {
    result = await withTimeout(injectWithRetry(deps, tabId, selectors, url !== undefined), deps.timeoutMs ?? CAPTURE_TIMEOUT_MS, 'Reading the page');
  } catch (e) {
    if (e instanceof CaptureError) throw e;
    throw new CaptureError('unscriptable-page', explainInjectionError(url, e));
  }
  const parsed = RawCaptureSchema.safeParse(result);
  if (!parsed.success) {
    // Name the first field that failed, so a page that breaks a limit says which one.
    const issue = parsed.error.issues[0];
    const what = result === null || result === undefined ? 'nothing' : `an unexpected shape${issue ? ` at ${issue.path.join('.') || 'the top'}: ${issue.message}` : ''}`;
    throw new CaptureError('no-article', `The page could not be read as an article (the capture script returned ${what}).`);
  }
  return { raw: parsed.data, url };
}

/** Pauses before each new try of an injection the renderer refused although access was granted. */
export const INJECTION_RETRY_MS = [50, 150, 400];

/**
 * Measured in Chromium (tests/e2e/faults.test.ts, five windows captured at once on a loaded
 * machine): right after the keyboard command the worker already sees the tab's address (activeTab is
 * granted in the browser process), yet the injection now and then fails with "Cannot access contents
 * of the page…", the renderer not having the grant yet. So when the address was visible, a refusal
 * of that kind is tried again a few times before it is reported.
 */
async function injectWithRetry(deps: CaptureDeps, tabId: number, selectors: PageSelectors | null, granted: boolean): Promise<unknown> {
  const pauses = deps.retryPausesMs ?? INJECTION_RETRY_MS;
  for (let attempt = 0; ; attempt++) {
    try {
      return await deps.runContentScript(tabId, selectors);
    } catch (e) {
      const message = e instanceof Error ? e.message : String(e);
      if (!granted || attempt >= pauses.length || !/cannot access contents of the page|must request permission/i.test(message)) throw e;
      await new Promise((r) => setTimeout(r, pauses[attempt]));
    }
  }
}

/** Reads and normalises a tab; says whether its page is already in the collection. */
export async function captureTab(deps: CaptureDeps, tabId: number): Promise<Reply<'captureTab'>> {
  const clock = deps.clock ?? (() => performance.now());
  const { raw } = await readTab(deps, tabId);
  const t0 = clock();
  const refused = noArticleReason(raw);
  if (refused) throw new CaptureError('no-article', refused);
  const fresh = normalizeCapture(raw, { id: deps.newId(), now: deps.now() });
  const repo = await deps.repository();
  const saved = await repo.findByCanonicalUrl(canonicalUrlOf(raw.url, raw.canonicalUrl));
  const workerMs = clock() - t0;
  const timing = { pageMs: raw.elapsedMs, workerMs };
  // The popup shows the saved record; the untouched fresh extraction is offered as an explicit choice.
  if (saved) return { status: 'existing', record: saved, fresh: { ...fresh, id: saved.id, review: saved.review }, timing };
  return { status: 'new', record: fresh, fresh: null, timing };
}

/** Keyboard command and context menu: capture and save at once; a saved page keeps its edits. */
export async function quickCapture(deps: CaptureDeps, tabId: number): Promise<{ record: EventRecord; status: 'saved' | 'updated' }> {
  const reply = await captureTab(deps, tabId);
  const repo = await deps.repository();
  // Merged with whatever the store holds when the write happens, not when captureTab looked: a
  // reviewer's save in between keeps its edits, and a second window's capture of the page is updated.
  const incoming = reply.status === 'existing' && reply.fresh ? reply.fresh : reply.record;
  const { record, created } = await repo.save(incoming, { mergeWith: mergeRecapture });
  return { record, status: created ? 'saved' : 'updated' };
}

export function captureHandlers(deps: CaptureDeps): Handlers {
  return {
    captureTab: ({ tabId }) => captureTab(deps, tabId),
    async saveRecord({ record }) {
      const stamped = { ...record, review: { ...record.review, updatedAt: deps.now().toISOString() } };
      return (await deps.repository()).save(stamped);
    },
    async listRecords({ query }) {
      const all = await (await deps.repository()).list();
      return { records: searchRecords(all, query), total: all.length };
    },
    async getRecord({ id }) {
      return { record: await (await deps.repository()).get(id) };
    },
    async deleteRecord({ id }) {
      const { record, versions } = await (await deps.repository()).delete(id);
      return { deleted: record, versions };
    },
    async deleteRecords({ ids }) {
      const { records, versions } = await (await deps.repository()).deleteMany(ids);
      return { deleted: records, versions };
    },
    async restoreRecords({ records, versions }) {
      return { restored: await (await deps.repository()).restore(records, versions) };
    },
    async updateReview({ ids, ...change }) {
      return { changed: await (await deps.repository()).updateReview(ids, change) };
    },
    async importRecords({ items }) {
      return (await deps.repository()).importRecords(items);
    },
    async listVersions({ canonicalUrl }) {
      return { versions: await (await deps.repository()).versionsOf(canonicalUrl) };
    },
    async promoteVersion({ versionId }) {
      return { record: await (await deps.repository()).promoteVersion(versionId) };
    },
    async captureTabs(request) {
      if (!deps.tabs) throw new CaptureError('internal', 'capturing tabs is not available here (no browser tabs)');
      return { results: await captureTabs(deps, deps.tabs, request) };
    },
    async exportRecords({ format }) {
      const all = await (await deps.repository()).list();
      return toTransferable(exportRecords(all, format, deps.now()));
    },
  };
}
