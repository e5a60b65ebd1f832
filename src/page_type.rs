//! Stage 2b: what kind of page this is ([`PageType`]), decided before anything is removed, since
//! the stages after it keep different things on different kinds of page (a forum's posts carry
//! comment classes; a listing's items look like teasers).
//!
//! Each signal votes for a type with a weight by how deliberate it is: schema.org types in
//! JSON-LD (3; Article only 2, since many sites stamp it on every page), posts marked up as
//! microdata comments or answers (3), OpenGraph's `og:type` (2 for a product, 1 for `article`,
//! which CMSs also write by default), the address's path (2) and host (1), subheadings that are
//! nearly all links (1, listing: a story's related rails have them too, so any article signal
//! outweighs it) and several code blocks (1, documentation). The most votes win; ties go to the
//! type with the more specific markup ([`ORDER`]). A page without any signal is an article.

use crate::article::PageType;
use crate::dom::{Dom, NodeId};
use crate::metadata::Metadata;
use crate::rules::page_types::{
    CURRENCY_SIGNS, HOST_PREFIXES, HOST_SUFFIXES, LOCALE_SEGMENT_MAX_LETTERS,
    MIN_PRICES_OF_A_COLLECTION, OG_TYPES, PATH_SEGMENTS, POST_ITEMPROPS, POST_ITEMTYPES,
    QA_PAGE_TYPE, SCHEMA_TYPES,
};
use crate::tags;

/// Ties go to the earlier type: the kinds with specific markup first, then the article (a story
/// with a related rail must not become a listing on a tie), then the weaker structural kinds.
const ORDER: [PageType; 7] = [
    PageType::Forum,
    PageType::Product,
    PageType::Documentation,
    PageType::Article,
    PageType::Collection,
    PageType::Listing,
    PageType::Service,
];

/// Posts marked up as microdata that make a page a discussion.
const MIN_MARKED_POSTS: usize = 2;
/// Code blocks that suggest documentation.
const MIN_CODE_BLOCKS: usize = 3;
/// Dated entries (`<time>`) that make a home page a front page of posts.
const MIN_DATED_ENTRIES: usize = 5;
/// Linked headings that make a page an index of other pages.
const MIN_LINKED_HEADINGS: usize = 5;

/// What the later stages need to know about the page's kind.
pub(crate) struct PageKind {
    pub(crate) page_type: PageType,
    /// Whether comment-classed elements are the page's posts (see [`comments_are_posts`]).
    pub(crate) comments_are_posts: bool,
    /// Text characters inside `<noscript>`: the ladder's noscript pass runs only when there are
    /// more of them than the first pass found.
    pub(crate) noscript_chars: usize,
}

/// Decides the page's kind from its metadata, address and structure (one walk over the page).
pub(crate) fn classify(dom: &Dom, meta: &Metadata, url: Option<&url::Url>) -> PageKind {
    let structure = Structure::read(dom);
    let page_type = page_type(dom, meta, url, &structure);
    PageKind {
        page_type,
        comments_are_posts: comments_are_posts(meta, &structure, page_type),
        noscript_chars: structure.noscript_chars,
    }
}

/// What one walk over the elements finds.
#[derive(Default)]
struct Structure {
    /// Elements marked up as posts of a thread (microdata `comment`, `Comment`,
    /// `DiscussionForumPosting`, `QAPage` items).
    marked_posts: usize,
    /// An element marked up as a `QAPage`.
    qa_marked: bool,
    /// `<h2>`–`<h4>` with text, and those whose text is a link.
    headings: usize,
    linked_headings: usize,
    code_blocks: usize,
    /// `<time>` elements.
    dates: usize,
    noscript_chars: usize,
}

impl Structure {
    fn read(dom: &Dom) -> Structure {
        let mut out = Structure::default();
        for n in dom.descendant_elements(dom.root()) {
            let itemtype = dom.attr(n, "itemtype").map(str::trim_end);
            let marked = dom
                .attr(n, "itemprop")
                .is_some_and(|p| p.split_whitespace().any(|w| POST_ITEMPROPS.contains(&w)))
                || itemtype.is_some_and(|t| POST_ITEMTYPES.iter().any(|s| t.ends_with(s)));
            out.marked_posts += usize::from(marked);
            out.qa_marked |= itemtype.is_some_and(|t| t.ends_with(QA_PAGE_TYPE));
            match dom.tag(n) {
                Some("h2" | "h3" | "h4") => {
                    let total = dom.text_len(n);
                    if total > 0 {
                        out.headings += 1;
                        out.linked_headings += usize::from(is_linked(dom, n, total));
                    }
                }
                Some("pre") => out.code_blocks += 1,
                Some("time") => out.dates += 1,
                Some("noscript") => out.noscript_chars += dom.text_len(n),
                _ => {}
            }
        }
        out
    }

    /// A page whose subheadings are nearly all links (a blog's front page, a news section,
    /// search results): at least [`MIN_LINKED_HEADINGS`] `<h2>`–`<h4>` whose text is a link, and
    /// at least four in five of them so. An article's section headings are text; a listicle that
    /// links a few product names stays under the share.
    fn is_teaser_index(&self) -> bool {
        self.linked_headings >= MIN_LINKED_HEADINGS && self.linked_headings * 5 >= self.headings * 4
    }
}

/// Amounts of money in the page's visible text: a [`CURRENCY_SIGNS`] sign with a digit right
/// before or after it (one space allowed). Text inside scripts, styles and other never-shown
/// elements is skipped.
/// Kept out of line: inlined into the vote, it costs the module about 330 B gzip.
#[inline(never)]
fn count_prices(dom: &Dom) -> usize {
    let mut prices = 0;
    let mut walk = dom.descendants(dom.root());
    while let Some(n) = walk.next() {
        match (dom.tag(n), dom.text(n)) {
            (Some(tag), _) if tag == "head" || tags::is_never_content(tag) => {
                walk.skip_children_of(n);
            }
            (None, Some(text)) => prices += prices_in(text),
            _ => {}
        }
    }
    prices
}

fn prices_in(text: &str) -> usize {
    let mut count = 0;
    for sign in CURRENCY_SIGNS {
        for (at, _) in text.match_indices(sign) {
            let before = text[..at].trim_end_matches([' ', '\u{a0}']);
            let after = text[at + sign.len()..].trim_start_matches([' ', '\u{a0}']);
            let digit_before = before.len() + 1 >= at
                && before
                    .chars()
                    .next_back()
                    .is_some_and(|c| c.is_ascii_digit());
            let digit_after = after.len() + 1 >= text.len() - at - sign.len()
                && after.starts_with(|c: char| c.is_ascii_digit());
            count += usize::from(digit_before || digit_after);
        }
    }
    count
}

/// A heading inside a link, or whose text is nine tenths links.
fn is_linked(dom: &Dom, h: NodeId, total: usize) -> bool {
    let in_links: usize = dom.find_tags(h, "a").map(|a| dom.text_len(a)).sum();
    dom.ancestors(h).take(2).any(|a| dom.is_tag(a, "a")) || in_links * 10 >= total * 9
}

fn page_type(
    dom: &Dom,
    meta: &Metadata,
    url: Option<&url::Url>,
    structure: &Structure,
) -> PageType {
    let mut votes = [0u32; ORDER.len()];
    let mut vote = |t: PageType, weight: u32| {
        if let Some(i) = ORDER.iter().position(|&o| o == t) {
            votes[i] += weight;
        }
    };
    let mut schema_seen: Vec<PageType> = Vec::new();
    for t in &meta.schema_types {
        let name = t.rsplit(['/', ':']).next().unwrap_or(t);
        if let Some(&(_, page_type)) = SCHEMA_TYPES.iter().find(|(s, _)| *s == name) {
            if !schema_seen.contains(&page_type) {
                schema_seen.push(page_type);
                vote(
                    page_type,
                    if page_type == PageType::Article { 2 } else { 3 },
                );
            }
        }
    }
    let og_says_article = meta
        .og_type
        .as_deref()
        .is_some_and(|og| og.trim().eq_ignore_ascii_case("article"));
    if let Some(og) = meta.og_type.as_deref() {
        let og = og.trim().to_ascii_lowercase();
        if let Some(&(_, page_type)) = OG_TYPES.iter().find(|(o, _)| *o == og) {
            vote(
                page_type,
                if page_type == PageType::Article { 1 } else { 2 },
            );
        }
    }
    if let Some(url) = url {
        address_votes(url, &mut vote);
    }
    // A site's home page presents what the site offers (service), unless it is a front page of
    // posts: half its subheadings links, or several dated entries (a news or blog front page).
    if url.is_some_and(is_home_page) {
        let front_page_of_posts = (structure.linked_headings >= MIN_LINKED_HEADINGS
            && structure.linked_headings * 2 >= structure.headings)
            || structure.dates >= MIN_DATED_ENTRIES;
        if front_page_of_posts {
            vote(PageType::Listing, 1);
        } else {
            vote(PageType::Service, 1);
        }
    }
    // Many prices on a page that is not a dated story: a shop's grid of products. The text is
    // walked for prices only on such pages.
    if meta.published_time.is_none()
        && !og_says_article
        && count_prices(dom) >= MIN_PRICES_OF_A_COLLECTION
    {
        vote(PageType::Collection, 2);
    }
    if structure.marked_posts >= MIN_MARKED_POSTS {
        vote(PageType::Forum, 3);
    }
    if structure.is_teaser_index() {
        vote(PageType::Listing, 1);
    }
    if structure.code_blocks >= MIN_CODE_BLOCKS {
        vote(PageType::Documentation, 1);
    }
    let best = votes.iter().copied().max().unwrap_or(0);
    if best == 0 {
        return PageType::Article;
    }
    ORDER[votes
        .iter()
        .position(|&v| v == best)
        .unwrap_or(ORDER.len() - 1)]
}

/// On a discussion thread the posts carry comment classes and are the content; a question-and-
/// answer page (schema.org `QAPage`, in JSON-LD or microdata) has answers of its own and keeps
/// comments as furniture.
fn comments_are_posts(meta: &Metadata, structure: &Structure, page_type: PageType) -> bool {
    let qa = meta.schema_types.iter().any(|t| t.ends_with(QA_PAGE_TYPE)) || structure.qa_marked;
    page_type == PageType::Forum && !qa
}

/// Votes from the address: the first path segment naming a type (2), the host (1).
fn address_votes(url: &url::Url, vote: &mut impl FnMut(PageType, u32)) {
    if let Some(mut segments) = url.path_segments() {
        let has_digit = |s: &str| s.bytes().any(|b| b.is_ascii_digit());
        while let Some(segment) = segments.next() {
            let Some(&(_, page_type)) = PATH_SEGMENTS
                .iter()
                .find(|(s, _)| s.eq_ignore_ascii_case(segment))
            else {
                continue;
            };
            let thread_number =
                segments.clone().any(has_digit) || url.query().is_some_and(has_digit);
            if page_type != PageType::Forum || thread_number {
                vote(page_type, 2);
                break;
            }
        }
    }
    let host = url.host_str().unwrap_or("").to_ascii_lowercase();
    let host = host.strip_prefix("www.").unwrap_or(&host);
    let by_host = HOST_PREFIXES
        .iter()
        .find(|(p, _)| host.starts_with(p))
        .or_else(|| HOST_SUFFIXES.iter().find(|(s, _)| host.ends_with(s)));
    if let Some(&(_, page_type)) = by_host {
        vote(page_type, 1);
    }
}

/// An address with no path beyond a language or region (`/`, `/en/`, `/de-de/`) and no query.
fn is_home_page(url: &url::Url) -> bool {
    let is_locale = |segment: &str| {
        segment.split(['-', '_']).count() <= 2
            && segment.split(['-', '_']).all(|part| {
                (2..=LOCALE_SEGMENT_MAX_LETTERS).contains(&part.len())
                    && part.bytes().all(|b| b.is_ascii_alphabetic())
            })
    };
    let mut segments = url
        .path_segments()
        .into_iter()
        .flatten()
        .filter(|s| !s.is_empty());
    let home = match (segments.next(), segments.next()) {
        (None, _) => true,
        (Some(first), None) => is_locale(first),
        _ => false,
    };
    home && url.query().is_none()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::options::Limits;
    use crate::parse::parse_html;

    fn type_of(head: &str, body: &str, url: &str) -> (PageType, bool) {
        let html = format!("<html><head>{head}</head><body>{body}</body></html>");
        let dom = parse_html(&html, &Limits::default()).unwrap();
        let url = url::Url::parse(url).ok();
        let meta = crate::metadata::extract(&dom, url.as_ref());
        let kind = classify(&dom, &meta, url.as_ref());
        (kind.page_type, kind.comments_are_posts)
    }

    fn ld(json: &str) -> String {
        format!("<script type='application/ld+json'>{json}</script>")
    }

    #[test]
    fn forum_threads_by_address_schema_or_marked_posts() {
        // Discourse, XenForo, Invision and phpBB addresses carry a thread number.
        for url in [
            "https://forum.example.org/t/upgrade-broke-my-setup/91234",
            "https://example.com/threads/which-lens-to-buy.783768/",
            "https://example.com/forums/topic/225132-new-ui/",
            "https://example.com/viewtopic.php?f=20&t=487157",
        ] {
            assert_eq!(
                type_of("", "<p>Hi</p>", url),
                (PageType::Forum, true),
                "{url}"
            );
        }
        let posting = ld(r#"{"@type":"DiscussionForumPosting","headline":"Help"}"#);
        assert_eq!(
            type_of(&posting, "", "https://example.com/x").0,
            PageType::Forum
        );
        let posts = "<div itemprop='comment'>a</div><div itemprop='comment'>b</div>";
        assert_eq!(
            type_of("", posts, "https://example.com/x").0,
            PageType::Forum
        );
    }

    #[test]
    fn a_home_page_is_a_service_unless_it_is_a_front_page_of_posts() {
        let pitch = "<h1>Ship faster</h1><h2>Deploy in seconds</h2><p>Push to deploy.</p>\
                     <h2>Scale without limits</h2><p>Pay for what you use.</p>";
        for url in [
            "https://example.com/",
            "https://example.com",
            "https://example.com/en/",
            "https://example.com/de-de/",
            "https://example.com/en_GB",
        ] {
            assert_eq!(type_of("", pitch, url).0, PageType::Service, "{url}");
        }
        // Not home pages: a page of the site, a locale's page, a search.
        for url in [
            "https://example.com/pricing-and-plans-explained",
            "https://example.com/en/blog",
            "https://example.com/?q=deploy",
        ] {
            assert_ne!(type_of("", pitch, url).0, PageType::Service, "{url}");
        }
        // A news front page: dated entries, or subheadings that are links.
        let entry = |n: usize| {
            format!("<div><h3>Story {n} of the day</h3><time datetime='2025-03-0{n}'>March {n}</time></div>")
        };
        let dated: String = (1..=6).map(entry).collect();
        assert_eq!(
            type_of("", &dated, "https://news.example.com/").0,
            PageType::Listing
        );
        let teaser = |n: usize| format!("<h2><a href='/s/{n}'>Story {n}</a></h2><p>Lede.</p>");
        let linked: String =
            (1..=6).map(teaser).collect::<String>() + "<h2>About us</h2><h2>Contact</h2>";
        assert_eq!(
            type_of("", &linked, "https://blog.example.com/").0,
            PageType::Listing
        );
    }

    #[test]
    fn a_grid_of_prices_without_a_date_is_a_collection() {
        let prices = [
            "$12",
            "£8.50",
            "12,99 €",
            "45 zł",
            "R$ 30",
            "300 kr",
            "¥1,200",
            "₹499",
        ];
        let grid: String = (0..12)
            .map(|i| {
                let price = prices[i % prices.len()];
                format!("<li><a href='/p/{i}'>Mug {i}</a> <span>{price}</span></li>")
            })
            .collect();
        let grid = format!("<ul>{grid}</ul>");
        let url = "https://shop.example.com/mugs";
        assert_eq!(type_of("", &grid, url).0, PageType::Collection);
        // A dated story that quotes prices (a deals round-up) stays an article.
        let dated = "<meta property='article:published_time' content='2025-03-01'>";
        assert_eq!(type_of(dated, &grid, url).0, PageType::Article);
        // Amounts inside scripts, or digits without a currency sign, are not prices.
        let script = format!(
            "<script>var p = '{}';</script><p>12 34 56</p>",
            "$1 ".repeat(20)
        );
        assert_eq!(type_of("", &script, url).0, PageType::Article);
        // OpenGraph's product group is a category page.
        let group = "<meta property='og:type' content='product.group'>";
        assert_eq!(type_of(group, "<p>Mugs</p>", url).0, PageType::Collection);
    }

    #[test]
    fn services_and_solutions_in_the_address() {
        for url in [
            "https://agency.example.com/services/data-analytics/",
            "https://vendor.example.com/solutions/retail",
        ] {
            assert_eq!(
                type_of("", "<p>We help.</p>", url).0,
                PageType::Service,
                "{url}"
            );
        }
    }

    #[test]
    fn a_topic_index_and_an_faq_are_not_threads() {
        // A news site's topic page has no thread number; FAQ markup lists Questions anywhere.
        let topic = type_of("", "<p>News</p>", "https://news.example.com/topic/cloud/");
        assert_ne!(topic.0, PageType::Forum);
        let faq = ld(r#"{"@type":"FAQPage","mainEntity":[{"@type":"Question","name":"Why?"}]}"#);
        let faq = type_of(&faq, "<p>Our service</p>", "https://example.com/pricing");
        assert_ne!(faq.0, PageType::Forum);
    }

    #[test]
    fn questions_and_answers_keep_comments_as_furniture() {
        let body = "<div itemscope itemtype='https://schema.org/QAPage'><p>Q</p></div>";
        let (page_type, posts) = type_of("", body, "https://q.example.com/questions/964/how-to");
        assert_eq!(page_type, PageType::Forum);
        assert!(!posts);
    }

    #[test]
    fn products_collections_and_documentation() {
        let product = ld(r#"{"@type":"Product","name":"Wool Runner","offers":{"price":"98"}}"#);
        assert_eq!(
            type_of(&product, "", "https://shop.example.com/item-9").0,
            PageType::Product
        );
        let og = "<meta property='og:type' content='product'>";
        assert_eq!(
            type_of(og, "", "https://example.com/x").0,
            PageType::Product
        );
        assert_eq!(
            type_of("", "", "https://shop.example.com/collections/socks").0,
            PageType::Collection
        );
        for url in [
            "https://docs.example.com/guide/install",
            "https://example.com/docs/install",
            "https://project.readthedocs.io/en/latest/usage.html",
        ] {
            assert_eq!(type_of("", "", url).0, PageType::Documentation, "{url}");
        }
    }

    #[test]
    fn an_index_of_linked_headings_is_a_listing_unless_the_page_says_article() {
        let cards: String = (1..=6)
            .map(|i| format!("<h2><a href='/p/{i}'>Post number {i}</a></h2><p>Summary.</p>"))
            .collect();
        assert_eq!(
            type_of("", &cards, "https://example.com/").0,
            PageType::Listing
        );
        // A story with a rail of linked headlines beside it.
        let og = "<meta property='og:type' content='article'>";
        let story = format!("<h1>Story</h1><p>Text.</p><h2>Background</h2><p>More.</p>{cards}");
        assert_eq!(
            type_of(og, &story, "https://example.com/a").0,
            PageType::Article
        );
        // Mostly text headings: an article.
        let sections: String = (1..=6)
            .map(|i| format!("<h2>Section {i}</h2><p>Text.</p>"))
            .collect();
        let mixed = format!("{sections}<h3><a href='/x'>One link</a></h3>");
        assert_eq!(
            type_of("", &mixed, "https://example.com/guide").0,
            PageType::Article
        );
    }

    #[test]
    fn a_page_without_signals_is_an_article() {
        let story = ld(r#"{"@type":"NewsArticle","headline":"Council votes"}"#);
        assert_eq!(
            type_of(
                &story,
                "<p>Text</p>",
                "https://example.com/2024/05/council-votes"
            )
            .0,
            PageType::Article
        );
        assert_eq!(
            type_of("", "<p>Text</p>", "https://example.com/about").0,
            PageType::Article
        );
    }
}
