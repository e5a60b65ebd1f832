//! Measurements of the page that several stages base their decisions on: the words of class and
//! id names (read one way, by [`ClassNames`]), how much text sits in links, and how much
//! paragraph text lies below each node.

use crate::dom::{Dom, NodeId};

/// An element's `class` and `id` as every rule reads them. Rules match it in one of three ways,
/// chosen by the vocabulary they hold:
/// - [`Self::has_word`]: a whole token ("nav" in `main-nav`, not in `canvas`), for furniture,
///   content, caption and credit words;
/// - [`Self::has_phrase`]: tokens in a row ("related stories" in `relatedStories`), for the
///   multi-word class rules;
/// - [`Self::has_fragment`]: a substring of the lowercased value, for stems that sites glue into
///   one word ("author" in `postauthor`, "comment" in `commentlist`).
///
/// Tokens split at `-`, `_`, spaces, digits and camelCase humps, so `relatedStories`,
/// `related_stories` and `related-stories` read the same.
pub(crate) struct ClassNames {
    tokens: Vec<String>,
    joined: String,
}

impl ClassNames {
    /// The element's `class` and `id`.
    pub(crate) fn of(dom: &Dom, id: NodeId) -> Self {
        Self::from_values([dom.attr(id, "class"), dom.attr(id, "id")])
    }

    /// The element's `class` alone (for elements whose `id` is a slug of their own text).
    pub(crate) fn of_class(dom: &Dom, id: NodeId) -> Self {
        Self::from_values([dom.attr(id, "class"), None])
    }

    fn from_values(values: [Option<&str>; 2]) -> Self {
        let mut tokens = Vec::new();
        let mut joined = String::new();
        for value in values.into_iter().flatten() {
            push_name_tokens(value, &mut tokens);
            if !joined.is_empty() {
                joined.push(' ');
            }
            joined.push_str(value);
        }
        joined.make_ascii_lowercase();
        ClassNames { tokens, joined }
    }

    /// True when the element has no class or id words at all.
    pub(crate) fn is_empty(&self) -> bool {
        self.tokens.is_empty()
    }

    /// True when a token equals one of `words`.
    pub(crate) fn has_word(&self, words: &[&str]) -> bool {
        self.tokens.iter().any(|t| words.contains(&t.as_str()))
    }

    /// True when a token passes `is_word` (for vocabularies whose entries carry more than the
    /// word, like [`crate::rules::furniture::FURNITURE_WORDS`]).
    pub(crate) fn has_word_where(&self, is_word: impl Fn(&str) -> bool) -> bool {
        self.tokens.iter().any(|t| is_word(t))
    }

    /// True when `phrase`'s words appear as consecutive tokens.
    pub(crate) fn has_phrase(&self, phrase: &[&str]) -> bool {
        !phrase.is_empty()
            && self
                .tokens
                .windows(phrase.len())
                .any(|w| w.iter().zip(phrase).all(|(a, b)| a == b))
    }

    /// The `class` and `id` values as written, lowercased (ASCII), joined by a space.
    pub(crate) fn joined(&self) -> &str {
        &self.joined
    }

    /// True when one of `fragments` occurs anywhere in the lowercased class or id.
    pub(crate) fn has_fragment(&self, fragments: &[&str]) -> bool {
        fragments.iter().any(|f| self.joined.contains(f))
    }

    /// The tokens, in order.
    pub(crate) fn tokens(&self) -> &[String] {
        &self.tokens
    }
}

/// Appends the tokens of one class/id-like value (see [`ClassNames`]): also used to compare a
/// heading's words with an id slug.
pub(crate) fn push_name_tokens(value: &str, tokens: &mut Vec<String>) {
    let mut current = String::new();
    let mut prev_lower = false;
    for c in value.chars() {
        // ASCII (nearly every class name) without the Unicode tables.
        let (alphabetic, upper, lower) = if c.is_ascii() {
            (
                c.is_ascii_alphabetic(),
                c.is_ascii_uppercase(),
                c.is_ascii_lowercase(),
            )
        } else {
            (c.is_alphabetic(), c.is_uppercase(), c.is_lowercase())
        };
        if alphabetic {
            if upper && prev_lower && !current.is_empty() {
                tokens.push(std::mem::take(&mut current));
            }
            prev_lower = lower;
            if c.is_ascii() {
                current.push(c.to_ascii_lowercase());
            } else {
                current.extend(c.to_lowercase());
            }
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
pub(crate) fn paragraph_text_lengths(dom: &Dom, root: NodeId) -> Vec<usize> {
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

/// Per-node text and link-text lengths below a root, computed once per pass; the cached form of
/// [`link_density`].
pub(crate) struct TextStats {
    pub(crate) text: Vec<usize>,
    pub(crate) link_text: Vec<usize>,
}

impl TextStats {
    pub(crate) fn compute(dom: &Dom, root: NodeId) -> TextStats {
        let text = dom.text_lengths(root);
        let mut in_link = vec![false; dom.len()];
        for n in dom.descendants(root) {
            if let Some(p) = dom.parent(n) {
                in_link[n.index()] = in_link[p.index()] || dom.is_tag(p, "a");
            }
        }
        let link_text = dom.subtree_sums(root, |d, n| {
            if in_link[n.index()] {
                d.text(n)
                    .map(|t| t.chars().filter(|c| !c.is_whitespace()).count())
                    .unwrap_or(0)
            } else {
                0
            }
        });
        TextStats { text, link_text }
    }

    /// [`link_density`] of a node below the root.
    pub(crate) fn link_density(&self, id: NodeId) -> f64 {
        let total = self.text[id.index()];
        if total == 0 {
            return 0.0;
        }
        self.link_text[id.index()] as f64 / total as f64
    }
}

/// Share of a node's text (non-whitespace characters) that sits inside links below it, each
/// character counted once however links nest. Used where the DOM changes between questions, so
/// no [`TextStats`] stays valid. The same measure as [`TextStats::link_density`] except for a
/// node that is itself inside a link, which only the precomputed form sees (it knows the
/// ancestors up to its root); the callers of this one ask about blocks beside headings, which
/// sit in links only on pages that wrap whole sections in one.
pub(crate) fn link_density(dom: &Dom, id: NodeId) -> f64 {
    let total = dom.text_len(id);
    if total == 0 {
        return 0.0;
    }
    let mut linked = 0;
    let mut walk = dom.descendants(id);
    while let Some(n) = walk.next() {
        if dom.is_tag(n, "a") {
            linked += dom.text_len(n);
            walk.skip_children_of(n);
        }
    }
    linked as f64 / total as f64
}
