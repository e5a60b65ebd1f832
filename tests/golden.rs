//! Golden-file tests: each fixture page under `tests/fixtures/<slug>/source.html` is cleaned with
//! default options and the whole `Article` JSON is compared with `expected.json` next to it.
//!
//! Accept new output after reviewing it: `UPDATE_EXPECT=1 cargo test --test golden` rewrites every
//! `expected.json` (review the git diff before committing). On a mismatch the test lists each
//! differing JSON path with its expected and actual value instead of printing both documents.

#[cfg(target_arch = "wasm32")]
use wasm_bindgen_test::wasm_bindgen_test as test;

mod common;
#[path = "common/reparse.rs"]
mod reparse;

use std::fmt::Write as _;

use serde_json::Value;

/// Expands to one named `#[test]` per fixture plus `ALL_FIXTURES`, the list the directory check
/// below compares with the fixture folders on disk (so a new folder without a test fails).
macro_rules! fixtures {
    ($($name:ident => $slug:literal,)*) => {
        $(
            #[test]
            fn $name() {
                check_golden($slug);
            }
        )*
        const ALL_FIXTURES: &[&str] = &[$($slug),*];
    };
}

fixtures! {
    seed_afp_kim_letter => "seed-afp-kim-letter",
    de_news_sourcepoint => "de-news-sourcepoint",
    fr_news_didomi => "fr-news-didomi",
    es_blog_cookiebot => "es-blog-cookiebot",
    it_news_iubenda => "it-news-iubenda",
    nl_news_cookiewall => "nl-news-cookiewall",
    wp_blog_cookie_law_info => "wp-blog-cookie-law-info",
    en_news_brief_short => "en-news-brief-short",
    docs_rust_code => "docs-rust-code",
    en_news_most_read_sidebar => "en-news-most-read-sidebar",
}

/// At most this many differences are printed; the rest are counted.
const MAX_REPORTED: usize = 40;
/// Longest rendering of one value in a report line.
const MAX_VALUE_CHARS: usize = 160;

fn check_golden(slug: &str) {
    let article = common::clean_fixture(slug);
    // Whatever the expected file says, `content` must parse back into the tree it spells out.
    if let Err(why) = reparse::check_fixed_point(&article.content) {
        panic!("{slug}: content changes when re-parsed: {why}");
    }
    let actual = serde_json::to_value(&article)
        .unwrap_or_else(|e| panic!("{slug}: Article does not serialize: {e}"));
    let expected_path = format!("{}/expected.json", common::fixture_dir(slug));

    #[cfg(not(target_arch = "wasm32"))]
    if std::env::var_os("UPDATE_EXPECT").is_some_and(|v| v == "1") {
        // Written from the Article itself (not the Value) so the file keeps the struct's field
        // order, with the title first, which makes reviewing it easier.
        let mut text = serde_json::to_string_pretty(&article)
            .unwrap_or_else(|e| panic!("{slug}: cannot render JSON: {e}"));
        text.push('\n');
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(&expected_path);
        std::fs::write(&path, text)
            .unwrap_or_else(|e| panic!("cannot write {}: {e}", path.display()));
        return;
    }

    let expected_text = common::files::try_read(&expected_path).unwrap_or_else(|| {
        panic!(
            "{slug}: no readable {expected_path}.\nGenerate it with `UPDATE_EXPECT=1 cargo test --test golden {}` and review it.",
            slug.replace('-', "_")
        )
    });
    let expected: Value = serde_json::from_str(&expected_text)
        .unwrap_or_else(|e| panic!("{expected_path}: invalid JSON: {e}"));

    let diffs = json_diff(&expected, &actual);
    if !diffs.is_empty() {
        panic!("{}", render_report(slug, &diffs));
    }
}

/// One difference between the expected and the actual JSON.
#[derive(Debug, PartialEq)]
struct Difference {
    /// JSONPath-like location, e.g. `$.blocks[3].text`; `[3→4]` when an array element moved.
    path: String,
    /// `None` when the value is absent on that side (a missing key or array element).
    expected: Option<String>,
    actual: Option<String>,
}

/// All differences between two JSON documents. Arrays are aligned on equal elements first (a
/// longest common subsequence), so one inserted or dropped block is reported once instead of as a
/// difference at every later index.
fn json_diff(expected: &Value, actual: &Value) -> Vec<Difference> {
    let mut diffs = Vec::new();
    // An explicit stack rather than recursion, like the DOM walkers; JSON depth is small here,
    // but the habit costs nothing.
    let mut stack: Vec<(String, &Value, &Value)> = vec![("$".to_string(), expected, actual)];
    while let Some((path, exp, act)) = stack.pop() {
        if exp == act {
            continue;
        }
        match (exp, act) {
            (Value::Object(e), Value::Object(a)) => {
                let mut pending = Vec::new();
                for (key, ev) in e {
                    let child = format!("{path}.{key}");
                    match a.get(key) {
                        Some(av) => pending.push((child, ev, av)),
                        None => diffs.push(Difference {
                            path: child,
                            expected: Some(render_value(ev)),
                            actual: None,
                        }),
                    }
                }
                for (key, av) in a {
                    if !e.contains_key(key) {
                        diffs.push(Difference {
                            path: format!("{path}.{key}"),
                            expected: None,
                            actual: Some(render_value(av)),
                        });
                    }
                }
                // Reversed so the stack pops them in document order.
                stack.extend(pending.into_iter().rev());
            }
            (Value::Array(e), Value::Array(a)) => {
                let mut pending = Vec::new();
                for step in align(e, a) {
                    match step {
                        Step::Pair(i, j) => {
                            let child = if i == j {
                                format!("{path}[{i}]")
                            } else {
                                format!("{path}[{i}→{j}]")
                            };
                            pending.push((child, &e[i], &a[j]));
                        }
                        Step::Missing(i) => diffs.push(Difference {
                            path: format!("{path}[{i}]"),
                            expected: Some(render_value(&e[i])),
                            actual: None,
                        }),
                        Step::Extra(j) => diffs.push(Difference {
                            path: format!("{path}[→{j}]"),
                            expected: None,
                            actual: Some(render_value(&a[j])),
                        }),
                    }
                }
                stack.extend(pending.into_iter().rev());
            }
            (Value::String(e), Value::String(a)) => {
                let (e, a) = string_window(e, a);
                diffs.push(Difference {
                    path,
                    expected: Some(e),
                    actual: Some(a),
                });
            }
            _ => diffs.push(Difference {
                path,
                expected: Some(render_value(exp)),
                actual: Some(render_value(act)),
            }),
        }
    }
    diffs
}

/// How the elements of two arrays correspond.
#[derive(Debug, PartialEq)]
enum Step {
    /// Expected element `i` is compared with actual element `j`.
    Pair(usize, usize),
    /// Expected element `i` has no counterpart.
    Missing(usize),
    /// Actual element `j` has no counterpart.
    Extra(usize),
}

/// Aligns two arrays: equal elements are matched by a longest common subsequence; between two
/// matches, leftover elements are paired position by position (so a changed block shows its inner
/// differences) and whatever remains is reported as missing or extra.
fn align(e: &[Value], a: &[Value]) -> Vec<Step> {
    let (n, m) = (e.len(), a.len());
    // Past this size the quadratic table is not worth it; plain index pairing still works.
    let matches: Vec<(usize, usize)> = if n.saturating_mul(m) > 4_000_000 {
        Vec::new()
    } else {
        // lcs[i][j] = LCS length of e[i..] and a[j..].
        let mut lcs = vec![vec![0u32; m + 1]; n + 1];
        for i in (0..n).rev() {
            for j in (0..m).rev() {
                lcs[i][j] = if e[i] == a[j] {
                    lcs[i + 1][j + 1] + 1
                } else {
                    lcs[i + 1][j].max(lcs[i][j + 1])
                };
            }
        }
        let (mut i, mut j, mut out) = (0, 0, Vec::new());
        while i < n && j < m {
            if e[i] == a[j] {
                out.push((i, j));
                i += 1;
                j += 1;
            } else if lcs[i + 1][j] >= lcs[i][j + 1] {
                i += 1;
            } else {
                j += 1;
            }
        }
        out
    };

    let mut steps = Vec::new();
    let (mut i, mut j) = (0, 0);
    for (mi, mj) in matches.into_iter().chain(std::iter::once((n, m))) {
        let (gap_e, gap_a) = (mi - i, mj - j);
        let paired = gap_e.min(gap_a);
        for k in 0..paired {
            steps.push(Step::Pair(i + k, j + k));
        }
        steps.extend((i + paired..mi).map(Step::Missing));
        steps.extend((j + paired..mj).map(Step::Extra));
        if mi < n && mj < m {
            steps.push(Step::Pair(mi, mj));
        }
        i = mi + 1;
        j = mj + 1;
    }
    steps
}

/// Compact JSON of a value, shortened for a report line.
fn render_value(v: &Value) -> String {
    let text = serde_json::to_string(v).unwrap_or_else(|_| "<unrenderable>".to_string());
    shorten(&text, MAX_VALUE_CHARS)
}

/// Two differing strings shown around their first differing character, so a one-word change in
/// a 5,000-character `textContent` is visible at a glance.
fn string_window(e: &str, a: &str) -> (String, String) {
    let first_diff = e.chars().zip(a.chars()).take_while(|(x, y)| x == y).count();
    let start = first_diff.saturating_sub(40);
    let render = |s: &str| {
        let total = s.chars().count();
        let window: String = s.chars().skip(start).take(MAX_VALUE_CHARS).collect();
        let head = if start > 0 { "…" } else { "" };
        let tail = if start + MAX_VALUE_CHARS < total {
            "…"
        } else {
            ""
        };
        format!("{head}{window:?}{tail} ({total} chars)")
    };
    let mut exp = render(e);
    let mut act = render(a);
    if first_diff > 0 {
        let note = format!(" [first difference at char {first_diff}]");
        exp.push_str(&note);
        act.push_str(&note);
    }
    (exp, act)
}

fn shorten(text: &str, max: usize) -> String {
    match text.char_indices().nth(max) {
        Some((cut, _)) => format!("{}… ({} chars)", &text[..cut], text.chars().count()),
        None => text.to_string(),
    }
}

fn render_report(slug: &str, diffs: &[Difference]) -> String {
    let mut out = format!(
        "fixture {slug}: {} difference(s) from expected.json\n",
        diffs.len()
    );
    for d in diffs.iter().take(MAX_REPORTED) {
        let _ = writeln!(out, "  {}", d.path);
        let _ = writeln!(
            out,
            "    expected: {}",
            d.expected.as_deref().unwrap_or("(absent)")
        );
        let _ = writeln!(
            out,
            "    actual:   {}",
            d.actual.as_deref().unwrap_or("(absent)")
        );
    }
    if diffs.len() > MAX_REPORTED {
        let _ = writeln!(out, "  … and {} more", diffs.len() - MAX_REPORTED);
    }
    let _ = writeln!(
        out,
        "If the new output is better, accept it with `UPDATE_EXPECT=1 cargo test --test golden` and review the git diff."
    );
    out
}

#[test]
fn every_fixture_folder_has_a_golden_test() {
    let on_disk: Vec<String> = common::files::list("tests/fixtures")
        .into_iter()
        .filter(|name| {
            common::files::try_read(&format!("tests/fixtures/{name}/source.html")).is_some()
        })
        .collect();
    assert!(!on_disk.is_empty(), "no fixture folders found");
    let mut listed: Vec<String> = ALL_FIXTURES.iter().map(|s| s.to_string()).collect();
    listed.sort();
    assert_eq!(
        on_disk, listed,
        "fixture folders and the fixtures! list in tests/golden.rs disagree"
    );
}

#[cfg(test)]
mod diff_tests {
    use super::*;
    use serde_json::json;
    #[cfg(target_arch = "wasm32")]
    use wasm_bindgen_test::wasm_bindgen_test as test;

    fn paths(diffs: &[Difference]) -> Vec<&str> {
        diffs.iter().map(|d| d.path.as_str()).collect()
    }

    #[test]
    fn equal_documents_have_no_differences() {
        let v = json!({"title": "T", "blocks": [{"type": "paragraph", "text": "a"}]});
        assert!(json_diff(&v, &v).is_empty());
    }

    #[test]
    fn changed_scalar_and_missing_and_extra_keys_are_named_by_path() {
        let e = json!({"title": "Old", "byline": "AFP", "length": 10});
        let a = json!({"title": "New", "length": 11, "lang": "en"});
        let diffs = json_diff(&e, &a);
        let mut got = paths(&diffs);
        got.sort();
        assert_eq!(got, vec!["$.byline", "$.lang", "$.length", "$.title"]);
        let byline = diffs.iter().find(|d| d.path == "$.byline").unwrap();
        assert_eq!(byline.actual, None);
        let lang = diffs.iter().find(|d| d.path == "$.lang").unwrap();
        assert_eq!(lang.expected, None);
    }

    #[test]
    fn one_inserted_block_is_one_difference_not_a_cascade() {
        let e = json!({"blocks": ["p1", "p2", "p3", "p4"]});
        let a = json!({"blocks": ["p1", "AD", "p2", "p3", "p4"]});
        let diffs = json_diff(&e, &a);
        assert_eq!(paths(&diffs), vec!["$.blocks[→1]"]);
        assert_eq!(diffs[0].actual.as_deref(), Some("\"AD\""));
    }

    #[test]
    fn one_dropped_block_is_reported_as_missing() {
        let e = json!(["p1", "p2", "p3"]);
        let a = json!(["p1", "p3"]);
        let diffs = json_diff(&e, &a);
        assert_eq!(paths(&diffs), vec!["$[1]"]);
        assert_eq!(diffs[0].actual, None);
    }

    #[test]
    fn a_changed_block_shows_its_inner_field() {
        let e = json!({"blocks": [{"type": "heading", "text": "A"}, {"type": "image", "caption": "x", "credit": null}]});
        let a = json!({"blocks": [{"type": "heading", "text": "A"}, {"type": "image", "caption": "x", "credit": "Source: PA"}]});
        assert_eq!(paths(&json_diff(&e, &a)), vec!["$.blocks[1].credit"]);
    }

    #[test]
    fn long_strings_are_shown_around_the_first_difference() {
        let base = "word ".repeat(400);
        let e = json!(format!("{base}alpha end"));
        let a = json!(format!("{base}omega end"));
        let diffs = json_diff(&e, &a);
        assert_eq!(diffs.len(), 1);
        let exp = diffs[0].expected.as_deref().unwrap();
        let act = diffs[0].actual.as_deref().unwrap();
        assert!(
            exp.contains("alpha") && act.contains("omega"),
            "{exp} / {act}"
        );
        assert!(exp.contains("first difference at char 2000"), "{exp}");
        assert!(exp.chars().count() < 300, "window too long: {exp}");
    }

    #[test]
    fn report_is_capped() {
        let e = Value::Array((0..100).map(|i| json!({ "n": i })).collect());
        let a = Value::Array((0..100).map(|i| json!({ "n": i + 1000 })).collect());
        let diffs = json_diff(&e, &a);
        assert_eq!(diffs.len(), 100);
        let report = render_report("x", &diffs);
        assert!(report.contains("… and 60 more"), "{report}");
    }
}
