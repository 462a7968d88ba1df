import { describe, expect, it } from 'vitest';
import { Progress, formatDuration, progressBar, progressFigures } from '@/lib/cli/progress';

describe('progress figures', () => {
  it('names pages done of the total, the rate, errors and the time left', () => {
    expect(progressFigures({ done: 1234, total: 10_000, errors: 2, fraction: 0, elapsedMs: 27_000 })).toBe('1,234/10,000 pages · 45.7 pages/s · 2 errors · 3m 12s left');
  });

  it('estimates time left from the bytes read when the page count is unknown (an archive)', () => {
    expect(progressFigures({ done: 500, total: null, errors: 1, fraction: 0.25, elapsedMs: 60_000 })).toBe('500 pages · 8.3 pages/s · 1 error · 3m 00s left');
  });

  it('formats durations and bars', () => {
    expect(formatDuration(59_400)).toBe('59s');
    expect(formatDuration(3_725_000)).toBe('1h 02m');
    expect(progressBar(0.5, 10)).toBe('[#####-----]  50%');
    expect(progressBar(2, 4)).toBe('[####] 100%');
  });
});

function recorder(tty: boolean, quiet = false) {
  let t = 0;
  const written: string[] = [];
  const p = new Progress({ write: (s) => written.push(s), tty, quiet, columns: 80, clock: () => t });
  return { p, written, advance: (ms: number) => (t += ms) };
}

describe('progress on standard error', () => {
  it('on a terminal redraws one line in place, at most ten times a second', () => {
    const { p, written, advance } = recorder(true);
    p.state.total = 10;
    for (let i = 0; i < 10; i++) {
      p.state.done++;
      advance(30);
      p.update();
    }
    expect(written.length).toBeGreaterThanOrEqual(2);
    expect(written.length).toBeLessThanOrEqual(4);
    for (const w of written) expect(w).toMatch(/^\r\[[#-]{20}\] +\d+% .*\x1b\[K$/);
    expect(written.at(-1)).toContain('/10 pages');
  });

  it('keeps error lines clear of the bar, and redraws it after', () => {
    const { p, written, advance } = recorder(true);
    advance(200);
    p.update();
    p.error('error: a.html: bad');
    expect(written.slice(1)).toEqual(['\r\x1b[K', 'error: a.html: bad\n', expect.stringMatching(/^\r\[/)]);
    p.finish();
    expect(written.at(-1)).toBe('\r\x1b[K');
  });

  it('elsewhere writes a plain line every ten seconds', () => {
    const { p, written, advance } = recorder(false);
    for (let i = 0; i < 25; i++) {
      advance(1000);
      p.state.done++;
      p.update();
    }
    // None at the start (a short run prints none), then one each ten seconds.
    expect(written).toHaveLength(2);
    expect(written[0]).toBe('extract: 10 pages · 1.0 pages/s · 0 errors\n');
    expect(written.every((w) => !w.includes('\r'))).toBe(true);
  });

  it('with --quiet writes nothing but errors', () => {
    const { p, written, advance } = recorder(true, true);
    advance(5000);
    p.update();
    p.error('error: b.html: bad');
    p.finish();
    expect(written).toEqual(['error: b.html: bad\n']);
  });
});
