// Progress of an extract run on stderr: a bar redrawn in place on a terminal, a plain line now and
// then otherwise (a CI log, a file), nothing with --quiet. Error lines go through here too, so
// they never land in the middle of a bar.

export interface ProgressState {
  done: number;
  errors: number;
  /** Known when every input is a saved page; an archive's page count is not known in advance. */
  total: number | null;
  /** Share of the input bytes consumed, 0–1: what time left is estimated from. */
  fraction: number;
  elapsedMs: number;
}

export function formatDuration(ms: number): string {
  const s = Math.max(0, Math.round(ms / 1000));
  if (s < 60) return `${s}s`;
  const m = Math.floor(s / 60);
  if (m < 60) return `${m}m ${String(s % 60).padStart(2, '0')}s`;
  return `${Math.floor(m / 60)}h ${String(m % 60).padStart(2, '0')}m`;
}

const count = (n: number) => n.toLocaleString('en-US');

/** One line of figures: "1,234/10,000 pages · 45.6 pages/s · 2 errors · 3m 12s left". */
export function progressFigures(p: ProgressState): string {
  const rate = p.elapsedMs > 0 ? (p.done * 1000) / p.elapsedMs : 0;
  const pages = p.total === null ? `${count(p.done)} pages` : `${count(p.done)}/${count(p.total)} pages`;
  const parts = [pages, `${rate.toFixed(1)} pages/s`, `${count(p.errors)} error${p.errors === 1 ? '' : 's'}`];
  const f = shareDone(p);
  if (f > 0 && f < 1 && p.elapsedMs > 1000) parts.push(`${formatDuration((p.elapsedMs * (1 - f)) / f)} left`);
  return parts.join(' · ');
}

/** Pages done of the total when it is known (bytes read run ahead by the pages in flight), else bytes read. */
function shareDone(p: Omit<ProgressState, 'elapsedMs'>): number {
  return p.total ? p.done / p.total : p.total === 0 ? 1 : p.fraction;
}

/** A bar of `width` cells for a share 0–1. */
export function progressBar(fraction: number, width = 20): string {
  const f = Math.min(1, Math.max(0, fraction));
  const full = Math.floor(f * width);
  return `[${'#'.repeat(full)}${'-'.repeat(width - full)}] ${String(Math.floor(f * 100)).padStart(3)}%`;
}

export interface ProgressOptions {
  write: (s: string) => void;
  /** A terminal: redraw one line in place. */
  tty: boolean;
  quiet: boolean;
  /** Terminal width, to keep the bar on one line. */
  columns?: number;
  clock?: () => number;
  /** Between two plain lines when stderr is not a terminal. */
  plainEveryMs?: number;
}

export class Progress {
  private readonly started: number;
  private readonly clock: () => number;
  private lastDraw = -Infinity;
  private drawn = false;
  state: Omit<ProgressState, 'elapsedMs'> = { done: 0, errors: 0, total: null, fraction: 0 };

  constructor(private readonly options: ProgressOptions) {
    this.clock = options.clock ?? (() => performance.now());
    this.started = this.clock();
    // A plain line only once there is something to say: a short run prints none.
    if (!options.tty) this.lastDraw = this.started;
  }

  elapsedMs(): number {
    return this.clock() - this.started;
  }

  /** Call after each page; draws at most 10 times a second on a terminal. */
  update(): void {
    if (this.options.quiet) return;
    const now = this.clock();
    const every = this.options.tty ? 100 : (this.options.plainEveryMs ?? 10_000);
    if (now - this.lastDraw < every) return;
    this.lastDraw = now;
    this.draw();
  }

  /** An error line (always shown, --quiet or not), kept clear of the bar. */
  error(line: string): void {
    this.clear();
    this.options.write(`${line}\n`);
    if (this.drawn) this.draw();
  }

  /** Removes the bar before the summary. */
  finish(): void {
    this.clear();
    this.drawn = false;
  }

  private draw(): void {
    const figures = progressFigures({ ...this.state, elapsedMs: this.elapsedMs() });
    if (!this.options.tty) {
      this.options.write(`extract: ${figures}\n`);
      return;
    }
    const line = `${progressBar(shareDone(this.state))} ${figures}`;
    const width = (this.options.columns ?? 80) - 1;
    this.options.write(`\r${line.length > width ? line.slice(0, width) : line}\x1b[K`);
    this.drawn = true;
  }

  private clear(): void {
    if (this.options.tty && this.drawn) this.options.write('\r\x1b[K');
  }
}
