// The CLI over pages nobody on this project wrote: Mozilla Readability's own 130 test pages and the
// 181-page article-extraction benchmark, scored by the scripts that ship with them in ../shared/peers,
// plus the press-release corpus scorer. Thresholds are the issue's: no crash, titles agree with
// Readability's expected metadata on >= 95% of pages, body F1 no lower than Readability's 0.947.
//
// Each page set is extracted by ONE `communique extract --list` run on the worker pool (the way a
// researcher runs an archive), and the shared scripts score those records: through --predictions
// where they take it, and otherwise through a --cmd that only prints the record already made. The
// corpus scorer also runs the CLI once per page, as the shared scripts do by default.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, existsSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = resolve(__dirname, '../..');
const shared = resolve(root, '../shared');
const bin = resolve(root, 'bin/communique.mjs');
const work = mkdtempSync(join(tmpdir(), 'peers-'));

function run(cmd: string, args: string[]) {
  const started = Date.now();
  const r = spawnSync(cmd, args, { cwd: root, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, timeout: 600_000 });
  // The figures go to the test log, so a CI run shows what was measured, not just pass or fail.
  console.log(`${args.slice(0, 2).join(' ')} (${((Date.now() - started) / 1000).toFixed(1)} s)\n${r.stdout.split('\n').slice(-12).join('\n')}${r.stderr.split('\n').slice(-3).join('\n')}`);
  return r;
}
const figure = (out: string, re: RegExp) => Number(re.exec(out)?.[1] ?? NaN);

/** One pooled extract run over `pages` ([path, url]; no url: the file's own); records come back in list order. */
function extractAll(name: string, pages: [string, string | undefined][]) {
  const list = join(work, `${name}.tsv`);
  const out = join(work, `${name}.ndjson`);
  writeFileSync(list, pages.map(([path, url]) => `${path}\t${url ?? ''}\n`).join(''));
  const r = run('node', [bin, 'extract', '--list', list, '--out', out, '--quiet']);
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
  const records = readFileSync(out, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
  expect(records.map((rec) => rec.source.url)).toEqual(pages.map(([path, url]) => url || pathToFileURL(path).href));
  return records;
}

describe('peer pages', () => {
  it('Readability test pages: no crash, titles agree on at least 95%', () => {
    const dir = join(shared, 'peers/readability-test-pages');
    const slugs = readdirSync(dir).filter((s) => existsSync(join(dir, s, 'source.html'))).sort();
    const records = extractAll('readability', slugs.map((s) => [join(dir, s, 'source.html'), 'http://fakehost/test/page.html']));
    const made = join(work, 'readability');
    mkdirSync(made);
    slugs.forEach((s, i) => writeFileSync(join(made, `${s}.json`), JSON.stringify(records[i])));
    const cmd = `cat "${made}/$(basename "$(dirname {html})").json"`;
    const r = run('node', [resolve(shared, 'peers/readability-pages.mjs'), '--cmd', cmd, '--min-title', '0.95']);
    expect(figure(r.stdout, /pages (\d+), errors/)).toBe(slugs.length);
    expect(figure(r.stdout, /pages \d+, errors (\d+)/)).toBe(0);
    expect(figure(r.stdout, /title agreement ([\d.]+)/)).toBeGreaterThanOrEqual(0.95);
    expect(r.status).toBe(0);
  });

  it('article-extraction benchmark: no crash, body F1 at least 0.947', () => {
    const dir = join(shared, 'peers/article-extraction-benchmark');
    const truth = JSON.parse(readFileSync(join(dir, 'ground-truth.json'), 'utf8')) as Record<string, { url?: string }>;
    const ids = Object.keys(truth).sort();
    const records = extractAll('benchmark', ids.map((id) => [join(dir, 'html', `${id}.html.gz`), truth[id].url || `https://benchmark.invalid/${id}`]));
    const predictions = join(work, 'benchmark-predictions.json');
    writeFileSync(predictions, JSON.stringify(Object.fromEntries(ids.map((id, i) => [id, { articleBody: records[i].text }]))));
    const r = run('node', [resolve(shared, 'peers/body-f1.mjs'), '--predictions', predictions, '--min', '0.947']);
    expect(figure(r.stdout, /pages (\d+), errors/)).toBe(ids.length);
    expect(figure(r.stdout, /^F1 ([\d.]+)/m)).toBeGreaterThanOrEqual(0.947);
    expect(r.status).toBe(0);
  });

  it('press-release corpus: the pooled run and the once-per-page CLI score the same, 0 errors', () => {
    const dir = join(shared, 'corpus');
    const stems = readdirSync(dir).filter((f) => f.endsWith('.json') && existsSync(join(dir, f.replace(/\.json$/, '.html')))).map((f) => f.replace(/\.json$/, '')).sort();
    const urlOf = (stem: string) => (JSON.parse(readFileSync(join(dir, `${stem}.json`), 'utf8')).url as string | null) || undefined;
    const records = extractAll('corpus', stems.map((s) => [join(dir, `${s}.html`), urlOf(s)]));
    const predictions = join(work, 'corpus-predictions');
    mkdirSync(predictions);
    stems.forEach((s, i) => writeFileSync(join(predictions, `${s}.json`), JSON.stringify(records[i])));
    const pooled = run('node', [resolve(dir, 'score.mjs'), '--corpus', dir, '--predictions', predictions]);
    const perPage = run('node', [resolve(dir, 'score.mjs'), '--corpus', dir, '--cmd', `node ${bin} extract --url {url} {html}`]);
    for (const r of [pooled, perPage]) {
      expect(r.stdout).toMatch(new RegExp(`cases ${stems.length}, errors 0\\b`));
      expect(r.status).toBe(0);
    }
    expect(figure(perPage.stdout, /^overall\s+([\d.]+)/m)).toBe(figure(pooled.stdout, /^overall\s+([\d.]+)/m));
  });
});
