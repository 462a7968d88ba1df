// One page → one event record, on jsdom: the same capture and normaliser code as the extension.
// Used in-process by the tests and inside each worker of an extract run.
import { readFileSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { JSDOM, VirtualConsole } from 'jsdom';
import './jsdom-without-stylesheets';
import { readPage } from '../capture/read-page';
import { normalizeCapture } from '../normalize/normalize-capture';
import { pageSelectorsFor } from '../normalize/site-adapters';
import type { EventRecord } from '../record-schema';
import { htmlForJsdom } from './page-decoding';
import { fileUrl, savedPageBytes } from './page-input';

export interface ExtractOptions {
  /** capturedAt of a page from a file; an archived page carries its own (WARC-Date). */
  now?: Date;
  id?: string;
}

export interface PageToExtract {
  url: string;
  bytes: Uint8Array;
  contentType?: string;
  capturedAt?: Date;
}

export function extractPage(page: PageToExtract, options: ExtractOptions = {}): EventRecord {
  const { html, contentType } = htmlForJsdom(page.bytes, page.contentType);
  let dom: JSDOM;
  try {
    dom = parseHtml(html, page.url, contentType);
  } catch {
    // jsdom's CSS parser throws on some real stylesheets; styles play no part in extraction.
    const text = typeof html === 'string' ? html : null;
    if (text === null) throw new Error('jsdom could not parse the page');
    dom = parseHtml(text.replace(/(<style\b[^>]*>)[\s\S]*?(<\/style>)/gi, '$1$2'), page.url, contentType);
  }
  try {
    // The same selectors the worker hands the injected script for this address, so both agree.
    const raw = readPage(dom.window.document, { url: page.url, selectors: pageSelectorsFor(page.url), ownDocument: true });
    return normalizeCapture(raw, { id: options.id ?? randomUUID(), now: page.capturedAt ?? options.now ?? new Date() });
  } finally {
    dom.window.close();
  }
}

/** A saved page on disk (`.html`, or `.html.gz` as some archives keep them). */
export function readSavedPage(file: string): Uint8Array {
  return savedPageBytes(file, readFileSync(file));
}

export function extractFile(file: string, options: ExtractOptions & { url?: string } = {}): EventRecord {
  return extractPage({ url: options.url || fileUrl(file), bytes: readSavedPage(file) }, options);
}

function parseHtml(html: string | Buffer, url: string, contentType: string): JSDOM {
  // Scripts never run (jsdom's default); a silent console keeps page errors off our stderr.
  return new JSDOM(html, { url, contentType, virtualConsole: new VirtualConsole() });
}
