//! Footnotes into the form Markdown and `blocks` read: a reference `<a href="#id">` to a list
//! item `<li id="id">` of a list of notes. Lists of notes already in that form (Pandoc, kramdown,
//! Hugo, Wikipedia) stay as they are. Moved into one list, written after the article:
//! - notes written next to their mark (a hidden tooltip `<span>`, a Tufte sidenote or margin
//!   note), whose mark becomes a numbered reference;
//! - notes a reference points to that are not list items (Substack's `<div class="footnote">`,
//!   `<aside id="note-1">`).

use crate::dom::{Dom, NodeFlags, NodeId};
use crate::measure::ClassNames;
use crate::rules::footnotes::{INLINE_NOTE_WORDS, NOTE_MARK_WORDS};

/// Most characters of a footnote: a longer element that a link points to is a section.
const MAX_NOTE_CHARS: usize = 3_000;
/// Most notes gathered from one page.
const MAX_NOTES: usize = 1_000;
/// Most characters of a reference mark: `1`, `[12]`, `*`, `†`, `iv`.
const MAX_MARK_CHARS: usize = 4;

/// A note found, and how it is referenced.
enum Found {
    /// Written next to its mark (the element before it, if any, is the mark).
    Beside { note: NodeId, mark: Option<NodeId> },
    /// Pointed to by in-page links; `id` is the target's, `number` the element showing its
    /// number inside the note.
    Targeted {
        note: NodeId,
        id: String,
        number: Option<NodeId>,
    },
}

/// Returns the list of moved notes, kept apart from the page: the serializer writes it after the
/// article when the article's references point into it (wherever the page had its notes, and
/// whichever part of the page is chosen as the article).
pub(super) fn rewrite_footnotes(dom: &mut Dom) -> Option<NodeId> {
    let body = dom.body()?;
    let targets = ids(dom, body);
    if targets.is_empty() && !has_note_words(dom, body) {
        return None;
    }
    let lengths = dom.text_lengths(dom.root());
    let mut found: Vec<Found> = Vec::new();
    // Notes already found: a link inside one is its way back, not a reference.
    let mut taken = NodeFlags::new(dom);
    let mut walk = dom.descendants(body);
    while let Some(n) = walk.next() {
        let Some(tag) = dom.tag(n) else { continue };
        if taken.contains(n) {
            walk.skip_children_of(n);
            continue;
        }
        if found.len() >= MAX_NOTES {
            break;
        }
        if matches!(tag, "span" | "aside" | "small" | "div")
            && lengths.get(n.index()).is_some_and(|&l| l <= MAX_NOTE_CHARS)
            && is_note_beside_mark(dom, n)
        {
            taken.insert(n);
            found.push(Found::Beside {
                note: n,
                mark: mark_before(dom, n),
            });
            walk.skip_children_of(n);
        } else if tag == "a" {
            if let Some(f) = targeted_note(dom, n, &targets, &lengths) {
                let note = match &f {
                    Found::Targeted { note, .. } | Found::Beside { note, .. } => *note,
                };
                if !taken.contains(note) {
                    taken.insert(note);
                    found.push(f);
                }
            }
        }
    }
    if found.is_empty() {
        return None;
    }
    let list = dom.create_element("ol", Vec::new());
    let mut marks: Vec<(NodeId, NodeId)> = Vec::new();
    let mut detached: Vec<NodeId> = Vec::new();
    for (k, f) in found.into_iter().enumerate() {
        let number = k + 1;
        match f {
            Found::Beside { note, mark } => {
                let id = format!("footnote-{number}");
                let reference = reference_mark(dom, &id, number);
                match mark {
                    Some(m) => {
                        marks.push((m, reference));
                        detached.push(note);
                    }
                    None => marks.push((note, reference)),
                }
                let item = dom.create_element("li", vec![("id".to_string(), id)]);
                for child in dom.take_children(note) {
                    dom.append(item, child);
                }
                dom.append(list, item);
            }
            Found::Targeted { note, id, number } => {
                if let Some(number) = number {
                    detached.push(number);
                }
                let item = dom.create_element("li", vec![("id".to_string(), id)]);
                detached.push(note);
                for child in dom.take_children(note) {
                    dom.append(item, child);
                }
                dom.append(list, item);
            }
        }
    }
    dom.replace_many(&marks);
    dom.detach_many(&detached);
    Some(list)
}

/// Whether any class under `root` names a note (the only other way [`rewrite_footnotes`] finds
/// notes, besides links to ids).
fn has_note_words(dom: &Dom, root: NodeId) -> bool {
    dom.descendant_elements(root).any(|n| {
        dom.attr(n, "class")
            .is_some_and(|c| c.to_ascii_lowercase().contains("note"))
    })
}

/// Every element id under `root`, sorted (the first element of a repeated id wins, as
/// `getElementById` finds it).
fn ids(dom: &Dom, root: NodeId) -> Vec<(&str, NodeId)> {
    let mut ids: Vec<(&str, NodeId)> = dom
        .descendant_elements(root)
        .filter_map(|n| Some((dom.attr(n, "id")?, n)))
        .collect();
    ids.sort_by(|a, b| a.0.cmp(b.0).then(a.1.cmp(&b.1)));
    ids.dedup_by_key(|&mut (id, _)| id);
    ids
}

/// A note written next to its mark: classed as a footnote or side note, with more text than a
/// mark, and either hidden until asked for, a side or margin note, or an `aside`.
fn is_note_beside_mark(dom: &Dom, n: NodeId) -> bool {
    let names = ClassNames::of_class(dom, n);
    if !names.has_word(INLINE_NOTE_WORDS) {
        return false;
    }
    let text = dom.normalized_text(n);
    let chars = text.chars().count();
    if chars <= MAX_MARK_CHARS || chars > MAX_NOTE_CHARS || dom.find_tags(n, "sup").next().is_some()
    {
        return false;
    }
    let hidden = dom.attr(n, "hidden").is_some()
        || dom
            .attr(n, "style")
            .is_some_and(crate::prepare::style_hides);
    let side = names.has_word(&["sidenote", "marginnote"]);
    // An unclassed block after the mark is not enough: a `<div class="footnote">` with no mark
    // before it is a page's footer note, not a footnote.
    hidden || side || (dom.is_tag(n, "span") && mark_before(dom, n).is_some())
}

/// The element just before `note` (past a Tufte toggle's checkbox) when it is a mark: a `<sup>`,
/// or a `<label>`/`<a>` classed as a note mark.
fn mark_before(dom: &Dom, note: NodeId) -> Option<NodeId> {
    let parent = dom.parent(note)?;
    let siblings = dom.children(parent);
    // Siblings are few where notes sit; a parent of thousands is not searched (n notes would
    // cost n² looks).
    const MAX_SIBLINGS: usize = 256;
    if siblings.len() > MAX_SIBLINGS {
        return None;
    }
    let at = siblings.iter().position(|&s| s == note)?;
    siblings[..at]
        .iter()
        .rev()
        .take(4)
        .filter(|&&s| dom.text(s).is_none_or(|t| !t.trim().is_empty()))
        .find(|&&s| !dom.is_tag(s, "input"))
        .copied()
        .filter(|&s| {
            dom.is_tag(s, "sup")
                || (matches!(dom.tag(s), Some("label" | "a" | "span"))
                    && ClassNames::of_class(dom, s).has_word(NOTE_MARK_WORDS))
        })
}

/// The note an in-page link points to when the link is a reference mark and its target is not
/// a list item already (those are read where they are).
fn targeted_note(
    dom: &Dom,
    a: NodeId,
    targets: &[(&str, NodeId)],
    lengths: &[usize],
) -> Option<Found> {
    let length = |n: NodeId| lengths.get(n.index()).copied().unwrap_or(0);
    let id = dom.attr(a, "href")?.trim().strip_prefix('#')?;
    let at = targets.binary_search_by(|&(k, _)| k.cmp(id)).ok()?;
    let target = targets[at].1;
    let mark_text = dom.normalized_text(a);
    let mark = mark_text.trim_matches(['[', ']', '(', ')']);
    let in_sup = dom.ancestors(a).take(3).any(|n| dom.is_tag(n, "sup"));
    if mark.is_empty()
        || mark.chars().count() > MAX_MARK_CHARS
        || !(in_sup || mark.chars().all(|c| c.is_ascii_digit()))
    {
        return None;
    }
    if dom.ancestors(target).any(|n| dom.is_tag(n, "li")) || dom.contains(target, a) {
        return None;
    }
    let target_chars = length(target);
    // Substack: the target is the note's own number link; the note is its parent.
    let (note, number) = if target_chars <= MAX_MARK_CHARS {
        let parent = dom.parent(target)?;
        (parent, Some(target))
    } else {
        (target, None)
    };
    let note_chars = length(note);
    // Lengths first: a table of contents links to whole sections, each to be rejected at once.
    if note_chars > MAX_NOTE_CHARS
        || !matches!(dom.tag(note), Some("div" | "aside" | "p" | "span"))
        || note_chars <= MAX_MARK_CHARS
        || (number.is_some() && note_chars <= target_chars)
        || dom.contains(note, a)
        || dom.descendant_elements(note).any(|d| {
            matches!(
                dom.tag(d),
                Some("h1" | "h2" | "h3" | "h4" | "article" | "section")
            )
        })
    {
        return None;
    }
    Some(Found::Targeted {
        note,
        id: id.to_string(),
        number,
    })
}

/// `<sup><a href="#id">n</a></sup>`.
fn reference_mark(dom: &mut Dom, id: &str, number: usize) -> NodeId {
    let sup = dom.create_element("sup", Vec::new());
    let a = dom.create_element("a", vec![("href".to_string(), format!("#{id}"))]);
    let text = dom.create_text(&number.to_string());
    dom.append(a, text);
    dom.append(sup, a);
    sup
}
