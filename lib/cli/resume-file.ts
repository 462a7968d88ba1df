// --resume: which pages an earlier run already wrote to --out. A run killed mid-write leaves a
// last line cut short; it is cut off here (and that page done again) rather than kept as a broken
// record the next program would choke on.
import { closeSync, openSync, readSync, statSync, truncateSync } from 'node:fs';

/**
 * The key a page is known by across runs: its address, and for an archived page also its capture
 * time (an archive may hold the same address captured twice).
 */
export function resumeKey(url: string, capturedAt?: Date | string): string {
  if (capturedAt === undefined) return url;
  const iso = typeof capturedAt === 'string' ? capturedAt : capturedAt.toISOString();
  return `${url} ${iso}`;
}

export interface DonePages {
  keys: Set<string>;
  records: number;
  /** Bytes of a cut-short last line that were removed. */
  cutBytes: number;
}

const CHUNK = 1 << 20;

/** Reads FILE line by line (flat memory on a large file) and truncates a cut-short last line. */
export function readDonePages(file: string): DonePages {
  const keys = new Set<string>();
  let size: number;
  try {
    size = statSync(file).size;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return { keys, records: 0, cutBytes: 0 };
    throw e;
  }
  const fd = openSync(file, 'r');
  let records = 0;
  let lineNo = 0;
  let carry = Buffer.alloc(0);
  let lastNewlineEnd = 0;
  let offset = 0;
  try {
    const buf = Buffer.alloc(CHUNK);
    for (;;) {
      const n = readSync(fd, buf, 0, CHUNK, offset);
      if (n === 0) break;
      let chunk = Buffer.concat([carry, buf.subarray(0, n)]);
      const chunkStart = offset - carry.length;
      offset += n;
      let start = 0;
      for (let nl = chunk.indexOf(10, start); nl !== -1; nl = chunk.indexOf(10, start)) {
        lineNo++;
        const line = chunk.toString('utf8', start, nl).trim();
        start = nl + 1;
        lastNewlineEnd = chunkStart + start;
        if (!line) continue;
        let record: { source?: { url?: unknown; capturedAt?: unknown } };
        try {
          record = JSON.parse(line);
        } catch {
          throw new Error(`line ${lineNo} of ${file} is not a JSON record, so it is not safe to resume into that file: expected one event record per line, as communique extract --out writes`);
        }
        const url = record?.source?.url;
        if (typeof url !== 'string') throw new Error(`line ${lineNo} of ${file} has no source.url: expected an event record written by communique extract`);
        keys.add(resumeKey(url));
        if (typeof record.source?.capturedAt === 'string') keys.add(resumeKey(url, record.source.capturedAt));
        records++;
      }
      chunk = chunk.subarray(start);
      carry = Buffer.from(chunk);
    }
  } finally {
    closeSync(fd);
  }
  const cutBytes = size - lastNewlineEnd;
  if (cutBytes > 0) truncateSync(file, lastNewlineEnd);
  return { keys, records, cutBytes };
}
