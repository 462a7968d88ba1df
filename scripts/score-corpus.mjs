#!/usr/bin/env node
// The corpus score in one pooled extract run (seconds, not the minute the scorer's once-per-page
// --cmd takes), for all pages or for the batch an INDEX file lists:
//   node scripts/score-corpus.mjs [--index INDEX-batch2.md] [--verbose] [--json OUT.json]
// The figure is the scorer's own (../shared/corpus/score.mjs --predictions); the records are the
// CLI's, so it equals what `score.mjs --cmd 'npx communique extract …'` prints.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { benchArgs } from './bench-args.mjs';

const { flag, option } = benchArgs();
const root = resolve(import.meta.dirname, '..');
const corpus = resolve(root, '../shared/corpus');
const index = option('--index', null);
const verbose = flag('--verbose');
const json = option('--json', null);

let stems = readdirSync(corpus).filter((f) => f.endsWith('.json')).map((f) => f.slice(0, -5)).filter((s) => readdirSync(corpus).includes(`${s}.html`)).sort();
if (index) {
  // The stems are the first column of the INDEX file's table.
  const listed = new Set([...readFileSync(join(corpus, index), 'utf8').matchAll(/^\|\s*([a-z0-9-]+)\s*\|/gm)].map((m) => m[1]));
  stems = stems.filter((s) => listed.has(s));
  if (!stems.length) throw new Error(`${index} lists no corpus page: expected a table whose first column is page stems`);
}
const work = mkdtempSync(join(tmpdir(), 'score-corpus-'));
const sub = join(work, 'corpus');
const predictions = join(work, 'predictions');
mkdirSync(sub);
mkdirSync(predictions);
const list = stems.map((s) => {
  for (const ext of ['html', 'json']) symlinkSync(join(corpus, `${s}.${ext}`), join(sub, `${s}.${ext}`));
  const url = JSON.parse(readFileSync(join(corpus, `${s}.json`), 'utf8')).url ?? '';
  return `${join(corpus, `${s}.html`)}\t${url}`;
});
writeFileSync(join(work, 'list.tsv'), `${list.join('\n')}\n`);
const out = join(work, 'records.ndjson');
const run = spawnSync('node', [join(root, 'bin/communique.mjs'), 'extract', '--quiet', '--list', join(work, 'list.tsv'), '--out', out], { stdio: 'inherit' });
if (run.status !== 0) process.exitCode = 1;
readFileSync(out, 'utf8').split('\n').filter(Boolean).forEach((line, i) => writeFileSync(join(predictions, `${stems[i]}.json`), line));
const score = spawnSync('node', [join(corpus, 'score.mjs'), '--corpus', sub, '--predictions', predictions, ...(verbose ? ['--verbose'] : []), ...(json ? ['--json', resolve(json)] : [])], { stdio: 'inherit' });
rmSync(work, { recursive: true, force: true });
process.exitCode ||= score.status ?? 1;
