// A fixed set of worker threads, one task at a time each. jsdom and the normaliser are synchronous,
// so a stuck page (a pathological DOM) can only be stopped from outside: a task over its time limit
// ends its worker, and the next task gets a fresh one. A worker that dies (out of memory, a crash
// in native code) fails only the task it held.
import { Worker } from 'node:worker_threads';

export interface WorkerPoolOptions {
  size: number;
  workerUrl: URL;
  /** Per task, from the moment the worker is handed it. */
  timeoutMs: number;
  /** A worker whose heap grows past this is stopped and its task failed (a hostile page). */
  maxHeapMb?: number;
}

/**
 * What a worker posts: `ready` once, when its modules are loaded (a task's time limit starts from
 * then, so loading jsdom is not counted against the first page), then one reply per task.
 */
export type WorkerReply<R> = { ok: true; value: R } | { ok: false; error: string };
export type WorkerMessage<R> = WorkerReply<R> | { ready: true };
export const WORKER_READY = { ready: true } as const;

export class TaskFailed extends Error {}

interface Job<T, R> {
  task: T;
  transfer: ArrayBuffer[];
  resolve: (r: R) => void;
  reject: (e: Error) => void;
}

interface Slot<T, R> {
  worker: Worker;
  job: Job<T, R> | null;
  timer: ReturnType<typeof setTimeout> | null;
  /** Set once the worker has answered anything: a worker that dies before that cannot start at all. */
  answered: boolean;
  ready: boolean;
}

/** Workers that die before their first answer, in a row, before the pool gives up on starting them. */
const MAX_START_FAILURES = 3;

export class WorkerPool<T, R> {
  private readonly idle: Slot<T, R>[] = [];
  private readonly queue: Job<T, R>[] = [];
  private live = 0;
  private startFailures = 0;
  private fatal: Error | null = null;
  private closed = false;

  constructor(private readonly options: WorkerPoolOptions) {
    if (!Number.isInteger(options.size) || options.size < 1) throw new RangeError(`pool size ${options.size} is not a whole number ≥ 1`);
  }

  /** Runs one task; `transfer` moves its buffers to the worker instead of copying them. */
  run(task: T, transfer: ArrayBuffer[] = []): Promise<R> {
    if (this.closed) return Promise.reject(new TaskFailed('the worker pool is closed'));
    if (this.fatal) return Promise.reject(this.fatal);
    return new Promise<R>((resolve, reject) => {
      this.queue.push({ task, transfer, resolve, reject });
      this.dispatch();
    });
  }

  /** Ends every worker; tasks still queued fail. */
  async close(): Promise<void> {
    this.closed = true;
    for (const job of this.queue.splice(0)) job.reject(new TaskFailed('the worker pool was closed before this task ran'));
    await Promise.all(this.idle.splice(0).map((slot) => slot.worker.terminate()));
  }

  private dispatch(): void {
    while (this.queue.length) {
      let slot = this.idle.pop();
      if (!slot) {
        if (this.live >= this.options.size) return;
        slot = this.spawn();
      }
      const job = this.queue.shift()!;
      slot.job = job;
      if (slot.ready) this.startClock(slot);
      try {
        slot.worker.postMessage(job.task, job.transfer);
      } catch (e) {
        this.finish(slot);
        job.reject(new TaskFailed(`could not hand the task to a worker: ${(e as Error).message}`));
        this.idle.push(slot);
      }
    }
  }

  private spawn(): Slot<T, R> {
    const { workerUrl, maxHeapMb } = this.options;
    const worker = new Worker(workerUrl, {
      resourceLimits: maxHeapMb ? { maxOldGenerationSizeMb: maxHeapMb } : undefined,
      // The workers write nothing of their own; what a page logs must not reach our stdout.
      stdout: true,
      stderr: true,
    });
    worker.stdout.resume();
    worker.stderr.resume();
    const slot: Slot<T, R> = { worker, job: null, timer: null, answered: false, ready: false };
    this.live++;
    worker.on('message', (reply: WorkerMessage<R>) => {
      slot.answered = true;
      if ('ready' in reply) {
        slot.ready = true;
        if (slot.job) this.startClock(slot);
        return;
      }
      this.startFailures = 0;
      const job = this.finish(slot);
      if (!job) return;
      if (reply.ok) job.resolve(reply.value);
      else job.reject(new TaskFailed(reply.error));
      if (this.closed) void worker.terminate();
      else {
        this.idle.push(slot);
        this.dispatch();
      }
    });
    let lastError: Error | null = null;
    worker.on('error', (e) => (lastError = e));
    worker.on('exit', (code) => {
      this.live--;
      const i = this.idle.indexOf(slot);
      if (i >= 0) this.idle.splice(i, 1);
      const job = this.finish(slot);
      if (this.closed) {
        job?.reject(new TaskFailed('the worker pool was closed while this task ran'));
        return;
      }
      const why = lastError ? lastError.message : `the worker stopped (exit code ${code})`;
      if (!slot.answered && ++this.startFailures >= MAX_START_FAILURES) {
        this.fatal = new TaskFailed(`extraction workers cannot start: ${why}`);
        job?.reject(this.fatal);
        for (const queued of this.queue.splice(0)) queued.reject(this.fatal);
        return;
      }
      job?.reject(new TaskFailed(why));
      this.dispatch();
    });
    return slot;
  }

  private startClock(slot: Slot<T, R>): void {
    slot.timer = setTimeout(() => this.expire(slot), this.options.timeoutMs);
  }

  private expire(slot: Slot<T, R>): void {
    const job = this.finish(slot);
    if (!job) return;
    // The slot's exit handler must not fail the next task: it is detached from this one already.
    slot.answered = true;
    job.reject(new TaskFailed(`took longer than ${formatSeconds(this.options.timeoutMs)} and was stopped`));
    void slot.worker.terminate();
  }

  private finish(slot: Slot<T, R>): Job<T, R> | null {
    if (slot.timer) clearTimeout(slot.timer);
    slot.timer = null;
    const job = slot.job;
    slot.job = null;
    return job;
  }
}

export function formatSeconds(ms: number): string {
  return ms % 1000 === 0 ? `${ms / 1000} s` : `${(ms / 1000).toFixed(1)} s`;
}
