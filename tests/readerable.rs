//! `is_probably_readerable`: false on the non-article pages in tests/fixtures-nonarticle/ (home
//! pages, section fronts, search results, login/paywall/registration walls, galleries, listings),
//! true on the article fixtures in tests/fixtures/, and true on the dev corpora (every page an
//! article) when they are present next to the repository (`../shared/corpus`, or the directory in
//! `ARTICLEAN_CORPUS`). Figures: `cargo test --release --test readerable -- --nocapture`.

#[cfg(target_arch = "wasm32")]
use wasm_bindgen_test::wasm_bindgen_test as test;

#[path = "common/files.rs"]
mod files;

use articlean::is_probably_readerable;

/// (path, page) of every `.html` page directly in `dir`, or of `<folder>/<file_name>` in each of
/// its folders.
fn pages(dir: &str, file_name: &str) -> Vec<(String, String)> {
    files::list(dir)
        .into_iter()
        .map(|name| {
            if name.ends_with(".html") {
                format!("{dir}/{name}")
            } else {
                format!("{dir}/{name}/{file_name}")
            }
        })
        .filter(|path| path.ends_with(".html"))
        .filter_map(|path| files::try_read(&path).map(|page| (path, page)))
        .collect()
}

#[test]
fn non_article_pages_are_not_readerable() {
    let pages = pages("tests/fixtures-nonarticle", "");
    assert!(pages.len() >= 20, "{} non-article pages", pages.len());
    let mut wrong = Vec::new();
    for (page, html) in &pages {
        let answer = is_probably_readerable(html);
        if answer.readerable {
            wrong.push(format!("{page} (score {})", answer.score));
        }
    }
    let right = pages.len() - wrong.len();
    println!("judged readerable: {wrong:?}");
    println!(
        "non-article pages judged not readerable: {right}/{}",
        pages.len()
    );
    // Every one: measured 29/29 after the declared-article signal came in (the pt/pl/zh/it
    // fixtures carry article claims or long summaries and prove the claim alone is not enough).
    assert!(wrong.is_empty(), "readerable: {wrong:#?}");
}

#[test]
fn article_fixtures_are_readerable() {
    let pages = pages("tests/fixtures", "source.html");
    assert!(pages.len() >= 10);
    let mut missed = Vec::new();
    for (page, html) in &pages {
        let answer = is_probably_readerable(html);
        if !answer.readerable {
            missed.push(format!("{page} (score {})", answer.score));
        }
    }
    // A two-paragraph news brief (en-news-brief-short) is honestly borderline for a paragraph
    // count; at most one article fixture may fall below the threshold.
    assert!(
        missed.len() <= 1,
        "articles judged not readerable: {missed:#?}"
    );
}

#[test]
fn unparseable_or_empty_input_is_not_readerable() {
    assert!(!is_probably_readerable("").readerable);
    assert!(!is_probably_readerable("<p>short</p>").readerable);
}

/// Dev-corpus figures. The corpora are article sets, but the readability set's truth labels eight
/// pages `readerable: false`, six of them unit-test stubs (a lone list, two sentences of lorem
/// ipsum); the 98 %
/// asked for is measured on the article pages (every page the truth does not label false), and
/// the figure over all pages is reported and held to its own floor. Skipped (with a note) where
/// the corpora are not checked out.
/// Native only: the corpora are files beside the repository.
#[cfg(not(target_arch = "wasm32"))]
#[test]
fn corpus_pages_are_readerable() {
    use articlean::is_probably_readerable_bytes;
    use std::path::PathBuf;
    let root = std::env::var("ARTICLEAN_CORPUS")
        .map(PathBuf::from)
        .unwrap_or_else(|_| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus"));
    if !root.join("scrapinghub/truth.jsonl").exists() {
        // A user's clone has no corpus; CI always has one, so there a missing corpus is a failure,
        // never a silent pass.
        let why = format!("no dev corpus at {}", root.display());
        assert!(std::env::var("CI").as_deref() != Ok("true"), "{why}");
        println!("{why}: skipped");
        return;
    }
    let started = std::time::Instant::now();
    let (mut pages_seen, mut pages_true) = (0, 0);
    let (mut article_pages, mut article_pages_true) = (0, 0);
    for set in ["scrapinghub", "readability"] {
        let truth = std::fs::read_to_string(root.join(set).join("truth.jsonl")).unwrap_or_default();
        let (mut total, mut yes) = (0, 0);
        let (mut truth_true, mut truth_true_yes, mut truth_false, mut truth_false_yes) =
            (0, 0, 0, 0);
        let mut misses = Vec::new();
        for line in truth.lines() {
            let Ok(record) = serde_json::from_str::<serde_json::Value>(line) else {
                continue;
            };
            let Some(id) = record["id"].as_str() else {
                continue;
            };
            let path = root.join(set).join("pages").join(format!("{id}.html"));
            let Ok(bytes) = std::fs::read(&path) else {
                continue;
            };
            let answer = is_probably_readerable_bytes(&bytes, None);
            total += 1;
            if record["readerable"].as_bool() != Some(false) {
                article_pages += 1;
                article_pages_true += usize::from(answer.readerable);
            }
            if answer.readerable {
                yes += 1;
            } else {
                misses.push(format!("{id} (score {})", answer.score));
            }
            match record["readerable"].as_bool() {
                Some(true) => {
                    truth_true += 1;
                    truth_true_yes += usize::from(answer.readerable);
                }
                Some(false) => {
                    truth_false += 1;
                    truth_false_yes += usize::from(answer.readerable);
                }
                None => {}
            }
        }
        pages_seen += total;
        pages_true += yes;
        println!("{set}: readerable on {yes}/{total} article pages");
        if truth_true + truth_false > 0 {
            println!(
                "  truth readerable=true: {truth_true_yes}/{truth_true} judged true; truth readerable=false: {truth_false_yes}/{truth_false} judged true"
            );
        }
        println!("  not readerable: {misses:?}");
    }
    println!(
        "{article_pages_true}/{article_pages} article pages readerable; {pages_true}/{pages_seen} of all pages, in {:.0} ms",
        started.elapsed().as_secs_f64() * 1000.0
    );
    // Measured 302/303 article pages (99.7 %) and 304/311 pages (97.7 %). The one article-page
    // miss is a section front of teasers that the truth calls readerable and the teaser rule
    // rejects; the other six misses are stubs the truth itself labels not readerable.
    assert!(pages_seen >= 300, "{pages_seen} corpus pages");
    assert!(
        article_pages_true * 100 >= article_pages * 98,
        "readerable on {article_pages_true}/{article_pages} article pages"
    );
    assert!(
        pages_true * 1000 >= pages_seen * 977,
        "readerable on {pages_true}/{pages_seen}"
    );
}
