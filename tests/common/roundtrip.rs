//! The Markdown round trip shared by tests/markdown.rs and tests/structure.rs: `Article.markdown`
//! rendered by pulldown-cmark (GitHub tables, strikethrough, footnotes and alerts, math, definition
//! lists) must give back the words of the title and of `content`, in order.

#![allow(dead_code)]

use crate::tree::{NodeId, Tree};
use articlean::Article;
use pulldown_cmark::{html, Options as CmarkOptions, Parser};

pub fn render(markdown: &str) -> String {
    let mut options = CmarkOptions::empty();
    options.insert(CmarkOptions::ENABLE_TABLES);
    options.insert(CmarkOptions::ENABLE_STRIKETHROUGH);
    options.insert(CmarkOptions::ENABLE_FOOTNOTES);
    options.insert(CmarkOptions::ENABLE_MATH);
    options.insert(CmarkOptions::ENABLE_GFM);
    options.insert(CmarkOptions::ENABLE_DEFINITION_LIST);
    let mut out = String::new();
    html::push_html(&mut out, Parser::new_ext(markdown, options));
    out
}

/// The words of an HTML fragment as a reader sees them: text nodes, with every block boundary
/// (and `<br>`) a word break. Footnotes are compared apart, since Markdown moves them to the end and
/// numbers them itself: the words of notes (list items with an id that a link from outside their
/// list points to; pulldown-cmark's `footnote-definition`s) go to the second list, and the
/// reference marks are left out on both sides (links to a note, the renderer's
/// `footnote-reference` and definition labels, and in-page links back to the text inside a list
/// of notes).
pub fn words_of_html(fragment: &str) -> (Vec<String>, Vec<String>) {
    words_of_tree(&Tree::parse(fragment))
}

fn words_of_tree(dom: &Tree) -> (Vec<String>, Vec<String>) {
    enum Step {
        Enter(NodeId, bool, bool),
        Leave(bool),
    }
    let target = |a: NodeId| dom.attr(a, "href").and_then(|h| h.strip_prefix('#'));
    let links: Vec<NodeId> = dom
        .find_tags(dom.root(), "a")
        .filter(|&a| target(a).is_some())
        .collect();
    let notes: Vec<NodeId> = dom
        .find_tags(dom.root(), "li")
        .filter(|&li| {
            let (Some(id), Some(list)) = (dom.attr(li, "id"), dom.parent(li)) else {
                return false;
            };
            links
                .iter()
                .any(|&a| target(a) == Some(id) && !dom.contains(list, a))
        })
        .collect();
    let note_ids: Vec<&str> = notes.iter().filter_map(|&li| dom.attr(li, "id")).collect();
    let note_lists: Vec<NodeId> = notes.iter().filter_map(|&li| dom.parent(li)).collect();
    let (mut main, mut noted) = (String::new(), String::new());
    let mut stack = vec![Step::Enter(dom.root(), false, false)];
    while let Some(step) = stack.pop() {
        let (n, in_list, in_note) = match step {
            Step::Enter(n, in_list, in_note) => (n, in_list, in_note),
            Step::Leave(in_note) => {
                if in_note { &mut noted } else { &mut main }.push(' ');
                continue;
            }
        };
        let text = if in_note { &mut noted } else { &mut main };
        if let Some(t) = dom.text(n) {
            text.push_str(t);
            continue;
        }
        // A formula: its TeX, which `content` keeps in `alttext` and Markdown writes between
        // dollars (rendered as `<span class="math …">`).
        if dom.is_tag(n, "math") {
            text.push_str(dom.attr(n, "alttext").unwrap_or(""));
            continue;
        }
        let class = dom.attr(n, "class").unwrap_or("");
        if matches!(class, "footnote-reference" | "footnote-definition-label") {
            continue;
        }
        if let Some(target) = target(n).filter(|_| dom.is_tag(n, "a")) {
            if note_ids.contains(&target) != in_list {
                continue;
            }
        }
        let in_list = in_list || note_lists.contains(&n);
        let in_note = in_note || notes.contains(&n) || class == "footnote-definition";
        let block = dom.tag(n).is_some_and(|tag| {
            matches!(
                tag,
                "p" | "h1"
                    | "h2"
                    | "h3"
                    | "h4"
                    | "h5"
                    | "h6"
                    | "li"
                    | "ul"
                    | "ol"
                    | "dl"
                    | "dt"
                    | "dd"
                    | "blockquote"
                    | "pre"
                    | "table"
                    | "tr"
                    | "td"
                    | "th"
                    | "caption"
                    | "figure"
                    | "figcaption"
                    | "br"
                    | "hr"
                    | "div"
            )
        });
        if block {
            if in_note { &mut noted } else { &mut main }.push(' ');
            stack.push(Step::Leave(in_note));
        }
        for &c in dom.children(n).iter().rev() {
            stack.push(Step::Enter(c, in_list, in_note));
        }
    }
    // A callout's `[!NOTE]` line is Markdown's way of writing the `data-callout` attribute.
    let words = |s: &str| {
        s.split_whitespace()
            .filter(|w| !(w.starts_with("[!") && w.ends_with(']')))
            .map(str::to_string)
            .collect()
    };
    (words(&main), words(&noted))
}

/// Asserts the round trip, reporting the first differing word with some context.
pub fn assert_round_trip(name: &str, article: &Article) {
    let markdown = article.markdown.as_deref().expect("markdown was asked for");
    let mut expected: Vec<String> = article
        .title
        .as_deref()
        .map(|t| t.split_whitespace().map(str::to_string).collect())
        .unwrap_or_default();
    let (content_words, content_notes) = words_of_html(&article.content);
    expected.extend(content_words);
    let (actual, rendered_notes) = words_of_html(&render(markdown));
    assert_eq!(
        content_notes, rendered_notes,
        "{name}: footnotes\n\n{markdown}"
    );
    if expected != actual {
        let at = expected
            .iter()
            .zip(&actual)
            .position(|(a, b)| a != b)
            .unwrap_or(expected.len().min(actual.len()));
        let from = at.saturating_sub(6);
        panic!(
            "{name}: Markdown does not round-trip at word {at}\n  expected: {:?}\n  rendered: {:?}\n\nmarkdown:\n{markdown}",
            expected.get(from..(at + 6).min(expected.len())),
            actual.get(from..(at + 6).min(actual.len())),
        );
    }
}
