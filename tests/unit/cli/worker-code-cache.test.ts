// The worker bundle is compiled through V8's code cache (scripts/worker-loader.cjs): the build
// leaves a cache V8 accepts, and a run that finds none writes one. A cache V8 rejects is written
// anew, so an unchanged file after a run means it was used. One page runs in the main thread,
// a folder in worker threads: both load the bundle through the loader, and both are checked.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { corpusCases } from '../../corpus/corpus-cases';

const root = resolve(__dirname, '../../..');
const bin = join(root, 'bin/communique.mjs');
const page = corpusCases()[0].html;

function extractOne() {
  const r = spawnSync('node', [bin, 'extract', '--now', '2025-01-01T00:00:00Z', page], { cwd: root, encoding: 'utf8', timeout: 120_000 });
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
  expect(JSON.parse(r.stdout).source.capturedAt).toBe('2025-01-01T00:00:00.000Z');
}

function extractFolder() {
  const dir = mkdtempSync(join(tmpdir(), 'code-cache-'));
  copyFileSync(page, join(dir, 'a.html'));
  copyFileSync(page, join(dir, 'b.html'));
  const r = spawnSync('node', [bin, 'extract', '--quiet', '--jobs', '1', '--now', '2025-01-01T00:00:00Z', dir], { cwd: root, encoding: 'utf8', timeout: 120_000 });
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
  expect(r.stdout.trim().split('\n').map((l) => JSON.parse(l).source.capturedAt)).toEqual(['2025-01-01T00:00:00.000Z', '2025-01-01T00:00:00.000Z']);
}

function cacheFile() {
  // --version rebuilds a stale bundle first, so the manifest names the build the runs use.
  expect(spawnSync('node', [bin, '--version'], { cwd: root }).status).toBe(0);
  const { dir } = JSON.parse(readFileSync(join(root, 'dist/cli/current.json'), 'utf8'));
  return join(root, 'dist/cli', dir, 'extract-worker.cjs.v8-cache');
}

describe('worker code cache', () => {
  it('the build leaves a cache that a run uses as it is, in the main thread and in a worker', () => {
    const cache = cacheFile();
    expect(statSync(cache).size).toBeGreaterThan(100_000);
    const before = statSync(cache).mtimeMs;
    extractOne();
    extractFolder();
    expect(statSync(cache).mtimeMs).toBe(before);
  });

  it.each([
    ['one page, in the main thread', extractOne],
    ['a folder, in a worker thread', extractFolder],
  ])('a run that finds no cache writes one, and the next run uses it: %s', (_, run) => {
    const cache = cacheFile();
    rmSync(cache);
    run();
    expect(existsSync(cache)).toBe(true);
    const written = statSync(cache).mtimeMs;
    extractOne();
    extractFolder();
    expect(statSync(cache).mtimeMs).toBe(written);
  });
});
