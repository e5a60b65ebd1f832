// `content` is a fixed point of the browser's own HTML parser: every golden and non-article fixture is
// cleaned by the Node package, and headless Chromium parses each `content` twice, with DOMParser (a
// document in quirks mode) and as an element's innerHTML (a fragment, no quirks). Both trees must equal
// the tree the markup spells out (read with a stack: `content` closes every element it opens). The same
// check runs with html5ever in the Rust tests (tests/common/reparse.rs); here it is the browser's parser.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { clean } from 'articlean';
import { CHROMIUM, CHROMIUM_ARGS, root } from '../helpers.mjs';

function fixturePages() {
  const pages = [];
  const golden = join(root, 'tests/fixtures');
  for (const slug of readdirSync(golden)) {
    const source = join(golden, slug, 'source.html');
    if (existsSync(source)) pages.push([slug, readFileSync(source, 'utf8')]);
  }
  const other = join(root, 'tests/fixtures-nonarticle');
  for (const file of readdirSync(other).filter((f) => f.endsWith('.html'))) {
    pages.push([file, readFileSync(join(other, file), 'utf8')]);
  }
  return pages;
}

// Markup the parser rearranges: the check must flag every one, or passing it would prove nothing.
const REARRANGED = [
  '<p><caption>x</caption></p>',
  '<p>a<p>b</p></p>',
  '<table><tr><td>x</td></tr></table>',
  '<h2>x<h3>y</h3></h2>',
  '<ul><li>a<li>b</li></li></ul>',
  '<p>a\rb</p>',
];

// Runs in the page: both parses, compared with the intended tree, as event lists.
function checkAll(contents) {
  const VOID = new Set(['br', 'hr', 'img', 'wbr']);
  const decode = (t) => t.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'").replace(/&#96;/g, '`').replace(/&nbsp;/g, '\u00a0').replace(/&#13;/g, '\r')
    .replace(/&amp;/g, '&');
  const pushText = (events, text) => {
    if (!text) return;
    const last = events[events.length - 1];
    if (last && last.startsWith('#')) events[events.length - 1] = last + text;
    else events.push('#' + text);
  };
  function intended(content) {
    const events = [];
    const open = [];
    let rest = content;
    for (;;) {
      const lt = rest.indexOf('<');
      let text = lt < 0 ? rest : rest.slice(0, lt);
      if (events[events.length - 1] === '<pre' && text.startsWith('\n')) text = text.slice(1);
      pushText(events, decode(text));
      if (lt < 0) break;
      const gt = rest.indexOf('>', lt);
      if (gt < 0) return ['unterminated tag'];
      const tag = rest.slice(lt + 1, gt);
      rest = rest.slice(gt + 1);
      if (tag.startsWith('/')) {
        if (open.pop() !== tag.slice(1)) return [`unbalanced </${tag.slice(1)}>`];
        events.push('>');
      } else {
        const name = tag.split(' ')[0];
        events.push('<' + name);
        if (VOID.has(name)) events.push('>');
        else open.push(name);
      }
    }
    return open.length ? [`unclosed <${open.pop()}>`] : events;
  }
  function parsed(root) {
    const events = [];
    // Children are pushed in reverse, each element with a leave marker: no recursion.
    const kids = (n) => Array.from(n.childNodes).reverse();
    const stack = kids(root).map((c) => [c, false]);
    while (stack.length) {
      const [node, leaving] = stack.pop();
      if (leaving) { events.push('>'); continue; }
      if (node.nodeType === Node.TEXT_NODE) { pushText(events, node.data); continue; }
      if (node.nodeType !== Node.ELEMENT_NODE) continue;
      events.push('<' + node.localName);
      stack.push([node, true]);
      for (const c of kids(node)) stack.push([c, false]);
    }
    return events;
  }
  const failures = [];
  for (const [name, content] of contents) {
    const want = JSON.stringify(intended(content));
    const asDocument = JSON.stringify(parsed(new DOMParser().parseFromString(content, 'text/html').body));
    const div = document.createElement('div');
    div.innerHTML = content;
    const asFragment = JSON.stringify(parsed(div));
    if (asDocument !== want || asFragment !== want) failures.push(name);
  }
  return failures;
}

test('every fixture\'s content parses back into the same tree in Chromium', async () => {
  const contents = fixturePages().map(([name, html]) => [name, clean(html).content]);
  assert.ok(contents.length >= 30, `${contents.length} fixture pages`);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage();
    await page.setContent('<!doctype html><title>reparse</title>');
    const flagged = await page.evaluate(checkAll, REARRANGED.map((c) => [c, c]));
    assert.deepEqual(flagged, REARRANGED, 'the check flags markup the parser rearranges');
    const failures = await page.evaluate(checkAll, contents);
    assert.deepEqual(failures, [], 'content that changes when Chromium parses it');
  } finally {
    await browser.close();
  }
});
