// Reads the shared corpus at run time; its article text never enters this repository.
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const CORPUS_DIR = resolve(__dirname, '../../../shared/corpus');

export interface CorpusCase {
  stem: string;
  htmlPath: string;
  url: string | null;
  gold: Record<string, unknown>;
}

export function corpusCases(): CorpusCase[] {
  return readdirSync(CORPUS_DIR)
    .filter((f) => f.endsWith('.html'))
    .sort()
    .map((f) => {
      const stem = f.slice(0, -5);
      const meta = JSON.parse(readFileSync(join(CORPUS_DIR, `${stem}.json`), 'utf8'));
      return { stem, htmlPath: join(CORPUS_DIR, f), url: meta.url ?? null, gold: meta.gold };
    });
}
