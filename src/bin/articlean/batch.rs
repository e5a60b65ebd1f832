//! `articlean --jsonl`: many pages, one JSON line each, cleaned on `--jobs N` threads (default: every
//! core) and written in input order. Each worker takes the next page; finished lines wait in a reorder
//! buffer until every earlier line is out, and workers stay at most `WINDOW_PER_JOB` pages per job ahead
//! of the writer, so one slow page never lets the buffer grow with the batch. Progress (pages done,
//! pages/s, time left) goes to stderr only when stderr is a terminal.

use std::collections::BTreeMap;
use std::io::{BufRead, IsTerminal, Write};
use std::path::Path;
use std::sync::{mpsc, Condvar, Mutex};
use std::time::{Duration, Instant};

/// How far (in pages per job) workers may run ahead of the first line not yet written.
const WINDOW_PER_JOB: usize = 8;
/// Most progress redraws per second.
const PROGRESS_EVERY: Duration = Duration::from_millis(200);

/// The pages a batch names: files as given, every `.html`/`.htm` file below a directory (sorted, so
/// the output order does not depend on the file system), and for `-` the paths listed on stdin, one a
/// line.
pub fn expand_inputs(inputs: &[String]) -> Result<Vec<String>, String> {
    let mut files = Vec::new();
    for input in inputs {
        if input == "-" {
            for line in std::io::stdin().lock().lines() {
                let line = line.map_err(|e| format!("reading the file list on stdin: {e}"))?;
                let path = line.trim();
                if !path.is_empty() {
                    files.push(path.to_string());
                }
            }
        } else if Path::new(input).is_dir() {
            files.extend(pages_below(Path::new(input))?);
        } else {
            files.push(input.clone());
        }
    }
    Ok(files)
}

/// Every HTML page below `dir`, walked with a list of pending folders (no recursion), sorted.
fn pages_below(dir: &Path) -> Result<Vec<String>, String> {
    let mut pages = Vec::new();
    let mut pending = vec![dir.to_path_buf()];
    while let Some(folder) = pending.pop() {
        let entries =
            std::fs::read_dir(&folder).map_err(|e| format!("{}: {e}", folder.display()))?;
        for entry in entries.flatten() {
            let path = entry.path();
            if path.is_dir() {
                pending.push(path);
            } else if path.extension().is_some_and(|ext| {
                ext.eq_ignore_ascii_case("html") || ext.eq_ignore_ascii_case("htm")
            }) {
                pages.push(path.to_string_lossy().into_owned());
            }
        }
    }
    pages.sort();
    Ok(pages)
}

/// Where the workers and the writer meet: the next page to hand out and the next line to write.
struct Schedule {
    next_page: usize,
    next_line: usize,
}

/// Cleans `files` on `jobs` threads with `clean_line` (which never panics: the caller catches) and
/// writes each line to `out` in input order.
pub fn run(
    files: &[String],
    jobs: usize,
    clean_line: &(dyn Fn(&str) -> String + Sync),
    out: &mut dyn Write,
) -> std::io::Result<()> {
    let jobs = jobs.clamp(1, files.len().max(1));
    let window = jobs * WINDOW_PER_JOB;
    let schedule = Mutex::new(Schedule {
        next_page: 0,
        next_line: 0,
    });
    let moved = Condvar::new();
    let (send, receive) = mpsc::channel::<(usize, String)>();
    let mut progress = Progress::new(files.len());
    std::thread::scope(|scope| {
        for _ in 0..jobs {
            let send = send.clone();
            let (schedule, moved) = (&schedule, &moved);
            scope.spawn(move || loop {
                let index = {
                    let Ok(mut state) = schedule.lock() else {
                        return;
                    };
                    while state.next_page < files.len()
                        && state.next_page >= state.next_line + window
                    {
                        state = match moved.wait(state) {
                            Ok(state) => state,
                            Err(_) => return,
                        };
                    }
                    if state.next_page >= files.len() {
                        return;
                    }
                    state.next_page += 1;
                    state.next_page - 1
                };
                if send.send((index, clean_line(&files[index]))).is_err() {
                    return;
                }
            });
        }
        drop(send);
        // The writer: lines arrive in any order and leave in input order.
        let mut waiting = BTreeMap::new();
        let mut written = 0;
        let mut result = Ok(());
        for (index, line) in receive {
            waiting.insert(index, line);
            while let Some(line) = waiting.remove(&written) {
                if result.is_ok() {
                    result = writeln!(out, "{line}");
                }
                written += 1;
                progress.page_done();
            }
            if let Ok(mut state) = schedule.lock() {
                state.next_line = written;
            }
            moved.notify_all();
        }
        progress.finish();
        result.and_then(|()| out.flush())
    })
}

/// The progress line on stderr, drawn only when stderr is a terminal.
struct Progress {
    total: usize,
    done: usize,
    started: Instant,
    drawn: Option<Instant>,
    shown: bool,
}

impl Progress {
    fn new(total: usize) -> Progress {
        Progress {
            total,
            done: 0,
            started: Instant::now(),
            drawn: None,
            shown: std::io::stderr().is_terminal(),
        }
    }

    fn page_done(&mut self) {
        self.done += 1;
        if self.shown && self.drawn.is_none_or(|at| at.elapsed() >= PROGRESS_EVERY) {
            self.draw();
        }
    }

    fn draw(&mut self) {
        self.drawn = Some(Instant::now());
        let seconds = self.started.elapsed().as_secs_f64();
        let rate = if seconds > 0.0 {
            self.done as f64 / seconds
        } else {
            0.0
        };
        let left = if rate > 0.0 {
            format!("{:.0} s left", (self.total - self.done) as f64 / rate)
        } else {
            String::from("time left unknown")
        };
        eprint!(
            "\r{}/{} pages, {rate:.1} pages/s, {left}   ",
            self.done, self.total
        );
    }

    fn finish(&mut self) {
        if self.shown {
            self.draw();
            eprintln!();
        }
    }
}
