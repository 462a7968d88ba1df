// The CLI over pages nobody on this project wrote: Mozilla Readability's own 130 test pages and the
// 181-page article-extraction benchmark, scored by the scripts that ship with them in ../shared/peers,
// plus the press-release corpus scorer. Thresholds are the issue's: no crash, titles agree with
// Readability's expected metadata on >= 95% of pages, body F1 no lower than Readability's 0.947.
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(__dirname, '../..');
const shared = resolve(root, '../shared');
const cli = `node ${resolve(root, 'bin/communique.mjs')} extract --url {url} {html}`;

function runScript(script: string, args: string[]) {
  const r = spawnSync('node', [script, ...args], { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, timeout: 1_200_000 });
  // The figures go to the test log, so a CI run shows what was measured, not just pass or fail.
  console.log(`${script}\n${r.stdout.split('\n').slice(-12).join('\n')}`);
  return r;
}
const figure = (out: string, re: RegExp) => Number(re.exec(out)?.[1] ?? NaN);

describe('peer pages', () => {
  it('Readability test pages: no crash, titles agree on at least 95%', () => {
    const r = runScript(resolve(shared, 'peers/readability-pages.mjs'), ['--cmd', cli, '--min-title', '0.95']);
    expect(figure(r.stdout, /pages \d+, errors (\d+)/)).toBe(0);
    expect(figure(r.stdout, /title agreement ([\d.]+)/)).toBeGreaterThanOrEqual(0.95);
    expect(r.status).toBe(0);
  });

  it('article-extraction benchmark: no crash, body F1 at least 0.947', () => {
    const r = runScript(resolve(shared, 'peers/body-f1.mjs'), ['--cmd', cli, '--min', '0.947']);
    expect(figure(r.stdout, /pages \d+, errors (\d+)/)).toBe(0);
    expect(figure(r.stdout, /^F1 ([\d.]+)/m)).toBeGreaterThanOrEqual(0.947);
    expect(r.status).toBe(0);
  });

  it('press-release corpus scorer finishes with 0 errors', () => {
    const r = runScript(resolve(shared, 'corpus/score.mjs'), ['--corpus', resolve(shared, 'corpus'), '--cmd', cli]);
    expect(r.stdout).toMatch(/cases \d+, errors 0\b/);
    expect(r.status).toBe(0);
  });
});
