// Extraction never reads a stylesheet: nothing calls getComputedStyle, and Readability looks only at
// inline style attributes. jsdom still parses every <style> into a CSS object model while it parses
// the page: 40% of parse time on the 181-page article benchmark (profiled), and on some real
// stylesheets it throws, which lost the page. A <style> keeps its text (textContent stays what
// Chromium gives) and gets no sheet. jsdom has no option for this; its element class is patched
// once, on import, in this process only.
// @ts-expect-error jsdom ships no types for its internal modules
import styleElement from 'jsdom/lib/jsdom/living/nodes/HTMLStyleElement-impl.js';

const proto = (styleElement as { implementation?: { prototype?: { _updateAStyleBlock?: unknown } } }).implementation?.prototype;
if (!proto || typeof proto._updateAStyleBlock !== 'function') {
  // A jsdom release that moved this: say so at once rather than run slower or differently unnoticed.
  throw new Error('jsdom changed: HTMLStyleElement-impl.js has no _updateAStyleBlock to replace (see lib/cli/jsdom-without-stylesheets.ts)');
}
proto._updateAStyleBlock = function updateNoStyleBlock(this: { sheet: unknown }): void {
  this.sheet = null;
};
