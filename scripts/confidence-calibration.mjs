// How well the records' per-field confidence is calibrated against the corpus gold: for each filled
// field the scorer's verdict (1 right, 0 wrong; the F1 of a list), grouped by the field's basis and
// by confidence. Shared by scripts/calibrate-confidence.mjs and tests/corpus/confidence.test.ts.

/** Scorer field → the record path its confidence is kept under. */
export const SCORED_PATHS = {
  title: 'title',
  publisher: 'source.publisher',
  publishedDate: 'source.publishedDate',
  eventType: 'event.type',
  eventStart: 'event.start',
  eventEnd: 'event.end',
  city: 'event.location.city',
  country: 'event.location.country',
  host: 'event.host',
  organizations: 'event.organizations',
  occasion: 'event.occasion',
};

// The scorer's rule for one person (../shared/corpus/score.mjs, sameName), which it does not export:
// every token of the shorter name is in the other, and two tokens at least unless the names are equal.
const CJK = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/u;
const norm = (s) => String(s ?? '').normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[’'`]/g, '').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
const nameTokens = (s) => norm(s).split(' ').filter(Boolean).flatMap((t) => (CJK.test(t) ? [...t] : [t]));
function sameName(a, b) {
  const A = nameTokens(a), B = nameTokens(b);
  if (!A.length || !B.length) return false;
  const [small, big] = new Set(A).size <= new Set(B).size ? [new Set(A), new Set(B)] : [new Set(B), new Set(A)];
  return [...small].every((t) => big.has(t)) && (small.size >= 2 || A.join('') === B.join('') || CJK.test(a));
}

/**
 * One verdict per filled field of every case: { path, basis, confidence, right } where right is 0–1.
 * `details` is score.mjs's --json output, `recordsByStem` the records by page stem, `basesOf` the
 * normaliser's confidenceBases.
 */
export function fieldVerdicts(details, recordsByStem, basesOf) {
  const out = [];
  for (const c of details.results) {
    const record = recordsByStem.get(c.stem);
    if (!record) continue;
    const bases = basesOf(record);
    const confidence = record.provenance.confidence ?? {};
    for (const [field, path] of Object.entries(SCORED_PATHS)) {
      const score = c.scores[field];
      if (score === null || score === undefined || !bases[path]) continue;
      out.push({ stem: c.stem, path, basis: bases[path], confidence: confidence[path], right: score });
    }
    const gold = (c.gold.participants ?? []).map((p) => (typeof p === 'string' ? p : p?.name)).filter(Boolean);
    const used = new Set();
    record.event.participants.forEach((p, i) => {
      const path = `event.participants.${i}`;
      if (!bases[path]) return;
      const j = gold.findIndex((g, k) => !used.has(k) && sameName(g, p.name));
      if (j >= 0) used.add(j);
      out.push({ stem: c.stem, path, basis: bases[path], confidence: confidence[path], right: j >= 0 ? 1 : 0 });
    });
  }
  return out;
}

const share = (vs) => (vs.length ? vs.reduce((a, v) => a + v.right, 0) / vs.length : null);

/** Share right per basis, and of all fields at or above `high`. */
export function calibration(verdicts, high) {
  const byBasis = new Map();
  for (const v of verdicts) byBasis.set(v.basis, [...(byBasis.get(v.basis) ?? []), v]);
  const bases = [...byBasis].map(([basis, vs]) => ({ basis, n: vs.length, confidence: vs[0].confidence, right: share(vs) })).sort((a, b) => a.basis.localeCompare(b.basis));
  const trusted = verdicts.filter((v) => v.confidence >= high);
  return { bases, high: { n: trusted.length, of: verdicts.length, right: share(trusted) } };
}
