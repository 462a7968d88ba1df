// The worker pool's contract for one page in the main thread. jsdom and the normaliser are
// synchronous, so a stuck page cannot be stopped by a timer here; it runs inside vm's `timeout`,
// whose watchdog (a native thread, no JS) ends the run and throws.
import { Script } from 'node:vm';
import type { ExtractTask } from './extract-worker';
import type { InThreadExtractor } from './extract-worker-entry';
import { formatSeconds, TaskFailed } from './worker-pool';

const SLOT = Symbol.for('communique.inThreadTask');
const CALL = new Script("globalThis[Symbol.for('communique.inThreadTask')]()", { filename: 'communique-in-thread-task' });

/** Runs `fn` and returns what it returns; a run over `ms` is stopped and throws TaskFailed. */
export function runWithTimeLimit<R>(fn: () => R, ms: number): R {
  const slots = globalThis as unknown as Record<symbol, unknown>;
  slots[SLOT] = fn;
  try {
    return CALL.runInThisContext({ timeout: ms }) as R;
  } catch (e) {
    if ((e as NodeJS.ErrnoException)?.code === 'ERR_SCRIPT_EXECUTION_TIMEOUT') throw new TaskFailed(`took longer than ${formatSeconds(ms)} and was stopped`);
    throw e;
  } finally {
    delete slots[SLOT];
  }
}

export class InThreadRunner {
  private extractor: Promise<InThreadExtractor> | null = null;

  constructor(
    private readonly load: () => Promise<InThreadExtractor>,
    private readonly timeoutMs: number,
  ) {}

  async run(task: ExtractTask): Promise<string> {
    const extractor = await (this.extractor ??= this.load());
    const reply = runWithTimeLimit(() => extractor.extractTask(task), this.timeoutMs);
    extractor.writeCodeCacheIfMissing();
    if (!reply.ok) throw new TaskFailed(reply.error);
    return reply.value;
  }

  async close(): Promise<void> {}
}
