// citation.js ships no types; the tests use only this much of it.
declare module '@citation-js/core' {
  export class Cite {
    constructor(data: unknown);
    data: Record<string, unknown>[];
    format(kind: string, options?: Record<string, unknown>): string;
  }
}
declare module '@citation-js/plugin-csl';
