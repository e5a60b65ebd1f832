//! Note boxes ("callouts", "admonitions") marked with their kind, so the stages that remove
//! asides and boxes keep them and the serializer writes them as callouts.

use super::{CALLOUT, CALLOUT_TITLE};
use crate::dom::{Dom, NodeId};
use crate::measure::ClassNames;
use crate::rules::callouts::{BARE_KIND_CLASSES, BOX_WORDS, KINDLESS_BOX_WORDS, KINDS};

/// Most characters of a callout: a box holding more is a page region styled as one.
const MAX_CALLOUT_CHARS: usize = 3_000;

pub(super) fn mark_callouts(dom: &mut Dom) {
    let mut found: Vec<(NodeId, &'static str, Option<NodeId>)> = Vec::new();
    let mut lengths: Option<Vec<usize>> = None;
    let mut walk = dom.descendants(dom.root());
    while let Some(id) = walk.next() {
        let Some(kind) = callout_kind(dom, id) else {
            continue;
        };
        // Text lengths are counted once, for the first box found (most pages have none).
        let lengths = lengths.get_or_insert_with(|| dom.text_lengths(dom.root()));
        if lengths
            .get(id.index())
            .is_some_and(|&l| l <= MAX_CALLOUT_CHARS)
            && !holds_blocks(dom, id)
        {
            found.push((id, kind, title_of(dom, id)));
            walk.skip_children_of(id);
        }
    }
    for (id, kind, title) in found {
        dom.set_attr(id, CALLOUT, kind);
        if let Some(t) = title {
            dom.set_attr(t, CALLOUT_TITLE, "");
        }
    }
}

/// A box holding code, a picture, a table or headings is read as the blocks it holds: a callout
/// block is one passage of text.
fn holds_blocks(dom: &Dom, id: NodeId) -> bool {
    dom.descendant_elements(id).any(|d| {
        matches!(
            dom.tag(d),
            Some("pre" | "img" | "picture" | "table" | "h1" | "h2" | "h3" | "h4" | "h5" | "h6")
        )
    })
}

/// The GitHub alert kind a kind word maps to.
fn kind_of(word: &str) -> Option<&'static str> {
    let word = word.trim().to_ascii_lowercase();
    KINDS.iter().find(|(w, _)| *w == word).map(|&(_, k)| k)
}

/// The kind of the note box `id` is, if it is one: an Obsidian `data-callout`, a box word with a
/// kind word in its class (`admonition warning`, `markdown-alert-tip`), or a bare kind class on an
/// `aside`, `div`, `section`, `blockquote` or `details`.
fn callout_kind(dom: &Dom, id: NodeId) -> Option<&'static str> {
    let tag = dom.tag(id)?;
    if !matches!(tag, "div" | "aside" | "section" | "blockquote" | "details") {
        return None;
    }
    if let Some(value) = dom.attr(id, "data-callout") {
        return Some(kind_of(value).unwrap_or("note"));
    }
    let class = dom.attr(id, "class")?;
    // A kind word that is not also the box's own word comes first: "book-hint info" is a note,
    // "admonition hint" a tip.
    let words = || class.split(|c: char| !c.is_ascii_alphanumeric());
    let kind = words()
        .filter(|w| !BOX_WORDS.contains(&w.to_ascii_lowercase().as_str()))
        .find_map(kind_of)
        .or_else(|| words().find_map(kind_of));
    let bare = class
        .split_ascii_whitespace()
        .find(|t| BARE_KIND_CLASSES.contains(&t.to_ascii_lowercase().as_str()))
        .and_then(kind_of);
    let names = ClassNames::of_class(dom, id);
    match (names.has_word(BOX_WORDS), kind) {
        (true, Some(k)) => Some(k),
        (true, None) if names.has_word(KINDLESS_BOX_WORDS) => Some("note"),
        _ => bare,
    }
}

/// A box's title: its `<summary>`, or a child classed as its title or heading.
fn title_of(dom: &Dom, id: NodeId) -> Option<NodeId> {
    dom.children(id).iter().copied().find(|&c| {
        dom.is_tag(c, "summary")
            || (dom.is_element(c)
                && ClassNames::of_class(dom, c).has_word(&["title", "heading", "header"]))
    })
}
