//! (bytes, options) → `clean_bytes`. The first four bytes choose the options (flags, threshold,
//! depth cap, transport charset and output format); the rest is the page. Besides "never panics", every article's
//! `content` is checked cheaply: each `<` must open or close an allowlisted tag, so a sanitizer
//! hole found by the fuzzer crashes it like a panic would. And `content` must be a fixed point of
//! HTML parsing (tests/common/reparse.rs): parsed again, it builds exactly the tree it spells out.
//! Run with libFuzzer's `-timeout=N`, so an input that takes long is a finding too.
#![no_main]

#[path = "../../tests/common/reparse.rs"]
mod reparse;

use articlean::{clean_bytes, Favor, Format, Limits, Options};
use libfuzzer_sys::fuzz_target;

const CONTENT_TYPES: [Option<&str>; 8] = [
    None,
    Some("text/html; charset=utf-8"),
    Some("text/html; charset=windows-1252"),
    Some("text/html; charset=shift_jis"),
    Some("text/html; charset=utf-16le"),
    Some("text/html; charset=\"gb18030\""),
    Some("text/html;charset=bogus"),
    Some("charset="),
];

const ALLOWED_TAGS: &[&str] = &[
    "a",
    "img",
    "td",
    "th",
    "abbr",
    "code",
    "p",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "ul",
    "ol",
    "li",
    "dl",
    "dt",
    "dd",
    "blockquote",
    "pre",
    "em",
    "strong",
    "u",
    "del",
    "ins",
    "mark",
    "sub",
    "sup",
    "small",
    "q",
    "cite",
    "kbd",
    "samp",
    "var",
    "br",
    "hr",
    "table",
    "caption",
    "thead",
    "tbody",
    "tfoot",
    "tr",
    "figure",
    "figcaption",
];

fn assert_markup_allowlisted(content: &str) {
    for (i, _) in content.match_indices('<') {
        let rest = &content[i + 1..];
        let rest = rest.strip_prefix('/').unwrap_or(rest);
        let end = rest
            .find(|c: char| !c.is_ascii_alphanumeric())
            .unwrap_or(rest.len());
        let next = rest[end..].chars().next();
        assert!(
            ALLOWED_TAGS.contains(&&rest[..end]) && matches!(next, Some(' ' | '>')),
            "unexpected markup in content: {:?}",
            &content[i..content.len().min(i + 60)]
        );
        // Attribute values are escaped, so the tag ends at the first `>`.
        let tag = &rest[..rest.find('>').unwrap_or(rest.len())];
        for attr in ["href=\"", "src=\""] {
            if let Some(at) = tag.find(attr) {
                let value = &tag[at + attr.len()..];
                let value = &value[..value.find('"').unwrap_or(value.len())];
                assert_url_safe(value);
            }
        }
    }
}

/// The scheme, if any, must be a web, mail or phone one, or a raster data image. A scheme is what
/// the URL standard calls one: an ASCII letter, then letters, digits, `+`, `-` or `.`, then `:`;
/// anything else is a relative reference.
fn assert_url_safe(value: &str) {
    let lower = value.to_ascii_lowercase();
    let scheme = lower.split_once(':').map(|(s, _)| s).filter(|s| {
        s.starts_with(|c: char| c.is_ascii_alphabetic())
            && s.chars()
                .all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'))
    });
    match scheme {
        None | Some("http" | "https" | "mailto" | "tel") => {}
        Some("data") => assert!(
            ["png", "jpeg", "gif", "webp"]
                .iter()
                .any(|t| lower.starts_with(&format!("data:image/{t}"))),
            "data URL in content: {value:?}"
        ),
        Some(other) => panic!("scheme {other:?} in content: {value:?}"),
    }
}

fuzz_target!(|data: &[u8]| {
    let (head, page) = data.split_at(data.len().min(4));
    let byte = |i: usize| head.get(i).copied().unwrap_or(0);
    let flags = byte(0);
    let options = Options {
        url: (flags & 0x40 != 0).then(|| "https://example.com/dir/page.html".to_string()),
        favor: match flags % 3 {
            0 => Favor::Balanced,
            1 => Favor::Precision,
            _ => Favor::Recall,
        },
        char_threshold: usize::from(byte(1)) * 4,
        images: flags & 0x04 == 0,
        links: flags & 0x08 == 0,
        tables: flags & 0x10 == 0,
        explain: flags & 0x20 == 0,
        // The Markdown and text writers walk the same blocks, so they get fuzzed too.
        format: match byte(3) / 8 % 3 {
            0 => Format::Html,
            1 => Format::Markdown,
            _ => Format::Text,
        },
        strip_tracking: flags & 0x80 != 0,
        limits: Limits {
            max_depth: 8 + usize::from(byte(2)) * 2,
            max_attributes: 1 + usize::from(byte(2) % 16),
            ..Limits::default()
        },
    };
    let content_type = CONTENT_TYPES[usize::from(byte(3)) % CONTENT_TYPES.len()];
    if let Ok(article) = clean_bytes(page, content_type, &options) {
        assert_markup_allowlisted(&article.content);
        if let Err(why) = reparse::check_fixed_point(&article.content) {
            panic!("content changes when re-parsed: {why}\n{}", article.content);
        }
    }
});
