// The demo page in headless Chromium: load the bundled sample, clean it (in the Web Worker of
// js/worker.js), and check what a person sees. test-js/e2e/worker.test.mjs covers long cleans.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { artifactPath, demoHarness, watchErrors } from '../helpers.mjs';

const harness = demoHarness();

test('the sample page is cleaned and every part of the result is shown', async () => {
  const page = await harness.browser.newPage({ viewport: { width: 1280, height: 900 } });
  const errors = watchErrors(page);
  await page.goto(harness.server.url);
  await page.waitForFunction(() => window.__ready === true);
  await page.click('#load-sample');
  await page.waitForSelector('body[data-cleaned=true]');

  const article = await page.evaluate(() => window.__articlean.article);
  const title = await page.textContent('#title');
  assert.equal(title, article.title);
  assert.match(title, /Kim Jong-un|Harbour/);

  // Reader: the sanitized content is rendered in the sandboxed frame.
  const frame = page.frameLocator('#content');
  const firstParagraph = article.blocks.find((b) => b.type === 'paragraph').text;
  assert.equal((await frame.locator('p').first().textContent()).trim(), firstParagraph);

  // Blocks: one list item per block, typed.
  const blockTypes = await page.$$eval('#blocks [data-block-type]', (items) => items.map((i) => i.dataset.blockType));
  assert.deepEqual(blockTypes, article.blocks.map((b) => b.type));
  assert.ok(blockTypes.includes('paragraph') && blockTypes.includes('image'));

  // Removed: grouped by kind, with reasons.
  const kinds = await page.$$eval('#removed [data-removed-kind]', (groups) => groups.map((g) => g.dataset.removedKind));
  assert.deepEqual(new Set(kinds), new Set(article.removed.map((r) => r.kind)));
  assert.ok(kinds.includes('cookie'), `cookie notice listed as removed: ${kinds}`);
  const reasons = await page.$$eval('#removed .reason', (r) => r.map((x) => x.textContent));
  assert.equal(reasons.length, article.removed.length);

  // Credits: shown apart from captions, and not inside the rendered caption.
  const credits = await page.$$eval('#credits .credit', (c) => c.map((x) => x.textContent));
  const expected = article.blocks.filter((b) => b.type === 'image' && b.credit).map((b) => b.credit);
  assert.ok(expected.length > 0, 'the sample has a credited image');
  assert.deepEqual(credits, expected);
  const captions = await frame.locator('figcaption').allTextContents();
  for (const credit of expected) assert.ok(!captions.some((c) => c.includes(credit)), `credit ${credit} leaked into a caption`);

  // Timing (the clean ran in the Worker) and raw JSON.
  assert.match(await page.textContent('#timing'), /clean\(\)\d+(\.\d)? ms/);
  assert.match(await page.textContent('#timing'), /runs ina Web Worker/);
  await page.click('[data-tab=json]');
  assert.deepEqual(JSON.parse(await page.textContent('#json')), article);
  // Markdown: one more clean in the Worker with format "markdown" when the tab opens.
  await page.click('[data-tab=markdown]');
  await page.waitForFunction(() => document.getElementById('markdown').textContent.startsWith('# '));
  assert.ok((await page.textContent('#markdown')).startsWith(`# ${article.title}\n`));
  await page.click('[data-tab=reader]');

  await page.screenshot({ path: artifactPath('demo.png'), fullPage: false });
  assert.deepEqual(errors, []);
});

test('pasted HTML with options set in the form is cleaned as text', async () => {
  const page = await harness.browser.newPage();
  const errors = watchErrors(page);
  await page.goto(harness.server.url);
  await page.waitForFunction(() => window.__ready === true);
  await page.fill('#html', '<title>Pasted</title><article><p>Pasted text with a <a href="/rel">relative link</a>.</p></article>');
  await page.click('.options summary');
  await page.fill('#opt-url', 'https://example.com/dir/page.html');
  await page.selectOption('#opt-favor', 'recall');
  await page.click('#clean');
  await page.waitForSelector('body[data-cleaned=true]');
  const article = await page.evaluate(() => window.__articlean.article);
  assert.match(article.textContent, /Pasted text/);
  assert.match(article.content, /href="https:\/\/example\.com\/rel"/);
  assert.match(await page.textContent('#timing'), /\(text\)/);
  assert.deepEqual(errors, []);
});
