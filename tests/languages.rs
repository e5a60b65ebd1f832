//! Pages in scripts and languages beyond the Latin alphabet: for each language a news story, a blog
//! post and a page with a comment section, invented to carry the furniture a real site in that
//! language has (consent notice, "advertisement" label, share bar, "read also" block, newsletter
//! prompt, photo credits in the local form, a localized byline and date, a comment section).
//!
//! Each page `tests/fixtures-languages/<lang>-<kind>.html` has its expectations beside it in
//! `<lang>-<kind>.json`, written by hand: title, byline, publication day, language, direction,
//! passages of the story in order, furniture that must be absent from every output (`content`,
//! `textContent`, the blocks, Markdown), image captions with their credits, and comment authors.
//! Every absent string must occur in the page's visible text, or its check could never fail.

#[cfg(target_arch = "wasm32")]
use wasm_bindgen_test::wasm_bindgen_test as test;

mod common;
#[path = "common/tree.rs"]
mod tree;

use articlean::{Article, Block, Format, Options};
use common::{blocks_text, squash};
use serde_json::Value;
use tree::Tree;

const KINDS: [&str; 3] = ["news", "blog", "comments"];

const FIXTURE_DIR: &str = "tests/fixtures-languages";

/// The visible text of a page as html5ever parses it (scripts, styles and the head left out), its
/// text nodes joined as written, whitespace squashed.
fn visible_text(html: &str) -> String {
    squash(&Tree::parse(html).visible_text())
}

fn strings(spec: &Value, key: &str) -> Vec<String> {
    spec[key]
        .as_array()
        .map(|a| {
            a.iter()
                .filter_map(|v| v.as_str().map(str::to_string))
                .collect()
        })
        .unwrap_or_default()
}

/// Where `needle` (whitespace squashed) first occurs in `hay` at or after `from`, ignoring case.
fn find_from(hay: &str, needle: &str, from: usize) -> Option<usize> {
    hay.get(from..)?.find(needle).map(|at| from + at)
}

/// Every check of one fixture; returns what failed, one line each.
fn check(lang: &str, kind: &str) -> Vec<String> {
    let name = format!("{lang}-{kind}");
    let html = common::files::read(&format!("{FIXTURE_DIR}/{name}.html"));
    let spec: Value =
        serde_json::from_str(&common::files::read(&format!("{FIXTURE_DIR}/{name}.json")))
            .unwrap_or_else(|e| panic!("{name}.json: {e}"));
    let options = Options {
        format: Format::Markdown,
        comments: true,
        ..Options::default()
    };
    let article =
        articlean::clean(&html, &options).unwrap_or_else(|e| panic!("{name}: clean failed: {e}"));
    let mut failures = Vec::new();
    let mut fail = |what: String| failures.push(format!("{name}: {what}"));

    let want = |key: &str| spec[key].as_str().map(str::to_string);
    if article.title != want("title") {
        fail(format!(
            "title {:?}, want {:?}",
            article.title,
            want("title")
        ));
    }
    if article.byline != want("byline") {
        fail(format!(
            "byline {:?}, want {:?}",
            article.byline,
            want("byline")
        ));
    }
    let published = want("published").unwrap_or_default();
    if !article
        .published_time
        .as_deref()
        .is_some_and(|p| p.starts_with(&published))
    {
        fail(format!(
            "publishedTime {:?}, want {published}",
            article.published_time
        ));
    }
    let lang_ok = article.lang.as_deref().is_some_and(|l| {
        let primary = l
            .split(['-', '_'])
            .next()
            .unwrap_or("")
            .to_ascii_lowercase();
        Some(primary) == want("lang")
    });
    if !lang_ok {
        fail(format!("lang {:?}, want {:?}", article.lang, want("lang")));
    }
    if article.dir.as_deref() != spec["dir"].as_str() && spec["dir"].as_str().is_some() {
        fail(format!("dir {:?}, want {:?}", article.dir, spec["dir"]));
    }
    if spec["dir"].as_str() == Some("rtl") {
        if !article.content.starts_with("<div dir=\"rtl\">") {
            fail("content is not marked right to left".into());
        }
        let markdown = article.markdown.as_deref().unwrap_or("");
        if !markdown.starts_with("<div dir=\"rtl\">") {
            fail("Markdown is not marked right to left".into());
        }
    }

    // The story, in order, in the text and in the blocks.
    let texts = [
        ("textContent", squash(&article.text_content)),
        ("blocks", squash(&blocks_text(&article))),
    ];
    for (what, hay) in &texts {
        let mut from = 0;
        for passage in strings(&spec, "body_in_order") {
            match find_from(hay, &squash(&passage), from) {
                Some(at) => from = at + squash(&passage).len(),
                None => {
                    fail(format!("{what} lacks (or has out of order) {passage:?}"));
                    break;
                }
            }
        }
    }

    // Furniture: present on the page, absent from every output.
    let visible = visible_text(&html).to_lowercase();
    let outputs = [
        ("textContent", squash(&article.text_content).to_lowercase()),
        ("content", squash(&article.content).to_lowercase()),
        ("blocks", squash(&blocks_text(&article)).to_lowercase()),
        (
            "markdown",
            squash(&without_image_titles(
                article.markdown.as_deref().unwrap_or(""),
            ))
            .to_lowercase(),
        ),
    ];
    for needle in strings(&spec, "absent") {
        let n = squash(&needle).to_lowercase();
        if !visible.contains(&n) {
            fail(format!(
                "absent string {needle:?} is not on the page (the check is void)"
            ));
            continue;
        }
        for (what, hay) in &outputs {
            if hay.contains(&n) {
                fail(format!("{what} contains furniture {needle:?}"));
                break;
            }
        }
    }

    // Credits kept apart from captions.
    for image in spec["images"].as_array().into_iter().flatten() {
        let caption = image["caption"].as_str().map(squash);
        let credit = image["credit"].as_str().map(squash);
        let found = article.blocks.iter().any(|b| match b {
            Block::Image {
                caption: c,
                credit: cr,
                ..
            } => c.as_deref().map(squash) == caption && cr.as_deref().map(squash) == credit,
            _ => false,
        });
        if !found {
            fail(format!(
                "no image block with caption {caption:?} and credit {credit:?}; images: {:?}",
                image_blocks(&article)
            ));
        }
    }

    // Comments, when the page has them, come back apart from the article.
    for expected in spec["comments"].as_array().into_iter().flatten() {
        let author = expected["author"].as_str().unwrap_or("");
        let start = squash(expected["text_starts"].as_str().unwrap_or(""));
        let found =
            article.comments.iter().flatten().any(|c| {
                c.author.as_deref() == Some(author) && squash(&c.text).starts_with(&start)
            });
        if !found {
            fail(format!(
                "comments lack one by {author:?} starting {start:?}; got {:?}",
                article
                    .comments
                    .iter()
                    .flatten()
                    .map(|c| (
                        c.author.clone(),
                        c.text.chars().take(30).collect::<String>()
                    ))
                    .collect::<Vec<_>>()
            ));
        }
    }

    // A word count that means something in scripts without spaces: at least one word per ten
    // characters of text.
    if article.word_count * 10 < article.length {
        fail(format!(
            "wordCount {} for {} characters",
            article.word_count, article.length
        ));
    }
    failures
}

/// Markdown without the titles of its images: `![alt](src "credit")` carries the image's credit
/// by design (the credit stays with its image, apart from the caption and the text).
fn without_image_titles(markdown: &str) -> String {
    let mut out = String::new();
    for line in markdown.lines() {
        let mut rest = line;
        while let Some(at) = rest.find("](") {
            let (head, tail) = rest.split_at(at + 2);
            out.push_str(head);
            match (tail.find(" \""), tail.rfind("\")")) {
                (Some(open), Some(close)) if open < close && line.contains("![") => {
                    out.push_str(&tail[..open]);
                    rest = &tail[close + 1..];
                }
                _ => rest = tail,
            }
        }
        out.push_str(rest);
        out.push('\n');
    }
    out
}

fn image_blocks(article: &Article) -> Vec<(Option<String>, Option<String>)> {
    article
        .blocks
        .iter()
        .filter_map(|b| match b {
            Block::Image {
                caption, credit, ..
            } => Some((caption.clone(), credit.clone())),
            _ => None,
        })
        .collect()
}

fn check_language(lang: &str) {
    let failures: Vec<String> = KINDS.iter().flat_map(|kind| check(lang, kind)).collect();
    assert!(
        failures.is_empty(),
        "{} failure(s):\n{}",
        failures.len(),
        failures.join("\n")
    );
}

macro_rules! languages {
    ($($name:ident => $code:literal),* $(,)?) => {
        $(
            #[test]
            fn $name() {
                check_language($code);
            }
        )*
        const LANGUAGES: &[&str] = &[$($code),*];
    };
}

languages! {
    russian => "ru",
    ukrainian => "uk",
    chinese_simplified => "zh-hans",
    chinese_traditional => "zh-hant",
    japanese => "ja",
    korean => "ko",
    arabic => "ar",
    hebrew => "he",
    persian => "fa",
    greek => "el",
    hindi => "hi",
    thai => "th",
    turkish => "tr",
    vietnamese => "vi",
    indonesian => "id",
}

#[test]
fn every_fixture_page_belongs_to_a_listed_language() {
    let mut listed: Vec<String> = LANGUAGES
        .iter()
        .flat_map(|l| KINDS.iter().map(move |k| format!("{l}-{k}")))
        .collect();
    listed.sort();
    let mut on_disk: Vec<String> = common::files::list(FIXTURE_DIR)
        .iter()
        .filter_map(|name| name.strip_suffix(".html").map(str::to_string))
        .collect();
    on_disk.sort();
    assert_eq!(
        on_disk, listed,
        "fixture pages and the languages! list disagree"
    );
}
