// Builds the production extension once (npx wxt build → .output/chrome-mv3) and hands the test files
// a private, verified copy of it, so builds others run meanwhile cannot change it under a test.
// COMMUNIQUE_E2E_EXTENSION_DIR=DIR skips the build and tests that built extension instead.
import { rmSync } from 'node:fs';
import { buildSnapshot, missingBuildFiles } from './harness';

export default function setup(): (() => void) | void {
  const given = process.env.COMMUNIQUE_E2E_EXTENSION_DIR;
  if (given) {
    const missing = missingBuildFiles(given);
    if (missing.length) throw new Error(`COMMUNIQUE_E2E_EXTENSION_DIR=${given} lacks ${missing.join(', ')}`);
    console.log(`[e2e] testing the extension already built in ${given} (no build)`);
    return;
  }
  const t0 = Date.now();
  const dir = buildSnapshot();
  // Test workers start after this and inherit the environment.
  process.env.COMMUNIQUE_E2E_EXTENSION_DIR = dir;
  console.log(`[e2e] npx wxt build + snapshot in ${Date.now() - t0} ms → ${dir}`);
  return () => rmSync(dir, { recursive: true, force: true });
}
