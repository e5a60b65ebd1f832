//! Publication dates written outside the structured metadata: in a visible date line near the
//! headline, in the address, in data attributes and in page scripts' state. Each is read only
//! when the sources before it (JSON-LD, meta tags, microdata, `<time>`, the byline) are silent.

use super::*;
use crate::rules::metadata_keys::{
    DATE_CLASS_FRAGMENTS, DATE_DATA_ATTRIBUTES, DATE_LINE_OPENINGS, SCRIPT_DATE_KEYS,
};
use crate::rules::months::PUBLICATION_WORDS;

/// The longest text a date line may have: "Last updated on: Wednesday, 24 September 2025 at
/// 11:30 am" fits; a sentence that mentions a date does not.
const MAX_DATE_LINE_CHARS: usize = 80;

/// The most characters an element may have to count as a bare date ("Wednesday, 24 September
/// 2025"): after the headline, an element that holds a date and nothing else is its date line.
const MAX_BARE_DATE_CHARS: usize = 32;

/// A visible date line: an element whose class names a date (`post-date`, `published`), whose
/// text opens like one ("Published on:", "Updated"), or, after the headline, that holds a date and
/// nothing else; short, and readable as a date. The first after the headline wins, else the first
/// on the page; never one in comments, related lists, sidebars or footers.
pub(super) fn visible_date(dom: &Dom, main_h1: Option<NodeId>) -> Option<String> {
    let body = dom.body().unwrap_or(dom.root());
    let lengths = dom.text_lengths(body);
    let mut after_h1 = main_h1.is_none();
    let mut first_before: Option<String> = None;
    let mut walk = dom.descendants(body);
    while let Some(n) = walk.next() {
        if Some(n) == main_h1 {
            after_h1 = true;
        }
        let Some(tag) = dom.tag(n) else { continue };
        if matches!(tag, "script" | "style" | "noscript" | "template") {
            walk.skip_children_of(n);
            continue;
        }
        let len = lengths[n.index()];
        if len == 0 || len > MAX_DATE_LINE_CHARS {
            continue;
        }
        let text = spaced_text(dom, n);
        // The word tables are folded (`rules::fold`), as is what they are compared with.
        let lower = crate::rules::fold(&text);
        let opens = |words: &[&str]| words.iter().any(|o| lower.starts_with(o));
        let labelled = opens(PUBLICATION_WORDS) || opens(DATE_LINE_OPENINGS);
        let bare = after_h1 && len <= MAX_BARE_DATE_CHARS;
        if !labelled && !bare && !ClassNames::of(dom, n).has_fragment(DATE_CLASS_FRAGMENTS) {
            continue;
        }
        // A label alone ("Last updated:") has its date in the next element: read the parent.
        let date = normalize_date(&text).or_else(|| {
            let parent = dom.parent(n).filter(|_| labelled)?;
            (lengths.get(parent.index()).copied().unwrap_or(usize::MAX) <= MAX_DATE_LINE_CHARS)
                .then(|| normalize_date(&spaced_text(dom, parent)))
                .flatten()
        });
        let Some(date) = date else {
            continue;
        };
        walk.skip_children_of(n);
        if in_excluded_area(dom, n) {
            continue;
        }
        if after_h1 {
            return Some(date);
        }
        first_before.get_or_insert(date);
    }
    first_before
}

/// An element's text with a space at every element boundary, so "<div>Published</div><div>July
/// 8, 2025</div>" reads "Published July 8, 2025" (the normalised text runs them together).
fn spaced_text(dom: &Dom, id: NodeId) -> String {
    let mut out = String::new();
    for n in dom.descendants(id) {
        match dom.text(n) {
            Some(t) => out.push_str(t),
            None => out.push(' '),
        }
    }
    crate::dom::collapse_whitespace(&out).trim().to_string()
}

/// A date in the page's address: `/2016/02/09/` (year, month, day as path segments) or a segment
/// that is an ISO date (`/2016-02-09-slug/`).
pub(super) fn address_date(url: &url::Url) -> Option<String> {
    let segments: Vec<&str> = url.path_segments()?.collect();
    for window in segments.windows(3) {
        let [y, m, d] = window else { continue };
        let numeric = |s: &str, len: std::ops::RangeInclusive<usize>| {
            len.contains(&s.len()) && s.bytes().all(|b| b.is_ascii_digit())
        };
        if numeric(y, 4..=4) && numeric(m, 1..=2) && numeric(d, 1..=2) {
            if let Some(date) = normalize_date(&format!("{y}-{m:0>2}-{d:0>2}")) {
                return Some(date);
            }
        }
    }
    segments.iter().find_map(|s| {
        let head = s.get(..10)?;
        (head.as_bytes().get(4) == Some(&b'-'))
            .then(|| normalize_date(head))
            .flatten()
    })
}

/// A date in a data attribute (`data-pubdate="2022-10-05"`), the first on the page.
pub(super) fn data_attribute_date(dom: &Dom) -> Option<String> {
    dom.descendant_elements(dom.root()).find_map(|n| {
        DATE_DATA_ATTRIBUTES
            .iter()
            .find_map(|a| dom.attr(n, a).and_then(normalize_date_or_timestamp))
    })
}

/// A date under a known key in a page script's state (`"publishedAt":"2025-10-20T13:08:55"`,
/// `publishedDate:"2019-08-16T00:00:00.000Z"`): the first key found, in the order of
/// [`SCRIPT_DATE_KEYS`].
pub(super) fn script_date(dom: &Dom) -> Option<String> {
    let scripts: Vec<String> = dom
        .find_tags(dom.root(), "script")
        .map(|s| dom.text_content(s))
        .filter(|t| !t.is_empty())
        .collect();
    SCRIPT_DATE_KEYS.iter().find_map(|key| {
        scripts
            .iter()
            .find_map(|text| value_after_key(text, key).and_then(normalize_date))
    })
}

/// The string value after `key` in script text: `"key":"value"`, `key:"value"`, with escaped
/// quotes (`\"key\":\"value\"`) as JSON inside JSON writes them.
fn value_after_key<'a>(text: &'a str, key: &str) -> Option<&'a str> {
    let mut from = 0;
    while let Some(pos) = text.get(from..)?.find(key) {
        let after = from + pos + key.len();
        from = after;
        let rest = text.get(after..)?;
        let rest = rest.trim_start_matches(['"', '\\']).trim_start();
        let Some(rest) = rest.strip_prefix(':') else {
            continue;
        };
        let rest = rest.trim_start().trim_start_matches(['"', '\\']);
        let end = rest.find(['"', '\\']).unwrap_or(rest.len()).min(40);
        let value = rest.get(..end)?;
        if value.bytes().any(|b| b.is_ascii_digit()) {
            return Some(value);
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn script_values_are_read_plain_and_escaped() {
        assert_eq!(
            value_after_key(
                r#"x={"publishedAt":"2025-10-20T13:08:55-07:00","y":1}"#,
                "publishedAt"
            ),
            Some("2025-10-20T13:08:55-07:00")
        );
        assert_eq!(
            value_after_key(
                r#"{publishedDate:"2019-08-16T00:00:00.000Z"}"#,
                "publishedDate"
            ),
            Some("2019-08-16T00:00:00.000Z")
        );
        assert_eq!(
            value_after_key(
                r#"{\"datePublished\":\"2023-04-07T14:11:18\"}"#,
                "datePublished"
            ),
            Some("2023-04-07T14:11:18")
        );
        assert_eq!(
            value_after_key(r#"{"publishedAt":null}"#, "publishedAt"),
            None
        );
    }

    fn published(body: &str) -> Option<String> {
        let html = format!("<html><body>{body}</body></html>");
        let dom = crate::parse::parse_html(&html, &crate::options::Limits::default()).unwrap();
        crate::metadata::extract(&dom, None).published_time
    }

    #[test]
    fn visible_date_lines_in_each_language() {
        for (line, date) in [
            (
                "<div><div>Last updated:</div><div>Dec 12, 2025</div></div>",
                "2025-12-12",
            ),
            (
                "<div><h4>Published</h4><div>July 8, 2025</div></div>",
                "2025-07-08",
            ),
            ("<p>Veröffentlicht am 11.09.2018</p>", "2018-09-11"),
            ("<p>Publié le 11 septembre 2018</p>", "2018-09-11"),
            ("<p>Publicado el 11 de septiembre de 2018</p>", "2018-09-11"),
            ("<p>Pubblicato il 11 settembre 2018</p>", "2018-09-11"),
            ("<p>Gepubliceerd op 11 september 2018</p>", "2018-09-11"),
            (
                "<span class='post-date'>Sept. 11, 2018</span>",
                "2018-09-11",
            ),
        ] {
            let body = format!("<h1>A headline</h1>{line}<p>Text of the story.</p>");
            assert_eq!(published(&body).as_deref(), Some(date), "{line}");
        }
    }

    #[test]
    fn a_bare_date_counts_only_after_the_headline_and_outside_related_lists() {
        let bare = "<h1>A headline</h1><p class='meta'>June 12, 2025</p><p>Story text.</p>";
        assert_eq!(published(bare).as_deref(), Some("2025-06-12"));
        let before = "<p class='x'>June 12, 2025</p><h1>A headline</h1><p>Story text.</p>";
        assert_eq!(published(before), None);
        let related = "<h1>A headline</h1><p>Story text that runs on for a while.</p>\
                       <div class='related-posts'><span class='date'>May 1, 2024</span></div>";
        assert_eq!(published(related), None);
    }

    #[test]
    fn data_attributes_and_plain_published_meta_names() {
        let body = "<h1>A headline</h1><div data-pubdate='2022-10-05'><p>Story text.</p></div>";
        assert_eq!(published(body).as_deref(), Some("2022-10-05"));
        for name in ["published", "published-date", "publication-date"] {
            let html = format!(
                "<html><head><meta name='{name}' content='July 17, 2025'></head>\
                 <body><p>Text.</p></body></html>"
            );
            let dom = crate::parse::parse_html(&html, &crate::options::Limits::default()).unwrap();
            let meta = crate::metadata::extract(&dom, None);
            assert_eq!(meta.published_time.as_deref(), Some("2025-07-17"), "{name}");
        }
    }

    #[test]
    fn address_dates() {
        let url = |s: &str| url::Url::parse(s).unwrap();
        assert_eq!(
            address_date(&url(
                "https://blogs.example.edu/scst/2016/02/09/what-tutoring-is/"
            )),
            Some("2016-02-09".into())
        );
        assert_eq!(
            address_date(&url("https://example.com/2024-05-31-a-guide")),
            Some("2024-05-31".into())
        );
        assert_eq!(
            address_date(&url("https://example.com/2024/05/a-guide")),
            None
        );
        assert_eq!(
            address_date(&url("https://example.com/10501/entertainment/")),
            None
        );
    }
}
