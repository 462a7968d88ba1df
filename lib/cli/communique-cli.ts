// `communique extract [--url URL] FILE.html|DIR ...`: the same capture and normaliser code as the
// extension, on jsdom. One file prints one JSON record; several files or a directory print NDJSON.
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { randomUUID } from 'node:crypto';
import { JSDOM, VirtualConsole } from 'jsdom';
import { readPage } from '../capture/read-page';
import { normalizeCapture } from '../normalize/normalize-capture';
import { pageSelectorsFor } from '../normalize/site-adapters';
import type { EventRecord } from '../record-schema';
import { exportBytes, exportRecords } from '../export/export-records';
import { describeProblems, parseRecordsFile } from '../import/parse-records-file';
import { EXPORT_FORMATS, type ExportFormat } from '../protocol';

const USAGE = `usage: communique extract [--url URL] [--now ISO] FILE.html|DIR ...
         prints the event record of a saved page as JSON; several files or a directory print NDJSON
       communique export --format F [--out PATH] FILE.json|FILE.ndjson
         converts a Communiqué export; F is one of ${EXPORT_FORMATS.join(', ')}`;

export interface CliIo {
  out: (s: string) => void;
  err: (s: string) => void;
}

export function extractFile(file: string, options: { url?: string; now?: Date; id?: string } = {}): EventRecord {
  const bytes = readFileSync(file);
  const url = options.url || pathToFileURL(resolve(file)).href;
  const html = decodeSavedPage(bytes);
  let dom: JSDOM;
  try {
    dom = parseHtml(html, url);
  } catch {
    // jsdom's CSS parser throws on some real stylesheets; styles play no part in extraction.
    dom = parseHtml(typeof html === 'string' ? html.replace(/(<style\b[^>]*>)[\s\S]*?(<\/style>)/gi, '$1$2') : html, url);
  }
  try {
    // The same selectors the worker hands the injected script for this address, so both agree.
    const raw = readPage(dom.window.document, { url, selectors: pageSelectorsFor(url) });
    return normalizeCapture(raw, { id: options.id ?? randomUUID(), now: options.now ?? new Date() });
  } finally {
    dom.window.close();
  }
}

function parseHtml(html: string | Buffer, url: string): JSDOM {
  // Scripts never run (jsdom's default); a silent console keeps page errors off our stderr.
  return new JSDOM(html, { url, contentType: 'text/html', virtualConsole: new VirtualConsole() });
}

/**
 * A page saved to disk is usually re-encoded as UTF-8 while its <meta charset> still names the
 * original encoding, so bytes that are valid UTF-8 are read as UTF-8. Anything else is handed to
 * jsdom as bytes, which sniffs the BOM and <meta charset> as a browser would.
 */
export function decodeSavedPage(bytes: Buffer): string | Buffer {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return bytes;
  }
}

function htmlFilesIn(path: string): string[] {
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path)
    .filter((f) => /\.x?html?$/i.test(f))
    .sort()
    .map((f) => join(path, f));
}

export async function main(argv: string[], io: CliIo = { out: (s) => process.stdout.write(s), err: (s) => process.stderr.write(s) }): Promise<number> {
  const [command, ...rest] = argv;
  if (command === 'export') return exportCommand(rest, io);
  if (command !== 'extract') {
    io.err(`${command ? `unknown command "${command}"\n` : ''}${USAGE}\n`);
    return 2;
  }
  let url: string | undefined;
  let now: Date | undefined;
  const inputs: string[] = [];
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i];
    if (a === '--url') {
      url = rest[++i];
      if (url && !URL.canParse(url)) {
        io.err(`--url "${url}" is not an absolute URL: expected one such as https://www.example.org/news/1.html\n`);
        return 2;
      }
    } else if (a === '--now') {
      const v = rest[++i];
      now = new Date(v ?? '');
      if (!v || Number.isNaN(now.getTime())) {
        io.err(`--now "${v}" is not a date: expected an ISO timestamp such as 2025-09-07T10:00:00Z\n`);
        return 2;
      }
    } else if (a.startsWith('--')) {
      io.err(`unknown option ${a}\n${USAGE}\n`);
      return 2;
    } else inputs.push(a);
  }
  if (!inputs.length) {
    io.err(`no input file\n${USAGE}\n`);
    return 2;
  }
  let files: string[];
  try {
    files = inputs.flatMap(htmlFilesIn);
  } catch (e) {
    io.err(`cannot read ${inputs.join(', ')}: ${(e as Error).message}\n`);
    return 1;
  }
  const many = files.length > 1 || inputs.some((p) => statSync(p).isDirectory());
  let failures = 0;
  for (const file of files) {
    try {
      // --url names one page; with several files each keeps its own file: URL.
      const record = extractFile(file, { url: many ? undefined : url, now });
      io.out(many ? `${JSON.stringify(record)}\n` : `${JSON.stringify(record, null, 2)}\n`);
    } catch (e) {
      failures++;
      io.err(`${file}: ${(e as Error).message}\n`);
    }
  }
  return failures ? 1 : 0;
}

async function exportCommand(args: string[], io: CliIo): Promise<number> {
  let format: string | undefined;
  let out: string | undefined;
  const inputs: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '--format') format = args[++i];
    else if (a === '--out') out = args[++i];
    else if (a.startsWith('--')) {
      io.err(`unknown option ${a}\n${USAGE}\n`);
      return 2;
    } else inputs.push(a);
  }
  if (!format || !(EXPORT_FORMATS as readonly string[]).includes(format)) {
    io.err(`--format ${format === undefined ? 'is missing' : `"${format}" is not known`}: expected one of ${EXPORT_FORMATS.join(', ')}\n`);
    return 2;
  }
  if (inputs.length !== 1) {
    io.err(`expected one input file (a Communiqué JSON or NDJSON export), got ${inputs.length}\n${USAGE}\n`);
    return 2;
  }
  let text: string;
  try {
    text = readFileSync(inputs[0], 'utf8');
  } catch (e) {
    io.err(`cannot read ${inputs[0]}: ${(e as Error).message}\n`);
    return 1;
  }
  const parsed = parseRecordsFile(text);
  if (!parsed.ok) {
    io.err(`${inputs[0]} is not a valid Communiqué export; nothing was written:\n${describeProblems(parsed.problems)}\n`);
    return 1;
  }
  const file = exportRecords(parsed.records, format as ExportFormat, new Date());
  if (file.skipped.length) io.err(`${file.skipped.length} record(s) have no event date and are not in the ${format} file\n`);
  if (out) {
    writeFileSync(out, exportBytes(file));
    return 0;
  }
  if (typeof file.content !== 'string') {
    if (process.stdout.isTTY) {
      io.err(`the ${format} export is a zip archive: give --out PATH to write it\n`);
      return 2;
    }
    process.stdout.write(exportBytes(file));
    return 0;
  }
  io.out(file.content);
  return 0;
}
