// `communique extract`: pages in, event records out, on every core. Inputs are read in order and
// handed to a pool of worker threads; records leave in input order (or as they finish, with
// --unordered) as NDJSON, so memory stays flat however many pages there are. One bad page is an
// error line and a count, never the end of the run.
import { availableParallelism } from 'node:os';
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { CAPTURE_TIMEOUT_MS } from '../capture/raw-capture';
import type { ExtractTask } from './extract-worker';
import { InOrder } from './in-order';
import { isReadError, type SkipTally } from './page-input';
import { expandInputs, pageItems } from './page-sources';
import { Progress } from './progress';
import { readDonePages, resumeKey } from './resume-file';
import { WorkerPool } from './worker-pool';
import { extractWorkerEntry, IN_THREAD_MAX_BYTES, loadInThreadExtractor, WORKER_HEAP_MB } from './extract-worker-entry';
import { InThreadRunner } from './in-thread-runner';
import type { CliIo } from './cli-io';

export const EXTRACT_USAGE = `communique extract [options] INPUT...
         INPUT: a saved page (.html, .htm, .xhtml, also .gz), a folder of them (read recursively),
         a quoted glob ('pages/**/*.html'), or a web archive (.warc, .warc.gz, .wacz).
         One saved page prints one JSON record; anything more prints NDJSON, one record per line.
  --url URL        the address of the one saved page given (site adapters go by it)
  --list FILE      also read the pages FILE lists, one a line: PATH, or PATH, a tab and its address
  --now ISO        capturedAt of pages from files (archived pages keep their WARC-Date)
  --jobs N         worker threads (default: ${availableParallelism()}, the number of cores)
  --unordered      write records as they finish instead of in input order
  --out FILE       write the NDJSON to FILE instead of standard output
  --resume         with --out: skip the pages FILE already holds, append the rest
  --timeout S      seconds one page may take before it is stopped (default ${CAPTURE_TIMEOUT_MS / 1000})
  --quiet          no progress on standard error (errors and the exit code stay)`;

interface ExtractArgs {
  url?: string;
  now?: Date;
  jobs: number;
  unordered: boolean;
  out?: string;
  resume: boolean;
  timeoutMs: number;
  quiet: boolean;
  inputs: string[];
  lists: string[];
}

function parseArgs(args: string[]): ExtractArgs | string {
  const parsed: ExtractArgs = { jobs: availableParallelism(), unordered: false, resume: false, timeoutMs: CAPTURE_TIMEOUT_MS, quiet: false, inputs: [], lists: [] };
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    const value = () => args[++i];
    if (a === '--url') {
      const v = value();
      // An empty --url is no address (scorers pass the gold's, which may be blank): the file: URL stands.
      if (v === undefined || (v && !URL.canParse(v))) return `--url "${v ?? ''}" is not an absolute URL: expected one such as https://www.example.org/news/1.html`;
      parsed.url = v || undefined;
    } else if (a === '--now') {
      const v = value();
      const d = new Date(v ?? '');
      if (!v || Number.isNaN(d.getTime())) return `--now "${v ?? ''}" is not a date: expected an ISO timestamp such as 2025-09-07T10:00:00Z`;
      parsed.now = d;
    } else if (a === '--jobs') {
      const v = value();
      const n = Number(v);
      if (!Number.isInteger(n) || n < 1 || n > 256) return `--jobs "${v ?? ''}" is not a number of threads: expected a whole number from 1 to 256`;
      parsed.jobs = n;
    } else if (a === '--timeout') {
      const v = value();
      const n = Number(v);
      if (!(n > 0) || n > 86_400) return `--timeout "${v ?? ''}" is not a time limit: expected seconds, more than 0`;
      parsed.timeoutMs = Math.round(n * 1000);
    } else if (a === '--out') {
      const v = value();
      if (!v) return '--out needs a file name';
      parsed.out = v;
    } else if (a === '--list') {
      const v = value();
      if (!v) return '--list needs a file name';
      parsed.lists.push(v);
    } else if (a === '--unordered') parsed.unordered = true;
    else if (a === '--resume') parsed.resume = true;
    else if (a === '--quiet') parsed.quiet = true;
    else if (a.startsWith('--')) return `unknown option ${a}`;
    else parsed.inputs.push(a);
  }
  if (!parsed.inputs.length && !parsed.lists.length) return 'no input: give saved pages, folders, globs, archives or --list FILE';
  if (parsed.resume && !parsed.out) return '--resume needs --out FILE: the file whose pages are skipped and appended to';
  return parsed;
}

type Outcome = { line: string } | { error: string };

export async function extractCommand(argv: string[], io: CliIo): Promise<number> {
  const args = parseArgs(argv);
  if (typeof args === 'string') {
    io.err(`${args}\nusage: ${EXTRACT_USAGE}\n`);
    return 2;
  }
  const { sources, problems, many } = await expandInputs(args.inputs, args.lists);
  for (const p of problems) io.err(`error: ${p}\n`);
  if (!sources.length) return 1;
  const onePage = !many && sources.length === 1;
  if (args.url && !onePage) {
    io.err(`--url names the address of one saved page, but ${args.inputs.join(' ')} ${sources.length > 1 ? `are ${sources.length} inputs` : 'is not one saved page'}: archived pages keep their own addresses\n`);
    return 2;
  }

  let done = { keys: new Set<string>(), records: 0, cutBytes: 0 };
  if (args.resume && args.out) {
    try {
      done = readDonePages(args.out);
    } catch (e) {
      io.err(`error: ${(e as Error).message}\n`);
      return 1;
    }
    if (done.cutBytes) io.err(`${args.out}: removed a last line cut short by an earlier run (${done.cutBytes} bytes); that page is read again\n`);
  }

  const sink: Writable | null = args.out ? createWriteStream(args.out, { flags: args.resume ? 'a' : 'w' }) : (io.stdout ?? null);
  let sinkError: Error | null = null;
  sink?.on('error', (e) => (sinkError = e));
  const write = (s: string) => (sink ? sink.write(s) : (io.out(s), true));

  // One page needs no progress and no summary: the record or the error says it all.
  const progress = new Progress({ write: io.err, tty: !!io.errIsTTY, quiet: args.quiet || onePage, columns: io.columns });
  const totalBytes = sources.reduce((n, s) => n + s.size, 0);
  progress.state.total = sources.every((s) => s.kind === 'file') ? sources.length : null;
  const skipped: SkipTally = new Map();
  const tally = { records: 0, errors: problems.length, resumed: 0 };

  const pool =
    onePage && sources[0].kind === 'file' && sources[0].size <= IN_THREAD_MAX_BYTES
      ? new InThreadRunner(loadInThreadExtractor, args.timeoutMs)
      : new WorkerPool<ExtractTask, string>({ size: Math.min(args.jobs, Math.max(1, progress.state.total ?? args.jobs)), workerUrl: extractWorkerEntry(), timeoutMs: args.timeoutMs, maxHeapMb: WORKER_HEAP_MB });
  const inOrder = new InOrder<Outcome>();
  // Pages running or waiting for an earlier one: bounded, so a slow page cannot make memory grow.
  const window = args.jobs * 8;
  let pending = 0;
  let wake: (() => void) | null = null;

  const emit = (outcome: Outcome) => {
    if ('line' in outcome) {
      tally.records++;
      write(onePage && !args.out ? `${JSON.stringify(JSON.parse(outcome.line), null, 2)}\n` : `${outcome.line}\n`);
    }
  };
  const settle = (seq: number, label: string, outcome: Outcome) => {
    if ('error' in outcome) {
      tally.errors++;
      progress.state.errors++;
      progress.error(`error: ${label}: ${outcome.error}`);
    }
    progress.state.done++;
    progress.update();
    if (args.unordered) {
      emit(outcome);
      pending--;
    } else {
      const ready = inOrder.put(seq, outcome);
      pending -= ready.length;
      ready.forEach(emit);
    }
    wake?.();
  };

  const now = args.now?.toISOString();
  let seq = 0;
  try {
    const items = pageItems(sources, { url: args.url, skipped, onBytes: (n) => (progress.state.fraction = totalBytes ? n / totalBytes : 0) });
    for await (const item of items) {
      if (sinkError) break;
      const s = seq++;
      pending++;
      if (isReadError(item)) {
        settle(s, item.label, { error: item.error });
        continue;
      }
      if (done.keys.size && done.keys.has(resumeKey(item.url, item.capturedAt))) {
        tally.resumed++;
        progress.state.total !== null && progress.state.total--;
        seq--;
        pending--;
        continue;
      }
      const bytes = ownBuffer(item.bytes);
      const task: ExtractTask = { url: item.url, bytes, contentType: item.contentType, capturedAt: item.capturedAt?.toISOString(), now };
      pool.run(task, [bytes.buffer as ArrayBuffer]).then(
        (line) => settle(s, item.label, { line }),
        (e: Error) => settle(s, item.label, { error: e.message }),
      );
      // The stream's own flag, read just before waiting: a 'drain' that came while the next input
      // was being read has cleared it, so the run never waits for a drain that has been and gone.
      while ((pending >= window || sink?.writableNeedDrain) && !sinkError) {
        if (sink?.writableNeedDrain) {
          await once(sink, 'drain').catch(() => undefined);
          continue;
        }
        await new Promise<void>((r) => (wake = r));
        wake = null;
      }
    }
    while (pending > 0) {
      await new Promise<void>((r) => (wake = r));
      wake = null;
    }
  } finally {
    await pool.close();
  }
  progress.finish();
  if (sink && args.out) {
    sink.end();
    await once(sink, 'close').catch(() => undefined);
  }
  if (sinkError) {
    const e = sinkError as NodeJS.ErrnoException;
    // A reader that stopped early (`| head`) is not a failure of the run.
    if (e.code === 'EPIPE') return tally.errors ? 1 : 0;
    io.err(`error: cannot write ${args.out ?? 'standard output'}: ${e.message}\n`);
    return 1;
  }
  if (!args.quiet && !onePage) io.err(`${summary(tally, skipped, progress.elapsedMs(), args.out)}\n`);
  return tally.errors ? 1 : 0;
}

function summary(tally: { records: number; errors: number; resumed: number }, skipped: SkipTally, ms: number, out?: string): string {
  const pages = tally.records + tally.errors;
  const rate = ms > 0 ? (pages * 1000) / ms : 0;
  const parts = [`extract: ${pages.toLocaleString('en-US')} page${pages === 1 ? '' : 's'}`, `${tally.records.toLocaleString('en-US')} record${tally.records === 1 ? '' : 's'}`, `${tally.errors} error${tally.errors === 1 ? '' : 's'}`];
  if (tally.resumed) parts.push(`${tally.resumed.toLocaleString('en-US')} already in ${out}`);
  const skips = [...skipped].sort((a, b) => b[1] - a[1]);
  if (skips.length) {
    const n = skips.reduce((t, [, c]) => t + c, 0);
    parts.push(`${n.toLocaleString('en-US')} archive record${n === 1 ? '' : 's'} not pages (${skips.map(([why, c]) => `${why} ${c}`).join(', ')})`);
  }
  return `${parts.join(', ')}; ${(ms / 1000).toFixed(1)} s, ${rate.toFixed(1)} pages/s`;
}

/** A buffer the worker can take over: a slice of Node's shared pool must be copied first. */
function ownBuffer(bytes: Uint8Array): Uint8Array {
  if (bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength && !(bytes.buffer instanceof SharedArrayBuffer)) return bytes;
  return new Uint8Array(bytes);
}
