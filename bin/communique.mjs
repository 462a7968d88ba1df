#!/usr/bin/env node
// Runs the CLI bundle that `npm install` compiled into dist/cli (scripts/cli-bundle.mjs). A
// developer who edits lib/ and runs the scorer straight away gets the new code: the bundle is
// rebuilt first when any of its sources is newer (a stat per source, a few ms).
import { pathToFileURL } from 'node:url';
import { buildCli, currentEntry, staleReason, OUTDIR } from '../scripts/cli-bundle.mjs';

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
