// The entry of each extract worker thread in the built CLI. Compiling the 5 MB worker bundle (jsdom
// and the normaliser) is a large share of a one-page run, so it is compiled through V8's code
// cache: the build writes the cache after extracting one page, so the functions a page needs are in
// it. Node 20 has no module.enableCompileCache, hence vm.Script. A cache V8 rejects (another Node,
// other flags) is written anew with the first page; a folder we may not write is fine.
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
const source = `(function (exports, require, module, __filename, __dirname) {${readFileSync(bundle, 'utf8')}\n})`;
const script = new Script(source, { filename: bundle, cachedData });
if (!cachedData || script.cachedDataRejected) {
  // Written just before the first reply leaves: then the cache holds the functions that page
  // compiled too, and it is on disk before the run can end this thread.
  const post = parentPort.postMessage.bind(parentPort);
  let pending = true;
  parentPort.postMessage = (message, transfer) => {
    if (pending && !(message && message.ready)) {
      pending = false;
      writeCache();
    }
    return post(message, transfer);
  };
}

function writeCache() {
  try {
    const tmp = `${cacheFile}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
    writeFileSync(tmp, script.createCachedData());
    renameSync(tmp, cacheFile);
  } catch {
    // read-only install: every start compiles in full, nothing else changes
  }
}
const module_ = { exports: {} };
script.runInThisContext()(module_.exports, createRequire(bundle), module_, bundle, dirname(bundle));
