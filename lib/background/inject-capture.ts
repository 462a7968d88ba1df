// Runs the capture content script in a tab with the site adapter's selectors. The registry stays in
// the worker (the injected file must stay small): a first, tiny injection leaves the plain selector
// strings in the extension's isolated world, where entrypoints/capture.content.ts reads them. The
// page's own scripts live in another world and can neither read nor plant them.
import type { PageSelectors } from '../capture/raw-capture';

export const CAPTURE_SCRIPT_FILE = '/content-scripts/capture.js';

/** The part of browser.scripting this needs, so a test can stand in for it. */
export interface ScriptingApi {
  executeScript(injection: {
    target: { tabId: number };
    files?: string[];
    func?: (selectors: PageSelectors | null) => void;
    args?: unknown[];
  }): Promise<{ result?: unknown }[]>;
}

/** Stored under globalThis.__communiqueSelectors; a function so it runs in the page, not here. */
function leaveSelectors(selectors: PageSelectors | null): void {
  (globalThis as Record<string, unknown>).__communiqueSelectors = selectors;
}

export async function injectCapture(scripting: ScriptingApi, tabId: number, selectors: PageSelectors | null): Promise<unknown> {
  // Always set, null included: a value left by an earlier injection that failed half-way is replaced.
  await scripting.executeScript({ target: { tabId }, func: leaveSelectors, args: [selectors] });
  const [result] = await scripting.executeScript({ target: { tabId }, files: [CAPTURE_SCRIPT_FILE] });
  return result?.result;
}
