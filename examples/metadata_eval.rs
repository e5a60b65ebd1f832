//! Cleans every page of a corpus folder (`truth.jsonl` + `pages/<id>.html`) and prints one JSONL
//! line of its metadata per page (title, byline, published date), which `score-extraction` reads
//! for its metadata figures:
//!
//! `cargo run --example metadata_eval -- CORPUS_DIR > preds.jsonl`
//!
//! With `--diff`, pages whose title/byline/published differ from the truth go to stderr.

use articlean::{clean_bytes, Options};
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
        let options = Options {
            url: t["url"].as_str().map(str::to_string),
            ..Options::default()
        };
        let Ok(m) = clean_bytes(&bytes, None, &options) else {
            continue;
        };
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
