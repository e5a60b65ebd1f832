// The packed package as its users get it: `npm pack` once, then each consumer is a fresh project outside
// the repository that installs the tarball and uses `articlean` by name. Tests importing from the repo
// (package.test.mjs) pass even when "files" forgets a file the exports map points at, or when a bundler
// cannot follow the glue's `new URL('articlean_bg.wasm', import.meta.url)` out of node_modules; these
// do not. Consumers: Node ESM, Vite, webpack 5 and esbuild builds run in headless Chromium, a strict
// TypeScript project, publint and arethetypeswrong.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { createServer } from 'node:http';
import { lstatSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, extname, join, normalize, sep } from 'node:path';
import { CHROMIUM, CHROMIUM_ARGS, root, watchErrors } from './helpers.mjs';

const bin = (name) => join(root, 'node_modules/.bin', name);

/** Exactly what a user downloads. Adding a file to "files" means adding it here, on purpose. */
const EXPECTED_FILES = [
  'LICENSE-APACHE',
  'LICENSE-MIT',
  'README.md',
  'js/edge.js',
  'js/index.d.ts',
  'js/node.js',
  'js/web.js',
  'js/worker-node.js',
  'js/worker-shared.js',
  'js/worker-thread-node.js',
  'js/worker-thread.js',
  'js/worker.d.ts',
  'js/worker.js',
  'package.json',
  'pkg/articlean.d.ts',
  'pkg/articlean.js',
  'pkg/articlean_bg.wasm',
  'pkg/articlean_bg.wasm.d.ts',
];
/** npm adds these whatever "files" says. */
const NPM_AUTOMATIC = ['README.md', 'package.json'];

const PAGE_URL = 'https://example.com/news/story.html';
const PAGE = `<html lang="en"><head><title>A story - Example Times</title>
<meta name="author" content="Ada Writer"></head><body>
<div class="cookie-banner">We use cookies to improve your experience. Accept all cookies?</div>
<article><h1>A story</h1>
<p>The first paragraph of the story is long enough to be kept as the article body, with a few
clauses, commas, and enough words to look like prose rather than navigation.</p>
<h2>The harbour</h2>
<figure><img src="/photo.jpg" alt="A photo"><figcaption>The harbour at dawn.
<span class="credit">Photo: Jo Lens</span></figcaption></figure>
<p>A second paragraph follows, with a <a href="../c.html">relative link</a> that the page address
resolves, so the article has more than one block of running text in it.</p>
</article></body></html>`;

let work; // one temporary folder for the tarball and every consumer project
let tarball;
let browser;

before(() => {
  work = mkdtempSync(join(tmpdir(), 'articlean-consumers-'));
});

after(async () => {
  await browser?.close();
  if (work) rmSync(work, { recursive: true, force: true });
});

/** Under `npm test`, npm exports variables that describe this repository (`npm_config_local_prefix`,
 *  npm_package_*, npm_lifecycle_*); a consumer project's npm must not inherit them. The user's own
 *  npm_config_* settings (registry, cache, certificates) are kept. */
function plainEnv() {
  return Object.fromEntries(Object.entries(process.env).filter(([key]) =>
    !/^npm_(config_local_prefix|package_|lifecycle_|command$)/i.test(key)));
}

function npm(args, cwd) {
  return execFileSync('npm', args, { cwd, env: plainEnv(), encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

/** The tarball, packed once (without prepack: `npm test` has built pkg/ already). */
function pack() {
  if (tarball) return tarball;
  const [info] = JSON.parse(npm(['pack', '--ignore-scripts', '--pack-destination', work, '--json'], root));
  tarball = { ...info, path: join(work, info.filename) };
  return tarball;
}

/** A fresh `"type": "module"` project with the tarball installed and `files` written into it. */
function project(name, files = {}) {
  const { path } = pack();
  const dir = join(work, name);
  mkdirSync(dir);
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: `consumer-${name}`, version: '1.0.0', private: true, type: 'module' }, null, 2));
  // The package has no dependencies, so the tarball alone must install without the registry.
  try {
    npm(['install', '--no-audit', '--no-fund', '--offline', path], dir);
  } catch {
    npm(['install', '--no-audit', '--no-fund', path], dir);
  }
  const installed = join(dir, 'node_modules/articlean');
  // A copy from the tarball, never a link back into the repository.
  assert.ok(lstatSync(installed).isDirectory() && !lstatSync(installed).isSymbolicLink());
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    writeFileSync(join(dir, file), text);
  }
  return dir;
}

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm', // instantiateStreaming refuses any other type
};

/** Serves a build's output folder on 127.0.0.1; resolves to { url, close }. */
function serve(dir) {
  const server = createServer(async (req, res) => {
    const pathname = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    const file = normalize(join(dir, pathname.endsWith('/') ? `${pathname}index.html` : pathname));
    if (!file.startsWith(dir + sep)) return res.writeHead(403).end();
    try {
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(body);
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      resolve({ url: `http://127.0.0.1:${server.address().port}/`, close: () => new Promise((done) => server.close(done)) });
    });
  });
}

/** Opens a built app in headless Chromium and returns what it left in `window.__result`. */
async function runInChromium(dir) {
  if (!browser) {
    const { chromium } = await import('playwright-core');
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  }
  const server = await serve(dir);
  const page = await browser.newPage();
  try {
    const errors = watchErrors(page);
    await page.goto(server.url);
    await page.waitForFunction(() => window.__result !== undefined, null, { timeout: 30000 });
    const result = await page.evaluate(() => window.__result);
    assert.equal(result.error, undefined, `the app failed: ${result.error}`);
    assert.deepEqual(errors, [], 'no console or page errors');
    return result;
  } finally {
    await page.close();
    await server.close();
  }
}

const INDEX_HTML = (script) => `<!doctype html><meta charset="utf-8"><link rel="icon" href="data:,">
<title>articlean consumer</title><h1 id="title"></h1>${script}\n`;

/** The browser app, the same for every bundler: load the module, clean the page, check a wrong argument,
 *  then clean it again through `articlean/worker` (a Worker the bundler must emit as its own chunk). */
function browserApp({ init, worker }) {
  return `import init, { clean, isProbablyReaderable } from 'articlean';
${worker ? "import { createCleaner } from 'articlean/worker';" : ''}
${init.imports ?? ''}
const PAGE = ${JSON.stringify(PAGE)};
try {
  await init(${init.argument ?? ''});
  const article = clean(PAGE, { url: ${JSON.stringify(PAGE_URL)} });
  document.getElementById('title').textContent = article.title;
  let wrongArgument = null;
  try { clean(123); } catch (e) { wrongArgument = { name: e.name, isError: e instanceof Error }; }
  const result = {
    title: article.title,
    textContent: article.textContent,
    content: article.content,
    blocks: article.blocks,
    readerable: isProbablyReaderable(PAGE).readerable,
    wrongArgument,
  };
  ${worker ? `const cleaner = createCleaner({ timeoutMs: 20000 });
  try {
    const viaWorker = await cleaner.clean(PAGE, { url: ${JSON.stringify(PAGE_URL)} });
    result.worker = { title: viaWorker.title, textContent: viaWorker.textContent };
  } finally {
    cleaner.terminate();
  }` : ''}
  window.__result = result;
} catch (e) {
  window.__result = { error: (e && e.name) + ': ' + (e && e.message) + '\\n' + (e && e.stack) };
}
`;
}

/** What every browser consumer must see from PAGE. */
function assertBrowserResult(result, { worker }) {
  assert.equal(result.title, 'A story');
  assert.match(result.textContent, /second paragraph/);
  assert.ok(!result.textContent.includes('cookies'), 'the cookie banner is removed');
  assert.match(result.content, /href="https:\/\/example\.com\/c\.html"/, 'relative links resolve against options.url');
  assert.equal(result.blocks.find((b) => b.type === 'heading' && b.level === 2)?.text, 'The harbour');
  const image = result.blocks.find((b) => b.type === 'image');
  assert.equal(image?.src, 'https://example.com/photo.jpg');
  assert.equal(image?.credit, 'Photo: Jo Lens');
  assert.equal(typeof result.readerable, 'boolean');
  assert.deepEqual(result.wrongArgument, { name: 'InvalidInput', isError: true });
  if (worker) {
    assert.equal(result.worker?.title, 'A story', 'cleaned through articlean/worker');
    assert.equal(result.worker.textContent, result.textContent);
  }
}

test('the tarball holds exactly the files a user needs', () => {
  const info = pack();
  const files = info.files.map((f) => f.path).sort();
  const declared = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).files;
  console.log(`${info.filename}: ${info.size} B packed (${statSync(info.path).size} B on disk), ${info.unpackedSize} B unpacked, ${info.entryCount} files`);
  for (const f of [...info.files].sort((a, b) => a.path.localeCompare(b.path))) console.log(`  ${String(f.size).padStart(8)}  ${f.path}`);
  assert.deepEqual([...new Set([...declared, ...NPM_AUTOMATIC])].sort(), EXPECTED_FILES, 'package.json "files" (plus README.md, package.json) and EXPECTED_FILES disagree');
  assert.deepEqual(files, EXPECTED_FILES);
  assert.equal(info.bundled.length, 0);
});

test('Node ESM: articlean and articlean/worker by name in a fresh project', () => {
  const dir = project('node', {
    'app.mjs': `import { clean, cleanBytes, isProbablyReaderable } from 'articlean';
const PAGE = ${JSON.stringify(PAGE)};
const article = clean(PAGE, { url: ${JSON.stringify(PAGE_URL)} });
const fromBytes = cleanBytes(new TextEncoder().encode(PAGE), { url: ${JSON.stringify(PAGE_URL)} }, 'text/html; charset=utf-8');
let wrongArgument = null;
try { clean(123); } catch (e) { wrongArgument = { name: e.name, isError: e instanceof Error, message: e.message }; }
const { createCleaner } = await import('articlean/worker');
const cleaner = createCleaner({ timeoutMs: 20000 });
const viaWorker = await cleaner.clean(PAGE, { url: ${JSON.stringify(PAGE_URL)} });
cleaner.terminate();
console.log(JSON.stringify({
  resolved: import.meta.resolve('articlean'), resolvedWorker: import.meta.resolve('articlean/worker'),
  sameViaWorker: JSON.stringify(viaWorker) === JSON.stringify(article),
  article, sameFromBytes: JSON.stringify(fromBytes) === JSON.stringify(article),
  readerable: isProbablyReaderable(PAGE), wrongArgument,
}));
`,
  });
  const out = JSON.parse(execFileSync(process.execPath, ['app.mjs'], { cwd: dir, encoding: 'utf8' }));
  assert.equal(out.resolved, `file://${dir}/node_modules/articlean/js/node.js`, 'the "node" condition picks the Node entry');
  assert.equal(out.resolvedWorker, `file://${dir}/node_modules/articlean/js/worker-node.js`);
  assert.equal(out.article.title, 'A story');
  assert.ok(out.sameViaWorker, 'articlean/worker (worker_threads) gives the same article');
  assert.equal(out.article.blocks.find((b) => b.type === 'heading' && b.level === 2)?.text, 'The harbour');
  assert.equal(out.article.blocks.find((b) => b.type === 'image')?.credit, 'Photo: Jo Lens');
  assert.equal(out.article.blocks.filter((b) => b.type === 'paragraph').length, 2);
  assert.ok(out.sameFromBytes, 'cleanBytes on the UTF-8 bytes gives the same article');
  assert.equal(typeof out.readerable.readerable, 'boolean');
  assert.equal(out.wrongArgument.name, 'InvalidInput');
  assert.ok(out.wrongArgument.isError);
  assert.match(out.wrongArgument.message, /html must be a string/);
  // The licences the package declares travel with it.
  const installed = join(dir, 'node_modules/articlean');
  assert.match(readFileSync(join(installed, 'LICENSE-MIT'), 'utf8'), /Permission is hereby granted, free of charge/);
  assert.match(readFileSync(join(installed, 'LICENSE-APACHE'), 'utf8'), /END OF TERMS AND CONDITIONS/);
});

test('Vite production build runs in Chromium', { timeout: 120000 }, async () => {
  const dir = project('vite', {
    'index.html': INDEX_HTML('<script type="module" src="/main.js"></script>'),
    'main.js': browserApp({ init: {}, worker: true }),
  });
  const { build, createLogger } = await import('vite');
  const logger = createLogger('warn', { allowClearScreen: false });
  const warnings = [];
  logger.warn = (msg) => warnings.push(msg);
  logger.warnOnce = logger.warn;
  const output = await build({
    root: dir, configFile: false, logLevel: 'warn', customLogger: logger,
    build: { outDir: join(dir, 'dist'), emptyOutDir: true },
  });
  for (const w of warnings) console.log(`vite warning: ${w}`);
  const emitted = [output].flat().flatMap((o) => o.output.map((chunk) => chunk.fileName));
  assert.ok(emitted.some((f) => f.endsWith('.wasm')), `Vite emitted the .wasm asset: ${emitted}`);
  assertBrowserResult(await runInChromium(join(dir, 'dist')), { worker: true });
});

test('webpack 5 production build runs in Chromium', { timeout: 120000 }, async () => {
  const dir = project('webpack', { 'main.js': browserApp({ init: {}, worker: true }) });
  const { default: webpack } = await import('webpack');
  const dist = join(dir, 'dist');
  const compiler = webpack({
    mode: 'production', context: dir, entry: './main.js', devtool: false,
    output: { path: dist, filename: 'main.js', clean: true },
  });
  const stats = await new Promise((resolve, reject) => compiler.run((err, s) => (err ? reject(err) : resolve(s))));
  await new Promise((resolve) => compiler.close(resolve));
  const json = stats.toJson({ all: false, errors: true, warnings: true, assets: true });
  for (const w of json.warnings) console.log(`webpack warning: ${w.message.replace(/\s+/g, ' ').slice(0, 300)}`);
  assert.deepEqual(json.errors.map((e) => e.message), [], 'webpack errors');
  const assets = json.assets.map((a) => a.name);
  assert.ok(assets.some((a) => a.endsWith('.wasm')), `webpack emitted the .wasm asset: ${assets}`);
  writeFileSync(join(dist, 'index.html'), INDEX_HTML('<script src="main.js"></script>'));
  assertBrowserResult(await runInChromium(dist), { worker: true });
});

test('esbuild bundle runs in Chromium', { timeout: 120000 }, async () => {
  // esbuild does not follow `new URL(..., import.meta.url)`: its users import the .wasm as a file asset
  // through the package's "./articlean_bg.wasm" export and pass its URL to init().
  const dir = project('esbuild', {
    'main.js': browserApp({ init: { imports: "import wasmUrl from 'articlean/articlean_bg.wasm';", argument: 'wasmUrl' }, worker: false }),
  });
  const { build } = await import('esbuild');
  const dist = join(dir, 'dist');
  const result = await build({
    entryPoints: [join(dir, 'main.js')], absWorkingDir: dir,
    bundle: true, format: 'esm', platform: 'browser', target: 'es2022', minify: true,
    loader: { '.wasm': 'file' }, outdir: dist, logLevel: 'silent', metafile: true,
  });
  for (const w of result.warnings) console.log(`esbuild warning: ${w.text}`);
  const inputs = Object.keys(result.metafile.inputs);
  assert.ok(inputs.includes('node_modules/articlean/pkg/articlean.js'), `bundled the installed browser entry: ${inputs}`);
  assert.ok(!inputs.some((i) => i.endsWith('js/node.js')), 'the Node entry must not reach a browser bundle');
  writeFileSync(join(dist, 'index.html'), INDEX_HTML('<script type="module" src="main.js"></script>'));
  assertBrowserResult(await runInChromium(dist), { worker: false });
});

// A strict project's own code: the types narrow (no `any` leaks), options are checked, error names are
// a closed set. The DOM lib is on because the glue's init() types name fetch and WebAssembly types.
const CONSUMER_TS = `import init, { clean, cleanBytes, isProbablyReaderable } from 'articlean';
import type { Article, Block, CleanOptions, CleanError, CleanErrorCode, EdgeErrorCode, Readerable } from 'articlean';
import { createCleaner, type WorkerCleanError } from 'articlean/worker';

const options: CleanOptions = { url: 'https://example.com/', favor: 'precision', format: 'markdown', limits: { maxInputBytes: 1 << 20 } };

export function describeBlock(block: Block): string {
  switch (block.type) {
    case 'heading':
      return 'h' + block.level.toFixed(0) + ' ' + block.text;
    case 'image':
      return block.src + (block.credit === null ? '' : ' by ' + block.credit);
    case 'list':
      return block.items.join(', ');
    case 'table':
      return block.rows.length + ' rows, ' + block.headerRows + ' header rows';
    default:
      return block.type;
  }
}

export function isLimit(e: unknown): boolean {
  const error = e as CleanError;
  const limits: CleanErrorCode[] = ['InputTooLarge', 'TooManyNodes', 'WorkLimit'];
  const edge: EdgeErrorCode = 'InvalidInput';
  return error instanceof Error && (error.name === edge || limits.includes(error.name as CleanErrorCode));
}

export async function main(html: string, bytes: Uint8Array): Promise<string> {
  await init();
  const article: Article = clean(html, options);
  const again: Article = cleanBytes(bytes, null, 'text/html; charset=utf-8');
  cleanBytes(new ArrayBuffer(0));
  const readerable: Readerable = isProbablyReaderable(html);
  const title: string = article.title ?? again.title ?? '';
  const markdown: string | null = article.markdown;
  try {
    clean(html, { limits: { maxInputBytes: 1 } });
  } catch (e) {
    if ((e as CleanError).name === 'InvalidInput') return 'never';
  }
  const lines = [title, markdown, String(readerable.score), ...article.blocks.map(describeBlock)];
  const cleaner = createCleaner({ timeoutMs: 5000 });
  const viaWorker: Article = await cleaner.clean(html, options, { timeoutMs: 1000 });
  try {
    await cleaner.clean(bytes, null, { timeoutMs: 1, contentType: 'text/html' });
  } catch (e) {
    if ((e as WorkerCleanError).name === 'Timeout' || (e as WorkerCleanError).name === 'WorkLimit') lines.push('too slow');
  }
  cleaner.terminate();
  lines.push(viaWorker.title ?? '');
  return lines.join('\\n');
}
`;

const BAD_TS_HEADER = [
  "import { clean, type Article, type CleanError } from 'articlean';",
  "import { createCleaner, type WorkerCleanError } from 'articlean/worker';",
];
// Each line must fail to compile; if any passes, the types have gone loose (e.g. to \`any\`).
const BAD_TS = [
  ['TS2345', "clean(123);"],
  ['TS2339', "clean('').blocks.map((b) => b.level);"],
  ['TS2339', "clean('').blocks.forEach((b) => { if (b.type === 'paragraph') b.credit; });"],
  ['TS2561', "clean('', { favour: 'recall' });"],
  ['TS2322', "clean('', { favor: 'fast' });"],
  ['TS2367', "try { clean(''); } catch (e) { if ((e as CleanError).name === 'Timeout') {} }"],
  ['TS2322', "const t: string = clean('').title;"],
  ['TS2367', "createCleaner().clean('').catch((e: WorkerCleanError) => e.name === 'TimedOut');"],
  ['TS2740', "const a: Article = createCleaner().clean('');"],
];

test('strict TypeScript consumer compiles, and broken code does not', { timeout: 60000 }, () => {
  const strict = { strict: true, noEmit: true, skipLibCheck: false, target: 'es2022', lib: ['es2022', 'dom'], types: [] };
  const dir = project('typescript', {
    'consumer.ts': CONSUMER_TS,
    'bad.ts': `${BAD_TS_HEADER.join('\n')}\n${BAD_TS.map(([, line]) => line).join('\n')}\nexport {};\n`,
    'tsconfig.json': JSON.stringify({ compilerOptions: { ...strict, module: 'nodenext', moduleResolution: 'nodenext' }, files: ['consumer.ts'] }),
    'tsconfig.bundler.json': JSON.stringify({ compilerOptions: { ...strict, module: 'esnext', moduleResolution: 'bundler' }, files: ['consumer.ts'] }),
    'tsconfig.bad.json': JSON.stringify({ compilerOptions: { ...strict, module: 'nodenext', moduleResolution: 'nodenext' }, files: ['bad.ts'] }),
  });
  const tsc = (config) => spawnSync(bin('tsc'), ['-p', join(dir, config)], { cwd: dir, encoding: 'utf8' });
  for (const config of ['tsconfig.json', 'tsconfig.bundler.json']) {
    const run = tsc(config);
    assert.equal(run.status, 0, `tsc -p ${config}:\n${run.stdout}${run.stderr}`);
  }
  const bad = tsc('tsconfig.bad.json');
  assert.notEqual(bad.status, 0, 'the deliberately wrong file must not compile');
  const errors = bad.stdout.split('\n').filter((l) => l.startsWith('bad.ts('));
  BAD_TS.forEach(([code, line], i) => {
    const lineNumber = i + 1 + BAD_TS_HEADER.length;
    assert.ok(errors.some((e) => e.startsWith(`bad.ts(${lineNumber},`) && e.includes(code)), `expected ${code} on \`${line}\`, tsc said:\n${bad.stdout}`);
  });
  assert.equal(errors.filter((e) => !BAD_TS.some((_, i) => e.startsWith(`bad.ts(${i + 1 + BAD_TS_HEADER.length},`))).length, 0, `unexpected errors:\n${bad.stdout}`);
});

test('publint finds no errors in the tarball', { timeout: 60000 }, async () => {
  const { publint } = await import('publint');
  const { formatMessage } = await import('publint/utils');
  const data = readFileSync(pack().path);
  const { messages, pkg } = await publint({ pack: { tarball: data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength) }, level: 'suggestion' });
  for (const m of messages) console.log(`publint ${m.type}: ${formatMessage(m, pkg, { color: false })}`);
  assert.deepEqual(messages.filter((m) => m.type === 'error').map((m) => formatMessage(m, pkg, { color: false })), []);
});

test('arethetypeswrong finds no problem for ESM consumers', { timeout: 60000 }, () => {
  // "./articlean_bg.wasm" is an asset for bundlers' file loaders, not a module with types.
  const run = spawnSync(bin('attw'), [pack().path, '--format', 'json', '--no-definitely-typed', '--exclude-entrypoints', './articlean_bg.wasm'], {
    cwd: work, encoding: 'utf8',
  });
  const { analysis } = JSON.parse(run.stdout);
  assert.ok(analysis?.entrypoints, `attw gave no analysis: ${run.stdout}${run.stderr}`);
  const problems = analysis.problems ?? [];
  // The package is ESM only (a wasm-bindgen web-target glue), so CommonJS `require` and the pre-exports
  // node10 resolution are out of scope; attw's "esm-only" profile ignores exactly these two.
  const outOfScope = (p) => p.resolutionKind === 'node10' || p.resolutionKind === 'node16-cjs';
  for (const p of problems) console.log(`attw ${outOfScope(p) ? 'warning (CJS/node10)' : 'error'}: ${p.kind} at ${p.entrypoint} (${p.resolutionKind ?? 'all'})`);
  assert.deepEqual(Object.keys(analysis.entrypoints).sort(), ['.', './package.json', './web', './worker']);
  assert.deepEqual(problems.filter((p) => !outOfScope(p)), []);
});
