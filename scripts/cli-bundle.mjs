// The one definition of how the CLI is bundled, shared by scripts/build-cli.mjs and the staleness
// check in bin/communique.mjs (which rebuilds through it).
import { copyFileSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const OUTDIR = join(ROOT, 'dist', 'cli');
/**
 * Each build goes into a folder of its own and this file, replaced atomically and written last,
 * names the current one and every source it was made from (staleness is one stat per source).
 * Two CLI calls that rebuild at once (the scorer runs two) never see a half-written bundle.
 */
export const MANIFEST = join(OUTDIR, 'current.json');
const KEEP_OLD_BUILDS_MS = 10 * 60_000;
const ENTRIES = { communique: 'lib/cli/run-cli.ts', 'extract-worker': 'lib/cli/extract-worker.ts' };
// Optional native add-ons jsdom and ws try to load; absent here, and never needed without scripts.
const OPTIONAL = ['canvas', 'bufferutil', 'utf-8-validate'];

/**
 * jsdom reads its default stylesheet through __dirname and resolves its sync-XHR worker file with
 * require.resolve; in a bundle both would point into dist/. Rewrite them to the package's own
 * folder, relative to the bundle, so a moved checkout still works.
 */
const jsdomPaths = {
  name: 'jsdom-own-paths',
  setup(build) {
    build.onLoad({ filter: /[\\/]node_modules[\\/]jsdom[\\/].*\.js$/ }, async (args) => {
      const source = await readFile(args.path, 'utf8');
      if (!source.includes('__dirname') && !source.includes('require.resolve')) return undefined;
      const dir = JSON.stringify(relative(build.initialOptions.outdir, dirname(args.path)));
      const contents = source
        .replaceAll('__dirname', `__communiqueBundlePath(${dir})`)
        .replace(/require\.resolve\("\.\/([^"]+)"\)/g, (_, file) => `__communiqueBundlePath(${dir}, ${JSON.stringify(file)})`);
      return { contents, loader: 'js' };
    });
  },
};

/**
 * jsdom's `cssstyle` is replaced by lib/cli/inline-style-declaration.ts, which says why. The
 * extension is not affected: it runs in the browser's own CSSOM.
 */
const inlineStyleDeclaration = {
  name: 'inline-style-declaration',
  setup(build) {
    build.onResolve({ filter: /^cssstyle$/ }, () => ({ path: join(ROOT, 'lib', 'cli', 'inline-style-declaration.ts') }));
  },
};

export async function buildCli() {
  const esbuild = await import('esbuild');
  const name = `build-${Date.now()}-${process.pid}`;
  const outdir = join(OUTDIR, name);
  mkdirSync(outdir, { recursive: true });
  const common = {
    absWorkingDir: ROOT,
    outdir,
    outExtension: { '.js': '.mjs' },
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    minifySyntax: true,
    minifyWhitespace: true,
    external: OPTIONAL,
    metafile: true,
    logLevel: 'warning',
    banner: {
      js: [
        "import{createRequire as __communiqueCreateRequire}from'node:module';",
        "import{fileURLToPath as __communiqueToPath}from'node:url';",
        "import{dirname as __communiqueDirname,join as __communiqueJoin}from'node:path';",
        'const require=__communiqueCreateRequire(import.meta.url);',
        'const __communiqueBundlePath=(...p)=>__communiqueJoin(__communiqueDirname(__communiqueToPath(import.meta.url)),...p);',
      ].join(''),
    },
    plugins: [jsdomPaths, inlineStyleDeclaration],
  };
  // Two builds that share no chunk: the main thread's (commands split off, loaded when called)
  // never evaluates jsdom, which only the worker threads need. The worker's is CommonJS, minified
  // (a quarter smaller: less to read and compile at every start) and run through
  // worker-loader.cjs, which compiles it with V8's code cache.
  const results = await Promise.all([
    esbuild.build({ ...common, entryPoints: { communique: ENTRIES.communique }, splitting: true }),
    esbuild.build({
      ...common,
      entryPoints: { 'extract-worker': ENTRIES['extract-worker'] },
      format: 'cjs',
      outExtension: { '.js': '.cjs' },
      minify: true,
      banner: { js: "const __communiqueBundlePath=(...p)=>require('node:path').join(__dirname,...p);" },
    }),
  ]);
  asciiOnly(join(outdir, 'extract-worker.cjs'));
  copyFileSync(join(ROOT, 'scripts', 'worker-loader.cjs'), join(outdir, 'worker-loader.cjs'));
  await warmCodeCache(outdir);
  const result = { metafile: { inputs: Object.assign({}, ...results.map((r) => r.metafile.inputs)), outputs: Object.assign({}, ...results.map((r) => r.metafile.outputs)) } };
  const inputs = Object.keys(result.metafile.inputs).filter((p) => !p.includes('node_modules'));
  const bytes = Object.values(result.metafile.outputs).reduce((n, o) => n + o.bytes, 0);
  const version = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version;
  // package-lock.json stands for every dependency: an update rebuilds.
  const manifest = { root: ROOT, dir: name, version, builtAt: Date.now(), inputs: [...inputs, 'package-lock.json', 'scripts/cli-bundle.mjs', 'scripts/worker-loader.cjs'] };
  const tmp = `${MANIFEST}.${process.pid}.tmp`;
  writeFileSync(tmp, JSON.stringify(manifest));
  renameSync(tmp, MANIFEST);
  for (const old of readdirSync(OUTDIR)) {
    const m = /^build-(\d+)-/.exec(old);
    if (m && old !== name && Date.now() - Number(m[1]) > KEEP_OLD_BUILDS_MS) rmSync(join(OUTDIR, old), { recursive: true, force: true });
  }
  return { outdir, bytes };
}

/**
 * esbuild escapes non-ASCII text in strings but leaves it in regular expression literals
 * (Readability's, ours). Escaped as \uXXXX code units it means the same in a string, a template,
 * a regex with or without the u flag (a surrogate pair reads as one code point there) and a
 * comment, and the loader can read the file as latin1 with no UTF-8 decoding.
 */
function asciiOnly(file) {
  const text = readFileSync(file, 'utf8');
  // An identity escape (`\«`) loses its backslash: `\\u00ab` would be a backslash, then "u00ab".
  const escaped = text.replace(/(\\*)([^\x00-\x7f])/g, (_, slashes, c) => `${slashes.length % 2 ? slashes.slice(1) : slashes}\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  if (escaped !== text) writeFileSync(file, escaped);
}

/**
 * One page through a worker of the new build, so the loader writes its code cache before any user
 * run. The page is made here (a short press release, no corpus text); a failure only costs speed.
 */
async function warmCodeCache(outdir) {
  const { Worker } = await import('node:worker_threads');
  const para = '<p>The Ambassador met the Minister of Foreign Affairs in the capital on 3 March 2025 to discuss trade and culture.</p>';
  const html = `<!doctype html><html lang="en"><head><title>Ambassador meets Minister</title><meta name="description" content="A meeting"></head><body><nav><a href="/">Home</a></nav><article><h1>Ambassador meets Minister</h1><time datetime="2025-03-04">4 March 2025</time>${para.repeat(6)}</article></body></html>`;
  const worker = new Worker(join(outdir, 'worker-loader.cjs'), { stdout: true, stderr: true });
  worker.stdout.resume();
  worker.stderr.resume();
  const bytes = new TextEncoder().encode(html);
  try {
    await new Promise((done, fail) => {
      const timer = setTimeout(() => fail(new Error('no answer within 60 s')), 60_000);
      worker.on('message', (m) => {
        if (m && m.ready) worker.postMessage({ url: 'https://www.example.org/news/1.html', bytes, now: new Date(0).toISOString() });
        else {
          clearTimeout(timer);
          done();
        }
      });
      worker.once('error', fail);
    });
  } catch (e) {
    process.stderr.write(`communique: the worker code cache was not made (${e.message}); the CLI works, starts slower\n`);
  } finally {
    await worker.terminate();
  }
}

/** The entry file of the current build, or null when there is none. */
export function currentEntry() {
  try {
    const { dir } = JSON.parse(readFileSync(MANIFEST, 'utf8'));
    return join(OUTDIR, dir, 'communique.mjs');
  } catch {
    return null;
  }
}

/** Why the bundle must be rebuilt (a reason), or null when it is current. */
export function staleReason() {
  let manifest;
  try {
    manifest = JSON.parse(readFileSync(MANIFEST, 'utf8'));
  } catch {
    return 'not built yet';
  }
  if (manifest.root !== ROOT) return `built in ${manifest.root}`;
  for (const file of manifest.inputs) {
    let mtime;
    try {
      mtime = statSync(join(ROOT, file)).mtimeMs;
    } catch {
      return `${file} is gone`;
    }
    if (mtime > manifest.builtAt) return `${file} changed`;
  }
  return null;
}
