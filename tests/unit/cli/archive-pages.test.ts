import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { brotliCompressSync, deflateRawSync, deflateSync, gzipSync } from 'node:zlib';
import { zipSync } from 'fflate';
import iconv from 'iconv-lite';
import { JSDOM, VirtualConsole } from 'jsdom';
import { afterAll, describe, expect, it } from 'vitest';
import { warcPages, waczPages } from '@/lib/cli/archive-pages';
import { archiveKind } from '@/lib/cli/page-input';
import { htmlForJsdom } from '@/lib/cli/page-decoding';
import { isReadError, type PageInput, type PageItem, type PageReadError, type SkipTally } from '@/lib/cli/page-input';
import { chunked, gzipMember, openWarcWriter, waczFrom, warcBytes, warcRecord } from '../../../scripts/warc-builder.mjs';

const dir = mkdtempSync(join(tmpdir(), 'archive-pages-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;
const tempPath = (name: string) => join(dir, `${n++}-${name}`);

async function collect(gen: AsyncGenerator<PageItem>): Promise<PageItem[]> {
  const items: PageItem[] = [];
  for await (const item of gen) items.push(item);
  return items;
}
const pagesOf = (items: PageItem[]) => items.filter((i): i is PageInput => !isReadError(i));
const errorsOf = (items: PageItem[]) => items.filter(isReadError);
const text = (bytes: Uint8Array) => Buffer.from(bytes).toString('utf8');

const html = (title: string) => `<!doctype html><html><head><title>${title}</title></head><body><p>${title}</p></body></html>`;
const page = (uri: string, body: string | Buffer, date = '2025-03-04T05:06:07Z', headers: Record<string, string> = { 'Content-Type': 'text/html; charset=utf-8' }) =>
  warcRecord({ type: 'response', uri, date, httpHeaders: headers, body });

/** One of each kind of record an archive holds, with the pages among them. */
function mixedRecords() {
  return [
    warcRecord({ type: 'warcinfo', body: 'software: warc-builder\r\nformat: WARC File Format 1.1\r\n', contentType: 'application/warc-fields' }),
    warcRecord({ type: 'request', uri: 'https://ex.org/a' }),
    page('https://ex.org/a', html('A'), '2025-03-04T05:06:07Z'),
    warcRecord({ type: 'metadata', uri: 'https://ex.org/a', body: 'outlinks: https://ex.org/b\r\n' }),
    warcRecord({ type: 'response', uri: 'https://ex.org/missing', status: 404, httpHeaders: { 'Content-Type': 'text/html' }, body: html('Not found') }),
    warcRecord({ type: 'response', uri: 'https://ex.org/old', status: 301, httpHeaders: { Location: 'https://ex.org/a' } }),
    warcRecord({ type: 'response', uri: 'https://ex.org/logo.png', httpHeaders: { 'Content-Type': 'image/png' }, body: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]) }),
    warcRecord({ type: 'revisit', uri: 'https://ex.org/a', httpHeaders: { 'Content-Type': 'text/html' } }),
    warcRecord({ type: 'resource', uri: 'urn:page:https://ex.org/b', date: '2025-03-04T05:06:08Z', contentType: 'text/html; charset=windows-1252', body: html('B') }),
    warcRecord({ type: 'resource', uri: 'https://ex.org/shot.jpg', contentType: 'image/jpeg', body: 'jpeg bytes' }),
    warcRecord({ type: 'response', uri: 'https://ex.org/c', date: '2025-03-04T05:06:09.123Z', httpHeaders: { Server: 'x' }, body: `\ufeff \n${html('C')}` }),
    warcRecord({ type: 'response', uri: 'https://ex.org/plain', httpHeaders: { Server: 'x' }, body: 'just some text' }),
    warcRecord({ type: 'conversion', uri: 'https://ex.org/a', contentType: 'text/plain', body: 'A' }),
    page('https://ex.org/d.xhtml', html('D'), '2025-03-04T05:06:10Z', { 'content-type': 'application/xhtml+xml' }),
  ];
}

const expectedSkips = new Map([
  ['warcinfo', 1],
  ['request', 1],
  ['metadata', 1],
  ['status 404', 1],
  ['status 301', 1],
  ['not HTML', 2],
  ['revisit', 1],
  ['resource (not HTML)', 1],
  ['conversion', 1],
]);

describe('archiveKind', () => {
  it('names WARC and WACZ files by their extension, in any case, and nothing else', () => {
    expect(archiveKind('a/b.warc')).toBe('warc');
    expect(archiveKind('B.WARC.GZ')).toBe('warc');
    expect(archiveKind('crawl.Wacz')).toBe('wacz');
    expect(archiveKind('page.html')).toBeNull();
    expect(archiveKind('page.warc.html')).toBeNull();
    expect(archiveKind('notes.gz')).toBeNull();
  });
});

describe('warcPages', () => {
  for (const [name, gzip] of [['x.warc', false], ['x.warc.gz', true], ['whole.warc.gz', 'whole']] as const) {
    it(`yields the HTML pages of a ${gzip === 'whole' ? 'whole-file gzip' : name} in file order and counts the rest (${name})`, async () => {
      const file = tempPath(name);
      writeFileSync(file, warcBytes(mixedRecords(), { gzip }));
      const skipped: SkipTally = new Map();
      const items = await collect(warcPages(file, skipped));
      expect(errorsOf(items)).toEqual([]);
      const pages = pagesOf(items);
      expect(pages.map((p) => p.url)).toEqual(['https://ex.org/a', 'urn:page:https://ex.org/b', 'https://ex.org/c', 'https://ex.org/d.xhtml']);
      const [a, b, c, d] = pages;
      expect(a.label).toBe(`https://ex.org/a (2025-03-04T05:06:07Z) in ${file}`);
      expect(a.capturedAt?.toISOString()).toBe('2025-03-04T05:06:07.000Z');
      expect(a.contentType).toBe('text/html; charset=utf-8');
      expect(text(a.bytes)).toBe(html('A'));
      // A resource record's type is its WARC Content-Type, and its block is the page.
      expect(b.contentType).toBe('text/html; charset=windows-1252');
      expect(text(b.bytes)).toBe(html('B'));
      // No Content-Type: taken as a page because it starts like one.
      expect(c.contentType).toBeUndefined();
      expect(c.capturedAt?.toISOString()).toBe('2025-03-04T05:06:09.123Z');
      expect(text(c.bytes)).toBe(`\ufeff \n${html('C')}`);
      expect(d.contentType).toBe('application/xhtml+xml');
      expect(skipped).toEqual(expectedSkips);
    });
  }

  it('adds its counts to a tally shared across archives, and labels pages with options.label', async () => {
    const file = tempPath('x.warc');
    writeFileSync(file, warcBytes(mixedRecords()));
    const skipped: SkipTally = new Map([['request', 5]]);
    const pages = pagesOf(await collect(warcPages(file, skipped, { label: 'crawl #1' })));
    expect(pages[0].label).toBe('https://ex.org/a (2025-03-04T05:06:07Z) in crawl #1');
    expect(skipped.get('request')).toBe(6);
  });

  it('undoes chunked transfer-coding and gzip, deflate and br content-coding', async () => {
    const file = tempPath('enc.warc.gz');
    const body = html('Encoded é');
    writeWarc(file, [
      page('https://ex.org/chunked', chunked(body, 5), undefined, { 'Content-Type': 'text/html', 'Transfer-Encoding': 'chunked' }),
      page('https://ex.org/gzip', gzipSync(body), undefined, { 'Content-Type': 'text/html', 'Content-Encoding': 'gzip' }),
      page('https://ex.org/both', chunked(gzipSync(body), 9), undefined, { 'Content-Type': 'text/html', 'Content-Encoding': 'GZIP', 'Transfer-Encoding': 'chunked' }),
      page('https://ex.org/deflate', deflateSync(body), undefined, { 'Content-Type': 'text/html', 'Content-Encoding': 'deflate' }),
      page('https://ex.org/raw-deflate', deflateRawSync(body), undefined, { 'Content-Type': 'text/html', 'Content-Encoding': 'deflate' }),
      page('https://ex.org/br', brotliCompressSync(body), undefined, { 'Content-Type': 'text/html', 'Content-Encoding': 'br' }),
      page('https://ex.org/twice', brotliCompressSync(gzipSync(body)), undefined, { 'Content-Type': 'text/html', 'Content-Encoding': 'gzip, br' }),
    ]);
    const items = await collect(warcPages(file, new Map()));
    expect(errorsOf(items)).toEqual([]);
    const pages = pagesOf(items);
    expect(pages.map((p) => p.url.split('/').pop())).toEqual(['chunked', 'gzip', 'both', 'deflate', 'raw-deflate', 'br', 'twice']);
    for (const p of pages) expect(text(p.bytes), p.url).toBe(body);
  });

  it('turns a record that does not decode into a read error for it alone, and reads on', async () => {
    const file = tempPath('bad-record.warc.gz');
    writeWarc(file, [
      page('https://ex.org/before', html('Before')),
      page('https://ex.org/fake-gzip', html('Not gzip'), '2025-01-02T00:00:00Z', { 'Content-Type': 'text/html', 'Content-Encoding': 'gzip' }),
      page('https://ex.org/cut-gzip', gzipSync(html('Cut')).subarray(0, 30), '2025-01-02T00:00:00Z', { 'Content-Type': 'text/html', 'Content-Encoding': 'gzip' }),
      page('https://ex.org/bad-chunks', 'zz\r\nnot a chunk\r\n', '2025-01-02T00:00:00Z', { 'Content-Type': 'text/html', 'Transfer-Encoding': 'chunked' }),
      page('https://ex.org/short-chunk', '400\r\nonly a little\r\n0\r\n\r\n', '2025-01-02T00:00:00Z', { 'Content-Type': 'text/html', 'Transfer-Encoding': 'chunked' }),
      page('https://ex.org/zstd', 'whatever', '2025-01-02T00:00:00Z', { 'Content-Type': 'text/html', 'Content-Encoding': 'zstd' }),
      page('https://ex.org/after', html('After')),
    ]);
    const items = await collect(warcPages(file, new Map()));
    expect(items.map((i) => (isReadError(i) ? `error ${i.label}` : i.url))).toEqual([
      'https://ex.org/before',
      `error https://ex.org/fake-gzip (2025-01-02T00:00:00Z) in ${file}`,
      `error https://ex.org/cut-gzip (2025-01-02T00:00:00Z) in ${file}`,
      `error https://ex.org/bad-chunks (2025-01-02T00:00:00Z) in ${file}`,
      `error https://ex.org/short-chunk (2025-01-02T00:00:00Z) in ${file}`,
      `error https://ex.org/zstd (2025-01-02T00:00:00Z) in ${file}`,
      'https://ex.org/after',
    ]);
    const errors = errorsOf(items).map((e) => e.error);
    expect(errors[0]).toMatch(/does not decode as Content-Encoding gzip/);
    expect(errors[2]).toMatch(/chunk size "zz" at byte 0 of the body is not hexadecimal/);
    expect(errors[3]).toMatch(/claims 1024 bytes/);
    expect(errors[4]).toMatch(/"zstd" is not one this reader undoes: expected gzip, deflate, br/);
    expect(text(pagesOf(items)[1].bytes)).toBe(html('After'));
  });

  it('reads odd but real records: bare-LF heads, DNS records, empty blocks, no Target-URI', async () => {
    const file = tempPath('odd.warc');
    writeWarc(file, [
      warcRecord({ type: 'response', uri: 'https://ex.org/lf', block: `HTTP/1.0 200 OK\nContent-Type: text/html\n\n${html('LF')}` }),
      // Heritrix stores DNS lookups as response records that are not HTTP.
      warcRecord({ type: 'response', uri: 'dns:ex.org', contentType: 'text/dns', block: '20250101000000\nex.org.\t300\tIN\tA\t192.0.2.1\n' }),
      warcRecord({ type: 'response', uri: 'https://ex.org/empty-block', block: '' }),
      warcRecord({ type: 'response', uri: 'https://ex.org/empty-page', httpHeaders: { 'Content-Type': 'text/html', 'Content-Length': '0' } }),
      warcRecord({ type: 'response', httpHeaders: { 'Content-Type': 'text/html' }, body: html('Nowhere') }),
      warcRecord({ type: 'response', uri: 'https://ex.org/folded', block: `HTTP/1.1 200 OK\r\nContent-Type: text/html;\r\n charset=iso-8859-2\r\nContent-Type: text/html; charset=koi8-r\r\n\r\n${html('Folded')}` }),
    ]);
    const skipped: SkipTally = new Map();
    const items = await collect(warcPages(file, skipped));
    expect(items.map((i) => (isReadError(i) ? i.error : i.url))).toEqual([
      'https://ex.org/lf',
      'https://ex.org/empty-page',
      'record has no WARC-Target-URI: expected the address of the page',
      'https://ex.org/folded',
    ]);
    const pages = pagesOf(items);
    expect(text(pages[0].bytes)).toBe(html('LF'));
    expect(pages[1].bytes.length).toBe(0);
    // The last Content-Type counts, as in browsers.
    expect(pages[2].contentType).toBe('text/html; charset=koi8-r');
    expect(skipped).toEqual(new Map([['not HTTP', 2]]));
  });

  it('lets a reader stop early without hanging or reading on', async () => {
    const file = tempPath('early.warc.gz');
    writeWarc(file, Array.from({ length: 50 }, (_, i) => page(`https://ex.org/${i}`, html(`P${i}`))));
    const skipped: SkipTally = new Map();
    const seen: string[] = [];
    for await (const item of warcPages(file, skipped)) {
      seen.push((item as PageInput).url);
      if (seen.length === 3) break;
    }
    expect(seen).toEqual(['https://ex.org/0', 'https://ex.org/1', 'https://ex.org/2']);
  });

  it('does not decode the bodies of records it skips', async () => {
    const file = tempPath('skip-undecoded.warc');
    writeWarc(file, [
      warcRecord({ type: 'response', uri: 'https://ex.org/i.png', httpHeaders: { 'Content-Type': 'image/png', 'Content-Encoding': 'gzip' }, body: 'not gzip' }),
      warcRecord({ type: 'response', uri: 'https://ex.org/gone', status: 404, httpHeaders: { 'Content-Type': 'text/html', 'Content-Encoding': 'gzip' }, body: 'not gzip' }),
    ]);
    const skipped: SkipTally = new Map();
    expect(await collect(warcPages(file, skipped))).toEqual([]);
    expect(skipped).toEqual(new Map([['not HTML', 1], ['status 404', 1]]));
  });

  it('ends a truncated .warc.gz with one error naming the file, where it broke and the pages before', async () => {
    const members = [page('https://ex.org/1', html('One')), page('https://ex.org/2', html('Two')), page('https://ex.org/3', html('Three'))].map(gzipMember);
    const file = tempPath('cut.warc.gz');
    const whole = Buffer.concat(members);
    writeFileSync(file, whole.subarray(0, members[0].length + members[1].length + Math.floor(members[2].length / 2)));
    const items = await collect(warcPages(file, new Map()));
    expect(items.map((i) => (isReadError(i) ? 'error' : i.url))).toEqual(['https://ex.org/1', 'https://ex.org/2', 'error']);
    const error = items[2] as PageReadError;
    expect(error.label).toBe(file);
    expect(error.error).toContain(`${file} is corrupt`);
    expect(error.error).toContain(`byte ${members[0].length + members[1].length}`);
    expect(error.error).toContain('after 2 pages');
  });

  it('notices a .warc.gz cut inside the last gzip trailer', async () => {
    const file = tempPath('cut-trailer.warc.gz');
    const whole = warcBytes([page('https://ex.org/1', html('One')), page('https://ex.org/2', html('Two'))], { gzip: true });
    writeFileSync(file, whole.subarray(0, whole.length - 3));
    const items = await collect(warcPages(file, new Map()));
    expect(items[0]).toMatchObject({ url: 'https://ex.org/1' });
    expect(errorsOf(items)).toHaveLength(1);
    expect(items.at(-1)).toMatchObject({ label: file, error: expect.stringMatching(/is corrupt .*after 1 page:/) });
  });

  it('ends a plain .warc cut inside a record with one error', async () => {
    const file = tempPath('cut.warc');
    const first = page('https://ex.org/1', html('One'));
    const whole = Buffer.concat([first, page('https://ex.org/2', html('Two'))]);
    writeFileSync(file, whole.subarray(0, whole.length - 40));
    const items = await collect(warcPages(file, new Map()));
    expect(items.map((i) => (isReadError(i) ? 'error' : i.url))).toEqual(['https://ex.org/1', 'error']);
    expect((items[1] as PageReadError).error).toMatch(new RegExp(`corrupt at byte ${first.length} after 1 page: the archive ends inside the record`));
  });

  it('reports garbage where a WARC should be, at the start or between records, without throwing', async () => {
    const garbage = tempPath('garbage.warc');
    writeFileSync(garbage, '<!doctype html><html>this is a web page, not an archive</html>\n');
    const items = await collect(warcPages(garbage, new Map()));
    expect(items).toEqual([{ label: garbage, error: expect.stringContaining(`${garbage} is corrupt at byte 0 after 0 pages: expected a WARC record header`) }]);
    expect((items[0] as PageReadError).error).toContain('"<!doctype html>');

    const binary = tempPath('binary.warc.gz');
    writeFileSync(binary, Buffer.concat([Buffer.from([0x1f, 0x8b]), randomBytes(3000)]));
    const binaryItems = await collect(warcPages(binary, new Map()));
    expect(binaryItems).toEqual([{ label: binary, error: expect.stringContaining(`${binary} is corrupt`) }]);

    for (const gzip of [false, true]) {
      const middle = tempPath(gzip ? 'middle.warc.gz' : 'middle.warc');
      const first = page('https://ex.org/1', html('One'));
      writeFileSync(middle, Buffer.concat([warcBytes([first], { gzip }), gzip ? gzipMember('GARBAGE LINE\r\nmore\r\n\r\n') : Buffer.from('GARBAGE LINE\r\nmore\r\n\r\n'), warcBytes([page('https://ex.org/2', html('Two'))], { gzip })]));
      const middleItems = await collect(warcPages(middle, new Map()));
      expect(middleItems.map((i) => (isReadError(i) ? i.error : i.url))).toEqual([
        'https://ex.org/1',
        expect.stringMatching(new RegExp(`corrupt at byte ${warcBytes([first], { gzip }).length} after 1 page: expected a WARC record header \\("WARC/1.1"\\), found "GARBAGE LINE"`)),
      ]);
    }
  });

  it('reports a gzip member that does not inflate', async () => {
    const file = tempPath('bad-member.warc.gz');
    const good = gzipMember(page('https://ex.org/1', html('One')));
    const bad = gzipMember(page('https://ex.org/2', html('Two')));
    bad.fill(0x55, 12, 40); // deflate data overwritten: the header still says gzip
    writeFileSync(file, Buffer.concat([good, bad, gzipMember(page('https://ex.org/3', html('Three')))]));
    const items = await collect(warcPages(file, new Map()));
    expect(items[0]).toMatchObject({ url: 'https://ex.org/1' });
    expect(items).toHaveLength(2);
    expect(items[1]).toEqual({ label: file, error: expect.stringContaining(`is corrupt at byte ${good.length} after 1 page: the bytes from here on are not whole gzip members`) });
  });

  it('names a missing file and the reason', async () => {
    const file = join(dir, 'no-such.warc.gz');
    expect(await collect(warcPages(file, new Map()))).toEqual([{ label: file, error: `cannot read ${file}: ENOENT: no such file or directory, stat '${file}'` }]);
  });

  it('reports progress in bytes of the file, rising to its size, at least once per record', async () => {
    const file = tempPath('progress.warc.gz');
    const writer = openWarcWriter(file, { gzip: true });
    const records = 400;
    // Incompressible bodies make the file span many read chunks.
    for (let i = 0; i < records; i++) writer.add(page(`https://ex.org/${i}`, `${html(`P${i}`)}<!-- ${randomBytes(600).toString('base64')} -->`));
    writer.close();
    const size = statSync(file).size;
    expect(size).toBe(writer.bytes);
    expect(size).toBeGreaterThan(4 * 64 * 1024);
    const seen: number[] = [];
    const items = await collect(warcPages(file, new Map(), { onBytes: (b) => seen.push(b) }));
    expect(pagesOf(items)).toHaveLength(records);
    expect(seen.length).toBeGreaterThanOrEqual(records);
    for (let i = 1; i < seen.length; i++) expect(seen[i]).toBeGreaterThanOrEqual(seen[i - 1]);
    expect(new Set(seen).size).toBeGreaterThan(4);
    expect(seen[0]).toBeLessThan(size);
    expect(seen.at(-1)).toBe(size);
  });

  it('gives a page whose bytes, through htmlForJsdom, read as the windows-1251 a browser shows', async () => {
    const file = tempPath('cyrillic.warc.gz');
    const body = iconv.encode('<html><head><title>Концерт в субботу</title></head><body><p>Билеты</p></body></html>', 'win1251');
    writeWarc(file, [page('https://ex.ru/afisha', body, '2025-05-06T07:08:09Z', { 'Content-Type': 'text/html; charset=windows-1251' })]);
    const [item] = await collect(warcPages(file, new Map()));
    const { html: input, contentType } = htmlForJsdom((item as PageInput).bytes, (item as PageInput).contentType);
    const dom = new JSDOM(input, { contentType, url: (item as PageInput).url, virtualConsole: new VirtualConsole() });
    expect(dom.window.document.title).toBe('Концерт в субботу');
    expect(dom.window.document.characterSet).toBe('windows-1251');
    dom.window.close();
  });
});

describe('waczPages', () => {
  const warcA = () => warcBytes([page('https://ex.org/a1', html('A1')), warcRecord({ type: 'request', uri: 'https://ex.org/a1' }), page('https://ex.org/a2', html('A2'))], { gzip: true });
  const warcB = () => warcBytes([page('https://ex.org/b1', html('B1'), '2025-06-07T08:09:10Z')], { gzip: true });

  it('reads the archive/ WARCs of a WACZ in name order, labelled FILE!entry', async () => {
    const file = tempPath('crawl.wacz');
    // Listed out of name order on purpose: the zip's order must not decide the page order.
    const [a, b] = [warcA(), warcB()];
    writeFileSync(file, waczFrom([{ name: 'data-b.warc.gz', bytes: b }, { name: 'data-a.warc.gz', bytes: a }], { pages: [{ url: 'https://ex.org/a1' }] }));
    const skipped: SkipTally = new Map();
    const seen: number[] = [];
    const items = await collect(waczPages(file, skipped, { onBytes: (b) => seen.push(b) }));
    expect(errorsOf(items)).toEqual([]);
    expect(pagesOf(items).map((p) => [p.url, p.label])).toEqual([
      ['https://ex.org/a1', `https://ex.org/a1 (2025-03-04T05:06:07Z) in ${file}!archive/data-a.warc.gz`],
      ['https://ex.org/a2', `https://ex.org/a2 (2025-03-04T05:06:07Z) in ${file}!archive/data-a.warc.gz`],
      ['https://ex.org/b1', `https://ex.org/b1 (2025-06-07T08:09:10Z) in ${file}!archive/data-b.warc.gz`],
    ]);
    expect(text(pagesOf(items)[2].bytes)).toBe(html('B1'));
    expect(pagesOf(items)[2].capturedAt?.toISOString()).toBe('2025-06-07T08:09:10.000Z');
    expect(skipped).toEqual(new Map([['request', 1]]));
    for (let i = 1; i < seen.length; i++) expect(seen[i]).toBeGreaterThanOrEqual(seen[i - 1]);
    // Both entries' bytes, then the whole zip once all is read.
    expect(seen).toContain(a.length + b.length);
    expect(seen.at(-1)).toBe(statSync(file).size);
  });

  it('reads a deflated WARC entry too, and goes on past a corrupt entry to the next', async () => {
    const file = tempPath('deflated.wacz');
    const cut = warcA().subarray(0, 100);
    writeFileSync(
      file,
      zipSync({ 'archive/1-cut.warc.gz': [cut, { level: 0 }], 'archive/2.warc': [warcBytes([page('https://ex.org/plain', html('Plain'))]), { level: 9 }], 'datapackage.json': new TextEncoder().encode('{}') }),
    );
    const items = await collect(waczPages(file, new Map()));
    expect(items.map((i) => (isReadError(i) ? `error ${i.label}` : i.url))).toEqual([`error ${file}!archive/1-cut.warc.gz`, 'https://ex.org/plain']);
    expect(text(pagesOf(items)[0].bytes)).toBe(html('Plain'));
  });

  it('says plainly when a .wacz is not a zip, or holds no WARC', async () => {
    const notZip = tempPath('not-zip.wacz');
    writeFileSync(notZip, warcB());
    expect(await collect(waczPages(notZip, new Map()))).toEqual([{ label: notZip, error: expect.stringMatching(new RegExp(`^${escape(notZip)} is not a WACZ \\(zip\\) file: `)) }]);

    const empty = tempPath('empty.wacz');
    writeFileSync(empty, waczFrom([], { extra: { 'archive/readme.txt': 'no warc here', 'other/x.warc.gz': warcB() } }));
    expect(await collect(waczPages(empty, new Map()))).toEqual([{ label: empty, error: `${empty} holds no WARC: expected a WACZ with archive/*.warc.gz entries` }]);

    const missing = join(dir, 'missing.wacz');
    expect(await collect(waczPages(missing, new Map()))).toEqual([{ label: missing, error: expect.stringMatching(/^cannot read .*missing\.wacz: ENOENT/) }]);
  });
});

function writeWarc(file: string, records: Buffer[]) {
  writeFileSync(file, warcBytes(records, { gzip: file.endsWith('.gz') }));
}

function escape(s: string) {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
