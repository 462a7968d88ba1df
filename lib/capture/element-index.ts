// One pass over a page's elements, then plain string tests, in place of attribute-substring
// selectors (`[class*="date" i]`): jsdom answers each such selector by running its selector engine
// on every element, which was most of the CLI's reading time (profiled on the 181-page benchmark),
// and in the browser a loop like this costs well under a millisecond. Each test below matches
// exactly what its CSS selector matched, in document order.

export interface IndexedElement {
  el: Element;
  /** Local name, lower case (how a type selector compares it in an HTML document). */
  tag: string;
  /** class and id attribute values, ASCII-lowercased as the `i` flag compares them; '' when absent. */
  cls: string;
  id: string;
  hasClass: boolean;
  hasId: boolean;
  /** A descendant of <head> (`head *`). */
  inHead: boolean;
}

export const asciiLower = (s: string) => s.replace(/[A-Z]+/g, (m) => m.toLowerCase());

/**
 * Every element in document order (what getElementsByTagName('*') lists), walked by sibling and
 * parent links without recursion, so a deeply nested page needs no deeper a stack. jsdom's
 * live collection answers each index through a proxy lookup: five times slower than this walk.
 */
export function indexElements(doc: Document): IndexedElement[] {
  const out: IndexedElement[] = [];
  const head = doc.head;
  let inHead = false;
  let el: Element | null = doc.documentElement;
  while (el) {
    out.push(indexed(el, inHead));
    if (el.firstElementChild) {
      if (el === head) inHead = true;
      el = el.firstElementChild;
      continue;
    }
    while (el && !el.nextElementSibling) {
      el = el.parentElement;
      if (el === head) inHead = false;
    }
    if (el === head) inHead = false;
    el = el ? el.nextElementSibling : null;
  }
  return out;
}

function indexed(el: Element, inHead: boolean): IndexedElement {
  const cls = el.getAttribute('class');
  const id = el.getAttribute('id');
  return {
    el,
    tag: el.localName.toLowerCase(),
    cls: cls === null ? '' : asciiLower(cls),
    id: id === null ? '' : asciiLower(id),
    hasClass: cls !== null,
    hasId: id !== null,
    inHead,
  };
}

/** `[class*="w" i]` for any of `words` (lower case). */
export function classHas(e: IndexedElement, ...words: string[]): boolean {
  return e.hasClass && words.some((w) => e.cls.includes(w));
}

/** `.w` (ASCII case-insensitive): a whole class token, for words too short to match inside others. */
export function classIs(e: IndexedElement, word: string): boolean {
  return e.hasClass && e.cls.split(/\s+/).includes(word);
}

/** `[id*="w" i]` for any of `words` (lower case). */
export function idHas(e: IndexedElement, ...words: string[]): boolean {
  return e.hasId && words.some((w) => e.id.includes(w));
}

/** `[name*="w" i]` on any other attribute. */
export function attrHas(e: IndexedElement, name: string, word: string): boolean {
  const v = e.el.getAttribute(name);
  return v !== null && asciiLower(v).includes(word);
}

/** `[name="value"]`, case-sensitive as written. */
export function attrIs(e: IndexedElement, name: string, value: string): boolean {
  return e.el.getAttribute(name) === value;
}
