//! Measurements of the page that several stages base their decisions on: the words of class and
//! id names, and how much paragraph text lies below each node.

use crate::dom::{Dom, NodeId};

/// Splits class and id values into lowercase tokens at `-`, `_`, spaces, digits and camelCase
/// humps, so `relatedStories`, `related_stories` and `related-stories` read the same.
pub fn class_tokens(dom: &Dom, id: NodeId) -> Vec<String> {
    let mut tokens = Vec::new();
    for name in ["class", "id"] {
        if let Some(value) = dom.attr(id, name) {
            push_name_tokens(value, &mut tokens);
        }
    }
    tokens
}

/// Appends the tokens of one class/id-like value (see [`class_tokens`]).
pub fn push_name_tokens(value: &str, tokens: &mut Vec<String>) {
    let mut current = String::new();
    let mut prev_lower = false;
    for c in value.chars() {
        if c.is_alphabetic() {
            if c.is_uppercase() && prev_lower && !current.is_empty() {
                tokens.push(std::mem::take(&mut current));
            }
            prev_lower = c.is_lowercase();
            current.extend(c.to_lowercase());
        } else {
            prev_lower = false;
            if !current.is_empty() {
                tokens.push(std::mem::take(&mut current));
            }
        }
    }
    if !current.is_empty() {
        tokens.push(current);
    }
}

/// Length of text inside paragraph-like elements below each node: what the guard measures, since
/// link lists, menus and galleries hold text but not paragraphs. List items do not count: a
/// gallery of fifty captioned slides or a rail of teasers is a list, an article is not.
pub fn paragraph_text_lengths(dom: &Dom, root: NodeId) -> Vec<usize> {
    let lengths = dom.text_lengths(root);
    dom.subtree_sums(root, |d, n| match d.tag(n) {
        Some("p") | Some("pre") | Some("blockquote") | Some("td") => {
            // Count paragraph text once, at the outermost paragraph-like element, and not at all
            // inside list items.
            let nested = d.ancestors(n).any(|a| {
                matches!(
                    d.tag(a),
                    Some("p") | Some("pre") | Some("blockquote") | Some("li") | Some("td")
                )
            });
            if nested {
                0
            } else {
                lengths[n.index()]
            }
        }
        _ => 0,
    })
}
