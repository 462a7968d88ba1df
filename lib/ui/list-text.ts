// List fields (organisations, topics, tags) are edited as one line of "; "-separated items, because a
// comma can belong inside an item ("Ministry of Foreign Affairs, Trade and Development").

export const LIST_SEPARATOR = '; ';

/** Items of a "; "-separated line, trimmed, blanks dropped. */
export function splitList(text: string): string[] {
  return text
    .split(';')
    .map((s) => s.trim())
    .filter(Boolean);
}

export function joinList(items: readonly string[]): string {
  return items.join(LIST_SEPARATOR);
}

export function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}
