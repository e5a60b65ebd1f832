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
//!
//! Short articles (a news brief of six two-line paragraphs, a blog post of three) never reach the
//! score. For them a second test reads the page's own claim: when it declares itself an article
//! (`og:type=article`, a JSON-LD article type, or exactly one `<article>`/article-microdata
//! element), [`MIN_PROSE_PARAGRAPHS`] paragraphs of prose are enough. The claim alone is not
//! trusted (CMSs stamp `og:type=article` on section fronts too), and teaser and furniture
//! paragraphs still do not count, so a listing that calls itself an article stays a listing.

use crate::dom::{Dom, NodeId};
use crate::measure::ClassNames;
use crate::options::Limits;
use crate::rules::content_words::CORE_ARTICLE_WORDS;
use crate::rules::furniture::not_readerable;
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
/// Under a declared article, a paragraph of prose is a block of at least this many characters
/// ending like a sentence; this many of them make the page readerable. Measured: the short news
/// briefs and blog posts in the dev corpora have 5–12 such paragraphs, paywalls and registration
/// walls show one to three (lead, standfirst, the wall's own pitch).
const MIN_PROSE_CHARS: usize = 40;
const MIN_PROSE_PARAGRAPHS: usize = 5;
/// A heading link's surroundings are a teaser when they hold less text than this: a teaser card
/// is a headline plus a summary, while an article body around a linked heading runs far longer.
const MAX_TEASER_CHARS: usize = 1200;
/// How far up from a paragraph a teaser card's heading is looked for (`li > div > p`).
const TEASER_ANCESTORS: usize = 3;

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
    // From `<html>` so that `<body>`'s own text is a paragraph too.
    let mut score: u32 = 0;
    let mut prose_paragraphs = 0;
    let mut walk = dom.descendants(dom.html_element().unwrap_or(dom.root()));
    while let Some(id) = walk.next() {
        let Some(tag) = dom.tag(id) else { continue };
        if skipped_subtree(dom, id, tag) {
            walk.skip_children_of(id);
            continue;
        }
        // Any block's own text is a paragraph: `<p>`, but also text written straight into a
        // `<div>`/`<section>` or `<body>` between `<br>`s (old and forum-style pages, some React
        // sites, math demos) and list items (articles written as lists).
        let counts = crate::tags::is_block(tag)
            && !matches!(tag, "html" | "ul" | "ol" | "table" | "tr" | "tbody");
        if !counts || is_furniture(dom, id) {
            continue;
        }
        let (length, ends_sentence) = running_text(dom, id);
        if length < MIN_PROSE_CHARS || is_teaser(dom, id) {
            continue;
        }
        // Bullet points often go without a full stop; a list item's own text is prose anyway.
        if ends_sentence || tag == "li" {
            prose_paragraphs += 1;
        }
        score = score.saturating_add(integer_sqrt(length.saturating_sub(MIN_PARAGRAPH_CHARS)));
        if score >= MIN_SCORE {
            break;
        }
    }
    let readerable =
        score >= MIN_SCORE || (prose_paragraphs >= MIN_PROSE_PARAGRAPHS && declares_article(dom));
    Readerable { readerable, score }
}

/// True when the page says it is one article: an `og:type` of `article`, a JSON-LD object of an
/// article type (the same types metadata extraction reads), or exactly one `<article>` element
/// or article microdata item (one inside another is the same article claimed twice). Several
/// side by side are a blog index or a section front, each card its own `<article>`.
fn declares_article(dom: &Dom) -> bool {
    let mut article_elements: Vec<NodeId> = Vec::new();
    for n in dom.descendant_elements(dom.root()) {
        match dom.tag(n) {
            Some("meta") => {
                let key = dom.attr(n, "property").or_else(|| dom.attr(n, "name"));
                let content = dom.attr(n, "content").unwrap_or("");
                if key.is_some_and(|k| k.trim().eq_ignore_ascii_case("og:type"))
                    && content.trim().to_ascii_lowercase().starts_with("article")
                {
                    return true;
                }
            }
            Some("script")
                if crate::metadata::is_json_ld_script(dom, n)
                    && crate::metadata::json_ld_has_article(&dom.text_content(n)) =>
            {
                return true;
            }
            Some(tag) => {
                let microdata = dom
                    .attr(n, "itemtype")
                    .is_some_and(|t| crate::metadata::is_article_type(t.trim()));
                if (tag == "article" || microdata)
                    && !dom.ancestors(n).any(|a| article_elements.contains(&a))
                {
                    article_elements.push(n);
                }
            }
            None => {}
        }
    }
    article_elements.len() == 1
}

/// Subtrees whose text a reader never takes for the article.
fn skipped_subtree(dom: &Dom, id: NodeId, tag: &str) -> bool {
    if crate::tags::is_never_content(tag)
        || matches!(tag, "head" | "nav" | "footer" | "aside" | "dialog")
    {
        return true;
    }
    dom.attr(id, "hidden").is_some()
        || dom
            .attr(id, "style")
            .is_some_and(crate::prepare::style_hides)
}

/// True when the element's own class or id names page furniture. Only the paragraph's own names
/// are read: wrappers' names mislead (`theiaStickySidebar` wraps whole articles, and CMSs put
/// `one-sidebar` on `<body>`).
fn is_furniture(dom: &Dom, id: NodeId) -> bool {
    let names = ClassNames::of(dom, id);
    names.has_word_where(not_readerable) && !names.has_word(CORE_ARTICLE_WORDS)
}

/// Characters of the block's own text outside links — its text and inline children, not the
/// blocks inside it (they are counted on their own) — and whether that text ends like a
/// sentence.
fn running_text(dom: &Dom, id: NodeId) -> (usize, bool) {
    let mut total = 0;
    let mut last = None;
    let mut add = |t: &str| {
        total += t.chars().map(char_weight).sum::<usize>();
        last = t.trim_end().chars().last().or(last);
    };
    for &child in dom.children(id) {
        if let Some(t) = dom.text(child) {
            add(t);
            continue;
        }
        let Some(tag) = dom.tag(child) else { continue };
        if tag == "a" || crate::tags::is_block(tag) || crate::tags::is_never_content(tag) {
            continue;
        }
        let mut walk = dom.descendants(child);
        while let Some(n) = walk.next() {
            if let Some(t) = dom.text(n) {
                add(t);
            } else if dom.tag(n).is_some_and(|t| {
                t == "a" || crate::tags::is_block(t) || crate::tags::is_never_content(t)
            }) {
                walk.skip_children_of(n);
            }
        }
    }
    (total, last.is_some_and(ends_sentence))
}

/// Sentence-final punctuation in Latin, CJK and Devanagari/Arabic writing, plus the closing quote
/// or bracket a sentence may end in and the colon that introduces a list or table.
fn ends_sentence(c: char) -> bool {
    matches!(
        c,
        '.' | '!'
            | '?'
            | ':'
            | '…'
            | '。'
            | '！'
            | '？'
            | '।'
            | '؟'
            | '"'
            | '”'
            | '’'
            | '»'
            | ')'
            | '」'
    )
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

/// Text length with CJK characters counted double, as paragraphs are scored ([`char_weight`]): a
/// Chinese article body of 900 characters says as much as an English one of 1,800, and must not
/// pass for a teaser card. Only asked of blocks already under [`MAX_TEASER_CHARS`] characters.
fn weighted_text_len(dom: &Dom, id: NodeId) -> usize {
    dom.descendants(id)
        .filter_map(|n| dom.text(n))
        .map(|t| t.chars().map(char_weight).sum::<usize>())
        .sum()
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
        if dom.text_len(ancestor) > MAX_TEASER_CHARS
            || weighted_text_len(dom, ancestor) > MAX_TEASER_CHARS
        {
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
        // A card is never bigger than an article, and the block holding the page's `<h1>` is the
        // article itself: looking further up only finds the "related posts" next to a short post.
        if dom.is_tag(ancestor, "article") || dom.find_tags(ancestor, "h1").next().is_some() {
            return false;
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
    fn a_short_cjk_article_with_a_linked_subheading_is_not_a_teaser_card() {
        // Fifteen paragraphs of 46 Chinese characters: 690 characters, under the teaser card's
        // 1,200, but a whole news story; the related-video heading links elsewhere, as on Chinese
        // portals.
        let sentence = "这款产品具有极其重要的意义，因为这意味着未来的人工智能技术可能不需要人类来教它就能回答问题。";
        let body = format!(
            "<div class='main'><h1>人工智能迈上新台阶</h1><div class='bd'><div id='content'>{}\
             <h3><a href='/video/1'>相关视频</a></h3></div></div></div>",
            para(sentence, 1).repeat(15)
        );
        let dom = crate::parse::parse_html(&body, &Limits::default()).unwrap();
        let paragraph = dom.find_tags(dom.root(), "p").next().unwrap();
        assert!(!is_teaser(&dom, paragraph));
        assert!(is_probably_readerable(&body).readerable);
        // The same card with one short summary is still a teaser.
        let card = "<ul><li><div><h3><a href='/a/1'>人工智能迈上新台阶</a></h3><p>这款产品具有极其重要的意义。</p></div></li></ul>";
        let dom = crate::parse::parse_html(card, &Limits::default()).unwrap();
        let paragraph = dom.find_tags(dom.root(), "p").next().unwrap();
        assert!(is_teaser(&dom, paragraph));
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

    /// A news brief of five two-line paragraphs, in English, German and Japanese.
    fn brief(lang: &str) -> String {
        let line = match lang {
            "de" => "Der Schwimmer gewann am Freitag den Titel über 200 Meter Lagen.",
            "ja" => "選手は金曜日、二百メートル個人メドレーで優勝した。",
            _ => "The swimmer won the state title in the 200 yard medley on Friday.",
        };
        format!("<h1>Results</h1>{}", format!("<p>{line}</p>").repeat(5))
    }

    #[test]
    fn declared_short_articles_need_only_a_few_prose_paragraphs() {
        for lang in ["en", "de", "ja"] {
            let plain = format!("<body><div>{}</div></body>", brief(lang));
            assert!(
                !is_probably_readerable(&plain).readerable,
                "{lang}: undeclared"
            );
            for declared in [
                format!("<head><meta property=\"og:type\" content=\"article\"></head><body><div>{}</div></body>", brief(lang)),
                format!("<head><script type=\"application/ld+json\">{{\"@graph\":[{{\"@type\":\"WebPage\"}},{{\"@type\":\"NewsArticle\"}}]}}</script></head><body><div>{}</div></body>", brief(lang)),
                format!("<body><article>{}</article></body>", brief(lang)),
                format!("<body><div itemscope itemtype=\"https://schema.org/BlogPosting\">{}</div></body>", brief(lang)),
                format!("<body><div itemscope itemtype=\"http://schema.org/NewsArticle\"><article>{}</article></div></body>", brief(lang)),
            ] {
                assert!(is_probably_readerable(&declared).readerable, "{lang}: {declared}");
            }
        }
    }

    #[test]
    fn claims_that_do_not_single_out_one_article_are_not_trusted() {
        // Two `<article>` elements are cards, not the page's article.
        let two = format!(
            "<body><article>{}</article><article><p>x</p></article></body>",
            brief("en")
        );
        assert!(!is_probably_readerable(&two).readerable);
        let website = format!("<head><meta property=\"og:type\" content=\"website\"></head><body><div>{}</div></body>", brief("en"));
        assert!(!is_probably_readerable(&website).readerable);
        // Listing pages describe their teasers as the items of an ItemList.
        let item_list = r#"{"@type":"ItemList","itemListElement":[{"@type":"ListItem","item":{"@type":"NewsArticle"}}]}"#;
        assert!(!crate::metadata::json_ld_has_article(item_list));
        assert!(crate::metadata::json_ld_has_article(
            r#"[{"@type":["BlogPosting"]}]"#
        ));
        assert!(crate::metadata::json_ld_has_article(
            r#"{"@type":"WebPage","mainEntity":{"@type":"Article"}}"#
        ));
        assert!(!crate::metadata::json_ld_has_article("not json"));
    }

    #[test]
    fn prose_paragraphs_end_like_sentences_in_any_script() {
        for c in ['.', '!', '?', '。', '！', '”', '।', '؟'] {
            assert!(ends_sentence(c), "{c}");
        }
        for c in ['a', '7', '-', '|'] {
            assert!(!ends_sentence(c), "{c}");
        }
        // A byline or date line is long enough but is not prose.
        let meta = "<p>Posted by Jane Doe in Sport and Leisure on 12 March 2026 at 10:15 am</p>";
        let html = format!("<body><article>{}</article></body>", meta.repeat(6));
        assert!(!is_probably_readerable(&html).readerable);
    }

    #[test]
    fn a_short_post_is_not_a_teaser_of_the_related_posts_beside_it() {
        let post = "<article><h1>About bugs</h1><div class=\"entry-content\"><p>No game is ever free of bugs. Some show up at once during testing, others only after a rare combination of actions that nobody thought to try, and most of them are found by players during a real game.</p><p>So if a game mechanic works incorrectly, an event that used to start no longer does, or a button cannot be pressed, spend a minute and report it in the bug tracker; that is how the games get better.</p></div></article>";
        let related = "<div class=\"more\"><h3><a href=\"/other/\">Another post</a></h3></div>";
        let html = format!("<body><div class=\"site-content\">{post}{related}</div></body>");
        assert!(is_probably_readerable(&html).readerable);
    }

    #[test]
    fn text_written_straight_into_body_counts() {
        let text = "When the committee met on Tuesday it agreed the budget, and members said the plan would hold until the summer. ".repeat(3);
        let html = format!("<html><body><h1>Notes</h1>{text}<hr>{text}</body></html>");
        assert!(is_probably_readerable(&html).readerable);
    }

    #[test]
    fn square_roots_are_whole() {
        assert_eq!(integer_sqrt(0), 0);
        assert_eq!(integer_sqrt(15), 3);
        assert_eq!(integer_sqrt(16), 4);
    }
}
