// Dev pages (read-only, outside the repo) with their addresses from truth.jsonl: `scrapinghub` (181
// news pages, the default) or `wcxb-dev` (1,358 pages of seven types, stored gzip-compressed).
// Every benchmark takes `--set NAME` and passes it here.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';

export const SETS = ['scrapinghub', 'wcxb-dev'];

// The `--set` argument of a benchmark's command line (default scrapinghub); exits on an unknown set.
export function setFromArgs(args) {
  const i = args.indexOf('--set');
  const set = i >= 0 ? args[i + 1] : 'scrapinghub';
  if (!SETS.includes(set)) {
    console.error(`unknown --set ${set}: one of ${SETS.join(', ')}`);
    process.exit(2);
  }
  return set;
}

export function corpusDir(root, set = 'scrapinghub') {
  const shared = process.env.ARTICLEAN_SHARED ?? resolve(root, '..', 'shared');
  return join(shared, 'corpus', set);
}

// Returns null when the corpus is absent (a fresh clone without ../shared), so callers skip cleanly.
export function loadPages(root, set = 'scrapinghub') {
  const dir = corpusDir(root, set);
  const pagesDir = join(dir, 'pages');
  if (!existsSync(pagesDir)) return null;
  const urls = new Map();
  const truth = join(dir, 'truth.jsonl');
  if (existsSync(truth)) {
    for (const line of readFileSync(truth, 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const row = JSON.parse(line);
      urls.set(row.id, row.url);
    }
  }
  return readdirSync(pagesDir)
    .filter((f) => f.endsWith('.html') || f.endsWith('.html.gz'))
    .sort()
    .map((file) => {
      const id = file.replace(/\.html(\.gz)?$/, '');
      let bytes = readFileSync(join(pagesDir, file));
      if (file.endsWith('.gz')) bytes = gunzipSync(bytes);
      return { file, url: urls.get(id) ?? 'https://example.com/', html: bytes.toString('utf8'), bytes: bytes.length };
    });
}
