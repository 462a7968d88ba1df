#!/usr/bin/env node
// Regenerates tests/corpus/golden/STEM.json from the current normaliser: run it after a deliberate
// change, review the diff, and commit it with the change. Only projected fields are written, never
// the article text.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { register } from 'tsx/esm/api';

register();
const { extractFile } = await import('../lib/cli/extract-page.ts');
const { corpusCases, projection, GOLDEN_DIR, FIXED } = await import('../tests/corpus/corpus-cases.ts');

const cases = corpusCases();
if (!cases.length) {
  console.error('no corpus found next to the repository (../shared/corpus)');
  process.exit(1);
}
mkdirSync(GOLDEN_DIR, { recursive: true });
for (const c of cases) {
  const record = extractFile(c.html, { url: c.url, now: FIXED.now, id: FIXED.id });
  writeFileSync(join(GOLDEN_DIR, `${c.stem}.json`), `${JSON.stringify(projection(record), null, 2)}\n`);
}
console.log(`wrote ${cases.length} golden files to ${GOLDEN_DIR}`);
