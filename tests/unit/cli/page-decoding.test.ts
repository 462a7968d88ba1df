import iconv from 'iconv-lite';
import { JSDOM, VirtualConsole } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { encodingForLabel, htmlForJsdom, prescanMetaCharset } from '@/lib/cli/page-decoding';

/** What a reader sees: the page through htmlForJsdom and jsdom. */
function read(bytes: Uint8Array, contentType?: string) {
  const input = htmlForJsdom(bytes, contentType);
  const dom = new JSDOM(input.html, { contentType: input.contentType, virtualConsole: new VirtualConsole() });
  const { document } = dom.window;
  const result = { text: document.body?.textContent ?? '', title: document.title, characterSet: document.characterSet, contentType: input.contentType, isString: typeof input.html === 'string' };
  dom.window.close();
  return result;
}

const ascii = (s: string) => Buffer.from(s, 'latin1');
const bytesOf = (...parts: (string | number[] | Buffer)[]) => Buffer.concat(parts.map((p) => (typeof p === 'string' ? ascii(p) : Buffer.from(p))));

describe('htmlForJsdom: which encoding wins', () => {
  it('takes the transport charset: windows-1251 bytes with no <meta>', () => {
    const r = read(iconv.encode('<html><body>Привет, мир</body></html>', 'win1251'), 'text/html; charset=windows-1251');
    expect(r.text).toBe('Привет, мир');
    expect(r.characterSet).toBe('windows-1251');
    expect(r.contentType).toBe('text/html; charset=windows-1251');
  });

  it('takes <meta charset> when the transport names none: Shift-JIS bytes', () => {
    const r = read(iconv.encode('<html><head><meta charset="shift_jis"></head><body>日本語のページ</body></html>', 'shift_jis'), 'text/html');
    expect(r.text).toBe('日本語のページ');
    expect(r.characterSet).toBe('Shift_JIS');
  });

  it('lets the transport charset beat <meta>: utf-8 served, meta says iso-8859-1', () => {
    const r = read(Buffer.from('<html><head><meta charset="iso-8859-1"></head><body>café – naïve</body></html>'), 'text/html; charset=utf-8');
    expect(r.text).toBe('café – naïve');
    expect(r.characterSet).toBe('UTF-8');
  });

  it('lets a BOM beat the transport charset: UTF-8 BOM served as windows-1252', () => {
    const r = read(bytesOf([0xef, 0xbb, 0xbf], Buffer.from('<body>café</body>')), 'text/html; charset=windows-1252');
    expect(r.text).toBe('café');
    expect(r.characterSet).toBe('UTF-8');
  });

  it('reads a UTF-16LE BOM page, with or without a Content-Type', () => {
    const bytes = bytesOf([0xff, 0xfe], iconv.encode('<html><body>Привет</body></html>', 'utf16le'));
    for (const type of [undefined, 'text/html', 'text/html; charset=iso-8859-2']) {
      const r = read(bytes, type);
      expect(r.text, String(type)).toBe('Привет');
      expect(r.characterSet).toBe('UTF-16LE');
    }
    expect(read(bytesOf([0xfe, 0xff], iconv.encode('<body>Ω</body>', 'utf16be')), 'text/html').text).toBe('Ω');
  });

  it('reads charset="ISO-8859-1" (quoted, upper case) as windows-1252, as browsers do: 0x93/0x94 are curly quotes', () => {
    const r = read(bytesOf('<body>', [0x93], 'quoted', [0x94], ' ', [0x80], '</body>'), 'text/html; Charset="ISO-8859-1"');
    expect(r.text).toBe('“quoted” €');
    expect(r.characterSet).toBe('windows-1252');
    expect(r.contentType).toBe('text/html; charset=windows-1252');
  });

  it('ignores an unknown transport label: falls back to <meta>, then to the default', () => {
    const withMeta = read(iconv.encode('<meta charset="koi8-r"><body>Привет</body>', 'koi8-r'), 'text/html; charset=x-nonsense');
    expect(withMeta.text).toBe('Привет');
    expect(withMeta.characterSet).toBe('KOI8-R');
    const bare = read(bytesOf('<body>caf', [0xe9], '</body>'), 'text/html; charset=x-nonsense');
    expect(bare.text).toBe('café');
    expect(bare.characterSet).toBe('windows-1252');
    expect(bare.contentType).not.toContain('nonsense');
  });

  it('reads a saved page (no Content-Type) that is UTF-8 as UTF-8, though its <meta> still says gb2312', () => {
    const r = read(Buffer.from('<html><head><meta charset="gb2312"><title>音乐会</title></head><body>周六晚上</body></html>'));
    expect(r.title).toBe('音乐会');
    expect(r.text).toBe('周六晚上');
    expect(r.characterSet).toBe('UTF-8');
    expect(r.isString).toBe(true);
  });

  it('reads a saved page in real GB2312 bytes by its <meta> (as GBK, the WHATWG superset)', () => {
    const r = read(iconv.encode('<html><head><meta charset="gb2312"><title>音乐会</title></head><body>周六晚上</body></html>', 'gb2312'));
    expect(r.title).toBe('音乐会');
    expect(r.text).toBe('周六晚上');
    expect(r.characterSet).toBe('GBK');
  });

  it('lets <meta> beat valid UTF-8 in an archived response: the bytes are as served', () => {
    // C3 A9 is both valid UTF-8 (é) and two windows-1252 characters (Ã©); the page said windows-1252.
    const bytes = bytesOf('<meta charset="windows-1252"><body>', [0xc3, 0xa9], '</body>');
    expect(read(bytes, 'text/html').text).toBe('Ã©');
    // The same bytes saved to disk were re-encoded, so there UTF-8 wins.
    expect(read(bytes).text).toBe('é');
  });

  it('reads an archived response with no declaration at all as UTF-8 when it is valid UTF-8, else windows-1252', () => {
    expect(read(Buffer.from('<body>Zürich – Genève</body>'), 'text/html').text).toBe('Zürich – Genève');
    const legacy = read(bytesOf('<body>Z', [0xfc], 'rich</body>'), 'text/html');
    expect(legacy.text).toBe('Zürich');
    expect(legacy.characterSet).toBe('windows-1252');
  });

  it('takes the charset of <meta http-equiv="Content-Type" content="…">, but not of a content attribute alone', () => {
    const sjis = (head: string) => iconv.encode(`<html><head>${head}</head><body>日本</body></html>`, 'shift_jis');
    expect(read(sjis('<META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=Shift_JIS">'), 'text/html').text).toBe('日本');
    expect(read(sjis("<meta content='text/html;charset = shift_jis' http-equiv=content-type>"), 'text/html').text).toBe('日本');
    expect(read(sjis('<meta content="text/html; charset=Shift_JIS">'), 'text/html').characterSet).toBe('windows-1252');
  });
});

describe('htmlForJsdom: the content type handed to jsdom', () => {
  it('is always an HTML type jsdom accepts, with the chosen charset', () => {
    expect(htmlForJsdom(ascii('<p>x'), 'garbage//').contentType).toBe('text/html; charset=utf-8');
    expect(htmlForJsdom(ascii('<p>x'), '').contentType).toBe('text/html; charset=utf-8');
    expect(htmlForJsdom(ascii('<p>x'), 'text/plain; charset=koi8-r').contentType).toBe('text/html; charset=koi8-r');
    expect(htmlForJsdom(ascii('<p>x'), 'TEXT/HTML ; charset=Windows-1250').contentType).toBe('text/html; charset=windows-1250');
    expect(htmlForJsdom(ascii('<p>x'), 'application/xhtml+xml').contentType).toBe('application/xhtml+xml; charset=utf-8');
    expect(() => new JSDOM('x', { contentType: 'garbage//' })).toThrow(/MIME type/);
    expect(() => new JSDOM(htmlForJsdom(ascii('<p>x'), 'garbage//').html, { contentType: htmlForJsdom(ascii('<p>x'), 'garbage//').contentType })).not.toThrow();
  });

  it('reads XHTML by its <?xml encoding?> declaration, not by <meta>', () => {
    const page = (decl: string, meta: string) =>
      bytesOf(decl, `<html xmlns="http://www.w3.org/1999/xhtml"><head>${meta}</head><body>`, iconv.encode('Привет', 'win1251'), '</body></html>');
    const r = read(page('<?xml version="1.0" encoding="windows-1251"?>', ''), 'application/xhtml+xml');
    expect(r.text).toBe('Привет');
    expect(r.characterSet).toBe('windows-1251');
    expect(read(page('', '<meta charset="windows-1251"/>'), 'application/xhtml+xml').characterSet).toBe('UTF-8');
  });

  it('hands UTF-8 over as a string (so a caller can retry it) and other encodings as bytes', () => {
    expect(htmlForJsdom(Buffer.from('<p>é')).html).toBe('<p>é');
    expect(htmlForJsdom(bytesOf([0xef, 0xbb, 0xbf], '<p>x')).html).toBe('<p>x');
    const legacy = htmlForJsdom(bytesOf('<p>', [0xe9]), 'text/html; charset=windows-1252').html;
    expect(Buffer.isBuffer(legacy) && [...legacy]).toEqual([0x3c, 0x70, 0x3e, 0xe9]);
  });
});

describe('prescanMetaCharset', () => {
  it('skips comments, other tags’ attributes and pragma-less content, and stops at 1024 bytes', () => {
    expect(prescanMetaCharset(ascii('<!-- <meta charset="koi8-r"> --><meta charset=big5>'))).toBe('big5');
    expect(prescanMetaCharset(ascii('<!--><meta charset=euc-kr>'))).toBe('euc-kr');
    expect(prescanMetaCharset(ascii('<a title="<meta charset=koi8-r>"><meta charset="euc-jp">'))).toBe('euc-jp');
    expect(prescanMetaCharset(ascii('<meta charset="bogus"><meta charset="iso-8859-5">'))).toBe('iso-8859-5');
    expect(prescanMetaCharset(ascii('<meta name=x charset=utf-16le>'))).toBe('utf-8');
    expect(prescanMetaCharset(ascii('<meta charset=x-user-defined>'))).toBe('windows-1252');
    expect(prescanMetaCharset(ascii('<meta/charset=latin1>'))).toBe('windows-1252');
    expect(prescanMetaCharset(ascii(`<p>${'x'.repeat(1020)}<meta charset="koi8-r">`))).toBeNull();
    expect(prescanMetaCharset(ascii(`<p>${'x'.repeat(900)}<meta charset="koi8-r">`))).toBe('koi8-r');
    expect(prescanMetaCharset(ascii('<metal charset=koi8-r>'))).toBeNull();
    expect(prescanMetaCharset(ascii(''))).toBeNull();
  });

  it('stays fast on hostile input', () => {
    const hostile = [ascii('<meta '.repeat(400_000)), ascii(`<meta content="${'charset'.repeat(300_000)}`), ascii('<!--'.repeat(500_000)), ascii('<a b="'.repeat(400_000))];
    const start = performance.now();
    for (const bytes of hostile) {
      prescanMetaCharset(bytes);
      htmlForJsdom(bytes, `text/html; ${'charset="\\'.repeat(100_000)}`);
    }
    expect(performance.now() - start).toBeLessThan(1500);
  });
});

describe('encodingForLabel', () => {
  it('maps WHATWG labels, in any case and with spaces, to their encoding, and nothing else', () => {
    expect(encodingForLabel(' ISO-8859-1 ')).toBe('windows-1252');
    expect(encodingForLabel('GB2312')).toBe('gbk');
    expect(encodingForLabel('x-sjis')).toBe('shift_jis');
    expect(encodingForLabel('x-user-defined')).toBe('x-user-defined');
    expect(encodingForLabel('x-nonsense')).toBeNull();
    expect(encodingForLabel('')).toBeNull();
  });
});
