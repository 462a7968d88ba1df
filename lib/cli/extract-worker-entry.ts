// Where the extraction code of `communique extract` is loaded from, apart from the command itself:
// a worker thread's entry, or the same code loaded into the main thread.
import { createRequire } from 'node:module';
import type { ExtractTask } from './extract-worker';
import type { WorkerReply } from './worker-pool';

/** A worker whose heap grows past this is stopped and its page fails (a hostile page). */
export const WORKER_HEAP_MB = 2048;

/**
 * One page no larger than this runs in the main thread: a worker thread costs ~0.25 s to start and
 * stop here, more than most pages take. The main thread has no heap limit of its own to stop a
 * hostile page, so a larger page, where memory could run away, still gets a worker.
 */
export const IN_THREAD_MAX_BYTES = 2 * 1024 * 1024;

const fromSource = () => import.meta.url.endsWith('.ts');

/** The bundle's loader beside this file, or, run from the TypeScript source, the tsx shim. */
export function extractWorkerEntry(): URL {
  return new URL(fromSource() ? './extract-worker-from-source.mjs' : './worker-loader.cjs', import.meta.url);
}

export interface InThreadExtractor {
  extractTask(task: ExtractTask): WorkerReply<string>;
  /** After the first page: the loader writes the code cache it could not use (see worker-loader.cjs). */
  writeCodeCacheIfMissing(): void;
}

/** The worker's code in this thread: the same bundle, through the same code-cached loader. */
export async function loadInThreadExtractor(): Promise<InThreadExtractor> {
  if (fromSource()) {
    const { extractTask } = await import('./extract-worker');
    return { extractTask, writeCodeCacheIfMissing: () => undefined };
  }
  return createRequire(import.meta.url)('./worker-loader.cjs') as InThreadExtractor;
}
