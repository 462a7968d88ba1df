// Picks the character encoding of a page's bytes the way a browser does (the HTML spec's encoding
// sniffing: BOM, then the transport charset, then <meta charset>), so the text jsdom sees is the
// text a reader saw. Labels are looked up with TextDecoder, which knows the WHATWG Encoding
// Standard's labels, so no label table lives here.

export interface JsdomInput {
  /** A string when the page is UTF-8 (decoded here); otherwise the bytes, for jsdom to decode. */
  html: string | Buffer;
  /** An HTML type jsdom accepts, with the charset chosen here. */
  contentType: string;
}

/** The HTML spec's prescan reads no further than this. */
const PRESCAN_BYTES = 1024;

/**
 * What to hand `new JSDOM(html, { contentType })`. `contentType` is the HTTP Content-Type of an
 * archived response; without it the bytes are a page saved to disk.
 *
 * Order: a BOM; the transport charset, if a known label; then, for a saved page, bytes that are
 * valid UTF-8 are UTF-8 (saving re-encodes to UTF-8 but leaves the old <meta charset>); then the
 * <meta> prescan; then, for an archived page, valid UTF-8 is UTF-8 (as Chrome detects it, where
 * the spec's windows-1252 default would garble it); else windows-1252. XHTML follows XML's rules:
 * BOM, transport, the <?xml encoding?> declaration, else UTF-8.
 */
export function htmlForJsdom(bytes: Uint8Array, contentType?: string): JsdomInput {
  const { essence, charset } = parseContentType(contentType);
  const xml = essence === 'application/xhtml+xml';
  const saved = contentType === undefined;
  let utf8: string | null | undefined; // undefined: not tried yet; null: not valid UTF-8
  const validUtf8 = () => (utf8 === undefined ? (utf8 = strictUtf8(bytes)) : utf8);

  let encoding = bomEncoding(bytes) ?? (charset === undefined ? null : encodingForLabel(charset));
  if (encoding === null && saved && validUtf8() !== null) encoding = 'utf-8';
  if (encoding === null) encoding = xml ? xmlDeclarationEncoding(bytes) : prescanMetaCharset(bytes);
  if (encoding === null && xml) encoding = 'utf-8';
  if (encoding === null && validUtf8() !== null) encoding = 'utf-8';
  if (encoding === null) encoding = 'windows-1252';

  const type = `${essence}; charset=${encoding}`;
  if (encoding === 'utf-8') {
    // TextDecoder drops a UTF-8 BOM and puts U+FFFD for bad bytes, as a browser does.
    return { html: validUtf8() ?? new TextDecoder('utf-8').decode(bytes), contentType: type };
  }
  // jsdom decodes with its own WHATWG tables and reports the encoding as document.characterSet.
  return { html: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), contentType: type };
}

/** The WHATWG name (lower case) of an encoding label, or null if the label names none. */
export function encodingForLabel(label: string): string | null {
  try {
    return new TextDecoder(label).encoding;
  } catch {
    // ICU has no x-user-defined, but jsdom's decoder does; "replacement" labels stay unknown.
    return label.trim().toLowerCase() === 'x-user-defined' ? 'x-user-defined' : null;
  }
}

function strictUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

function bomEncoding(bytes: Uint8Array): string | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  return null;
}

/**
 * The MIME essence jsdom should parse as (text/html unless the header says XHTML: whatever else
 * an archive claims, the page was chosen as HTML) and the raw charset parameter, quotes undone.
 * One pass over the header.
 */
function parseContentType(header: string | undefined): { essence: 'text/html' | 'application/xhtml+xml'; charset?: string } {
  if (!header) return { essence: 'text/html' };
  const semi = header.indexOf(';');
  const essence = (semi < 0 ? header : header.slice(0, semi)).trim().toLowerCase() === 'application/xhtml+xml' ? 'application/xhtml+xml' : 'text/html';
  let charset: string | undefined;
  let i = semi < 0 ? header.length : semi + 1;
  while (i < header.length) {
    while (i < header.length && (header[i] === ' ' || header[i] === '\t' || header[i] === ';')) i++;
    let name = '';
    while (i < header.length && header[i] !== '=' && header[i] !== ';') name += header[i++];
    let value = '';
    if (header[i] === '=') {
      i++;
      if (header[i] === '"') {
        i++;
        while (i < header.length && header[i] !== '"') {
          if (header[i] === '\\' && i + 1 < header.length) i++;
          value += header[i++];
        }
        while (i < header.length && header[i] !== ';') i++;
      } else {
        while (i < header.length && header[i] !== ';') value += header[i++];
        value = value.trim();
      }
    }
    // The first charset parameter counts, as in WHATWG MIME parsing.
    if (charset === undefined && name.trim().toLowerCase() === 'charset') charset = value;
  }
  return { essence, charset };
}

const isSpace = (b: number | undefined) => b === 0x09 || b === 0x0a || b === 0x0c || b === 0x0d || b === 0x20;
const isLetter = (b: number | undefined) => b !== undefined && ((b >= 0x41 && b <= 0x5a) || (b >= 0x61 && b <= 0x7a));
const lower = (b: number) => (b >= 0x41 && b <= 0x5a ? b + 0x20 : b);

/**
 * The HTML spec's "prescan a byte stream to determine its encoding", over the first 1024 bytes:
 * the first <meta charset> or <meta http-equiv="content-type" content="…charset=…"> naming a known
 * encoding, skipping comments and the attributes of other tags. Each byte is visited a bounded
 * number of times.
 */
export function prescanMetaCharset(bytes: Uint8Array): string | null {
  const end = Math.min(bytes.length, PRESCAN_BYTES);
  const at = (p: number) => (p < end ? bytes[p] : undefined);
  let pos = 0;

  /** The spec's "get an attribute": advances `pos`; undefined when the tag (or input) ends. */
  const getAttribute = (): { name: string; value: string } | undefined => {
    while (isSpace(at(pos)) || at(pos) === 0x2f) pos++;
    if (pos >= end || at(pos) === 0x3e) return undefined;
    let name = '';
    let value = '';
    for (;;) {
      const b = at(pos);
      if (b === undefined) return undefined;
      if (b === 0x3d && name) {
        pos++;
        break;
      }
      if (isSpace(b)) {
        while (isSpace(at(pos))) pos++;
        if (at(pos) !== 0x3d) return { name, value };
        pos++;
        break;
      }
      if (b === 0x2f || b === 0x3e) return { name, value };
      name += String.fromCharCode(lower(b));
      pos++;
    }
    while (isSpace(at(pos))) pos++;
    const q = at(pos);
    if (q === 0x22 || q === 0x27) {
      for (pos++; pos < end; pos++) {
        const b = bytes[pos];
        if (b === q) {
          pos++;
          return { name, value };
        }
        value += String.fromCharCode(lower(b));
      }
      return undefined;
    }
    if (q === 0x3e) return { name, value };
    for (; pos < end; pos++) {
      const b = bytes[pos];
      if (isSpace(b) || b === 0x3e) return { name, value };
      value += String.fromCharCode(lower(b));
    }
    return undefined;
  };

  for (; pos < end; pos++) {
    if (bytes[pos] !== 0x3c) continue;
    const b1 = at(pos + 1);
    if (b1 === 0x21 && at(pos + 2) === 0x2d && at(pos + 3) === 0x2d) {
      // The '>' of a "-->", which may share its dashes with the "<!--".
      let p = pos + 4;
      while (p < end && !(bytes[p] === 0x3e && bytes[p - 1] === 0x2d && bytes[p - 2] === 0x2d)) p++;
      pos = p;
    } else if (
      lower(b1 ?? 0) === 0x6d && lower(at(pos + 2) ?? 0) === 0x65 && lower(at(pos + 3) ?? 0) === 0x74 && lower(at(pos + 4) ?? 0) === 0x61 &&
      (isSpace(at(pos + 5)) || at(pos + 5) === 0x2f)
    ) {
      pos += 6;
      const seen = new Set<string>();
      let gotPragma = false;
      let needPragma: boolean | null = null;
      let charset: string | null | undefined; // undefined: none yet; null: a label that names nothing
      for (let attr = getAttribute(); attr; attr = getAttribute()) {
        if (seen.has(attr.name)) continue;
        seen.add(attr.name);
        if (attr.name === 'http-equiv') {
          if (attr.value === 'content-type') gotPragma = true;
        } else if (attr.name === 'content') {
          const found = charsetFromMetaContent(attr.value);
          if (found !== null && charset === undefined) {
            charset = found;
            needPragma = true;
          }
        } else if (attr.name === 'charset') {
          charset = encodingForLabel(attr.value);
          needPragma = false;
        }
      }
      // The attributes stop at the tag's '>', which the loop then steps over.
      if (needPragma === null || (needPragma && !gotPragma) || !charset) continue;
      // A page cannot be UTF-16 if its ASCII meta was readable: the spec reads it as UTF-8.
      if (charset === 'utf-16le' || charset === 'utf-16be') return 'utf-8';
      if (charset === 'x-user-defined') return 'windows-1252';
      return charset;
    } else if (isLetter(b1) || (b1 === 0x2f && isLetter(at(pos + 2)))) {
      pos += 2;
      while (pos < end && !isSpace(bytes[pos]) && bytes[pos] !== 0x3e) pos++;
      while (getAttribute()) {
        // Attributes of other tags are skipped whole, so a quoted "<meta" inside one is not read.
      }
    } else if (b1 === 0x21 || b1 === 0x2f || b1 === 0x3f) {
      let p = pos + 2;
      while (p < end && bytes[p] !== 0x3e) p++;
      pos = p;
    }
  }
  return null;
}

/** The spec's "extracting a character encoding from a meta element", on a content attribute. */
function charsetFromMetaContent(content: string): string | null {
  const s = content.toLowerCase();
  let from = 0;
  for (;;) {
    const found = s.indexOf('charset', from);
    if (found < 0) return null;
    let p = found + 7;
    while (p < s.length && isSpace(s.charCodeAt(p))) p++;
    if (s[p] !== '=') {
      from = p;
      continue;
    }
    p++;
    while (p < s.length && isSpace(s.charCodeAt(p))) p++;
    const q = s[p];
    if (q === undefined) return null;
    if (q === '"' || q === "'") {
      const close = s.indexOf(q, p + 1);
      return close < 0 ? null : encodingForLabel(s.slice(p + 1, close));
    }
    let e = p;
    while (e < s.length && !isSpace(s.charCodeAt(e)) && s[e] !== ';') e++;
    return encodingForLabel(s.slice(p, e));
  }
}

/** encoding="…" of an <?xml …?> declaration at the very start, as XML reads an XHTML page. */
function xmlDeclarationEncoding(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, PRESCAN_BYTES)).toString('latin1');
  if (!head.startsWith('<?xml')) return null;
  const close = head.indexOf('?>');
  const decl = close < 0 ? head : head.slice(0, close);
  const m = /\sencoding\s*=\s*(["'])([^"']{1,64})\1/.exec(decl);
  return m ? encodingForLabel(m[2]) : null;
}
