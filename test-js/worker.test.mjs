// `node --test test-js/worker.test.mjs`: the Worker entry on Node's worker_threads (js/worker-node.js),
// imported by the package name, so the "./worker" export's node condition is what is tested.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { clean } from 'articlean';
import { createCleaner } from 'articlean/worker';
import { createCleanerWith } from '../js/worker-shared.js';
import { STORY_PAGE as page } from './helpers.mjs';

/** About `size` characters of page: the shared story inside many link boxes (cleaning takes ~1 µs a byte). */
function largePage(size) {
  const box = `<div class="related"><ul>${'<li><a href="/x">Another story</a></li>'.repeat(8)}</ul></div>\n`;
  return page.replace('</body>', `${box.repeat(Math.ceil(size / box.length))}</body>`);
}

const cleaners = [];
function cleaner(settings) {
  const made = createCleaner(settings);
  cleaners.push(made);
  return made;
}
after(() => {
  for (const made of cleaners) made.terminate();
});

test('a page cleaned in the worker equals the direct clean, as a string and as bytes', async () => {
  const worker = cleaner();
  const options = { url: 'https://example.com/news/story.html', format: 'markdown' };
  const direct = clean(page, options);
  assert.deepEqual(await worker.clean(page, options), direct);
  assert.deepEqual(await worker.clean(new TextEncoder().encode(page), options), direct);
  // Any typed array, and a Node Buffer, is read as its bytes.
  assert.deepEqual(await worker.clean(Buffer.from(page), options, { contentType: 'text/html; charset=utf-8' }), direct);
  const latin1 = Buffer.from(page.replace('A story', 'Café story'), 'latin1');
  const decoded = await worker.clean(latin1, null, { contentType: 'text/html; charset=windows-1252' });
  assert.match(decoded.title, /Café story/);
});

test('bytes are transferred: the caller\'s ArrayBuffer is detached as soon as clean() returns', async () => {
  const worker = cleaner();
  const bytes = new TextEncoder().encode(page);
  const { buffer } = bytes;
  const result = worker.clean(buffer);
  assert.equal(buffer.byteLength, 0);
  assert.equal(bytes.byteLength, 0);
  assert.equal((await result).title, clean(page).title);
  // Passing the same bytes again is a mistake worth naming, not an empty page.
  await assert.rejects(worker.clean(bytes), { name: 'InvalidInput', message: /detached/ });
  await assert.rejects(worker.clean(buffer), { name: 'InvalidInput', message: /detached/ });
  assert.equal((await worker.clean(new ArrayBuffer(0))).blocks.length, 0);

  // A view over part of a buffer is copied (transferring would take bytes the caller did not pass).
  const whole = new TextEncoder().encode(`junk${page}`);
  const part = whole.subarray(4);
  assert.equal((await worker.clean(part)).title, clean(page).title);
  assert.equal(whole.byteLength, page.length + 4);
  assert.equal(part.byteLength, page.length);
  // A small Node Buffer lives in Node's shared pool: copied, so neither it nor the pool is touched.
  const pooled = Buffer.from(page);
  assert.ok(pooled.buffer.byteLength > pooled.byteLength, 'the test needs a pooled Buffer');
  assert.equal((await worker.clean(pooled)).title, clean(page).title);
  assert.equal(pooled.toString(), page);
});

test('errors keep their names: checked here, or thrown by the module in the worker', async () => {
  const worker = cleaner();
  await assert.rejects(worker.clean(42), (e) => e instanceof Error && e.name === 'InvalidInput' && /a number/.test(e.message));
  await assert.rejects(worker.clean(null), { name: 'InvalidInput' });
  await assert.rejects(worker.clean(page, 'options'), { name: 'InvalidInput' });
  await assert.rejects(worker.clean(page, { url: () => 1 }), { name: 'InvalidOptions' });
  await assert.rejects(worker.clean(page, null, { timeoutMs: -5 }), { name: 'InvalidInput', message: /timeoutMs/ });
  await assert.rejects(worker.clean(page, null, { contentType: 7 }), { name: 'InvalidInput', message: /contentType/ });
  await assert.rejects(worker.clean(new Uint8Array(20), { limits: { maxInputBytes: 10 } }), { name: 'InputTooLarge' });
  assert.throws(() => createCleaner({ timeoutMs: 'soon' }), { name: 'InvalidInput' });
  assert.throws(() => createCleaner({ wasm: 5 }), { name: 'InvalidInput' });
  // A misspelt setting would silently mean "no time limit": refused instead.
  assert.throws(() => createCleaner({ timeout: 1000 }), { name: 'InvalidInput', message: /timeout/ });
  await assert.rejects(worker.clean(page, null, { timeout: 1000 }), { name: 'InvalidInput', message: /timeout/ });
  // These come from the module inside the worker and are re-created here.
  await assert.rejects(worker.clean(page, { favour: 'recall' }), (e) => {
    assert.ok(e instanceof Error);
    assert.equal(e.name, 'InvalidOptions');
    assert.match(e.message, /favour/);
    return true;
  });
  await assert.rejects(worker.clean(page, { limits: { maxNodes: 3 } }), { name: 'TooManyNodes' });
  // A rejected call does not spoil the worker.
  assert.equal((await worker.clean(page)).title, clean(page).title);
});

test('past its time limit a call rejects with Timeout, queued calls with Terminated, and the next call works', async () => {
  const big = largePage(2 * 1024 * 1024);
  const worker = cleaner({ timeoutMs: 1 });
  const started = performance.now();
  const timedOut = worker.clean(big);
  const queued = worker.clean(page, null, { timeoutMs: Infinity });
  await assert.rejects(timedOut, (e) => e instanceof Error && e.name === 'Timeout' && /1 ms/.test(e.message));
  await assert.rejects(queued, { name: 'Terminated' });
  // The worker was stopped, not waited for: a 2 MB clean takes seconds.
  assert.ok(performance.now() - started < 1500, `the timeout took ${performance.now() - started} ms`);

  // A fresh worker; a per-call limit overrides the cleaner's (this page takes far longer than 1 ms).
  assert.equal((await worker.clean(page, null, { timeoutMs: 60_000 })).title, clean(page).title);
  assert.equal((await worker.clean(largePage(100 * 1024), null, { timeoutMs: Infinity })).title, clean(page).title);
});

test('terminate() rejects every pending call with Terminated; the cleaner can be used again', async () => {
  const worker = cleaner();
  const big = largePage(1024 * 1024);
  const pending = [worker.clean(big), worker.clean(page), worker.clean(new TextEncoder().encode(page))];
  setTimeout(() => worker.terminate(), 20);
  const outcomes = await Promise.allSettled(pending);
  assert.deepEqual(outcomes.map((o) => o.status), ['rejected', 'rejected', 'rejected']);
  assert.deepEqual(outcomes.map((o) => o.reason.name), ['Terminated', 'Terminated', 'Terminated']);
  assert.equal((await worker.clean(page)).title, clean(page).title);
});

test('calls run one at a time in order, each answered by its own id', async () => {
  const worker = cleaner();
  const pages = Array.from({ length: 6 }, (_, i) => page.replace('A story', `Story ${i}`));
  const results = await Promise.all(pages.map((html, i) => (i % 2 ? worker.clean(new TextEncoder().encode(html)) : worker.clean(html))));
  assert.deepEqual(results.map((a) => a.title), pages.map((html) => clean(html).title));
});

/** A stand-in worker for the queue logic: answers each call as `reply(message, events)` says. */
function fakeSpawner(reply) {
  const started = [];
  const spawn = (events) => {
    const worker = { events, terminated: false, posted: [] };
    started.push(worker);
    return {
      post: (message) => {
        worker.posted.push(message);
        queueMicrotask(() => reply(message, events, worker));
      },
      terminate: () => {
        worker.terminated = true;
      },
    };
  };
  return { spawn, started };
}

test('a worker that cannot start, cannot load the module or crashes rejects with WorkerFailed', async () => {
  const cannotStart = createCleanerWith(() => {
    throw new ReferenceError('Worker is not defined');
  });
  await assert.rejects(cannotStart.clean(page), { name: 'WorkerFailed', message: /could not start a worker: Worker is not defined/ });

  const noModule = fakeSpawner((message, events) => {
    if (message.type === 'clean') events.message({ type: 'failed', error: { name: 'TypeError', message: 'fetch failed' } });
  });
  await assert.rejects(createCleanerWith(noModule.spawn).clean(page), { name: 'WorkerFailed', message: /fetch failed/ });
  assert.equal(noModule.started[0].terminated, true);

  // A crash fails every call waiting on that worker; the next call starts another.
  let crash = true;
  const crashing = fakeSpawner((message, events) => {
    if (message.type !== 'clean') return;
    if (crash) events.failed('out of memory');
    else events.message({ type: 'done', id: message.id, article: { title: 'ok' } });
  });
  const cleaner = createCleanerWith(crashing.spawn);
  const both = await Promise.allSettled([cleaner.clean(page), cleaner.clean(page)]);
  assert.deepEqual(both.map((o) => o.reason?.name), ['WorkerFailed', 'WorkerFailed']);
  crash = false;
  assert.deepEqual(await cleaner.clean(page), { title: 'ok' });
  assert.equal(crashing.started.length, 2);
});

test('after an InternalError the worker is retired: new calls go to a fresh one', async () => {
  const { spawn, started } = fakeSpawner((message, events) => {
    if (message.type !== 'clean') return;
    events.message({ type: 'start', id: message.id });
    if (message.input === 'trap') events.message({ type: 'error', id: message.id, error: { name: 'InternalError', message: 'unreachable' } });
    else events.message({ type: 'done', id: message.id, article: { input: message.input } });
  });
  const cleaner = createCleanerWith(spawn, { wasm: new URL('https://example.com/articlean_bg.wasm') });
  assert.equal(started.length, 0, 'the worker starts with the first call');
  await assert.rejects(cleaner.clean('trap'), { name: 'InternalError', message: 'unreachable' });
  // The init message carries the wasm address as a string (a URL object cannot be posted).
  assert.deepEqual(started[0].posted[0], { type: 'init', wasm: 'https://example.com/articlean_bg.wasm' });
  assert.equal(started[0].terminated, true);
  assert.deepEqual(await cleaner.clean('next'), { input: 'next' });
  assert.equal(started.length, 2);
  assert.equal(started[1].terminated, false);
});

test('the published types describe the Worker entry', () => {
  const dts = readFileSync(new URL('../js/worker.d.ts', import.meta.url), 'utf8');
  assert.match(dts, /export function createCleaner\(settings\?: CleanerSettings\): Cleaner;/);
  assert.match(dts, /clean\(\s*input: string \| Uint8Array \| ArrayBuffer \| ArrayBufferView,/);
  for (const name of ['Timeout', 'Terminated', 'WorkerFailed', 'InvalidInput']) assert.match(dts, new RegExp(`"${name}"`));
  assert.doesNotMatch(dts.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/.*$/gm, ''), /\bany\b/);
});
