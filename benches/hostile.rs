//! `cargo bench --bench hostile`: absolute times of the hostile shapes of `tests/hostile.rs`, each at
//! `n` and `4n` repetitions, natively in the release profile. The test checks growth by counting
//! instructions; this prints the wall-clock figures beside it (best of three runs each) so a reader
//! can see what a hostile page costs. `cargo bench --bench hostile -- NAME` runs the shapes whose
//! name contains NAME.

#[path = "../tests/common/hostile_shapes.rs"]
mod hostile_shapes;

use articlean::{clean_bytes, Options};
use std::hint::black_box;
use std::time::{Duration, Instant};

fn best_of_three(bytes: &[u8]) -> (Duration, String) {
    let mut best = Duration::MAX;
    let mut outcome = String::new();
    for _ in 0..3 {
        let start = Instant::now();
        let result = black_box(clean_bytes(black_box(bytes), None, &Options::default()));
        best = best.min(start.elapsed());
        outcome = match result {
            Ok(article) => format!("{} chars", article.length),
            Err(e) => e.code().to_string(),
        };
    }
    (best, outcome)
}

fn main() {
    let filter: Vec<String> = std::env::args()
        .skip(1)
        .filter(|a| !a.starts_with("--"))
        .collect();
    println!(
        "{:<38} {:>9} {:>9} {:>9} {:>9} {:>6}  outcome at 4n",
        "shape", "n bytes", "n ms", "4n bytes", "4n ms", "ratio"
    );
    for shape in hostile_shapes::shapes() {
        if !filter.is_empty() && !filter.iter().any(|f| shape.name.contains(f.as_str())) {
            continue;
        }
        let small = (shape.make)(shape.n);
        let large = (shape.make)(4 * shape.n);
        let (t1, _) = best_of_three(&small);
        let (t4, outcome) = best_of_three(&large);
        println!(
            "{:<38} {:>9} {:>9.2} {:>9} {:>9.2} {:>6.2}  {outcome}",
            shape.name,
            small.len(),
            t1.as_secs_f64() * 1e3,
            large.len(),
            t4.as_secs_f64() * 1e3,
            t4.as_secs_f64() / t1.as_secs_f64().max(1e-9)
        );
    }
}
