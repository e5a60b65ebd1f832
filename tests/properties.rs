//! Properties of `clean` over generated pages: it never panics, it is deterministic, and every word
//! of `textContent` is a word of the page's own text (the extractor selects and rearranges, it
//! never invents). Generated pages are trees of the tags real articles and their boilerplate use,
//! with text drawn from a small vocabulary so that nav, credit and cookie rules fire too.
// Native only: it runs the CLI binary, a native random source or files beside the repository.
#![cfg(not(target_arch = "wasm32"))]
#![cfg(not(target_arch = "wasm32"))]

use articlean::{clean, clean_bytes, Options};
use proptest::prelude::*;

const WORDS: &[&str] = &[
    "the",
    "council",
    "voted",
    "bridge",
    "river",
    "market",
    "residents",
    "said,",
    "engineers",
    "report.",
    "Photo:",
    "Getty",
    "Images",
    "Reuters",
    "cookies",
    "accept",
    "Share",
    "Tweet",
    "Subscribe",
    "newsletter",
    "Menu",
    "Home",
    "©",
    "2024",
    "Jane",
    "Example",
    "By",
    "Updated",
    "brücke",
    "stadtrat",
    "pont",
    "conseil",
    "мост",
    "совет",
    "橋",
    "議会",
    "—",
    "«quoted»",
    "read",
    "more",
    "comments",
    "advertisement",
    "caption",
    "credit:",
    "AP",
];

const TAGS: &[&str] = &[
    "div",
    "p",
    "span",
    "b",
    "em",
    "a",
    "article",
    "section",
    "nav",
    "aside",
    "header",
    "footer",
    "ul",
    "li",
    "h1",
    "h2",
    "h3",
    "table",
    "tr",
    "td",
    "figure",
    "figcaption",
    "blockquote",
    "pre",
    "code",
    "script",
    "style",
    "noscript",
    "form",
    "button",
    "main",
    "time",
    "small",
];

const CLASSES: &[&str] = &[
    "",
    "content",
    "article-body",
    "sidebar",
    "comments",
    "share",
    "credit",
    "caption",
    "cookie",
    "nav",
    "related",
    "byline",
    "ad",
    "promo",
    "post",
    "entry",
];

/// A text node: whitespace on both sides, so words never merge across tags.
fn text() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(WORDS), 1..40)
        .prop_map(|words| format!(" {} ", words.join(" ")))
}

fn element(inner: String, tag: &str, class: &str, with_img: bool) -> String {
    let class = if class.is_empty() {
        String::new()
    } else {
        format!(" class=\"{class}\"")
    };
    let href = if tag == "a" { " href=\"/x\"" } else { "" };
    let img = if with_img {
        "<img src=\"https://img.example/p.jpg\" alt=\" photo \">"
    } else {
        ""
    };
    format!("<{tag}{class}{href}>{img}{inner}</{tag}>")
}

fn tree() -> impl Strategy<Value = String> {
    text().prop_recursive(6, 200, 8, |inner| {
        (
            prop::collection::vec(inner, 1..8),
            prop::sample::select(TAGS),
            prop::sample::select(CLASSES),
            any::<bool>(),
        )
            .prop_map(|(children, tag, class, img)| element(children.concat(), tag, class, img))
    })
}

fn page() -> impl Strategy<Value = String> {
    (text(), tree()).prop_map(|(title, body)| {
        format!(
            "<!DOCTYPE html><html><head><title>{title}</title></head><body>{body}</body></html>"
        )
    })
}

/// The page's text: what is between tags, each tag read as a space, plus the alt text.
fn source_text(html: &str) -> String {
    let mut in_tag = false;
    let mut text = String::new();
    for c in html.chars() {
        match c {
            '<' => {
                in_tag = true;
                text.push(' ');
            }
            '>' => in_tag = false,
            _ if !in_tag => text.push(c),
            _ => {}
        }
    }
    text.push_str(" photo ");
    text
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, ..ProptestConfig::default() })]

    #[test]
    fn text_content_words_come_from_the_page(html in page()) {
        let article = clean(&html, &Options::default()).unwrap();
        // Words may lose punctuation (a credit's "Photo:" label), never gain letters.
        let source = source_text(&html);
        for w in article.text_content.split_whitespace() {
            prop_assert!(source.contains(w), "invented word {:?}\n{}", w, article.text_content);
        }
    }

    #[test]
    fn clean_is_deterministic(html in page()) {
        let options = Options { url: Some("https://news.example/a/b.html".into()), ..Options::default() };
        let first = serde_json::to_string(&clean(&html, &options).unwrap()).unwrap();
        let second = serde_json::to_string(&clean(&html, &options).unwrap()).unwrap();
        prop_assert_eq!(first, second);
    }

    #[test]
    fn arbitrary_text_never_panics(html in any::<String>()) {
        let _ = clean(&html, &Options::default());
    }

    #[test]
    fn arbitrary_bytes_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..4096), ct in 0usize..4) {
        let content_type = [None, Some("text/html; charset=shift_jis"), Some("charset=utf-16"), Some("text/html; charset=koi8-r")][ct];
        let _ = clean_bytes(&bytes, content_type, &Options::default());
    }

    #[test]
    fn markup_soup_never_panics(parts in prop::collection::vec(prop::sample::select(&[
        "<", ">", "</", "/>", "<p>", "<div class=content>", "<table>", "<td>", "<svg>", "<math>",
        "<!--", "-->", "<script>", "</script>", "&amp;", "&#x", ";", "\"", "'", "=", " ", "word ",
        "<img src=", "<a href=", "javascript:", "\u{0}", "<noscript>", "<template>", "<select>",
        "<![CDATA[", "]]>", "<b>", "</b>", "<li>", "<h2>", "é", "橋",
    ][..]), 0..400)) {
        let html = parts.concat();
        let _ = clean(&html, &Options::default());
    }
}
