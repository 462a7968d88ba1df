// One small page runs in the main thread (lib/cli/in-thread-runner.ts): a time limit must still
// stop synchronous work that never yields, and a page's failure must read as the pool's would.
import { describe, expect, it } from 'vitest';
import { InThreadRunner, runWithTimeLimit } from '../../../lib/cli/in-thread-runner';
import type { ExtractTask } from '../../../lib/cli/extract-worker';
import { TaskFailed } from '../../../lib/cli/worker-pool';

const task = (url: string): ExtractTask => ({ url, bytes: new Uint8Array() });

describe('runWithTimeLimit', () => {
  it('returns what the function returns, and passes its own errors through unchanged', () => {
    expect(runWithTimeLimit(() => 41 + 1, 1000)).toBe(42);
    const own = new RangeError('bad page');
    expect(() => runWithTimeLimit(() => {
      throw own;
    }, 1000)).toThrow(own);
  });

  it('stops a loop that never yields, with the pool\'s message', () => {
    const started = Date.now();
    let spins = 0;
    expect(() => runWithTimeLimit(() => {
      for (;;) spins++;
    }, 300)).toThrow(new TaskFailed('took longer than 0.3 s and was stopped'));
    expect(spins).toBeGreaterThan(0);
    expect(Date.now() - started).toBeLessThan(10_000);
    // The thread goes on: a later call runs normally.
    expect(runWithTimeLimit(() => 'after', 1000)).toBe('after');
  });
});

describe('InThreadRunner', () => {
  it('loads the extractor once, writes the code cache after each task, and turns a failed reply into TaskFailed', async () => {
    let loads = 0;
    const cacheWrites: string[] = [];
    const runner = new InThreadRunner(async () => {
      loads++;
      return {
        extractTask: (t) => (t.url.endsWith('bad') ? { ok: false, error: `not an article: ${t.url}` } : { ok: true, value: `{"url":"${t.url}"}` }),
        writeCodeCacheIfMissing: () => void cacheWrites.push('write'),
      };
    }, 1000);
    await expect(runner.run(task('https://x.example/a'))).resolves.toBe('{"url":"https://x.example/a"}');
    await expect(runner.run(task('https://x.example/bad'))).rejects.toThrow(new TaskFailed('not an article: https://x.example/bad'));
    expect(loads).toBe(1);
    expect(cacheWrites).toHaveLength(2);
  });
});
