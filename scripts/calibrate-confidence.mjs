#!/usr/bin/env node
// Prints how well per-field confidence is calibrated on the corpus (README, "Figures"): for each
// basis the share of its values that were right, and the share right among the fields shown as
// trusted (confidence ≥ HIGH_CONFIDENCE; target ≥ 0.95). --index INDEX takes only the pages an
// INDEX file lists (INDEX-batch2.md: the 32 pages the rules were not written on).
//   node scripts/calibrate-confidence.mjs [--index INDEX-batch2.md] [--wrong]   (--wrong lists the values that were wrong)
import { register } from 'tsx/esm/api';
import { benchArgs } from './bench-args.mjs';
import { calibration, fieldVerdicts } from './confidence-calibration.mjs';
import { corpusStems, scoreCorpusPages } from './corpus-run.mjs';

register();
const { confidenceBases, HIGH_CONFIDENCE } = await import('../lib/normalize/confidence.ts');
const { flag, option } = benchArgs();
const listWrong = flag('--wrong');
const stems = corpusStems(option('--index', null));
const { records, details } = scoreCorpusPages(stems, { json: true, print: false });
const byStem = new Map(stems.map((s, i) => [s, records[i]]));
const verdicts = fieldVerdicts(details, byStem, confidenceBases);
const result = calibration(verdicts, HIGH_CONFIDENCE);
if (listWrong) for (const v of verdicts.filter((x) => x.right < 1)) console.log(`wrong ${v.basis.padEnd(26)} ${v.right.toFixed(2)} ${v.stem} ${v.path}`);
console.log(`${stems.length} pages; basis, values, confidence given, share right`);
for (const b of result.bases) console.log(`  ${b.basis.padEnd(28)} ${String(b.n).padStart(4)}  ${b.confidence?.toFixed(2) ?? ' n/a'}  ${b.right.toFixed(3)}`);
const h = result.high;
console.log(`fields shown as trusted (confidence ≥ ${HIGH_CONFIDENCE}): ${h.n} of ${h.of}, share right ${h.right?.toFixed(3) ?? 'n/a'} (target ≥ 0.95)`);
