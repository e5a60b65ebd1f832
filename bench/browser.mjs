// `npm run bench:browser`: the same comparison as bench/node.mjs inside headless Chromium, where
// Readability.js and Defuddle parse with the browser's own DOMParser: what an extension author
// actually chooses between. Serves the repo and the corpus on 127.0.0.1 (cross-origin isolated, so
// performance.now() has 5 µs resolution instead of 100 µs) and prints the tables here.
//   node bench/browser.mjs [--rounds N]     CHROMIUM_PATH overrides /usr/bin/chromium
import { createServer } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { loadPages, corpusDir } from './corpus.mjs';
import { printReport } from './report.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const rounds = Number(args[args.indexOf('--rounds') + 1] || 1);
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const pages = loadPages(root);
if (!pages) {
  console.log(`bench:browser: skipped: no corpus at ${corpusDir(root)}/pages`);
  process.exit(0);
}
if (!existsSync(executablePath)) {
  console.log(`bench:browser: skipped: no Chromium at ${executablePath}`);
  process.exit(0);
}

const types = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.mjs': 'text/javascript',
  '.wasm': 'application/wasm', '.json': 'application/json' };
const byFile = new Map(pages.map((p) => [p.file, p]));
const server = createServer((req, res) => {
  const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
  const headers = { 'Cross-Origin-Opener-Policy': 'same-origin', 'Cross-Origin-Embedder-Policy': 'require-corp' };
  let body;
  let type;
  if (path === '/corpus/list.json') {
    body = JSON.stringify(pages.map(({ file, url, bytes }) => ({ file, url, bytes })));
    type = types['.json'];
  } else if (path.startsWith('/corpus/') && byFile.has(path.slice(8))) {
    body = byFile.get(path.slice(8)).html;
    type = types['.html'];
  } else {
    const file = join(root, normalize(path));
    if (!file.startsWith(root + '/') || !existsSync(file) || !types[extname(file)]) {
      res.writeHead(404, headers).end();
      return;
    }
    body = readFileSync(file);
    type = types[extname(file)];
  }
  res.writeHead(200, { ...headers, 'Content-Type': type }).end(body);
});
await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
const { port } = server.address();

const browser = await chromium.launch({
  executablePath,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
    '--no-first-run', '--disable-sync', '--disable-quic'],
});
try {
  const page = await browser.newPage();
  page.on('console', (m) => { if (m.text().startsWith('bench:')) console.error(m.text()); });
  page.on('pageerror', (e) => console.error(`page error: ${e.message}`));
  await page.goto(`http://127.0.0.1:${port}/bench/browser.html?rounds=${rounds}`);
  await page.waitForFunction(() => window.__bench !== undefined, null, { timeout: 0, polling: 1000 });
  const result = await page.evaluate(() => window.__bench);
  if (result.error) throw new Error(result.error);
  const version = browser.version();
  console.log(`bench:browser: ${pages.length} pages, Chromium ${version}, ${rounds} round(s), ` +
    `timer resolution ${result.resolutionMs} ms`);
  printReport(result);
  for (const [name, message] of Object.entries(result.firstError)) console.log(`first failure of ${name}: ${message}`);
} finally {
  await browser.close();
  server.close();
}
