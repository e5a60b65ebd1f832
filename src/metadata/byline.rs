//! The byline: names from the sources or from a visible byline line, cleaned of prefixes and
//! trailers.

use super::*;
use crate::rules::byline::{
    BYLINE_CLASS_WORDS, BYLINE_FALSE_FRIENDS, BYLINE_PREFIXES, BYLINE_SUFFIXES, BYLINE_TRAILERS,
    DEFAULT_ACCOUNT_NAMES, NAME_PARTICLES, POST_AUTHOR_ATTRIBUTES, POST_AUTHOR_CLASSES,
    POST_AUTHOR_MAX_CHARS,
};
use crate::rules::months::PUBLICATION_WORDS;
use crate::rules::{fold, is_unspaced_script, strip_folded_prefix};

// ---------------------------------------------------------------------------------------------
// Byline

pub(super) struct VisibleByline {
    pub(super) node: NodeId,
    pub(super) text: String,
}

pub(super) fn strip_byline_prefix(s: &str) -> &str {
    // The opening folded once; only the prefixes it starts with are matched against `s` itself,
    // in the table's order ("written by" before "by").
    let opening = fold(&s.chars().take(MAX_PREFIX_CHARS).collect::<String>());
    for p in BYLINE_PREFIXES.iter().filter(|p| opening.starts_with(*p)) {
        if let Some(rest) = strip_folded_prefix(s, p) {
            // The prefix must end at a word boundary ("Bystander" is a name, "By:" is a label);
            // in scripts without spaces, and after a label that ends in a separator, anywhere.
            let next = rest.chars().next();
            // A one-character label (Chinese "文", "text by") needs its separator.
            let joined = (p.chars().nth(1).is_some() && p.ends_with(is_unspaced_script))
                || p.ends_with(|c: char| "=/·・".contains(c));
            if joined || next.is_none_or(is_label_separator) {
                return rest.trim_start_matches(is_label_separator);
            }
        }
    }
    s
}

/// What may stand between a byline label and the name: whitespace, and the colon, slash, bar or
/// equals sign (half- or full-width) that "By:", "文／", "글=" put there.
fn is_label_separator(c: char) -> bool {
    c.is_whitespace() || matches!(c, ':' | '：' | '/' | '／' | '|' | '=' | '＝')
}

/// More characters than the longest byline prefix, bidi marks included.
const MAX_PREFIX_CHARS: usize = 48;

/// Cuts a name suffix ("홍길동 기자", "山田太郎記者") and what follows it off a byline: the first
/// suffix of the table found after some name, in the order of the table (what follows it is an
/// e-mail or a dateline).
fn strip_byline_suffix(s: &str) -> &str {
    for suffix in BYLINE_SUFFIXES {
        let at = s
            .char_indices()
            .skip(1)
            .find(|&(i, _)| strip_folded_prefix(&s[i..], suffix).is_some());
        if let Some((i, _)) = at {
            let name = s[..i].trim_end_matches(|c: char| c.is_whitespace() || c == ',');
            if !name.is_empty() {
                return name;
            }
        }
    }
    s
}

/// Turns a byline line into comma-separated names: drops the "By"-style prefix, a trailing date
/// or "| Agency" part, and rejects text that is not a name (too long, a URL, no letters).
pub fn clean_byline(raw: &str) -> Option<String> {
    let text = tidy(raw);
    let mut s = strip_byline_suffix(strip_byline_prefix(&text)).to_string();
    // A date or role follows a separator: "Ann Lee | March 3", "Ann Lee • 5 min read".
    for sep in ['|', '•', '·', '\n', '—', '–'] {
        if let Some(pos) = s.find(sep) {
            let head = s.get(..pos).unwrap_or("").trim();
            if head.chars().any(char::is_alphabetic) {
                s = head.to_string();
            }
        }
    }
    // A name has no digits; a date glued on does ("Ann Lee22 Dec 2016", "Ann Lee March 3, 2020").
    // Digits that are not a date stay ("user4711" is a handle, dealt with by the caller).
    if let Some(pos) = s
        .find(|c: char| c.is_ascii_digit())
        .filter(|&pos| looks_like_date_tail(&s, pos))
    {
        s = s.get(..pos).unwrap_or("").to_string();
        // Drop month/weekday words left before the digits.
        loop {
            let trimmed = s.trim_end_matches([' ', ',', '.', '/', '-', '\u{a0}', '(']);
            let last_word = trimmed.rsplit(' ').next().unwrap_or("");
            if !last_word.is_empty()
                && trimmed.len() > last_word.len()
                && (month_number(last_word).is_some() || is_trailer(last_word))
            {
                s = trimmed
                    .get(..trimmed.len() - last_word.len())
                    .unwrap_or("")
                    .to_string();
            } else {
                s = trimmed.to_string();
                break;
            }
        }
    }
    let s = strip_byline_prefix(s.trim())
        .trim_end_matches([',', ';', ':', ' '])
        .trim();
    let words = s.split_whitespace().count();
    let only_date_words = s.split_whitespace().all(|w| {
        is_trailer(w.trim_end_matches([',', '.']))
            || month_number(w.trim_end_matches(',')).is_some()
    });
    // CMS default accounts, not people ("admin" on countless WordPress sites).
    let default_account = DEFAULT_ACCOUNT_NAMES.contains(&s.to_lowercase().as_str());
    if s.is_empty()
        || only_date_words
        || default_account
        || !s.chars().any(char::is_alphabetic)
        || s.chars().count() > 100
        || words > 12
        || looks_like_url(s)
        || s.contains('@') && !s.contains(' ')
    {
        return None;
    }
    Some(s.to_string())
}

/// Whether the text from byte `pos` (a digit) on reads as a date or time: a month name, a
/// year-like number (19xx/20xx) or a clock.
pub(super) fn looks_like_date_tail(s: &str, pos: usize) -> bool {
    // Include the word before the digits: "March 3, 2020" starts with the month name.
    let start = s
        .get(..pos)
        .and_then(|h| h.trim_end().rfind(' '))
        .map_or(0, |i| i + 1);
    let tail = s.get(start..).unwrap_or("");
    let has_month = tail.split(|c: char| !c.is_alphanumeric()).any(|w| {
        !w.is_empty() && !w.chars().any(|c| c.is_ascii_digit()) && month_number(w).is_some()
    });
    let digits = tail
        .split(|c: char| !c.is_ascii_digit())
        .filter(|d| !d.is_empty());
    let has_year = digits
        .clone()
        .any(|d| d.len() >= 4 && (d.starts_with("19") || d.starts_with("20")));
    let has_clock = tail.contains(':') && digits.count() >= 2;
    has_month || has_year || has_clock
}

pub(super) fn is_trailer(word: &str) -> bool {
    let w = fold(word);
    BYLINE_TRAILERS.contains(&w.as_str()) || PUBLICATION_WORDS.contains(&w.as_str())
}

/// Finds the visible byline element: the first short element outside comment/related/footer
/// areas that is an author link, a byline box, or a line starting with a "By"-style word just
/// below the headline.
pub(super) fn find_visible_byline(dom: &Dom, main_h1: Option<NodeId>) -> Option<VisibleByline> {
    let body = dom.body().unwrap_or(dom.root());
    // Pages list many bylines (teasers, "more from"); the article's own is the first after its
    // headline, else the nearest before it, else the first on the page.
    let mut candidates: Vec<(usize, VisibleByline)> = Vec::new();
    let mut h1_pos: Option<usize> = None;
    for (pos, n) in dom.descendant_elements(body).enumerate() {
        if Some(n) == main_h1 {
            h1_pos = Some(pos);
        }
        if h1_pos.is_some_and(|h| candidates.last().is_some_and(|(p, _)| *p > h)) {
            break;
        }
        let Some(tag) = dom.tag(n) else { continue };
        if matches!(
            tag,
            "script" | "style" | "noscript" | "template" | "img" | "svg" | "meta" | "link"
        ) {
            continue;
        }
        let names = ClassNames::of(dom, n);
        let by_attr = dom
            .attr(n, "rel")
            .is_some_and(|r| r.split_whitespace().any(|w| w == "author"))
            || dom
                .attr(n, "itemprop")
                .is_some_and(|p| p.contains("author"))
            || (names.has_fragment(BYLINE_CLASS_WORDS)
                && !names.has_fragment(BYLINE_FALSE_FRIENDS));
        if !by_attr {
            continue;
        }
        let text = visible_text(dom, n);
        let len = text.chars().count();
        if len == 0 || len >= 100 || in_excluded_area(dom, n) {
            continue;
        }
        if let Some(name) = clean_byline(&text) {
            candidates.push((
                pos,
                VisibleByline {
                    node: n,
                    text: name,
                },
            ));
        }
    }
    if !candidates.is_empty() {
        let chosen = match h1_pos {
            Some(h) => candidates
                .iter()
                .position(|(p, _)| *p > h)
                .or_else(|| candidates.iter().rposition(|(p, _)| *p < h))
                .unwrap_or(0),
            None => 0,
        };
        return Some(candidates.swap_remove(chosen).1);
    }
    byline_line_under(dom, body, main_h1?)
}

/// A "By Jane Doe" line right under the headline, with no telling class, or a bare label
/// ("Written by") with the name in the element after it.
fn byline_line_under(dom: &Dom, body: NodeId, h1: NodeId) -> Option<VisibleByline> {
    let mut seen = 0;
    let mut after = false;
    for n in dom.descendant_elements(body) {
        if n == h1 {
            after = true;
            continue;
        }
        if !after || dom.contains(h1, n) {
            continue;
        }
        seen += 1;
        if seen > 40 {
            break;
        }
        if !matches!(
            dom.tag(n),
            Some("p" | "div" | "span" | "address" | "small" | "em" | "strong" | "li")
        ) {
            continue;
        }
        let text = visible_text(dom, n);
        if text.chars().count() >= 100 || text.is_empty() {
            continue;
        }
        let stripped = strip_byline_prefix(&text);
        let starts_with_prefix = stripped.len() < text.len();
        if starts_with_prefix && stripped.trim().is_empty() {
            // The label alone ("Written by"), with the name in the element after it.
            if let Some(name) = name_after_label(dom, n) {
                return Some(name);
            }
            continue;
        }
        // A name starts with a capital, or with a letter of a script that has no case.
        let capitalised = stripped
            .chars()
            .next()
            .is_some_and(|c| c.is_uppercase() || (c.is_alphabetic() && !c.is_lowercase()));
        if starts_with_prefix && capitalised {
            if let Some(name) = clean_byline(&text) {
                return Some(VisibleByline {
                    node: n,
                    text: name,
                });
            }
        }
    }
    None
}

/// The name in the element right after a byline label (`<p>Written by</p><p>Jane Doe</p>`):
/// short, written as a name (capitalised words and [`NAME_PARTICLES`]), and a name by
/// [`clean_byline`].
fn name_after_label(dom: &Dom, label: NodeId) -> Option<VisibleByline> {
    let siblings = dom.children(dom.parent(label)?);
    let at = siblings.iter().position(|&s| s == label)?;
    let next = siblings[at + 1..]
        .iter()
        .copied()
        .find(|&s| dom.is_element(s))?;
    let text = visible_text(dom, next);
    let written_as_name = text.split_whitespace().all(|word| {
        let first = word.chars().next().unwrap_or(' ');
        first.is_uppercase() || !first.is_lowercase() || NAME_PARTICLES.contains(&word)
    });
    if !written_as_name || text.is_empty() || text.chars().count() >= 100 {
        return None;
    }
    Some(VisibleByline {
        node: next,
        text: clean_byline(&text)?,
    })
}

pub(super) fn choose_byline(
    metas: &MetaTags,
    ld: &JsonLd,
    micro: &Microdata,
    visible: Option<&VisibleByline>,
    _dom: &Dom,
) -> Option<String> {
    if !ld.authors.is_empty() {
        return Some(ld.authors.join(", "));
    }
    for key in AUTHOR_META_KEYS {
        let mut names = Vec::new();
        for v in metas.all(key) {
            if !looks_like_url(&v) {
                push_names(&mut names, &v);
            }
        }
        if !names.is_empty() {
            return Some(names.join(", "));
        }
    }
    if !micro.authors.is_empty() {
        return Some(micro.authors.join(", "));
    }
    if let Some(v) = visible {
        return Some(v.text.clone());
    }
    if !ld.organisation_authors.is_empty() {
        return Some(ld.organisation_authors.join(", "));
    }
    None
}

/// The author of a discussion thread: its first post's, read from the first element (in page
/// order, outside headers, navigation and footers) that forum software marks as a post's author:
/// microdata `itemprop="author"`, an attribute holding the name, or an author class
/// ([`POST_AUTHOR_CLASSES`]).
pub(crate) fn thread_starter(dom: &Dom) -> Option<String> {
    let body = dom.body().unwrap_or(dom.root());
    let mut walk = dom.descendants(body);
    while let Some(n) = walk.next() {
        let Some(tag) = dom.tag(n) else { continue };
        if matches!(
            tag,
            "header" | "nav" | "footer" | "aside" | "script" | "style"
        ) {
            walk.skip_children_of(n);
            continue;
        }
        let named = POST_AUTHOR_ATTRIBUTES
            .iter()
            .find_map(|a| dom.attr(n, a))
            .map(str::to_string);
        let marked = || {
            let micro = dom.attr(n, "itemprop") == Some("author");
            let classed = ClassNames::of_class(dom, n).has_word(POST_AUTHOR_CLASSES);
            (micro || classed).then(|| {
                dom.descendant_elements(n)
                    .find(|&d| dom.attr(d, "itemprop") == Some("name"))
                    .map_or_else(|| visible_text(dom, n), |d| visible_text(dom, d))
            })
        };
        let Some(name) = named.or_else(marked) else {
            continue;
        };
        let name = tidy(&name);
        if !name.is_empty() && name.chars().count() <= POST_AUTHOR_MAX_CHARS {
            return Some(name);
        }
    }
    None
}

#[cfg(test)]
mod prefix_tests {
    use super::*;

    #[test]
    fn byline_prefixes_fit_the_folded_opening() {
        for p in BYLINE_PREFIXES {
            assert!(p.chars().count() + 8 <= MAX_PREFIX_CHARS, "{p}");
        }
        assert_eq!(
            strip_byline_prefix("Автор: Марина Ковалёва"),
            "Марина Ковалёва"
        );
        assert_eq!(strip_byline_prefix("Written by Ann Lee"), "Ann Lee");
        assert_eq!(
            strip_byline_prefix("Του Γιώργου Παπαδόπουλου"),
            "Γιώργου Παπαδόπουλου"
        );
        assert_eq!(strip_byline_prefix("记者 张伟"), "张伟");
        assert_eq!(strip_byline_prefix("文／林安安"), "林安安");
        assert_eq!(strip_byline_prefix("文化新闻"), "文化新闻");
        assert_eq!(strip_byline_prefix("بقلم: أحمد علي"), "أحمد علي");
        assert_eq!(strip_byline_prefix("Bystander"), "Bystander");
    }

    #[test]
    fn name_suffixes_are_cut() {
        assert_eq!(strip_byline_suffix("홍길동 기자"), "홍길동");
        assert_eq!(strip_byline_suffix("홍길동 기자 hong@example.kr"), "홍길동");
        assert_eq!(strip_byline_suffix("山田太郎記者"), "山田太郎");
        assert_eq!(strip_byline_suffix("Ann Lee"), "Ann Lee");
    }
}
