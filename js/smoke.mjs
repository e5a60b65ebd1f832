// Build smoke test: the optimised module loads in Node and cleans a page. Catches optimiser output that
// validates but throws at load (toolchain note P2), and a package entry that no longer resolves.
import { clean } from '../js/node.js';

const html = `<html lang="en"><head><title>Smoke test - Example News</title></head><body>
<nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Smoke test</h1>
<p>The optimised WebAssembly module loaded and parsed this page. This paragraph is long enough to be
kept as the body of the article, and the navigation above is not part of it.</p>
<p>A second paragraph, so the article has more than one block of real text in it.</p></article>
</body></html>`;

const started = performance.now();
const article = clean(html);
const ms = performance.now() - started;
if (!article.title?.startsWith('Smoke test') || !article.textContent.includes('second paragraph')) {
  console.error('smoke: unexpected article', JSON.stringify(article, null, 2));
  process.exit(1);
}
console.log(`smoke: ok, "${article.title}", ${article.blocks.length} blocks, ${ms.toFixed(1)} ms`);
