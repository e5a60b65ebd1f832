//! The headline: the sources' candidates, cleaned of site names and checked against the page.

use super::*;
use crate::rules::title::TITLE_SEPARATORS;

// ---------------------------------------------------------------------------------------------
// Title

/// `<h1>` texts: the headings that can confirm which part of a title is the headline. (`<h2>`s are
/// too often a work's or section's name that matches a *part* of a longer title.)
pub(super) fn visible_headings(dom: &Dom) -> Vec<String> {
    let mut out = Vec::new();
    for tag in ["h1"] {
        for h in dom.find_tags(dom.root(), tag).take(20) {
            let t = tidy(&visible_text(dom, h));
            if !t.is_empty() && t.chars().count() < 400 {
                out.push(t);
            }
        }
    }
    out
}

/// Byte ranges of the separators in `title`, in order.
pub(super) fn separator_positions(title: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    for sep in TITLE_SEPARATORS {
        let mut from = 0;
        while let Some(pos) = title.get(from..).and_then(|s| s.find(sep)) {
            out.push((from + pos, from + pos + sep.len()));
            from += pos + sep.len();
        }
    }
    out.sort_unstable();
    out
}

/// Removes a site or section name from a title.
///
/// 1. When a visible heading equals the part before or after a separator (or the part before a
///    colon), that part is the headline: the page itself shows it without the site name.
/// 2. When the part after the last separator (or before the first) is the declared site name,
///    it goes.
/// 3. Otherwise, when `heuristic` is set (raw `<title>` only), a short last part (at most four
///    words, shorter than the rest) is taken for a site name, as long as the rest still looks
///    like a headline (three or more words).
pub fn clean_title(raw_title: &str, headings: &[String], site_name: Option<&str>) -> String {
    clean_title_inner(raw_title, headings, site_name, true)
}

pub(super) fn clean_title_inner(
    raw_title: &str,
    headings: &[String],
    site_name: Option<&str>,
    heuristic: bool,
) -> String {
    let title = tidy(raw_title);
    let folded_headings: Vec<String> = headings.iter().map(|h| fold(h)).collect();
    let is_heading = |s: &str| {
        let f = fold(s);
        !f.is_empty() && folded_headings.contains(&f)
    };
    if is_heading(&title) {
        return title;
    }
    let seps = separator_positions(&title);
    // Rule 1: a heading confirms a part. Longest part first, so "A - B - Site" with heading "A - B"
    // keeps both.
    for &(start, _) in seps.iter().rev() {
        if let Some(head) = title.get(..start) {
            if is_heading(head) {
                return head.trim().to_string();
            }
        }
    }
    // A heading matching the part *after* a separator is trusted only when that part is the
    // longer one: a site logo in an `<h1>` matches the short site-name tail of "Headline :: Site".
    for &(start, end) in &seps {
        if let (Some(head), Some(tail)) = (title.get(..start), title.get(end..)) {
            if is_heading(tail) && tail.chars().count() > head.chars().count() {
                return tail.trim().to_string();
            }
        }
    }
    // Rule 2: the declared site name.
    if let Some(site) = site_name.map(fold).filter(|s| !s.is_empty()) {
        let is_site = |part: &str| {
            let p = fold(part);
            // Case and punctuation differ ("the Guardian", "The Guardian"), and a domain may stand
            // for the name ("Factorio.com" for "Factorio"); one trailing word of difference at most.
            let close = |long: &str, short: &str| {
                long.strip_prefix(short).is_some_and(|rest| {
                    rest.starts_with(' ') && rest.trim().split(' ').count() == 1
                })
            };
            !p.is_empty() && (p == site || close(&p, &site) || close(&site, &p))
        };
        if let Some(&(start, end)) = seps.last() {
            if let (Some(head), Some(tail)) = (title.get(..start), title.get(end..)) {
                if is_site(tail) && word_count(head) >= 2 {
                    return head.trim().to_string();
                }
            }
        }
        if let Some(&(start, end)) = seps.first() {
            if let (Some(head), Some(tail)) = (title.get(..start), title.get(end..)) {
                if is_site(head) && word_count(tail) >= 2 {
                    return tail.trim().to_string();
                }
            }
        }
    }
    if !heuristic {
        return title;
    }
    // Rule 3.
    if let Some(&(start, end)) = seps.last() {
        if let (Some(head), Some(tail)) = (title.get(..start), title.get(end..)) {
            let tail_words = word_count(tail);
            if tail_words <= 4 && tail.len() < head.len() && word_count(head) >= 3 {
                return head.trim().to_string();
            }
        }
    }
    title
}

pub(super) fn choose_title(
    dom: &Dom,
    metas: &MetaTags,
    ld: &JsonLd,
    micro: &Microdata,
    headings: &[String],
    site_name: Option<&str>,
) -> Option<String> {
    let og = metas.get(&["og:title"]);
    let doc_title = dom
        .find_tags(dom.root(), "title")
        .next()
        .map(|t| tidy(&dom.text_content(t)))
        .filter(|t| !t.is_empty());
    // JSON-LD `headline` is sometimes a summary and `name` the title (Wikipedia), sometimes the
    // reverse; when they differ, the one the page shows as a heading or in `<title>` wins.
    let mut headline = match (&ld.headline, &ld.name) {
        (Some(h), Some(n)) if fold(h) != fold(n) => {
            let folded_doc = doc_title.as_deref().map(fold).unwrap_or_default();
            let score = |x: &str| {
                let f = fold(x);
                2 * u8::from(headings.iter().any(|hd| fold(hd) == f))
                    + u8::from(!f.is_empty() && folded_doc.contains(&f))
            };
            if score(n) > score(h) {
                Some(n.clone())
            } else {
                Some(h.clone())
            }
        }
        (h, n) => h.clone().or_else(|| n.clone()),
    };
    // Some CMSes cut the JSON-LD headline at 110 characters (Google's old limit) and add an
    // ellipsis; the sharing title then has the whole text.
    if let (Some(h), Some(o)) = (&headline, &og) {
        let stem = h.trim_end_matches(['…', '.']).trim_end();
        if stem.len() < h.len() && o.len() > stem.len() && o.starts_with(stem) {
            headline = Some(o.clone());
        }
    }
    let structured = first_some([
        headline,
        metas.get(&["dc:title", "dcterms:title"]),
        og,
        metas.get(&["twitter:title", "parsely-title", "sailthru.title", "title"]),
        micro.headline.clone(),
    ]);
    if let Some(t) = structured {
        return Some(clean_title_inner(&t, headings, site_name, false));
    }
    if let Some(t) = doc_title {
        return Some(clean_title(&t, headings, site_name));
    }
    dom.find_tags(dom.root(), "h1")
        .map(|h| tidy(&dom.text_content(h)))
        .find(|t| !t.is_empty())
}

/// The `<h1>` that carries the headline: the one whose text matches the title, else the first
/// visible one outside excluded areas.
pub(super) fn main_heading(dom: &Dom, title: Option<&str>) -> Option<NodeId> {
    let h1s: Vec<NodeId> = dom
        .find_tags(dom.root(), "h1")
        .filter(|&h| !in_excluded_area(dom, h))
        .collect();
    if let Some(t) = title.map(fold) {
        if let Some(&h) = h1s.iter().find(|&&h| {
            let f = fold(&dom.text_content(h));
            !f.is_empty() && (f == t || t.contains(&f) && f.len() * 2 > t.len())
        }) {
            return Some(h);
        }
    }
    h1s.into_iter().find(|&h| dom.text_len(h) > 0)
}

/// The headline as the page shows it. When the page has one visible `<h1>` (outside headers'
/// logos, sidebars and footers) that is the same words as the metadata title, or shares at least
/// [`MIN_SHARED_HEADLINE_WORDS`] of its words with it, that heading is the headline: sharing
/// titles and `<title>` are rewritten for search results ("Best Apps to Learn a Language in 2025 –
/// Top 10 Picks") while the reader sees the `<h1>`. A logo or section name in the `<h1>` ("The
/// Southerner", "Latest News") shares no words with the title and is passed over.
pub(super) fn shown_headline(
    dom: &Dom,
    title: Option<&str>,
    site_name: Option<&str>,
) -> Option<String> {
    let title = title?;
    let mut shown: Option<String> = None;
    for h in dom.find_tags(dom.root(), "h1").take(20) {
        if in_excluded_area(dom, h) {
            continue;
        }
        let text = tidy(&visible_text(dom, h));
        if text.is_empty() || text.chars().count() >= 400 || is_home_link(dom, h) {
            continue;
        }
        match &shown {
            Some(first) if fold(first) != fold(&text) => return None,
            Some(_) => {}
            None => shown = Some(text),
        }
    }
    let shown = shown?;
    // An `<h1>` that holds the whole title and more adds a label ("Thread: …", "Review: …").
    let (folded_shown, folded_title) = (fold(&shown), fold(title));
    if folded_shown.len() > folded_title.len() && folded_shown.contains(&folded_title) {
        return None;
    }
    let words = |s: &str| -> Vec<String> {
        let folded = fold(s);
        let mut out: Vec<String> = Vec::new();
        for word in folded.split(' ').filter(|w| !w.is_empty()) {
            if word.chars().any(is_cjk) {
                out.extend(word.chars().map(String::from));
            } else {
                out.push(word.to_string());
            }
        }
        out
    };
    let heading_words = words(&shown);
    let title_words = words(title);
    let shared = heading_words
        .iter()
        .filter(|w| title_words.contains(w))
        .count();
    // A heading whose words all appear in the title is its short form ("Headlamps" for
    // "Headlamps for Camping, Hiking & Running | REI"), unless it is the site's name.
    let is_site_name = site_name.is_some_and(|site| fold(site) == fold(&shown))
        || separator_positions(title).iter().any(|&(start, end)| {
            let (head, tail) = (&title[..start], &title[end..]);
            let shorter = if head.len() < tail.len() { head } else { tail };
            fold(shorter) == fold(&shown)
        });
    let related = fold(&shown) == fold(title)
        || (shared == heading_words.len() && !is_site_name)
        || (shared >= 2
            && shared as f64 >= MIN_SHARED_HEADLINE_WORDS * heading_words.len() as f64
            && !is_site_name);
    related.then_some(shown)
}

/// A site's logo set as an `<h1>`: the heading is, or sits inside, a link to the home page.
fn is_home_link(dom: &Dom, h: NodeId) -> bool {
    let is_home = |href: &str| {
        let path = href
            .split_once("://")
            .map_or(href, |(_, rest)| rest.find('/').map_or("/", |i| &rest[i..]));
        matches!(path.trim(), "/" | "" | "./" | "/index.html")
    };
    let links_home = |a: NodeId| dom.attr(a, "href").is_some_and(is_home);
    dom.ancestors(h)
        .take(3)
        .any(|a| dom.is_tag(a, "a") && links_home(a))
        || dom
            .find_tags(h, "a")
            .any(|a| links_home(a) && dom.text_len(a) * 2 >= dom.text_len(h))
}

/// The share of an `<h1>`'s words that must also be in the metadata title for the `<h1>` to be
/// taken as the headline.
const MIN_SHARED_HEADLINE_WORDS: f64 = 0.5;
