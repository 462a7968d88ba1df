// Where the CLI writes: injected so tests read what a user would see.
import type { Writable } from 'node:stream';

export interface CliIo {
  out: (s: string) => void;
  err: (s: string) => void;
  /** Standard output as a stream, for backpressure on large runs; without it `out` is used. */
  stdout?: Writable;
  /** Standard error is a terminal: progress is a bar redrawn in place. */
  errIsTTY?: boolean;
  columns?: number;
}
