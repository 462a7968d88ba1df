// One page to extract, whatever it came from (a saved file, a WARC or WACZ record), and what a
// reader says about a record it could not turn into a page. The extract run, the worker pool and
// --resume speak only these. (Kept free of jsdom: the main thread of a run imports this.)
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gunzipSync } from 'node:zlib';

export interface PageInput {
  /** Names the page in error lines and the summary: a file path, or "URI (WARC-Date) in FILE". */
  label: string;
  /** The page's address: becomes record.source.url (so site adapters apply) and the --resume key. */
  url: string;
  /** The page as served: HTTP chunking and Content-Encoding already undone. */
  bytes: Uint8Array;
  /** The HTTP Content-Type of an archived response, with its charset parameter if it had one. */
  contentType?: string;
  /** The WARC-Date of an archived response; becomes record.source.capturedAt. */
  capturedAt?: Date;
}

/** A record that should have been a page and could not be read (bad gzip member, bad chunking…). */
export interface PageReadError {
  label: string;
  error: string;
}

export type PageItem = PageInput | PageReadError;

export const isReadError = (item: PageItem): item is PageReadError => 'error' in item;

/** Records an archive holds that are not pages, counted by reason ("request", "status 404", "not HTML"). */
export type SkipTally = Map<string, number>;

export function countSkip(tally: SkipTally, reason: string): void {
  tally.set(reason, (tally.get(reason) ?? 0) + 1);
}

/** The address of a saved page that came without one. */
export function fileUrl(file: string): string {
  return pathToFileURL(resolve(file)).href;
}

/** A saved page's bytes as read from disk: `.html.gz` (as some archives keep pages) is inflated. */
export function savedPageBytes(file: string, raw: Uint8Array): Uint8Array {
  return /\.gz$/i.test(file) ? gunzipSync(raw) : raw;
}

export function archiveKind(path: string): 'warc' | 'wacz' | null {
  const p = path.toLowerCase();
  if (p.endsWith('.warc') || p.endsWith('.warc.gz')) return 'warc';
  if (p.endsWith('.wacz')) return 'wacz';
  return null;
}
