//! articlean's `clean()` against dom_smoothie's `Readability::parse()`, natively, page by page over the
//! dev corpora (scrapinghub, and wcxb-dev's pages as `../shared/bin/unpack-corpus` writes them to
//! `target/corpus/wcxb-dev/pages`). Both get the page as a string and its address; the two alternate
//! which goes first; each page keeps its fastest of `--rounds N` (default 3). Prints median, p95 and
//! total ms per set, and how many pages each returned text for.
use std::path::{Path, PathBuf};
use std::time::Instant;

fn pages(dir: &Path) -> Vec<(String, String)> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .map(|entries| entries.flatten().map(|e| e.path()).collect())
        .unwrap_or_default();
    files.retain(|p| p.extension().is_some_and(|x| x == "html"));
    files.sort();
    files
        .into_iter()
        .filter_map(|p| {
            let bytes = std::fs::read(&p).ok()?;
            Some((p.display().to_string(), String::from_utf8_lossy(&bytes).into_owned()))
        })
        .collect()
}

fn quantile(values: &[f64], q: f64) -> f64 {
    let mut sorted = values.to_vec();
    sorted.sort_by(f64::total_cmp);
    sorted[((q * sorted.len() as f64) as usize).min(sorted.len() - 1)]
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let rounds = args
        .iter()
        .position(|a| a == "--rounds")
        .and_then(|i| args.get(i + 1)?.parse().ok())
        .unwrap_or(3usize);
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let shared = std::env::var("ARTICLEAN_SHARED").map_or_else(|_| root.join("../shared"), PathBuf::from);
    let sets = [
        ("scrapinghub", shared.join("corpus/scrapinghub/pages")),
        ("wcxb-dev", root.join("target/corpus/wcxb-dev/pages")),
    ];
    let url = "https://example.com/article.html";
    let options = articlean::Options {
        url: Some(url.to_string()),
        ..articlean::Options::default()
    };
    println!("| set | pages | extractor | median ms | p95 ms | total ms | pages with text |");
    println!("| --- | --- | --- | --- | --- | --- | --- |");
    for (name, dir) in sets {
        let pages = pages(&dir);
        if pages.is_empty() {
            println!("| {name} | 0 | (no pages at {}) | | | | |", dir.display());
            continue;
        }
        let (mut ours, mut theirs) = (Vec::new(), Vec::new());
        let (mut ours_text, mut theirs_text) = (0, 0);
        for (index, (_, html)) in pages.iter().enumerate() {
            let (mut best_ours, mut best_theirs) = (f64::MAX, f64::MAX);
            for round in 0..rounds {
                for turn in 0..2 {
                    let articlean_first = (index + round) % 2 == 0;
                    if (turn == 0) == articlean_first {
                        let start = Instant::now();
                        let article = articlean::clean(html, &options);
                        best_ours = best_ours.min(start.elapsed().as_secs_f64() * 1000.0);
                        if round == 0 && article.is_ok_and(|a| a.word_count > 0) {
                            ours_text += 1;
                        }
                    } else {
                        let start = Instant::now();
                        let article = dom_smoothie::Readability::new(html.as_str(), Some(url), None)
                            .and_then(|mut r| r.parse());
                        best_theirs = best_theirs.min(start.elapsed().as_secs_f64() * 1000.0);
                        if round == 0 && article.is_ok_and(|a| !a.text_content.trim().is_empty()) {
                            theirs_text += 1;
                        }
                    }
                }
            }
            ours.push(best_ours);
            theirs.push(best_theirs);
        }
        for (extractor, times, with_text) in [
            ("articlean clean()", &ours, ours_text),
            ("dom_smoothie 0.19 parse()", &theirs, theirs_text),
        ] {
            println!(
                "| {name} | {} | {extractor} | {:.2} | {:.2} | {:.0} | {with_text} |",
                pages.len(),
                quantile(times, 0.5),
                quantile(times, 0.95),
                times.iter().sum::<f64>()
            );
        }
    }
}
