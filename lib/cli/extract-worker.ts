// The extraction of one page as the CLI runs it: jsdom and the normaliser are loaded once and reused
// for every page. Loaded as a worker thread, it takes tasks from the pool; loaded in the main
// thread (one small page, where starting a thread costs more than the page), it is called
// directly. Either way the reply carries the record already serialised.
import { parentPort } from 'node:worker_threads';
import { extractPage } from './extract-page';
import { WORKER_READY, type WorkerReply } from './worker-pool';

export interface ExtractTask {
  url: string;
  bytes: Uint8Array;
  contentType?: string;
  /** ISO; the WARC-Date of an archived page. */
  capturedAt?: string;
  /** ISO; capturedAt of a page from a file (--now); without it, the moment it is extracted. */
  now?: string;
}

export function extractTask(task: ExtractTask): WorkerReply<string> {
  try {
    const record = extractPage(
      { url: task.url, bytes: task.bytes, contentType: task.contentType, capturedAt: task.capturedAt ? new Date(task.capturedAt) : undefined },
      { now: task.now ? new Date(task.now) : undefined },
    );
    return { ok: true, value: JSON.stringify(record) };
  } catch (e) {
    return { ok: false, error: (e as Error)?.message ?? String(e) };
  }
}

if (parentPort) {
  const port = parentPort;
  port.on('message', (task: ExtractTask) => port.postMessage(extractTask(task)));
  port.postMessage(WORKER_READY);
}
