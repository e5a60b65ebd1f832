// `npm run bench:browser`: the same comparison as bench/node.mjs inside headless Chromium (or Firefox
// ESR with `-- --browser firefox`), where Readability.js and Defuddle parse with the browser's own
// DOMParser: what an extension author actually chooses between. Serves the repo and the corpus on
// 127.0.0.1 (cross-origin isolated, so performance.now() has 5 µs resolution instead of 100 µs in
// Chromium) and prints the tables here. Chromium runs through playwright-core; Firefox through
// geckodriver's WebDriver (playwright drives only its own patched Firefox builds).
//   node bench/browser.mjs [--rounds N] [--browser chromium|firefox] [--set scrapinghub|wcxb-dev]
//   CHROMIUM_PATH overrides /usr/bin/chromium, FIREFOX_PATH /usr/bin/firefox-esr
import { spawn } from 'node:child_process';
import { createServer } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { loadPages, corpusDir, setFromArgs } from './corpus.mjs';
import { printReport } from './report.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const rounds = args.includes('--rounds') ? Number(args[args.indexOf('--rounds') + 1]) : 1;
const browserName = args.includes('--browser') ? args[args.indexOf('--browser') + 1] : 'chromium';
const executablePath = browserName === 'firefox'
  ? process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr'
  : process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const set = setFromArgs(args);
const pages = loadPages(root, set);
if (!pages) {
  console.log(`bench:browser: skipped: no corpus at ${corpusDir(root, set)}/pages`);
  process.exit(0);
}
if (!existsSync(executablePath)) {
  console.log(`bench:browser: skipped: no ${browserName} at ${executablePath}`);
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

/** Runs the bench page in headless Firefox through geckodriver; resolves to [result, version]. */
async function runInFirefox(url) {
  const free = createServer();
  await new Promise((ok) => free.listen(0, '127.0.0.1', ok));
  const driverPort = free.address().port;
  await new Promise((ok) => free.close(ok));
  const driver = spawn(process.env.GECKODRIVER ?? 'geckodriver', ['--host', '127.0.0.1', '--port', String(driverPort)],
    { stdio: 'ignore' });
  const base = `http://127.0.0.1:${driverPort}`;
  const call = async (method, path, body) => {
    const response = await fetch(base + path, { method, headers: { 'Content-Type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body) });
    const data = await response.json();
    if (!response.ok) throw new Error(`geckodriver ${path}: ${JSON.stringify(data.value)}`);
    return data.value;
  };
  try {
    for (let tries = 0; ; tries++) {
      try { if ((await call('GET', '/status')).ready) break; } catch (e) { if (tries > 100) throw e; }
      await new Promise((ok) => setTimeout(ok, 100));
    }
    const session = await call('POST', '/session', { capabilities: { alwaysMatch: {
      browserName: 'firefox',
      'moz:firefoxOptions': { binary: executablePath, args: ['-headless'],
        prefs: { 'app.update.enabled': false, 'datareporting.policy.dataSubmissionEnabled': false,
          'toolkit.telemetry.enabled': false, 'network.captive-portal-service.enabled': false } },
      timeouts: { pageLoad: 600000, script: 60000 } } } });
    const id = session.sessionId;
    try {
      await call('POST', `/session/${id}/url`, { url });
      for (;;) {
        const result = await call('POST', `/session/${id}/execute/sync`,
          { script: 'return window.__bench === undefined ? null : window.__bench;', args: [] });
        if (result) return [result, session.capabilities.browserVersion];
        await new Promise((ok) => setTimeout(ok, 1000));
      }
    } finally {
      await call('DELETE', `/session/${id}`).catch(() => {});
    }
  } finally {
    driver.kill();
  }
}

if (browserName === 'firefox') {
  try {
    const [result, version] = await runInFirefox(`http://127.0.0.1:${port}/bench/browser.html?rounds=${rounds}`);
    if (result.error) throw new Error(result.error);
    console.log(`bench:browser: ${pages.length} pages, Firefox ${version}, ${rounds} round(s), ` +
      `timer resolution ${result.resolutionMs} ms`);
    printReport(result);
    for (const [name, message] of Object.entries(result.firstError)) console.log(`first failure of ${name}: ${message}`);
  } finally {
    server.close();
  }
  process.exit(0);
}

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
