// A worker thread of an extract run: jsdom and the normaliser are loaded once and reused for every
// page it is handed. Replies carry the record already serialised: the main thread only writes lines.
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

if (!parentPort) throw new Error('extract-worker runs as a worker thread of `communique extract`');
const port = parentPort;
port.on('message', (task: ExtractTask) => {
  let reply: WorkerReply<string>;
  try {
    const record = extractPage(
      { url: task.url, bytes: task.bytes, contentType: task.contentType, capturedAt: task.capturedAt ? new Date(task.capturedAt) : undefined },
      { now: task.now ? new Date(task.now) : undefined },
    );
    reply = { ok: true, value: JSON.stringify(record) };
  } catch (e) {
    reply = { ok: false, error: (e as Error)?.message ?? String(e) };
  }
  port.postMessage(reply);
});
port.postMessage(WORKER_READY);
