// The hardened JavaScript edge (js/edge.js): every export refuses a wrong argument with an Error named
// `InvalidInput` (or `InvalidOptions` / `InputTooLarge`) before the WebAssembly module sees it, and the
// same module instance then still cleans a page exactly as before. Both entries (Node, web) are checked,
// and they must export the same names.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as nodeEntry from 'articlean';
import * as webEntry from '../js/web.js';

const PAGE = `<html lang="en"><head><title>Edge check - Example</title></head><body><article>
<h1>Edge check</h1><p>A page that must come out the same before and after a volley of wrong calls,
long enough to be kept as the body of the article by the extractor.</p>
<p>A second paragraph, so the article has more than one block.</p></article></body></html>`;

const WRONG_VALUES = [
  ['null', null],
  ['undefined', undefined],
  ['a number', 123],
  ['NaN', NaN],
  ['a bigint', 10n],
  ['an object', {}],
  ['an array', ['<p>x</p>']],
  ['a symbol', Symbol('page')],
  ['a function', () => '<p>x</p>'],
  ['a boolean', true],
  ['a String object', new String('<p>x</p>')],
];

const WRONG_OPTIONS = [
  ['a string', 'recall', 'InvalidInput'],
  ['a number', 5, 'InvalidInput'],
  ['an array', [{ favor: 'recall' }], 'InvalidInput'],
  ['a symbol', Symbol('o'), 'InvalidInput'],
  ['a Map', new Map([['favor', 'recall']]), 'InvalidInput'],
  ['a Date', new Date(), 'InvalidInput'],
  ['a class instance', new (class Settings { favor = 'recall'; })(), 'InvalidInput'],
  ['a cyclic object', (() => { const o = { limits: {} }; o.limits.self = o; return o; })(), 'InvalidOptions'],
  ['a deep object', { limits: { maxNodes: { a: { b: 1 } } } }, 'InvalidOptions'],
  ['a throwing getter', Object.defineProperty({}, 'favor', { enumerable: true, get() { throw new Error('boom'); } }), 'InvalidOptions'],
  ['Infinity', { charThreshold: Infinity }, 'InvalidOptions'],
  ['a function value', { url: () => 'x' }, 'InvalidOptions'],
  ['a misspelt key', { favour: 'recall' }, 'InvalidOptions'],
];

function throwsNamed(fn, name, what) {
  assert.throws(fn, (e) => {
    assert.ok(e instanceof Error, `${what}: threw a non-Error ${String(e)}`);
    assert.equal(e.name, name, `${what}: ${e.name}: ${e.message}`);
    assert.ok(e.message.length > 10, `${what}: the message says what was expected`);
    return true;
  }, what);
}

for (const [entryName, entry] of [['node', nodeEntry], ['web', webEntry]]) {
  test(`${entryName} entry: every export refuses wrong arguments by name, and the module still works`, () => {
    if (entryName === 'web') entry.initSync(readFileSync(new URL('../pkg/articlean_bg.wasm', import.meta.url)));
    const before = JSON.stringify(entry.clean(PAGE));
    for (const [what, value] of WRONG_VALUES) {
      throwsNamed(() => entry.clean(value), 'InvalidInput', `clean(${what})`);
      throwsNamed(() => entry.isProbablyReaderable(value), 'InvalidInput', `isProbablyReaderable(${what})`);
      throwsNamed(() => entry.cleanBytes(value), 'InvalidInput', `cleanBytes(${what})`);
    }
    throwsNamed(() => entry.cleanBytes('<p>a string, not bytes</p>'), 'InvalidInput', 'cleanBytes(string)');
    throwsNamed(() => entry.cleanBytes(new Uint8Array(4), null, 42), 'InvalidInput', 'cleanBytes contentType number');
    for (const [what, options, name] of WRONG_OPTIONS) {
      throwsNamed(() => entry.clean(PAGE, options), name, `clean(page, ${what})`);
      throwsNamed(() => entry.cleanBytes(new TextEncoder().encode(PAGE), options), name, `cleanBytes(page, ${what})`);
    }
    // Oversized input is refused before it is copied into the module's memory.
    const huge = 'x'.repeat(65 * 1024 * 1024);
    throwsNamed(() => entry.clean(huge), 'InputTooLarge', 'clean(65 MiB string)');
    throwsNamed(() => entry.isProbablyReaderable(huge), 'InputTooLarge', 'isProbablyReaderable(65 MiB string)');
    throwsNamed(() => entry.cleanBytes(new Uint8Array(65 * 1024 * 1024)), 'InputTooLarge', 'cleanBytes(65 MiB)');
    throwsNamed(() => entry.clean(PAGE, { limits: { maxInputBytes: 100 } }), 'InputTooLarge', 'clean over maxInputBytes');
    // The same instance cleans the same page to the same article.
    assert.equal(JSON.stringify(entry.clean(PAGE)), before);
    assert.equal(entry.clean(PAGE, { url: undefined, favor: null }).title, 'Edge check');
    // Bytes in every accepted form give the same article.
    const bytes = new TextEncoder().encode(PAGE);
    for (const form of [bytes, bytes.buffer.slice(0), new DataView(bytes.buffer.slice(0)), Buffer.from(PAGE)]) {
      assert.equal(JSON.stringify(entry.cleanBytes(form)), before);
    }
    assert.equal(entry.isProbablyReaderable(PAGE).readerable, false);
  });
}

test('both entries export the same names', () => {
  const names = (module) => Object.keys(module).sort();
  assert.deepEqual(names(nodeEntry), names(webEntry));
  assert.deepEqual(names(nodeEntry), ['clean', 'cleanBytes', 'default', 'initSync', 'isProbablyReaderable']);
});

test('before init the edge throws NotInitialized and never calls the module', async () => {
  // The web entry's state before `await init()` (in Node the glue module is shared by both entries and
  // already loaded, so the edge is exercised with a not-ready flag and a recording module).
  const { harden } = await import('../js/edge.js');
  const calls = [];
  const record = (name) => () => calls.push(name);
  const api = harden({ clean: record('clean'), cleanBytes: record('cleanBytes'), isProbablyReaderable: record('isProbablyReaderable') }, () => false);
  throwsNamed(() => api.clean(PAGE), 'NotInitialized', 'clean before init');
  throwsNamed(() => api.cleanBytes(new Uint8Array(3)), 'NotInitialized', 'cleanBytes before init');
  throwsNamed(() => api.isProbablyReaderable(PAGE), 'NotInitialized', 'isProbablyReaderable before init');
  // A wrong argument is still reported as such first.
  throwsNamed(() => api.clean(null), 'InvalidInput', 'clean(null) before init');
  assert.deepEqual(calls, [], 'the module was never called');
});
