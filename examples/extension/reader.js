// Shows the page the service worker stored under this page's #key. Usually that is the page's HTML,
// cleaned here in a Web Worker (js/worker.js): the reader keeps painting while a huge page is cleaned,
// and a page that takes longer than TIME_LIMIT_MS is stopped instead of running on. A page too large to
// hand over arrives already cleaned by the service worker. `content` is HTML the articlean core has
// sanitized (no scripts, handlers or styles), and the extension page's CSP forbids inline script anyway.
import { createCleaner } from './js/worker.js';

const TIME_LIMIT_MS = 30_000;
const $ = (id) => document.getElementById(id);

function showError(error) {
  document.title = 'Reader';
  $('title').textContent = 'This page could not be cleaned';
  $('byline').textContent = `${error.name}: ${error.message}`;
  document.body.dataset.error = error.name;
}

/** Cleans in a Worker once and stops it: the reader never cleans again, and a stopped worker gives
 *  back the memory a large page made the module grow to. */
async function cleanInWorker(html, url) {
  const cleaner = createCleaner({ timeoutMs: TIME_LIMIT_MS });
  const started = performance.now();
  try {
    // One clean gives both the HTML for the view and the Markdown for the copy button.
    const article = await cleaner.clean(html, { url, format: 'markdown' });
    return { article, ms: performance.now() - started };
  } finally {
    cleaner.terminate();
  }
}

async function show() {
  const key = decodeURIComponent(location.hash.slice(1));
  const { [key]: entry } = await chrome.storage.session.get(key);
  if (!entry) {
    $('title').textContent = 'Nothing to show';
    $('byline').textContent = 'Click the toolbar button on a page to open it here.';
    return;
  }
  await chrome.storage.session.remove(key);
  if (entry.error) return showError(entry.error);

  let article, ms, where;
  if (entry.html !== undefined) {
    $('title').textContent = 'Cleaning…';
    try {
      ({ article, ms } = await cleanInWorker(entry.html, entry.source));
    } catch (e) {
      return showError(e);
    }
    where = 'worker';
  } else {
    ({ article, ms } = entry);
    where = 'service-worker';
  }
  render(article, entry.source, `cleaned in ${ms.toFixed(0)} ms${where === 'worker' ? ' in a Web Worker' : ' by the service worker'}`);
  setUpCopy(article.markdown);
  document.body.dataset.cleanedIn = where;
  document.body.dataset.ready = 'true';
}

function render(article, source, how) {
  document.title = article.title ?? 'Reader';
  if (article.lang) document.documentElement.lang = article.lang;
  if (article.dir) document.documentElement.dir = article.dir;
  $('site').textContent = article.siteName ?? new URL(source).hostname;
  $('title').textContent = article.title ?? '';
  const when = article.publishedTime ? new Date(article.publishedTime) : null;
  $('byline').textContent = [article.byline, when && !Number.isNaN(when.getTime()) ? when.toLocaleDateString() : null]
    .filter(Boolean).join(' · ');
  $('content').innerHTML = article.content;
  for (const link of $('content').querySelectorAll('a[href]')) link.target = '_blank';
  const original = Object.assign(document.createElement('a'), { href: source, textContent: 'Original page' });
  $('footer').append(original, ` · ${article.wordCount} words · ${how} · ${article.removed.length} items removed`);
}

function setUpCopy(markdown) {
  const button = $('copy-markdown');
  const status = $('copy-status');
  button.hidden = false;
  button.addEventListener('click', async () => {
    try {
      // Allowed without a permission: the click is a user gesture on the extension's own page.
      await navigator.clipboard.writeText(markdown);
      status.textContent = 'Copied.';
      document.body.dataset.copied = String(markdown.length);
    } catch (e) {
      status.textContent = `Could not copy: ${e.message}`;
    }
  });
}

show();
