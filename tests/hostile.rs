//! Hostile input: no page shape may make cleaning super-linear.
//!
//! Every shape of `common/hostile_shapes.rs` is cleaned at `n` and at `4n` repetitions, and the
//! work each took is compared: a linear path costs about 4x, a quadratic one 16x; the bound is 5x.
//! Work is counted in instructions, by running the `articlean` CLI under valgrind's callgrind
//! (deterministic for the same binary and input, unlike wall time on a shared machine; the
//! instructions of starting the CLI on an empty page are subtracted). The CLI is asked for
//! Markdown as well, so every stage from decoding to the Markdown writer is counted.
//! `cargo bench --bench hostile` prints the wall-clock times of the same shapes.
//!
//! `ARTICLEAN_HOSTILE_ONLY=TEXT` limits the growth test to the shapes whose name contains TEXT.
//! Without valgrind the growth test is skipped with a message, except under `CI=true`, where it
//! fails. The in-process test below needs nothing: every shape at `4n` gives an article or a typed
//! error, and the article's `content` parses back into the same tree.
// Native only: it runs the CLI binary, a native random source or files beside the repository.
#![cfg(not(target_arch = "wasm32"))]

#[path = "common/hostile_shapes.rs"]
mod hostile_shapes;
#[path = "common/reparse.rs"]
mod reparse;

use articlean::{clean_bytes, Options};
use hostile_shapes::{shapes, Shape};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::Mutex;

/// The growth bound of the issue: the same shape at 4n may cost at most 5x its cost at n.
const MAX_GROWTH: f64 = 5.0;

#[test]
fn there_are_at_least_forty_distinct_shapes() {
    let all = shapes();
    assert!(all.len() >= 40, "{} shapes", all.len());
    let mut names: Vec<&str> = all.iter().map(|s| s.name).collect();
    names.sort_unstable();
    names.dedup();
    assert_eq!(names.len(), all.len(), "shape names must be unique");
}

#[test]
fn every_shape_gives_an_article_or_a_typed_error_and_content_that_reparses_the_same() {
    let options = Options {
        format: articlean::Format::Markdown,
        ..Options::default()
    };
    for shape in shapes() {
        let bytes = (shape.make)(4 * shape.n);
        match clean_bytes(&bytes, None, &options) {
            Ok(article) => {
                if let Err(why) = reparse::check_fixed_point(&article.content) {
                    panic!("{}: content changes when re-parsed: {why}", shape.name);
                }
                assert!(article.markdown.is_some(), "{}", shape.name);
            }
            Err(e) => assert!(
                matches!(e.code(), "TooManyNodes" | "WorkLimit" | "InputTooLarge"),
                "{}: unexpected error {e}",
                shape.name
            ),
        }
    }
}

#[test]
fn the_two_pages_of_issue_12_give_results() {
    // 50,000 nested list items (400 KB): the list is kept to the depth cap, with no text in it.
    let lists = "<ul><li>".repeat(50_000);
    let article = clean_bytes(lists.as_bytes(), None, &Options::default()).expect("an article");
    assert_eq!(article.text_content, "");
    // One element with 200,000 attributes (2 MB): the text stays, the attributes past the cap
    // are reported.
    let attributes: String = (0..200_000).map(|i| format!(" a{i}=x")).collect();
    let page = format!(
        "<div{attributes}><p>{}</p></div>",
        "Words of a paragraph. ".repeat(30)
    );
    let article = clean_bytes(page.as_bytes(), None, &Options::default()).expect("an article");
    assert!(article.text_content.starts_with("Words of a paragraph."));
    let dropped = article
        .removed
        .iter()
        .find(|r| r.reason.contains("maxAttributes"))
        .expect("the cut attributes are reported");
    assert_eq!(dropped.text, format!("{} attributes", 200_000 - 256));
}

#[test]
fn the_attribute_cap_is_an_option() {
    let page = format!(
        "<p{}>Words of a paragraph that is long enough to be kept as the article.</p>",
        (0..10).map(|i| format!(" data-a{i}=x")).collect::<String>()
    );
    let options = Options {
        limits: articlean::Limits {
            max_attributes: 4,
            ..Default::default()
        },
        ..Options::default()
    };
    let article = clean_bytes(page.as_bytes(), None, &options).expect("an article");
    assert!(article.removed.iter().any(|r| r.text == "6 attributes"));
    let article = clean_bytes(page.as_bytes(), None, &Options::default()).expect("an article");
    assert!(!article
        .removed
        .iter()
        .any(|r| r.reason.contains("maxAttributes")));
}

#[test]
fn a_work_budget_ends_cleaning_with_a_typed_error() {
    let page = format!(
        "<html><body>{}</body></html>",
        "<div><p>A paragraph of an article, with some words in it.</p></div>".repeat(200)
    );
    let with_budget = |max_work| Options {
        limits: articlean::Limits {
            max_work,
            ..Default::default()
        },
        ..Options::default()
    };
    // Too little to parse the page at all, then too little for the stages after parsing.
    for budget in [10, page.len() as u64 + 500] {
        let err = clean_bytes(page.as_bytes(), None, &with_budget(Some(budget))).unwrap_err();
        assert_eq!(err.code(), "WorkLimit", "budget {budget}");
        assert_eq!(err, articlean::CleanError::WorkLimit { limit: budget });
    }
    // The automatic budget and a generous explicit one both clean it.
    for budget in [None, Some(100_000_000)] {
        let article = clean_bytes(page.as_bytes(), None, &with_budget(budget)).expect("an article");
        assert!(article.text_content.contains("A paragraph of an article"));
    }
}

fn valgrind_available() -> bool {
    Command::new("valgrind")
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success())
}

/// Instructions the CLI executes on `page`, by callgrind.
fn instructions(cli: &Path, page: &Path) -> u64 {
    let output = Command::new("valgrind")
        .args([
            "--tool=callgrind",
            "--callgrind-out-file=/dev/null",
            "--dump-instr=no",
        ])
        .arg(cli)
        .args(["--options", r#"{"format":"markdown"}"#])
        .arg(page)
        .output()
        .expect("valgrind runs");
    let stderr = String::from_utf8_lossy(&output.stderr);
    stderr
        .lines()
        .find_map(|l| l.split("Collected : ").nth(1))
        .and_then(|n| n.trim().parse().ok())
        .unwrap_or_else(|| panic!("no instruction count from callgrind:\n{stderr}"))
}

struct Growth {
    name: &'static str,
    small: u64,
    large: u64,
}

impl Growth {
    fn ratio(&self) -> f64 {
        self.large as f64 / self.small.max(1) as f64
    }
}

fn scratch_dir() -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("hostile");
    std::fs::create_dir_all(&dir).expect("scratch directory");
    dir
}

fn measure(shape: &Shape, cli: &Path, dir: &Path, baseline: u64) -> Growth {
    let mut counts = [0u64; 2];
    for (slot, n) in [shape.n, 4 * shape.n].into_iter().enumerate() {
        let file = dir.join(format!(
            "{}-{n}.html",
            shape
                .name
                .replace(|c: char| !c.is_ascii_alphanumeric(), "_")
        ));
        std::fs::write(&file, (shape.make)(n)).expect("write page");
        counts[slot] = instructions(cli, &file).saturating_sub(baseline);
        let _ = std::fs::remove_file(&file);
    }
    Growth {
        name: shape.name,
        small: counts[0],
        large: counts[1],
    }
}

#[test]
fn every_shape_costs_at_most_five_times_as_much_at_four_times_the_size() {
    if !valgrind_available() {
        let why = "valgrind not found (apt-get install valgrind): the instruction-count growth test needs it";
        assert!(std::env::var("CI").as_deref() != Ok("true"), "{why}");
        eprintln!("skipped: {why}");
        return;
    }
    let cli = PathBuf::from(env!("CARGO_BIN_EXE_articlean"));
    let dir = scratch_dir();
    let empty = dir.join("empty.html");
    std::fs::write(&empty, "").expect("write page");
    let baseline = instructions(&cli, &empty);

    let only = std::env::var("ARTICLEAN_HOSTILE_ONLY").unwrap_or_default();
    let queue = Mutex::new(
        shapes()
            .into_iter()
            .filter(|s| s.name.contains(only.as_str()))
            .collect::<Vec<_>>(),
    );
    let results = Mutex::new(Vec::new());
    let workers = std::thread::available_parallelism().map_or(1, |n| n.get().min(4));
    std::thread::scope(|scope| {
        for _ in 0..workers {
            scope.spawn(|| loop {
                let next = queue.lock().map(|mut q| q.pop()).ok().flatten();
                let Some(shape) = next else { break };
                let growth = measure(&shape, &cli, &dir, baseline);
                results.lock().expect("results").push(growth);
            });
        }
    });
    let mut results = results.into_inner().expect("results");
    results.sort_by(|a, b| b.ratio().total_cmp(&a.ratio()));

    let mut table =
        "| shape | instructions at n | at 4n | ratio |\n|---|---:|---:|---:|\n".to_string();
    for g in &results {
        table.push_str(&format!(
            "| {} | {} | {} | {:.2} |\n",
            g.name,
            g.small,
            g.large,
            g.ratio()
        ));
    }
    let report = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("hostile-growth.md");
    let _ = std::fs::write(&report, &table);
    eprintln!("{table}(also in {})", report.display());
    let over: Vec<String> = results
        .iter()
        .filter(|g| g.ratio() > MAX_GROWTH)
        .map(|g| format!("{} ({:.2}x)", g.name, g.ratio()))
        .collect();
    assert!(
        over.is_empty(),
        "super-linear at 4n (bound {MAX_GROWTH}x): {}",
        over.join(", ")
    );
}
