// End-to-end harness: a local page server, a real Chromium with the production extension loaded,
// the toolbar button clicked through the browser's own Extensions.triggerAction, and the popup
// driven through its own devtools socket. Every wait is bounded and says what it waited for.
// Measured facts behind these choices: ../shared/notes/browser-e2e.md.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type CDPSession, type Page, type Worker } from 'playwright-core';
import { CdpSocket } from './cdp-socket';

// Functions passed to worker.evaluate run in the extension's service worker, where `chrome` exists.
declare const chrome: any;

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
/** The corpus is read in place (../shared/corpus from the repository); no page text is copied here. */
export const CORPUS_DIR = resolve(REPO_ROOT, '../shared/corpus');
/** Pages written for these tests (no article, etc.). */
export const PAGES_DIR = resolve(REPO_ROOT, 'tests/e2e/pages');
export const EXTENSION_DIR = resolve(REPO_ROOT, '.output/chrome-mv3');
export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

export const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** Polls `probe` until it returns something other than undefined/false/null; throws `describe()` on timeout. */
export async function waitUntil<T>(
  probe: () => Promise<T | undefined | null | false> | T | undefined | null | false,
  what: string,
  options: { timeoutMs?: number; intervalMs?: number; describe?: () => Promise<string> | string } = {},
): Promise<T> {
  const deadline = Date.now() + (options.timeoutMs ?? 10_000);
  let lastError: unknown;
  for (;;) {
    try {
      const v = await probe();
      if (v !== undefined && v !== null && v !== false) return v as T;
    } catch (e) {
      lastError = e;
    }
    if (Date.now() > deadline) {
      let detail = '';
      try {
        detail = options.describe ? ` — ${await options.describe()}` : '';
      } catch (e) {
        detail = ` — (could not describe the state: ${(e as Error).message})`;
      }
      const last = lastError ? ` (last error: ${(lastError as Error).message})` : '';
      throw new Error(`timed out after ${options.timeoutMs ?? 10_000} ms waiting for ${what}${detail}${last}`);
    }
    await sleep(options.intervalMs ?? 50);
  }
}

/** Corpus page stems (file names without .html), sorted. */
export function corpusStems(): string[] {
  return readdirSync(CORPUS_DIR)
    .filter((f) => f.endsWith('.html'))
    .map((f) => f.slice(0, -'.html'.length))
    .sort();
}

/** Runs the production build (`npx wxt build` → .output/chrome-mv3). */
export function buildExtension(): void {
  const r = spawnSync('npx', ['wxt', 'build'], { cwd: REPO_ROOT, encoding: 'utf8', timeout: 180_000 });
  if (r.status !== 0 || !existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`npx wxt build failed (exit ${r.status}${r.error ? `, ${r.error.message}` : ''}):\n${r.stdout}\n${r.stderr}`);
  }
}

/** Names every file a built extension needs that is missing from `dir` (empty when complete). */
export function missingBuildFiles(dir: string): string[] {
  const manifestPath = join(dir, 'manifest.json');
  if (!existsSync(manifestPath)) return ['manifest.json'];
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  const wanted = ['content-scripts/capture.js', manifest.background?.service_worker, manifest.action?.default_popup].filter(Boolean) as string[];
  const popup = manifest.action?.default_popup;
  if (popup && existsSync(join(dir, popup))) {
    for (const m of readFileSync(join(dir, popup), 'utf8').matchAll(/(?:src|href)="\/?([^":]+)"/g)) wanted.push(m[1]);
  }
  return wanted.filter((f) => !existsSync(join(dir, f)));
}

/**
 * Builds, then copies .output/chrome-mv3 to a private directory that the browsers load. Other
 * people build into .output while the suite runs (wxt build, wxt zip); a browser loading .output
 * itself then finds popup.html gone mid-test (seen: ERR_FILE_NOT_FOUND in the popup). The copy is
 * checked for completeness, and built again (three tries in all) if a concurrent build tore it.
 */
export function buildSnapshot(): string {
  for (let attempt = 1; ; attempt++) {
    buildExtension();
    const dir = mkdtempSync(join(tmpdir(), 'communique-ext-'));
    cpSync(EXTENSION_DIR, dir, { recursive: true });
    const missing = missingBuildFiles(dir);
    if (!missing.length) return dir;
    rmSync(dir, { recursive: true, force: true });
    if (attempt >= 3) throw new Error(`the build in ${EXTENSION_DIR} is incomplete (missing ${missing.join(', ')}) three times: is another build running?`);
  }
}

/** The built extension the suite loads: the snapshot the global setup made, else .output itself. */
export function builtExtensionDir(): string {
  return process.env.COMMUNIQUE_E2E_EXTENSION_DIR || EXTENSION_DIR;
}

// ---------------------------------------------------------------------------------------------
// Local page server

export interface PageServer {
  origin: string;
  /** http://127.0.0.1:PORT/corpus/STEM.html */
  corpusUrl(stem: string): string;
  /** http://127.0.0.1:PORT/pages/NAME (a page of tests/e2e/pages) */
  pageUrl(name: string): string;
  close(): Promise<void>;
}

export async function startServer(): Promise<PageServer> {
  const roots = new Map([
    ['corpus', CORPUS_DIR],
    ['pages', PAGES_DIR],
  ]);
  const server: Server = createServer((req, res) => {
    let path = '';
    try {
      path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    } catch {
      // a malformed escape is simply not found
    }
    const [, root, name, ...rest] = path.split('/');
    const dir = roots.get(root);
    // One level, .html only, no traversal: the server can hand out nothing but the test pages.
    if (!dir || !name || rest.length || name !== basename(name) || !/\.html?$/.test(name) || !existsSync(join(dir, name))) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    // No charset in the header: the browser sniffs <meta charset> as jsdom does in the CLI.
    res.writeHead(200, { 'content-type': 'text/html', 'cache-control': 'no-store' }).end(readFileSync(join(dir, name)));
  });
  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => ok());
  });
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('the page server has no TCP address');
  const origin = `http://127.0.0.1:${address.port}`;
  return {
    origin,
    corpusUrl: (stem) => `${origin}/corpus/${stem}.html`,
    pageUrl: (name) => `${origin}/pages/${name}`,
    close: () =>
      new Promise<void>((ok) => {
        server.closeAllConnections();
        server.close(() => ok());
      }),
  };
}

// ---------------------------------------------------------------------------------------------
// Chromium with the extension

interface TargetInfo {
  targetId: string;
  type: string;
  url: string;
  title: string;
}

const running = new Set<ChildProcess>();
// Safety net: a vitest worker that dies mid-test must not leave a browser behind.
process.once('exit', () => {
  for (const p of running) killBrowser(p);
});

function killBrowser(p: ChildProcess): void {
  if (p.pid === undefined || p.exitCode !== null || p.signalCode !== null) return;
  try {
    // The browser process this harness started, by its pid; its renderers and helpers exit with it.
    p.kill('SIGKILL');
  } catch {
    // already gone
  }
}

export interface LaunchOptions {
  extensionDir?: string;
  /** Where downloads land (Browser.setDownloadBehavior); none when omitted. */
  downloadsDir?: string;
  /**
   * More command-line switches, after the harness's own; Chromium keeps the last value of a repeated
   * switch, so these can replace one (e.g. --host-resolver-rules).
   */
  extraArgs?: string[];
}

export async function launchChromium(options: LaunchOptions = {}): Promise<ExtensionBrowser> {
  const extensionDir = options.extensionDir ?? builtExtensionDir();
  const missing = missingBuildFiles(extensionDir);
  if (missing.length) throw new Error(`the extension in ${extensionDir} lacks ${missing.join(', ')}: run npx wxt build`);
  const userDataDir = mkdtempSync(join(tmpdir(), 'communique-e2e-'));
  const args = [
    '--headless=new',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--no-default-browser-check',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    // Corpus pages link images and scripts on their real hosts: fail those at once, keep the local server.
    '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
    `--user-data-dir=${userDataDir}`,
    `--disable-extensions-except=${extensionDir}`,
    `--load-extension=${extensionDir}`,
    '--enable-unsafe-extension-debugging',
    // Headless Chromium's screen is 800×600 by default, which squeezes a 720×600 popup to 658×510
    // with scroll bars; a desktop-sized screen lets the popup take the size it asks for.
    '--screen-info={1600x1200}',
    '--window-size=1280,900',
    '--remote-debugging-port=0',
    ...(options.extraArgs ?? []),
    'about:blank',
  ];
  // Not detached: an interrupted run (Ctrl+C) reaches the browser too.
  const proc = spawn(CHROMIUM, args, { stdio: ['ignore', 'ignore', 'pipe'] });
  running.add(proc);
  let stderr = '';
  const cleanupEarly = () => {
    killBrowser(proc);
    running.delete(proc);
    rmSync(userDataDir, { recursive: true, force: true });
  };
  try {
    const wsUrl = await new Promise<string>((ok, fail) => {
      const timer = setTimeout(() => fail(new Error(`Chromium printed no "DevTools listening on" line within 20 s. stderr:\n${stderr.slice(-3000)}`)), 20_000);
      proc.stderr!.on('data', (chunk: Buffer) => {
        stderr = (stderr + chunk.toString()).slice(-20_000);
        const m = /DevTools listening on (ws:\/\/\S+)/.exec(stderr);
        if (m) {
          clearTimeout(timer);
          ok(m[1]);
        }
      });
      proc.once('exit', (code, signal) => {
        clearTimeout(timer);
        fail(new Error(`Chromium exited (${code ?? signal}) before listening. stderr:\n${stderr.slice(-3000)}`));
      });
      proc.once('error', (e) => {
        clearTimeout(timer);
        fail(new Error(`cannot start ${CHROMIUM}: ${e.message}`));
      });
    });
    const browser = await chromium.connectOverCDP(wsUrl, { timeout: 15_000 });
    const session = await browser.newBrowserCDPSession();
    const context = browser.contexts()[0];
    const worker = await waitUntil(
      () => context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://')),
      'the extension service worker (is the extension loaded?)',
      { timeoutMs: 15_000, describe: () => `service workers: ${context.serviceWorkers().map((w) => w.url()).join(', ') || 'none'}` },
    );
    const extensionId = new URL(worker.url()).host;
    if (options.downloadsDir) {
      await session.send('Browser.setDownloadBehavior', { behavior: 'allowAndName', downloadPath: options.downloadsDir, eventsEnabled: true });
    }
    const page = context.pages()[0] ?? (await context.newPage());
    return new ExtensionBrowser(proc, userDataDir, browser, session, context, page, extensionId, Number(new URL(wsUrl).port), () => stderr, options.downloadsDir);
  } catch (e) {
    cleanupEarly();
    throw e;
  }
}

export class ExtensionBrowser {
  private openPopup: Popup | null = null;

  constructor(
    readonly proc: ChildProcess,
    readonly userDataDir: string,
    readonly browser: Browser,
    /** Browser-level CDP session: the only one allowed to send Extensions.triggerAction. */
    readonly session: CDPSession,
    readonly context: BrowserContext,
    /** The one tab the tests use; keeping a single tab makes "the active tab" unambiguous. */
    public page: Page,
    readonly extensionId: string,
    readonly port: number,
    readonly stderr: () => string,
    readonly downloadsDir: string | undefined,
  ) {}

  get popupUrl(): string {
    return `chrome-extension://${this.extensionId}/popup.html`;
  }

  async targets(): Promise<TargetInfo[]> {
    return (await this.session.send('Target.getTargets', { filter: [{}] })).targetInfos as TargetInfo[];
  }

  async popupTargets(): Promise<TargetInfo[]> {
    return (await this.targets()).filter((t) => t.type === 'page' && t.url.startsWith(this.popupUrl));
  }

  /** Navigates the tab (closing any open popup first) and waits for the load event. */
  async goto(url: string): Promise<void> {
    await this.closePopup();
    try {
      await this.page.goto(url, { waitUntil: 'load', timeout: 20_000 });
    } catch (e) {
      // Measured (Chromium 156, Playwright): after a navigation fails (a TLS error page), every later
      // goto in that tab fails as "interrupted by another navigation" to the address before it, one
      // test after another; a goto to about:blank does not break the chain. A new tab does, so one
      // bad address fails one test.
      await this.replaceTab();
      throw e;
    }
    await this.page.bringToFront();
  }

  private async replaceTab(): Promise<void> {
    const old = this.page;
    this.page = await this.context.newPage();
    await old.close().catch(() => undefined);
  }

  /** The `tab` target of the test page (Extensions.triggerAction refuses the `page` target id). */
  async tabTargetId(): Promise<string> {
    const url = this.page.url();
    const tabs = await waitUntil(
      async () => {
        const found = (await this.targets()).filter((t) => t.type === 'tab' && t.url === url);
        return found.length ? found : undefined;
      },
      `the tab target of ${url}`,
      { timeoutMs: 5_000, describe: async () => `targets: ${(await this.targets()).map((t) => `${t.type} ${t.url}`).join(' | ')}` },
    );
    if (tabs.length > 1) throw new Error(`${tabs.length} tabs show ${url}; the harness expects one`);
    return tabs[0].targetId;
  }

  /**
   * Clicks the toolbar button as a user would (activeTab is granted by this), waits for the popup
   * to open and connects to its own devtools socket.
   */
  async clickToolbarButton(): Promise<Popup> {
    await this.closePopup();
    const targetId = await this.tabTargetId();
    const before = new Set((await this.popupTargets()).map((t) => t.targetId));
    const clickedAt = performance.timeOrigin + performance.now();
    await this.session.send('Extensions.triggerAction', { id: this.extensionId, targetId });
    const target = await waitUntil(
      async () => (await this.popupTargets()).find((t) => !before.has(t.targetId)),
      'the popup to open after the toolbar click',
      { timeoutMs: 10_000, intervalMs: 5 },
    );
    const socket = await CdpSocket.connect(`ws://127.0.0.1:${this.port}/devtools/page/${target.targetId}`);
    const popup = new Popup(this, socket, target.targetId, clickedAt);
    this.openPopup = popup;
    // The target exists before popup.html has loaded; until then evaluate would land in a blank document.
    await popup.waitFor(
      `location.href.startsWith(${JSON.stringify(this.popupUrl)}) && document.readyState !== 'loading' && !!globalThis.chrome?.tabs && !!chrome.runtime?.id`,
      'popup.html to load with its extension APIs',
      10_000,
      5,
    );
    return popup;
  }

  async closePopup(): Promise<void> {
    const open = this.openPopup;
    this.openPopup = null;
    if (open) await open.close();
  }

  /**
   * Presses Alt+Shift+E on the page as raw key events (Input.dispatchKeyEvent rawKeyDown/keyUp).
   * Measured: these reach Chromium's accelerator handling, so the extension's `quick-capture`
   * command fires for real (with its activeTab grant). Neither Playwright's
   * keyboard.press('Alt+Shift+KeyE') nor a raw `keyDown` (the type that carries text) fired it.
   */
  async pressQuickCaptureShortcut(): Promise<void> {
    const s = await this.context.newCDPSession(this.page);
    try {
      const ALT = 1;
      const SHIFT = 8;
      const key = (type: 'rawKeyDown' | 'keyUp', k: string, code: string, vk: number, modifiers: number) =>
        s.send('Input.dispatchKeyEvent', { type, key: k, code, windowsVirtualKeyCode: vk, nativeVirtualKeyCode: vk, modifiers });
      await key('rawKeyDown', 'Alt', 'AltLeft', 18, ALT);
      await key('rawKeyDown', 'Shift', 'ShiftLeft', 16, ALT | SHIFT);
      await key('rawKeyDown', 'E', 'KeyE', 69, ALT | SHIFT);
      await key('keyUp', 'E', 'KeyE', 69, ALT | SHIFT);
      await key('keyUp', 'Shift', 'ShiftLeft', 16, ALT);
      await key('keyUp', 'Alt', 'AltLeft', 18, 0);
    } finally {
      await s.detach().catch(() => undefined);
    }
  }

  /**
   * Runs `trigger` (e.g. a click on an export button) and waits for the download it starts to
   * finish, as the browser itself reports it (Browser.downloadWillBegin/downloadProgress events).
   * Needs `downloadsDir` at launch; with behavior allowAndName the file is saved under its guid.
   */
  async download(trigger: () => Promise<void>, timeoutMs = 15_000): Promise<{ suggestedFilename: string; path: string; bytes: Buffer }> {
    if (!this.downloadsDir) throw new Error('launchChromium({ downloadsDir }) is needed to catch downloads');
    let begun: { guid: string; suggestedFilename: string } | null = null;
    let state: string | null = null;
    const onBegin = (e: { guid: string; suggestedFilename: string }) => {
      begun ??= e;
    };
    const onProgress = (e: { guid: string; state: string }) => {
      if (begun && e.guid === begun.guid) state = e.state;
    };
    this.session.on('Browser.downloadWillBegin', onBegin);
    this.session.on('Browser.downloadProgress', onProgress);
    try {
      await trigger();
      await waitUntil(() => state === 'completed' || state === 'canceled', 'a download to complete', {
        timeoutMs,
        describe: () => (begun ? `download ${JSON.stringify(begun)} is ${state ?? 'not reported'}` : 'no download began'),
      });
      if (state !== 'completed') throw new Error(`the download ${JSON.stringify(begun)} was canceled`);
      const { guid, suggestedFilename } = begun!;
      const path = join(this.downloadsDir, guid);
      return { suggestedFilename, path, bytes: readFileSync(path) };
    } finally {
      this.session.off('Browser.downloadWillBegin', onBegin);
      this.session.off('Browser.downloadProgress', onProgress);
    }
  }

  /** The extension's service worker (Playwright keeps it attached, so it is not stopped while idle). */
  async serviceWorker(): Promise<Worker> {
    return waitUntil(
      () => this.context.serviceWorkers().find((w) => w.url().startsWith(`chrome-extension://${this.extensionId}/`)),
      'the extension service worker',
      { timeoutMs: 10_000 },
    );
  }

  /** The chrome tab id of the test page, asked of the extension (the harness keeps a single tab). */
  async tabId(): Promise<number> {
    const worker = await this.serviceWorker();
    // Without the tabs permission the worker sees ids but no URLs, hence the one-tab rule.
    const ids = await worker.evaluate(async () => (await chrome.tabs.query({})).map((t: { id: number }) => t.id));
    if (ids.length !== 1) throw new Error(`expected the one test tab (${this.page.url()}); the browser has ${ids.length} tabs`);
    return ids[0];
  }

  /** The toolbar badge text and tooltip on the test tab, read in the service worker. */
  async badge(): Promise<{ text: string; title: string }> {
    const tabId = await this.tabId();
    const worker = await this.serviceWorker();
    return worker.evaluate(async (id) => ({ text: await chrome.action.getBadgeText({ tabId: id }), title: await chrome.action.getTitle({ tabId: id }) }), tabId);
  }

  /**
   * What IndexedDB really holds, read directly in the service worker (not through the worker's
   * handlers), so a test can check storage without a popup open.
   */
  async storedRecords(): Promise<any[]> {
    const worker = await this.serviceWorker();
    return worker.evaluate(
      () =>
        new Promise<any[]>((ok, fail) => {
          // Never create the database: opening a missing one would make an empty version 1 and the
          // extension's own upgrade would then never run.
          const open = indexedDB.open('communique');
          open.onupgradeneeded = () => open.transaction!.abort();
          open.onerror = () => (open.error?.name === 'AbortError' ? ok([]) : fail(open.error));
          open.onsuccess = () => {
            const db = open.result;
            if (!db.objectStoreNames.contains('records')) {
              db.close();
              ok([]);
              return;
            }
            const req = db.transaction('records').objectStore('records').getAll();
            req.onsuccess = () => {
              db.close();
              ok(req.result);
            };
            req.onerror = () => fail(req.error);
          };
        }),
    );
  }

  /** Shuts the browser down (Browser.close, then SIGKILL if it lingers) and deletes its profile. */
  async close(): Promise<void> {
    const alive = () => this.proc.exitCode === null && this.proc.signalCode === null;
    const exited = new Promise<void>((ok) => (alive() ? this.proc.once('exit', () => ok()) : ok()));
    try {
      await this.closePopup().catch(() => undefined);
      // A clean shutdown ends every helper process too, so none still writes into the profile below.
      await Promise.race([this.session.send('Browser.close').catch(() => undefined), sleep(3_000)]);
      await Promise.race([exited, sleep(5_000)]);
      await Promise.race([this.browser.close().catch(() => undefined), sleep(2_000)]);
    } finally {
      if (alive()) {
        killBrowser(this.proc);
        await Promise.race([exited, sleep(5_000)]);
      }
      running.delete(this.proc);
      try {
        rmSync(this.userDataDir, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 });
      } catch (e) {
        console.warn(`[e2e] could not delete the browser profile ${this.userDataDir}: ${(e as Error).message}`);
      }
    }
  }
}

// ---------------------------------------------------------------------------------------------
// The popup

export const tid = (id: string) => `[data-testid="${id}"]`;
export type PopupState = 'loading' | 'ready' | 'error' | 'saved';

export class Popup {
  constructor(
    readonly owner: ExtensionBrowser,
    readonly cdp: CdpSocket,
    readonly targetId: string,
    /** Wall-clock time (epoch ms) just before the toolbar click, for the benchmark. */
    readonly clickedAt: number,
  ) {}

  evaluate<T = unknown>(expression: string, timeoutMs?: number): Promise<T> {
    return this.cdp.evaluate<T>(expression, timeoutMs);
  }

  /** data-state of the popup's root element, or null before it renders. */
  state(): Promise<PopupState | null> {
    return this.evaluate(`document.querySelector('[data-state]')?.getAttribute('data-state') ?? null`);
  }

  /** A short account of what the popup shows, for failure messages. */
  async describe(): Promise<string> {
    if (this.cdp.closed) return 'the popup is closed';
    return this.evaluate<string>(`(() => {
      const root = document.querySelector('[data-state]');
      const err = document.querySelector('[data-testid="error"]')?.textContent?.trim();
      const body = (document.body?.innerText ?? '').replace(/\\s+/g, ' ').slice(0, 400);
      return 'data-state=' + (root?.getAttribute('data-state') ?? '(none)') + (err ? '; error: ' + err : '') + '; text: ' + body;
    })()`);
  }

  /** Waits for one of `states`; fails at once if the popup shows an error instead. */
  async waitForState(states: PopupState | PopupState[], timeoutMs = 15_000): Promise<PopupState> {
    const wanted = Array.isArray(states) ? states : [states];
    let wrong = false;
    const got = await waitUntil(
      async () => {
        const s = await this.state();
        if (s && wanted.includes(s)) return s;
        // 'error' is final for this popup; 'ready' may still become 'saved' (a save in flight).
        if (s === 'error') return (wrong = true) && s;
        return undefined;
      },
      `popup data-state ${wanted.join('|')}`,
      { timeoutMs, describe: () => this.describe() },
    );
    if (wrong) throw new Error(`popup reached data-state=error while waiting for ${wanted.join('|')} — ${await this.describe()}`);
    return got;
  }

  /** Waits until `expression` is truthy in the popup and returns its value. */
  waitFor<T>(expression: string, what: string, timeoutMs = 10_000, intervalMs = 50): Promise<T> {
    return waitUntil(() => this.evaluate<T>(expression), what, { timeoutMs, intervalMs, describe: () => this.describe() });
  }

  private el(selector: string, index: number): string {
    return `document.querySelectorAll(${JSON.stringify(selector)})[${index}]`;
  }

  count(selector: string): Promise<number> {
    return this.evaluate(`document.querySelectorAll(${JSON.stringify(selector)}).length`);
  }

  exists(selector: string, index = 0): Promise<boolean> {
    return this.evaluate(`!!${this.el(selector, index)}`);
  }

  async text(selector: string, index = 0): Promise<string> {
    const t = await this.evaluate<string | null>(`${this.el(selector, index)}?.textContent ?? null`);
    if (t === null) throw new Error(`no element ${selector}[${index}] in the popup — ${await this.describe()}`);
    return t.replace(/\s+/g, ' ').trim();
  }

  async value(selector: string, index = 0): Promise<string> {
    const v = await this.evaluate<string | null>(`${this.el(selector, index)}?.value ?? null`);
    if (v === null) throw new Error(`no form field ${selector}[${index}] in the popup — ${await this.describe()}`);
    return v;
  }

  async attribute(selector: string, name: string, index = 0): Promise<string | null> {
    return this.evaluate(`${this.el(selector, index)}?.getAttribute(${JSON.stringify(name)}) ?? null`);
  }

  /** Centre of a visible element, scrolled into view; throws with a clear message if absent. */
  private async centre(selector: string, index: number): Promise<{ x: number; y: number }> {
    const box = await waitUntil(
      () =>
        this.evaluate<{ x: number; y: number } | null>(`(() => {
          const el = ${this.el(selector, index)};
          if (!el) return null;
          el.scrollIntoView({ block: 'center', inline: 'center' });
          const r = el.getBoundingClientRect();
          if (r.width === 0 || r.height === 0) return null;
          return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
        })()`),
      `a visible ${selector}[${index}] in the popup`,
      { timeoutMs: 5_000, describe: () => this.describe() },
    );
    return box;
  }

  /** A real mouse click (Input.dispatchMouseEvent) at the element's centre. */
  async click(selector: string, index = 0): Promise<void> {
    const { x, y } = await this.centre(selector, index);
    await this.cdp.send('Input.dispatchMouseEvent', { type: 'mouseMoved', x, y });
    await this.cdp.send('Input.dispatchMouseEvent', { type: 'mousePressed', x, y, button: 'left', buttons: 1, clickCount: 1 });
    await this.cdp.send('Input.dispatchMouseEvent', { type: 'mouseReleased', x, y, button: 'left', buttons: 0, clickCount: 1 });
  }

  /** Replaces a text field's value by typing: click it, select all, insert the new text. */
  async fill(selector: string, text: string, index = 0): Promise<void> {
    await this.click(selector, index);
    const focused = await this.evaluate<boolean>(`(() => { const el = ${this.el(selector, index)}; el.focus(); el.select?.(); return document.activeElement === el; })()`);
    if (!focused) throw new Error(`${selector}[${index}] cannot take focus — ${await this.describe()}`);
    // Delete the selection with a real key press, then type (insertText fires beforeinput/input).
    await this.press('Delete', 'Delete', 46);
    if (text) await this.cdp.send('Input.insertText', { text });
    const now = await this.value(selector, index);
    if (now !== text) throw new Error(`typing into ${selector}[${index}] left "${now}" instead of "${text}"`);
  }

  /** A real key press (rawKeyDown + keyUp) on whatever has the focus in the popup. */
  async press(key: string, code: string, keyCode: number): Promise<void> {
    await this.cdp.send('Input.dispatchKeyEvent', { type: 'rawKeyDown', key, code, windowsVirtualKeyCode: keyCode });
    await this.cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', key, code, windowsVirtualKeyCode: keyCode });
  }

  /**
   * Chooses an option of a <select> with the keyboard, as a user can: focus it and press the arrow
   * keys (on Linux a closed select changes its value and fires input/change on each arrow). A mouse
   * click would open the drop-down, a separate widget that the popup's socket cannot reach.
   */
  async select(selector: string, value: string, index = 0): Promise<void> {
    const plan = await this.evaluate<{ from: number; to: number } | string>(`(() => {
      const el = ${this.el(selector, index)};
      if (!el) return 'missing';
      if (el.tagName !== 'SELECT') return 'not a select but ' + el.tagName;
      const to = [...el.options].findIndex((o) => o.value === ${JSON.stringify(value)});
      if (to < 0) return 'no option ' + ${JSON.stringify(value)} + ' among ' + [...el.options].map((o) => o.value).join(',');
      el.scrollIntoView({ block: 'center' });
      el.focus();
      return document.activeElement === el ? { from: el.selectedIndex, to } : 'it cannot take focus';
    })()`);
    if (typeof plan === 'string') throw new Error(`cannot choose "${value}" in ${selector}[${index}]: ${plan} — ${await this.describe()}`);
    const [key, code, keyCode] = plan.to > plan.from ? ['ArrowDown', 'ArrowDown', 40] as const : ['ArrowUp', 'ArrowUp', 38] as const;
    for (let i = 0; i < Math.abs(plan.to - plan.from); i++) await this.press(key, code, keyCode);
    const now = await this.value(selector, index);
    if (now !== value) throw new Error(`arrow keys on ${selector}[${index}] left "${now}" instead of "${value}"`);
  }

  /** Sends a protocol message from the popup's context, as the popup's own code does. */
  async request<T = any>(name: string, payload: unknown, timeoutMs = 30_000): Promise<{ ok: true; value: T } | { ok: false; error: { code: string; message: string } }> {
    return this.evaluate(`chrome.runtime.sendMessage(${JSON.stringify({ name, payload })})`, timeoutMs);
  }

  /** The tab the popup belongs to (the active tab of its window). */
  async activeTabId(): Promise<number> {
    return this.evaluate(`chrome.tabs.query({ active: true, currentWindow: true }).then((t) => t[0].id)`);
  }

  /**
   * Writes a PNG of the popup as its window shows it (Page.captureScreenshot over the popup's
   * socket). The popup window takes the size its document asks for, up to the browser's 800×600 cap;
   * Emulation.setDeviceMetricsOverride is refused on a popup target, so no size is forced.
   */
  async screenshot(path: string): Promise<{ width: number; height: number }> {
    const size = await this.evaluate<{ width: number; height: number }>(`({ width: window.innerWidth, height: window.innerHeight })`);
    const { data } = await this.cdp.send<{ data: string }>('Page.captureScreenshot', { format: 'png' });
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, Buffer.from(data, 'base64'));
    return size;
  }

  /** Closes the popup window (as clicking elsewhere would) and waits until its target is gone. */
  async close(): Promise<void> {
    this.cdp.close();
    if (!(await this.owner.popupTargets()).some((t) => t.targetId === this.targetId)) return;
    await this.owner.session.send('Target.closeTarget', { targetId: this.targetId }).catch(() => undefined);
    await waitUntil(async () => !(await this.owner.popupTargets()).some((t) => t.targetId === this.targetId), 'the popup to close', { timeoutMs: 5_000 });
  }
}

/**
 * The extension a benchmark loads: the existing build with --no-build (checked complete), else a fresh
 * build snapshot, which the caller removes when done.
 */
export function benchmarkExtension(noBuild: boolean): { dir: string; snapshot: string | null } {
  if (noBuild) {
    const missing = missingBuildFiles(EXTENSION_DIR);
    if (missing.length) throw new Error(`--no-build: ${EXTENSION_DIR} lacks ${missing.join(', ')}`);
    return { dir: EXTENSION_DIR, snapshot: null };
  }
  process.stderr.write('building (npx wxt build)…\n');
  const snapshot = buildSnapshot();
  return { dir: snapshot, snapshot };
}
