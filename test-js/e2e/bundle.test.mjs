// A bundler build (esbuild) of a tiny app importing `articlean`, run in headless Chromium: proves the
// package's browser entry ("exports" without the node condition) and its .wasm asset work in a bundle.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { CHROMIUM, CHROMIUM_ARGS, root, watchErrors } from '../helpers.mjs';

const PAGE = `<html><head><title>Bundled - Example</title></head><body><article><h1>Bundled</h1>
<p>This page is cleaned by an esbuild bundle that imported the articlean package by name and loaded
its WebAssembly module from the URL the bundler gave the asset.</p>
<p>A second paragraph, with a <a href="../c.html">relative link</a> that the page address resolves.</p>
</article></body></html>`;

test('an esbuild bundle importing articlean cleans a page in Chromium', async () => {
  const out = mkdtempSync(join(tmpdir(), 'articlean-bundle-'));
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  try {
    const result = await build({
      entryPoints: [join(root, 'test-js/bundle-app/main.js')],
      absWorkingDir: root,
      bundle: true, format: 'esm', platform: 'browser', target: 'es2022',
      loader: { '.wasm': 'file' }, outdir: out, logLevel: 'silent', metafile: true,
    });
    const inputs = Object.keys(result.metafile.inputs);
    assert.ok(inputs.some((i) => i.endsWith('pkg/articlean.js')), `bundled the browser entry: ${inputs}`);
    assert.ok(!inputs.some((i) => i.endsWith('js/node.js')), 'the Node entry must not reach a browser bundle');

    const files = Object.fromEntries(readdirSync(out).map((f) => [f, readFileSync(join(out, f))]));
    const html = `<!doctype html><meta charset="utf-8"><link rel="icon" href="data:,"><h1 id="title"></h1>
      <script type="text/plain" id="page">${PAGE}</script><script type="module" src="main.js"></script>`;
    const page = await browser.newPage();
    const errors = watchErrors(page);
    const types = { js: 'text/javascript', wasm: 'application/wasm' };
    await page.route('http://bundle.test/**', (route) => {
      const name = new URL(route.request().url()).pathname.slice(1) || 'index.html';
      if (name === 'index.html') return route.fulfill({ body: html, contentType: 'text/html' });
      if (!files[name]) return route.fulfill({ status: 404, body: 'not found' });
      return route.fulfill({ body: files[name], contentType: types[name.split('.').pop()] ?? 'application/octet-stream' });
    });
    await page.goto('http://bundle.test/');
    await page.waitForFunction(() => window.__article !== undefined, null, { timeout: 15000 });
    const article = await page.evaluate(() => window.__article);
    assert.match(await page.textContent('#title'), /Bundled/);
    assert.match(article.textContent, /second paragraph/);
    assert.match(article.content, /href="https:\/\/example\.com\/c\.html"/);
    assert.deepEqual(errors, []);
  } finally {
    await browser.close();
    rmSync(out, { recursive: true, force: true });
  }
});
