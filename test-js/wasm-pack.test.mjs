// `wasm-pack build --target web|bundler|nodejs`, run as a user would (README), must give a working,
// optimised package from Cargo.toml's [package.metadata.wasm-pack] settings: each output loads in its
// runtime and cleans a page, and its module went through wasm-opt (no name section left). wasm-pack
// takes wasm-opt from PATH, so npm binaryen's comes first (Cargo.toml says why).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { root } from './helpers.mjs';

const PAGE = `<html lang="en"><head><title>Packed by wasm-pack - Example</title></head><body><article>
<h1>Packed by wasm-pack</h1><p>A page cleaned by the bindings wasm-pack built from the crate's own
settings, long enough to be kept as the body of the article.</p></article></body></html>`;

const env = { ...process.env, PATH: `${join(root, 'node_modules/.bin')}:${process.env.PATH}` };

/** The custom sections of a module, by name (section id 0). */
function customSections(bytes) {
  const names = [];
  let at = 8;
  const leb = () => {
    let value = 0, shift = 0, byte;
    do { byte = bytes[at++]; value += (byte & 0x7f) * 2 ** shift; shift += 7; } while (byte & 0x80);
    return value;
  };
  while (at < bytes.length) {
    const id = bytes[at++];
    const size = leb();
    const end = at + size;
    if (id === 0) { const length = leb(); names.push(Buffer.from(bytes.subarray(at, at + length)).toString()); }
    at = end;
  }
  return names;
}

function build(target) {
  const outDir = join(root, 'target/wasm-pack', target);
  rmSync(outDir, { recursive: true, force: true });
  const log = execFileSync('wasm-pack', ['build', '--mode', 'no-install', '--target', target, '--out-dir', outDir],
    { cwd: root, env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  const wasm = readFileSync(join(outDir, 'articlean_bg.wasm'));
  assert.ok(!customSections(wasm).includes('name'), `${target}: the name section was stripped by wasm-opt`);
  console.log(`wasm-pack --target ${target}: ${wasm.length} B raw, ${gzipSync(wasm, { level: 9 }).length} B gzip -9`);
  return { outDir, log };
}

test('wasm-pack build --target web: loads with initSync and cleans a page', async () => {
  const { outDir } = build('web');
  const glue = await import(join(outDir, 'articlean.js'));
  glue.initSync({ module: readFileSync(join(outDir, 'articlean_bg.wasm')) });
  assert.equal(glue.clean(PAGE).title, 'Packed by wasm-pack');
});

test('wasm-pack build --target nodejs: require() works with no init step', () => {
  const { outDir } = build('nodejs');
  const glue = createRequire(import.meta.url)(join(outDir, 'articlean.js'));
  assert.equal(glue.clean(PAGE).title, 'Packed by wasm-pack');
});

test('wasm-pack build --target bundler: the ES-module-integration output runs (node --experimental-wasm-modules)', () => {
  const { outDir } = build('bundler');
  const script = `import { clean } from ${JSON.stringify(join(outDir, 'articlean.js'))};
    process.stdout.write(clean(${JSON.stringify(PAGE)}).title);`;
  const title = execFileSync(process.execPath, ['--experimental-wasm-modules', '--no-warnings', '--input-type=module', '-e', script],
    { encoding: 'utf8' });
  assert.equal(title, 'Packed by wasm-pack');
});
