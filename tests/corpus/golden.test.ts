// Regression guard: the projected fields of every corpus page equal tests/corpus/golden/STEM.json.
// After a deliberate change run `node scripts/update-golden.mjs` and review the diff.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractFile } from '../../lib/cli/extract-page';
import { FIXED, GOLDEN_DIR, corpusCases, projection } from './corpus-cases';

const cases = corpusCases();

describe.skipIf(!cases.length)('golden projections', () => {
  for (const c of cases) {
    it(c.stem, () => {
      const file = join(GOLDEN_DIR, `${c.stem}.json`);
      expect(existsSync(file), `missing ${file}: run node scripts/update-golden.mjs`).toBe(true);
      const golden = JSON.parse(readFileSync(file, 'utf8'));
      const record = extractFile(c.html, { url: c.url, now: FIXED.now, id: FIXED.id });
      expect(JSON.parse(JSON.stringify(projection(record)))).toEqual(golden);
    });
  }
});
