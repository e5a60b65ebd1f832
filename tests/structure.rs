//! Structure that survives extraction: math, footnotes, code, quotes, callouts, headings,
//! definition lists, embeds and tables, as the renderers, highlighters and sites of the web write
//! them. Each invented page `tests/fixtures-structure/<name>.html` has its expectations beside it
//! in `<name>.json` (the format is in that folder's README): blocks that must appear in order,
//! blocks that must not, Markdown passages, and leftovers that must be gone. Every page also goes
//! through the Markdown round trip and the `content` fixed-point check.

#[cfg(target_arch = "wasm32")]
use wasm_bindgen_test::wasm_bindgen_test as test;

mod common;
#[path = "common/reparse.rs"]
mod reparse;
#[path = "common/roundtrip.rs"]
mod roundtrip;
#[path = "common/tree.rs"]
mod tree;

use articlean::{Article, Format, Options};
use common::squash;
use serde_json::Value;

const FIXTURE_DIR: &str = "tests/fixtures-structure";

fn fixture_names() -> Vec<String> {
    let names: Vec<String> = common::files::list(FIXTURE_DIR)
        .iter()
        .filter_map(|name| name.strip_suffix(".json").map(str::to_string))
        .collect();
    assert!(!names.is_empty(), "no pages in {FIXTURE_DIR}");
    names
}

/// Whether `block` (as JSON) has every field of `expected`: equal, or for a key ending in `~`,
/// containing the expected text (whitespace squashed).
fn matches(block: &Value, expected: &Value) -> bool {
    let Some(fields) = expected.as_object() else {
        return false;
    };
    fields
        .iter()
        .all(|(key, want)| match key.strip_suffix('~') {
            Some(field) => match (block.get(field).and_then(Value::as_str), want.as_str()) {
                (Some(have), Some(want)) => squash(have).contains(&squash(want)),
                _ => false,
            },
            None => block.get(key) == Some(want),
        })
}

fn run(name: &str) -> (Article, Value) {
    let html = common::files::read(&format!("{FIXTURE_DIR}/{name}.html"));
    let spec: Value =
        serde_json::from_str(&common::files::read(&format!("{FIXTURE_DIR}/{name}.json")))
            .unwrap_or_else(|e| panic!("{name}.json: {e}"));
    let options = Options {
        format: Format::Markdown,
        url: spec["url"].as_str().map(str::to_string),
        ..Options::default()
    };
    let article = articlean::clean(&html, &options).unwrap_or_else(|e| panic!("{name}: {e}"));
    (article, spec)
}

/// Every check of one fixture; returns what failed, one line each.
fn check(name: &str) -> Vec<String> {
    let (article, spec) = run(name);
    let mut failures = Vec::new();
    let blocks: Vec<Value> = article
        .blocks
        .iter()
        .map(|b| serde_json::to_value(b).expect("blocks serialise"))
        .collect();
    let markdown = article.markdown.clone().unwrap_or_default();
    let empty = Vec::new();
    let list = |key: &str| spec[key].as_array().unwrap_or(&empty).clone();

    let mut from = 0;
    for expected in list("blocks") {
        match blocks[from..].iter().position(|b| matches(b, &expected)) {
            Some(at) => from += at + 1,
            None => failures.push(format!("missing block (in order) {expected}")),
        }
    }
    for unwanted in list("not_blocks") {
        if let Some(b) = blocks.iter().find(|b| matches(b, &unwanted)) {
            failures.push(format!("unwanted block {b} (matches {unwanted})"));
        }
    }
    let mut at = 0;
    for passage in list("markdown") {
        let passage = passage.as_str().unwrap_or("");
        match markdown[at..].find(passage) {
            Some(i) => at += i + passage.len(),
            None => failures.push(format!("Markdown lacks (in order) {passage:?}")),
        }
    }
    let block_text = blocks
        .iter()
        .map(Value::to_string)
        .collect::<Vec<_>>()
        .join("\n");
    for leftover in list("absent") {
        let leftover = leftover.as_str().unwrap_or("");
        for (what, hay) in [
            ("textContent", article.text_content.as_str()),
            ("Markdown", markdown.as_str()),
        ] {
            if hay.contains(leftover) {
                failures.push(format!("{what} holds {leftover:?}"));
            }
        }
        let json_leftover = serde_json::to_string(leftover).unwrap_or_default();
        if block_text.contains(json_leftover.trim_matches('"')) {
            failures.push(format!("blocks hold {leftover:?}"));
        }
    }
    for leftover in list("absent_from_blocks") {
        let leftover = leftover.as_str().unwrap_or("");
        let json_leftover = serde_json::to_string(leftover).unwrap_or_default();
        if markdown.contains(leftover) || block_text.contains(json_leftover.trim_matches('"')) {
            failures.push(format!("blocks or Markdown hold {leftover:?}"));
        }
    }
    if let Err(why) = reparse::check_fixed_point(&article.content) {
        failures.push(format!("content is not a fixed point: {why}"));
    }
    if failures.is_empty() {
        let round_trip = std::panic::catch_unwind(|| roundtrip::assert_round_trip(name, &article));
        if round_trip.is_err() {
            failures.push("Markdown round trip failed (see above)".to_string());
        }
    }
    if !failures.is_empty() {
        failures.push(format!(
            "blocks were:\n{}\nmarkdown was:\n{markdown}",
            blocks
                .iter()
                .map(|b| format!("  {b}"))
                .collect::<Vec<_>>()
                .join("\n")
        ));
    }
    failures
}

#[test]
fn every_structure_fixture_keeps_its_structure() {
    let names = fixture_names();
    assert!(names.len() >= 60, "only {} structure fixtures", names.len());
    let mut report = Vec::new();
    for name in &names {
        let failures = check(name);
        if !failures.is_empty() {
            report.push(format!("== {name}\n{}", failures.join("\n")));
        }
    }
    assert!(
        report.is_empty(),
        "{} of {} fixtures fail:\n\n{}",
        report.len(),
        names.len(),
        report.join("\n\n")
    );
}

#[test]
fn every_fixture_asserts_something_its_page_could_fail() {
    // A spec without blocks, Markdown or leftovers would pass whatever the output is.
    let mut unshown = Vec::new();
    for name in fixture_names() {
        let (_, spec) = run(&name);
        let asserted = [
            "blocks",
            "markdown",
            "absent",
            "absent_from_blocks",
            "not_blocks",
        ]
        .iter()
        .any(|k| spec[k].as_array().is_some_and(|a| !a.is_empty()));
        assert!(asserted, "{name}.json asserts nothing");
        // A leftover the page does not hold could never leak.
        let html = common::files::read(&format!("{FIXTURE_DIR}/{name}.html"));
        let shown = tree::Tree::parse(&html).visible_text();
        let leftovers = ["absent", "absent_from_blocks"]
            .iter()
            .filter_map(|k| spec[k].as_array())
            .flatten();
        for leftover in leftovers {
            let leftover = leftover.as_str().unwrap_or("");
            // Shown as text (a gutter's numbers run together once their line breaks are lost),
            // or written in an attribute that could leak (a title, an address).
            let bare = |t: &str| t.split_whitespace().collect::<String>();
            if !(bare(&shown).contains(&bare(leftover)) || html.contains(leftover)) {
                unshown.push(format!("{name}.json: absent {leftover:?}"));
            }
        }
        assert!(
            spec["why"].as_str().is_some_and(|w| w.len() > 20),
            "{name}.json does not say why it exists"
        );
    }
    assert!(
        unshown.is_empty(),
        "leftovers the page does not show (these checks could never fail):\n{}",
        unshown.join("\n")
    );
}
