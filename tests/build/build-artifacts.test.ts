// Runs after `npm run build`: the packaged extensions are what users install, so they are checked,
// not the sources.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(__dirname, '../..');
const out = (p: string) => resolve(root, '.output', p);
const version = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')).version;

describe('build artifacts', () => {
  it('zips Chrome and Firefox builds', () => {
    for (const zip of [`communique-${version}-chrome.zip`, `communique-${version}-firefox.zip`]) {
      expect(existsSync(out(zip)), `${zip} is missing: run npm run build first`).toBe(true);
      expect(statSync(out(zip)).size).toBeGreaterThan(10_000);
    }
  });

  it("passes Mozilla's addons-linter with no errors", () => {
    const bin = resolve(root, 'node_modules/.bin/addons-linter');
    let stdout: string;
    try {
      stdout = execFileSync(bin, ['--output', 'json', out('firefox-mv3')], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    } catch (e) {
      // addons-linter exits non-zero when it finds errors; its JSON report is still on stdout.
      stdout = (e as { stdout: string }).stdout;
    }
    const report = JSON.parse(stdout) as { summary: { errors: number }; errors: { code: string; message: string; file?: string }[] };
    expect(report.errors.map((e) => `${e.code} ${e.file ?? ''}: ${e.message}`)).toEqual([]);
    expect(report.summary.errors).toBe(0);
  });

  it('Firefox manifest asks for the same least-privilege permissions and no hosts', () => {
    const manifest = JSON.parse(readFileSync(out('firefox-mv3/manifest.json'), 'utf8'));
    expect([...manifest.permissions].sort()).toEqual(['activeTab', 'contextMenus', 'scripting']);
    expect(manifest.host_permissions ?? []).toEqual([]);
    expect(manifest.content_scripts ?? []).toEqual([]);
  });
});
