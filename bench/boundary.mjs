// The JS boundary, two ways, in one Node process (issue 17): the shipped module, which crosses with
// serde-wasm-bindgen (options read from the JS object, the article built as JS objects), against the
// same crate built with the `json-boundary` feature (options through JSON.stringify, the article as
// serde_json text that JSON.parse turns into objects). Page by page over the dev corpora in
// ../shared/corpus (scrapinghub, readability), alternating which goes first; each page keeps its
// fastest of --rounds N (default 3). Prints median / p95 / total ms per page and module sizes.
//   npm run bench:boundary            (builds both modules first)
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const shared = process.env.ARTICLEAN_SHARED ?? resolve(root, '..', 'shared');
const roundsArg = process.argv.indexOf('--rounds');
const rounds = roundsArg > 0 ? Number(process.argv[roundsArg + 1]) : 3;

const variants = [
  { name: 'serde-wasm-bindgen (shipped)', dir: join(root, 'pkg') },
  { name: 'JSON text (json-boundary)', dir: join(root, 'target/boundary/json') },
];
for (const variant of variants) {
  if (!existsSync(join(variant.dir, 'articlean.js'))) {
    console.error(`missing ${variant.dir}: run \`npm run bench:boundary\`, which builds both modules`);
    process.exit(1);
  }
  // Each glue file is its own ES module with its own instance of the module.
  variant.glue = await import(join(variant.dir, 'articlean.js'));
  const wasm = readFileSync(join(variant.dir, 'articlean_bg.wasm'));
  variant.glue.initSync({ module: wasm });
  variant.gzip = gzipSync(wasm, { level: 9 }).length;
  variant.raw = wasm.length;
  variant.times = [];
}

const pages = [];
for (const set of ['scrapinghub', 'readability']) {
  const dir = join(shared, 'corpus', set, 'pages');
  if (!existsSync(dir)) continue;
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.html')).sort()) {
    pages.push({ name: `${set}/${file}`, html: readFileSync(join(dir, file), 'utf8') });
  }
}
if (!pages.length) {
  console.error(`no corpus under ${shared}/corpus: nothing to measure`);
  process.exit(1);
}

const options = { url: 'https://example.com/article.html' };
const outputs = [];
for (const [index, page] of pages.entries()) {
  const order = index % 2 ? [...variants].reverse() : variants;
  const best = new Map(variants.map((v) => [v, Infinity]));
  let same = true;
  let reference = null;
  for (let round = 0; round < rounds; round++) {
    for (const variant of order) {
      const started = performance.now();
      const article = variant.glue.clean(page.html, options);
      const ms = performance.now() - started;
      best.set(variant, Math.min(best.get(variant), ms));
      const json = JSON.stringify(article);
      if (reference === null) reference = json;
      else if (json !== reference) same = false;
    }
  }
  if (!same) console.error(`${page.name}: the two boundaries gave different articles`);
  for (const variant of variants) variant.times.push(best.get(variant));
  outputs.push({ page: page.name, bytes: reference.length, index });
}

const quantile = (values, q) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
};
const sum = (values) => values.reduce((a, b) => a + b, 0);
const largest = outputs.sort((a, b) => b.bytes - a.bytes).slice(0, 10).map((o) => o.index);

console.log(`${pages.length} pages (scrapinghub + readability), fastest of ${rounds} rounds each, Node ${process.version}\n`);
console.log('| boundary | gzip -9 | raw | median ms | p95 ms | total ms | median ms, 10 largest articles |');
console.log('| --- | --- | --- | --- | --- | --- | --- |');
for (const v of variants) {
  const big = largest.map((i) => v.times[i]);
  console.log(`| ${v.name} | ${v.gzip.toLocaleString('en')} B | ${v.raw.toLocaleString('en')} B | ${quantile(v.times, 0.5).toFixed(2)} | ${quantile(v.times, 0.95).toFixed(2)} | ${sum(v.times).toFixed(0)} | ${quantile(big, 0.5).toFixed(2)} |`);
}
const ratios = variants[0].times.map((t, i) => t / variants[1].times[i]);
console.log(`\nper page, serde-wasm-bindgen / JSON text: median ${quantile(ratios, 0.5).toFixed(3)}, p95 ${quantile(ratios, 0.95).toFixed(3)}`);
