//! Code blocks into one form: a `<pre>` holding only the code, its lines separated by newlines,
//! its language in `data-language`. Editors and old highlighters that draw code without a `<pre>`
//! get one; gutters, copy buttons and language labels go (the label names the language).

use super::has_class;
use crate::dom::{Dom, NodeId};
use crate::measure::ClassNames;
use crate::rules::code::{
    CONTROL_CLASS_FRAGMENTS, GUTTER_CLASSES, LABEL_CLASSES, LANGUAGES, LANGUAGE_ATTRIBUTES,
    LANGUAGE_CLASS_PREFIXES, LINE_CLASSES, NOT_LANGUAGE_TOKENS, NO_LANGUAGE, PRE_LESS_CODE_CLASSES,
};

/// How far above a `<pre>` its code box (the wrapper with its label, gutter and buttons) may
/// reach.
const MAX_BOX_DEPTH: usize = 8;

pub(crate) fn rewrite_code_blocks(dom: &mut Dom) {
    give_pre_to_code_without_one(dom);
    drop_gutter_cells(dom);
    let mut pres: Vec<NodeId> = Vec::new();
    let mut walk = dom.descendants(dom.root());
    while let Some(n) = walk.next() {
        if dom.is_tag(n, "pre") {
            pres.push(n);
            walk.skip_children_of(n);
        }
    }
    if pres.is_empty() {
        return;
    }
    let lengths = dom.text_lengths(dom.root());
    let boxes: Vec<NodeId> = pres
        .iter()
        .map(|&pre| code_box(dom, pre, &lengths))
        .collect();
    // Removals and new line breaks are gathered over every box and made at once: each batch
    // operation costs a pass over the page, once per page rather than once per code block.
    let mut edits = Edits::default();
    for (&pre, code_box) in pres.iter().zip(boxes) {
        tidy_code_box(dom, pre, code_box, &mut edits);
    }
    dom.detach_many(&edits.doomed);
    let newline_pairs: Vec<(NodeId, NodeId)> = edits
        .breaks
        .into_iter()
        .map(|br| (br, dom.create_text("\n")))
        .collect();
    dom.replace_many(&newline_pairs);
    let followers = next_siblings(dom, &edits.line_ends);
    for (line, next) in edits.line_ends.into_iter().zip(followers) {
        let next_starts_line = next
            .and_then(|s| dom.text(s))
            .is_some_and(|t| t.starts_with(['\n', '\r']));
        if !next_starts_line && !dom.text_content(line).ends_with('\n') {
            let newline = dom.create_text("\n");
            dom.append(line, newline);
        }
    }
    // Non-breaking spaces indent code written as HTML text; in code they are spaces.
    for pre in pres {
        let texts: Vec<NodeId> = dom
            .descendants(pre)
            .filter(|&n| dom.text(n).is_some_and(|t| t.contains('\u{a0}')))
            .collect();
        for t in texts {
            let spaced = dom.text(t).unwrap_or("").replace('\u{a0}', " ");
            dom.set_text(t, &spaced);
        }
    }
}

/// What tidying the code boxes removes and adds.
#[derive(Default)]
struct Edits {
    /// Gutters, buttons and labels.
    doomed: Vec<NodeId>,
    /// `<br>`s in code, which become newlines.
    breaks: Vec<NodeId>,
    /// Elements drawing one line each, which end in a newline.
    line_ends: Vec<NodeId>,
}

/// CodeMirror's, Monaco's and SyntaxHighlighter's containers, and a `<code>` broken into lines
/// with `<br>` outside any `<pre>`, become `<pre>`.
fn give_pre_to_code_without_one(dom: &mut Dom) {
    let mut renamed: Vec<NodeId> = Vec::new();
    let mut walk = dom.descendants(dom.root());
    while let Some(id) = walk.next() {
        let Some(tag) = dom.tag(id) else { continue };
        if tag == "pre" {
            walk.skip_children_of(id);
        } else if PRE_LESS_CODE_CLASSES.iter().any(|c| has_class(dom, id, c))
            || (tag == "code" && dom.find_tags(id, "br").next().is_some())
        {
            renamed.push(id);
            walk.skip_children_of(id);
        }
    }
    for id in renamed {
        if dom.is_tag(id, "code") {
            // `<p class="code"><code>…<br>…</code></p>`: a block cannot sit in a paragraph.
            if let Some(parent) = dom.parent(id).filter(|&p| dom.is_tag(p, "p")) {
                dom.rename(parent, "div");
            }
        }
        dom.rename(id, "pre");
    }
}

/// Line-number columns drawn as a table cell beside the code's cell (Pygments' and Chroma's
/// `lntable`, Rouge's `rouge-table`, SyntaxHighlighter, GitHub's blob view, highlight.js' line
/// plugin): the cell of numbers goes, the code's cell stays.
fn drop_gutter_cells(dom: &mut Dom) {
    let mut gutters: Vec<NodeId> = Vec::new();
    for td in dom.find_tags(dom.root(), "td") {
        let named = GUTTER_CLASSES.iter().any(|c| has_class(dom, td, c));
        let text = dom.text_content(td);
        let numbers_only = !text.trim().is_empty()
            && text
                .chars()
                .all(|c| c.is_ascii_digit() || c.is_whitespace());
        if !(named || numbers_only) {
            continue;
        }
        let Some(row) = dom.parent(td) else { continue };
        // Code beside it: a `<pre>` or drawn lines in another cell, or the whole table inside a
        // `<pre>` (a data table's cell of numbers stays, inline `<code>` or not).
        let in_code = dom.ancestors(td).any(|a| dom.is_tag(a, "pre"));
        let code_beside = dom.children(row).iter().any(|&cell| {
            cell != td
                && (dom.find_tags(cell, "pre").next().is_some()
                    || LINE_CLASSES
                        .iter()
                        .any(|c| dom.descendant_elements(cell).any(|d| has_class(dom, d, c))))
        });
        if in_code || code_beside {
            gutters.push(td);
        }
    }
    dom.detach_many(&gutters);
}

/// Most elements looked at around one code block: a wrapper with more is no code box (and a page
/// of thousands of code blocks in one container stays linear).
const MAX_BOX_ELEMENTS: usize = 512;

/// The wrapper of a code box: ancestors of `pre` whose text is little more than the code's, with
/// no other code block, paragraph, heading or list in them.
fn code_box(dom: &Dom, pre: NodeId, lengths: &[usize]) -> NodeId {
    let length = |n: NodeId| lengths.get(n.index()).copied().unwrap_or(0);
    let code_len = length(pre);
    let mut top = pre;
    for a in dom.ancestors(pre).take(MAX_BOX_DEPTH) {
        if length(a) > code_len * 2 + 100 {
            break;
        }
        let mut looked = 0;
        let mut other = false;
        let mut walk = dom.descendants(a);
        while let Some(d) = walk.next() {
            if d == pre {
                walk.skip_children_of(d);
                continue;
            }
            looked += 1;
            other |= matches!(
                dom.tag(d),
                Some("pre" | "p" | "h1" | "h2" | "h3" | "ul" | "ol")
            );
            if other || looked > MAX_BOX_ELEMENTS {
                break;
            }
        }
        if other || looked > MAX_BOX_ELEMENTS {
            break;
        }
        top = a;
    }
    top
}

fn tidy_code_box(dom: &mut Dom, pre: NodeId, code_box: NodeId, edits: &mut Edits) {
    // The code element, the `<pre>`, then the wrappers out to the box's edge.
    let wrappers: Vec<NodeId> = dom
        .ancestors(pre)
        .take_while(|&a| dom.contains(code_box, a))
        .collect();
    let mut language = dom
        .find_tags(pre, "code")
        .next()
        .into_iter()
        .chain(std::iter::once(pre))
        .chain(wrappers.iter().copied())
        .find_map(|n| element_language(dom, Some(n)));
    // The box is the code's, whatever its classes say ("toolbar", "widget"): the stages that
    // remove furniture by class keep it.
    for &n in std::iter::once(&pre).chain(&wrappers) {
        dom.set_attr(n, super::CODE_BOX, "");
    }
    let doomed = &mut edits.doomed;
    // Around the code: labels, buttons, gutters drawn beside it.
    let mut walk = dom.descendants(code_box);
    while let Some(n) = walk.next() {
        if n == pre {
            walk.skip_children_of(n);
            continue;
        }
        let Some(tag) = dom.tag(n) else { continue };
        if dom.contains(n, pre) {
            continue;
        }
        if let Some(label) = label_language(dom, n) {
            language = language.or(label);
            doomed.push(n);
            walk.skip_children_of(n);
        } else if matches!(tag, "button" | "clipboard-copy")
            || ClassNames::of_class(dom, n).has_fragment(CONTROL_CLASS_FRAGMENTS)
            || GUTTER_CLASSES.iter().any(|c| has_class(dom, n, c))
        {
            doomed.push(n);
            walk.skip_children_of(n);
        }
    }
    // Inside the code: gutters, buttons, and lines drawn as elements.
    let mut walk = dom.descendants(pre);
    while let Some(n) = walk.next() {
        let Some(tag) = dom.tag(n) else { continue };
        if matches!(tag, "button" | "clipboard-copy")
            || GUTTER_CLASSES.iter().any(|c| has_class(dom, n, c))
        {
            doomed.push(n);
            walk.skip_children_of(n);
        } else if tag == "br" {
            edits.breaks.push(n);
        } else if matches!(tag, "div" | "p" | "li" | "tr")
            || LINE_CLASSES.iter().any(|c| has_class(dom, n, c))
        {
            edits.line_ends.push(n);
        }
    }
    for attribute in LANGUAGE_ATTRIBUTES {
        dom.remove_attr(pre, attribute);
    }
    if let Some(language) = language {
        dom.set_attr(pre, "data-language", &language);
    }
}

/// Each node's next sibling, with one pass over each parent's children (a look-up per node would
/// cost a scan of its siblings: n² for a block of n line elements).
fn next_siblings(dom: &Dom, nodes: &[NodeId]) -> Vec<Option<NodeId>> {
    let mut parents: Vec<NodeId> = nodes.iter().filter_map(|&n| dom.parent(n)).collect();
    parents.sort_unstable();
    parents.dedup();
    let mut pairs: Vec<(NodeId, NodeId)> = parents
        .iter()
        .flat_map(|&p| dom.children(p).windows(2).map(|w| (w[0], w[1])))
        .collect();
    pairs.sort_unstable();
    nodes
        .iter()
        .map(|&n| {
            pairs
                .binary_search_by(|&(a, _)| a.cmp(&n))
                .ok()
                .map(|i| pairs[i].1)
        })
        .collect()
}

/// The language a label element shows (`<span class="lang">Python</span>`): `Some(None)` for a
/// label naming no language we know, `None` for an element that is no label.
fn label_language(dom: &Dom, n: NodeId) -> Option<Option<String>> {
    let class = dom.attr(n, "class")?.to_ascii_lowercase();
    let text = dom.normalized_text(n).to_ascii_lowercase();
    let known = LANGUAGES.binary_search(&text.as_str()).is_ok();
    let labelled = LABEL_CLASSES
        .iter()
        .any(|c| class.split_ascii_whitespace().any(|t| t == *c));
    if labelled || (known && class.contains("lang")) {
        Some(known.then_some(text))
    } else {
        None
    }
}

/// The language one element's attributes or classes name.
fn element_language(dom: &Dom, element: Option<NodeId>) -> Option<String> {
    let element = element?;
    for attribute in LANGUAGE_ATTRIBUTES {
        if let Some(value) = dom.attr(element, attribute) {
            let value = value.trim().to_ascii_lowercase();
            // `lang` is a natural language almost everywhere: only a known programming one counts.
            if *attribute != "lang" || LANGUAGES.binary_search(&value.as_str()).is_ok() {
                if let Some(l) = language_name(&value) {
                    return Some(l);
                }
            }
        }
    }
    let class = dom.attr(element, "class")?;
    // SyntaxHighlighter's `brush: php; gutter: true`.
    if let Some(after) = class.split("brush:").nth(1) {
        if let Some(l) = after.split([';', ' ']).find(|w| !w.is_empty()) {
            return language_name(&l.to_ascii_lowercase());
        }
    }
    let tokens = || class.split_ascii_whitespace().map(str::to_ascii_lowercase);
    tokens()
        .find_map(|t| {
            LANGUAGE_CLASS_PREFIXES
                .iter()
                .find_map(|p| t.strip_prefix(p).and_then(language_name))
        })
        .or_else(|| {
            tokens().find(|t| {
                !NOT_LANGUAGE_TOKENS.contains(&t.as_str())
                    && LANGUAGES.binary_search(&t.as_str()).is_ok()
            })
        })
}

/// A language name fit for a `class` attribute of `content`: language-name characters only.
fn language_name(value: &str) -> Option<String> {
    let ok = !value.is_empty()
        && value.len() <= 32
        && !NO_LANGUAGE.contains(&value)
        && value
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "+#-_.".contains(c));
    ok.then(|| value.to_string())
}
