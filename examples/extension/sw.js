// Service worker: on a toolbar click, read the tab's HTML (activeTab grants access to that one tab),
// clean it with the WebAssembly module, keep the result in session storage and open reader.html.
import init, { clean } from './pkg/articlean.js';

// No top-level await in a service worker: keep the promise and await it per use.
const ready = init({ module_or_path: chrome.runtime.getURL('pkg/articlean_bg.wasm') });

function pageSource() {
  return { html: document.documentElement.outerHTML, url: location.href, title: document.title };
}

/** Cleans a tab and opens the reader next to it. Exposed on `self` so tests can call it directly
 *  (a toolbar click cannot be simulated in an automated browser). */
async function openReader(tab) {
  let entry;
  try {
    const [{ result: page }] = await chrome.scripting.executeScript({ target: { tabId: tab.id }, func: pageSource });
    await ready;
    const started = performance.now();
    const article = clean(page.html, { url: page.url });
    entry = { article, source: page.url, ms: performance.now() - started };
  } catch (e) {
    entry = { error: { name: e?.name ?? 'Error', message: e?.message ?? String(e) }, source: tab.url ?? null };
  }
  const key = `article-${crypto.randomUUID()}`;
  await chrome.storage.session.set({ [key]: entry });
  return chrome.tabs.create({ url: chrome.runtime.getURL(`reader.html#${key}`), index: tab.index + 1, openerTabId: tab.id });
}
self.openReader = openReader;

chrome.action.onClicked.addListener((tab) => {
  openReader(tab);
});
