#!/usr/bin/env node
// The anchor of scripts/bench-cli.mjs: Mozilla Readability alone on jsdom, in one Node process,
// over the pages a --list file names (PATH or PATH<TAB>URL a line; .gz is inflated). Prints the
// page count; the caller times the whole process, start-up included, as it times the CLI.
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { JSDOM, VirtualConsole } from 'jsdom';
import { Readability } from '@mozilla/readability';

let pages = 0;
let articles = 0;
for (const line of readFileSync(process.argv[2], 'utf8').split('\n')) {
  if (!line.trim()) continue;
  const [path, url] = line.split('\t');
  const raw = readFileSync(path);
  const bytes = path.endsWith('.gz') ? gunzipSync(raw) : raw;
  const options = { url: url || 'https://baseline.invalid/', virtualConsole: new VirtualConsole() };
  let dom;
  try {
    dom = new JSDOM(bytes, options);
  } catch {
    // jsdom's CSS parser throws on some real stylesheets: the same retry without them as the CLI.
    dom = new JSDOM(bytes.toString('utf8').replace(/(<style\b[^>]*>)[\s\S]*?(<\/style>)/gi, '$1$2'), options);
  }
  try {
    if (new Readability(dom.window.document).parse()) articles++;
  } catch {
    // a page Readability cannot read still counts as a page read
  }
  dom.window.close();
  pages++;
}
console.log(`pages ${pages}, articles ${articles}`);
