// The MV3 extension in headless Chromium: load it unpacked, open a local article page, trigger the
// reader view, and check the article appears without the page's cookie notice or image credits.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM, CHROMIUM_ARGS, artifactPath, root, startServer, watchErrors } from '../helpers.mjs';

let server, context, extDir, profileDir;

before(async () => {
  const source = join(root, 'examples/extension');
  assert.ok(existsSync(join(source, 'pkg/articlean_bg.wasm')), 'run `npm run build` first (copies pkg/ into the extension)');
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
});

after(async () => {
  await context?.close();
  server?.close();
  for (const dir of [extDir, profileDir]) if (dir) rmSync(dir, { recursive: true, force: true });
});

test('the reader view shows the article without cookie text or credits', async () => {
  let [worker] = context.serviceWorkers();
  worker ??= await context.waitForEvent('serviceworker');

  const page = await context.newPage();
  const articleUrl = `${server.url}sample.html`;
  await page.goto(articleUrl);
  const pageText = await page.textContent('body');

  const readerOpened = context.waitForEvent('page', (p) => p.url().includes('/reader.html'));
  await worker.evaluate(async (url) => {
    const [tab] = await chrome.tabs.query({ url });
    await self.openReader(tab);
  }, articleUrl);
  const reader = await readerOpened;
  const errors = watchErrors(reader);
  await reader.waitForSelector('body[data-ready=true]', { timeout: 15000 });

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
  assert.match(await reader.textContent('#footer'), /Original page/);

  await reader.screenshot({ path: artifactPath('extension-reader.png') });
  assert.deepEqual(errors, []);
});
