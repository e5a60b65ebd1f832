//! Stage 1: HTML text → [`Dom`]. The only module that touches html5ever: the rest of the crate
//! sees our arena DOM, so the parser's types never leak into the API. html5ever builds straight
//! into that arena ([`sink`]); the tree is then renumbered in document order, once.
//!
//! No page may make this stage super-linear. Three guards keep html5ever's work in proportion to
//! the page: [`attribute_cap`] bounds the attributes the tokenizer sees per tag, [`DepthGuard`]
//! bounds its stack of open elements, and [`sink`] finds nodes among their siblings from the back.

mod attribute_cap;
mod sink;

use crate::dom::{Dom, NodeId};
use crate::error::CleanError;
use crate::options::Limits;
use html5ever::tendril::StrTendril;
use html5ever::tokenizer::{
    BufferQueue, Tag, TagKind, Token, TokenSink, TokenSinkResult, Tokenizer, TokenizerOpts,
};
use html5ever::tree_builder::{Tracer, TreeBuilder, TreeBuilderOpts};
use html5ever::{local_name, LocalName, TokenizerResult};
use sink::PageSink;
use std::cell::{Cell, RefCell};

/// The page text in the parser's own buffer. It is made once per clean: the retry ladder parses
/// again from it without another copy, and a caller that owns the page text can free that text as
/// soon as this exists, one page-size less at the memory peak.
pub struct PageSource(StrTendril);

impl PageSource {
    pub fn new(html: &str) -> PageSource {
        PageSource(StrTendril::from_slice(html))
    }

    /// Length in bytes.
    pub fn byte_len(&self) -> usize {
        self.0.len()
    }
}

/// A parsed page and what the parser's input limits took out of it.
pub struct Parsed {
    pub dom: Dom,
    /// Attributes past `limits.maxAttributes`, cut before tokenizing or when merging repeated
    /// `<html>`/`<body>` tags.
    pub dropped_attributes: usize,
}

/// Parses a whole page. Comments, doctypes and processing instructions are dropped; `<template>`
/// contents are skipped (they are inert markup, not page content).
pub fn parse_html(html: &str, limits: &Limits) -> Result<Dom, CleanError> {
    limits.check_input(html.len())?;
    parse_source(&PageSource::new(html), limits).map(|parsed| parsed.dom)
}

/// [`parse_html`] over a [`PageSource`]; the text is shared with the parser, not copied (unless a
/// tag has more than `limits.maxAttributes` attributes: then the parser reads a capped copy).
pub fn parse_source(source: &PageSource, limits: &Limits) -> Result<Parsed, CleanError> {
    limits.check_input(source.byte_len())?;
    let max_attributes = limits.max_attributes.max(1);
    let capped = attribute_cap::cap_attributes(&source.0, max_attributes);
    let tree_builder_opts = TreeBuilderOpts {
        // With scripting off, <noscript> content is parsed as markup, so the real <img> that
        // lazy-loading pages put there can replace its placeholder (see `prepare`).
        scripting_enabled: false,
        ..TreeBuilderOpts::default()
    };
    let sink = PageSink::new(max_attributes);
    let guard = DepthGuard {
        inner: TreeBuilder::new(sink, tree_builder_opts),
        max_depth: limits.max_depth.max(8),
        max_attributes,
        dropped: RefCell::new(Vec::new()),
        dropped_attributes: Cell::new(0),
    };
    let tokenizer = Tokenizer::new(guard, TokenizerOpts::default());
    let input = BufferQueue::default();
    let mut dropped_attributes = 0;
    match capped {
        Some(capped) => {
            dropped_attributes += capped.dropped;
            input.push_back(StrTendril::from(capped.text));
        }
        None => input.push_back(source.0.clone()),
    }
    // Feed until the input is used up. The tokenizer also pauses for scripts and for `<meta charset>`
    // hints; the text is already decoded, so both are simply resumed.
    while !matches!(tokenizer.feed(&input), TokenizerResult::Done) {}
    tokenizer.end();
    let guard = tokenizer.sink;
    dropped_attributes += guard.dropped_attributes.get() + guard.inner.sink.dropped_attributes();
    let mut dom = guard.inner.sink.into_dom();
    dom.finish_parse(limits.max_depth, limits.max_nodes)
        .map_err(|nodes| CleanError::TooManyNodes {
            nodes,
            limit: limits.max_nodes,
        })?;
    Ok(Parsed {
        dom,
        dropped_attributes,
    })
}

/// Keeps html5ever's stack of open elements shallow. The tree builder scans that stack for many
/// tags ("is there a <p> in button scope?"), so 60,000 nested `<div>`s cost billions of steps
/// (servo/html5ever#788). Browsers cap nesting near 512 for the same reason; here a start tag that
/// would open an element while the tree builder already holds `max_depth` open or active-formatting
/// elements is dropped (its text is kept, attached at the cap), along with its end tag.
///
/// The count is read from the tree builder itself (`trace_handles` visits exactly its open elements,
/// its active formatting elements and a few fixed slots), not from a model of HTML's implied end
/// tags: a model is always incomplete (nested lists, where an `<li>` does not close the outer one;
/// misnested formatting, where the adoption agency re-opens elements), and every gap in it lets the
/// real stack grow without bound. The active formatting list is counted too, because the tree
/// builder re-opens all of its entries on the next text ("reconstruct the active formatting
/// elements"), so an unbounded list would become an unbounded stack.
struct DepthGuard {
    inner: TreeBuilder<NodeId, PageSink>,
    max_depth: usize,
    max_attributes: usize,
    /// End tags still owed to dropped start tags, by name, for at most [`MAX_OWED_NAMES`] names
    /// (a short list searched from the end: no hash map code in the WebAssembly module).
    dropped: RefCell<Vec<(LocalName, usize)>>,
    /// Attributes past the cap on a tag that reached the tree builder anyway (the text scanner of
    /// [`attribute_cap`] follows the tokenizer's states only approximately inside SVG/MathML).
    dropped_attributes: Cell<usize>,
}

/// Most distinct tag names [`DepthGuard`] tracks owed end tags for: each end tag looks through
/// them, so the bound keeps that linear in the page (real pages drop a handful of names, if any).
const MAX_OWED_NAMES: usize = 64;

/// Counts the handles the tree builder holds (see [`DepthGuard`]).
#[derive(Default)]
struct HandleCount(Cell<usize>);

impl Tracer for HandleCount {
    type Handle = NodeId;
    fn trace_handle(&self, _: &NodeId) {
        self.0.set(self.0.get() + 1);
    }
}

/// Elements that never have content (no end tag, never left on the stack). Matched as interned
/// names: one integer compare each, not a string compare.
fn is_void_tag(name: &LocalName) -> bool {
    matches!(
        *name,
        local_name!("area")
            | local_name!("base")
            | local_name!("br")
            | local_name!("col")
            | local_name!("embed")
            | local_name!("hr")
            | local_name!("img")
            | local_name!("input")
            | local_name!("link")
            | local_name!("meta")
            | local_name!("source")
            | local_name!("track")
            | local_name!("wbr")
            | local_name!("param")
            | local_name!("keygen")
            | local_name!("frame")
            | local_name!("basefont")
            | local_name!("bgsound")
    )
}

/// Elements whose content the tokenizer reads as text once the tree builder has seen their start
/// tag (raw text, RCDATA, script data; `noscript` only with scripting on, which is off here, but an
/// extra name on this list only lets a stray end tag through).
fn is_raw_text_name(name: &LocalName) -> bool {
    matches!(
        *name,
        local_name!("script")
            | local_name!("style")
            | local_name!("textarea")
            | local_name!("title")
            | local_name!("xmp")
            | local_name!("iframe")
            | local_name!("noembed")
            | local_name!("noframes")
            | local_name!("noscript")
            | local_name!("plaintext")
    )
}

impl DepthGuard {
    /// Whether to pass this tag on to the tree builder.
    fn admit(&self, tag: &Tag) -> bool {
        let name = &tag.name;
        if matches!(
            *name,
            local_name!("html") | local_name!("head") | local_name!("body")
        ) {
            return true;
        }
        match tag.kind {
            TagKind::StartTag => {
                if is_void_tag(name) || tag.self_closing {
                    return true;
                }
                // The count is bounded by the cap this enforces, so reading it costs at most
                // `max_depth` steps per start tag: linear in the page.
                let held = HandleCount::default();
                self.inner.trace_handles(&held);
                if held.0.get() < self.max_depth {
                    return true;
                }
                if is_raw_text_name(name) {
                    // Its end tag always goes through (see below); nothing is owed.
                    return false;
                }
                let mut dropped = self.dropped.borrow_mut();
                let tracked = dropped.len();
                match dropped.iter_mut().rev().find(|(n, _)| n == name) {
                    Some((_, owed)) => *owed += 1,
                    // Past the bound, a name's end tags go to the tree builder, which closes an
                    // open element of that name or ignores them: a page with this many distinct
                    // names nested past the depth cap is built to be hostile.
                    None if tracked < MAX_OWED_NAMES => dropped.push((name.clone(), 1)),
                    None => {}
                }
                false
            }
            TagKind::EndTag => {
                // The end tag of a raw-text element always goes through: if the tree builder is
                // in its text mode, the tokenizer has already left raw text on seeing this tag,
                // and holding it back would leave the two out of step (html5ever panics when a
                // start tag reaches its text mode). For an element that was dropped, the tree
                // builder ignores the stray end tag.
                if is_raw_text_name(name) {
                    return true;
                }
                let mut dropped = self.dropped.borrow_mut();
                match dropped
                    .iter_mut()
                    .rev()
                    .find(|(n, _)| n == name)
                    .map(|(_, owed)| owed)
                {
                    Some(owed) if *owed > 0 => {
                        *owed -= 1;
                        false
                    }
                    _ => true,
                }
            }
        }
    }
}

impl TokenSink for DepthGuard {
    type Handle = NodeId;

    fn process_token(&self, mut token: Token, line_number: u64) -> TokenSinkResult<NodeId> {
        if let Token::TagToken(tag) = &mut token {
            if !self.admit(tag) {
                return TokenSinkResult::Continue;
            }
            if tag.attrs.len() > self.max_attributes {
                let extra = tag.attrs.len() - self.max_attributes;
                self.dropped_attributes
                    .set(self.dropped_attributes.get() + extra);
                tag.attrs.truncate(self.max_attributes);
            }
        }
        self.inner.process_token(token, line_number)
    }

    fn end(&self) {
        self.inner.end()
    }

    fn adjusted_current_node_present_but_not_in_html_namespace(&self) -> bool {
        self.inner
            .adjusted_current_node_present_but_not_in_html_namespace()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builds_html_head_body_and_lowercases_names() {
        let dom = parse_html(
            "<TITLE>T</TITLE><P CLASS=x>Hi <b>there</b></P><!-- gone -->",
            &Limits::default(),
        )
        .unwrap();
        let body = dom.body().unwrap();
        let p = dom.children(body)[0];
        assert_eq!(dom.tag(p), Some("p"));
        assert_eq!(dom.attr(p, "class"), Some("x"));
        assert_eq!(dom.text_content(body), "Hi there");
        assert!(dom.head().is_some());
    }

    #[test]
    fn script_and_style_text_is_not_kept_but_json_ld_is() {
        let dom = parse_html(
            r#"<style>p{color:red}</style><script>var state = {"a": 1};</script>
            <script type="application/ld+json">{"@type":"NewsArticle"}</script><p>Text</p>"#,
            &Limits::default(),
        )
        .unwrap();
        let scripts: Vec<NodeId> = dom.find_tags(dom.root(), "script").collect();
        assert_eq!(scripts.len(), 2, "the elements stay");
        assert_eq!(dom.text_content(scripts[0]), "");
        assert_eq!(dom.text_content(scripts[1]), r#"{"@type":"NewsArticle"}"#);
        let style = dom.find_tags(dom.root(), "style").next().unwrap();
        assert_eq!(dom.text_content(style), "");
        assert_eq!(
            dom.text_content(dom.root()).trim(),
            r#"{"@type":"NewsArticle"}Text"#
        );
    }

    #[test]
    fn svg_drawing_attributes_are_not_stored_but_names_and_labels_are() {
        let dom = parse_html(
            r#"<svg class="icon" viewBox="0 0 10 10"><g transform="scale(2)"><path class="wave"
            d="M0 0L10 10" fill="red" aria-label="Share"/></g><foreignObject><p class="n"
            style="x">In HTML</p></foreignObject></svg><p data-x="1" title="t">After</p>"#,
            &Limits::default(),
        )
        .unwrap();
        let svg = dom.find_tags(dom.root(), "svg").next().unwrap();
        assert_eq!(
            dom.attr(svg, "viewbox"),
            Some("0 0 10 10"),
            "the <svg> keeps all"
        );
        let g = dom.find_tags(dom.root(), "g").next().unwrap();
        assert_eq!(dom.attrs(g).count(), 0);
        let path = dom.find_tags(dom.root(), "path").next().unwrap();
        let kept: Vec<(&str, &str)> = dom.attrs(path).collect();
        assert_eq!(kept, [("class", "wave"), ("aria-label", "Share")]);
        // HTML inside the drawing and after it is untouched.
        let ps: Vec<NodeId> = dom.find_tags(dom.root(), "p").collect();
        assert_eq!(dom.attr(ps[0], "style"), Some("x"));
        assert_eq!(dom.attr(ps[1], "data-x"), Some("1"));
        assert_eq!(dom.attr(ps[1], "title"), Some("t"));
    }

    #[test]
    fn template_and_mathml_facts_survive_packing() {
        // The packed facts still tell the tree builder which node is a template (its contents
        // are dropped) and which annotation-xml holds HTML (its <p> stays inside the math).
        let dom = parse_html(
            r#"<template><p>Inert</p></template><math><annotation-xml encoding="text/html"><p>Inside</p></annotation-xml></math><svg><title>T</title></svg><p>Out</p>"#,
            &Limits::default(),
        )
        .unwrap();
        assert!(!dom.text_content(dom.root()).contains("Inert"));
        let annotation = dom.find_tags(dom.root(), "annotation-xml").next().unwrap();
        let inner = dom.find_tags(annotation, "p").next().unwrap();
        assert_eq!(dom.text_content(inner), "Inside");
        let body = dom.body().unwrap();
        let last = *dom.children(body).last().unwrap();
        assert_eq!(dom.text_content(last), "Out");
    }

    #[test]
    fn the_tree_builders_moves_land_in_the_arena() {
        // Foster parenting: text inside a table but outside its cells goes before the table, as
        // one text node.
        let dom = parse_html("<table>a<tr><td>x</td></tr>b</table>", &Limits::default()).unwrap();
        let body = dom.body().unwrap();
        let kids = dom.children(body);
        assert_eq!(dom.text(kids[0]), Some("ab"));
        assert_eq!(dom.tag(kids[1]), Some("table"));
        // The adoption agency: misnested formatting is split as browsers split it.
        let dom = parse_html("<b>1<p>2</b>3</p>", &Limits::default()).unwrap();
        let body = dom.body().unwrap();
        let tags: Vec<Option<&str>> = dom.children(body).iter().map(|&c| dom.tag(c)).collect();
        assert_eq!(tags, vec![Some("b"), Some("p")]);
        let p = dom.children(body)[1];
        assert_eq!(dom.tag(dom.children(p)[0]), Some("b"));
        assert_eq!(dom.text_content(p), "23");
        // Comments are not stored: the text around one is one node. Template contents are not
        // part of the page.
        let dom = parse_html(
            "<p>a<!-- note -->b</p><template><p>inert</p></template>",
            &Limits::default(),
        )
        .unwrap();
        let p = dom.find_tags(dom.root(), "p").next().unwrap();
        assert_eq!(dom.children(p).len(), 1);
        assert_eq!(dom.text(dom.children(p)[0]), Some("ab"));
        assert!(!dom.text_content(dom.root()).contains("inert"));
        // Every node is numbered in document order, with nothing unreachable left in the arena.
        let order: Vec<NodeId> = dom.descendants(dom.root()).collect();
        assert!(order.windows(2).all(|w| w[0] < w[1]));
        assert_eq!(order.len() + 1, dom.len());
    }

    #[test]
    fn noscript_content_is_markup() {
        let dom = parse_html("<noscript><img src=a.jpg></noscript>", &Limits::default()).unwrap();
        assert_eq!(dom.find_tags(dom.root(), "img").count(), 1);
    }

    #[test]
    fn named_character_references_decode_per_the_html_standard() {
        // Pins the patched entity table (vendor/web_atoms): full names, legacy names without a
        // semicolon, the longest-match rule and unknown names.
        let dom = parse_html(
            "<p>&amp; &notin; &notit; &AElig; &AElig &Longrightarrow; &lt &nosuch; &amp</p>",
            &Limits::default(),
        )
        .unwrap();
        assert_eq!(
            dom.text_content(dom.body().unwrap()),
            "& ∉ ¬it; Æ Æ ⟹ < &nosuch; &"
        );
    }

    #[test]
    fn a_meta_charset_does_not_stop_the_parse() {
        // The tree builder pauses at encoding hints; the whole page must still be read.
        let dom = parse_html(
            "<head><meta charset='windows-1252'><meta http-equiv='Content-Type' content='text/html; charset=utf-8'></head><body><p>After</p>",
            &Limits::default(),
        )
        .unwrap();
        assert_eq!(dom.normalized_text(dom.body().unwrap()), "After");
    }

    #[test]
    fn tags_beyond_the_depth_cap_are_dropped_but_their_text_is_kept() {
        let limits = Limits {
            max_depth: 50,
            ..Limits::default()
        };
        let html = "<div>".repeat(5_000) + "<p>deep</p>" + &"</div>".repeat(5_000) + "<p>after</p>";
        let dom = parse_html(&html, &limits).unwrap();
        let deepest = dom
            .descendants(dom.root())
            .map(|n| dom.depth(n))
            .max()
            .unwrap();
        assert!(deepest <= 60, "depth {deepest}");
        assert_eq!(dom.normalized_text(dom.body().unwrap()), "deepafter");
    }

    #[test]
    fn a_raw_text_end_tag_is_never_held_back() {
        // A <title> dropped past the depth cap must not make the guard swallow the end tag of a
        // later <title> the tree builder did see: it would be left in its text mode while the
        // tokenizer reads markup again, and html5ever panics on the next start tag. (The fuzzer's
        // input, minimized, with its depth cap of 8.)
        let limits = Limits {
            max_depth: 8,
            ..Limits::default()
        };
        let html = "<b><div><b\u{0}><title></div><title></title><l>after";
        let dom = parse_html(html, &limits).unwrap();
        assert!(dom.normalized_text(dom.root()).ends_with("after"));
    }

    #[test]
    fn nesting_is_capped_at_max_depth() {
        let html = "<div>".repeat(2000) + "deep";
        let dom = parse_html(&html, &Limits::default()).unwrap();
        let text = dom
            .descendants(dom.root())
            .find(|&n| dom.text(n).is_some())
            .unwrap();
        assert!(dom.depth(text) <= Limits::default().max_depth + 1);
        assert_eq!(dom.text_content(dom.root()), "deep");
    }

    #[test]
    fn oversized_input_is_a_typed_error() {
        let limits = Limits {
            max_input_bytes: 10,
            ..Limits::default()
        };
        assert!(matches!(
            parse_html("<p>more than ten bytes</p>", &limits),
            Err(CleanError::InputTooLarge { .. })
        ));
    }
}
