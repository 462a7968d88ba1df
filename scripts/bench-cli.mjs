#!/usr/bin/env node
// Figures for the command line (README, "Speed and size"): start-up, pages per second over the peer
// page sets with one worker and with every core next to Readability alone on jsdom in one process,
// the shared scripts that call the CLI once per page, and a generated WARC of many pages (time,
// peak memory, and memory early against late in the run). Run it on a quiet machine:
//   node scripts/bench-cli.mjs [--warc-pages 10000] [--no-warc] [--no-scripts] [--repeat 7]
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, existsSync, writeFileSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { benchArgs } from './bench-args.mjs';
import { gzipMember, openWarcWriter, warcRecord } from './warc-builder.mjs';

const { flag, option } = benchArgs();
const REPEAT = Number(option('--repeat', '7'));
const WARC_PAGES = Number(option('--warc-pages', '10000'));
const NO_WARC = flag('--no-warc');
const NO_SCRIPTS = flag('--no-scripts');
const root = resolve(import.meta.dirname, '..');
const shared = resolve(root, '../shared');
const bin = join(root, 'bin/communique.mjs');
const cores = availableParallelism();
const work = mkdtempSync(join(tmpdir(), 'bench-cli-'));
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

// A current bundle first, so no timed call pays for a rebuild.
spawnSync('node', [join(root, 'scripts/build-cli.mjs'), '--quiet'], { stdio: 'inherit' });

function timed(cmd, args) {
  const t0 = performance.now();
  const r = spawnSync(cmd, args, { cwd: root, encoding: 'utf8', maxBuffer: 512 * 1024 * 1024 });
  const s = (performance.now() - t0) / 1000;
  if (r.status !== 0 && !args.includes('--no-fail')) throw new Error(`${cmd} ${args.join(' ')} exited ${r.status}: ${r.stderr.slice(-500)}`);
  return { s, out: r.stdout, err: r.stderr };
}

console.log(`machine: ${cores} cores, node ${process.version}`);

// ---- start-up
const corpusPage = join(shared, 'corpus/cn-eu-2025-09-07-symposium-anti-fascist-war.html');
const version = median(Array.from({ length: REPEAT }, () => timed('node', [bin, '--version']).s));
const one = median(Array.from({ length: REPEAT }, () => timed('node', [bin, 'extract', '--url', 'https://eu.china-mission.gov.cn/eng/mh/a.html', corpusPage]).s));
const viaNpx = median(Array.from({ length: 3 }, () => timed('npx', ['--no-install', 'communique', '--version']).s));
console.log(`\nstart-up (median of ${REPEAT})`);
console.log(`  communique --version        ${version.toFixed(2)} s   (target ≤ 0.3 s)`);
console.log(`  communique extract one page ${one.toFixed(2)} s   (target ≤ 0.6 s)`);
console.log(`  npx communique --version    ${viaNpx.toFixed(2)} s   (npx's own start included)`);

// ---- pages per second
function pageSets() {
  const bench = join(shared, 'peers/article-extraction-benchmark');
  const truth = JSON.parse(readFileSync(join(bench, 'ground-truth.json'), 'utf8'));
  const rdir = join(shared, 'peers/readability-test-pages');
  const slugs = readdirSync(rdir).filter((s) => existsSync(join(rdir, s, 'source.html'))).sort();
  return [
    ['article-extraction benchmark', Object.keys(truth).sort().map((id) => `${join(bench, 'html', `${id}.html.gz`)}\t${truth[id].url ?? ''}`)],
    ['Readability test pages', slugs.map((s) => `${join(rdir, s, 'source.html')}\thttp://fakehost/test/page.html`)],
  ];
}
console.log('\npages per second (wall time of the whole process, start-up included)');
for (const [name, lines] of pageSets()) {
  const list = join(work, `${name.replace(/\W+/g, '-')}.tsv`);
  writeFileSync(list, `${lines.join('\n')}\n`);
  const n = lines.length;
  const base = timed('node', [join(root, 'scripts/readability-baseline.mjs'), list]).s;
  const j1 = timed('node', [bin, 'extract', '--jobs', '1', '--quiet', '--out', join(work, 'j1.ndjson'), '--list', list]).s;
  const jn = timed('node', [bin, 'extract', '--jobs', String(cores), '--quiet', '--out', join(work, 'jn.ndjson'), '--list', list]).s;
  const rate = (s) => `${(n / s).toFixed(1).padStart(5)} pages/s (${s.toFixed(1)} s)`;
  console.log(`  ${name}, ${n} pages`);
  console.log(`    Readability alone on jsdom, one process  ${rate(base)}`);
  console.log(`    communique extract --jobs 1              ${rate(j1)}   ${(j1 / base).toFixed(2)}× the baseline's time (target ≤ 1.5×)`);
  console.log(`    communique extract --jobs ${cores}              ${rate(jn)}   ${(base / jn).toFixed(2)}× faster than the baseline (target > 1×)`);
}

// ---- the shared scripts, once per page
if (!NO_SCRIPTS) {
  const cmd = `node ${bin} extract --url {url} {html}`;
  console.log('\nthe shared scripts calling the CLI once per page (their default 2 at a time; target ≤ 120 s each)');
  for (const [script, extra] of [
    ['peers/readability-pages.mjs', []],
    ['peers/body-f1.mjs', []],
    ['corpus/score.mjs', ['--corpus', join(shared, 'corpus')]],
  ]) {
    const r = timed('node', [join(shared, script), ...extra, '--cmd', cmd]);
    const summary = r.out.trim().split('\n').filter((l) => /errors|^F1|agreement|^overall/.test(l)).join('; ');
    console.log(`  ${script.padEnd(28)} ${r.s.toFixed(1).padStart(6)} s   ${summary}`);
  }
}

// ---- a generated WARC
function writeArchive(path, pages) {
  const corpus = join(shared, 'corpus');
  const stems = readdirSync(corpus).filter((f) => f.endsWith('.html')).sort().map((f) => f.replace(/\.html$/, ''));
  const bodies = stems.map((s) => ({ html: readFileSync(join(corpus, `${s}.html`)), url: JSON.parse(readFileSync(join(corpus, `${s}.json`), 'utf8')).url ?? `https://corpus.invalid/${s}.html` }));
  const w = openWarcWriter(path, { gzip: true });
  w.add(warcRecord({ type: 'warcinfo', body: 'software: communique bench-cli\r\n' }));
  for (let i = 0; i < pages; i++) {
    const { html, url } = bodies[i % bodies.length];
    // A different address for every copy, on the page's own host, so adapters still apply.
    const u = new URL(url);
    u.searchParams.set('copy', String(i));
    const date = new Date(Date.UTC(2024, 0, 1) + i * 60_000).toISOString().replace(/\.\d+Z$/, 'Z');
    w.add(warcRecord({ type: 'request', uri: u.href, date, body: '' }));
    w.add(warcRecord({ type: 'response', uri: u.href, date, httpHeaders: { 'Content-Type': 'text/html; charset=utf-8' }, body: html }));
  }
  w.close();
}

/** Runs the CLI on the archive, sampling its resident memory (worker threads included) every 200 ms. */
function runSampled(archive) {
  return new Promise((done, fail) => {
    const t0 = performance.now();
    const child = spawn('node', [bin, 'extract', '--quiet', '--out', join(work, 'warc.ndjson'), archive], { cwd: root, stdio: ['ignore', 'ignore', 'pipe'] });
    let err = '';
    child.stderr.on('data', (d) => (err += d));
    const samples = [];
    const timer = setInterval(() => {
      try {
        const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
        const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? NaN);
        if (kb) samples.push({ t: performance.now() - t0, mb: kb / 1024 });
      } catch {
        // the process has just ended
      }
    }, 200);
    child.on('exit', (code) => {
      clearInterval(timer);
      if (code !== 0) fail(new Error(`extract exited ${code}: ${err.slice(-500)}`));
      else done({ s: (performance.now() - t0) / 1000, samples });
    });
  });
}

if (!NO_WARC) {
  console.log('\na generated WARC (.warc.gz, each page behind its request record, corpus pages with varied addresses)');
  for (const pages of [Math.max(1, Math.round(WARC_PAGES / 10)), WARC_PAGES]) {
    const archive = join(work, `pages-${pages}.warc.gz`);
    writeArchive(archive, pages);
    const { s, samples } = await runSampled(archive);
    const records = readFileSync(join(work, 'warc.ndjson'), 'utf8').split('\n').filter(Boolean).length;
    const peak = Math.max(...samples.map((x) => x.mb));
    const at = (share) => samples.filter((x) => x.t <= s * 1000 * share).at(-1)?.mb ?? NaN;
    const quarter = (a, b) => median(samples.filter((x) => x.t >= s * 1000 * a && x.t <= s * 1000 * b).map((x) => x.mb));
    console.log(`  ${pages.toLocaleString('en-US')} pages → ${records.toLocaleString('en-US')} records in ${s.toFixed(1)} s (${(pages / s).toFixed(1)} pages/s), peak RSS ${peak.toFixed(0)} MB`);
    console.log(`    RSS at 20/40/60/80/100% of the run: ${[0.2, 0.4, 0.6, 0.8, 1].map((f) => at(f).toFixed(0)).join(' / ')} MB; median second quarter ${quarter(0.25, 0.5).toFixed(0)} MB, last quarter ${quarter(0.75, 1).toFixed(0)} MB`);
    rmSync(archive);
  }
}
rmSync(work, { recursive: true, force: true });
