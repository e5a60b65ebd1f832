//! The fixed-point check of `content` (tests/common/reparse.rs) over every page of the dev corpora:
//! `../shared/corpus/<set>/pages/*.html` and wcxb-dev's `*.html.gz` (or the directory in
//! `ARTICLEAN_CORPUS`). Each page is cleaned, and its `content` must parse back, as a document and
//! as a fragment, into exactly the tree it spells out. Without the corpora the test is skipped
//! with a message, except under `CI=true`, where it fails.
// Native only: it runs the CLI binary, a native random source or files beside the repository.
#![cfg(not(target_arch = "wasm32"))]

#[path = "common/reparse.rs"]
mod reparse;

use articlean::{clean_bytes, Options};
use std::io::Read;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

fn corpus_root() -> PathBuf {
    std::env::var_os("ARTICLEAN_CORPUS").map_or_else(
        || PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus"),
        PathBuf::from,
    )
}

fn corpus_pages(root: &Path) -> Vec<PathBuf> {
    let mut pages = Vec::new();
    let Ok(sets) = std::fs::read_dir(root) else {
        return pages;
    };
    for set in sets.filter_map(Result::ok) {
        let Ok(files) = std::fs::read_dir(set.path().join("pages")) else {
            continue;
        };
        pages.extend(files.filter_map(Result::ok).map(|f| f.path()).filter(|p| {
            let name = p.to_string_lossy();
            name.ends_with(".html") || name.ends_with(".html.gz")
        }));
    }
    pages.sort();
    pages
}

fn page_bytes(path: &Path) -> Vec<u8> {
    let raw = std::fs::read(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    if !path.to_string_lossy().ends_with(".gz") {
        return raw;
    }
    let mut out = Vec::new();
    flate2::read::GzDecoder::new(raw.as_slice())
        .read_to_end(&mut out)
        .unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    out
}

#[test]
fn content_of_every_dev_page_parses_back_into_the_same_tree() {
    let root = corpus_root();
    let pages = corpus_pages(&root);
    if pages.is_empty() {
        let why = format!("no dev corpus pages under {}", root.display());
        assert!(std::env::var("CI").as_deref() != Ok("true"), "{why}");
        eprintln!("skipped: {why}");
        return;
    }
    let queue = Mutex::new(pages.clone());
    let failures = Mutex::new(Vec::new());
    let workers = std::thread::available_parallelism().map_or(1, |n| n.get().min(4));
    std::thread::scope(|scope| {
        for _ in 0..workers {
            scope.spawn(|| loop {
                let next = queue.lock().map(|mut q| q.pop()).ok().flatten();
                let Some(page) = next else { break };
                let Ok(article) = clean_bytes(&page_bytes(&page), None, &Options::default()) else {
                    continue;
                };
                if let Err(why) = reparse::check_fixed_point(&article.content) {
                    failures
                        .lock()
                        .expect("failures")
                        .push(format!("{}: {why}", page.display()));
                }
            });
        }
    });
    let failures = failures.into_inner().expect("failures");
    println!(
        "{} of {} dev pages: content changes when re-parsed",
        failures.len(),
        pages.len()
    );
    assert!(failures.is_empty(), "{failures:#?}");
}
