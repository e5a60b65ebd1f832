// `node --test test-js/`: the npm package as a Node user sees it. Imports the package by its name
// (package.json "exports" self-reference), so a broken exports map or Node entry fails here.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { clean, cleanBytes } from 'articlean';
import { STORY_PAGE as page } from './helpers.mjs';

test('import { clean } from "articlean" works in Node with no init step', () => {
  const article = clean(page, { url: 'https://example.com/news/story.html' });
  assert.equal(typeof article.title, 'string');
  assert.match(article.textContent, /second paragraph/);
  const image = article.blocks.find((b) => b.type === 'image');
  assert.equal(image.src, 'https://example.com/photo.jpg');
  assert.equal(image.credit, 'Photo: Jo Lens');
  assert.doesNotMatch(image.caption, /Jo Lens/);
  assert.ok(!article.textContent.includes('cookies'));
});

test('the result is plain JSON data: objects, arrays, null (never undefined or Map)', () => {
  const article = clean(page);
  assert.equal(Object.getPrototypeOf(article), Object.prototype);
  assert.deepEqual(JSON.parse(JSON.stringify(article)), article);
  assert.ok('siteName' in article);
  assert.equal(article.dir, null);
});

test('errors are Error objects named by the stable code', () => {
  assert.throws(() => clean(page, { favour: 'recall' }), (e) => {
    assert.ok(e instanceof Error);
    assert.equal(e.name, 'InvalidOptions');
    assert.match(e.message, /favour/);
    return true;
  });
  assert.throws(() => clean(page, { limits: { maxInputBytes: 10 } }), { name: 'InputTooLarge' });
  assert.throws(() => cleanBytes(new Uint8Array(20), { limits: { maxInputBytes: 10 } }), { name: 'InputTooLarge' });
});

test('cleanBytes decodes a windows-1252 page declared in Content-Type', () => {
  const latin1 = Buffer.from(page.replace('A story', 'Café story'), 'latin1');
  const article = cleanBytes(latin1, null, 'text/html; charset=windows-1252');
  assert.match(article.title, /Café story/);
});

test('the published .d.ts types every export and never says any', () => {
  const dts = readFileSync(new URL('../pkg/articlean.d.ts', import.meta.url), 'utf8');
  const code = dts.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/.*$/gm, '');
  assert.doesNotMatch(code, /\bany\b/);
  assert.match(code, /export function clean\(html: string, options\?: CleanOptions \| null\): Article;/);
  assert.match(code, /export function cleanBytes\(bytes: Uint8Array \| number\[\], options\?: CleanOptions \| null, contentType\?: string \| null\): Article;/);
  for (const name of ['Article', 'Removed', 'CleanOptions', 'Limits']) assert.match(dts, new RegExp(`export interface ${name} \\{`));
  for (const name of ['Block', 'RemovedKind', 'Favor', 'CleanErrorCode']) assert.match(dts, new RegExp(`export type ${name} =`));
  // The entries' own declarations (js/index.d.ts) re-export every data type and declare each function.
  const entryDts = readFileSync(new URL('../js/index.d.ts', import.meta.url), 'utf8');
  for (const name of dts.matchAll(/export (?:interface|type) (\w+)/g)) assert.match(entryDts, new RegExp(`\\b${name[1]}\\b`), name[1]);
  for (const fn of ['clean', 'cleanBytes', 'isProbablyReaderable', 'initSync']) assert.match(entryDts, new RegExp(`export function ${fn}\\(`));
  assert.match(entryDts, /export default function init\(/);
});
