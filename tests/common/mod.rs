//! Helpers shared by the fixture test files (`golden.rs`, `seed.rs`, `fixtures_behaviour.rs`).
//! Each integration test is its own crate, so not every helper is used by every file.
#![allow(dead_code)]

pub mod files;

use articlean::{Article, Block, RemovedKind};

/// Path of one fixture's folder from the crate root: `tests/fixtures/<slug>`.
pub fn fixture_dir(slug: &str) -> String {
    format!("tests/fixtures/{slug}")
}

/// The raw page of a fixture.
pub fn load_source(slug: &str) -> String {
    files::read(&format!("{}/source.html", fixture_dir(slug)))
}

/// Runs the public API on a fixture with default options; a `CleanError` fails the test with the
/// fixture's name, because every fixture is a page that must yield an article.
pub fn clean_fixture(slug: &str) -> Article {
    let html = load_source(slug);
    match articlean::clean(&html, &articlean::Options::default()) {
        Ok(article) => article,
        Err(e) => panic!("clean() failed on fixture {slug}: {e} ({})", e.code()),
    }
}

/// Collapses every run of whitespace to one space and trims, so assertions about text do not
/// depend on how paragraphs are separated or how the source HTML was line-wrapped.
pub fn squash(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Asserts that every needle occurs in `haystack`, each after the previous one (after whitespace
/// squashing on both sides). Reports the first needle that is missing or out of order.
pub fn assert_in_order(what: &str, haystack: &str, needles: &[&str]) {
    let hay = squash(haystack);
    let mut from = 0usize;
    for (i, needle) in needles.iter().enumerate() {
        let needle = squash(needle);
        let rest = hay.get(from..).unwrap_or("");
        match rest.find(&needle) {
            Some(at) => from += at + needle.len(),
            None => {
                let why = if hay.contains(&needle) {
                    "present but out of order"
                } else {
                    "missing"
                };
                panic!(
                    "{what}: passage #{i} is {why}:\n  {needle:?}\n--- {what} was:\n{}",
                    preview(&hay, 1500)
                );
            }
        }
    }
}

/// Asserts that none of `needles` occurs in `haystack`, ignoring case (boilerplate is often
/// rendered in capitals, e.g. "ADVERTISEMENT").
pub fn assert_absent(what: &str, haystack: &str, needles: &[&str]) {
    let hay = squash(haystack).to_lowercase();
    let found: Vec<&str> = needles
        .iter()
        .copied()
        .filter(|n| hay.contains(&squash(n).to_lowercase()))
        .collect();
    assert!(
        found.is_empty(),
        "{what} contains boilerplate it should not: {found:?}\n--- {what} was:\n{}",
        preview(haystack, 1500)
    );
}

/// Asserts that `article.removed` lists at least one entry of each kind.
pub fn assert_removed_kinds(article: &Article, kinds: &[RemovedKind]) {
    let missing: Vec<RemovedKind> = kinds
        .iter()
        .copied()
        .filter(|k| !article.removed.iter().any(|r| r.kind == *k))
        .collect();
    assert!(
        missing.is_empty(),
        "removed lacks kinds {missing:?}; it has: {:#?}",
        article.removed
    );
}

/// Texts of all heading blocks, in order.
pub fn heading_texts(article: &Article) -> Vec<&str> {
    article
        .blocks
        .iter()
        .filter_map(|b| match b {
            Block::Heading { text, .. } => Some(text.as_str()),
            _ => None,
        })
        .collect()
}

/// Texts of all quote blocks, in order.
pub fn quote_texts(article: &Article) -> Vec<&str> {
    article
        .blocks
        .iter()
        .filter_map(|b| match b {
            Block::Quote { text } => Some(text.as_str()),
            _ => None,
        })
        .collect()
}

/// All image blocks as (src, caption, credit), in order.
pub fn images(article: &Article) -> Vec<(&str, Option<&str>, Option<&str>)> {
    article
        .blocks
        .iter()
        .filter_map(|b| match b {
            Block::Image {
                src,
                caption,
                credit,
                ..
            } => Some((src.as_str(), caption.as_deref(), credit.as_deref())),
            _ => None,
        })
        .collect()
}

/// Every piece of text in the blocks (headings, paragraphs, list items, quotes, code, table
/// cells, image captions), joined by newlines: what a block-based renderer would show.
pub fn blocks_text(article: &Article) -> String {
    let mut out = String::new();
    for block in &article.blocks {
        match block {
            Block::Heading { text, .. } | Block::Paragraph { text } | Block::Quote { text } => {
                out.push_str(text);
            }
            Block::Code { text, .. } | Block::Callout { text, .. } => out.push_str(text),
            Block::Math { latex } => out.push_str(latex),
            Block::Embed { title, url, .. } => out.push_str(title.as_deref().unwrap_or(url)),
            Block::Footnotes { notes } => out.push_str(&notes.join("\n")),
            Block::DefinitionList { items } => {
                for item in items {
                    out.push_str(&item.term);
                    out.push('\n');
                    out.push_str(&item.definitions.join("\n"));
                    out.push('\n');
                }
            }
            Block::List { items, .. } => out.push_str(&items.join("\n")),
            Block::Table { rows, .. } => {
                for row in rows {
                    out.push_str(&row.join(" | "));
                    out.push('\n');
                }
            }
            // The credit is left out on purpose: an image credit belongs in `credit`, and the
            // absence checks must catch one that leaked into a caption or paragraph.
            Block::Image { caption, .. } => {
                if let Some(caption) = caption {
                    out.push_str(caption);
                }
            }
        }
        out.push('\n');
    }
    out
}

/// The first `max` characters of `text` (char-boundary safe), for failure messages.
pub fn preview(text: &str, max: usize) -> String {
    match text.char_indices().nth(max) {
        Some((cut, _)) => format!("{}… [{} more bytes]", &text[..cut], text.len() - cut),
        None => text.to_string(),
    }
}

/// Asserts that none of `needles` appears in the article's `textContent`, its `content` HTML, or
/// the text of its blocks (captions included, credits excluded): boilerplate must be gone from
/// every output a caller might render.
pub fn assert_absent_everywhere(article: &Article, needles: &[&str]) {
    assert_absent("textContent", &article.text_content, needles);
    assert_absent("content", &article.content, needles);
    assert_absent("blocks", &blocks_text(article), needles);
}

/// Asserts that the passages appear in order both in `textContent` and in the blocks.
pub fn assert_body_in_order(article: &Article, passages: &[&str]) {
    assert_in_order("textContent", &article.text_content, passages);
    assert_in_order("blocks", &blocks_text(article), passages);
}

/// Asserts `published_time` is present and starts with the given date (`YYYY-MM-DD`); the time
/// part and zone are left to the metadata stage.
pub fn assert_published_on(article: &Article, date: &str) {
    let published = article.published_time.as_deref().unwrap_or("");
    assert!(
        published.starts_with(date),
        "publishedTime {:?} does not start with {date}",
        article.published_time
    );
}

/// Asserts the article's language tag is `primary` or a regional form of it (`de`, `de-DE`).
pub fn assert_lang(article: &Article, primary: &str) {
    let lang = article.lang.as_deref().unwrap_or("").to_ascii_lowercase();
    assert!(
        lang == primary || lang.starts_with(&format!("{primary}-")),
        "lang {:?} is not {primary}",
        article.lang
    );
}

/// Finds the image block whose caption is exactly `caption` and checks its credit.
pub fn assert_image_caption_and_credit(article: &Article, caption: &str, credit_contains: &str) {
    let all = images(article);
    let found = all
        .iter()
        .find(|(_, c, _)| c.map(squash).as_deref() == Some(caption));
    match found {
        Some((src, _, credit)) => assert!(
            credit.is_some_and(|c| c.contains(credit_contains)),
            "image {src} with caption {caption:?} has credit {credit:?}, wanted one containing {credit_contains:?}"
        ),
        None => panic!("no image block with caption {caption:?}; images: {all:#?}"),
    }
}
