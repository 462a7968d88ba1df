// What the page declares about itself (meta tags, JSON-LD), read before any guessing from text.
import type { RawCapture } from '../capture/raw-capture';

export interface PageMetadata {
  get(key: string): string | null;
  /** Flattened JSON-LD nodes (graphs expanded); malformed blocks are skipped. */
  jsonLd: Record<string, unknown>[];
}

export function pageMetadata(raw: RawCapture): PageMetadata {
  const map = new Map<string, string>();
  for (const [k, v] of raw.meta) if (v && !map.has(k)) map.set(k, v);
  const jsonLd: Record<string, unknown>[] = [];
  const visit = (node: unknown, depth: number) => {
    if (depth > 4 || !node || typeof node !== 'object') return;
    if (Array.isArray(node)) return node.forEach((n) => visit(n, depth + 1));
    const obj = node as Record<string, unknown>;
    jsonLd.push(obj);
    if (obj['@graph']) visit(obj['@graph'], depth + 1);
  };
  for (const block of raw.jsonLd) {
    try {
      visit(JSON.parse(block), 0);
    } catch {
      // Sites ship broken JSON-LD often enough; the other sources still count.
    }
  }
  return { get: (k) => map.get(k.toLowerCase()) ?? null, jsonLd };
}

export function firstOf(meta: PageMetadata, keys: readonly string[]): string | null {
  for (const k of keys) {
    const v = meta.get(k);
    if (v) return v;
  }
  return null;
}
