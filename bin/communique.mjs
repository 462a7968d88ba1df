#!/usr/bin/env node
// Runs the CLI bundle that `npm install` compiled into dist/cli (scripts/cli-bundle.mjs). A
// developer who edits lib/ and runs the scorer straight away gets the new code: the bundle is
// rebuilt first when any of its sources is newer (a stat per source, a few ms).
import { pathToFileURL } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { buildCli, currentEntry, staleReason, OUTDIR } from '../scripts/cli-bundle.mjs';

// The normaliser's rules are a few hundred regular expressions of many languages. V8 first runs a
// new expression in its interpreter and compiles it to machine code on a later use, so a one-page
// run pays for both; compiling at first use was 0.04-0.07 s faster per call here. Set before the
// bundle creates any expression (worker threads share the process's V8 flags).
setFlagsFromString('--no-regexp-tier-up');

const stale = staleReason();
if (stale) {
  try {
    await buildCli();
  } catch (e) {
    process.stderr.write(`communique: the CLI in ${OUTDIR} is out of date (${stale}) and could not be rebuilt: ${e.message}\nRun 'npm run build:cli' and read its errors.\n`);
    process.exit(70);
  }
}
await import(pathToFileURL(currentEntry()).href);
