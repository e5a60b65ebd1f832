// `npm run bench`: articlean's wasm clean() against the JavaScript extractors, in ONE Node process,
// interleaved page by page over the scrapinghub dev pages. Every contestant parses the page from the
// HTML string itself (parsing is part of the job). The floor is html5ever parsing alone, built for
// wasm the way articlean is: no extractor using that parser can beat it.
//   node bench/node.mjs [--rounds N] [--only NAME,NAME] [--set scrapinghub|wcxb-dev] [--pkg DIR]
// Needs `npm run build` (pkg/) and `bash bench/build-floor.sh` (npm run bench runs both).
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { JSDOM, VirtualConsole } from 'jsdom';
import DefuddleModule from 'defuddle';
import { clean as shippedClean } from '../js/node.js';
import { initSync as initFloor, parse as parseFloor } from './parse-floor/pkg/articlean_parse_floor.js';
import { loadPages, corpusDir, setFromArgs } from './corpus.mjs';
import { printReport, runInterleaved } from './report.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const argValue = (flag) => {
  const i = args.indexOf(flag);
  return i >= 0 ? args[i + 1] : undefined;
};
const rounds = Number(argValue('--rounds') ?? 1);
const only = argValue('--only')?.split(',');
// `--pkg DIR`: time another build of the module (a frontier row: `npm run build` with
// ARTICLEAN_PKG_DIR=DIR and other flags) in place of pkg/.
const pkgDir = argValue('--pkg');
let clean = shippedClean;
if (pkgDir) {
  const glue = await import(resolve(pkgDir, 'articlean.js'));
  glue.initSync({ module: readFileSync(resolve(pkgDir, 'articlean_bg.wasm')) });
  clean = glue.clean;
}

const set = setFromArgs(args);
const pages = loadPages(root, set);
if (!pages) {
  console.log(`bench: skipped: no corpus at ${corpusDir(root, set)}/pages`);
  process.exit(0);
}

initFloor({ module: readFileSync(new URL('./parse-floor/pkg/articlean_parse_floor_bg.wasm', import.meta.url)) });
// The package is a webpack UMD bundle: under ESM import its default export is the class, or an object
// holding it.
const Defuddle = DefuddleModule.Defuddle ?? DefuddleModule.default ?? DefuddleModule;
// jsdom prints every CSS parse error of real pages to the console unless given a quiet one.
const quietConsole = new VirtualConsole();

// Defuddle logs every malformed JSON-LD block with a stack trace; the noise would bury the table.
function quietly(run) {
  const saved = [console.log, console.warn, console.error];
  console.log = console.warn = console.error = () => {};
  try {
    return run();
  } finally {
    [console.log, console.warn, console.error] = saved;
  }
}

const text = (s) => typeof s === 'string' && s.trim().length > 0;
const extractors = [
  {
    name: 'articlean wasm clean()',
    run: (html, url) => clean(html, { url }),
    check: (a) => text(a?.textContent),
  },
  {
    name: 'Readability.js + linkedom',
    run: (html) => new Readability(parseHTML(html).document).parse(),
    check: (a) => text(a?.textContent),
  },
  {
    name: 'Readability.js + jsdom',
    run: (html, url) => {
      const dom = new JSDOM(html, { url, virtualConsole: quietConsole });
      try {
        return new Readability(dom.window.document).parse();
      } finally {
        dom.window.close();
      }
    },
    check: (a) => text(a?.textContent),
  },
  {
    name: 'Defuddle + linkedom',
    run: (html, url) => {
      const { document } = parseHTML(html);
      // The stubs defuddle's own linkedom entry point adds: linkedom has no CSSOM.
      document.styleSheets ??= [];
      if (document.defaultView && !document.defaultView.getComputedStyle) {
        document.defaultView.getComputedStyle = () => ({ display: '' });
      }
      return quietly(() => new Defuddle(document, { url }).parse());
    },
    check: (a) => text(a?.content),
  },
  {
    name: 'floor: html5ever parse (wasm)',
    run: (html) => parseFloor(html),
    check: (n) => n > 0,
  },
].filter((e) => !only || only.some((o) => e.name.toLowerCase().includes(o.toLowerCase())));

console.log(
  `bench: ${pages.length} pages from ${corpusDir(root, set)}, node ${process.version}, ` +
    `${rounds} round(s), fastest round per page`,
);
const result = await runInterleaved({
  extractors,
  pages,
  rounds,
  now: () => performance.now(),
  log: (m) => console.error(`bench: ${m}`),
});
printReport({ ...result, sizes: pages.map((p) => p.bytes), base: extractors[0].name });
for (const [name, message] of Object.entries(result.firstError)) {
  console.log(`first failure of ${name}: ${message}`);
}
