//! Stage 2: page metadata (headline, byline, dates, language, site, excerpt, canonical address, lead
//! image) read from the structured data a page ships and from its visible header.
//!
//! # Order of trust
//!
//! Each field takes the first source, in this order, that yields a usable value:
//!
//! 1. **JSON-LD** (`<script type="application/ld+json">`) of an article type (`Article`,
//!    `NewsArticle`, `BlogPosting`, `Report`, …; `@graph`, arrays and `@type` arrays understood).
//!    Publishers write it for search engines, which penalise wrong values, so it is the most
//!    deliberate statement of headline, authors and dates. `WebSite`, `Organization`,
//!    `BreadcrumbList` and the like never supply the headline.
//! 2. **Named meta tags**: Dublin Core, OpenGraph (`og:*`, `article:*`), Twitter cards, Parse.ly
//!    (`parsely-*`), Sailthru (`sailthru.*`) and plain `author` / `description`. Written for
//!    sharing previews: almost as deliberate, but `og:title` often carries the site name.
//! 3. **Microdata** in the body (`itemprop=headline|author|name|datePublished|dateModified`).
//! 4. **Visible page elements**: `<time datetime>` near the headline (never inside related lists,
//!    comments, footers or sidebars), `rel=author` links, byline boxes (class/id with `byline`,
//!    `author`, `autor`, `auteur`, …) and short lines starting with "By"/"Von"/"Par"/"Por"/"Door"/"Di".
//! 5. **`<title>`**, with site-name prefixes/suffixes removed, for the headline when nothing above
//!    gave one; the first `<h1>` when there is no `<title>` either.
//!
//! Whatever source wins, a headline that still ends (or starts) with the site name behind a
//! separator loses that part when the visible `<h1>` or the declared site name confirms it. A
//! person's name always beats an organisation's in the byline; an organisation is used only when
//! no person is named anywhere. Visible byline/date elements are recorded in
//! [`Metadata::byline_nodes`] even when the byline itself came from structured data, so later
//! stages can drop them from the body.

mod byline;
mod page_dates;
pub(crate) use byline::thread_starter;
mod sources;
mod title;

use crate::dates::*;
use crate::dom::{Dom, NodeId};
use crate::measure::ClassNames;
use crate::rules::byline::PUBLISHED_CLASS_FRAGMENT;
use crate::rules::furniture::EXCLUDED_AREA_WORDS;
use crate::rules::metadata_keys::{
    APP_NAME_META_KEYS, AUTHOR_META_KEYS, DESCRIPTION_META_KEYS, IMAGE_META_KEYS,
    MODIFIED_META_KEYS, PUBLISHED_META_KEYS, RTL_LANGUAGES, URL_META_KEYS,
};
use byline::*;
use serde_json::Value;
use sources::*;
pub(crate) use sources::{is_article_type, is_json_ld_script, json_ld_has_article};
use title::*;

/// What the page says about itself.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Metadata {
    /// The headline a reader sees, not `<title>` with " | Site Name" appended.
    pub title: Option<String>,
    /// People's names, comma-separated; the organisation only when no person is named.
    pub byline: Option<String>,
    /// ISO 8601: `YYYY-MM-DD`, or a date-time with its offset when the page gives one.
    pub published_time: Option<String>,
    pub modified_time: Option<String>,
    pub site_name: Option<String>,
    pub lang: Option<String>,
    /// `ltr` / `rtl` / `auto` as declared on `<html>` or `<body>`.
    pub dir: Option<String>,
    /// The page's description meta.
    pub excerpt: Option<String>,
    pub canonical_url: Option<String>,
    /// Absolute address of the main image.
    pub lead_image: Option<String>,
    /// JSON-LD `articleBody` text, a signal for content extraction.
    pub article_body: Option<String>,
    /// Visible elements that held the byline or date line.
    pub byline_nodes: Vec<NodeId>,
    /// Schema.org `@type`s of the page's main JSON-LD objects.
    pub schema_types: Vec<String>,
    /// OpenGraph `og:type`.
    pub og_type: Option<String>,
}

/// Reads every metadata source of the page and applies the order of trust in the module docs.
pub fn extract(dom: &Dom, base_url: Option<&url::Url>) -> Metadata {
    let metas = MetaTags::collect(dom);
    let ld = JsonLd::collect(dom);
    let micro = Microdata::collect(dom);
    let base = effective_base(dom, base_url);

    let site_name = first_some([
        metas.get(&["og:site_name"]),
        ld.publisher.clone(),
        metas.get(APP_NAME_META_KEYS),
        ld.website_name.clone(),
    ]);

    let headings = visible_headings(dom);
    let title = choose_title(dom, &metas, &ld, &micro, &headings, site_name.as_deref());
    let title = shown_headline(dom, title.as_deref(), site_name.as_deref()).or(title);
    let main_h1 = main_heading(dom, title.as_deref());

    let visible = find_visible_byline(dom, main_h1);
    let time_node = find_time_element(dom, main_h1, visible.as_ref().map(|v| v.node));
    let byline = choose_byline(&metas, &ld, &micro, visible.as_ref(), dom);
    let canonical_url = first_some([
        link_href(dom, "canonical"),
        metas.get(URL_META_KEYS),
        ld.url.clone(),
    ])
    .and_then(|u| absolutize(&u, base.as_ref()));
    let (mut published_time, modified_time) =
        choose_dates(dom, &metas, &ld, &micro, time_node, visible.as_ref());
    if published_time.is_none() {
        published_time = unstructured_date(dom, main_h1, base.as_ref(), &canonical_url)
            .or_else(|| modified_time.clone());
    }
    let byline_nodes = byline_and_date_nodes(dom, visible.as_ref(), time_node);
    let (lang, dir) = lang_and_dir(dom, &metas, &ld);
    let excerpt = first_some([metas.get(DESCRIPTION_META_KEYS), ld.description.clone()]);
    let lead_image = first_some([
        metas.get(IMAGE_META_KEYS),
        ld.image.clone(),
        link_href(dom, "image_src"),
        micro.image.clone(),
    ])
    .and_then(|u| absolutize(&u, base.as_ref()));

    Metadata {
        title,
        byline,
        published_time,
        modified_time,
        site_name,
        lang,
        dir,
        excerpt,
        canonical_url,
        lead_image,
        article_body: ld.body.clone(),
        byline_nodes,
        og_type: metas.get(&["og:type"]),
        schema_types: ld.types,
    }
}

/// A publication date the page writes outside its structured metadata, in the order of trust:
/// the address (`/2016/02/09/`), a visible date line, a data attribute, a script's state. A page
/// with none of these that declares when it was modified is dated by that (its "Updated" date is
/// the only one a reader sees).
fn unstructured_date(
    dom: &Dom,
    main_h1: Option<NodeId>,
    base: Option<&url::Url>,
    canonical_url: &Option<String>,
) -> Option<String> {
    let address = canonical_url
        .as_deref()
        .and_then(|u| url::Url::parse(u).ok())
        .or_else(|| base.cloned());
    address
        .as_ref()
        .and_then(page_dates::address_date)
        .or_else(|| page_dates::visible_date(dom, main_h1))
        .or_else(|| page_dates::data_attribute_date(dom))
        .or_else(|| page_dates::script_date(dom))
}

/// Published and modified dates, each from the first source in the order of trust; only the
/// published date is read from visible elements (a visible "updated" line is rarely marked).
fn choose_dates(
    dom: &Dom,
    metas: &MetaTags,
    ld: &JsonLd,
    micro: &Microdata,
    time_node: Option<NodeId>,
    visible: Option<&VisibleByline>,
) -> (Option<String>, Option<String>) {
    let published = first_some([
        ld.published.as_deref().and_then(normalize_date),
        metas
            .get(PUBLISHED_META_KEYS)
            .as_deref()
            .and_then(normalize_date_or_timestamp),
        micro.published.as_deref().and_then(normalize_date),
        time_node.and_then(|t| time_value(dom, t)),
        visible.and_then(|v| normalize_date(&dom.normalized_text(v.node))),
    ]);
    let modified = first_some([
        ld.modified.as_deref().and_then(normalize_date),
        metas
            .get(MODIFIED_META_KEYS)
            .as_deref()
            .and_then(normalize_date_or_timestamp),
        micro.modified.as_deref().and_then(normalize_date),
    ]);
    (published, modified)
}

/// The visible byline element and the date element, unless the byline already holds the date.
fn byline_and_date_nodes(
    dom: &Dom,
    visible: Option<&VisibleByline>,
    time_node: Option<NodeId>,
) -> Vec<NodeId> {
    let mut nodes = Vec::new();
    if let Some(v) = visible {
        nodes.push(v.node);
    }
    if let Some(t) = time_node {
        if !nodes.iter().any(|&b| dom.contains(b, t)) {
            nodes.push(t);
        }
    }
    nodes
}

fn first_some<const N: usize>(options: [Option<String>; N]) -> Option<String> {
    options.into_iter().flatten().find(|s| !s.trim().is_empty())
}

// ---------------------------------------------------------------------------------------------
// Text helpers

/// Trims and folds whitespace runs that contain a line break or tab (markup indentation) into one
/// space. Runs of plain spaces are kept as written: a lone no-break space is French typography
/// (before ":" and "»"), U+3000 is the Japanese/Chinese full-width space, and a headline copied
/// from the page should keep them.
fn tidy(s: &str) -> String {
    let s = unescape_entities(s);
    let mut out = String::with_capacity(s.len());
    let mut run = String::new();
    for c in s.trim().chars() {
        if c.is_whitespace() {
            run.push(c);
            continue;
        }
        if !run.is_empty() {
            if run.contains(['\n', '\r', '\t', '\u{c}']) {
                out.push(' ');
            } else {
                out.push_str(&run);
            }
            run.clear();
        }
        out.push(c);
    }
    out
}

/// Decodes character references left in attribute or JSON text. Some CMSes escape twice, so a
/// meta `content` arrives as "&#8216;Title&#8217;" after parsing; JSON-LD strings are never
/// HTML-decoded by the parser at all.
fn unescape_entities(s: &str) -> String {
    if !s.contains('&') {
        return s.to_string();
    }
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(amp) = rest.find('&') {
        out.push_str(rest.get(..amp).unwrap_or(""));
        let after = rest.get(amp + 1..).unwrap_or("");
        let semi = after.find(';').filter(|&i| i <= 10);
        let decoded = semi.and_then(|i| {
            let name = after.get(..i)?;
            let c = if let Some(num) = name.strip_prefix("#x").or_else(|| name.strip_prefix("#X")) {
                u32::from_str_radix(num, 16).ok().and_then(char::from_u32)
            } else if let Some(num) = name.strip_prefix('#') {
                num.parse().ok().and_then(char::from_u32)
            } else {
                match name {
                    "amp" => Some('&'),
                    "quot" => Some('"'),
                    "apos" => Some('\''),
                    "lt" => Some('<'),
                    "gt" => Some('>'),
                    "nbsp" => Some('\u{a0}'),
                    _ => None,
                }
            }?;
            Some((c, i))
        });
        match decoded {
            Some((c, i)) => {
                out.push(c);
                rest = after.get(i + 1..).unwrap_or("");
            }
            None => {
                out.push('&');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// Text of the subtree without `<script>`/`<style>` contents (a byline box may hold an ad script).
/// Whitespace runs are collapsed as the text is gathered, so a large subtree (some pages mark
/// their whole article as the author box) costs one copy of its text, not two.
fn visible_text(dom: &Dom, n: NodeId) -> String {
    let mut out = String::new();
    let mut pending_space = false;
    let mut walk = dom.descendants(n);
    while let Some(d) = walk.next() {
        if matches!(
            dom.tag(d),
            Some("script" | "style" | "noscript" | "template")
        ) {
            walk.skip_children_of(d);
        } else if let Some(t) = dom.text(d) {
            crate::dom::push_collapsed(&mut out, t, &mut pending_space);
        }
    }
    out
}

/// A comparison key: lowercase words only, so "Title¶", "title" and "TITLE " compare equal and
/// typographic quotes match straight ones.
fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut space = false;
    for c in s.chars() {
        let c = match c {
            '\u{2018}' | '\u{2019}' | '\u{201a}' | '\u{2032}' => '\'',
            '\u{201c}' | '\u{201d}' | '\u{201e}' | '\u{ab}' | '\u{bb}' => '"',
            _ => c,
        };
        if c.is_alphanumeric() || c == '\'' || c == '"' {
            if space && !out.is_empty() {
                out.push(' ');
            }
            space = false;
            out.extend(c.to_lowercase());
        } else {
            space = true;
        }
    }
    out
}

fn word_count(s: &str) -> usize {
    // CJK scripts have no spaces; count their characters so a Chinese headline is not "one word".
    let cjk = s.chars().filter(|&c| is_cjk(c)).count();
    s.split_whitespace().count().max(cjk / 2)
}

fn is_cjk(c: char) -> bool {
    matches!(c as u32, 0x3040..=0x30ff | 0x3400..=0x4dbf | 0x4e00..=0x9fff | 0xac00..=0xd7af)
}

fn looks_like_url(s: &str) -> bool {
    let l = s.trim().to_ascii_lowercase();
    l.starts_with("http://")
        || l.starts_with("https://")
        || l.starts_with("//")
        || l.starts_with("www.")
}

// ---------------------------------------------------------------------------------------------
// Excluded areas

/// True when `n` sits in a comment/related/sidebar/footer region. `<footer>`, `<aside>` and `<nav>`
/// count only for guesses (`semantic_tags`); explicitly marked microdata in an `<aside>` is often
/// the article's own info box. `<body>` and `<html>` are never looked at: WordPress and others put
/// words like "comments-open" in the body class of every page.
fn in_excluded_area_with(dom: &Dom, n: NodeId, semantic_tags: bool) -> bool {
    std::iter::once(n)
        .chain(dom.ancestors(n))
        .take_while(|&a| !matches!(dom.tag(a), Some("body" | "html") | None))
        .any(|a| {
            if semantic_tags && matches!(dom.tag(a), Some("footer" | "aside" | "nav")) {
                return true;
            }
            ClassNames::of(dom, a).has_fragment(EXCLUDED_AREA_WORDS)
        })
}

fn in_excluded_area(dom: &Dom, n: NodeId) -> bool {
    in_excluded_area_with(dom, n, true)
}

// ---------------------------------------------------------------------------------------------
// Dates in the page

/// The `<time>` that dates this article: one marked as the publication date, else the first one
/// inside the byline box, else the first after the headline, else the first on the page; never one
/// inside comments, related lists, sidebars or footers.
fn find_time_element(dom: &Dom, main_h1: Option<NodeId>, byline: Option<NodeId>) -> Option<NodeId> {
    let times: Vec<NodeId> = dom
        .find_tags(dom.root(), "time")
        .filter(|&t| !in_excluded_area(dom, t) && time_value(dom, t).is_some())
        .collect();
    let marked = times.iter().copied().find(|&t| {
        dom.attr(t, "pubdate").is_some()
            || dom.attr(t, "itemprop") == Some("datePublished")
            || ClassNames::of(dom, t).has_fragment(&[PUBLISHED_CLASS_FRAGMENT])
    });
    if marked.is_some() {
        return marked;
    }
    if let Some(b) = byline {
        // The byline box itself, or its parent (name and date are often siblings).
        for scope in [Some(b), dom.parent(b)].into_iter().flatten() {
            if let Some(&t) = times.iter().find(|&&t| dom.contains(scope, t)) {
                return Some(t);
            }
        }
    }
    if let Some(h1) = main_h1 {
        let mut after = false;
        for n in dom.descendants(dom.root()) {
            if n == h1 {
                after = true;
            } else if after && times.contains(&n) {
                return Some(n);
            }
        }
    }
    times.first().copied()
}

fn time_value(dom: &Dom, t: NodeId) -> Option<String> {
    dom.attr(t, "datetime")
        .and_then(normalize_date)
        .or_else(|| normalize_date(&dom.normalized_text(t)))
}

// ---------------------------------------------------------------------------------------------
// Language, links

fn lang_and_dir(dom: &Dom, metas: &MetaTags, ld: &JsonLd) -> (Option<String>, Option<String>) {
    let html = dom.html_element();
    let body = dom.body();
    let attr_of = |name: &str| {
        [html, body]
            .into_iter()
            .flatten()
            .find_map(|n| dom.attr(n, name))
            .map(|s| s.trim().to_string())
            .filter(|s| !s.is_empty())
    };
    let lang = first_some([
        attr_of("lang"),
        attr_of("xml:lang"),
        metas
            .get(&[
                "content-language",
                "language",
                "dc:language",
                "dcterms:language",
            ])
            // "de, en" lists several; the first is the main one.
            .map(|l| l.split(',').next().unwrap_or("").trim().to_string()),
        metas.get(&["og:locale"]).map(|l| l.replace('_', "-")),
        ld.lang.clone(),
    ]);
    // Declared on <html> or <body>; else implied by a right-to-left language (many Arabic and
    // Persian sites set `dir` only on a wrapper, or only in CSS).
    let dir = attr_of("dir")
        .map(|d| d.to_ascii_lowercase())
        .filter(|d| matches!(d.as_str(), "rtl" | "ltr"))
        .or_else(|| {
            let primary = lang
                .as_deref()?
                .split(['-', '_'])
                .next()?
                .to_ascii_lowercase();
            RTL_LANGUAGES
                .contains(&primary.as_str())
                .then(|| "rtl".to_string())
        });
    (lang, dir)
}

fn link_href(dom: &Dom, rel: &str) -> Option<String> {
    dom.find_tags(dom.root(), "link")
        .find(|&l| {
            dom.attr(l, "rel")
                .is_some_and(|r| r.split_whitespace().any(|w| w.eq_ignore_ascii_case(rel)))
        })
        .and_then(|l| dom.attr(l, "href"))
        .map(|h| h.trim().to_string())
        .filter(|h| !h.is_empty())
}

/// The caller's URL, overridden by the page's `<base href>` (resolved against it).
fn effective_base(dom: &Dom, base_url: Option<&url::Url>) -> Option<url::Url> {
    let base_href = dom
        .find_tags(dom.root(), "base")
        .find_map(|b| dom.attr(b, "href"))
        .map(str::trim);
    match (base_url, base_href) {
        (Some(b), Some(h)) => b.join(h).ok().or_else(|| Some(b.clone())),
        (Some(b), None) => Some(b.clone()),
        (None, Some(h)) => url::Url::parse(h).ok(),
        (None, None) => None,
    }
}

/// An absolute http(s)/data address, or `None` when it cannot be made absolute.
fn absolutize(raw: &str, base: Option<&url::Url>) -> Option<String> {
    let raw = raw.trim();
    if raw.is_empty() {
        return None;
    }
    let parsed = match base {
        Some(b) => b.join(raw).ok(),
        None => url::Url::parse(raw)
            .ok()
            // Protocol-relative addresses are common in og:image; https is the safe guess.
            .or_else(|| {
                raw.strip_prefix("//")
                    .and_then(|r| url::Url::parse(&format!("https://{r}")).ok())
            }),
    }?;
    matches!(parsed.scheme(), "http" | "https" | "data").then(|| parsed.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::options::Limits;
    use crate::parse::parse_html;

    fn meta_of(html: &str) -> Metadata {
        let dom = parse_html(html, &Limits::default()).unwrap();
        extract(&dom, None)
    }

    #[test]
    fn the_headline_shown_in_the_one_h1_wins_over_a_rewritten_sharing_title() {
        let page = |head: &str, body: &str| {
            meta_of(&format!(
                "<html><head>{head}</head><body>{body}</body></html>"
            ))
            .title
            .unwrap_or_default()
        };
        let og = |t: &str| format!("<meta property='og:title' content='{t}'>");
        // The sharing title is rewritten for search; the page shows its own headline.
        assert_eq!(
            page(
                &og("Health And Nutrition Trends For 2026"),
                "<h1>Top 10 Health and Nutrition Trends to Watch</h1><p>Text.</p>"
            ),
            "Top 10 Health and Nutrition Trends to Watch"
        );
        // A short form of the title (a shop's category name).
        assert_eq!(
            page(
                "<title>Headlamps for Camping, Hiking &amp; Running | Outdoor Co-op</title>",
                "<h1>Headlamps</h1><ul><li>Lamp</li></ul>"
            ),
            "Headlamps"
        );
        // The same words, as the page writes them.
        assert_eq!(
            page(
                &og("Desks &amp; Computer Desks"),
                "<h1>Desks &amp; computer desks</h1>"
            ),
            "Desks & computer desks"
        );
        // A logo in the h1 (a link home), the site's name, an unrelated section name, or two
        // different h1s: the metadata title stays.
        let story = og("Council approves the new school budget");
        for body in [
            "<h1><a href='/'>The Daily Courier</a></h1><p>Text.</p>",
            "<h1>Latest News</h1><p>Text.</p>",
            "<h1>Council approves budget</h1><h1>Schools react to the new budget</h1>",
        ] {
            assert_eq!(
                page(&story, body),
                "Council approves the new school budget",
                "{body}"
            );
        }
        // An h1 that adds a label to the whole title.
        assert_eq!(
            page(
                &story,
                "<h1>Thread: Council approves the new school budget</h1>"
            ),
            "Council approves the new school budget"
        );
        let titled = "<title>Council approves the new school budget | Courier</title>";
        assert_eq!(
            page(titled, "<h1>Courier</h1><p>Text.</p>"),
            "Council approves the new school budget"
        );
    }

    #[test]
    fn a_byline_label_in_its_own_element_names_the_element_after_it() {
        let page = |meta_line: &str| {
            meta_of(&format!(
                "<html><body><h1>How to plan a menu</h1>{meta_line}<p>Start with the guests.</p>\
                 </body></html>"
            ))
            .byline
        };
        assert_eq!(
            page("<div><p>Written by</p><p>Edzel Tabing</p></div>"),
            Some("Edzel Tabing".to_string())
        );
        assert_eq!(
            page("<div><span>Von</span> <span>Max Muster</span></div>"),
            Some("Max Muster".to_string())
        );
        // The label alone is never a name.
        assert_eq!(page("<div class='byline'>Written By</div>"), None);
        assert_eq!(page("<div class='author'>Author</div>"), None);
    }

    fn meta_with_base(html: &str, base: &str) -> Metadata {
        let dom = parse_html(html, &Limits::default()).unwrap();
        let base = url::Url::parse(base).unwrap();
        extract(&dom, Some(&base))
    }

    #[test]
    fn unix_timestamps_in_meta_become_utc_date_times() {
        assert_eq!(
            parse_timestamp("1536678000").as_deref(),
            Some("2018-09-11T15:00:00Z")
        );
        assert_eq!(
            parse_timestamp("1536678000000").as_deref(),
            Some("2018-09-11T15:00:00Z")
        );
        assert_eq!(parse_timestamp("12345"), None);
        let m = meta_of(
            r#"<meta name="timestamp" content="x"><meta name="date" content="1536678000"><title>t</title>"#,
        );
        assert_eq!(m.published_time.as_deref(), Some("2018-09-11T15:00:00Z"));
    }

    // --- title ---------------------------------------------------------------------------------

    #[test]
    fn site_name_suffix_is_dropped_when_declared() {
        assert_eq!(
            clean_title("Big News Today | The Daily", &[], Some("The Daily")),
            "Big News Today"
        );
        assert_eq!(
            clean_title("Die Nachricht des Tages – SPIEGEL", &[], Some("Spiegel")),
            "Die Nachricht des Tages"
        );
        assert_eq!(
            clean_title("Le Monde - La une du jour ici", &[], Some("Le Monde")),
            "La une du jour ici"
        );
        assert_eq!(
            clean_title("Friday Facts #1 | Factorio", &[], Some("Factorio.com")),
            "Friday Facts #1"
        );
    }

    #[test]
    fn a_heading_confirms_which_part_is_the_headline() {
        let h = vec!["Obama admits frustration".to_string()];
        assert_eq!(
            clean_title("Obama admits frustration - Section - News", &h, None),
            "Obama admits frustration"
        );
        let h = vec!["El gobierno aprueba la ley".to_string()];
        assert_eq!(
            clean_title("Portada » El gobierno aprueba la ley", &h, None),
            "El gobierno aprueba la ley"
        );
        // A logo <h1> matching the short tail is not the headline.
        let h = vec!["Pixsite".to_string()];
        assert_eq!(
            clean_title("Unser Ausflug in die Berge :: Pixsite", &h, None),
            "Unser Ausflug in die Berge"
        );
    }

    #[test]
    fn hyphens_inside_words_and_short_titles_stay() {
        assert_eq!(
            clean_title("Where do U.S.-Israeli relations go?", &[], None),
            "Where do U.S.-Israeli relations go?"
        );
        assert_eq!(clean_title("Google - SRE", &[], None), "Google - SRE");
        assert_eq!(
            clean_title("Daring Fireball: Colophon", &[], None),
            "Daring Fireball: Colophon"
        );
    }

    #[test]
    fn title_trust_order_json_ld_then_og_then_title() {
        let page = r#"<html><head><title>Doc title here please | Site</title>
            <meta property="og:title" content="OG headline">
            <script type="application/ld+json">{"@type":"NewsArticle","headline":"LD headline"}</script>
            </head><body><h1>Visible</h1></body></html>"#;
        assert_eq!(meta_of(page).title.as_deref(), Some("LD headline"));
        let no_ld = page.replace("application/ld+json", "text/plain");
        assert_eq!(meta_of(&no_ld).title.as_deref(), Some("OG headline"));
        let no_og = no_ld.replace("og:title", "og:nothing");
        assert_eq!(
            meta_of(&no_og).title.as_deref(),
            Some("Doc title here please")
        );
    }

    #[test]
    fn json_ld_name_wins_over_a_headline_that_is_a_summary() {
        let page = r#"<title>Hermitian matrix - Wikipedia</title>
            <script type="application/ld+json">{"@type":"Article","name":"Hermitian matrix",
            "headline":"matrix equal to its conjugate-transpose"}</script><h1>Hermitian matrix</h1>"#;
        assert_eq!(meta_of(page).title.as_deref(), Some("Hermitian matrix"));
    }

    #[test]
    fn og_title_with_site_suffix_is_cut_when_h1_confirms() {
        let page = r#"<meta property="og:title" content="Ein Artikel über Katzen | Katzenblatt">
            <h1>Ein Artikel über Katzen</h1>"#;
        assert_eq!(
            meta_of(page).title.as_deref(),
            Some("Ein Artikel über Katzen")
        );
    }

    #[test]
    fn whitespace_in_titles_folds_line_breaks_but_keeps_typographic_spaces() {
        assert_eq!(tidy("  A\n   title  "), "A title");
        assert_eq!(tidy("Screenshot\u{a0}: «X»"), "Screenshot\u{a0}: «X»");
        assert_eq!(tidy("欲張り\u{3000}イヌ"), "欲張り\u{3000}イヌ");
    }

    // --- meta, JSON-LD, microdata ----------------------------------------------------------------

    #[test]
    fn json_ld_graph_arrays_and_nested_authors() {
        let page = r#"<script type="application/ld+json">{"@context":"https://schema.org","@graph":[
            {"@type":"WebSite","name":"Example Site"},
            {"@type":"BreadcrumbList","name":"Not a headline"},
            {"@type":["NewsArticle","Article"],"headline":"Real headline",
             "author":[{"@type":"Person","name":"Stella Kim"},{"@type":"Person","name":"Jennifer Jett"}],
             "datePublished":"2024-12-06T22:00:40.000Z","dateModified":"2024-12-07",
             "image":{"@type":"ImageObject","url":"https://img.example/a.jpg"},
             "publisher":{"@type":"Organization","name":"Example News"},
             "articleBody":"Body text.","inLanguage":"ko"}]}</script>"#;
        let m = meta_of(page);
        assert_eq!(m.title.as_deref(), Some("Real headline"));
        assert_eq!(m.byline.as_deref(), Some("Stella Kim, Jennifer Jett"));
        assert_eq!(m.published_time.as_deref(), Some("2024-12-06T22:00:40Z"));
        assert_eq!(m.modified_time.as_deref(), Some("2024-12-07"));
        assert_eq!(m.lead_image.as_deref(), Some("https://img.example/a.jpg"));
        assert_eq!(m.site_name.as_deref(), Some("Example News"));
        assert_eq!(m.article_body.as_deref(), Some("Body text."));
        assert_eq!(m.lang.as_deref(), Some("ko"));
    }

    #[test]
    fn broken_json_ld_is_ignored_and_wrapped_json_ld_is_read() {
        let page = r#"<script type="application/ld+json">{"@type":"Article", "headline": </script>
            <script type="application/ld+json"><!-- {"@type":"BlogPosting","headline":"Wrapped"} --></script>"#;
        assert_eq!(meta_of(page).title.as_deref(), Some("Wrapped"));
    }

    #[test]
    fn an_organisation_is_the_byline_only_when_no_person_is_named() {
        let org_only = r#"<script type="application/ld+json">{"@type":"NewsArticle","headline":"H",
            "author":{"@type":"Organization","name":"BBC News"}}</script>"#;
        assert_eq!(meta_of(org_only).byline.as_deref(), Some("BBC News"));
        let with_person = format!(r#"{org_only}<body><h1>H</h1><p class="byline">By Jane Roe</p>"#);
        assert_eq!(meta_of(&with_person).byline.as_deref(), Some("Jane Roe"));
    }

    #[test]
    fn user_handles_are_not_bylines() {
        let page = r#"<script type="application/ld+json">{"@type":"Article","headline":"H","author":"CC7567"}</script>
            <body><h1>H</h1><div class="byline"><span class="author-name">James Akinaka</span></div>"#;
        assert_eq!(meta_of(page).byline.as_deref(), Some("James Akinaka"));
    }

    #[test]
    fn meta_sources_dublin_core_property_first_and_urls_rejected() {
        let page = r#"<meta name="author" content="Meta Author">
            <meta property="dc:creator twitter:site_name" content="Creator Name">
            <meta property="article:author" content="https://example.com/u/1">
            <meta name="DC.title" content="Dublin Title">"#;
        let m = meta_of(page);
        assert_eq!(m.byline.as_deref(), Some("Creator Name"));
        assert_eq!(m.title.as_deref(), Some("Dublin Title"));
        let url_only =
            r#"<meta property="article:author" content="https://example.com/u/1"><title>T</title>"#;
        assert_eq!(meta_of(url_only).byline, None);
    }

    #[test]
    fn parsely_and_sailthru_meta() {
        let page = r#"<meta name="parsely-title" content="Parsely Title">
            <meta name="parsely-author" content="Jane Doe">
            <meta name="parsely-pub-date" content="2024-04-20T04:20:00.000Z">"#;
        let m = meta_of(page);
        assert_eq!(m.title.as_deref(), Some("Parsely Title"));
        assert_eq!(m.byline.as_deref(), Some("Jane Doe"));
        assert_eq!(m.published_time.as_deref(), Some("2024-04-20T04:20:00Z"));
        let s = meta_of(
            r#"<meta name="sailthru.author" content="Ana Ruiz"><meta name="sailthru.date" content="Tue, 11 Sep 2018 15:00:00 GMT">"#,
        );
        assert_eq!(s.byline.as_deref(), Some("Ana Ruiz"));
        assert_eq!(s.published_time.as_deref(), Some("2018-09-11T15:00:00Z"));
    }

    #[test]
    fn microdata_author_date_and_headline() {
        let page = r#"<body><article><h2 itemprop="headline">Micro headline</h2>
            <aside><span itemprop="author" itemscope><span itemprop="name">Nicolas Perriault</span> —</span>
            <time datetime="2013-09-29" itemprop="datePublished">29 Sep</time></aside></article>"#;
        let m = meta_of(page);
        assert_eq!(m.title.as_deref(), Some("Micro headline"));
        assert_eq!(m.byline.as_deref(), Some("Nicolas Perriault"));
        assert_eq!(m.published_time.as_deref(), Some("2013-09-29"));
    }

    // --- visible bylines and dates ---------------------------------------------------------------

    #[test]
    fn visible_bylines_in_several_languages() {
        for (line, name) in [
            ("By Jane Doe | Reuters", "Jane Doe"),
            (
                "Von Max Mustermann, aktualisiert 3. März 2019",
                "Max Mustermann",
            ),
            ("Par Sébastien Farcis", "Sébastien Farcis"),
            ("Por María López", "María López"),
            ("Door Jan de Vries", "Jan de Vries"),
            ("Di Mario Rossi", "Mario Rossi"),
            ("by Lucas Nolan22 Dec 2016", "Lucas Nolan"),
            ("By Nathan Willis March 25, 2015", "Nathan Willis"),
        ] {
            let page = format!(
                r#"<body><h1>Headline</h1><div class="post-byline">{line}</div><p>Text.</p>"#
            );
            let m = meta_of(&page);
            assert_eq!(m.byline.as_deref(), Some(name), "{line}");
            assert_eq!(m.byline_nodes.len(), 1, "{line}");
        }
    }

    #[test]
    fn byline_without_a_class_is_found_under_the_headline() {
        let page = r#"<body><h1>Titre</h1><p>Par Jean Dupont</p><p>Par ailleurs, le texte commence ici et continue.</p>"#;
        assert_eq!(meta_of(page).byline.as_deref(), Some("Jean Dupont"));
        let en = r#"<body><h1>Title</h1><p>By Ann Lee</p><p>Body.</p>"#;
        assert_eq!(meta_of(en).byline.as_deref(), Some("Ann Lee"));
    }

    #[test]
    fn local_class_words_autor_and_auteur() {
        let de = r#"<body><h1>T</h1><span class="artikel-autor">Erika Musterfrau</span>"#;
        assert_eq!(meta_of(de).byline.as_deref(), Some("Erika Musterfrau"));
        let fr = r#"<body><h1>T</h1><span class="nom-auteur">Claire Martin</span>"#;
        assert_eq!(meta_of(fr).byline.as_deref(), Some("Claire Martin"));
    }

    #[test]
    fn bylines_in_comments_teasers_and_false_friends_are_ignored() {
        let page = r#"<body><div id="authorization">Sign In</div><h1>T</h1>
            <div class="authority-control">Authority control</div><p>Body</p>
            <div class="comments"><span class="comment-author">Troll 1</span></div>"#;
        let m = meta_of(page);
        assert_eq!(m.byline, None);
        assert!(m.byline_nodes.is_empty());
    }

    #[test]
    fn the_byline_after_the_headline_beats_earlier_teaser_bylines() {
        let page = r#"<body><ul><li><span class="byline">Teaser Writer</span></li></ul>
            <h1>Main story</h1><span class="byline">Real Writer</span>"#;
        assert_eq!(meta_of(page).byline.as_deref(), Some("Real Writer"));
    }

    #[test]
    fn time_near_the_headline_not_in_related_lists() {
        let page = r#"<body><div class="related"><time datetime="2001-01-01">old</time></div>
            <article><h1>Story</h1><p class="meta"><time datetime="2019-05-06T08:00:00+02:00">6 May</time></p>
            <p>Body.</p></article><footer><time datetime="2024-01-01">©</time></footer>"#;
        let m = meta_of(page);
        assert_eq!(
            m.published_time.as_deref(),
            Some("2019-05-06T08:00:00+02:00")
        );
        assert_eq!(m.byline_nodes.len(), 1);
    }

    #[test]
    fn rel_author_link_is_a_byline() {
        let page = r#"<body><h1>T</h1><p><a rel="author" href="/u/x">Kelli Miller</a></p>"#;
        assert_eq!(meta_of(page).byline.as_deref(), Some("Kelli Miller"));
    }

    // --- language, links, images ----------------------------------------------------------------

    #[test]
    fn language_sources_in_order() {
        assert_eq!(
            meta_of(r#"<html lang="de-DE" dir="ltr"><title>x</title>"#)
                .lang
                .as_deref(),
            Some("de-DE")
        );
        let m = meta_of(
            r#"<html dir="RTL"><meta http-equiv="Content-Language" content="ar, en"><title>x</title>"#,
        );
        assert_eq!(m.lang.as_deref(), Some("ar"));
        assert_eq!(m.dir.as_deref(), Some("rtl"));
        let og = meta_of(r#"<meta property="og:locale" content="pt_BR"><title>x</title>"#);
        assert_eq!(og.lang.as_deref(), Some("pt-BR"));
    }

    #[test]
    fn urls_are_made_absolute() {
        let page = r#"<link rel="canonical" href="/news/1"><meta property="og:image" content="img/a.jpg">
            <meta name="description" content="A summary.">"#;
        let m = meta_with_base(page, "https://example.com/section/page");
        assert_eq!(
            m.canonical_url.as_deref(),
            Some("https://example.com/news/1")
        );
        assert_eq!(
            m.lead_image.as_deref(),
            Some("https://example.com/section/img/a.jpg")
        );
        assert_eq!(m.excerpt.as_deref(), Some("A summary."));
        let no_base = meta_of(
            r#"<meta property="og:image" content="//cdn.example/b.png"><meta property="og:image:alt" content="x">"#,
        );
        assert_eq!(
            no_base.lead_image.as_deref(),
            Some("https://cdn.example/b.png")
        );
        let relative = meta_of(r#"<meta property="og:image" content="b.png">"#);
        assert_eq!(relative.lead_image, None);
    }

    #[test]
    fn escaped_entities_scripts_and_default_accounts() {
        let page = r#"<meta property="og:title" content="&amp;#8216;Quoted&amp;#8217; &amp;amp; more">
            <meta name="author" content="admin"><body><h1>x</h1>
            <div class="byline"><script>var ads = 1;</script>By Nora Berg</div>"#;
        let m = meta_of(page);
        assert_eq!(m.title.as_deref(), Some("\u{2018}Quoted\u{2019} & more"));
        assert_eq!(m.byline.as_deref(), Some("Nora Berg"));
        assert_eq!(
            unescape_entities("a &bogus; & b &#xZZ;"),
            "a &bogus; & b &#xZZ;"
        );
    }

    #[test]
    fn empty_and_odd_documents_do_not_panic() {
        for html in [
            "",
            "<html>",
            "<meta content>",
            "<time datetime=\"\u{1F600}\">",
            "<h1></h1><title></title>",
        ] {
            let m = meta_of(html);
            assert_eq!(m.title, None, "{html}");
        }
    }
}
