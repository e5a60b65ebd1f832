//! Runs `metadata::extract` over a corpus folder (`truth.jsonl` + `pages/<id>.html`) and prints one
//! JSONL prediction per page, which `score-extraction` reads for its metadata figures:
//!
//! `cargo run --example metadata_eval -- CORPUS_DIR > preds.jsonl`
//!
//! With `--diff`, pages whose title/byline/published differ from the truth go to stderr.

use articlean::metadata;
use articlean::parse::parse_html;
use articlean::Limits;
use std::io::BufRead;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some(dir) = args.iter().find(|a| !a.starts_with("--")) else {
        eprintln!("usage: metadata_eval CORPUS_DIR [--diff]");
        std::process::exit(2);
    };
    let diff = args.iter().any(|a| a == "--diff");
    let truth = std::fs::File::open(format!("{dir}/truth.jsonl")).expect("truth.jsonl");
    for line in std::io::BufReader::new(truth).lines() {
        let Ok(line) = line else { continue };
        let Ok(t) = serde_json::from_str::<serde_json::Value>(&line) else {
            continue;
        };
        let Some(id) = t["id"].as_str() else { continue };
        let Ok(bytes) = std::fs::read(format!("{dir}/pages/{id}.html")) else {
            continue;
        };
        let html = String::from_utf8_lossy(&bytes);
        let base = t["url"].as_str().and_then(|u| url::Url::parse(u).ok());
        let Ok(dom) = parse_html(&html, &Limits::default()) else {
            continue;
        };
        let m = metadata::extract(&dom, base.as_ref());
        let out = serde_json::json!({
            "id": id, "text": "x", "title": m.title, "byline": m.byline,
            "published": m.published_time,
        });
        println!("{out}");
        if diff {
            for (field, got) in [
                ("title", &m.title),
                ("byline", &m.byline),
                ("published", &m.published_time),
            ] {
                let want = t[field].as_str();
                if want.is_some() && want != got.as_deref() {
                    eprintln!("{id} {field}\n   want {want:?}\n   got  {got:?}");
                }
            }
        }
    }
}
