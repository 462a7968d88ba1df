// A table of "key|value" lines sorted by key (UTF-16 order), searched in its own text: nothing is
// indexed at start, so a table of tens of thousands of names costs its string and no more. The
// generated tables of lib/normalize/generated/ are read this way.

export interface SortedTable {
  /** The value of `key`, or null. */
  get(key: string): string | null;
  /** Whether some key is `word` or starts with `word` followed by a space. */
  startsAKey(word: string): boolean;
}

export function sortedTable(table: string): SortedTable {
  /** The first line whose key is not below `key`: a binary search over line starts. */
  function lowerBound(key: string): { key: string; value: string } | null {
    let lo = 0;
    let hi = table.length;
    let found: { key: string; value: string } | null = null;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const lineStart = table.lastIndexOf('\n', mid - 1) + 1;
      const bar = table.indexOf('|', lineStart);
      const nl = table.indexOf('\n', bar);
      const lineEnd = nl < 0 ? table.length : nl;
      const name = table.slice(lineStart, bar);
      if (name < key) lo = lineEnd + 1;
      else {
        found = { key: name, value: table.slice(bar + 1, lineEnd) };
        hi = lineStart;
      }
    }
    return found;
  }
  return {
    get(key) {
      const line = lowerBound(key);
      return line && line.key === key ? line.value : null;
    },
    // Spaces sort before every letter, so a key that starts with the word is its lower bound.
    startsAKey(word) {
      const line = lowerBound(word);
      return !!line && line.key.startsWith(word) && (line.key.length === word.length || line.key[word.length] === ' ');
    },
  };
}

/**
 * `ask` with a cache for one text's scan: hostile text repeats a word thousands of times, and each
 * repeat then costs a Map lookup instead of a binary search.
 */
export function askedOnce<T>(ask: (word: string) => T): (word: string) => T {
  const known = new Map<string, T>();
  return (word) => {
    if (known.has(word)) return known.get(word) as T;
    const answer = ask(word);
    known.set(word, answer);
    return answer;
  };
}
