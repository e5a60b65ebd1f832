// A tiny browser app that uses articlean the way a bundler user would: the package's browser entry
// plus its .wasm as an asset URL, one init() call, then clean().
import init, { clean } from 'articlean';
import wasmUrl from 'articlean/articlean_bg.wasm';

await init({ module_or_path: wasmUrl });
const article = clean(document.getElementById('page').textContent, { url: 'https://example.com/a/b.html' });
document.getElementById('title').textContent = article.title;
window.__article = article;
