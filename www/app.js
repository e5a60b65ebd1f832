// The demo page: loads the WebAssembly module once, cleans what the person gives it, and shows every
// part of the Article. All DOM text is set with textContent; only the sanitized `content` is rendered as
// HTML, inside a sandboxed iframe that runs no scripts.
import init, { clean, cleanBytes } from './pkg/articlean.js';

const $ = (id) => document.getElementById(id);
const el = (tag, props = {}, ...children) => {
  const node = Object.assign(document.createElement(tag), props);
  for (const child of children) node.append(child);
  return node;
};

// A page loaded from a file or the sample keeps its bytes, so its encoding is detected the way the CLI
// does it (BOM, Content-Type charset, <meta charset>); pasted or edited text is cleaned as text.
let loaded = null; // { bytes, contentType, text, name }

const status = $('module-status');
const started = performance.now();
let initMs = 0;
try {
  await init();
  initMs = performance.now() - started;
  status.textContent = `WebAssembly module ready in ${initMs.toFixed(0)} ms`;
  status.classList.add('ok');
  $('clean').disabled = false;
} catch (e) {
  status.textContent = `The WebAssembly module failed to load: ${e.message}`;
  status.classList.add('bad');
}

function showInput(text, info) {
  $('html').value = text;
  $('input-info').textContent = info;
}

async function loadBytes(bytes, contentType, name) {
  const text = new TextDecoder('utf-8').decode(bytes);
  loaded = { bytes, contentType, text, name };
  showInput(text, `${name} · ${formatBytes(bytes.length)}`);
}

$('load-sample').addEventListener('click', async () => {
  const response = await fetch('./sample.html');
  if (!response.ok) return showError('Sample', `could not fetch the sample page (${response.status})`);
  await loadBytes(new Uint8Array(await response.arrayBuffer()), response.headers.get('content-type'), 'sample page');
  run();
});

$('file').addEventListener('change', async (event) => {
  const file = event.target.files?.[0];
  if (!file) return;
  await loadBytes(new Uint8Array(await file.arrayBuffer()), file.type || null, file.name);
  run();
});

$('html').addEventListener('input', () => {
  $('input-info').textContent = `pasted text · ${formatBytes(new Blob([$('html').value]).size)}`;
});
$('clean').addEventListener('click', run);
$('html').addEventListener('keydown', (e) => {
  if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) run();
});

function currentOptions() {
  const options = {
    favor: $('opt-favor').value,
    images: $('opt-images').checked,
    links: $('opt-links').checked,
    tables: $('opt-tables').checked,
    explain: $('opt-explain').checked,
  };
  const url = $('opt-url').value.trim();
  if (url) options.url = url;
  return options;
}

function run() {
  const html = $('html').value;
  if (!html.trim()) return showError('Empty', 'paste a page, pick a file or load the sample first');
  const options = currentOptions();
  const fromBytes = loaded && loaded.text === html;
  const t0 = performance.now();
  let article;
  try {
    article = fromBytes ? cleanBytes(loaded.bytes, options, loaded.contentType) : clean(html, options);
  } catch (e) {
    return showError(e.name, e.message);
  }
  const ms = performance.now() - t0;
  $('error').hidden = true;
  // The Markdown and text views are made on demand (one more clean() each) when their tab opens.
  lastRun = { html, options, fromBytes, views: {} };
  $('markdown').textContent = '';
  $('text').textContent = '';
  const open = document.querySelector('[role=tab][aria-selected=true]')?.dataset.tab;
  if (open === 'markdown' || open === 'text') showFormatted(open);
  render(article, { ms, inputBytes: fromBytes ? loaded.bytes.length : new Blob([html]).size, fromBytes });
}

let lastRun = null;

/** Fills the Markdown or Text tab: `clean` with `format: "markdown"` / `"text"`. */
function showFormatted(format) {
  if (!lastRun) return;
  if (!(format in lastRun.views)) {
    const options = { ...lastRun.options, format };
    try {
      const article = lastRun.fromBytes
        ? cleanBytes(loaded.bytes, options, loaded.contentType)
        : clean(lastRun.html, options);
      lastRun.views[format] = format === 'markdown' ? article.markdown : article.plainText;
    } catch (e) {
      lastRun.views[format] = `${e.name}: ${e.message}`;
    }
  }
  $(format).textContent = lastRun.views[format] ?? '';
}

function showError(name, message) {
  const box = $('error');
  box.hidden = false;
  box.replaceChildren(el('strong', { textContent: name }), ` ${message}`);
}

function render(article, timing) {
  window.__articlean = { article, timing }; // for the end-to-end test and the curious
  $('output').hidden = false;
  $('side').hidden = false;

  $('site-name').textContent = article.siteName ?? '';
  $('title').textContent = article.title ?? '(no title)';
  $('byline').textContent = article.byline ?? '';
  $('published').textContent = article.publishedTime ? formatDate(article.publishedTime) : '';
  renderContent(article);
  renderBlocks(article.blocks);
  renderRemoved(article.removed);
  renderSide(article, timing);
  $('json').textContent = JSON.stringify(article, null, 2);
  $('copy-status').textContent = '';
  document.body.dataset.cleaned = 'true';
}

const READER_CSS = `
  :root { color-scheme: light; }
  body { box-sizing: border-box; font: 18px/1.65 Charter, "Iowan Old Style", Georgia, "Noto Serif", serif; color: #1f2328;
         max-width: 40rem; margin: 0 auto; padding: 0.5rem 1.25rem 2rem; }
  h1, h2, h3, h4 { font-family: system-ui, sans-serif; line-height: 1.25; margin: 1.6em 0 0.5em; }
  a { color: #0b5cad; }
  img { max-width: 100%; height: auto; border-radius: 6px; }
  figure { margin: 1.5rem 0; }
  figcaption { font: 14px/1.45 system-ui, sans-serif; color: #57606a; margin-top: 0.4rem; }
  blockquote { border-left: 3px solid #d0d7de; margin: 1.2rem 0; padding: 0.1rem 1rem; color: #424a53; }
  pre { background: #f6f8fa; padding: 0.8rem; overflow: auto; border-radius: 6px; font-size: 14px; }
  table { border-collapse: collapse; font: 15px/1.4 system-ui, sans-serif; }
  td, th { border: 1px solid #d0d7de; padding: 0.3rem 0.5rem; }
`;

function renderContent(article) {
  const frame = $('content');
  const dir = article.dir ? ` dir="${article.dir === 'rtl' ? 'rtl' : 'ltr'}"` : '';
  const lang = article.lang ? ` lang="${article.lang.replace(/[^A-Za-z0-9-]/g, '')}"` : '';
  frame.srcdoc = `<!doctype html><html${lang}${dir}><head><meta charset="utf-8"><base target="_blank">` +
    `<style>${READER_CSS}</style></head><body>${article.content}</body></html>`;
  frame.onload = () => {
    const doc = frame.contentDocument;
    if (doc) frame.style.height = `${doc.documentElement.scrollHeight + 8}px`;
  };
}

function renderBlocks(blocks) {
  $('blocks-count').textContent = blocks.length;
  const list = $('blocks');
  list.replaceChildren(...blocks.map((block) => {
    const item = el('li', { className: `block block-${block.type}` });
    item.dataset.blockType = block.type;
    const label = block.type === 'heading' ? `h${block.level}` : block.type === 'list' && block.ordered ? 'ordered list' : block.type;
    item.append(el('span', { className: 'badge', textContent: label }));
    const body = el('div', { className: 'block-body' });
    switch (block.type) {
      case 'list':
        body.append(el(block.ordered ? 'ol' : 'ul', {}, ...block.items.map((t) => el('li', { textContent: t }))));
        break;
      case 'table':
        body.append(el('table', {}, ...block.rows.map((row) => el('tr', {}, ...row.map((c) => el('td', { textContent: c }))))));
        break;
      case 'code':
        body.append(el('pre', { textContent: block.text }));
        if (block.language) body.append(el('p', { className: 'muted small', textContent: `language: ${block.language}` }));
        break;
      case 'math':
        body.append(el('pre', { className: 'math', textContent: block.latex }));
        break;
      case 'callout':
        body.append(el('p', { className: 'muted small', textContent: block.title ? `${block.kind}: ${block.title}` : block.kind }));
        body.append(el('p', { textContent: block.text }));
        break;
      case 'definitionList':
        body.append(el('dl', {}, ...block.items.flatMap((i) => [
          el('dt', { textContent: i.term }), ...i.definitions.map((d) => el('dd', { textContent: d }))])));
        break;
      case 'embed':
        body.append(el('p', { className: 'muted small', textContent: block.provider }));
        body.append(el('code', { className: 'src', textContent: block.url }));
        if (block.title) body.append(el('p', { textContent: block.title }));
        break;
      case 'footnotes':
        body.append(el('ol', {}, ...block.notes.map((t) => el('li', { textContent: t }))));
        break;
      case 'image':
        body.append(el('code', { className: 'src', textContent: block.src }));
        if (block.alt) body.append(el('p', { className: 'small', textContent: `alt: ${block.alt}` }));
        if (block.caption) body.append(el('p', { className: 'caption', textContent: block.caption }));
        if (block.credit) body.append(el('p', { className: 'credit', textContent: `Credit: ${block.credit}` }));
        break;
      default:
        body.append(el('p', { textContent: block.text }));
    }
    item.append(body);
    return item;
  }));
}

function groupByKind(removed) {
  const groups = new Map();
  for (const item of removed) {
    if (!groups.has(item.kind)) groups.set(item.kind, []);
    groups.get(item.kind).push(item);
  }
  return [...groups].sort((a, b) => b[1].length - a[1].length);
}

function renderRemoved(removed) {
  $('removed-count').textContent = removed.length;
  const groups = groupByKind(removed);
  $('removed').replaceChildren(...groups.map(([kind, items]) => {
    const group = el('details', { className: 'removed-group', open: true });
    group.dataset.removedKind = kind;
    group.append(el('summary', {}, el('span', { className: `kind kind-${kind}`, textContent: kind }), ` ${items.length}`));
    group.append(el('ul', {}, ...items.map((r) => el('li', {},
      el('q', { textContent: r.text || '(no text)' }),
      el('span', { className: 'reason', textContent: r.reason })))));
    return group;
  }));
  if (!removed.length) $('removed').append(el('p', { className: 'muted', textContent: 'Nothing removed (or explain is off).' }));
}

function renderSide(article, timing) {
  const facts = (id, rows) => $(id).replaceChildren(...rows.flatMap(([k, v]) => [
    el('dt', { textContent: k }), el('dd', { textContent: v ?? '—', className: v == null ? 'none' : '' }),
  ]));
  facts('timing', [
    ['clean()', `${timing.ms.toFixed(1)} ms`],
    ['module load', `${initMs.toFixed(0)} ms`],
    ['input', `${formatBytes(timing.inputBytes)}${timing.fromBytes ? ' (bytes, encoding detected)' : ' (text)'}`],
  ]);
  facts('metadata', [
    ['title', article.title], ['byline', article.byline], ['published', article.publishedTime],
    ['modified', article.modifiedTime], ['site', article.siteName], ['language', article.lang],
    ['direction', article.dir], ['url', article.url], ['lead image', article.leadImage],
    ['excerpt', article.excerpt], ['words', String(article.wordCount)], ['characters', String(article.length)],
    ['schema', `v${article.schemaVersion}`],
  ]);
  const images = article.blocks.filter((b) => b.type === 'image');
  const credited = images.filter((b) => b.credit);
  $('credits').replaceChildren(...credited.map((b) => el('li', {},
    el('span', { className: 'credit', textContent: b.credit }),
    el('span', { className: 'caption small', textContent: b.caption ? `for “${b.caption}”` : b.alt ? `for the image “${b.alt}”` : 'for an image without caption' }))));
  if (!credited.length) $('credits').append(el('li', { className: 'muted', textContent: images.length ? 'No credits on the images.' : 'No images.' }));
  $('removed-summary').replaceChildren(...groupByKind(article.removed).map(([kind, items]) =>
    el('li', {}, el('span', { className: `kind kind-${kind}`, textContent: kind }), el('span', { textContent: String(items.length) }))));
}

for (const tab of document.querySelectorAll('[role=tab]')) {
  tab.addEventListener('click', () => {
    for (const t of document.querySelectorAll('[role=tab]')) t.setAttribute('aria-selected', String(t === tab));
    for (const panel of document.querySelectorAll('[data-panel]')) panel.hidden = panel.dataset.panel !== tab.dataset.tab;
    if (tab.dataset.tab === 'reader') $('content').onload?.();
    if (tab.dataset.tab === 'markdown' || tab.dataset.tab === 'text') showFormatted(tab.dataset.tab);
  });
}

for (const button of document.querySelectorAll('[data-copy]')) {
  const name = button.dataset.copy;
  const status = document.querySelector(`[data-copy-status=${name}]`);
  button.addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText($(name).textContent);
      status.textContent = 'Copied.';
    } catch {
      getSelection().selectAllChildren($(name));
      status.textContent = 'Selected — press Ctrl+C to copy.';
    }
  });
}

$('copy-json').addEventListener('click', async () => {
  try {
    await navigator.clipboard.writeText($('json').textContent);
    $('copy-status').textContent = 'Copied.';
  } catch {
    // Clipboard access needs a secure context and permission; select the text so Ctrl+C works.
    getSelection().selectAllChildren($('json'));
    $('copy-status').textContent = 'Selected — press Ctrl+C to copy.';
  }
});

function formatBytes(n) {
  return n < 1024 ? `${n} B` : n < 1024 * 1024 ? `${(n / 1024).toFixed(1)} KB` : `${(n / 1048576).toFixed(1)} MB`;
}

function formatDate(iso) {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return ` · ${iso}`;
  const withTime = /T\d/.test(iso);
  return ` · ${date.toLocaleString(undefined, withTime ? { dateStyle: 'long', timeStyle: 'short' } : { dateStyle: 'long' })}`;
}

window.__ready = true;
