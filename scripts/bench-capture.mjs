#!/usr/bin/env node
// Capture benchmark in real Chromium (the e2e harness: production build, real toolbar click).
//
//   node scripts/bench-capture.mjs [--no-build] [--repeat N] [--clicks K] [STEM ...]
//
// Prints, for the production build:
//   - the size of .output/chrome-mv3/content-scripts/capture.js (target ≤ 60 KB minified);
//   - per corpus page: the time from the toolbar click to the record shown in the popup
//     (data-state=ready), split into its parts, next to Readability alone on the same page in the
//     same browser, and the ratios, with medians (target ≤ 1.5).
//
// What is measured, exactly:
//   click→ready   wall clock from just before Extensions.triggerAction to the moment the popup's root
//                 element gets data-state=ready (a MutationObserver in the popup stamps it; "*" marks
//                 a page where the popup was already ready when the socket attached, so the figure is
//                 the attach time, an upper bound).
//     open        click → the popup document's time origin (window creation, navigation)
//     boot        time origin → DOMContentLoaded end of popup.html (its script bundle has run and
//                 sent captureTab)
//     capture     the rest: injection, page reading, worker normalisation, reply, render
//   capture parts, from `--repeat` further captureTab requests sent from the same popup afterwards
//                 (the tab is read again each time; medians):
//     rtt         captureTab round trip seen by the popup
//     page        timing.pageMs — readPage in the tab, by the content script's own clock, which
//                 reports whole milliseconds only
//     worker      timing.workerMs — normalisation and the duplicate lookup in the service worker
//   readPage      lib/capture/read-page.ts (what capture.js runs: metadata, document clone,
//                 Readability with the capture's options, block text) bundled with esbuild and
//                 injected into the page by Runtime.evaluate, timed there with performance.now():
//                 the first run after a fresh load ("cold") and the median of `--repeat` more ("warm").
//   Readability   `new Readability(document.cloneNode(true)).parse()` with node_modules'
//                 Readability.js injected the same way after another fresh load; cold and warm alike.
//   ratios        click→ready / Readability cold — the end-to-end figure, which popup start-up
//                 dominates; readPage / Readability, cold and warm — what the capture script costs
//                 over Readability alone, at sub-millisecond precision.
//   baseline      the apples-to-apples end-to-end figure. A minimal MV3 extension is generated in a
//                 temp directory at run time (never in the repository): activeTab + scripting, a
//                 plain-HTML popup that, on open, injects node_modules' Readability.js (copied there)
//                 and a two-line runner into the active tab with ONE scripting.executeScript call
//                 (as Communiqué injects its one capture.js), parses a clone of the document and
//                 shows the title, then sets data-state=ready. It is loaded in the same browser as
//                 Communiqué and opened by the same real toolbar click (Extensions.triggerAction);
//                 the same probe stamps click→shown (the baseline's popup also stamps the moment
//                 itself, window.__shownAt, since it is often done before the probe attaches). Per page, `--clicks` fresh loads and clicks
//                 for each extension (default 5), medians; ratio = Communiqué / baseline (target
//                 median ≤ 1.5). Also the part after the popup document starts (click→shown minus
//                 open): window creation is the same machinery for both and the noisiest part.
import { createHash } from 'node:crypto';
import { copyFileSync, mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { register } from 'tsx/esm/api';
import { benchArgs } from './bench-args.mjs';

register();
const harness = await import('../tests/e2e/harness.ts');
const { REPO_ROOT, EXTENSION_DIR, ExtensionBrowser, buildSnapshot, corpusStems, launchChromium, missingBuildFiles, startServer } = harness;

const { args, flag, option } = benchArgs();
const noBuild = flag('--no-build');
const repeat = Math.max(1, Number(option('--repeat', '9')) || 9);
const clicks = Math.max(1, Number(option('--clicks', '5')) || 5);
const stems = args.length ? args : corpusStems();

const median = (xs) => {
  const s = [...xs].filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (!s.length) return NaN;
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const f1 = (x) => (Number.isFinite(x) ? x.toFixed(1) : '—');
const f2 = (x) => (Number.isFinite(x) ? x.toFixed(2) : '—');
const pad = (s, n) => String(s).padStart(n);

// ---- build and script size
const { dir: extensionDir, snapshot } = harness.benchmarkExtension(noBuild);
const script = readFileSync(join(extensionDir, 'content-scripts/capture.js'));
const LIMIT = 60 * 1024;
console.log(`capture.js (.output/chrome-mv3/content-scripts/capture.js): ${script.length} bytes = ${(script.length / 1024).toFixed(1)} KiB minified, ${gzipSync(script).length} bytes gzipped — target ≤ 60 KiB: ${script.length <= LIMIT ? 'met' : 'NOT met'}`);

// ---- the baseline extension: Readability alone behind the same toolbar click
/** Writes the baseline extension into a fresh temp directory and returns it with its extension id. */
function makeBaselineExtension() {
  const dir = realpathSync(mkdtempSync(join(tmpdir(), 'communique-bench-baseline-')));
  copyFileSync(join(REPO_ROOT, 'node_modules/@mozilla/readability/Readability.js'), join(dir, 'Readability.js'));
  writeFileSync(
    join(dir, 'manifest.json'),
    JSON.stringify({
      manifest_version: 3,
      name: 'Readability baseline (Communiqué benchmark)',
      version: '1.0',
      permissions: ['activeTab', 'scripting'],
      action: { default_popup: 'popup.html' },
    }),
  );
  // The last file's completion value is what executeScript returns for the frame.
  writeFileSync(join(dir, 'run.js'), `(() => { const a = new Readability(document.cloneNode(true)).parse(); return a ? { title: a.title, chars: a.textContent.length } : null; })();\n`);
  writeFileSync(
    join(dir, 'popup.html'),
    `<!doctype html><html><head><meta charset="utf-8"><title>Readability baseline</title></head><body style="width:400px">
<div id="root" data-state="loading"><h1 id="title">Reading…</h1><p id="chars"></p></div><script src="popup.js"></script></body></html>\n`,
  );
  writeFileSync(
    join(dir, 'popup.js'),
    `(async () => {
  const root = document.getElementById('root');
  try {
    const [tab] = await chrome.tabs.query({ active: true, currentWindow: true });
    const [frame] = await chrome.scripting.executeScript({ target: { tabId: tab.id }, files: ['Readability.js', 'run.js'] });
    const article = frame && frame.result;
    document.getElementById('title').textContent = article ? article.title : '(no article)';
    document.getElementById('chars').textContent = article ? article.chars + ' characters' : '';
    root.setAttribute('data-state', article ? 'ready' : 'error');
    window.__shownAt = performance.timeOrigin + performance.now();
  } catch (e) {
    document.getElementById('title').textContent = String(e && e.message || e);
    root.setAttribute('data-state', 'error');
  }
})();\n`,
  );
  // Chromium's id for an unpacked extension: SHA-256 of its absolute path, first 32 hex digits as a–p.
  const id = [...createHash('sha256').update(dir).digest('hex').slice(0, 32)].map((c) => String.fromCharCode(97 + parseInt(c, 16))).join('');
  return { dir, id };
}
const baseline = makeBaselineExtension();

// ---- browser measurements
const readabilitySource = readFileSync(join(REPO_ROOT, 'node_modules/@mozilla/readability/Readability.js'), 'utf8');
const READY_PROBE = `new Promise((resolve) => {
  const now = () => performance.timeOrigin + performance.now();
  const state = () => document.querySelector('[data-state]')?.getAttribute('data-state');
  const s0 = state();
  // The baseline popup stamps the moment it showed the title (window.__shownAt), so its figure is
  // exact even when it was done before the socket attached; Communiqué's popup is not instrumented.
  if (s0 && s0 !== 'loading') return resolve(window.__shownAt ? { state: s0, at: window.__shownAt, already: false } : { state: s0, at: now(), already: true });
  const mo = new MutationObserver(() => {
    const s = state();
    if (s && s !== 'loading') { mo.disconnect(); resolve({ state: s, at: now(), already: false }); }
  });
  mo.observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-state'] });
})`;
const NAV = `(() => { const n = performance.getEntriesByType('navigation')[0]; return { origin: performance.timeOrigin, dcl: n ? n.domContentLoadedEventEnd : NaN }; })()`;
const REPEAT_CAPTURES = (n) => `(async () => {
  const [tab] = await chrome.tabs.query({ active: true, currentWindow: true });
  const out = [];
  for (let i = 0; i < ${n}; i++) {
    const t0 = performance.now();
    const r = await chrome.runtime.sendMessage({ name: 'captureTab', payload: { tabId: tab.id } });
    const t1 = performance.now();
    if (!r.ok) return { error: r.error.message };
    out.push({ rtt: t1 - t0, pageMs: r.value.timing.pageMs, workerMs: r.value.timing.workerMs });
  }
  return { runs: out };
})()`;
// The capture's page code as the content script runs it, bundled for injection into the main world.
const readPageBundle = (
  await build({
    entryPoints: [join(REPO_ROOT, 'lib/capture/read-page.ts')],
    bundle: true,
    minify: true,
    format: 'iife',
    globalName: '__benchCapture',
    platform: 'browser',
    target: 'chrome120',
    write: false,
    logLevel: 'error',
  })
).outputFiles[0].text;
const INJECT = {
  readPage: `${readPageBundle}\n'ok'`,
  readability: `window.__benchReadability = (function () { ${readabilitySource}\n; return Readability; })(); 'ok'`,
};
const RUNS = {
  readPage: 'const a = window.__benchCapture.readPage(document, { url: location.href, clock: () => performance.now() }); const chars = a.article ? a.article.text.length : 0;',
  readability: 'const a = new window.__benchReadability(document.cloneNode(true)).parse(); const chars = a ? a.textContent.length : 0;',
};
const TIMED_RUNS = (body, n) => `(() => {
  const once = () => { const t0 = performance.now(); ${body} return { ms: performance.now() - t0, chars }; };
  const cold = once();
  const warm = [];
  for (let i = 0; i < ${n}; i++) warm.push(once().ms);
  return { cold, warm };
})()`;

/** Loads `url` afresh, injects one of the bundles into the page's main world and times it. */
async function timeInPage(kind, url, stem) {
  await browser.goto(url);
  const cdp = await browser.context.newCDPSession(browser.page);
  try {
    const evaluate = async (expression, what) => {
      const r = await cdp.send('Runtime.evaluate', { expression, returnByValue: true });
      if (r.exceptionDetails) throw new Error(`${stem}: ${what} failed: ${r.exceptionDetails.exception?.description ?? r.exceptionDetails.text}`);
      return r.result.value;
    };
    await evaluate(INJECT[kind], `injecting ${kind}`);
    return await evaluate(TIMED_RUNS(RUNS[kind], repeat), kind);
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}

const server = await startServer();
// Both extensions in one browser: the harness's switches name Communiqué; these, later on the command
// line, replace them (Chromium keeps a repeated switch's last value).
const browser = await launchChromium({
  extensionDir,
  extraArgs: [`--disable-extensions-except=${extensionDir},${baseline.dir}`, `--load-extension=${extensionDir},${baseline.dir}`],
});
// The same browser, tab and CDP sessions, aimed at the baseline's toolbar button.
const baselineBrowser = new ExtensionBrowser(
  browser.proc, browser.userDataDir, browser.browser, browser.session, browser.context, browser.page, baseline.id, browser.port, browser.stderr, undefined,
);

/** Fresh load, toolbar click of `which`, the popup's click→ready (or →shown) in ms. */
async function clickToReady(which, url, stem) {
  await browser.closePopup();
  await baselineBrowser.closePopup();
  await which.goto(url);
  const popup = await which.clickToolbarButton();
  const ready = await popup.evaluate(READY_PROBE, 30_000);
  if (ready.state !== 'ready') throw new Error(`${stem}: the ${which === browser ? 'Communiqué' : 'baseline'} popup reached data-state=${ready.state} — ${await popup.describe()}`);
  const nav = await popup.evaluate(NAV);
  await which.closePopup();
  return { ms: ready.at - popup.clickedAt, open: nav.origin - popup.clickedAt, already: ready.already };
}

const rows = [];
try {
  for (const stem of stems) {
    const url = server.corpusUrl(stem);
    // 1. Fresh load, toolbar click, record shown.
    await browser.goto(url);
    const popup = await browser.clickToolbarButton();
    const ready = await popup.evaluate(READY_PROBE, 30_000);
    if (ready.state !== 'ready') throw new Error(`${stem}: the popup reached data-state=${ready.state} — ${await popup.describe()}`);
    const nav = await popup.evaluate(NAV);
    const repeated = await popup.evaluate(REPEAT_CAPTURES(repeat), 60_000);
    if (repeated.error) throw new Error(`${stem}: captureTab failed: ${repeated.error}`);
    await browser.closePopup();
    // 2. and 3. Each on a fresh load of its own: the capture's readPage, then Readability alone.
    const rp = await timeInPage('readPage', url, stem);
    const rd = await timeInPage('readability', url, stem);
    // 4. Apples to apples: Communiqué and the baseline extension, each behind the real toolbar click,
    // alternating, `clicks` times each on fresh loads.
    const ours = [{ ms: ready.at - popup.clickedAt, open: nav.origin - popup.clickedAt, already: ready.already }];
    const theirs = [];
    for (let i = 0; i < clicks; i++) {
      theirs.push(await clickToReady(baselineBrowser, url, stem));
      if (ours.length < clicks) ours.push(await clickToReady(browser, url, stem));
    }
    const clickReady = ready.at - popup.clickedAt;
    const open = nav.origin - popup.clickedAt;
    rows.push({
      stem,
      clickReady,
      already: ready.already,
      open,
      boot: nav.dcl,
      capture: clickReady - open - nav.dcl,
      rtt: median(repeated.runs.map((x) => x.rtt)),
      page: median(repeated.runs.map((x) => x.pageMs)),
      worker: median(repeated.runs.map((x) => x.workerMs)),
      rpCold: rp.cold.ms,
      rpWarm: median(rp.warm),
      rdCold: rd.cold.ms,
      rdWarm: median(rd.warm),
      oursMs: median(ours.map((x) => x.ms)),
      oursOpen: median(ours.map((x) => x.open)),
      oursAlready: ours.some((x) => x.already),
      baseMs: median(theirs.map((x) => x.ms)),
      baseOpen: median(theirs.map((x) => x.open)),
      baseAlready: theirs.some((x) => x.already),
      oursAfter: median(ours.map((x) => x.ms - x.open)),
      baseAfter: median(theirs.map((x) => x.ms - x.open)),
    });
    process.stderr.write('.');
  }
} finally {
  process.stderr.write('\n');
  await browser.close();
  await server.close();
  if (snapshot) rmSync(snapshot, { recursive: true, force: true });
  rmSync(baseline.dir, { recursive: true, force: true });
}

for (const r of rows) {
  r.ratioEnd = r.clickReady / r.rdCold;
  r.ratioCold = r.rpCold / r.rdCold;
  r.ratioWarm = r.rpWarm / r.rdWarm;
  r.ratioBase = r.oursMs / r.baseMs;
  r.ratioAfter = r.oursAfter / r.baseAfter;
}
console.log(`\nper page, ms (repeated captures and warm runs: medians of ${repeat})`);
console.log(
  `${'page'.padEnd(60)} ${pad('click→ready', 12)} ${pad('open', 6)} ${pad('boot', 6)} ${pad('capture', 7)} | ${pad('rtt', 5)} ${pad('page', 4)} ${pad('worker', 6)} | ${pad('readPage', 13)} ${pad('Readability', 13)} | ${pad('end/Rd', 6)} ${pad('cold', 5)} ${pad('warm', 5)}`,
);
console.log(`${''.padEnd(60)} ${''.padEnd(12)} ${''.padEnd(6)} ${''.padEnd(6)} ${''.padEnd(7)} | ${''.padEnd(5)} ${''.padEnd(4)} ${''.padEnd(6)} | ${pad('cold   warm', 13)} ${pad('cold   warm', 13)} |`);
for (const r of rows) {
  console.log(
    `${r.stem.slice(0, 60).padEnd(60)} ${pad(f1(r.clickReady) + (r.already ? '*' : ' '), 12)} ${pad(f1(r.open), 6)} ${pad(f1(r.boot), 6)} ${pad(f1(r.capture), 7)} | ${pad(f1(r.rtt), 5)} ${pad(r.page, 4)} ${pad(f1(r.worker), 6)} | ${pad(f2(r.rpCold), 6)} ${pad(f2(r.rpWarm), 6)} ${pad(f2(r.rdCold), 6)} ${pad(f2(r.rdWarm), 6)} | ${pad(f1(r.ratioEnd), 6)} ${pad(f2(r.ratioCold), 5)} ${pad(f2(r.ratioWarm), 5)}`,
  );
}
const m = (k) => median(rows.map((r) => r[k]));
const verdict = (x) => (x <= 1.5 ? 'met' : 'NOT met');
console.log(`\nmedians over ${rows.length} pages:`);
console.log(`  click→ready ${f1(m('clickReady'))} ms; its parts' medians: open ${f1(m('open'))} (window and renderer start) + boot ${f1(m('boot'))} (popup.html and its bundle) + capture ${f1(m('capture'))} (injection, reading, worker, render)`);
console.log(`  captureTab repeated from the popup: round trip ${f1(m('rtt'))} ms, in the page ${f1(m('page'))} ms (whole ms), in the worker ${f1(m('worker'))} ms`);
console.log(`  readPage in the page: cold ${f2(m('rpCold'))} ms, warm ${f2(m('rpWarm'))} ms;  Readability alone: cold ${f2(m('rdCold'))} ms, warm ${f2(m('rdWarm'))} ms`);
console.log(`  median ratio readPage / Readability: cold ${f2(m('ratioCold'))}, warm ${f2(m('ratioWarm'))} (target ≤ 1.5: cold ${verdict(m('ratioCold'))}, warm ${verdict(m('ratioWarm'))})`);
console.log(`  median ratio click→ready / Readability cold: ${f1(m('ratioEnd'))} (target ≤ 1.5: ${verdict(m('ratioEnd'))}; browser and popup start-up are most of it)`);
if (rows.some((r) => r.already)) console.log('  * the popup was already ready when its socket attached: that click→ready is an upper bound');

console.log(`\nclick→shown, Communiqué vs the baseline extension (Readability alone behind the same toolbar click, same browser), ms, medians of ${clicks} fresh loads each`);
console.log(`${'page'.padEnd(60)} ${pad('Communiqué', 11)} ${pad('baseline', 9)} ${pad('ratio', 6)} | ${pad('open: ours', 10)} ${pad('base', 6)} | ${pad('after open: ours', 16)} ${pad('base', 6)} ${pad('ratio', 6)}`);
for (const r of rows) {
  console.log(
    `${r.stem.slice(0, 60).padEnd(60)} ${pad(f1(r.oursMs) + (r.oursAlready ? '*' : ' '), 11)} ${pad(f1(r.baseMs) + (r.baseAlready ? '*' : ' '), 9)} ${pad(f2(r.ratioBase), 6)} | ${pad(f1(r.oursOpen), 10)} ${pad(f1(r.baseOpen), 6)} | ${pad(f1(r.oursAfter), 16)} ${pad(f1(r.baseAfter), 6)} ${pad(f2(r.ratioAfter), 6)}`,
  );
}
console.log(`\nmedians over ${rows.length} pages: Communiqué click→ready ${f1(m('oursMs'))} ms, baseline click→shown ${f1(m('baseMs'))} ms (popup window open: ${f1(m('oursOpen'))} vs ${f1(m('baseOpen'))} ms)`);
console.log(`  median ratio Communiqué / baseline: ${f2(m('ratioBase'))} (target ≤ 1.5: ${verdict(m('ratioBase'))}); range ${f2(Math.min(...rows.map((r) => r.ratioBase)))}–${f2(Math.max(...rows.map((r) => r.ratioBase)))}`);
console.log(
  `  after the popup document starts (click→shown minus open, i.e. without the browser's window creation, which varies most): Communiqué ${f1(m('oursAfter'))} ms, baseline ${f1(m('baseAfter'))} ms, median ratio ${f2(m('ratioAfter'))}`,
);
if (rows.some((r) => r.oursAlready || r.baseAlready)) console.log('  * a popup was already ready when its socket attached: an upper bound');
