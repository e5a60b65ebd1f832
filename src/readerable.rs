//! "Is this an article?" — a quick test a browser extension can run on every page before offering a
//! reader view. It parses the page and makes one cheap walk; no extraction.
//!
//! The idea (the same one Readability.js's `isProbablyReaderable` uses) is that an article has
//! several long paragraphs of running text. Each paragraph longer than [`MIN_PARAGRAPH_CHARS`]
//! adds the square root of its excess length, so a few long paragraphs count more than many
//! borderline ones; the page is an article when the sum reaches [`MIN_SCORE`]. Two refinements
//! target the pages that sum fools: link text does not count (link lists, "more stories" blocks),
//! and teaser paragraphs — a summary sitting next to a heading that links elsewhere, the unit of
//! every home page, section front and search result list — do not count either.

use crate::boilerplate::class_tokens;
use crate::dom::{Dom, NodeId};
use crate::options::Limits;
use serde::{Deserialize, Serialize};

/// The answer and the evidence behind it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Readerable {
    pub readerable: bool,
    /// Sum of the square roots of each long paragraph's excess length; readerable at 15.
    pub score: u32,
}

/// Paragraphs shorter than this (non-space characters) are captions, labels or navigation, not
/// running text. Measured on the dev corpora: 140 (Readability.js's value) misses short news
/// items; 80 keeps them while 24 of 25 listing and wall pages stay below the score.
const MIN_PARAGRAPH_CHARS: usize = 80;
/// Score at which a page counts as an article: e.g. one paragraph of 305 characters, or three of
/// 105. A paywall's one visible lead paragraph stays below it.
const MIN_SCORE: u32 = 15;
/// A heading link's surroundings are a teaser when they hold less text than this: a teaser card
/// is a headline plus a summary, while an article body around a linked heading runs far longer.
const MAX_TEASER_CHARS: usize = 1200;
/// How far up from a paragraph a teaser card's heading is looked for (`li > div > p`).
const TEASER_ANCESTORS: usize = 3;

/// Class/id words of page furniture whose paragraphs are not the article: comment threads,
/// sidebars, footers, menus, related-story and promo boxes, cookie and newsletter dialogs.
const FURNITURE_TOKENS: &[&str] = &[
    "comment",
    "comments",
    "sidebar",
    "footer",
    "menu",
    "nav",
    "navigation",
    "related",
    "promo",
    "sponsor",
    "sponsored",
    "cookie",
    "consent",
    "newsletter",
    "popup",
    "modal",
    "breadcrumb",
    "breadcrumbs",
    "pagination",
];

/// Class/id words that mark the article itself and override a furniture word on the same element
/// (`main-content-footer-wrapper` is rare; `article-body sidebar-layout` is common).
const ARTICLE_TOKENS: &[&str] = &[
    "article", "content", "main", "body", "post", "story", "entry", "text",
];

/// Decides whether `html` probably holds an article.
pub fn is_probably_readerable(html: &str) -> Readerable {
    match crate::parse::parse_html(html, &Limits::default()) {
        Ok(dom) => readerable_dom(&dom),
        Err(_) => Readerable {
            readerable: false,
            score: 0,
        },
    }
}

/// The same test on an already parsed page.
pub fn readerable_dom(dom: &Dom) -> Readerable {
    let body = dom.body().unwrap_or(dom.root());
    let mut score: u32 = 0;
    let mut walk = dom.descendants(body);
    while let Some(id) = walk.next() {
        let Some(tag) = dom.tag(id) else { continue };
        if skipped_subtree(dom, id, tag) {
            walk.skip_children_of(id);
            continue;
        }
        // Any block's own text is a paragraph: `<p>`, but also text written straight into a
        // `<div>`/`<section>` between `<br>`s (old and forum-style pages, some React sites) and
        // list items (articles written as lists).
        let counts = crate::tags::is_block(tag)
            && !matches!(
                tag,
                "body" | "html" | "ul" | "ol" | "table" | "tr" | "tbody"
            );
        if !counts || is_furniture(dom, id) {
            continue;
        }
        let length = running_text_chars(dom, id);
        if length < MIN_PARAGRAPH_CHARS || is_teaser(dom, id) {
            continue;
        }
        score = score.saturating_add(integer_sqrt(length - MIN_PARAGRAPH_CHARS));
        if score >= MIN_SCORE {
            break;
        }
    }
    Readerable {
        readerable: score >= MIN_SCORE,
        score,
    }
}

/// Subtrees whose text a reader never takes for the article.
fn skipped_subtree(dom: &Dom, id: NodeId, tag: &str) -> bool {
    if crate::tags::is_never_content(tag) || matches!(tag, "nav" | "footer" | "aside" | "dialog") {
        return true;
    }
    if dom.attr(id, "hidden").is_some() {
        return true;
    }
    if let Some(style) = dom.attr(id, "style") {
        let style: String = style
            .chars()
            .filter(|c| !c.is_whitespace())
            .collect::<String>()
            .to_ascii_lowercase();
        if style.contains("display:none") || style.contains("visibility:hidden") {
            return true;
        }
    }
    false
}

/// True when the element's own class or id names page furniture. Only the paragraph's own names
/// are read: wrappers' names mislead (`theiaStickySidebar` wraps whole articles, and CMSs put
/// `one-sidebar` on `<body>`).
fn is_furniture(dom: &Dom, id: NodeId) -> bool {
    let tokens = class_tokens(dom, id);
    tokens
        .iter()
        .any(|t| FURNITURE_TOKENS.contains(&t.as_str()))
        && !tokens.iter().any(|t| ARTICLE_TOKENS.contains(&t.as_str()))
}

/// Characters of the block's own text outside links: its text and inline children, not the
/// blocks inside it (they are counted on their own).
fn running_text_chars(dom: &Dom, id: NodeId) -> usize {
    let count = |t: &str| t.chars().map(char_weight).sum::<usize>();
    let mut total = 0;
    for &child in dom.children(id) {
        if let Some(t) = dom.text(child) {
            total += count(t);
            continue;
        }
        let Some(tag) = dom.tag(child) else { continue };
        if tag == "a" || crate::tags::is_block(tag) || crate::tags::is_never_content(tag) {
            continue;
        }
        let mut walk = dom.descendants(child);
        while let Some(n) = walk.next() {
            if let Some(t) = dom.text(n) {
                total += count(t);
            } else if dom.tag(n).is_some_and(|t| {
                t == "a" || crate::tags::is_block(t) || crate::tags::is_never_content(t)
            }) {
                walk.skip_children_of(n);
            }
        }
    }
    total
}

/// Han, kana and hangul characters count double: those scripts write without spaces and a
/// character carries about as much as two Latin letters, so a Chinese or Japanese paragraph is
/// about half as many characters as its English equivalent (the qq.com page in the dev corpus
/// scored under the threshold with single weights). Whitespace counts nothing.
fn char_weight(c: char) -> usize {
    if c.is_whitespace() {
        0
    } else if matches!(c as u32, 0x3040..=0x30FF | 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xAC00..=0xD7AF | 0xF900..=0xFAFF)
    {
        2
    } else {
        1
    }
}

/// True when the paragraph is the summary of a teaser card: a small ancestor holds a heading
/// (h2–h6) that links to another page, or a link wrapping a heading. Article titles are `<h1>`
/// and blog themes link their own `<h1>` to the permalink, so `<h1>` is not counted.
fn is_teaser(dom: &Dom, p: NodeId) -> bool {
    // The block itself first: a result card's snippet is often the card's own text.
    for ancestor in std::iter::once(p)
        .chain(dom.ancestors(p))
        .take(TEASER_ANCESTORS + 1)
    {
        if dom
            .tag(ancestor)
            .is_none_or(|t| matches!(t, "body" | "main" | "html"))
        {
            return false;
        }
        if dom.text_len(ancestor) > MAX_TEASER_CHARS {
            return false;
        }
        let linked_heading = dom.descendant_elements(ancestor).any(|n| {
            let is_subheading = matches!(dom.tag(n), Some("h2" | "h3" | "h4" | "h5" | "h6"));
            let heading_links_out = is_subheading
                && (dom.find_tags(n, "a").any(|a| links_elsewhere(dom, a))
                    || dom
                        .ancestors(n)
                        .take_while(|&a| a != ancestor)
                        .any(|a| dom.is_tag(a, "a") && links_elsewhere(dom, a)));
            heading_links_out
        });
        if linked_heading {
            return true;
        }
    }
    false
}

/// A link to another page (not an in-page anchor such as a heading's permalink `#section`).
fn links_elsewhere(dom: &Dom, a: NodeId) -> bool {
    dom.attr(a, "href")
        .is_some_and(|h| !h.trim().is_empty() && !h.trim_start().starts_with('#'))
}

fn integer_sqrt(n: usize) -> u32 {
    let mut root: usize = 0;
    while (root + 1).saturating_mul(root + 1) <= n {
        root += 1;
    }
    u32::try_from(root).unwrap_or(u32::MAX)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn para(words: &str, n: usize) -> String {
        format!("<p>{}</p>", words.repeat(n))
    }

    #[test]
    fn long_paragraphs_make_an_article_in_any_language() {
        for sentence in [
            "The committee met again on Tuesday to discuss the budget. ",
            "Le comité s'est réuni mardi pour discuter du budget annuel. ",
            "Der Ausschuss traf sich am Dienstag, um den Haushalt zu beraten. ",
        ] {
            let html = format!(
                "<body><article>{}</article></body>",
                para(sentence, 5).repeat(4)
            );
            assert!(is_probably_readerable(&html).readerable, "{sentence}");
        }
    }

    #[test]
    fn teaser_cards_and_link_lists_do_not_count() {
        let teaser = "<div class=\"card\"><h3><a href=\"/story\">Headline here</a></h3><p>A summary of the story that runs long enough to pass the paragraph threshold on its own, written the way section fronts write them, in two sentences.</p></div>";
        let html = format!("<body><main>{}</main></body>", teaser.repeat(12));
        assert!(!is_probably_readerable(&html).readerable);
        let links = "<p><a href=\"/a\">A very long link text that goes on and on about a story</a> <a href=\"/b\">and another very long link text about yet another story here</a> <a href=\"/c\">and a third one</a></p>";
        let html = format!("<body>{}</body>", links.repeat(10));
        assert!(!is_probably_readerable(&html).readerable);
    }

    #[test]
    fn furniture_text_does_not_count_but_article_words_override() {
        let sentence = "Comment text that is long and keeps going for a while. ".repeat(5);
        let classed = |class: &str| format!("<p class=\"{class}\">{sentence}</p>").repeat(5);
        let html = format!("<body>{}</body>", classed("comment reply"));
        assert!(!is_probably_readerable(&html).readerable);
        let html = format!(
            "<body><aside>{}</aside></body>",
            para(&sentence, 1).repeat(5)
        );
        assert!(!is_probably_readerable(&html).readerable);
        let html = format!("<body>{}</body>", classed("article-text related-style"));
        assert!(is_probably_readerable(&html).readerable);
        // A wrapper's furniture name does not hide the article inside it.
        let html = format!(
            "<body class=\"one-sidebar\"><div class=\"stickySidebar\">{}</div></body>",
            para(&sentence, 1).repeat(5)
        );
        assert!(is_probably_readerable(&html).readerable);
    }

    #[test]
    fn cjk_paragraphs_count_at_double_weight() {
        let zh = "委员会周二再次开会讨论预算问题，并决定在下个月公布最终方案。";
        let ja = "委員会は火曜日に再び会合を開き、予算について議論した。";
        for sentence in [zh, ja] {
            let html = format!(
                "<body><article>{}</article></body>",
                para(sentence, 3).repeat(3)
            );
            assert!(is_probably_readerable(&html).readerable, "{sentence}");
        }
        assert_eq!(char_weight('委'), 2);
        assert_eq!(char_weight('a'), 1);
    }

    #[test]
    fn square_roots_are_whole() {
        assert_eq!(integer_sqrt(0), 0);
        assert_eq!(integer_sqrt(15), 3);
        assert_eq!(integer_sqrt(16), 4);
    }
}
