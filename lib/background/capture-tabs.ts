// "Capture all tabs in this window". Without the `tabs` permission or host permissions the browser
// hides other tabs' addresses and refuses to inject into them: activeTab covers only the tab the user
// invoked Communiqué on. So the collection page asks, on the user's click, for the optional
// http/https host permission (permissions.request needs that gesture), and this code removes it again
// when the run ends, whatever happened. Refused, each other tab is reported as such, not retried.
import { runPool } from '../collection/run-pool';
import { CaptureError, errorOf, type TabCaptureResult } from '../protocol';
import { captureTab, type CaptureDeps } from './capture-service';

export const CAPTURE_CONCURRENCY = 3;
export const NO_ACCESS_MESSAGE = 'the browser only lets Communiqué read the tab you clicked on (access to your other tabs was not allowed)';

export interface TabInfo {
  id: number;
  /** Hidden (undefined) by the browser for tabs Communiqué has no access to. */
  title?: string;
  url?: string;
}

export interface TabsDeps {
  listTabs(windowId: number): Promise<TabInfo[]>;
  closeTabs(ids: number[]): Promise<void>;
  /** Gives back the optional host permission obtained for this run. */
  dropHostAccess(): Promise<void>;
}

export interface CaptureTabsRequest {
  windowId: number;
  excludeTabIds: number[];
  hostAccess: boolean;
  closeCaptured: boolean;
}

export async function captureTabs(deps: CaptureDeps, tabs: TabsDeps, request: CaptureTabsRequest): Promise<TabCaptureResult[]> {
  try {
    const all = (await tabs.listTabs(request.windowId)).filter((t) => !request.excludeTabIds.includes(t.id));
    const results = await runPool(all, CAPTURE_CONCURRENCY, (tab) => captureOne(deps, tab, request.hostAccess));
    if (request.closeCaptured) {
      // Failed tabs stay open so the user can deal with them; captured ones are done with.
      const done = results.filter((r) => r.status !== 'failed').map((r) => r.tabId);
      if (done.length) await tabs.closeTabs(done).catch(() => undefined);
    }
    return results;
  } finally {
    if (request.hostAccess) await tabs.dropHostAccess().catch(() => undefined);
  }
}

async function captureOne(deps: CaptureDeps, tab: TabInfo, hostAccess: boolean): Promise<TabCaptureResult> {
  const base = { tabId: tab.id, title: tab.title ?? '', url: tab.url ?? '' };
  try {
    const reply = await captureTab(deps, tab.id);
    if (reply.status === 'existing') {
      // Never overwrite a reviewed record from a bulk run; the popup offers the fresh extraction.
      return { ...base, status: 'already-captured', message: reply.record.title, recordId: reply.record.id };
    }
    // Another capture may have stored the page since captureTab looked: keep that record as it is.
    const { record, created } = await (await deps.repository()).save(reply.record, { mergeWith: (stored) => stored });
    if (!created) return { ...base, status: 'already-captured', message: record.title, recordId: record.id };
    return { ...base, title: base.title || record.title, url: base.url || record.source.url, status: 'saved', message: record.title, recordId: record.id };
  } catch (e) {
    const error = errorOf(e);
    // A hidden address plus a refused injection, with no host access, is the activeTab limit itself.
    const message = !hostAccess && tab.url === undefined && e instanceof CaptureError && e.code === 'unscriptable-page' ? NO_ACCESS_MESSAGE : error.message;
    return { ...base, status: 'failed', message, recordId: null };
  }
}
