//! `cargo bench --bench fixtures`: native throughput (bytes/second) of `clean()` and of the parse
//! stage alone on every fixture page, so a slowdown shows up per page and per stage. The gap between
//! the two is what extraction and serialisation cost.

use articlean::{clean, Options};
use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use html5ever::tendril::TendrilSink;
use markup5ever_rcdom::RcDom;
use std::hint::black_box;
use std::path::Path;

fn fixture_pages() -> Vec<(String, String)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let mut pages: Vec<(String, String)> = std::fs::read_dir(&dir)
        .expect("tests/fixtures exists")
        .filter_map(|entry| {
            let path = entry.ok()?.path();
            let html = std::fs::read_to_string(path.join("source.html")).ok()?;
            let name = path.file_name()?.to_string_lossy().into_owned();
            Some((name, html))
        })
        .collect();
    pages.sort();
    pages
}

fn bench_fixtures(c: &mut Criterion) {
    let pages = fixture_pages();
    let options = Options::default();
    let mut group = c.benchmark_group("clean");
    for (name, html) in &pages {
        group.throughput(Throughput::Bytes(html.len() as u64));
        group.bench_with_input(BenchmarkId::from_parameter(name), html, |b, html| {
            b.iter(|| clean(black_box(html), &options))
        });
    }
    group.finish();

    let mut group = c.benchmark_group("parse");
    for (name, html) in &pages {
        group.throughput(Throughput::Bytes(html.len() as u64));
        group.bench_with_input(BenchmarkId::from_parameter(name), html, |b, html| {
            b.iter(|| {
                html5ever::parse_document(RcDom::default(), Default::default())
                    .one(black_box(html.as_str()))
            })
        });
    }
    group.finish();
}

criterion_group!(benches, bench_fixtures);
criterion_main!(benches);
