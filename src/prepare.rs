//! Stage 3: make the page look like what a reader saw. Drops nodes that never carry reader content
//! (scripts, styles, form controls, hidden nodes), fixes lazy-loaded images so the real picture is
//! kept, and turns `<br><br>` runs into paragraphs.

use crate::article::{Removed, RemovedKind};
use crate::dom::{Dom, NodeId};
use crate::ladder::Rules;
use crate::measure::ClassNames;
use crate::removal::excerpt;
use crate::rules::hidden::{
    FALLBACK_IMAGE_CLASS, HIDE_UTILITY_CLASSES, REVEALED_BLOCK_MIN_CHARS, SCREEN_READER_CLASSES,
    SCRIPT_NOTICE_MAX_CHARS, SCRIPT_NOTICE_WORD, SHOW_AGAIN_CLASS_PREFIXES,
    STREAMED_PLACEHOLDER_ID_PREFIX, STREAMED_SEGMENT_ID_PREFIX,
};
use crate::rules::images::{
    IMAGE_EXTENSIONS, LAZY_SRCSET_ATTRS, LAZY_SRC_ATTRS, PLACEHOLDER_SRC_FRAGMENTS,
};
use crate::tags;

/// Runs every preparation step on the page.
pub(crate) fn prepare(dom: &mut Dom, rules: &Rules, removed: &mut Vec<Removed>) {
    place_streamed_segments(dom);
    drop_non_content(dom, rules.hidden_content, removed);
    fix_lazy_images(dom, rules.noscript_content);
    nest_bare_sublists(dom);
}

/// Does what React's streaming script would: each hidden segment (`<div hidden id="S:1">`, see
/// [`STREAMED_SEGMENT_ID_PREFIX`]) takes the place of its `<template id="B:1">` and is shown. A
/// segment without a placeholder is shown where it is. Without this, everything a Next.js page
/// streams (often the whole article) is dropped as hidden.
fn place_streamed_segments(dom: &mut Dom) {
    let mut segments: Vec<(String, NodeId)> = Vec::new();
    let mut placeholders: Vec<(String, NodeId)> = Vec::new();
    for n in dom.descendant_elements(dom.root()) {
        let Some(id) = dom.attr(n, "id") else {
            continue;
        };
        if let Some(suffix) = id.strip_prefix(STREAMED_SEGMENT_ID_PREFIX) {
            if dom.attr(n, "hidden").is_some() && !suffix.is_empty() {
                segments.push((suffix.to_string(), n));
            }
        } else if let Some(suffix) = id.strip_prefix(STREAMED_PLACEHOLDER_ID_PREFIX) {
            if dom.is_tag(n, "template") {
                placeholders.push((suffix.to_string(), n));
            }
        }
    }
    placeholders.sort_by(|a, b| a.0.cmp(&b.0));
    for (suffix, segment) in segments {
        dom.remove_attr(segment, "hidden");
        let Ok(at) = placeholders.binary_search_by(|(s, _)| s.as_str().cmp(&suffix)) else {
            continue;
        };
        let placeholder = placeholders[at].1;
        // A placeholder inside its own segment would detach the segment from the page.
        if dom.parent(placeholder).is_some() && !dom.contains(segment, placeholder) {
            dom.detach(segment);
            dom.replace(placeholder, segment);
        }
    }
}

/// Hand-written pages indent a sub-list by putting it straight inside the outer list
/// (`<ul><ul><li>…</li></ul></ul>`), which browsers render as an indented list but which has no
/// list item to hold it. The sub-list moves into the list item before it (what the author meant),
/// or into a new item of its own, so every later stage sees well-formed lists.
fn nest_bare_sublists(dom: &mut Dom) {
    let is_list = |d: &Dom, n: NodeId| matches!(d.tag(n), Some("ul" | "ol"));
    let bare: Vec<NodeId> = dom
        .descendants(dom.root())
        .filter(|&n| is_list(dom, n) && dom.parent(n).is_some_and(|p| is_list(dom, p)))
        .collect();
    for list in bare {
        let previous_item = previous_element_sibling(dom, list).filter(|&s| dom.is_tag(s, "li"));
        match previous_item {
            Some(item) => {
                dom.detach(list);
                dom.append(item, list);
            }
            None => {
                let item = dom.create_element("li", Vec::new());
                dom.replace(list, item);
                dom.append(item, list);
            }
        }
    }
}

/// Drops scripts, styles, form controls and hidden nodes. With `reveal` (the ladder's pass for
/// pages that hide their content until a script runs), blocks hidden by the page's own markup
/// that hold at least [`REVEALED_BLOCK_MIN_CHARS`] characters are kept.
fn drop_non_content(dom: &mut Dom, reveal: bool, removed: &mut Vec<Removed>) {
    let mut doomed: Vec<(NodeId, Option<&'static str>)> = Vec::new();
    let mut formulas: Vec<NodeId> = Vec::new();
    let text_lengths = if reveal {
        dom.text_lengths(dom.root())
    } else {
        Vec::new()
    };
    let revealed = |id: NodeId, reason: &str| {
        reveal && is_script_hiding(reason) && text_lengths[id.index()] >= REVEALED_BLOCK_MIN_CHARS
    };
    let mut walk = dom.descendants(dom.root());
    while let Some(id) = walk.next() {
        let Some(tag) = dom.tag(id) else { continue };
        if tag == "head" {
            walk.skip_children_of(id);
            continue;
        }
        if tag == crate::structure::MATH || tag == crate::structure::EMBED {
            // The structure stage's own elements: their children are the page's MathML, kept.
            walk.skip_children_of(id);
        } else if tag == "math" && hidden_reason(dom, id).is_none() {
            formulas.push(id);
            walk.skip_children_of(id);
        } else if tags::is_never_content(tag) {
            doomed.push((id, None));
            walk.skip_children_of(id);
        } else if let Some(reason) = hidden_reason(dom, id).filter(|r| !revealed(id, r)) {
            doomed.push((id, Some(reason)));
            walk.skip_children_of(id);
        }
    }
    for &(id, reason) in &doomed {
        if let Some(reason) = reason {
            let text = dom.normalized_text(id);
            if !text.is_empty() {
                removed.push(Removed {
                    kind: RemovedKind::Hidden,
                    text: excerpt(&text),
                    reason: reason.to_string(),
                });
            }
        }
    }
    let ids: Vec<NodeId> = doomed.iter().map(|&(id, _)| id).collect();
    dom.detach_many(&ids);
    for formula in formulas {
        linearize_formula(dom, formula);
    }
}

/// Turns a visible MathML formula into a line of text, its symbols separated by spaces
/// ("a ≠ 0"), so the formulas of a maths lesson, a paper or a documentation page stay in the text
/// instead of leaving "there are two solutions to , and they are ." behind. MathML's markup is
/// one element per symbol (`<mi>a</mi><mo>≠</mo>`), which would otherwise run together as "a≠0";
/// `annotation` holds the TeX source the formula was made from, a second copy no reader sees.
/// Formulas a page hides (Wikipedia's MathML beside its rendered image) were dropped before this.
fn linearize_formula(dom: &mut Dom, formula: NodeId) {
    let line = crate::structure::math::shown_text(dom, formula);
    dom.take_children(formula);
    if !line.is_empty() {
        let line = dom.create_text(&line);
        dom.append(formula, line);
    }
    dom.rename(formula, "span");
}

/// Whether a reason [`hidden_reason`] gives is one a page's scripts undo (a loader, a tab, a
/// streamed shell), rather than text meant only for assistive technology or decoration.
fn is_script_hiding(reason: &str) -> bool {
    matches!(reason, HIDDEN_ATTRIBUTE | STYLE_HIDES | HIDE_UTILITY_CLASS)
}

/// How many characters the page's script-hidden blocks of at least
/// [`REVEALED_BLOCK_MIN_CHARS`] hold (outermost blocks only): the ladder's reveal pass is worth
/// running only when they hold more than the visible page gave.
pub(crate) fn revealable_chars(dom: &Dom) -> usize {
    let mut total = 0;
    let mut walk = dom.descendants(dom.root());
    while let Some(id) = walk.next() {
        match dom.tag(id) {
            None => {}
            Some("head") => walk.skip_children_of(id),
            Some(tag) if tags::is_never_content(tag) => walk.skip_children_of(id),
            Some(_) if hidden_reason(dom, id).is_some_and(is_script_hiding) => {
                let chars = dom.text_len(id);
                if chars >= REVEALED_BLOCK_MIN_CHARS {
                    total += chars;
                }
                walk.skip_children_of(id);
            }
            Some(_) => {}
        }
    }
    total
}

const HIDDEN_ATTRIBUTE: &str = "hidden attribute";
const STYLE_HIDES: &str = "inline style hides it";
const HIDE_UTILITY_CLASS: &str = "hiding utility class";

/// Whether an inline `style` attribute hides its element (`display:none` / `visibility:hidden`,
/// in any case and spacing, `!important` or not). Only those two properties count, read
/// declaration by declaration: a custom property whose name ends like one
/// (`--footer-display: none`, a theme variable some sites set on `<body>`) hides nothing.
pub(crate) fn style_hides(style: &str) -> bool {
    style.split(';').any(|declaration| {
        let Some((property, value)) = declaration.split_once(':') else {
            return false;
        };
        let value = value.trim().to_ascii_lowercase();
        let value = value.trim_end_matches("!important").trim_end();
        match property.trim().to_ascii_lowercase().as_str() {
            "display" => value == "none",
            "visibility" => value == "hidden",
            _ => false,
        }
    })
}

/// Why a node is invisible to a reader, if it is. Only signals present in the markup itself count:
/// the `hidden` attribute, inline `display:none` / `visibility:hidden`, and the screen-reader-only
/// utility classes whose text ("Advertisement", "Share on Facebook") no sighted reader sees.
/// `aria-hidden` alone is not trusted for large blocks: some sites set it on the whole article while
/// a dialog is open (Readability.js issue #766), so it only hides short blocks.
fn hidden_reason(dom: &Dom, id: NodeId) -> Option<&'static str> {
    if dom.attr(id, "hidden").is_some() {
        return Some(HIDDEN_ATTRIBUTE);
    }
    if dom.attr(id, "style").is_some_and(style_hides) {
        return Some(STYLE_HIDES);
    }
    if dom.attr(id, "aria-hidden") == Some("true") && dom.text_len(id) < 200 {
        // Images marked aria-hidden are decorative copies, but lazy-load fallbacks reuse the class
        // "fallback-image" with aria-hidden; keep those (Readability.js does the same).
        if !ClassNames::of(dom, id).has_fragment(&[FALLBACK_IMAGE_CLASS]) {
            return Some("aria-hidden");
        }
    }
    if let Some(class) = dom.attr(id, "class") {
        let screen_reader_only = class
            .split_ascii_whitespace()
            .any(|c| SCREEN_READER_CLASSES.contains(&c.to_ascii_lowercase().as_str()));
        if screen_reader_only {
            return Some("screen-reader-only text");
        }
        if has_hide_utility_class(class) {
            return Some(HIDE_UTILITY_CLASS);
        }
    }
    None
}

/// CSS frameworks' "never display" utility classes ([`HIDE_UTILITY_CLASSES`]). WordPress themes put schema.org
/// microdata (image addresses, dates, the publisher's name) in such a span, which otherwise reads as
/// a paragraph of junk. Responsive frameworks pair the class with one that shows the element again
/// at some width (`hidden md:block`, `d-none d-lg-block`), so any such partner keeps the element.
fn has_hide_utility_class(class: &str) -> bool {
    let mut hides = false;
    for c in class.split_ascii_whitespace() {
        let c = c.to_ascii_lowercase();
        let hiding = HIDE_UTILITY_CLASSES.contains(&c.as_str());
        if c.contains(':')
            || (!hiding && SHOW_AGAIN_CLASS_PREFIXES.iter().any(|p| c.starts_with(p)))
        {
            return false;
        }
        hides |= hiding;
    }
    hides
}

/// An address that names an image file by its extension (query strings allowed).
fn looks_like_image_url(value: &str) -> bool {
    let path = value
        .split(['?', '#'])
        .next()
        .unwrap_or("")
        .to_ascii_lowercase();
    IMAGE_EXTENSIONS.iter().any(|ext| path.ends_with(ext))
}

fn looks_like_placeholder(src: &str) -> bool {
    let s = src.trim();
    s.is_empty()
        || s.starts_with("data:")
        || PLACEHOLDER_SRC_FRAGMENTS.iter().any(|f| s.contains(f))
}

/// Puts the real address of lazy-loaded images into `src`/`srcset`, draws the images scripts
/// would have drawn into empty placeholders, and lets a `<noscript>` fallback image replace its
/// script-driven placeholder.
fn fix_lazy_images(dom: &mut Dom, noscript_content: bool) {
    copy_lazy_sources(dom);
    draw_script_images(dom);
    use_noscript_images(dom, noscript_content);
}

/// `data-src` and its kin into `src` when `src` is a placeholder; `data-srcset` into an empty
/// `srcset`.
fn copy_lazy_sources(dom: &mut Dom) {
    let images: Vec<NodeId> = dom
        .find_tags(dom.root(), "img")
        .chain(dom.find_tags(dom.root(), "source"))
        .collect();
    for img in images {
        let src = dom.attr(img, "src").unwrap_or("");
        if looks_like_placeholder(src) {
            if let Some(real) = LAZY_SRC_ATTRS
                .iter()
                .find_map(|a| dom.attr(img, a).filter(|v| !v.trim().is_empty()))
            {
                let real = real.to_string();
                dom.set_attr(img, "src", &real);
            }
        }
        if dom.attr(img, "srcset").is_none_or(|s| s.trim().is_empty()) {
            if let Some(real) = LAZY_SRCSET_ATTRS
                .iter()
                .find_map(|a| dom.attr(img, a).filter(|v| !v.trim().is_empty()))
            {
                let real = real.to_string();
                dom.set_attr(img, "srcset", &real);
            }
        }
    }
}

/// Script-loaded images drawn into an empty element (BBC's `div.js-delayed-image-load`, many
/// "responsive image" widgets): give them a real <img> so the picture survives.
fn draw_script_images(dom: &mut Dom) {
    let placeholders: Vec<NodeId> = dom
        .descendant_elements(dom.root())
        .filter(|&n| {
            !matches!(
                dom.tag(n),
                Some(
                    "img"
                        | "source"
                        | "picture"
                        | "video"
                        | "audio"
                        | "iframe"
                        | "a"
                        | "link"
                        | "script"
                )
            ) && dom.children(n).iter().all(|&c| !dom.is_element(c))
                && dom.text_len(n) == 0
                && LAZY_SRC_ATTRS
                    .iter()
                    .any(|a| dom.attr(n, a).is_some_and(looks_like_image_url))
        })
        .collect();
    for n in placeholders {
        let Some(src) = LAZY_SRC_ATTRS
            .iter()
            .find_map(|a| dom.attr(n, a).filter(|v| looks_like_image_url(v)))
            .map(str::to_string)
        else {
            continue;
        };
        let mut attrs = vec![("src".to_string(), src)];
        if let Some(alt) = dom.attr(n, "data-alt").or(dom.attr(n, "aria-label")) {
            attrs.push(("alt".to_string(), alt.to_string()));
        }
        let img = dom.create_element("img", attrs);
        dom.append(n, img);
    }
}

/// "You need to enable JavaScript to run this app." (see [`SCRIPT_NOTICE_WORD`]).
fn is_script_notice(dom: &Dom, noscript: NodeId) -> bool {
    dom.text_len(noscript) < SCRIPT_NOTICE_MAX_CHARS
        && dom
            .text_content(noscript)
            .to_lowercase()
            .contains(SCRIPT_NOTICE_WORD)
}

/// A `<noscript>` that holds only an image replaces the placeholder before it (or itself, when
/// there is none); any other `<noscript>` goes, unless `noscript_content` says it is the page
/// (then it becomes a `<div>`).
fn use_noscript_images(dom: &mut Dom, noscript_content: bool) {
    let noscripts: Vec<NodeId> = dom.find_tags(dom.root(), "noscript").collect();
    for ns in noscripts {
        let inner_images: Vec<NodeId> = dom.find_tags(ns, "img").collect();
        let only_an_image = inner_images.len() == 1 && dom.text_len(ns) == 0;
        if !only_an_image {
            if noscript_content && !is_script_notice(dom, ns) {
                dom.rename(ns, "div");
            } else {
                dom.detach(ns);
            }
            continue;
        }
        // The placeholder is the element just before the <noscript>: an <img>, or a wrapper
        // holding exactly one.
        let previous = previous_element_sibling(dom, ns);
        let placeholder = previous.and_then(|p| {
            if dom.is_tag(p, "img") {
                Some(p)
            } else {
                let mut imgs = dom.find_tags(p, "img");
                match (imgs.next(), imgs.next()) {
                    (Some(one), None) if dom.text_len(p) == 0 => Some(one),
                    _ => None,
                }
            }
        });
        let real = inner_images[0];
        dom.detach(real);
        match placeholder {
            Some(old) => {
                dom.replace(old, real);
                dom.detach(ns);
            }
            None => dom.replace(ns, real),
        }
    }
}

fn previous_element_sibling(dom: &Dom, id: NodeId) -> Option<NodeId> {
    let parent = dom.parent(id)?;
    let siblings = dom.children(parent);
    let pos = siblings.iter().position(|&c| c == id)?;
    siblings[..pos]
        .iter()
        .rev()
        .copied()
        .find(|&s| dom.is_element(s) || dom.text(s).is_some_and(|t| !t.trim().is_empty()))
        .filter(|&s| dom.is_element(s))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::options::Limits;
    use crate::parse::parse_html;

    fn prepared(html: &str) -> (Dom, Vec<Removed>) {
        let mut dom = parse_html(html, &Limits::default()).unwrap();
        let mut removed = Vec::new();
        prepare(&mut dom, &crate::ladder::STRICTEST, &mut removed);
        (dom, removed)
    }

    #[test]
    fn scripts_styles_and_controls_are_dropped() {
        let (dom, _) = prepared(
            "<p>Keep</p><script>var x</script><style>p{}</style><button>Click</button><svg><title>Share</title></svg>",
        );
        assert_eq!(dom.normalized_text(dom.body().unwrap()), "Keep");
    }

    #[test]
    fn streamed_segments_take_their_placeholders_place() {
        let (dom, removed) = prepared(
            "<main><h1>Title</h1><template id='B:0'></template><p>Loading…</p><footer>F</footer></main>\
             <div hidden id='S:0'><p>The streamed article text.</p></div>\
             <div hidden id='S:9'><p>A segment without a placeholder.</p></div>\
             <div hidden id='other'><p>Really hidden.</p></div>",
        );
        let main = dom.find_tags(dom.root(), "main").next().unwrap();
        assert_eq!(
            dom.normalized_text(main),
            "TitleThe streamed article text.Loading…F"
        );
        let body = dom.normalized_text(dom.body().unwrap());
        assert!(body.contains("A segment without a placeholder."), "{body}");
        assert!(!body.contains("Really hidden."), "{body}");
        assert!(removed.iter().any(|r| r.text == "Really hidden."));
    }

    #[test]
    fn only_the_display_and_visibility_properties_hide() {
        assert!(style_hides("display:none"));
        assert!(style_hides("color: red; DISPLAY : None !important"));
        assert!(style_hides("visibility:hidden;"));
        // Custom properties (theme variables) whose names end like a hiding property.
        assert!(!style_hides(
            "--footer-display: none; --menu-visibility:hidden"
        ));
        assert!(!style_hides("display: flex"));
        let (dom, _) =
            prepared("<div style='--footer-display: none'><p>The page's text.</p></div>");
        assert_eq!(dom.normalized_text(dom.body().unwrap()), "The page's text.");
    }

    #[test]
    fn hidden_nodes_are_dropped_and_explained() {
        let (dom, removed) = prepared(
            "<p>Keep</p><div style='display: none'>Secret</div><div hidden>Also</div><span class='sr-only'>Advertisement</span>\
             <span class='off-screen'>Media caption</span>",
        );
        assert_eq!(dom.normalized_text(dom.body().unwrap()), "Keep");
        assert_eq!(removed.len(), 4);
        assert!(removed.iter().all(|r| r.kind == RemovedKind::Hidden));
    }

    #[test]
    fn hiding_utility_classes_hide_unless_a_breakpoint_shows_the_element() {
        let (dom, removed) = prepared(
            "<p>Keep</p><span class='hidden'><span itemprop='url'>https://example.com/a.jpg</span></span>\
             <div class='d-none'>Bootstrap</div><div class='Hide'>Foundation</div>\
             <div class='hidden md:block'>Wide screens</div><div class='d-none d-lg-block'>Large</div>\
             <div class='hidden-xs'>Phones</div>",
        );
        let text = dom.normalized_text(dom.body().unwrap());
        for kept in ["Keep", "Wide screens", "Large", "Phones"] {
            assert!(text.contains(kept), "{kept}");
        }
        for hidden in ["example.com", "Bootstrap", "Foundation"] {
            assert!(!text.contains(hidden), "{hidden}");
        }
        assert_eq!(removed.len(), 3);
    }

    #[test]
    fn formulas_become_spaced_text_and_hidden_copies_stay_hidden() {
        let (dom, _) = prepared(
            "<p>When <math><mi>a</mi><mo>≠</mo><mn>0</mn></math>, there are two solutions to \
             <math><semantics><mrow><msup><mi>x</mi><mn>2</mn></msup><mo>=</mo><mn>4</mn></mrow>\
             <annotation encoding='application/x-tex'>x^2=4</annotation></semantics></math>.</p>\
             <span style='display:none'><math><mi>hidden</mi></math></span>",
        );
        assert_eq!(
            dom.normalized_text(dom.body().unwrap()),
            "When a ≠ 0, there are two solutions to x 2 = 4."
        );
    }

    #[test]
    fn lists_put_straight_inside_lists_get_an_item_to_hold_them() {
        let (dom, _) = prepared(
            "<ul><li>Outer item</li><ul><li>Indented under it</li></ul></ul>\
             <ol><ol type='A'><li>Only an indented list</li></ol></ol>",
        );
        for inner in dom
            .find_tags(dom.root(), "ul")
            .chain(dom.find_tags(dom.root(), "ol"))
        {
            let parent = dom.parent(inner).unwrap();
            assert!(!matches!(dom.tag(parent), Some("ul" | "ol")));
        }
        let first_item = dom.find_tags(dom.root(), "li").next().unwrap();
        assert_eq!(
            dom.normalized_text(first_item),
            "Outer itemIndented under it"
        );
    }

    #[test]
    fn aria_hidden_does_not_hide_a_whole_article() {
        let long = "Real article text. ".repeat(30);
        let (dom, _) = prepared(&format!(
            "<article aria-hidden='true'><p>{long}</p></article>"
        ));
        assert!(dom.text_len(dom.body().unwrap()) > 400);
    }

    #[test]
    fn lazy_images_get_their_real_source() {
        let (dom, _) = prepared(
            "<img src='data:image/gif;base64,R0l' data-src='https://x.test/a.jpg' data-srcset='https://x.test/a2.jpg 2x'>",
        );
        let img = dom.find_tags(dom.root(), "img").next().unwrap();
        assert_eq!(dom.attr(img, "src"), Some("https://x.test/a.jpg"));
        assert_eq!(dom.attr(img, "srcset"), Some("https://x.test/a2.jpg 2x"));
    }

    #[test]
    fn noscript_fallback_replaces_its_placeholder() {
        let (dom, _) = prepared(
            "<figure><img src='lazy.gif' class='js-lazy'><noscript><img src='https://x.test/real.jpg' alt='Real'></noscript></figure>",
        );
        let imgs: Vec<NodeId> = dom.find_tags(dom.root(), "img").collect();
        assert_eq!(imgs.len(), 1);
        assert_eq!(dom.attr(imgs[0], "src"), Some("https://x.test/real.jpg"));
    }

    #[test]
    fn empty_elements_with_a_lazy_image_address_get_an_img() {
        let (dom, _) = prepared(
            "<figure><div class='js-delayed-image-load' data-src='https://x.test/p.jpg' data-alt='A port'></div></figure>",
        );
        let img = dom.find_tags(dom.root(), "img").next().unwrap();
        assert_eq!(dom.attr(img, "src"), Some("https://x.test/p.jpg"));
        assert_eq!(dom.attr(img, "alt"), Some("A port"));
    }

    #[test]
    fn noscript_messages_are_dropped() {
        let (dom, _) = prepared("<p>Text</p><noscript>Please enable JavaScript</noscript>");
        assert_eq!(dom.normalized_text(dom.body().unwrap()), "Text");
    }
}
