// What the CLI's jsdom gets in place of the `cssstyle` package (scripts/cli-bundle.mjs aliases it).
// Extraction reads an inline style only to ask whether an element is hidden (Readability's
// display/visibility test); nothing calls getComputedStyle. cssstyle validates every value through
// css-tree and builds its property tables at load: a tenth of a one-page run, and a cost paid again
// for every style attribute the parser meets. This declaration keeps the declarations as written,
// in one linear pass, with the CSSOM's rules that decide that test: the last declaration of a
// property wins unless an earlier one is !important, names are ASCII case-insensitive, and keyword
// values read back in lower case (Chromium's `style.display` of "NONE" is "none").

interface Declared {
  value: string;
  priority: '' | 'important';
}

/** The properties with a camelCase accessor (`style.display`); any other is read by getPropertyValue. */
const ACCESSOR_PROPERTIES = [
  'display', 'visibility', 'opacity', 'position', 'float', 'clear', 'overflow', 'overflow-x', 'overflow-y', 'clip', 'clip-path',
  'width', 'height', 'min-width', 'min-height', 'max-width', 'max-height', 'top', 'right', 'bottom', 'left', 'z-index',
  'margin', 'margin-top', 'margin-right', 'margin-bottom', 'margin-left', 'padding', 'padding-top', 'padding-right', 'padding-bottom', 'padding-left',
  'border', 'border-width', 'border-style', 'border-color', 'color', 'background', 'background-color', 'background-image',
  'font', 'font-family', 'font-size', 'font-style', 'font-weight', 'line-height', 'text-align', 'text-decoration', 'text-indent', 'text-transform',
  'vertical-align', 'white-space', 'direction', 'content', 'cursor', 'transform', 'list-style', 'list-style-type',
];

const KEYWORD = /^-?[a-z][a-z0-9-]*$/i;
const IMPORTANT = /!\s*important\s*$/i;

export class CSSStyleDeclaration {
  [index: number]: string;
  private declared = new Map<string, Declared>();
  private readonly onChange: ((cssText: string) => void) | null;

  constructor(onChange?: (cssText: string) => void) {
    this.onChange = typeof onChange === 'function' ? onChange : null;
  }

  get length(): number {
    return this.declared.size;
  }

  item(index: number): string {
    return this[index] ?? '';
  }

  get cssText(): string {
    return [...this.declared].map(([name, d]) => `${name}: ${d.value}${d.priority ? ' !important' : ''};`).join(' ');
  }

  set cssText(text: string) {
    this.setIndexes(0);
    this.declared = parseDeclarations(String(text ?? ''));
    this.setIndexes(this.declared.size);
  }

  get parentRule(): null {
    return null;
  }

  get cssFloat(): string {
    return this.getPropertyValue('float');
  }

  set cssFloat(value: string) {
    this.setProperty('float', value);
  }

  getPropertyValue(name: string): string {
    return this.declared.get(propertyName(name))?.value ?? '';
  }

  getPropertyPriority(name: string): string {
    return this.declared.get(propertyName(name))?.priority ?? '';
  }

  setProperty(name: string, value: string | null, priority = ''): void {
    const key = propertyName(name);
    const text = value == null ? '' : String(value).trim();
    if (!text) {
      this.removeProperty(key);
      return;
    }
    if (priority && priority.toLowerCase() !== 'important') return;
    this.setIndexes(0);
    this.declared.set(key, { value: readValue(key, text), priority: priority ? 'important' : '' });
    this.setIndexes(this.declared.size);
    this.changed();
  }

  removeProperty(name: string): string {
    const key = propertyName(name);
    const old = this.declared.get(key);
    if (!old) return '';
    this.setIndexes(0);
    this.declared.delete(key);
    this.setIndexes(this.declared.size);
    this.changed();
    return old.value;
  }

  /** The array-like view jsdom's own code walks (`forEach.call(style, …)`). */
  private setIndexes(count: number): void {
    const self = this as unknown as Record<number, string>;
    for (let i = 0; self[i] !== undefined; i++) delete self[i];
    let i = 0;
    if (count) for (const name of this.declared.keys()) self[i++] = name;
  }

  private changed(): void {
    this.onChange?.(this.cssText);
  }
}

for (const name of ACCESSOR_PROPERTIES) {
  const camel = name.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
  if (camel in CSSStyleDeclaration.prototype) continue;
  Object.defineProperty(CSSStyleDeclaration.prototype, camel, {
    get(this: CSSStyleDeclaration) {
      return this.getPropertyValue(name);
    },
    set(this: CSSStyleDeclaration, value: string) {
      this.setProperty(name, value);
    },
    configurable: true,
  });
}

function propertyName(name: string): string {
  const text = String(name).trim();
  return text.startsWith('--') ? text : text.toLowerCase();
}

function readValue(name: string, value: string): string {
  return !name.startsWith('--') && KEYWORD.test(value) ? value.toLowerCase() : value;
}

/**
 * A style attribute's declarations, in one pass: `;` ends a declaration except inside quotes,
 * brackets or a comment, as in CSS syntax. A declaration with no name, no colon or no value is
 * dropped, as the CSSOM drops what it cannot parse.
 */
export function parseDeclarations(text: string): Map<string, Declared> {
  const out = new Map<string, Declared>();
  let start = 0;
  let depth = 0;
  let quote = '';
  const end = (stop: number) => {
    addDeclaration(out, text.slice(start, stop));
    start = stop + 1;
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '/' && text[i + 1] === '*') {
      const close = text.indexOf('*/', i + 2);
      i = close < 0 ? text.length : close + 1;
    } else if (c === '(' || c === '[' || c === '{') depth++;
    else if ((c === ')' || c === ']' || c === '}') && depth > 0) depth--;
    else if (c === ';' && depth === 0) end(i);
  }
  end(text.length);
  return out;
}

function addDeclaration(out: Map<string, Declared>, raw: string): void {
  const text = withoutComments(raw);
  const colon = text.indexOf(':');
  if (colon < 0) return;
  const name = propertyName(text.slice(0, colon));
  if (!/^(--|-?[a-z_])[\w-]*$/i.test(name)) return;
  let value = text.slice(colon + 1).trim();
  let priority: Declared['priority'] = '';
  const important = IMPORTANT.exec(value);
  if (important) {
    priority = 'important';
    value = value.slice(0, important.index).trim();
  }
  if (!value) return;
  const earlier = out.get(name);
  if (earlier?.priority && !priority) return;
  out.set(name, { value: readValue(name, value), priority });
}

/** Text without its CSS comments; an unclosed one runs to the end. Linear: each index is read once. */
function withoutComments(text: string): string {
  if (!text.includes('/*')) return text;
  let out = '';
  for (let i = 0; ; ) {
    const open = text.indexOf('/*', i);
    if (open < 0) return out + text.slice(i);
    out += text.slice(i, open);
    const close = text.indexOf('*/', open + 2);
    if (close < 0) return out;
    i = close + 2;
  }
}
