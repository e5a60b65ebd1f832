//! Stage: structure. Before anything is removed, the constructs that renderers and highlighters
//! draw in many ways are rewritten into one form each, so every later stage, and the serializer,
//! reads them one way:
//!
//! - formulas (KaTeX, MathJax 2 and 3, MathML, `data-math`, formula images) become a [`MATH`]
//!   element holding the TeX source, with the MathML that shows it when the page had some
//!   (`math.rs`);
//! - code blocks lose line-number gutters, copy buttons and language labels, learn their language
//!   from every highlighter's conventions, and keep their lines as lines (`code.rs`);
//! - footnotes kept beside their mark (a hidden tooltip, a sidenote, an `aside`) or in `<div>`s
//!   become the list of notes in-page links point to, as Markdown and `blocks` read them
//!   (`footnotes.rs`);
//! - note boxes (admonitions, GitHub alerts, Obsidian callouts) are marked with their kind
//!   ([`CALLOUT`]), so the stages that remove asides and boxes keep them (`callouts.rs`);
//! - embedded players and posts (YouTube, Vimeo, tweets, Mastodon, Bluesky, CodePen, gists)
//!   become an [`EMBED`] element with the address of what they show (`embeds.rs`).
//!
//! The new elements and attributes have upper-case names, which the HTML parser never produces
//! (it lower-cases every tag and attribute name): a page cannot forge them.

mod callouts;
pub(crate) mod code;
mod embeds;
mod footnotes;
pub(crate) mod math;

use crate::dom::{Dom, NodeId};

/// A formula: attributes `latex` (its TeX source) and `display` (`block` or `inline`); its child,
/// when there is one, is the page's MathML for it.
pub(crate) const MATH: &str = "MATH";

/// Another site's content: attributes `provider`, `url` and, when known, `title`.
pub(crate) const EMBED: &str = "EMBED";

/// The attribute marking a note box, its value the box's kind (`note`, `tip`, `important`,
/// `warning`, `caution`); an element of the page keeps its tag.
pub(crate) const CALLOUT: &str = "CALLOUT";

/// The attribute marking a code block's `<pre>` and the wrappers of its box.
pub(crate) const CODE_BOX: &str = "CODE-BOX";

/// The attribute marking a note box's title element.
pub(crate) const CALLOUT_TITLE: &str = "CALLOUT-TITLE";

/// What the stage keeps apart from the page.
pub(crate) struct Structure {
    /// The footnotes it gathered (an `<ol>` of notes, detached), for the serializer to write
    /// after the article.
    pub(crate) notes: Option<NodeId>,
}

/// Rewrites the page's formulas, code blocks, footnotes and embeds (see the module comment).
pub(crate) fn normalize(dom: &mut Dom) -> Structure {
    math::rewrite_formulas(dom);
    callouts::mark_callouts(dom);
    embeds::rewrite_embeds(dom);
    code::rewrite_code_blocks(dom);
    Structure {
        notes: footnotes::rewrite_footnotes(dom),
    }
}

/// Whether `id`'s `class` has the token `name`, exactly as written.
pub(crate) fn has_class(dom: &Dom, id: NodeId, name: &str) -> bool {
    dom.attr(id, "class")
        .is_some_and(|c| c.split_ascii_whitespace().any(|t| t == name))
}

/// Whether a `display` attribute of [`MATH`] says the formula stands on its own line.
pub(crate) fn is_display_math(dom: &Dom, id: NodeId) -> bool {
    dom.is_tag(id, MATH) && dom.attr(id, "display") == Some("block")
}
