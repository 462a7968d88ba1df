// One key for the ways a place name is written: case and accents folded, so "Reykjavík",
// "Reykjavik" and "REYKJAVIK" meet. Used at install (scripts/build-gazetteer.mjs) and in the worker,
// which must fold alike.
const NOT_ASCII = /[^\x00-\x7f]/;

export function foldName(s: string): string {
  return NOT_ASCII.test(s) ? s.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase() : s.toLowerCase();
}
