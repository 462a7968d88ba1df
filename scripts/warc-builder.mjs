// Writes WARC 1.1 records for tests and benchmarks, so fixtures are generated rather than checked in.
// Records are whole Buffers; openWarcWriter appends them to a file one at a time so a 10,000-page
// archive never sits in memory. Only node:zlib and fflate (for the WACZ zip), no WARC library: a
// fixture made by the reader under test would prove nothing.
import { closeSync, openSync, writeFileSync, writeSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { zipSync } from 'fflate';

const CRLF = '\r\n';

const REASONS = { 200: 'OK', 301: 'Moved Permanently', 302: 'Found', 304: 'Not Modified', 404: 'Not Found', 500: 'Internal Server Error' };

const WARC_CONTENT_TYPES = {
  response: 'application/http; msgtype=response',
  revisit: 'application/http; msgtype=response',
  request: 'application/http; msgtype=request',
  warcinfo: 'application/warc-fields',
  metadata: 'application/warc-fields',
};

const toBuffer = (b) => (typeof b === 'string' ? Buffer.from(b, 'utf8') : Buffer.from(b.buffer, b.byteOffset, b.byteLength));

const headerLines = (headers) => (Array.isArray(headers) ? headers : Object.entries(headers ?? {})).map(([k, v]) => `${k}: ${v}${CRLF}`).join('');

/**
 * One WARC record as bytes. `response` and `revisit` records get an HTTP status line and headers
 * before `body`; `request` gets a GET line; other types store `body` as the block. `block` replaces
 * the whole block verbatim (for malformed HTTP). WARC headers given in `warcHeaders` override the
 * generated ones of the same name.
 */
export function warcRecord({ type, uri, date = '2025-01-01T00:00:00Z', httpHeaders, status = 200, body = '', block, warcHeaders, contentType }) {
  let blockBytes;
  if (block !== undefined) {
    blockBytes = toBuffer(block);
  } else if (type === 'response' || type === 'revisit') {
    const head = `HTTP/1.1 ${status} ${REASONS[status] ?? 'Status'}${CRLF}${headerLines(httpHeaders)}${CRLF}`;
    blockBytes = Buffer.concat([Buffer.from(head, 'latin1'), toBuffer(body)]);
  } else if (type === 'request') {
    const u = new URL(uri);
    const head = `GET ${u.pathname}${u.search} HTTP/1.1${CRLF}Host: ${u.host}${CRLF}${headerLines(httpHeaders)}${CRLF}`;
    blockBytes = Buffer.concat([Buffer.from(head, 'latin1'), toBuffer(body)]);
  } else {
    blockBytes = toBuffer(body);
  }
  const fields = new Map([
    ['WARC-Type', type],
    ['WARC-Record-ID', `<urn:uuid:${randomUUID()}>`],
    ['WARC-Date', date],
  ]);
  if (uri !== undefined && type !== 'warcinfo') fields.set('WARC-Target-URI', uri);
  if (type === 'revisit') fields.set('WARC-Profile', 'http://netpreserve.org/warc/1.1/revisit/identical-payload-digest');
  fields.set('Content-Type', contentType ?? WARC_CONTENT_TYPES[type] ?? 'application/octet-stream');
  for (const [k, v] of Array.isArray(warcHeaders) ? warcHeaders : Object.entries(warcHeaders ?? {})) {
    const existing = [...fields.keys()].find((f) => f.toLowerCase() === k.toLowerCase());
    if (existing) fields.delete(existing);
    fields.set(k, v);
  }
  if (![...fields.keys()].some((f) => f.toLowerCase() === 'content-length')) fields.set('Content-Length', String(blockBytes.length));
  const head = `WARC/1.1${CRLF}${headerLines([...fields])}${CRLF}`;
  return Buffer.concat([Buffer.from(head, 'utf8'), blockBytes, Buffer.from(CRLF + CRLF)]);
}

/** A body in HTTP/1.1 chunked transfer-coding, cut into chunks of `size` bytes. */
export function chunked(body, size = 7) {
  const bytes = toBuffer(body);
  const parts = [];
  for (let i = 0; i < bytes.length; i += size) {
    const piece = bytes.subarray(i, i + size);
    parts.push(Buffer.from(`${piece.length.toString(16)}${CRLF}`), piece, Buffer.from(CRLF));
  }
  parts.push(Buffer.from(`0${CRLF}${CRLF}`));
  return Buffer.concat(parts);
}

/** One gzip member: how WARC writers compress each record on its own. */
export function gzipMember(buf) {
  return gzipSync(toBuffer(buf));
}

/** Appends records to `path` one at a time; each becomes its own gzip member when `gzip` is set. */
export function openWarcWriter(path, { gzip = false } = {}) {
  const fd = openSync(path, 'w');
  let bytes = 0;
  return {
    add(record) {
      const out = gzip ? gzipMember(record) : toBuffer(record);
      writeSync(fd, out);
      bytes += out.length;
    },
    /** Bytes written so far. */
    get bytes() {
      return bytes;
    },
    close() {
      closeSync(fd);
    },
  };
}

/** Bytes of a whole WARC: per-record gzip members with `gzip`, or one member for all with `gzip: 'whole'`. */
export function warcBytes(records, { gzip = false } = {}) {
  if (gzip === 'whole') return gzipSync(Buffer.concat(records.map(toBuffer)));
  return Buffer.concat(records.map((r) => (gzip ? gzipMember(r) : toBuffer(r))));
}

export function writeWarc(path, records, options = {}) {
  writeFileSync(path, warcBytes(records, options));
}

/**
 * A WACZ: a zip of stored entries with the WARCs under archive/, plus the minimal datapackage.json
 * and pages/pages.jsonl a replay tool expects. `extra` adds or replaces entries by path.
 */
export function waczFrom(warcs, { pages = [], extra = {} } = {}) {
  const files = {};
  const resources = [];
  for (const { name, bytes } of warcs) {
    const path = name.includes('/') ? name : `archive/${name}`;
    files[path] = new Uint8Array(toBuffer(bytes));
    resources.push({ name: path.split('/').pop(), path, bytes: bytes.length });
  }
  const jsonl = [JSON.stringify({ format: 'json-pages-1.0', id: 'pages', title: 'All Pages' }), ...pages.map((p) => JSON.stringify(p))].join('\n') + '\n';
  files['pages/pages.jsonl'] = new TextEncoder().encode(jsonl);
  const datapackage = { profile: 'data-package', wacz_version: '1.1.1', created: '2025-01-01T00:00:00Z', software: 'warc-builder', resources };
  files['datapackage.json'] = new TextEncoder().encode(JSON.stringify(datapackage, null, 2));
  for (const [path, bytes] of Object.entries(extra)) files[path] = new Uint8Array(toBuffer(bytes));
  return Buffer.from(zipSync(files, { level: 0 }));
}
