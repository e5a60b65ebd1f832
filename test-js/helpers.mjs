// Shared by the browser end-to-end tests: the demo server and headless Chromium via playwright-core.
import { spawn } from 'node:child_process';
import { before, after } from 'node:test';
import { chromium } from 'playwright-core';
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('..', import.meta.url));
export const artifacts = fileURLToPath(new URL('../artifacts/', import.meta.url));
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
// Flags from the toolchain probe: no sandbox as root, and nothing that phones home (no network here).
export const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
  '--no-first-run', '--disable-sync', '--disable-quic',
];

export function artifactPath(name) {
  mkdirSync(artifacts, { recursive: true });
  return artifacts + name;
}

/** Starts scripts/serve.mjs on a free port; resolves to { url, close }. */
export function startServer() {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['scripts/serve.mjs', '--port', '0'], { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (chunk) => {
      out += chunk;
      const match = out.match(/serving (http:\/\/127\.0\.0\.1:\d+\/)/);
      if (match) resolve({ url: match[1], close: () => child.kill('SIGTERM') });
    });
    child.on('exit', (code) => reject(new Error(`server exited early (${code}): ${out}`)));
  });
}

/** Collects console errors and page errors, so a test can assert a clean run. */
export function watchErrors(page) {
  const errors = [];
  // Offline test machines cannot fetch an article's remote images; that is not a page error.
  page.on('console', (m) => {
    if (m.type() === 'error' && !/net::ERR_(NAME_NOT_RESOLVED|INTERNET_DISCONNECTED|CONNECTION_REFUSED)/.test(m.text())) {
      errors.push(m.text());
    }
  });
  page.on('pageerror', (e) => errors.push(String(e)));
  return errors;
}

/** Starts the demo server and headless Chromium before a test file's tests and stops both after them;
 *  the returned object holds `server` ({ url, close }) and `browser` once the tests run. */
export function demoHarness() {
  const harness = { server: null, browser: null };
  before(async () => {
    harness.server = await startServer();
    harness.browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  });
  after(async () => {
    await harness.browser?.close();
    harness.server?.close();
  });
  return harness;
}

/** A small news story with the furniture a real one carries (a consent banner, a credited photo), as
 *  the package tests clean it. */
export const STORY_PAGE = `<html lang="en"><head><title>A story - Example Times</title>
<meta name="author" content="Ada Writer"></head><body>
<div class="cookie-banner">We use cookies to improve your experience. Accept all cookies?</div>
<article><h1>A story</h1>
<p>The first paragraph of the story is long enough to be kept as the article body, with a few
clauses, commas, and enough words to look like prose rather than navigation.</p>
<figure><img src="/photo.jpg" alt="A photo"><figcaption>The harbour at dawn.
<span class="credit">Photo: Jo Lens</span></figcaption></figure>
<p>A second paragraph follows, so the article has more than one block of running text in it.</p>
</article></body></html>`;
