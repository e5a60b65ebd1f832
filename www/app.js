// The demo page: cleans what the person gives it in a Web Worker (js/worker.js), so the page keeps
// painting and answering clicks while a large page is cleaned, and shows every part of the Article.
// All DOM text is set with textContent; only the sanitized `content` is rendered as HTML, inside a
// sandboxed iframe that runs no scripts.
import { createCleaner } from './js/worker.js';

const $ = (id) => document.getElementById(id);
const el = (tag, props = {}, ...children) => {
  const node = Object.assign(document.createElement(tag), props);
  for (const child of children) node.append(child);
  return node;
};

// The time limit is given per call (from the form), so the cleaner itself has none.
const cleaner = createCleaner();

// A page loaded from a file, the sample or the generator keeps its bytes, so its encoding is detected
// the way the CLI does it (BOM, Content-Type charset, <meta charset>); pasted or edited text is cleaned
// as text. `shown` is what the textarea got: while it is unchanged, Clean sends the bytes.
let loaded = null; // { bytes, contentType, name, shown }
// A textarea's layout costs about 0.25 ms per KB of text in Chromium (a 20 MB value froze the page's
// frames for 5 s), so a large page shows only its first 64 KB (~15 ms); Clean still sends the whole page.
const PREVIEW_BYTES = 64 * 1024;

const status = $('module-status');
let initMs = 0;
try {
  // The module loads inside the worker on its first call: a tiny page loads it now, so the first real
  // clean does not wait for the download, and the load time can be shown.
  const started = performance.now();
  await cleaner.clean('<p>warm-up</p>');
  initMs = performance.now() - started;
  status.textContent = `WebAssembly module ready in a Web Worker in ${initMs.toFixed(0)} ms`;
  status.classList.add('ok');
  $('clean').disabled = false;
} catch (e) {
  status.textContent = `The WebAssembly module failed to load: ${e.name}: ${e.message}`;
  status.classList.add('bad');
}

function showInput(text, info) {
  $('html').value = text;
  $('input-info').textContent = info;
}

function loadBytes(bytes, contentType, name) {
  const whole = bytes.length <= PREVIEW_BYTES;
  // `stream: true` holds back a character cut in half at the end of the preview instead of showing U+FFFD.
  const shown = new TextDecoder('utf-8').decode(whole ? bytes : bytes.subarray(0, PREVIEW_BYTES), { stream: !whole });
  loaded = { bytes, contentType, name, shown };
  showInput(shown, `${name} · ${formatBytes(bytes.length)}` +
    (whole ? '' : ` · only the first ${formatBytes(PREVIEW_BYTES)} is shown; Clean reads the whole page`));
}

$('load-sample').addEventListener('click', async () => {
  const response = await fetch('./sample.html');
  if (!response.ok) return showError('Sample', `could not fetch the sample page (${response.status})`);
  loadBytes(new Uint8Array(await response.arrayBuffer()), response.headers.get('content-type'), 'sample page');
  run();
});

$('file').addEventListener('change', async (event) => {
  const file = event.target.files?.[0];
  if (!file) return;
  loadBytes(new Uint8Array(await file.arrayBuffer()), file.type || null, file.name);
  run();
});

$('load-large').addEventListener('click', () => {
  loadBytes(new TextEncoder().encode(largePage(20 * 1024 * 1024)), 'text/html; charset=utf-8', 'generated page');
  run();
});

$('html').addEventListener('input', () => {
  $('input-info').textContent = `pasted text · ${formatBytes(new Blob([$('html').value]).size)}`;
});
$('clean').addEventListener('click', run);
$('html').addEventListener('keydown', (e) => {
  if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) run();
});

// Cancel stops the worker (and with it every clean in flight); the next clean starts a fresh one.
let cancelled = false;
$('cancel').addEventListener('click', () => {
  cancelled = true;
  cleaner.terminate();
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

/** The form's time limit: empty means none; anything else goes to the cleaner as typed, so a bad value
 *  is refused by its own check (InvalidInput). */
function timeLimit() {
  const value = $('opt-timeout').value.trim();
  return value === '' ? Infinity : Number(value);
}

/** Bytes are transferred to the worker, which detaches the buffer sent; the same page is cleaned again
 *  for the Markdown and Text tabs, so every call gets its own copy. */
function inputFor(source) {
  return typeof source === 'string' ? source : source.bytes.slice();
}

let busyFrame = 0;
function setBusy(on) {
  $('busy').hidden = !on;
  for (const id of ['clean', 'load-sample', 'load-large', 'file']) $(id).disabled = on;
  document.body.dataset.cleaning = String(on);
  cancelAnimationFrame(busyFrame);
  if (!on) return;
  // Redrawn on every animation frame: the counter moving is the proof that the page is not blocked.
  const started = performance.now();
  const tick = () => {
    $('busy-text').textContent = `Cleaning in a Web Worker… ${((performance.now() - started) / 1000).toFixed(1)} s`;
    busyFrame = requestAnimationFrame(tick);
  };
  tick();
}

let running = false;

async function run() {
  if (running) return;
  const html = $('html').value;
  if (!html.trim()) return showError('Empty', 'paste a page, pick a file or load the sample first');
  const options = currentOptions();
  const timeoutMs = timeLimit();
  const fromBytes = loaded !== null && loaded.shown === html;
  const source = fromBytes ? { bytes: loaded.bytes, contentType: loaded.contentType } : html;
  const inputBytes = fromBytes ? loaded.bytes.length : new Blob([html]).size;

  running = true;
  cancelled = false;
  $('error').hidden = true;
  delete document.body.dataset.cleaned;
  setBusy(true);
  const startedAt = performance.now();
  let article, arrivedAt;
  try {
    article = await cleaner.clean(inputFor(source), options, { timeoutMs, contentType: source.contentType });
    arrivedAt = performance.now();
  } catch (e) {
    if (cancelled && e.name === 'Terminated') {
      showError('Cancelled', 'the worker was stopped; the next clean starts a fresh one');
    } else if (e.name === 'Timeout') {
      showError(e.name, `${e.message}. Raise or clear the time limit under Options to let it finish.`);
    } else {
      showError(e.name, e.message);
    }
    return;
  } finally {
    running = false;
    setBusy(false);
  }
  // The Markdown and text views are made on demand (one more clean each) when their tab opens.
  lastRun = { source, options, timeoutMs, views: {} };
  $('markdown').textContent = '';
  $('text').textContent = '';
  const open = document.querySelector('[role=tab][aria-selected=true]')?.dataset.tab;
  if (open === 'markdown' || open === 'text') showFormatted(open);
  render(article, { ms: arrivedAt - startedAt, startedAt, arrivedAt, timeoutMs, inputBytes, fromBytes });
}

let lastRun = null;

/** Fills the Markdown or Text tab: the same page cleaned with `format: "markdown"` / `"text"`. */
async function showFormatted(format) {
  const shown = lastRun;
  if (!shown) return;
  if (!(format in shown.views)) {
    $(format).textContent = 'Cleaning in a Web Worker…';
    shown.views[format] = cleaner.clean(inputFor(shown.source), { ...shown.options, format },
      { timeoutMs: shown.timeoutMs, contentType: shown.source.contentType })
      .then((article) => (format === 'markdown' ? article.markdown : article.plainText) ?? '', (e) => {
        delete shown.views[format]; // a cancelled or timed-out view is tried again when its tab reopens
        return `${e.name}: ${e.message}`;
      });
  }
  const text = await shown.views[format];
  if (lastRun === shown) $(format).textContent = text;
}

/** A page as large as a bad day on the web: a short story inside megabytes of link boxes and ads,
 *  built here in the browser (nothing is downloaded). */
function largePage(size) {
  const story = Array.from({ length: 40 }, (_, i) => `<p>Paragraph ${i + 1} of the story. The page around
it is enormous, but the article itself is short: a few dozen paragraphs of running prose, with commas,
clauses and full sentences, which is what the cleaner keeps.</p>\n`).join('');
  const article = `<article><h1>A story inside a 20 MB page</h1><p class="byline">By The Demo</p>\n${story}</article>\n`;
  const box = (i) => `<div class="widget related promo-${i}"><h3>More stories</h3><ul>` +
    Array.from({ length: 8 }, (_, j) => `<li><a href="/related/${i}/${j}">Related story ${i}.${j}</a></li>`).join('') +
    `</ul><div class="ad">Advertisement</div></div>\n`;
  const parts = ['<!doctype html><html lang="en"><head><meta charset="utf-8">',
    '<title>A story inside a 20 MB page - Generated News</title></head><body><aside class="sidebar">'];
  let length = parts[0].length + parts[1].length;
  for (let i = 0; length < size; i++) {
    if (i === 1000) {
      parts.push('</aside><main>', article, '</main><aside class="sidebar">');
      length += article.length + 40;
    }
    const part = box(i);
    parts.push(part);
    length += part.length;
  }
  parts.push('</aside></body></html>');
  return parts.join('');
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
    ['runs in', 'a Web Worker (js/worker.js)'],
    ['time limit', timing.timeoutMs === Infinity ? 'none' : `${timing.timeoutMs} ms`],
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
