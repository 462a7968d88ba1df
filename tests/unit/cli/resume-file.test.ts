import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDonePages, resumeKey } from '@/lib/cli/resume-file';

const line = (url: string, capturedAt = '2025-01-01T00:00:00.000Z') => `${JSON.stringify({ id: url, source: { url, capturedAt } })}\n`;
const file = (content: string) => {
  const f = join(mkdtempSync(join(tmpdir(), 'resume-')), 'out.ndjson');
  writeFileSync(f, content);
  return f;
};

describe('--resume reads what an earlier run wrote', () => {
  it('knows each page by its address, and an archived page also by its capture time', () => {
    const done = readDonePages(file(line('file:///a.html') + line('https://x.org/p', '2024-05-01T10:00:00.000Z')));
    expect(done.records).toBe(2);
    expect(done.keys.has(resumeKey('file:///a.html'))).toBe(true);
    expect(done.keys.has(resumeKey('https://x.org/p', new Date('2024-05-01T10:00:00Z')))).toBe(true);
    expect(done.keys.has(resumeKey('https://x.org/p', new Date('2024-06-01T10:00:00Z')))).toBe(false);
  });

  it('cuts off a last line left half-written by a killed run', () => {
    const whole = line('file:///a.html') + line('file:///b.html');
    const f = file(`${whole}{"id":"c","source":{"ur`);
    const done = readDonePages(f);
    expect(done.records).toBe(2);
    expect(done.cutBytes).toBe('{"id":"c","source":{"ur'.length);
    expect(readFileSync(f, 'utf8')).toBe(whole);
  });

  it('reads a file larger than its read buffer line by line', () => {
    const many = Array.from({ length: 3000 }, (_, i) => line(`file:///page-${i}.html`)).join('');
    const padded = many + line(`file:///${'x'.repeat(1_500_000)}.html`);
    const done = readDonePages(file(padded));
    expect(done.records).toBe(3001);
    expect(done.keys.has(resumeKey('file:///page-2999.html'))).toBe(true);
  });

  it('refuses to resume into a file that is not records, naming the line', () => {
    expect(() => readDonePages(file(`${line('file:///a.html')}not json\n${line('file:///b.html')}`))).toThrow(/^line 2 of .*out\.ndjson is not a JSON record/);
    expect(() => readDonePages(file('{"id":1}\n'))).toThrow(/line 1 of .* has no source\.url/);
  });

  it('treats a missing file as a first run', () => {
    expect(readDonePages('/nonexistent/out.ndjson').records).toBe(0);
  });
});
