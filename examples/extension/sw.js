// Service worker: on a toolbar click, read the tab's HTML (activeTab grants access to that one tab), hand
// it to reader.html through session storage and open that page next to the tab. The reader cleans it in
// a Web Worker (js/worker.js), with a time limit, so even a huge or hostile page never freezes it.
//
// A service worker cannot start a Worker of its own (there is no `Worker` in its scope), so the one
// clean that happens here calls `clean` directly (js/web.js): a page too large to hand over (session
// storage holds 10 MB in all) is cleaned here and the reader gets the finished article. That blocks no
// page — a service worker has no UI — but it has no time limit either.
import init, { clean } from './js/web.js';

/** Pages up to this many characters go to the reader as HTML: a UTF-16 string of 4 Mi characters is
 *  at most 8 MiB, under the 10 MiB that chrome.storage.session holds. */
const HAND_OVER_LIMIT = 4 * 1024 * 1024;

function pageSource() {
  return { html: document.documentElement.outerHTML, url: location.href, title: document.title };
}

/** The fallback for large pages: the article, with its Markdown for the reader's copy button. */
async function cleanHere(page) {
  // Loads the module on first use only: most pages never need it here.
  await init(chrome.runtime.getURL('pkg/articlean_bg.wasm'));
  const started = performance.now();
  const article = clean(page.html, { url: page.url, format: 'markdown' });
  return { article, source: page.url, ms: performance.now() - started };
}

/** Reads a tab and opens the reader next to it. Exposed on `self` so tests can call it directly (a
 *  toolbar click cannot be simulated in an automated browser); `handOverLimit` lets them take the
 *  large-page path with a small page. */
async function openReader(tab, { handOverLimit = HAND_OVER_LIMIT } = {}) {
  const key = `page-${crypto.randomUUID()}`;
  let page = null;
  try {
    [{ result: page }] = await chrome.scripting.executeScript({ target: { tabId: tab.id }, func: pageSource });
    const entry = page.html.length <= handOverLimit ? { html: page.html, source: page.url } : await cleanHere(page);
    try {
      await chrome.storage.session.set({ [key]: entry });
    } catch (e) {
      // Over the storage quota after all (many readers opened at once): clean here instead.
      if (entry.html === undefined) throw e;
      await chrome.storage.session.set({ [key]: await cleanHere(page) });
    }
  } catch (e) {
    const error = { name: e?.name ?? 'Error', message: e?.message ?? String(e) };
    await chrome.storage.session.set({ [key]: { error, source: page?.url ?? tab.url ?? null } });
  }
  return chrome.tabs.create({ url: chrome.runtime.getURL(`reader.html#${key}`), index: tab.index + 1, openerTabId: tab.id });
}
self.openReader = openReader;

chrome.action.onClicked.addListener((tab) => {
  openReader(tab);
});
