// Loads the built extraction bundle, in an extract worker thread or (one small page) in the main
// thread. Compiling the 4 MB bundle (jsdom and the normaliser) is a large share of a one-page run,
// so it is compiled through V8's code cache: the build writes the cache after extracting one page,
// so the functions a page needs are in it. Node 20 has no module.enableCompileCache, hence
// vm.Script. A cache V8 rejects (another Node, other flags) is written anew with the first page; a
// folder we may not write is fine. The bundle is ASCII (the build escapes the rest), so it is read
// as latin1: no UTF-8 decoding, and the same string V8 hashed when it made the cache.
'use strict';
const { readFileSync, renameSync, writeFileSync } = require('node:fs');
const { createRequire } = require('node:module');
const { dirname, join } = require('node:path');
const { Script } = require('node:vm');
const { parentPort } = require('node:worker_threads');

const bundle = join(__dirname, 'extract-worker.cjs');
const cacheFile = `${bundle}.v8-cache`;
let cachedData;
try {
  cachedData = readFileSync(cacheFile);
} catch {
  cachedData = undefined;
}
// Node's own CommonJS wrapper, so the bundle runs exactly as `require` would run it.
const source = `(function (exports, require, module, __filename, __dirname) {${readFileSync(bundle, 'latin1')}\n})`;
const script = new Script(source, { filename: bundle, cachedData });
let cacheMissing = !cachedData || script.cachedDataRejected;

/**
 * Written after the first page, so the cache holds the functions that page compiled too. In a
 * worker that is just before its first reply leaves: the cache is on disk before the run can end
 * the thread.
 */
function writeCodeCacheIfMissing() {
  if (!cacheMissing) return;
  cacheMissing = false;
  try {
    const tmp = `${cacheFile}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
    writeFileSync(tmp, script.createCachedData());
    renameSync(tmp, cacheFile);
  } catch {
    // read-only install: every start compiles in full, nothing else changes
  }
}

if (cacheMissing && parentPort) {
  const post = parentPort.postMessage.bind(parentPort);
  parentPort.postMessage = (message, transfer) => {
    if (!(message && message.ready)) writeCodeCacheIfMissing();
    return post(message, transfer);
  };
}
const module_ = { exports: {} };
script.runInThisContext()(module_.exports, createRequire(bundle), module_, bundle, dirname(bundle));
module.exports = { extractTask: module_.exports.extractTask, writeCodeCacheIfMissing };
