// One pooled extract run over corpus pages (all of them, or those an INDEX file lists), scored by
// the corpus's own scorer (../shared/corpus/score.mjs --predictions): the records are the CLI's, so
// the figures equal what `score.mjs --cmd 'npx communique extract …'` prints.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
export const corpus = resolve(root, '../shared/corpus');

/** The corpus stems, or those the first column of the table in `index` lists. */
export function corpusStems(index = null) {
  const files = new Set(readdirSync(corpus));
  let stems = [...files].filter((f) => f.endsWith('.json')).map((f) => f.slice(0, -5)).filter((s) => files.has(`${s}.html`)).sort();
  if (index) {
    const listed = new Set([...readFileSync(join(corpus, index), 'utf8').matchAll(/^\|\s*([a-z0-9-]+)\s*\|/gm)].map((m) => m[1]));
    stems = stems.filter((s) => listed.has(s));
    if (!stems.length) throw new Error(`${index} lists no corpus page: expected a table whose first column is page stems`);
  }
  return stems;
}

/**
 * Extracts `stems` in one CLI run and scores them. With `json` the scorer's per-case details are
 * returned (and its summary is not printed unless `print`); the records come back in stem order.
 */
export function scoreCorpusPages(stems, { verbose = false, json = false, print = true } = {}) {
  const work = mkdtempSync(join(tmpdir(), 'score-corpus-'));
  try {
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
    const records = readFileSync(out, 'utf8').split('\n').filter(Boolean);
    records.forEach((line, i) => writeFileSync(join(predictions, `${stems[i]}.json`), line));
    const details = join(work, 'details.json');
    const score = spawnSync('node', [join(corpus, 'score.mjs'), '--corpus', sub, '--predictions', predictions, ...(verbose ? ['--verbose'] : []), ...(json ? ['--json', details] : [])], {
      stdio: ['ignore', print ? 'inherit' : 'ignore', 'inherit'],
    });
    return {
      ok: run.status === 0 && score.status === 0,
      records: records.map((line) => JSON.parse(line)),
      details: json ? JSON.parse(readFileSync(details, 'utf8')) : null,
    };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
