// The shared corpus, discovered at run time: every ../shared/corpus/STEM.html with its STEM.json.
// Article text stays in the shared folder; only the projected fields are kept in golden files.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { EventRecord } from '../../lib/record-schema';

const HERE = dirname(fileURLToPath(import.meta.url));
export const CORPUS_DIR = resolve(HERE, '../../../shared/corpus');
export const GOLDEN_DIR = resolve(HERE, 'golden');

export interface CorpusCase {
  stem: string;
  html: string;
  url: string | undefined;
  gold: Record<string, unknown>;
}

export function corpusCases(): CorpusCase[] {
  if (!existsSync(CORPUS_DIR)) return [];
  return readdirSync(CORPUS_DIR)
    .filter((f) => f.endsWith('.html') && existsSync(join(CORPUS_DIR, f.replace(/\.html$/, '.json'))))
    .sort()
    .map((f) => {
      const stem = f.replace(/\.html$/, '');
      const meta = JSON.parse(readFileSync(join(CORPUS_DIR, `${stem}.json`), 'utf8'));
      return { stem, html: join(CORPUS_DIR, f), url: meta.url ?? undefined, gold: meta.gold ?? {} };
    });
}

/**
 * A value longer than a headline is mostly the article's own sentence (a title that ran into the
 * text, a position that swallowed a clause): the golden file keeps its digest and length instead,
 * so the check stays exact and no article text is copied into the repository.
 */
const LONGEST_KEPT = 120;
const kept = (s: string | null) => (s && s.length > LONGEST_KEPT ? `sha256:${createHash('sha256').update(s).digest('hex').slice(0, 16)} (${s.length} chars)` : s);

/** The fields ../shared/corpus/score.mjs reads from a record (its PROJECTION), long values digested. */
export function projection(r: EventRecord) {
  return {
    title: kept(r.title),
    publisher: r.source.publisher,
    publishedDate: r.source.publishedDate,
    eventType: r.event.type,
    eventStart: r.event.start,
    eventEnd: r.event.end,
    city: r.event.location.city,
    country: r.event.location.country,
    host: r.event.host,
    participants: r.event.participants.map((p) => ({ ...p, position: kept(p.position) })),
    organizations: r.event.organizations,
    occasion: kept(r.event.occasion),
  };
}

/** A fixed clock and id, so golden files do not change between runs. */
export const FIXED = { now: new Date('2025-01-01T00:00:00Z'), id: 'golden' };
