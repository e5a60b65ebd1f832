//! Embeds the test fixtures for the WebAssembly test runs. A wasm32 test binary has no file system, so
//! the integration tests read their pages through `tests/common/files.rs`, which on wasm32 looks them
//! up in the table written here (`$OUT_DIR/test_files.rs`: every file under the fixture folders, by its
//! path from the crate root, as `include_bytes!`). Native builds write an empty table and read the
//! files from disk. Nothing here reaches the library itself: only the tests include the table.
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

const FIXTURE_DIRS: [&str; 5] = [
    "tests/fixtures",
    "tests/fixtures-languages",
    "tests/fixtures-nonarticle",
    "tests/fixtures-structure",
    "tests/data",
];

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    let root = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").unwrap_or_default());
    let wasm = std::env::var("CARGO_CFG_TARGET_ARCH").as_deref() == Ok("wasm32");
    let mut files = Vec::new();
    if wasm {
        for dir in FIXTURE_DIRS {
            // A directory watched as a whole: cargo re-runs this when any file below it changes.
            println!("cargo:rerun-if-changed={dir}");
            collect(&root, &root.join(dir), &mut files);
        }
    }
    files.sort();
    let mut table = String::from("pub static FILES: &[(&str, &[u8])] = &[\n");
    for (relative, absolute) in &files {
        let _ = writeln!(table, "    ({relative:?}, include_bytes!({absolute:?})),");
    }
    table.push_str("];\n");
    let out = PathBuf::from(std::env::var("OUT_DIR").unwrap_or_default()).join("test_files.rs");
    if let Err(e) = std::fs::write(&out, table) {
        println!("cargo:warning=cannot write {}: {e}", out.display());
    }
}

/// Every file below `dir` (iteratively: fixture trees are shallow, but no recursion is cheaper to
/// trust), as (path from the crate root with `/` separators, absolute path).
fn collect(root: &Path, dir: &Path, files: &mut Vec<(String, String)>) {
    let mut pending = vec![dir.to_path_buf()];
    while let Some(dir) = pending.pop() {
        let Ok(entries) = std::fs::read_dir(&dir) else {
            continue;
        };
        for entry in entries.flatten() {
            let path = entry.path();
            if path.is_dir() {
                pending.push(path);
            } else if let Ok(relative) = path.strip_prefix(root) {
                let relative = relative
                    .components()
                    .map(|c| c.as_os_str().to_string_lossy().into_owned())
                    .collect::<Vec<_>>()
                    .join("/");
                files.push((relative, path.to_string_lossy().into_owned()));
            }
        }
    }
}
