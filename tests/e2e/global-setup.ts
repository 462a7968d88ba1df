// Builds the production extension once (npx wxt build → .output/chrome-mv3) and hands the test files
// a private, verified copy of it, so builds others run meanwhile cannot change it under a test.
import { rmSync } from 'node:fs';
import { buildSnapshot } from './harness';

export default function setup(): () => void {
  const t0 = Date.now();
  const dir = buildSnapshot();
  // Test workers start after this and inherit the environment.
  process.env.COMMUNIQUE_E2E_EXTENSION_DIR = dir;
  console.log(`[e2e] npx wxt build + snapshot in ${Date.now() - t0} ms → ${dir}`);
  return () => rmSync(dir, { recursive: true, force: true });
}
