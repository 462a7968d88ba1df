// Injected on demand (scripting.executeScript after a user gesture): no `matches`, so the manifest
// asks for no host permission. Reads the page and returns a RawCapture; interprets nothing.
import { readPage } from '@/lib/capture/read-page';
import type { PageSelectors } from '@/lib/capture/raw-capture';

/**
 * Where the worker leaves the site adapter's selectors just before injecting this script (see
 * lib/background/inject-capture.ts). Both run in the extension's isolated world, which the page's
 * own scripts cannot see or write.
 */
const SELECTORS_KEY = '__communiqueSelectors';

export default defineContentScript({
  registration: 'runtime',
  main() {
    // Left in place, not deleted: two captures of one tab can overlap (the popup opening while the
    // shortcut runs), and the second script would find nothing if the first had removed them. The
    // worker writes them again before every injection, and a new page starts a new isolated world.
    const given = (globalThis as Record<string, unknown>)[SELECTORS_KEY];
    const selectors = given && typeof given === 'object' ? (given as PageSelectors) : null;
    return readPage(document, { url: location.href, clock: () => performance.now(), selectors });
  },
});
