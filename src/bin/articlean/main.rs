//! The `articlean` command-line tool: one page to stdout, or many pages as JSON lines (`batch.rs`).

mod batch;

use articlean::{clean_bytes_owned, is_probably_readerable_bytes, Article, CleanError, Options};
use std::alloc::{GlobalAlloc, Layout, System};
use std::io::{Read, Write};
use std::process::ExitCode;
use std::sync::atomic::{AtomicUsize, Ordering::Relaxed};
use std::time::Instant;

/// The system allocator, counting live heap bytes and their peak so `--peak-heap` can report the
/// memory a page needed. Process RSS cannot: it also holds the binary and the C library (3 MB)
/// and whatever the allocator keeps after `free`. The CLI cleans on one thread, so plain loads and
/// stores suffice (no locked read-modify-write in every allocation).
struct PeakCountingAllocator;

static LIVE_BYTES: AtomicUsize = AtomicUsize::new(0);
static PEAK_BYTES: AtomicUsize = AtomicUsize::new(0);

fn count_allocated(bytes: usize) {
    let live = LIVE_BYTES.load(Relaxed).saturating_add(bytes);
    LIVE_BYTES.store(live, Relaxed);
    if live > PEAK_BYTES.load(Relaxed) {
        PEAK_BYTES.store(live, Relaxed);
    }
}

fn count_freed(bytes: usize) {
    LIVE_BYTES.store(LIVE_BYTES.load(Relaxed).saturating_sub(bytes), Relaxed);
}

// SAFETY: every call is forwarded unchanged to `System`; the counters do not touch the memory.
unsafe impl GlobalAlloc for PeakCountingAllocator {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let ptr = unsafe { System.alloc(layout) };
        if !ptr.is_null() {
            count_allocated(layout.size());
        }
        ptr
    }

    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        let ptr = unsafe { System.alloc_zeroed(layout) };
        if !ptr.is_null() {
            count_allocated(layout.size());
        }
        ptr
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        unsafe { System.dealloc(ptr, layout) };
        count_freed(layout.size());
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        let new_ptr = unsafe { System.realloc(ptr, layout, new_size) };
        if !new_ptr.is_null() {
            if new_size <= layout.size() {
                // Shrinking is done in place, by splitting the block, in the C library's
                // allocator and in the one Rust's WebAssembly target uses (dlmalloc): the tail is
                // freed and nothing is copied.
                count_freed(layout.size() - new_size);
            } else {
                // Growing is counted as the new block arriving before the old one leaves: a
                // copying realloc briefly holds both.
                count_allocated(new_size);
                count_freed(layout.size());
            }
        }
        new_ptr
    }
}

#[global_allocator]
static ALLOCATOR: PeakCountingAllocator = PeakCountingAllocator;

const USAGE: &str =
    "usage: articlean [--url URL] [--content-type VALUE] [--format json|html|markdown|text] [--options JSON] [FILE|-]
       articlean --jsonl [--jobs N] [--content-type VALUE] [--options JSON] FILE|DIR|-...
         one JSON line per page, in input order, cleaned on N threads (default: every core); a
         directory means every .html/.htm file below it, - a list of paths on stdin (one a line);
         progress on stderr when it is a terminal
       articlean --readerable FILE|-   (prints {\"readerable\": bool, \"score\": n})
--content-type takes an HTTP Content-Type value; its charset is used to decode the bytes.
--peak-heap prints the peak heap bytes of the run to stderr (\"peak_heap_bytes N\").
--dom-footprint prints, after that, the parsed tree of the first FILE (\"dom_nodes N dom_bytes N\").";

#[derive(Clone, Copy, PartialEq)]
enum Format {
    Json,
    Html,
    Markdown,
    Text,
}

struct Args {
    url: Option<String>,
    content_type: Option<String>,
    format: Format,
    jsonl: bool,
    /// `--jobs N`: threads for `--jsonl`; None means every core.
    jobs: Option<usize>,
    readerable: Option<String>,
    options_json: Option<String>,
    files: Vec<String>,
}

fn parse_args() -> Result<Args, String> {
    let mut args = Args {
        url: None,
        content_type: None,
        format: Format::Json,
        jsonl: false,
        jobs: None,
        readerable: None,
        options_json: None,
        files: Vec::new(),
    };
    let mut it = std::env::args().skip(1);
    while let Some(a) = it.next() {
        match a.as_str() {
            "--url" => args.url = Some(it.next().ok_or("--url needs a value")?),
            "--content-type" => {
                args.content_type = Some(it.next().ok_or("--content-type needs a value")?)
            }
            "--format" => {
                args.format = match it.next().as_deref() {
                    Some("json") => Format::Json,
                    Some("html") => Format::Html,
                    Some("markdown" | "md") => Format::Markdown,
                    Some("text") => Format::Text,
                    other => return Err(format!("unknown format {other:?}")),
                }
            }
            "--options" => args.options_json = Some(it.next().ok_or("--options needs a value")?),
            "--jsonl" => args.jsonl = true,
            "--jobs" => {
                let value = it.next().ok_or("--jobs needs a number")?;
                match value.parse::<usize>() {
                    Ok(n) if n > 0 => args.jobs = Some(n),
                    _ => {
                        return Err(format!(
                            "--jobs needs a whole number of at least 1, not {value:?}"
                        ))
                    }
                }
            }
            // Read by `main`, which prints the figure once the run is over.
            "--peak-heap" | "--dom-footprint" => {}
            "--readerable" => args.readerable = Some(it.next().ok_or("--readerable needs a file")?),
            "-h" | "--help" => return Err(String::new()),
            _ if a.starts_with("--") => return Err(format!("unknown flag {a}")),
            _ => args.files.push(a),
        }
    }
    Ok(args)
}

fn read_input(path: &str) -> std::io::Result<Vec<u8>> {
    if path == "-" {
        let mut buf = Vec::new();
        std::io::stdin().read_to_end(&mut buf)?;
        Ok(buf)
    } else {
        std::fs::read(path)
    }
}

fn options_for(args: &Args) -> Result<Options, CleanError> {
    let mut options = match &args.options_json {
        Some(json) => Options::from_json(json)?,
        None => Options::default(),
    };
    if args.url.is_some() {
        options.url = args.url.clone();
    }
    match args.format {
        Format::Markdown => options.format = articlean::Format::Markdown,
        Format::Text => options.format = articlean::Format::Text,
        Format::Json | Format::Html => {}
    }
    Ok(options)
}

/// Cleans one file, timing only the extraction. A panic (which should never happen) is caught and
/// reported as an error line, so one bad page never stops a batch.
fn clean_file(
    path: &str,
    content_type: Option<&str>,
    options: &Options,
) -> (Result<Article, (String, String)>, f64) {
    let bytes = match read_input(path) {
        Ok(b) => b,
        Err(e) => return (Err(("ReadError".into(), e.to_string())), 0.0),
    };
    let start = Instant::now();
    let result = std::panic::catch_unwind(|| clean_bytes_owned(bytes, content_type, options));
    let ms = start.elapsed().as_secs_f64() * 1000.0;
    let result = match result {
        Ok(Ok(article)) => Ok(article),
        Ok(Err(e)) => Err((e.code().to_string(), e.to_string())),
        Err(_) => Err(("Panic".into(), "internal error while cleaning".into())),
    };
    (result, ms)
}

/// One line of `--jsonl` output: the article with its time, or the error.
fn jsonl_line(path: &str, (result, ms): (Result<Article, (String, String)>, f64)) -> String {
    let line = match result {
        Ok(article) => {
            serde_json::json!({"file": path, "ms": (ms * 1000.0).round() / 1000.0, "article": article})
        }
        Err((code, message)) => {
            serde_json::json!({"file": path, "error": {"code": code, "message": message}})
        }
    };
    line.to_string()
}

fn run() -> Result<(), String> {
    let args = parse_args().map_err(|e| {
        if e.is_empty() {
            USAGE.to_string()
        } else {
            format!("{e}\n{USAGE}")
        }
    })?;
    let options = options_for(&args).map_err(|e| e.to_string())?;
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    if let Some(path) = &args.readerable {
        let bytes = read_input(path).map_err(|e| format!("{path}: {e}"))?;
        let answer = is_probably_readerable_bytes(&bytes, None);
        let line = serde_json::json!({"readerable": answer.readerable, "score": answer.score});
        return writeln!(out, "{line}").map_err(|e| e.to_string());
    }
    if args.jsonl {
        if args.files.is_empty() {
            return Err(format!("--jsonl needs files\n{USAGE}"));
        }
        let files = batch::expand_inputs(&args.files)?;
        let jobs = args.jobs.unwrap_or_else(|| {
            std::thread::available_parallelism().map_or(1, std::num::NonZeroUsize::get)
        });
        let content_type = args.content_type.as_deref();
        let clean_line = |path: &str| jsonl_line(path, clean_file(path, content_type, &options));
        batch::run(&files, jobs, &clean_line, &mut out).map_err(|e| e.to_string())?;
        return Ok(());
    }
    let path = match args.files.as_slice() {
        [] => "-",
        [one] => one.as_str(),
        _ => return Err(format!("one file at a time (or use --jsonl)\n{USAGE}")),
    };
    let (result, _) = clean_file(path, args.content_type.as_deref(), &options);
    let article = result.map_err(|(code, message)| format!("{code}: {message}"))?;
    let text = match args.format {
        Format::Json => serde_json::to_string_pretty(&article).map_err(|e| e.to_string())?,
        Format::Html => article.content,
        Format::Markdown => article.markdown.unwrap_or_default(),
        // The readable form (bullets, indented quotes); `textContent` is in the JSON.
        Format::Text => article.plain_text.unwrap_or_default(),
    };
    writeln!(out, "{text}").map_err(|e| e.to_string())
}

/// `--dom-footprint`: measured after the run (and after `--peak-heap` is printed), so it never
/// changes the peak the run reports.
fn print_dom_footprint() {
    let Ok(args) = parse_args() else { return };
    let Some(path) = args.files.first() else {
        return;
    };
    let Ok(bytes) = read_input(path) else { return };
    let options = options_for(&args).unwrap_or_default();
    match articlean::dom_footprint(&bytes, args.content_type.as_deref(), &options) {
        Ok(f) => eprintln!("dom_nodes {} dom_bytes {}", f.nodes, f.bytes),
        Err(e) => eprintln!("dom_footprint: {e}"),
    }
}

fn main() -> ExitCode {
    let result = run();
    if std::env::args().any(|a| a == "--peak-heap") {
        eprintln!("peak_heap_bytes {}", PEAK_BYTES.load(Relaxed));
    }
    if std::env::args().any(|a| a == "--dom-footprint") {
        print_dom_footprint();
    }
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            let first_line = message.lines().next().unwrap_or("error");
            eprintln!("articlean: {first_line}");
            if message.lines().count() > 1 {
                eprintln!("{}", message.lines().skip(1).collect::<Vec<_>>().join("\n"));
            }
            ExitCode::FAILURE
        }
    }
}
