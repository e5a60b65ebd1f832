// The scrapinghub dev pages (read-only, outside the repo) with their addresses from truth.jsonl.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export function corpusDir(root) {
  const shared = process.env.ARTICLEAN_SHARED ?? resolve(root, '..', 'shared');
  return join(shared, 'corpus', 'scrapinghub');
}

// Returns null when the corpus is absent (a fresh clone without ../shared), so callers skip cleanly.
export function loadPages(root) {
  const dir = corpusDir(root);
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
    .filter((f) => f.endsWith('.html'))
    .sort()
    .map((file) => {
      const id = file.slice(0, -'.html'.length);
      const bytes = readFileSync(join(pagesDir, file));
      return { file, url: urls.get(id) ?? 'https://example.com/', html: bytes.toString('utf8'), bytes: bytes.length };
    });
}
