#!/usr/bin/env node
// Collection benchmark in real Chromium, at 10,000 records.
//
//   node scripts/bench-collection.mjs [--no-build] [--records N] [--repeat N]
//
// Builds N (default 10,000) generated records — varied publishers, people (with honorific, capital and
// surname-first variants), places, types, dates and ~2 KB of generated text each; no corpus text —
// and loads them into the extension's real IndexedDB through the worker's own importRecords message
// (in chunks, from the collection page's context, so summaries and search text are written as in
// use). Then it reloads the collection page and prints, measured in the page with performance.now():
//   first rows    navigation start → the first screen of rows in the DOM (performance mark set by the
//                 page in the effect after the first render with data), and → the search text loaded
//   filter        a filter change (type = reception; then cleared): the select's change event → the
//                 DOM updated (MutationObserver on the count), and → the next animation frame
//   search        typing a query into the search field (input event) → DOM updated / next frame; a
//                 person's name, a word from the article text only, and a word found nowhere
//   export        each of the 8 formats for all N records: in Node (lib/export alone), and in the page
//                 (read the records from IndexedDB + validate + export + hand the file to a download)
// Medians of --repeat runs (default 5).
import { rmSync } from 'node:fs';
import { register } from 'tsx/esm/api';
import { benchArgs } from './bench-args.mjs';

register();
const harness = await import('../tests/e2e/harness.ts');
const { ExtensionPage, openExtensionPage } = await import('../tests/e2e/extension-page.ts');
const { exportRecords } = await import('../lib/export/export-records.ts');
const { EXPORT_FORMATS } = await import('../lib/protocol.ts');
const { EXTENSION_DIR, buildSnapshot, launchChromium, missingBuildFiles, tid } = harness;
void ExtensionPage;

const { args, flag, option } = benchArgs();
const noBuild = flag('--no-build');
const N = Number(option('--records', '10000'));
const repeat = Math.max(1, Number(option('--repeat', '5')) || 5);

// ---------------------------------------------------------------------------------------------
// Generated records (a seeded PRNG: the same collection every run)

let seed = 20250101;
const rand = () => ((seed = (seed * 1664525 + 1013904223) >>> 0) / 2 ** 32);
const pick = (list) => list[Math.floor(rand() * list.length)];
const SENDERS = ['China', 'Japan', 'France', 'Germany', 'India', 'Spain', 'the United States', 'the United Kingdom', 'Korea', 'Brazil', 'Canada', 'Italy', 'Mexico', 'Australia', 'Turkey'];
const POSTS = [['Belgium', 'BE', 'Brussels'], ['Iceland', 'IS', 'Reykjavik'], ['Guyana', 'GY', 'Georgetown'], ['Oman', 'OM', 'Muscat'], ['Cyprus', 'CY', 'Nicosia'], ['Botswana', 'BW', 'Gaborone'], ['Egypt', 'EG', 'Cairo'], ['Tanzania', 'TZ', 'Dar es Salaam'], ['the Philippines', 'PH', 'Manila'], ['North Macedonia', 'MK', 'Skopje']];
const PUBLISHERS = SENDERS.flatMap((s) => POSTS.slice(0, 4).map(([country]) => `Embassy of ${s} in ${country}`));
const GIVEN = ['Hao', 'Wang', 'Li', 'Zhang', 'Maria', 'Jean', 'Hans', 'Priya', 'Kenji', 'Ana', 'David', 'Fatima', 'Olga', 'Tomás', 'Chloé', 'Ahmed', 'Sofia', 'Yuki', 'Kwame', 'Ingrid'];
const FAMILY = ['Lin', 'Yi', 'Wei', 'Jun', 'García', 'Dupont', 'Müller', 'Sharma', 'Tanaka', 'Silva', 'Smith', 'Haddad', 'Ivanova', 'Novák', 'Martin', 'Osei', 'Larsen', 'Costa', 'Kim', 'Rossi'];
const PEOPLE = Array.from({ length: 400 }, (_, i) => [GIVEN[i % GIVEN.length], FAMILY[Math.floor(i / GIVEN.length) % FAMILY.length]]);
const HONORIFICS = ['', 'Ambassador ', 'H.E. ', 'Mr. ', 'Ms. ', 'Minister ', 'Dr. '];
const TYPES = ['meeting', 'call', 'visit', 'speech', 'interview', 'reception', 'conference', 'exhibition', 'signing', 'ceremony', 'statement', 'press-conference'];
const VERBS = { meeting: 'met', call: 'held a telephone call with', visit: 'visited', speech: 'addressed', interview: 'gave an interview to', reception: 'hosted a reception for', conference: 'attended a conference with', exhibition: 'opened an exhibition with', signing: 'signed an agreement with', ceremony: 'attended a ceremony with', statement: 'issued a statement with', 'press-conference': 'held a press conference with' };
const TOPICS = ['trade', 'climate', 'culture', 'education', 'health', 'security', 'tourism', 'energy', 'agriculture', 'science'];
const ORGS = ['Ministry of Foreign Affairs', 'European Commission', 'UNESCO', 'Chamber of Commerce', 'City Council', 'University of Ghent', 'World Health Organization', 'African Union', 'ASEAN Secretariat', 'National Museum'];
const FILLER = [
  'Both sides exchanged views on bilateral relations and on regional and international issues of common concern.',
  'The two sides agreed to strengthen practical cooperation and to maintain close communication at all levels.',
  'The ambassador thanked the host for the warm welcome and expressed the hope that exchanges would continue.',
  'Representatives of the business community, academia and the media were also present at the event.',
  'The meeting took place in a friendly and constructive atmosphere, and the programme ended with a working lunch.',
  'Further consultations are planned for the coming months, including a visit by a delegation of experts.',
];
const name = ([g, f]) => {
  const r = rand();
  if (r < 0.1) return `${f.toUpperCase()} ${g}`; // surname first, in capitals
  if (r < 0.2) return `${f} ${g}`;
  return `${pick(HONORIFICS)}${g} ${f}`;
};
const day = (y0, y1) => {
  const t = Date.UTC(y0, 0, 1) + rand() * (Date.UTC(y1, 11, 31) - Date.UTC(y0, 0, 1));
  return new Date(t).toISOString().slice(0, 10);
};

function makeRecord(i) {
  const type = pick(TYPES);
  const publisher = pick(PUBLISHERS);
  const [, country, city] = pick(POSTS);
  const people = Array.from({ length: 1 + Math.floor(rand() * 4) }, () => pick(PEOPLE));
  const start = rand() < 0.9 ? day(2005, 2025) : null;
  const published = start && rand() < 0.95 ? new Date(Date.parse(start) + Math.floor(rand() * 3) * 86400000).toISOString().slice(0, 10) : day(2005, 2025);
  const names = people.map(name);
  const topic = pick(TOPICS);
  const org = pick(ORGS);
  const title = `${names[0]} ${VERBS[type]} ${names[1] ?? 'local officials'} in ${city}`;
  const paragraphs = [`On ${start ?? published}, ${names[0]} ${VERBS[type]} ${names.slice(1).join(' and ') || 'representatives of the ' + org} in ${city}, with a focus on ${topic}.`];
  while (paragraphs.join('\n\n').length < 1800) paragraphs.push(`${pick(FILLER)} ${pick(FILLER)} Discussions covered ${pick(TOPICS)} and ${pick(TOPICS)}, and the ${pick(ORGS)} was mentioned (ref. ${i}-${paragraphs.length}).`);
  const text = paragraphs.join('\n\n');
  const capturedAt = new Date(Date.UTC(2025, 0, 1) + i * 60_000).toISOString();
  const url = `https://bench.example/${publisher.toLowerCase().replace(/[^a-z]+/g, '-')}/${i}.html`;
  return {
    schemaVersion: 2,
    id: `bench-${i}`,
    title,
    summary: paragraphs[0],
    text,
    source: { url, canonicalUrl: url, siteName: publisher, publisher, lang: 'en', publishedDate: published, capturedAt },
    event: {
      type,
      label: VERBS[type].split(' ')[0],
      start,
      end: start && rand() < 0.1 ? new Date(Date.parse(start) + 2 * 86400000).toISOString().slice(0, 10) : null,
      location: { venue: rand() < 0.3 ? 'City Hall' : null, city, country },
      host: rand() < 0.5 ? publisher : null,
      participants: names.map((n, k) => ({ name: n, title: null, position: k === 0 ? `Ambassador to ${city}` : null, affiliation: null, role: k === 0 ? 'host' : 'counterpart' })),
      organizations: rand() < 0.7 ? [org] : [],
      topics: [topic],
      occasion: null,
    },
    evidence: { 'event.start': { quote: paragraphs[0].slice(0, 20), start: 0, end: 20 } },
    review: { status: rand() < 0.3 ? 'reviewed' : 'unreviewed', tags: rand() < 0.2 ? [pick(TOPICS)] : [], notes: '', updatedAt: capturedAt },
    provenance: { extractor: 'bench', adapter: null, fields: { 'event.start': 'text' }, confidence: { 'event.start': 0.85 } },
  };
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const ms = (x) => `${x.toFixed(x < 10 ? 1 : 0)} ms`;

// ---------------------------------------------------------------------------------------------

const t0 = Date.now();
const records = Array.from({ length: N }, (_, i) => makeRecord(i));
const bytes = records.reduce((n, r) => n + JSON.stringify(r).length, 0);
console.log(`generated ${N} records (${(bytes / 1e6).toFixed(1)} MB of JSON, ${Math.round(bytes / N)} B each) in ${Date.now() - t0} ms`);

console.log('\nexport in Node (lib/export/export-records.ts), all records:');
const now = new Date('2025-06-01T00:00:00Z');
const nodeExport = {};
for (const format of EXPORT_FORMATS) {
  const times = [];
  let size = 0;
  for (let i = 0; i < Math.min(repeat, 3); i++) {
    const s = performance.now();
    const file = exportRecords(records, format, now);
    times.push(performance.now() - s);
    size = file.content.length;
  }
  nodeExport[format] = median(times);
  console.log(`  ${format.padEnd(17)} ${ms(median(times)).padStart(8)}   ${(size / 1e6).toFixed(1)} MB`);
}

const { dir: extensionDir, snapshot } = harness.benchmarkExtension(noBuild);

const browser = await launchChromium({ extensionDir });
try {
  let page = await openExtensionPage(browser, 'collection.html', `!!document.querySelector('[data-testid="collection-count"]')`);
  const tLoad = Date.now();
  const CHUNK = 500;
  for (let i = 0; i < N; i += CHUNK) {
    const reply = await page.request('importRecords', { items: records.slice(i, i + CHUNK).map((record) => ({ record })) }, 120_000);
    if (!reply.ok) throw new Error(`importRecords failed at ${i}: ${reply.error.message}`);
  }
  console.log(`\nloaded ${N} records into IndexedDB through importRecords in ${((Date.now() - tLoad) / 1000).toFixed(1)} s`);

  const first = [];
  const searchReady = [];
  for (let i = 0; i < repeat; i++) {
    await page.cdp.send('Page.bringToFront');
    await page.evaluate('location.reload()').catch(() => undefined);
    await new Promise((r) => setTimeout(r, 200));
    await page.waitFor(
      `document.readyState === 'complete' && performance.getEntriesByName('communique:search-ready').length > 0 && document.querySelector('.page')?.dataset.loading === 'false' && document.querySelectorAll('[data-testid="collection-row"]').length > 0`,
      'the collection page to show rows and load its search text',
      30_000,
    );
    if (i === 0) console.log('marks: ' + (await page.evaluate(`performance.getEntriesByType('mark').map((m) => m.name.replace('communique:', '') + ' ' + m.startTime.toFixed(0)).join(', ') + '; script ' + performance.getEntriesByType('resource').filter((r) => /\.js$/.test(r.name)).map((r) => r.responseEnd.toFixed(0)).join('/') + '; DCL ' + performance.getEntriesByType('navigation')[0].domContentLoadedEventEnd.toFixed(0)`)));
    const m = await page.evaluate(`({ first: performance.getEntriesByName('communique:first-rows')[0].startTime, search: performance.getEntriesByName('communique:search-ready')[0].startTime, rows: document.querySelectorAll('[data-testid="collection-row"]').length, count: document.querySelector('[data-testid="collection-count"]').textContent })`);
    if (m.count !== `${N} records`) throw new Error(`the page shows "${m.count}", expected ${N} records`);
    first.push(m.first);
    searchReady.push(m.search);
    if (i === 0) console.log(`page shows "${m.count}" with ${m.rows} rows in the DOM (virtualised)`);
  }
  console.log(`\nfirst rows shown (navigation start → first screen): median ${ms(median(first))}  [${first.map((x) => x.toFixed(0)).join(', ')}]`);
  console.log(`search text loaded (navigation start → full-text search ready): median ${ms(median(searchReady))}`);

  // One state change in the page, timed to the DOM update and to the next frame.
  const change = (selector, value, event) => `(async () => {
    const el = document.querySelector(${JSON.stringify(selector)});
    const count = document.querySelector('[data-testid="collection-count"]');
    const updated = new Promise((resolve) => new MutationObserver((_, o) => { o.disconnect(); resolve(performance.now()); }).observe(count, { characterData: true, childList: true, subtree: true }));
    const t0 = performance.now();
    el.value = ${JSON.stringify(value)};
    el.dispatchEvent(new Event(${JSON.stringify(event)}, { bubbles: true }));
    const dom = await Promise.race([updated, new Promise((r) => setTimeout(() => r(NaN), 5000))]);
    const frame = await new Promise((r) => requestAnimationFrame(() => r(performance.now())));
    return { dom: dom - t0, frame: frame - t0, count: count.textContent };
  })()`;
  const measure = async (label, selector, value, reset, event) => {
    const dom = [];
    const frame = [];
    let count = '';
    for (let i = 0; i < repeat; i++) {
      const r = await page.evaluate(change(selector, value, event));
      dom.push(r.dom);
      frame.push(r.frame);
      count = r.count;
      await page.evaluate(change(selector, reset, event));
    }
    console.log(`  ${label.padEnd(34)} DOM ${ms(median(dom)).padStart(8)}   frame ${ms(median(frame)).padStart(8)}   → "${count}"`);
  };
  console.log('\nfilter and search (medians; DOM = state change → rows and count updated):');
  await measure('filter type = reception', tid('filter-type'), 'reception', '', 'change');
  await measure('filter country = IS', tid('filter-country'), 'IS', '', 'change');
  await measure('search "hao lin" (a person)', tid('search'), 'hao lin', '', 'input');
  await measure('search "working lunch" (text only)', tid('search'), 'working lunch', '', 'input');
  await measure('search "zanzibar" (no match)', tid('search'), 'zanzibar', '', 'input');

  console.log('\nexport in the page, all records (IndexedDB read + validation + export + download):');
  const pageExport = {};
  for (const format of EXPORT_FORMATS) {
    const times = [];
    for (let i = 0; i < Math.min(repeat, 3); i++) {
      await page.select(tid('export-format'), format);
      const r = await page.evaluate(`(async () => {
        const done = () => performance.getEntriesByName('communique:export-done').length;
        const before = done();
        const t0 = performance.now();
        document.querySelector('[data-testid="export"]').click();
        for (;;) {
          const m = document.querySelector('[data-testid="export-message"], [data-testid="collection-message"]');
          if (done() > before) return { ms: performance.getEntriesByName('communique:export-done').at(-1).startTime - t0, text: m?.textContent ?? '' };
          if (m && /^Export failed/.test(m.textContent)) return { ms: NaN, text: m.textContent };
          await new Promise((r) => setTimeout(r, 5));
        }
      })()`, 60_000);
      if (!/^Exported/.test(r.text)) throw new Error(`export ${format}: ${r.text}`);
      if (i === 0) console.log(`  ${format}: ` + (await page.evaluate(`(() => { const t = (n) => performance.getEntriesByName('communique:' + n).at(-1).startTime; return 'read ' + (t('export-read') - t('export-start')).toFixed(0) + ' ms, made ' + (t('export-made') - t('export-read')).toFixed(0) + ' ms'; })()`)));
      times.push(r.ms);
    }
    pageExport[format] = median(times);
  }
  console.log(`  ${'format'.padEnd(17)} ${'Node'.padStart(8)}   ${'page'.padStart(8)}`);
  for (const f of EXPORT_FORMATS) console.log(`  ${f.padEnd(17)} ${ms(nodeExport[f]).padStart(8)}   ${ms(pageExport[f]).padStart(8)}${pageExport[f] > 1000 || nodeExport[f] > 1000 ? '   over 1 s' : ''}`);
  await page.closeTab();
} finally {
  await browser.close();
  if (snapshot) rmSync(snapshot, { recursive: true, force: true });
}
