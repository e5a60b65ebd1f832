// JS clean() must give exactly the native CLI's article on every dev-corpus page.
//   node test-js/corpus-parity.mjs [--shared DIR] [--cli PATH]
// Runs `articlean --jsonl` over ../shared/corpus/*/pages/*.html, runs the package's cleanBytes() on the
// same bytes (so encoding detection is compared too), and compares the two article objects (the CLI's
// per-page timing lives outside the article and is ignored). Prints the count; exits 1 on any
// difference, listing the first differing key per page.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cleanBytes } from 'articlean';

const root = fileURLToPath(new URL('..', import.meta.url));
const arg = (name, fallback) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const shared = resolve(arg('--shared', process.env.ARTICLEAN_SHARED ?? join(root, '..', 'shared')));
const cli = resolve(arg('--cli', join(process.env.CARGO_TARGET_DIR ?? join(root, 'target'), 'release', 'articlean')));
const corpus = join(shared, 'corpus');
if (!existsSync(corpus)) {
  console.log(`corpus-parity: skipped (${corpus} not found)`);
  process.exit(0);
}
if (!existsSync(cli)) {
  console.error(`corpus-parity: CLI not found at ${cli} (cargo build --release --bin articlean)`);
  process.exit(1);
}

const files = readdirSync(corpus, { withFileTypes: true })
  .filter((d) => d.isDirectory() && existsSync(join(corpus, d.name, 'pages')))
  .flatMap((d) => readdirSync(join(corpus, d.name, 'pages'))
    .filter((f) => f.endsWith('.html'))
    .sort()
    .map((f) => join(corpus, d.name, 'pages', f)));

const native = new Map();
const BATCH = 100; // keeps each command line short
for (let i = 0; i < files.length; i += BATCH) {
  const out = execFileSync(cli, ['--jsonl', ...files.slice(i, i + BATCH)], { maxBuffer: 1 << 30, encoding: 'utf8' });
  for (const line of out.split('\n').filter(Boolean)) {
    const row = JSON.parse(line);
    native.set(row.file, row);
  }
}

/** First path where two JSON values differ, or null. */
function firstDifference(a, b, path = '') {
  if (Object.is(a, b)) return null;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null || Array.isArray(a) !== Array.isArray(b)) {
    return `${path || '.'}: native ${JSON.stringify(a)?.slice(0, 120)} vs js ${JSON.stringify(b)?.slice(0, 120)}`;
  }
  const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])];
  for (const key of keys) {
    const d = firstDifference(a[key], b[key], `${path}.${key}`);
    if (d) return d;
  }
  // Key order is not compared: the CLI's --jsonl rows go through serde_json::Value, which sorts keys.
  // (tests/wasm_common checks the order against the struct's own serialization.)
  return null;
}

let same = 0;
const differences = [];
let jsMs = 0;
for (const file of files) {
  const row = native.get(file);
  let js;
  const started = performance.now();
  try {
    js = { article: cleanBytes(readFileSync(file)) };
  } catch (e) {
    js = { error: { code: e.name, message: e.message } };
  }
  jsMs += performance.now() - started;
  const expected = row?.article ? { article: row.article } : { error: row?.error };
  const diff = firstDifference(expected, js);
  if (diff) differences.push(`${file.slice(corpus.length + 1)}: ${diff}`);
  else same += 1;
}

for (const d of differences.slice(0, 20)) console.log(`  differs ${d}`);
console.log(`corpus-parity: ${same}/${files.length} pages give the same article in JS as in the native CLI ` +
  `(JS cleanBytes: ${(jsMs / 1000).toFixed(1)} s in all, ${(jsMs / files.length).toFixed(1)} ms/page on average)`);
process.exit(differences.length || files.length === 0 ? 1 : 0);
