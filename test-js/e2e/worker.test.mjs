// The Worker entry in headless Chromium, on the demo page (which cleans through js/worker.js): the page
// keeps painting while a 20 MB page is cleaned, a time limit stops a clean with `Timeout` and the next
// clean still works, Cancel stops the worker, and the entry keeps error names and transfers bytes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { artifactPath, demoHarness, watchErrors } from '../helpers.mjs';

const harness = demoHarness();

async function openDemo() {
  const page = await harness.browser.newPage({ viewport: { width: 1280, height: 900 } });
  const errors = watchErrors(page);
  await page.goto(harness.server.url);
  await page.waitForFunction(() => window.__ready === true);
  await page.click('.options summary');
  return { page, errors };
}

/** A page of about `size` characters: a short story inside link boxes, built in the browser. */
function makePage(size) {
  const story = Array.from({ length: 30 }, (_, i) => `<p>Paragraph ${i + 1} of the story, long enough to be
prose: it has commas, clauses, and a full stop at the end of every sentence it holds.</p>`).join('\n');
  const parts = ['<html><head><title>Made in the test</title></head><body><article><h1>Made in the test</h1>', story, '</article>'];
  for (let i = 0, length = 0; length < size; i++) {
    const box = `<div class="related"><ul>${'<li><a href="/x">Another story</a></li>'.repeat(8)}</ul></div>\n`;
    parts.push(box);
    length += box.length;
  }
  parts.push('</body></html>');
  return parts.join('');
}

test('the demo keeps painting frames while a 20 MB page is cleaned in the Worker', async (t) => {
  const { page, errors } = await openDemo();
  // No time limit: on a busy machine this clean may take far longer than the form's default.
  await page.fill('#opt-timeout', '');
  // Every animation frame's time, from before the clean until after it: the same clock as
  // performance.now(), which the demo uses to time the clean.
  await page.evaluate(() => {
    window.__frames = [];
    const tick = (time) => {
      window.__frames.push(time);
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });

  await page.click('#load-large'); // generates the page in the browser, then cleans it as bytes
  await page.waitForSelector('body[data-cleaning=true]');
  await page.waitForTimeout(1500);
  assert.equal(await page.getAttribute('body', 'data-cleaning'), 'true', 'the clean finished too soon to measure anything');
  // Mid-clean: the elapsed counter is redrawn every frame, and a click is answered at once.
  assert.match(await page.textContent('#busy-text'), /Cleaning in a Web Worker… \d+\.\d s/);
  await page.screenshot({ path: artifactPath('demo-long-clean.png') });
  const clickStarted = Date.now();
  await page.click('.options summary');
  assert.equal(await page.$eval('.options', (d) => d.open), false);
  assert.ok(Date.now() - clickStarted < 2000, `a click took ${Date.now() - clickStarted} ms to be answered`);

  await page.waitForSelector('body[data-cleaned=true]', { timeout: 600_000 });
  const result = await page.evaluate(() => {
    const { timing, article } = window.__articlean;
    const during = window.__frames.filter((t) => t > timing.startedAt && t < timing.arrivedAt);
    const marks = [timing.startedAt, ...during, timing.arrivedAt];
    const gaps = marks.slice(1).map((t, i) => t - marks[i]);
    const longest = gaps.indexOf(Math.max(...gaps));
    return {
      timing, frames: during.length, maxGap: gaps[longest], maxGapAt: marks[longest] - timing.startedAt,
      title: article.title, paragraphs: article.blocks.filter((b) => b.type === 'paragraph').length,
    };
  });
  assert.ok(result.timing.inputBytes >= 20 * 1024 * 1024, `input was ${result.timing.inputBytes} bytes`);
  assert.equal(result.timing.fromBytes, true);
  assert.ok(result.timing.ms > 1000, `the clean took only ${result.timing.ms} ms`);
  assert.ok(result.frames >= 10, `only ${result.frames} frames in ${result.timing.ms.toFixed(0)} ms of cleaning`);
  assert.ok(result.maxGap < 250,
    `the page stopped painting for ${result.maxGap.toFixed(0)} ms, ${result.maxGapAt.toFixed(0)} ms into the clean`);
  assert.equal(result.title, 'A story inside a 20 MB page');
  assert.equal(result.paragraphs, 40);
  assert.equal(await page.textContent('#title'), result.title);
  assert.equal(await page.isHidden('#busy'), true);
  t.diagnostic(`20 MB clean: ${result.timing.ms.toFixed(0)} ms, ${result.frames} frames, longest gap ${result.maxGap.toFixed(0)} ms at ${result.maxGapAt.toFixed(0)} ms`);
  assert.deepEqual(errors, []);
});

test('a time limit stops the clean with Timeout, and the next clean works', async () => {
  const { page, errors } = await openDemo();
  await page.evaluate((html) => {
    const box = document.getElementById('html');
    box.value = html;
    box.dispatchEvent(new Event('input'));
  }, makePage(1024 * 1024));
  await page.fill('#opt-timeout', '1');
  await page.click('#clean');
  await page.waitForSelector('#error:not([hidden])');
  assert.match(await page.textContent('#error'), /^Timeout .*longer than 1 ms/);
  assert.equal(await page.getAttribute('body', 'data-cleaned'), null);

  await page.fill('#opt-timeout', '');
  await page.click('#clean');
  await page.waitForSelector('body[data-cleaned=true]', { timeout: 120_000 });
  assert.equal(await page.textContent('#title'), 'Made in the test');
  assert.equal(await page.isHidden('#error'), true);
  assert.match(await page.textContent('#timing'), /time limitnone/);
  assert.deepEqual(errors, []);
});

test('Cancel stops a long clean at once, and a fresh worker cleans the next page', async () => {
  const { page, errors } = await openDemo();
  await page.click('#load-large');
  await page.waitForSelector('body[data-cleaning=true]');
  const started = Date.now();
  await page.click('#cancel');
  await page.waitForSelector('#error:not([hidden])');
  assert.ok(Date.now() - started < 3000, `cancelling took ${Date.now() - started} ms`);
  assert.match(await page.textContent('#error'), /^Cancelled /);
  assert.equal(await page.isHidden('#busy'), true);

  await page.click('#load-sample');
  await page.waitForSelector('body[data-cleaned=true]', { timeout: 60_000 });
  assert.match(await page.textContent('#title'), /Kim Jong-un|Harbour/);
  assert.deepEqual(errors, []);
});

test('createCleaner in the browser: same result, bytes transferred, error names, Timeout then recovery', async () => {
  const { page, errors } = await openDemo();
  const result = await page.evaluate(async (html) => {
    const { createCleaner } = await import('/js/worker.js');
    const web = await import('/js/web.js');
    await web.default();
    const outcome = (promise) => promise.then(
      (article) => ({ ok: article.title }),
      (e) => ({ name: e.name, message: e.message, isError: e instanceof Error }));

    const cleaner = createCleaner({ timeoutMs: 60_000 });
    const small = '<title>Small</title><article><p>' + 'A sentence of prose, with a comma. '.repeat(30) + '</p></article>';
    const same = JSON.stringify(await cleaner.clean(small, { url: 'https://example.com/' })) ===
      JSON.stringify(web.clean(small, { url: 'https://example.com/' }));

    const bytes = new TextEncoder().encode(small);
    const buffer = bytes.buffer;
    const fromBytes = cleaner.clean(bytes, null, { contentType: 'text/html; charset=utf-8' });
    const detachedAtOnce = buffer.byteLength === 0;
    const bytesTitle = (await fromBytes).title;
    const again = await outcome(cleaner.clean(bytes));

    // Only part of a buffer: copied, so the caller's buffer stays whole.
    const part = new TextEncoder().encode(`xx${small}`).subarray(2);
    const partLength = part.byteLength;
    await cleaner.clean(part);
    const partKept = part.byteLength === partLength && part.buffer.byteLength === partLength + 2;

    const invalidInput = await outcome(cleaner.clean(42));
    const invalidOptions = await outcome(cleaner.clean(small, { favour: 'recall' }));
    const tooManyNodes = await outcome(cleaner.clean(small, { limits: { maxNodes: 3 } }));

    const timedOut = await outcome(cleaner.clean(html, null, { timeoutMs: 1 }));
    const queuedBehind = [cleaner.clean(html, null, { timeoutMs: 1 }), cleaner.clean(small)].map(outcome);
    const [first, second] = await Promise.all(queuedBehind);
    const after = await outcome(cleaner.clean(small));

    const pending = outcome(cleaner.clean(html));
    cleaner.terminate();
    const terminated = await pending;
    const afterTerminate = await outcome(cleaner.clean(small));
    cleaner.terminate();
    return { same, detachedAtOnce, bytesTitle, again, partKept, invalidInput, invalidOptions, tooManyNodes, timedOut, first, second, after, terminated, afterTerminate };
  }, makePage(1024 * 1024));

  assert.equal(result.same, true, 'the Worker result differs from clean()');
  assert.equal(result.detachedAtOnce, true, 'the bytes were copied, not transferred');
  assert.equal(result.bytesTitle, 'Small');
  assert.equal(result.again.name, 'InvalidInput', 'bytes already transferred are refused by name');
  assert.match(result.again.message, /detached/);
  assert.equal(result.partKept, true);
  assert.equal(result.invalidInput.name, 'InvalidInput');
  assert.equal(result.invalidOptions.name, 'InvalidOptions');
  assert.match(result.invalidOptions.message, /favour/);
  assert.equal(result.invalidOptions.isError, true);
  assert.equal(result.tooManyNodes.name, 'TooManyNodes');
  assert.deepEqual([result.timedOut.name, result.timedOut.isError], ['Timeout', true]);
  assert.match(result.timedOut.message, /1 ms/);
  assert.equal(result.first.name, 'Timeout');
  assert.equal(result.second.name, 'Terminated', 'a call queued behind a timed-out one is rejected with Terminated');
  assert.equal(result.after.ok, 'Small');
  assert.equal(result.terminated.name, 'Terminated');
  assert.equal(result.afterTerminate.ok, 'Small');
  assert.deepEqual(errors, []);
});

test('a module that cannot be loaded in the worker rejects with WorkerFailed', async () => {
  // Not watched for console errors: the 404 of the missing module is logged, as it should be.
  const page = await harness.browser.newPage();
  await page.goto(harness.server.url);
  await page.waitForFunction(() => window.__ready === true);
  const outcome = await page.evaluate(async () => {
    const { createCleaner } = await import('/js/worker.js');
    const cleaner = createCleaner({ wasm: new URL('/pkg/missing.wasm', location.href) });
    return cleaner.clean('<p>x</p>').then(() => ({ name: 'none' }), (e) => ({ name: e.name, message: e.message }));
  });
  assert.equal(outcome.name, 'WorkerFailed');
  assert.match(outcome.message, /could not load the WebAssembly module/);
  await page.close();
});
