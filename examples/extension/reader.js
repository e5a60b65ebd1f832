// Renders the article the service worker stored under this page's #key. `content` is HTML the
// articlean core has already sanitized (no scripts, handlers or styles), and the extension page's CSP
// forbids inline script anyway.
const $ = (id) => document.getElementById(id);

async function show() {
  const key = decodeURIComponent(location.hash.slice(1));
  const { [key]: entry } = await chrome.storage.session.get(key);
  if (!entry) {
    $('title').textContent = 'Nothing to show';
    $('byline').textContent = 'Click the toolbar button on a page to open it here.';
    return;
  }
  await chrome.storage.session.remove(key);
  if (entry.error) {
    $('title').textContent = 'This page could not be cleaned';
    $('byline').textContent = `${entry.error.name}: ${entry.error.message}`;
    return;
  }
  const { article } = entry;
  document.title = article.title ?? 'Reader';
  if (article.lang) document.documentElement.lang = article.lang;
  if (article.dir) document.documentElement.dir = article.dir;
  $('site').textContent = article.siteName ?? new URL(entry.source).hostname;
  $('title').textContent = article.title ?? '';
  const when = article.publishedTime ? new Date(article.publishedTime) : null;
  $('byline').textContent = [article.byline, when && !Number.isNaN(when.getTime()) ? when.toLocaleDateString() : null]
    .filter(Boolean).join(' · ');
  $('content').innerHTML = article.content;
  for (const link of $('content').querySelectorAll('a[href]')) link.target = '_blank';
  const original = Object.assign(document.createElement('a'), { href: entry.source, textContent: 'Original page' });
  $('footer').append(original, ` · ${article.wordCount} words · cleaned in ${entry.ms.toFixed(0)} ms · ${article.removed.length} items removed`);
  document.body.dataset.ready = 'true';
}

show();
