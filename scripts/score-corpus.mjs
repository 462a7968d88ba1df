#!/usr/bin/env node
// The corpus score in one pooled extract run (seconds, not the minute the scorer's once-per-page
// --cmd takes), for all pages or for the batch an INDEX file lists:
//   node scripts/score-corpus.mjs [--index INDEX-batch2.md] [--verbose] [--json OUT.json]
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { benchArgs } from './bench-args.mjs';
import { corpusStems, scoreCorpusPages } from './corpus-run.mjs';

const { flag, option } = benchArgs();
const json = option('--json', null);
const result = scoreCorpusPages(corpusStems(option('--index', null)), { verbose: flag('--verbose'), json: !!json });
if (json) writeFileSync(resolve(json), JSON.stringify(result.details, null, 2));
process.exitCode = result.ok ? 0 : 1;
