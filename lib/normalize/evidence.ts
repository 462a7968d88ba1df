import type { Evidence, FieldOrigin } from '../record-schema';

/** A value with where it came from and, when read from the article, the quote that says it. */
export interface Fact<T> {
  value: T | null;
  origin: FieldOrigin;
  evidence?: Evidence;
}

export const none = <T>(): Fact<T> => ({ value: null, origin: 'text' });

/** Evidence for a quote found in `text` at `start`; offsets are UTF-16 indexes into record.text. */
export function quoteAt(text: string, start: number, end: number): Evidence {
  return { quote: text.slice(start, end), start, end };
}

/** Evidence for a value read from metadata, which has no place in the article text. */
export function metadataQuote(quote: string): Evidence {
  return { quote, start: -1, end: -1 };
}
