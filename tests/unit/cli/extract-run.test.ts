// `communique extract` as a user runs it: the compiled CLI (bin/communique.mjs, rebuilt first when
// a source is newer), real corpus pages copied into a temp folder at test time, and archives made
// with scripts/warc-builder.mjs.
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, statSync, writeFileSync, appendFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { gzipMember, waczFrom, warcRecord, writeWarc } from '../../../scripts/warc-builder.mjs';
import { corpusCases } from '../../corpus/corpus-cases';

const root = resolve(__dirname, '../../..');
const bin = join(root, 'bin/communique.mjs');
const cases = corpusCases();
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

function cli(args: string[], options: { input?: string } = {}) {
  const r = spawnSync('node', [bin, ...args], { cwd: root, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, timeout: 120_000, input: options.input });
  return { code: r.status, out: r.stdout, err: r.stderr };
}
const lines = (out: string) => out.trim().split('\n').filter(Boolean).map((l) => JSON.parse(l));

function folderOfPages(n: number) {
  const dir = mkdtempSync(join(tmpdir(), 'extract-run-'));
  const files: string[] = [];
  for (let i = 0; i < n; i++) {
    const c = cases[i % cases.length];
    const sub = i % 3 === 0 ? join(dir, 'sub') : dir;
    mkdirSync(sub, { recursive: true });
    const file = join(sub, `p${String(i).padStart(3, '0')}-${c.stem}.html`);
    copyFileSync(c.html, file);
    files.push(file);
  }
  return { dir, files };
}

/** A page as large as a long report: slow enough that pages after it finish first. */
function bigPage(path: string) {
  const para = '<p>The delegation met the minister and discussed trade, energy and culture at length in the capital.</p>';
  writeFileSync(path, `<html><head><title>Big page</title></head><body><article>${para.repeat(30_000)}</article></body></html>`);
}

describe('communique extract, the compiled CLI', () => {
  it('answers --version from package.json', () => {
    const r = cli(['--version']);
    expect(r.code).toBe(0);
    expect(r.out).toBe(`communique ${pkg.version}\n`);
  });

  it('prints one pretty JSON record for one saved page, with the given URL', () => {
    const r = cli(['extract', '--url', 'https://x.example/news/1.html', '--now', '2025-01-01T00:00:00Z', cases[0].html]);
    expect(r.code).toBe(0);
    expect(r.out.split('\n').length).toBeGreaterThan(10);
    const record = JSON.parse(r.out);
    expect(record.source.url).toBe('https://x.example/news/1.html');
    expect(record.source.capturedAt).toBe('2025-01-01T00:00:00.000Z');
    expect(r.err).toBe('');
  });

  it('reads a folder recursively and writes NDJSON in input order, even when the first page finishes last', () => {
    const { dir } = folderOfPages(8);
    bigPage(join(dir, 'a-big.html'));
    const r = cli(['extract', '--jobs', '2', dir]);
    expect(r.code).toBe(0);
    const urls = lines(r.out).map((rec) => rec.source.url);
    const expected = ['a-big.html', ...[1, 2, 4, 5, 7].map((i) => `p00${i}-${cases[i].stem}.html`)].map((f) => pathToFileURL(join(dir, f)).href);
    const inSub = [0, 3, 6].map((i) => pathToFileURL(join(dir, 'sub', `p00${i}-${cases[i].stem}.html`)).href);
    expect(urls).toEqual([...expected, ...inSub]);
    expect(r.err).toMatch(/extract: 9 pages, 9 records, 0 errors; [\d.]+ s, [\d.]+ pages\/s/);
  });

  it('with --unordered writes records as they finish', () => {
    const { dir } = folderOfPages(6);
    bigPage(join(dir, 'a-big.html'));
    const r = cli(['extract', '--jobs', '2', '--unordered', dir]);
    expect(r.code).toBe(0);
    const titles = lines(r.out).map((rec) => rec.title);
    expect(titles).toHaveLength(7);
    expect(titles[0]).not.toBe('Big page');
    expect(titles).toContain('Big page');
  });

  it('a bad page among good ones is an error line and a count; the others are written; exit 1', () => {
    const { dir } = folderOfPages(3);
    writeFileSync(join(dir, 'p001-broken.html.gz'), gzipSync('<html><title>x</title></html>').subarray(0, 12));
    const r = cli(['extract', dir]);
    expect(r.code).toBe(1);
    expect(lines(r.out)).toHaveLength(3);
    expect(r.err).toMatch(new RegExp(`error: ${join(dir, 'p001-broken.html.gz').replace(/[.]/g, '\\.')}: cannot read it: `));
    expect(r.err).toMatch(/extract: 4 pages, 3 records, 1 error;/);
  });

  it('stops a page over the time limit and goes on with the rest', () => {
    const { dir } = folderOfPages(2);
    // Takes ~6 s on this machine, a corpus page ~0.1 s: the time limit is what ends it.
    bigPage(join(dir, 'p000-slow.html'));
    const r = cli(['extract', '--timeout', '2', '--jobs', '1', dir]);
    expect(r.err).toContain(`error: ${join(dir, 'p000-slow.html')}: took longer than 2 s and was stopped`);
    expect(r.code).toBe(1);
    expect(lines(r.out)).toHaveLength(2);
  });

  it('reads a page 20,000 elements deep to a record or a clear refusal within the time limit', () => {
    const { dir } = folderOfPages(1);
    writeFileSync(join(dir, 'deep.html'), `<html><head><title>Deep</title></head><body>${'<div>'.repeat(20_000)}On 3 May the ambassador met the minister.${'</div>'.repeat(20_000)}</body></html>`);
    const started = Date.now();
    const r = cli(['extract', '--timeout', '5', dir]);
    expect(Date.now() - started).toBeLessThan(30_000);
    const records = lines(r.out);
    const deep = records.find((rec) => rec.title === 'Deep');
    if (!deep) expect(r.err).toMatch(/error: .*deep\.html: /);
    expect(records.length).toBeGreaterThanOrEqual(1);
  });

  it('one small page runs in the main thread, and the time limit still stops it there', () => {
    const dir = mkdtempSync(join(tmpdir(), 'extract-one-'));
    const file = join(dir, 'deep.html');
    // Small (~220 KB, so not handed to a worker thread) and slower than any time limit here.
    writeFileSync(file, `<html><head><title>Deep</title></head><body>${'<div>'.repeat(20_000)}On 3 May the ambassador met the minister.${'</div>'.repeat(20_000)}</body></html>`);
    const started = Date.now();
    const r = cli(['extract', '--timeout', '2', file]);
    expect(Date.now() - started).toBeLessThan(30_000);
    expect(r.err).toBe(`error: ${file}: took longer than 2 s and was stopped\n`);
    expect(r.code).toBe(1);
    expect(r.out).toBe('');
  });

  it('reads a WARC: HTML responses only, the target URI as the address (site adapters apply), WARC-Date as capturedAt', () => {
    const dir = mkdtempSync(join(tmpdir(), 'extract-warc-'));
    const state = cases.find((c) => c.url?.includes('state.gov'))!;
    const cyrillic = Buffer.from([0xcf, 0xf0, 0xe8, 0xe5, 0xec]); // "Прием" in windows-1251
    const records = [
      warcRecord({ type: 'warcinfo', body: 'software: test' }),
      warcRecord({ type: 'request', uri: state.url, body: '' }),
      warcRecord({ type: 'response', uri: state.url, date: '2024-03-04T05:06:07Z', httpHeaders: { 'Content-Type': 'text/html; charset=utf-8' }, body: readFileSync(state.html) }),
      warcRecord({ type: 'response', uri: 'https://x.example/logo.png', httpHeaders: { 'Content-Type': 'image/png' }, body: 'PNG' }),
      warcRecord({ type: 'response', uri: 'https://x.example/gone', status: 404, httpHeaders: { 'Content-Type': 'text/html' }, body: '<html></html>' }),
      warcRecord({
        type: 'response',
        uri: 'https://x.example/ru/1',
        date: '2024-03-05T00:00:00Z',
        httpHeaders: { 'Content-Type': 'text/html; charset=windows-1251' },
        body: Buffer.concat([Buffer.from('<html><head><title>'), cyrillic, Buffer.from('</title></head><body><p>'), cyrillic, Buffer.from('</p></body></html>')]),
      }),
    ];
    const warc = join(dir, 'crawl.warc.gz');
    writeWarc(warc, records, { gzip: true });
    const r = cli(['extract', warc]);
    expect(r.code).toBe(0);
    const out = lines(r.out);
    expect(out.map((rec) => rec.source.url)).toEqual([state.url, 'https://x.example/ru/1']);
    expect(out.map((rec) => rec.source.capturedAt)).toEqual(['2024-03-04T05:06:07.000Z', '2024-03-05T00:00:00.000Z']);
    expect(out[0].provenance.adapter).toBeTruthy();
    expect(out[1].title).toBe('Прием');
    expect(r.err).toMatch(/extract: 2 pages, 2 records, 0 errors, 4 archive records not pages \((?=.*warcinfo 1)(?=.*request 1)(?=.*not HTML 1)(?=.*status 404 1).*\)/);
  });

  it('reads a WACZ', () => {
    const dir = mkdtempSync(join(tmpdir(), 'extract-wacz-'));
    const page = (uri: string, title: string) => gzipMember(warcRecord({ type: 'response', uri, httpHeaders: { 'Content-Type': 'text/html' }, body: `<html><head><title>${title}</title></head><body><p>${title} text.</p></body></html>` }));
    const wacz = join(dir, 'crawl.wacz');
    writeFileSync(wacz, waczFrom([{ name: 'archive/data-1.warc.gz', bytes: Buffer.concat([page('https://a.example/1', 'One'), page('https://a.example/2', 'Two')]) }, { name: 'archive/data-2.warc.gz', bytes: page('https://a.example/3', 'Three') }]));
    const r = cli(['extract', wacz]);
    expect(r.code).toBe(0);
    expect(lines(r.out).map((rec) => rec.title)).toEqual(['One', 'Two', 'Three']);
  });

  it('resumes a killed run: every page once in the end, a half-written last line cut off', async () => {
    const { dir, files } = folderOfPages(24);
    const out = join(dir, 'records.ndjson');
    const child = spawn('node', [bin, 'extract', '--jobs', '1', '--quiet', '--out', out, dir], { cwd: root, stdio: 'ignore' });
    await new Promise<void>((done, fail) => {
      const timer = setInterval(() => {
        if (existsSync(out) && readFileSync(out, 'utf8').split('\n').length > 4) {
          clearInterval(timer);
          child.kill('SIGKILL');
          done();
        }
      }, 20);
      child.on('exit', () => {
        clearInterval(timer);
        fail(new Error('the run ended before it could be killed'));
      });
    });
    await new Promise((r) => child.once('exit', r));
    const before = readFileSync(out, 'utf8').split('\n').filter(Boolean).length;
    expect(before).toBeLessThan(files.length);
    // As a kill in the middle of a write leaves it.
    appendFileSync(out, '{"id":"cut-short","source":{"url":"fi');
    const r = cli(['extract', '--jobs', '2', '--out', out, '--resume', dir]);
    expect(r.code).toBe(0);
    expect(r.err).toMatch(/removed a last line cut short by an earlier run \(\d+ bytes\)/);
    expect(r.err).toMatch(new RegExp(`extract: ${files.length - before + 0} pages?, .* ${before} already in`));
    const urls = lines(readFileSync(out, 'utf8')).map((rec) => rec.source.url);
    expect(urls).toHaveLength(files.length);
    expect(new Set(urls)).toEqual(new Set(files.map((f) => pathToFileURL(f).href)));
    // A second resume finds nothing left to do.
    const again = cli(['extract', '--out', out, '--resume', dir]);
    expect(again.err).toMatch(new RegExp(`extract: 0 pages, 0 records, 0 errors, ${files.length} already in`));
    expect(statSync(out).size).toBe(Buffer.byteLength(urls.length ? readFileSync(out) : ''));
  });

  it('reads --list: saved pages with their own addresses', () => {
    const { dir, files } = folderOfPages(2);
    const list = join(dir, 'pages.tsv');
    writeFileSync(list, `# saved pages\n${files[0]}\thttps://a.example/one\n\n${files[1]}\n`);
    const r = cli(['extract', '--list', list]);
    expect(r.code).toBe(0);
    expect(lines(r.out).map((rec) => rec.source.url)).toEqual(['https://a.example/one', pathToFileURL(files[1]).href]);
  });

  it('shows a progress bar on a terminal, nothing with --quiet', () => {
    const { dir } = folderOfPages(4);
    const run = (extra: string) => spawnSync('script', ['-qec', `node ${bin} extract ${extra} --out ${join(dir, 'o.ndjson')} ${dir}`, '/dev/null'], { encoding: 'utf8', timeout: 120_000 });
    const shown = run('');
    expect(shown.status).toBe(0);
    expect(shown.stdout).toMatch(/\r\[[#-]{20}\] +\d+% \d\/4 pages · [\d.]+ pages\/s · 0 error/);
    // Each frame's bar and percentage say the share of pages done.
    const frames = [...shown.stdout.matchAll(/\r\[(#*)-*\] +(\d+)% (\d)\/4 pages/g)];
    expect(frames.length).toBeGreaterThan(0);
    for (const [, bar, pct, done] of frames) {
      expect(Number(pct)).toBe(Number(done) * 25);
      expect(bar.length).toBe(Number(done) * 5);
    }
    const quiet = run('--quiet');
    expect(quiet.status).toBe(0);
    expect(quiet.stdout).toBe('');
  });

  it('names what is wrong with the arguments', () => {
    const { dir } = folderOfPages(1);
    expect(cli(['extract', '--resume', dir])).toMatchObject({ code: 2, err: expect.stringContaining('--resume needs --out FILE') });
    expect(cli(['extract', '--url', 'https://a.example/', dir])).toMatchObject({ code: 2, err: expect.stringContaining('--url names the address of one saved page') });
    expect(cli(['extract', '--jobs', 'many', dir])).toMatchObject({ code: 2, err: expect.stringContaining('--jobs "many" is not a number of threads') });
    expect(cli(['extract', '/nonexistent/page.html'])).toMatchObject({ code: 1, err: expect.stringContaining('error: cannot read /nonexistent/page.html: no such file or folder') });
    expect(cli(['extract', join(dir, '*.nothing')])).toMatchObject({ code: 1, err: expect.stringContaining(`no file matches ${join(dir, '*.nothing')}`) });
  });
});
