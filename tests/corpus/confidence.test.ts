// Per-field confidence is calibrated: on the corpus, the fields the reviewer is shown as trusted
// (confidence ≥ HIGH_CONFIDENCE) are right at least 95% of the time, judged by the corpus's own
// scorer (../shared/corpus/score.mjs --predictions), and a basis given a high number earns it.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { extractFile } from '../../lib/cli/extract-page';
import { BASIS_CONFIDENCE, HIGH_CONFIDENCE, confidenceBases } from '../../lib/normalize/confidence';
import type { EventRecord } from '../../lib/record-schema';
// @ts-expect-error: a plain .mjs module shared with scripts/calibrate-confidence.mjs
import { calibration, fieldVerdicts } from '../../scripts/confidence-calibration.mjs';
import { CORPUS_DIR, FIXED, corpusCases } from './corpus-cases';

const cases = corpusCases();
const work = mkdtempSync(join(tmpdir(), 'confidence-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function scoreDetails(records: Map<string, EventRecord>) {
  const sub = join(work, 'corpus');
  const predictions = join(work, 'predictions');
  mkdirSync(sub);
  mkdirSync(predictions);
  for (const [stem, record] of records) {
    symlinkSync(join(CORPUS_DIR, `${stem}.json`), join(sub, `${stem}.json`));
    symlinkSync(join(CORPUS_DIR, `${stem}.html`), join(sub, `${stem}.html`));
    writeFileSync(join(predictions, `${stem}.json`), JSON.stringify(record));
  }
  const details = join(work, 'details.json');
  const run = spawnSync('node', [join(CORPUS_DIR, 'score.mjs'), '--corpus', sub, '--predictions', predictions, '--json', details], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`score.mjs exited ${run.status}: ${run.stderr}`);
  return JSON.parse(readFileSync(details, 'utf8'));
}

describe('per-field confidence on the corpus', () => {
  const records = new Map(cases.map((c) => [c.stem, extractFile(c.html, { url: c.url, now: FIXED.now, id: FIXED.id })]));
  const verdicts = cases.length ? fieldVerdicts(scoreDetails(records), records, confidenceBases) : [];
  const result = calibration(verdicts, HIGH_CONFIDENCE);

  it('gives every filled field a confidence that is its basis number', () => {
    expect(verdicts.length).toBeGreaterThan(cases.length * 5);
    for (const v of verdicts) expect(v.confidence, `${v.stem} ${v.path} (${v.basis})`).toBe(BASIS_CONFIDENCE[v.basis as keyof typeof BASIS_CONFIDENCE]);
  });

  it('is right on at least 95% of the fields shown as trusted, and trusts a fair share of them', () => {
    expect(result.high.n, 'fields at or above HIGH_CONFIDENCE').toBeGreaterThan(result.high.of / 4);
    expect(result.high.right).toBeGreaterThanOrEqual(0.95);
  });

  it('never shows as trusted a basis whose values are right less than 90% of the time', () => {
    for (const b of result.bases) if (b.n >= 10 && b.confidence >= HIGH_CONFIDENCE) expect(b.right, b.basis).toBeGreaterThanOrEqual(0.9);
  });
});
