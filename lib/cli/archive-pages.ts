// Reads the HTML pages out of web archives (.warc, .warc.gz, .wacz) as PageItems, one record at a
// time, so an archive of any size is read in flat memory. warcio frames the records (and inflates
// per-record gzip members); everything about the HTTP block is done here, strictly, because warcio
// hands back a body it could not decode as if it were the page (see decodeBody).
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import { brotliDecompressSync, constants as zlibConstants, createInflateRaw, gunzipSync, inflateRawSync, inflateSync } from 'node:zlib';
import { AsyncIterReader, WARCParser, type LimitReader, type WARCRecord } from 'warcio';
import yauzl from 'yauzl';
import { countSkip, type PageItem, type PageReadError, type SkipTally } from './page-input';

export interface ArchiveReadOptions {
  /** Called at least once per record with the bytes of the file (as stored, compressed) consumed so far. */
  onBytes?: (bytesReadOfFile: number) => void;
  /** Names the archive in labels in place of the file path. */
  label?: string;
}

/** A page decoded to more than this is refused: a gzip bomb must not take the whole run down. */
const MAX_PAGE_BYTES = 128 * 1024 * 1024;
/** An HTTP header block longer than this is not one. */
const MAX_HTTP_HEAD_BYTES = 1024 * 1024;

export async function* warcPages(file: string, skipped: SkipTally, options: ArchiveReadOptions = {}): AsyncGenerator<PageItem> {
  const name = options.label ?? file;
  try {
    // Opening first turns a missing file into one plain error rather than a stream error mid-read.
    const info = await stat(file);
    if (info.isDirectory()) {
      yield { label: name, error: `${file} is a directory, not a WARC file` };
      return;
    }
  } catch (e) {
    yield { label: name, error: `cannot read ${file}: ${errorText(e)}` };
    return;
  }
  const source = createReadStream(file);
  try {
    yield* warcStreamPages(source, name, skipped, options.onBytes);
  } finally {
    source.destroy();
  }
}

export async function* waczPages(file: string, skipped: SkipTally, options: Pick<ArchiveReadOptions, 'onBytes'> = {}): AsyncGenerator<PageItem> {
  let zip: yauzl.ZipFile;
  try {
    zip = await yauzl.openPromise(file, { lazyEntries: true, autoClose: false });
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    yield { label: file, error: code ? `cannot read ${file}: ${errorText(e)}` : `${file} is not a WACZ (zip) file: ${errorText(e)}` };
    return;
  }
  try {
    const warcs: yauzl.Entry[] = [];
    try {
      for await (const entry of zip.eachEntry()) {
        if (/^archive\/[^/]+\.warc(\.gz)?$/i.test(entry.fileName)) warcs.push(entry);
      }
    } catch (e) {
      yield { label: file, error: `${file} is not a readable WACZ (zip) file: ${errorText(e)}` };
      return;
    }
    if (warcs.length === 0) {
      yield { label: file, error: `${file} holds no WARC: expected a WACZ with archive/*.warc.gz entries` };
      return;
    }
    warcs.sort((a, b) => (a.fileName < b.fileName ? -1 : a.fileName > b.fileName ? 1 : 0));
    let before = 0;
    for (const entry of warcs) {
      const name = `${file}!${entry.fileName}`;
      const onBytes = options.onBytes && ((n: number) => options.onBytes?.(before + n));
      let source: Readable;
      try {
        source = await openEntry(zip, entry);
      } catch (e) {
        yield { label: name, error: `cannot read ${name}: ${errorText(e)}` };
        before += entry.compressedSize;
        continue;
      }
      try {
        // Each entry is a WARC of its own: a corrupt one ends only itself, not the entries after it.
        yield* warcStreamPages(source, name, skipped, onBytes);
      } finally {
        source.destroy();
      }
      before += entry.compressedSize;
    }
    // The zip's own directory and the non-WARC entries count too, so a progress bar ends full.
    options.onBytes?.(zip.fileSize);
  } finally {
    zip.close();
  }
}

/**
 * The entry's bytes as stored when they are stored (the WACZ norm), else inflated here from the raw
 * stream: either way the byte count that drives progress is of the zip file, not of the WARC.
 */
async function openEntry(zip: yauzl.ZipFile, entry: yauzl.Entry): Promise<Readable> {
  if (entry.compressionMethod === 0) return zip.openReadStreamPromise(entry);
  if (entry.compressionMethod !== 8) throw new Error(`entry uses zip compression method ${entry.compressionMethod}: expected 0 (stored) or 8 (deflate)`);
  const raw = await zip.openReadStreamPromise(entry, { decodeFileData: false });
  const inflate = createInflateRaw();
  let rawBytes = 0;
  raw.on('data', (chunk: Buffer) => (rawBytes += chunk.length));
  raw.on('error', (e) => inflate.destroy(e));
  // A reader that stops early destroys the inflater; the raw stream must let go of the zip too.
  inflate.on('close', () => raw.destroy());
  raw.pipe(inflate);
  return Object.assign(inflate, { rawBytes: () => rawBytes });
}

/** How many bytes of the underlying file a source has given up so far. */
type Counted = Readable & { rawBytes?: () => number };

/**
 * The pages of one WARC stream (plain, per-record gzip members, or one gzip for the whole file).
 * A broken record becomes a PageReadError and reading goes on; a broken archive becomes one
 * PageReadError naming where it broke, and ends the stream, since nothing after it can be trusted.
 */
async function* warcStreamPages(source: Counted, name: string, skipped: SkipTally, onBytes?: (n: number) => void): AsyncGenerator<PageItem> {
  let consumed = 0;
  const bytesOfFile = () => source.rawBytes?.() ?? consumed;
  let first: Uint8Array | undefined;
  const chunks = source[Symbol.asyncIterator]() as AsyncIterator<Buffer>;
  async function* counted(): AsyncGenerator<Uint8Array> {
    if (first) yield first;
    for (;;) {
      const { value, done } = await chunks.next();
      if (done) return;
      consumed += value.length;
      onBytes?.(bytesOfFile());
      yield value;
    }
  }

  let pages = 0;
  const corrupt = (detail: string, offset?: number): PageReadError => ({
    label: name,
    error: `${name} is corrupt${offset === undefined ? '' : ` at byte ${offset}`} after ${pages} page${pages === 1 ? '' : 's'}: ${detail}`,
  });

  let gzipped: boolean;
  try {
    const head = await chunks.next();
    if (head.done) return;
    first = head.value;
    consumed += first.length;
    onBytes?.(bytesOfFile());
    gzipped = first[0] === 0x1f && first[1] === 0x8b;
    const problem = startProblem(first, gzipped);
    if (problem) {
      yield corrupt(problem, 0);
      return;
    }
  } catch (e) {
    yield { label: name, error: `cannot read ${name}: ${errorText(e)}` };
    return;
  }

  // Our own reader (warcio's, made here rather than inside the parser) so we can see whether a
  // gzip member was cut short: warcio then simply reports the end of the archive.
  const reader = new AsyncIterReader(counted(), gzipped ? 'gzip' : null);
  const parser = new WARCParser(reader, { parseHttp: false });
  for (;;) {
    let record: WARCRecord | null;
    let item: PageItem | undefined;
    let offset = parser.offset;
    try {
      record = await parser.parse();
      offset = parser.offset;
      if (!record) break;
      if (gzipped && reader.compressed === null) {
        // warcio gives up inflating on a bad member and passes the compressed bytes on as data.
        yield corrupt(NOT_GZIP, offset);
        return;
      }
      if (!record.warcHeaders.statusline.startsWith('WARC/')) {
        yield corrupt(`expected a WARC record header ("WARC/1.1"), found ${quoteStart(record.warcHeaders.statusline)}`, offset);
        return;
      }
      const length = record.warcHeaders.headers.get('Content-Length') ?? '';
      if (!/^\d{1,15}$/.test(length.trim())) {
        yield corrupt(`record has Content-Length ${JSON.stringify(length)}, expected a number of bytes`, offset);
        return;
      }
      item = await readRecord(record, name, skipped);
      if (gzipped && reader.compressed === null) {
        yield corrupt(NOT_GZIP, offset);
        return;
      }
      if ((record.reader as LimitReader).limit > 0) {
        yield corrupt(`the archive ends inside the record that starts here (${(record.reader as LimitReader).limit} of its bytes missing)`, offset);
        return;
      }
    } catch (e) {
      yield corrupt(errorText(e), offset);
      return;
    }
    onBytes?.(bytesOfFile());
    if (!item) continue;
    if ('bytes' in item) pages++;
    yield item;
  }
  if (gzipped && reader.inflator && !reader.inflator.ended) {
    yield corrupt('the last gzip member is cut short', parser.offset);
    return;
  }
  if (gzipped && reader.compressed === null) {
    yield corrupt(NOT_GZIP, parser.offset);
    return;
  }
  onBytes?.(bytesOfFile());
}

const NOT_GZIP = 'the bytes from here on are not whole gzip members (a member that does not inflate, or junk after the last one)';

/** Why the first chunk of a stream cannot be the start of a WARC, or undefined if it can. */
function startProblem(first: Uint8Array, gzipped: boolean): string | undefined {
  let head: Uint8Array = first.subarray(0, 16);
  if (gzipped) {
    try {
      // A kilobyte of input inflates to at most about a megabyte, whatever the member holds.
      head = gunzipSync(first.subarray(0, 1024), { finishFlush: zlibConstants.Z_SYNC_FLUSH }).subarray(0, 16);
    } catch {
      // A bad member (or junk after a good one) is reported, with its offset, by the main loop.
      return undefined;
    }
  }
  if (head.length < 5) return undefined;
  const text = Buffer.from(head).toString('latin1');
  if (text.startsWith('WARC/')) return undefined;
  return `expected a WARC record header ("WARC/1.1"${gzipped ? '' : ' or a gzip member'}), found ${quoteStart(text)}`;
}

/** One record as a page, a read error, or (counted in `skipped`) nothing. Always consumes the record. */
async function readRecord(record: WARCRecord, archive: string, skipped: SkipTally): Promise<PageItem | undefined> {
  const type = record.warcType as string | null;
  const block = record.reader as LimitReader;
  if (type !== 'response' && type !== 'resource') {
    await drain(block);
    // request, metadata, warcinfo, revisit, and any type a later WARC version adds, by name.
    countSkip(skipped, type || 'no WARC-Type');
    return undefined;
  }
  const uri = record.warcTargetURI ?? '';
  const warcDate = record.warcDate ?? '';
  const label = `${uri} (${warcDate}) in ${archive}`;
  const captured = new Date(warcDate);
  const page = (bytes: Uint8Array, contentType: string | undefined): PageItem => {
    if (!uri) return { label, error: 'record has no WARC-Target-URI: expected the address of the page' };
    return { label, url: uri, bytes, ...(contentType === undefined ? {} : { contentType }), ...(Number.isNaN(captured.getTime()) ? {} : { capturedAt: captured }) };
  };

  if (type === 'resource') {
    const warcType = record.warcContentType ?? '';
    if (mimeEssence(warcType) !== 'text/html') {
      await drain(block);
      countSkip(skipped, 'resource (not HTML)');
      return undefined;
    }
    return page(await readAll(block), warcType);
  }

  const head = await readHttpHead(block);
  if (head === 'not HTTP') {
    await drain(block);
    countSkip(skipped, 'not HTTP');
    return undefined;
  }
  if (typeof head === 'string') {
    await drain(block);
    return { label, error: head };
  }
  if (head.status !== 200) {
    await drain(block);
    countSkip(skipped, `status ${head.status}`);
    return undefined;
  }
  const contentType = head.headers.get('content-type');
  if (contentType !== undefined && contentType !== '' && !HTML_TYPES.has(mimeEssence(contentType))) {
    await drain(block);
    countSkip(skipped, 'not HTML');
    return undefined;
  }
  const raw = concat([head.rest, await readAll(block)]);
  let bytes: Uint8Array;
  try {
    bytes = decodeBody(raw, head.headers.get('transfer-encoding'), head.headers.get('content-encoding'));
  } catch (e) {
    return { label, error: errorText(e) };
  }
  if (!contentType && !looksLikeHtml(bytes)) {
    countSkip(skipped, 'not HTML');
    return undefined;
  }
  return page(bytes, contentType || undefined);
}

const HTML_TYPES = new Set(['text/html', 'application/xhtml+xml']);

const mimeEssence = (contentType: string) => contentType.split(';', 1)[0].trim().toLowerCase();

interface HttpHead {
  status: number;
  /** Lower-case names; a repeated header's values joined with ", " as HTTP allows. */
  headers: Map<string, string>;
  /** Body bytes read along with the head. */
  rest: Uint8Array;
}

/**
 * The status line and headers of an HTTP response block, read from the record itself so a
 * malformed head can never read into the next record. 'not HTTP' for a block that is not an HTTP
 * response at all (Heritrix writes DNS lookups as response records); a string for a broken one.
 */
async function readHttpHead(block: LimitReader): Promise<HttpHead | 'not HTTP' | string> {
  const parts: Uint8Array[] = [];
  let size = 0;
  let end = -1;
  let bodyStart = -1;
  // 1 after an LF, 2 after LF CR: a second LF then ends the head ("\n\n" or "\r\n\r\n"). One pass
  // over each byte, however the head is split into chunks.
  let state = 0;
  for await (const chunk of block) {
    for (let i = 0; i < chunk.length; i++) {
      const b = chunk[i];
      if (b === 10) {
        if (state > 0) {
          end = size + i - state;
          bodyStart = size + i + 1;
          break;
        }
        state = 1;
      } else state = b === 13 && state === 1 ? 2 : b === 13 ? state : 0;
    }
    parts.push(chunk);
    size += chunk.length;
    if (size >= 5 && !startsWithAscii(parts[0].length >= 5 ? parts[0] : concat(parts), 'HTTP/')) return 'not HTTP';
    if (end >= 0) break;
    if (size > MAX_HTTP_HEAD_BYTES) return `HTTP headers run past ${MAX_HTTP_HEAD_BYTES} bytes: expected a blank line ending them`;
  }
  const buf = concat(parts);
  if (buf.length < 5 || !startsWithAscii(buf, 'HTTP/')) return 'not HTTP';
  if (end < 0) [end, bodyStart] = [buf.length, buf.length];
  const lines = Buffer.from(buf.subarray(0, end)).toString('latin1').split('\n');
  const statusLine = lines[0].trim();
  const status = /^HTTP\/\d(?:\.\d)? (\d{3})(?: |$)/.exec(statusLine);
  if (!status) return `HTTP status line ${quoteStart(statusLine)} is not one: expected e.g. "HTTP/1.1 200 OK"`;
  const headers = new Map<string, string>();
  let last = '';
  for (const line of lines.slice(1)) {
    const l = line.replace(/\r$/, '');
    if ((l.startsWith(' ') || l.startsWith('\t')) && last) {
      headers.set(last, `${headers.get(last)} ${l.trim()}`);
      continue;
    }
    const colon = l.indexOf(':');
    if (colon <= 0) continue;
    last = l.slice(0, colon).trim().toLowerCase();
    const value = l.slice(colon + 1).trim();
    const prior = headers.get(last);
    // Content-Type is one value (the last one wins, as in browsers); the others are lists.
    headers.set(last, prior === undefined || last === 'content-type' ? value : `${prior}, ${value}`);
  }
  return { status: Number(status[1]), headers, rest: buf.subarray(bodyStart) };
}

/**
 * Undoes Transfer-Encoding then Content-Encoding, each in reverse order of application. warcio's
 * readFully(true) decodes chunked, gzip and deflate but not br, and on a body that does not decode
 * it silently returns the raw bytes; here that is an error for this record alone.
 */
export function decodeBody(raw: Uint8Array, transferEncoding?: string, contentEncoding?: string): Uint8Array {
  let bytes = raw;
  for (const [header, value] of [['Transfer-Encoding', transferEncoding], ['Content-Encoding', contentEncoding]] as const) {
    const codings = (value ?? '').split(',').map((c) => c.trim().toLowerCase()).filter((c) => c && c !== 'identity');
    for (const coding of codings.reverse()) {
      if (coding === 'chunked' && header === 'Transfer-Encoding') bytes = dechunk(bytes);
      else bytes = inflate(bytes, coding, header);
    }
  }
  return bytes;
}

function inflate(bytes: Uint8Array, coding: string, header: string): Uint8Array {
  const opts = { maxOutputLength: MAX_PAGE_BYTES };
  try {
    if (coding === 'gzip' || coding === 'x-gzip') return gunzipSync(bytes, opts);
    if (coding === 'br') return brotliDecompressSync(bytes, opts);
    if (coding === 'deflate') {
      // HTTP's deflate is zlib-wrapped, but enough servers send raw deflate that browsers take both.
      try {
        return inflateSync(bytes, opts);
      } catch {
        return inflateRawSync(bytes, opts);
      }
    }
  } catch (e) {
    throw new Error(`body does not decode as ${header} ${coding}: ${errorText(e)}`);
  }
  throw new Error(`${header} ${JSON.stringify(coding)} is not one this reader undoes: expected gzip, deflate, br${header === 'Transfer-Encoding' ? ' or chunked' : ''}`);
}

/** HTTP/1.1 chunked transfer-coding, strictly: a bad size line or a missing CRLF is an error. */
function dechunk(bytes: Uint8Array): Uint8Array {
  const out: Uint8Array[] = [];
  let pos = 0;
  let total = 0;
  for (;;) {
    const lineEnd = bytes.indexOf(10, pos);
    if (lineEnd < 0) throw new Error(`chunked body ends at byte ${pos} without its last (zero-size) chunk`);
    const line = Buffer.from(bytes.subarray(pos, lineEnd)).toString('latin1').replace(/\r$/, '');
    const sizeText = line.split(';', 1)[0].trim();
    if (!/^[0-9a-fA-F]{1,12}$/.test(sizeText)) throw new Error(`chunk size ${quoteStart(line)} at byte ${pos} of the body is not hexadecimal`);
    const size = parseInt(sizeText, 16);
    const start = lineEnd + 1;
    if (size === 0) break; // Trailer fields, if any, carry nothing a page needs.
    if (start + size > bytes.length) throw new Error(`chunk at byte ${pos} of the body claims ${size} bytes, only ${bytes.length - start} are left`);
    out.push(bytes.subarray(start, start + size));
    total += size;
    if (total > MAX_PAGE_BYTES) throw new Error(`chunked body is larger than ${MAX_PAGE_BYTES} bytes`);
    pos = start + size;
    if (bytes[pos] === 13 && bytes[pos + 1] === 10) pos += 2;
    else if (bytes[pos] === 10) pos += 1;
    else throw new Error(`chunk at byte ${start} of the body is not followed by CRLF`);
  }
  return concat(out);
}

/** A payload served with no Content-Type is a page if it starts (after a BOM and space) like one. */
function looksLikeHtml(bytes: Uint8Array): boolean {
  let start = 0;
  let encoding = 'utf-8';
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) start = 3;
  else if (bytes[0] === 0xff && bytes[1] === 0xfe) [start, encoding] = [2, 'utf-16le'];
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) [start, encoding] = [2, 'utf-16be'];
  const text = new TextDecoder(encoding).decode(bytes.subarray(start, start + 1024)).trimStart().slice(0, 14).toLowerCase();
  return text.startsWith('<!doctype html') || text.startsWith('<html');
}

async function drain(block: LimitReader): Promise<void> {
  for await (const _ of block) {
    // Discarded: a skipped record's bytes are never held.
  }
}

async function readAll(block: LimitReader): Promise<Uint8Array> {
  const parts: Uint8Array[] = [];
  for await (const chunk of block) parts.push(chunk);
  return concat(parts);
}

function concat(parts: Uint8Array[]): Uint8Array {
  if (parts.length === 1) return parts[0];
  return Buffer.concat(parts);
}

function startsWithAscii(bytes: Uint8Array, prefix: string): boolean {
  for (let i = 0; i < prefix.length; i++) if (bytes[i] !== prefix.charCodeAt(i)) return false;
  return true;
}

/** The start of some bytes-as-text, quoted, short enough for an error line. */
function quoteStart(text: string): string {
  return JSON.stringify(text.length > 40 ? `${text.slice(0, 40)}…` : text);
}

function errorText(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
