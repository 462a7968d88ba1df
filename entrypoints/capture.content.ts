// Injected on demand (scripting.executeScript after a user gesture): no `matches`, so the manifest
// asks for no host permission. Reads the page and returns a RawCapture; interprets nothing.
import { readPage } from '@/lib/capture/read-page';

export default defineContentScript({
  registration: 'runtime',
  main() {
    return readPage(document, { url: location.href, clock: () => performance.now() });
  },
});
