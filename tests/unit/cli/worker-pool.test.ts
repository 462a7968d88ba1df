import { describe, expect, it } from 'vitest';
import { WorkerPool } from '@/lib/cli/worker-pool';

const workerUrl = new URL('./fixtures/task-worker.mjs', import.meta.url);
type Reply = { value: unknown; threadId: number; bytes?: number };

function pool(options: Partial<ConstructorParameters<typeof WorkerPool>[0]> = {}) {
  return new WorkerPool<Record<string, unknown>, Reply>({ size: 2, workerUrl, timeoutMs: 10_000, ...options });
}

describe('worker pool', () => {
  it('runs tasks on every worker at once and answers each with its own result', async () => {
    const p = pool();
    try {
      const replies = await Promise.all([1, 2, 3, 4].map((value) => p.run({ op: 'sleep', value, ms: 150 })));
      expect(replies.map((r) => r.value)).toEqual([1, 2, 3, 4]);
      expect(new Set(replies.map((r) => r.threadId)).size).toBe(2);
    } finally {
      await p.close();
    }
  });

  it('moves transferred bytes to the worker instead of copying them', async () => {
    const p = pool({ size: 1 });
    try {
      const bytes = new Uint8Array(1000);
      const reply = await p.run({ op: 'echo', bytes }, [bytes.buffer]);
      expect(reply.bytes).toBe(1000);
      expect(bytes.byteLength).toBe(0);
    } finally {
      await p.close();
    }
  });

  it('stops a task over its time limit, and the next task gets a fresh worker', async () => {
    const p = pool({ size: 1, timeoutMs: 300 });
    try {
      const first = await p.run({ op: 'echo', value: 'before' });
      await expect(p.run({ op: 'spin' })).rejects.toThrow('took longer than 0.3 s and was stopped');
      const after = await p.run({ op: 'echo', value: 'after' });
      expect(after.value).toBe('after');
      expect(after.threadId).not.toBe(first.threadId);
    } finally {
      await p.close();
    }
  });

  it('fails only the task whose worker died, then goes on', async () => {
    const p = pool({ size: 1 });
    try {
      await expect(p.run({ op: 'exit' })).rejects.toThrow('the worker stopped (exit code 3)');
      expect((await p.run({ op: 'echo', value: 'next' })).value).toBe('next');
    } finally {
      await p.close();
    }
  });

  it('fails a task whose worker outgrows its heap limit', async () => {
    const p = pool({ size: 1, maxHeapMb: 24 });
    try {
      await expect(p.run({ op: 'grow' })).rejects.toThrow(/memory/i);
      expect((await p.run({ op: 'echo', value: 'next' })).value).toBe('next');
    } finally {
      await p.close();
    }
  });

  it('passes a refusal from the worker on as the task error', async () => {
    const p = pool({ size: 1 });
    try {
      await expect(p.run({ op: 'fail', value: 'page 7' })).rejects.toThrow('refused page 7');
    } finally {
      await p.close();
    }
  });

  it('gives up with one clear error when workers cannot start, instead of respawning forever', async () => {
    const p = new WorkerPool({ size: 2, workerUrl: new URL('./fixtures/broken-worker.mjs', import.meta.url), timeoutMs: 10_000 });
    try {
      const results = await Promise.allSettled([1, 2, 3, 4, 5].map((value) => p.run({ op: 'echo', value })));
      expect(results.every((r) => r.status === 'rejected')).toBe(true);
      const last = results[4] as PromiseRejectedResult;
      expect(last.reason.message).toContain('extraction workers cannot start: this worker cannot start');
    } finally {
      await p.close();
    }
  });

  it('refuses a size that is not a whole number of threads', () => {
    expect(() => pool({ size: 0 })).toThrow('pool size 0 is not a whole number ≥ 1');
  });
});
