// What `communique extract` reads: saved pages, folders of them (recursively), quoted globs, and
// web archives (WARC, WACZ), turned into one stream of pages in input order.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
// Archive readers (warcio, yauzl, pako) and the glob matcher are imported when an input needs
// them: one saved page, the common call, does not compile them.
import { archiveKind, fileUrl, savedPageBytes, type PageItem, type SkipTally } from './page-input';

export interface Source {
  kind: 'file' | 'warc' | 'wacz';
  path: string;
  /** Bytes on disk: the progress bar's measure of work done, since an archive's page count is unknown. */
  size: number;
  /** The page's own address, from a --list file. */
  url?: string;
}

/** Inside a folder, what counts as a saved page (archives count too). */
const PAGE_FILE = /\.(?:html?|xhtml|xht)(?:\.gz)?$/i;
const GLOB_CHARS = /[*?[\]{}]/;

export interface ExpandedInputs {
  sources: Source[];
  /** Arguments that name nothing readable, each with the reason. */
  problems: string[];
  /** Whether an argument was a folder, a glob or an archive: the output is NDJSON then, even for one page. */
  many: boolean;
}

export async function expandInputs(args: string[], lists: string[] = []): Promise<ExpandedInputs> {
  const sources: Source[] = [];
  const problems: string[] = [];
  let many = args.length > 1 || lists.length > 0;
  for (const list of lists) readList(list, sources, problems);
  for (const arg of args) {
    let stat;
    try {
      stat = statSync(arg);
    } catch (e) {
      if (!GLOB_CHARS.test(arg)) {
        problems.push(`cannot read ${arg}: ${reason(e)}`);
        continue;
      }
      many = true;
      const { glob } = await import('tinyglobby');
      const matches = (await glob(arg, { onlyFiles: true, expandDirectories: false })).sort();
      if (!matches.length) problems.push(`no file matches ${arg}`);
      for (const path of matches) sources.push(sourceOf(path, statSync(path).size));
      continue;
    }
    if (stat.isDirectory()) {
      many = true;
      walk(arg, sources, problems);
    } else {
      const source = sourceOf(arg, stat.size);
      if (source.kind !== 'file') many = true;
      sources.push(source);
    }
  }
  return { sources, problems, many };
}

/**
 * --list FILE: one saved page or archive a line, optionally followed by a tab and the page's address
 * (a crawl log, a download manifest), so a folder of saved pages keeps the addresses site adapters
 * go by. Relative paths are read from the list's folder; blank lines and # comments are skipped.
 */
function readList(list: string, out: Source[], problems: string[]): void {
  let text: string;
  try {
    text = readFileSync(list, 'utf8');
  } catch (e) {
    problems.push(`cannot read list ${list}: ${reason(e)}`);
    return;
  }
  const base = dirname(list);
  text.split('\n').forEach((raw, i) => {
    const line = raw.replace(/\r$/, '');
    if (!line.trim() || line.trimStart().startsWith('#')) return;
    const tab = line.indexOf('\t');
    const path = resolve(base, tab < 0 ? line : line.slice(0, tab));
    const url = tab < 0 ? undefined : line.slice(tab + 1).trim() || undefined;
    if (url !== undefined && !URL.canParse(url)) {
      problems.push(`line ${i + 1} of ${list}: "${url}" is not an absolute URL: expected PATH, or PATH, a tab and an address such as https://www.example.org/news/1.html`);
      return;
    }
    try {
      const source = sourceOf(path, statSync(path).size);
      out.push(url && source.kind === 'file' ? { ...source, url } : source);
    } catch (e) {
      problems.push(`line ${i + 1} of ${list}: cannot read ${path}: ${reason(e)}`);
    }
  });
}

function sourceOf(path: string, size: number): Source {
  return { kind: archiveKind(path) ?? 'file', path, size };
}

/** Depth-first, names sorted, so two runs over one folder list pages in the same order. */
function walk(dir: string, out: Source[], problems: string[]): void {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch (e) {
    problems.push(`cannot read folder ${dir}: ${reason(e)}`);
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) walk(path, out, problems);
    else if (entry.isFile() && (PAGE_FILE.test(entry.name) || archiveKind(entry.name))) {
      try {
        out.push(sourceOf(path, statSync(path).size));
      } catch (e) {
        problems.push(`cannot read ${path}: ${reason(e)}`);
      }
    }
  }
}

export interface PageItemsOptions {
  /** The address of the one saved page given (--url). */
  url?: string;
  skipped: SkipTally;
  /** Bytes of all sources consumed so far (files read, archive bytes parsed). */
  onBytes?: (bytes: number) => void;
}

export async function* pageItems(sources: Source[], options: PageItemsOptions): AsyncGenerator<PageItem> {
  let before = 0;
  for (const source of sources) {
    if (source.kind === 'file') {
      try {
        const bytes = savedPageBytes(source.path, await readFile(source.path));
        yield { label: source.path, url: source.url ?? options.url ?? fileUrl(source.path), bytes };
      } catch (e) {
        yield { label: source.path, error: `cannot read it: ${reason(e)}` };
      }
    } else {
      const at = before;
      const onBytes = options.onBytes && ((n: number) => options.onBytes!(at + n));
      const { warcPages, waczPages } = await import('./archive-pages');
      yield* source.kind === 'warc' ? warcPages(source.path, options.skipped, { onBytes }) : waczPages(source.path, options.skipped, { onBytes });
    }
    before += source.size;
    options.onBytes?.(before);
  }
}

function reason(e: unknown): string {
  const err = e as NodeJS.ErrnoException;
  if (err?.code === 'ENOENT') return 'no such file or folder';
  if (err?.code === 'EACCES') return 'permission denied';
  if (err?.code === 'EISDIR') return 'it is a folder';
  return err?.message ?? String(e);
}
