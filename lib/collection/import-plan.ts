// Which records of an import file are new, which are already there unchanged, and which meet a
// record of the collection (same canonical URL, or failing that the same id) with other content and
// so need the reviewer's choice: keep mine, take theirs, or keep both (see lib/store/stored-version.ts).
import type { EventRecord } from '../record-schema';

export interface ImportConflict {
  incoming: EventRecord;
  existing: EventRecord;
  /** same-page: same canonical URL (the usual case); same-id: another page that happens to share the id. */
  reason: 'same-page' | 'same-id';
}

export interface ImportPlan {
  fresh: EventRecord[];
  unchanged: EventRecord[];
  conflicts: ImportConflict[];
}

/** JSON with object keys sorted, so two records compare by content and not by key order. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_k, v) => (v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : 1))) : v));
}

/**
 * `existing` needs to hold at least the collection's records that share an id or canonical URL with
 * the file (the page reads just those). Duplicates inside the file meet the first copy like any
 * other record, so the second copy of a page is never silently added next to the first.
 */
export function planImport(incoming: readonly EventRecord[], existing: readonly EventRecord[]): ImportPlan {
  const byUrl = new Map(existing.map((r) => [r.source.canonicalUrl, r]));
  const byId = new Map(existing.map((r) => [r.id, r]));
  const plan: ImportPlan = { fresh: [], unchanged: [], conflicts: [] };
  for (const record of incoming) {
    const samePage = byUrl.get(record.source.canonicalUrl);
    const target = samePage ?? byId.get(record.id);
    if (!target) {
      plan.fresh.push(record);
      byUrl.set(record.source.canonicalUrl, record);
      byId.set(record.id, record);
    } else if (canonicalJson(target) === canonicalJson(record)) {
      plan.unchanged.push(record);
    } else {
      plan.conflicts.push({ incoming: record, existing: target, reason: samePage ? 'same-page' : 'same-id' });
    }
  }
  return plan;
}

/** Which fields differ, named as the reviewer sees them, for the conflict list ("title, event.start"). */
export function changedFields(a: EventRecord, b: EventRecord): string[] {
  const paths = ['title', 'summary', 'text', 'source.publisher', 'source.publishedDate', 'event.type', 'event.start', 'event.end', 'event.location', 'event.host', 'event.participants', 'event.organizations', 'event.topics', 'event.occasion', 'review.status', 'review.tags', 'review.notes'];
  const at = (r: EventRecord, p: string) => canonicalJson(p.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown>)?.[k], r));
  return paths.filter((p) => at(a, p) !== at(b, p));
}
