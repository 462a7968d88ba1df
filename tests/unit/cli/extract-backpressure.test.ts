// Backpressure on the output: a reader slower than the workers must slow the run down, never stall
// it. The run used to note "buffer full" in a flag and wait for 'drain' later, after reading the
// next input; a drain that came during that read was waited for again, for ever, unless another
// record was written.
import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { extractCommand } from '../../../lib/cli/extract-command';
import { corpusCases } from '../../corpus/corpus-cases';

/** A reader with a one-byte buffer: every record write returns false, and each is taken a tick later. */
function slowSink() {
  const written: string[] = [];
  const stdout = new Writable({
    highWaterMark: 1,
    write(chunk, _enc, done) {
      written.push(String(chunk));
      setImmediate(done);
    },
  });
  return { written, stdout };
}

describe('extract output backpressure', () => {
  it('finishes when every write fills the buffer and drain comes between inputs', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'backpressure-'));
    const cases = corpusCases().slice(0, 12);
    cases.forEach((c, i) => copyFileSync(c.html, join(dir, `p${String(i).padStart(2, '0')}.html`)));
    const { written, stdout } = slowSink();
    const err: string[] = [];
    const code = await extractCommand([dir, '--jobs', '2', '--quiet', '--now', '2025-01-01T00:00:00Z'], { out: () => undefined, err: (s) => err.push(s), stdout });
    expect(err.join('')).toBe('');
    expect(code).toBe(0);
    const urls = written.join('').trim().split('\n').map((l) => JSON.parse(l).source.url as string);
    expect(urls.map((u) => u.replace(/^.*\//, ''))).toEqual(cases.map((_, i) => `p${String(i).padStart(2, '0')}.html`));
  }, 120_000);

  it('finishes when the buffer drained while inputs were read and the pages after it write nothing', async () => {
    // The shape of the old hang: a record fills the buffer, then only inputs that write nothing (40
    // unreadable files, a page stopped by the time limit). Whether the drain falls between the reads
    // depends on timing, so this guards the shape; the fix is reading writableNeedDrain just before
    // waiting.
    const dir = mkdtempSync(join(tmpdir(), 'backpressure-'));
    copyFileSync(corpusCases()[0].html, join(dir, 'p00.html'));
    const broken = gzipSync('<html><title>x</title></html>').subarray(0, 12);
    for (let i = 1; i <= 40; i++) writeFileSync(join(dir, `p${String(i).padStart(2, '0')}.html.gz`), broken);
    const para = '<p>The delegation met the minister and discussed trade, energy and culture at length.</p>';
    writeFileSync(join(dir, 'p99.html'), `<html><head><title>Slow</title></head><body><article>${para.repeat(30_000)}</article></body></html>`);
    const { written, stdout } = slowSink();
    const err: string[] = [];
    const code = await extractCommand([dir, '--jobs', '1', '--timeout', '1', '--quiet'], { out: () => undefined, err: (s) => err.push(s), stdout });
    expect(code).toBe(1);
    expect(written.join('').trim().split('\n')).toHaveLength(1);
    expect(err.join('')).toMatch(/p99\.html: took longer than 1 s and was stopped/);
    expect(err.join('').match(/cannot read it/g)).toHaveLength(40);
  }, 120_000);
});
