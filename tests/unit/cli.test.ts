import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '@/lib/cli/communique-cli';
import { EventRecordSchema } from '@/lib/record-schema';
import { corpusCases } from '../support/corpus';

async function run(args: string[]) {
  let out = '';
  let err = '';
  const code = await main(args, { out: (s) => (out += s), err: (s) => (err += s) });
  return { code, out, err };
}

describe('communique CLI', () => {
  const [first, second] = corpusCases();

  it('prints one valid record for one file, with the given URL', async () => {
    const { code, out } = await run(['extract', '--url', 'https://x.example/a.html', '--now', '2025-01-01T00:00:00Z', first.htmlPath]);
    expect(code).toBe(0);
    const record = EventRecordSchema.parse(JSON.parse(out));
    expect(record.source.url).toBe('https://x.example/a.html');
    expect(record.source.capturedAt).toBe('2025-01-01T00:00:00.000Z');
  });

  it('prints NDJSON for several files', async () => {
    const { code, out } = await run(['extract', first.htmlPath, second.htmlPath]);
    expect(code).toBe(0);
    const lines = out.trim().split('\n');
    expect(lines).toHaveLength(2);
    for (const l of lines) EventRecordSchema.parse(JSON.parse(l));
  });

  it('prints NDJSON for a directory', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cli-'));
    writeFileSync(join(dir, 'one.html'), '<html><head><title>One</title></head><body><article><p>On 3 March 2025 the Embassy held a reception for the diplomatic corps in the capital, attended by many guests.</p></article></body></html>');
    writeFileSync(join(dir, 'notes.txt'), 'not a page');
    const { code, out } = await run(['extract', dir]);
    expect(code).toBe(0);
    expect(out.trim().split('\n')).toHaveLength(1);
    expect(JSON.parse(out).title).toBe('One');
  });

  it('reads a page saved as UTF-8 whose meta still names a legacy charset', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cli-'));
    const file = join(dir, 'gb.html');
    writeFileSync(file, '<html><head><meta charset="gb2312"><title>中国驻欧盟使团</title></head><body><p>大使出席活动。</p></body></html>');
    const { out } = await run(['extract', file]);
    expect(JSON.parse(out).title).toBe('中国驻欧盟使团');
  });

  it('names a missing file and exits non-zero', async () => {
    const { code, err } = await run(['extract', '/nonexistent/page.html']);
    expect(code).toBe(1);
    expect(err).toContain('/nonexistent/page.html');
  });

  it('explains usage for an unknown command or bad --now', async () => {
    expect((await run(['frobnicate'])).err).toMatch(/unknown command "frobnicate"[\s\S]*usage/);
    expect((await run(['extract', '--now', 'yesterday', first.htmlPath])).err).toContain('--now "yesterday" is not a date');
  });
});
