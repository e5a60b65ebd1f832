// The MV3 extension in headless Chromium: load it unpacked, open a local article page, trigger the
// reader view, and check the article appears without the page's cookie notice or image credits, that
// the reader cleaned it in a Web Worker (or got it from the service worker when the page is too large
// to hand over), and that "Copy as Markdown" puts the article's Markdown on the clipboard.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM, CHROMIUM_ARGS, artifactPath, root, startServer, watchErrors } from '../helpers.mjs';

let server, context, extDir, profileDir;
const workerScripts = []; // the script URL of every Web Worker an extension page started

before(async () => {
  const source = join(root, 'examples/extension');
  assert.ok(existsSync(join(source, 'pkg/articlean_bg.wasm')), 'run `npm run build` first (copies pkg/ into the extension)');
  assert.ok(existsSync(join(source, 'js/worker-thread.js')), 'run `npm run build` first (copies js/ into the extension)');
  // A toolbar click grants activeTab; a test cannot click the toolbar, so the test copy of the
  // manifest grants the local test server's origin instead.
  extDir = mkdtempSync(join(tmpdir(), 'articlean-ext-'));
  cpSync(source, extDir, { recursive: true });
  const manifest = JSON.parse(readFileSync(join(extDir, 'manifest.json'), 'utf8'));
  manifest.host_permissions = ['http://127.0.0.1/*'];
  writeFileSync(join(extDir, 'manifest.json'), JSON.stringify(manifest, null, 2));

  server = await startServer();
  profileDir = mkdtempSync(join(tmpdir(), 'articlean-profile-'));
  context = await chromium.launchPersistentContext(profileDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: [...CHROMIUM_ARGS, `--disable-extensions-except=${extDir}`, `--load-extension=${extDir}`],
  });
  // Attached as each page opens, before its scripts run, so no worker start is missed.
  context.on('page', (page) => page.on('worker', (worker) => workerScripts.push(worker.url())));
});

after(async () => {
  await context?.close();
  server?.close();
  for (const dir of [extDir, profileDir]) if (dir) rmSync(dir, { recursive: true, force: true });
});

async function extensionWorker() {
  let [worker] = context.serviceWorkers();
  worker ??= await context.waitForEvent('serviceworker');
  // The reader's copy button writes to the clipboard, and the test reads it back.
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  return worker;
}

/** Opens the sample article in a tab and the reader for it, as a toolbar click would. */
async function openReaderFor(settings) {
  const worker = await extensionWorker();
  const page = await context.newPage();
  const articleUrl = `${server.url}sample.html`;
  await page.goto(articleUrl);
  const pageText = await page.textContent('body');
  const readerOpened = context.waitForEvent('page', (p) => p.url().includes('/reader.html'));
  await worker.evaluate(async ([url, options]) => {
    const [tab] = await chrome.tabs.query({ url });
    await self.openReader(tab, options);
  }, [articleUrl, settings]);
  const reader = await readerOpened;
  const errors = watchErrors(reader);
  await reader.waitForSelector('body[data-ready=true]', { timeout: 30000 });
  return { reader, pageText, errors };
}

/** Clicks "Copy as Markdown" and returns what landed on the clipboard. */
async function copyMarkdown(reader) {
  await reader.click('#copy-markdown');
  await reader.waitForSelector('body[data-copied]');
  assert.equal(await reader.textContent('#copy-status'), 'Copied.');
  return reader.evaluate(() => navigator.clipboard.readText());
}

test('the reader cleans the page in a Web Worker: no cookie text or credits, and Copy as Markdown works', async () => {
  const { reader, pageText, errors } = await openReaderFor(undefined);

  const title = await reader.textContent('#title');
  const body = await reader.textContent('#content');
  const paragraphs = await reader.locator('#content p').count();
  assert.ok(title.length > 10, `title: ${title}`);
  assert.ok(paragraphs >= 3, `only ${paragraphs} paragraphs`);

  // The page had a cookie notice and credited photos; the reader must have neither.
  const cookieLine = pageText.match(/[^.\n]*\bcookies?\b[^.\n]*/i)?.[0]?.trim();
  assert.ok(cookieLine, 'the test page has cookie text');
  assert.ok(!/\bcookies?\b/i.test(body), 'cookie text in the reader view');
  const creditLine = pageText.match(/(?:Source|Photo|Image|Credit):\s*[^\n<]{3,40}/)?.[0]?.trim();
  assert.ok(creditLine, 'the test page has an image credit');
  assert.ok(!body.includes(creditLine), `credit "${creditLine}" in the reader view`);

  // Cleaned here, in a Worker started from the extension's own copy of js/worker-thread.js.
  assert.equal(await reader.getAttribute('body', 'data-cleaned-in'), 'worker');
  assert.ok(workerScripts.some((url) => url.startsWith('chrome-extension://') && url.endsWith('/js/worker-thread.js')),
    `no Worker from js/worker-thread.js: ${workerScripts}`);
  assert.match(await reader.textContent('#footer'), /Original page.* in a Web Worker/);

  const markdown = await copyMarkdown(reader);
  assert.ok(markdown.startsWith(`# ${title}\n`), `Markdown starts: ${markdown.slice(0, 80)}`);
  const firstParagraph = (await reader.locator('#content p').first().textContent()).trim();
  assert.ok(markdown.includes(firstParagraph.slice(0, 40)), 'the first paragraph is in the Markdown');
  assert.ok(!/\bcookies?\b/i.test(markdown), 'cookie text in the Markdown');
  assert.equal(Number(await reader.getAttribute('body', 'data-copied')), markdown.length);

  await reader.screenshot({ path: artifactPath('extension-reader.png') });
  assert.deepEqual(errors, []);
});

test('a page too large to hand over is cleaned by the service worker itself; the reader shows it the same', async () => {
  const { reader, errors } = await openReaderFor({ handOverLimit: 1000 });
  assert.equal(await reader.getAttribute('body', 'data-cleaned-in'), 'service-worker');
  const title = await reader.textContent('#title');
  assert.match(title, /Kim Jong-un|Harbour/);
  assert.ok(await reader.locator('#content p').count() >= 3);
  assert.match(await reader.textContent('#footer'), /by the service worker/);
  const markdown = await copyMarkdown(reader);
  assert.ok(markdown.startsWith(`# ${title}\n`));
  assert.deepEqual(errors, []);
});
