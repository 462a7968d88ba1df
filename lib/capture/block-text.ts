// Turns an element into plain text that keeps paragraph breaks: the normaliser works sentence by
// sentence, and evidence offsets point into this text, so it must be the same in Chromium and Node.

const BLOCK = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DIV', 'DL', 'DT', 'FIGCAPTION', 'FIGURE',
  'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL',
  'P', 'PRE', 'SECTION', 'TABLE', 'TBODY', 'TD', 'TH', 'THEAD', 'TR', 'UL', 'CAPTION',
]);
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME', 'OBJECT', 'BUTTON', 'SELECT']);

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

export function blockText(root: Node): string {
  const paragraphs: string[] = [];
  let line = '';
  const flush = () => {
    const t = line.replace(/[ \t\r\n\f\u00a0\u200b]+/g, ' ').trim();
    if (t) paragraphs.push(t);
    line = '';
  };
  const walk = (node: Node) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === TEXT_NODE) {
        line += child.nodeValue ?? '';
      } else if (child.nodeType === ELEMENT_NODE) {
        const tag = (child as Element).tagName.toUpperCase();
        if (SKIP.has(tag)) continue;
        if (tag === 'BR') {
          flush();
          continue;
        }
        const block = BLOCK.has(tag);
        if (block) flush();
        walk(child);
        if (block) flush();
        else if (tag === 'TD' || tag === 'TH') line += ' ';
      }
    }
  };
  walk(root);
  flush();
  return paragraphs.join('\n\n');
}

export function squashSpace(s: string | null | undefined): string {
  return String(s ?? '').replace(/\s+/g, ' ').trim();
}
