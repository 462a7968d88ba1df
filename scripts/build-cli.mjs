#!/usr/bin/env node
// Compiles the CLI ahead of time into dist/cli (run by `npm install`/`npm ci` through `prepare`,
// and by bin/communique.mjs when a source is newer than the build), so a call pays for loading one
// bundle instead of compiling TypeScript and resolving a thousand jsdom modules. Usage:
//   node scripts/build-cli.mjs [--quiet]
import { buildCli } from './cli-bundle.mjs';

const started = Date.now();
const { outdir, bytes } = await buildCli();
if (!process.argv.includes('--quiet')) {
  console.log(`communique CLI built into ${outdir} (${(bytes / 1e6).toFixed(1)} MB) in ${Date.now() - started} ms`);
}
