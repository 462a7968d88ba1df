// Where an extract worker thread starts and its heap limit, apart from the command's own code.

/** A worker whose heap grows past this is stopped and its page fails (a hostile page). */
export const WORKER_HEAP_MB = 2048;

/** The bundle's loader beside this file, or, run from the TypeScript source, the tsx shim. */
export function extractWorkerEntry(): URL {
  const here = import.meta.url;
  return new URL(here.endsWith('.ts') ? './extract-worker-from-source.mjs' : './worker-loader.cjs', here);
}
