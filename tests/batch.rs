//! `articlean --jsonl --jobs N`: the batch CLI keeps input order whatever the number of threads,
//! expands a directory to its pages and reads a list of paths from stdin (`-`), and reports a page it
//! cannot read as an error line without stopping.
// Native only: it runs the CLI binary.
#![cfg(not(target_arch = "wasm32"))]

use std::io::Write;
use std::path::PathBuf;
use std::process::{Command, Stdio};

fn page(n: usize) -> String {
    // Pages of very different sizes, so threads finish out of order.
    let paragraphs =
        "<p>A paragraph of the story, long enough to be read as prose, with a comma.</p>"
            .repeat(if n % 3 == 0 { 400 } else { 2 });
    format!("<html><head><title>Story {n}</title></head><body><article><h1>Story {n}</h1>{paragraphs}</article></body></html>")
}

/// A folder of 24 pages (6 in a subfolder) and one note, its own for each test (tests run at once).
fn scratch(name: &str) -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR"))
        .join("batch")
        .join(name);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(dir.join("nested")).expect("scratch directory");
    for n in 0..24 {
        let folder = if n % 4 == 0 {
            dir.join("nested")
        } else {
            dir.clone()
        };
        std::fs::write(folder.join(format!("page-{n:02}.html")), page(n)).expect("write page");
    }
    std::fs::write(dir.join("notes.txt"), "not a page").expect("write note");
    dir
}

fn run(args: &[&str], stdin: &str) -> (Vec<serde_json::Value>, String) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_articlean"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run the CLI");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(stdin.as_bytes())
        .expect("write stdin");
    let output = child.wait_with_output().expect("CLI output");
    let stderr = String::from_utf8_lossy(&output.stderr).into_owned();
    assert!(output.status.success(), "{stderr}");
    let lines = String::from_utf8_lossy(&output.stdout)
        .lines()
        .map(|l| serde_json::from_str(l).expect("each line is JSON"))
        .collect();
    (lines, stderr)
}

fn files(lines: &[serde_json::Value]) -> Vec<String> {
    lines
        .iter()
        .map(|l| l["file"].as_str().unwrap_or_default().to_string())
        .collect()
}

fn articles(lines: &[serde_json::Value]) -> Vec<serde_json::Value> {
    lines.iter().map(|l| l["article"].clone()).collect()
}

#[test]
fn a_directory_gives_every_page_below_it_in_sorted_order_on_any_number_of_threads() {
    let dir = scratch("directory");
    let dir = dir.to_string_lossy().into_owned();
    let (one, _) = run(&["--jsonl", "--jobs", "1", &dir], "");
    let (four, stderr) = run(&["--jsonl", "--jobs", "4", &dir], "");
    assert_eq!(
        one.len(),
        24,
        "the .txt file is not a page, nested pages are"
    );
    let names = files(&one);
    let mut sorted = names.clone();
    sorted.sort();
    assert_eq!(names, sorted);
    assert_eq!(names, files(&four));
    assert_eq!(articles(&one), articles(&four));
    assert!(one.iter().all(|l| l["article"]["title"]
        .as_str()
        .is_some_and(|t| t.starts_with("Story"))));
    // Not a terminal: no progress line.
    assert!(stderr.is_empty(), "{stderr}");
}

#[test]
fn dash_reads_the_list_of_pages_from_stdin_and_keeps_its_order() {
    let dir = scratch("stdin");
    let list: Vec<String> = [7, 3, 14, 1]
        .iter()
        .map(|n| {
            dir.join(format!("page-{n:02}.html"))
                .to_string_lossy()
                .into_owned()
        })
        .chain(std::iter::once(
            dir.join("missing.html").to_string_lossy().into_owned(),
        ))
        .collect();
    let (lines, _) = run(
        &["--jsonl", "--jobs", "3", "-"],
        &format!("{}\n\n", list.join("\n")),
    );
    assert_eq!(files(&lines), list);
    let titles: Vec<&str> = lines[..4]
        .iter()
        .map(|l| l["article"]["title"].as_str().unwrap_or_default())
        .collect();
    assert_eq!(titles, ["Story 7", "Story 3", "Story 14", "Story 1"]);
    assert_eq!(lines[4]["error"]["code"], "ReadError");
}

#[test]
fn jobs_must_be_a_positive_number() {
    let output = Command::new(env!("CARGO_BIN_EXE_articlean"))
        .args(["--jsonl", "--jobs", "0", "x.html"])
        .output()
        .expect("run the CLI");
    assert!(!output.status.success());
    assert!(String::from_utf8_lossy(&output.stderr).contains("--jobs"));
}
