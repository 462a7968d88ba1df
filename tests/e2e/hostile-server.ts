// Page server for the hostile-input and fault suites. Besides the hand-written pages of
// tests/e2e/pages and the corpus (read in place), it makes the big or binary inputs at request time
// so nothing large is committed: a 5 MB article, a page with 50 iframes, a PDF and a PNG, all
// generated here. It logs every request to /beacon (with the headers that say who asked), so a
// payload that ever ran anywhere leaves a trace; and it can serve a stand-in for the Chrome Web Store
// over HTTPS (self-signed certificate made with openssl at start-up) for a browser told to resolve
// that host here.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { deflateSync } from 'node:zlib';
import { CORPUS_DIR, PAGES_DIR } from './harness';

export interface Beacon {
  /** The beacon's query string parameters (kind, where, at…). */
  params: Record<string, string>;
  referer: string | null;
  origin: string | null;
  secFetchSite: string | null;
  path: string;
}

export interface HostileServer {
  origin: string;
  pageUrl(name: string): string;
  corpusUrl(stem: string): string;
  /** Every beacon request so far, in arrival order. */
  beacons: Beacon[];
  /** Every request path so far (to see what the browser fetched). */
  requests: string[];
  /** https://127.0.0.1:PORT of the stand-in store, when `https` was asked for. */
  httpsPort: number | null;
  close(): Promise<void>;
}

// ---------------------------------------------------------------------------------------------
// Generated inputs

const WORDS =
  'the embassy delegation minister ambassador held talks on trade culture education climate cooperation partnership council economic forum agreement programme exchange visit meeting reception students scholars regional development'.split(
    ' ',
  );

/** Deterministic pseudo-text (a linear congruential generator), so the page is the same on every run. */
function prose(seed: number, words: number): string {
  let x = seed >>> 0;
  const out: string[] = [];
  for (let i = 0; i < words; i++) {
    x = (Math.imul(x, 1664525) + 1013904223) >>> 0;
    out.push(WORDS[x % WORDS.length]);
  }
  out[0] = out[0][0].toUpperCase() + out[0].slice(1);
  return `${out.join(' ')}.`;
}

const ARTICLE_HEAD = (title: string) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${title}</title>
<meta name="description" content="Generated for the Communiqué e2e suite."></head>
<body><header><nav><a href="/">Home</a> <a href="/news">News</a></nav></header>
<main><article><h1>${title}</h1><p class="date">12 March 2024</p>`;

const LEAD =
  'On 12 March 2024, Ambassador Lena Korvath of Examplestan met Minister Tomas Reyel at the Foreign Ministry in Brussels to discuss trade, culture and student exchanges between the two countries.';

/** About `bytes` of article: many paragraphs of generated prose under one headline. */
export function bigArticle(bytes: number): string {
  const parts = [ARTICLE_HEAD('A very long report from the Embassy of Examplestan'), `<p>${LEAD}</p>`];
  let size = parts.join('').length;
  for (let i = 0; size < bytes; i++) {
    const p = `<p>${prose(i + 1, 80)}</p>\n`;
    parts.push(p);
    size += p.length;
  }
  parts.push('</article></main></body></html>');
  return parts.join('');
}

/** A press release with `n` iframes around and inside it (each a small page of this server). */
export function iframesPage(n: number): string {
  const frames = Array.from({ length: n }, (_, i) => `<iframe src="/gen/frame.html?i=${i}" width="120" height="60" title="frame ${i}"></iframe>`);
  const paragraphs = Array.from({ length: 6 }, (_, i) => `<p>${prose(100 + i, 60)}</p>${frames.slice(i * 8, i * 8 + 8).join('')}`);
  return `${ARTICLE_HEAD('Ambassador Korvath meets Minister Reyel')}<p>${LEAD}</p>${paragraphs.join('\n')}${frames.slice(48).join('')}</article></main></body></html>`;
}

/**
 * A press release whose parts are longer than the worker accepts: a 12,000-character <title>, a
 * 5,000-character <time datetime>, a 500-character meta name and a first paragraph of 30,000
 * characters (Readability's excerpt).
 */
export function oversizedPage(): string {
  const title = `Ambassador Korvath meets Minister Reyel ${'and again '.repeat(1200)}`;
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title>
<meta name="${'x'.repeat(500)}" content="a meta name longer than any real one"></head>
<body><main><article><h1>Ambassador Korvath meets Minister Reyel</h1><time datetime="${'2024-03-12 '.repeat(450)}">12 March 2024</time>
<p>${LEAD} ${prose(3, 5000)}</p><p>${prose(4, 80)}</p></article></main></body></html>`;
}

function framePage(i: number): string {
  return `<!doctype html><html><head><meta charset="utf-8"><title>frame ${i}</title></head><body><p>Advertisement ${i}</p><a href="/">more</a></body></html>`;
}

/** A small valid one-page PDF (offsets in the xref table computed, not guessed). */
export function makePdf(text: string): Buffer {
  const stream = `BT /F1 18 Tf 72 720 Td (${text.replace(/[()\\]/g, '\\$&')}) Tj ET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf: Buffer): number {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** A valid RGB PNG of `w`×`h` pixels (a gradient). */
export function makePng(w: number, h: number): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const td = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(td));
    return Buffer.concat([len, td, crc]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(w, 0);
  ihdr.writeUInt32BE(h, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 2; // colour type RGB
  const raw = Buffer.alloc((w * 3 + 1) * h);
  for (let y = 0; y < h; y++) {
    const row = y * (w * 3 + 1);
    raw[row] = 0; // filter: none
    for (let x = 0; x < w; x++) raw.set([(x * 255) / w, (y * 255) / h, 128], row + 1 + x * 3);
  }
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
}

const STORE_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Chrome Web Store (stand-in)</title></head>
<body><main><article><h1>Chrome Web Store stand-in served by the e2e suite</h1>
<p>${LEAD}</p><p>${prose(7, 80)}</p><p>${prose(8, 80)}</p></article></main></body></html>`;

// ---------------------------------------------------------------------------------------------

export async function startHostileServer(options: { https?: boolean } = {}): Promise<HostileServer> {
  const beacons: Beacon[] = [];
  const requests: string[] = [];
  let origin = '';
  const big = bigArticle(5 * 1024 * 1024);
  const pdf = makePdf('Embassy of Examplestan: a PDF notice');
  const png = makePng(64, 48);

  const handle = (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://x');
    let path = '';
    try {
      path = decodeURIComponent(url.pathname);
    } catch {
      // a malformed escape is simply not found
    }
    requests.push(path);
    const header = (name: string) => (typeof req.headers[name] === 'string' ? (req.headers[name] as string) : null);
    const send = (type: string, body: string | Buffer) => res.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' }).end(body);
    if (path === '/beacon') {
      beacons.push({ params: Object.fromEntries(url.searchParams), referer: header('referer'), origin: header('origin'), secFetchSite: header('sec-fetch-site'), path: url.pathname + url.search });
      res.writeHead(204, { 'access-control-allow-origin': '*' }).end();
      return;
    }
    if (path === '/gen/big.html') return send('text/html', big);
    if (path === '/gen/iframes.html') return send('text/html', iframesPage(50));
    if (path === '/gen/oversized.html') return send('text/html', oversizedPage());
    if (path === '/gen/frame.html') return send('text/html', framePage(Number(url.searchParams.get('i')) || 0));
    // A PDF under a .pdf name, and the same PDF under a name that does not say so.
    if (path === '/files/notice.pdf' || path === '/files/document') return send('application/pdf', pdf);
    if (path === '/files/photo.png') return send('image/png', png);
    const [, root, name, ...rest] = path.split('/');
    const dir = root === 'pages' ? PAGES_DIR : root === 'corpus' ? CORPUS_DIR : null;
    if (!dir || !name || rest.length || name !== basename(name) || !/\.html?$/.test(name) || !existsSync(join(dir, name))) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    const bytes = readFileSync(join(dir, name));
    // Test pages name this server as {{ORIGIN}} (the port changes per run); corpus pages go out untouched.
    send('text/html', root === 'pages' ? bytes.toString('utf8').replaceAll('{{ORIGIN}}', origin) : bytes);
  };

  const server: Server = createServer(handle);
  await listen(server);
  origin = `http://127.0.0.1:${port(server)}`;

  let httpsServer: Server | null = null;
  let certDir: string | null = null;
  if (options.https) {
    certDir = mkdtempSync(join(tmpdir(), 'communique-cert-'));
    const r = spawnSync(
      'openssl',
      ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '2', '-subj', '/CN=chromewebstore.google.com', '-keyout', join(certDir, 'key.pem'), '-out', join(certDir, 'cert.pem')],
      { encoding: 'utf8', timeout: 30_000 },
    );
    if (r.status !== 0) throw new Error(`openssl could not make a test certificate: ${r.stderr || r.error?.message}`);
    httpsServer = createHttpsServer({ key: readFileSync(join(certDir, 'key.pem')), cert: readFileSync(join(certDir, 'cert.pem')) }, (req, res) => {
      requests.push(`https:${req.url}`);
      res.writeHead(200, { 'content-type': 'text/html', 'cache-control': 'no-store' }).end(STORE_PAGE);
    }) as unknown as Server;
    await listen(httpsServer);
  }

  return {
    origin,
    pageUrl: (name) => `${origin}/pages/${name}`,
    corpusUrl: (stem) => `${origin}/corpus/${stem}.html`,
    beacons,
    requests,
    httpsPort: httpsServer ? port(httpsServer) : null,
    close: async () => {
      for (const s of [server, httpsServer]) {
        if (!s) continue;
        s.closeAllConnections();
        await new Promise<void>((ok) => s.close(() => ok()));
      }
      if (certDir) rmSync(certDir, { recursive: true, force: true });
    },
  };
}

function listen(server: Server): Promise<void> {
  return new Promise<void>((ok, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => ok());
  });
}

function port(server: Server): number {
  const a = server.address();
  if (!a || typeof a === 'string') throw new Error('the server has no TCP address');
  return a.port;
}
