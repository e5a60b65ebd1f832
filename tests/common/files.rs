//! The repository's test files, by their path from the crate root (`tests/fixtures/...`). Natively they
//! are read from disk; in a wasm32 test run (Node, Chromium, Firefox), which has no file system, from
//! the table build.rs embeds. One interface, so every fixture test runs unchanged in both.
#![allow(dead_code)]

#[cfg(target_arch = "wasm32")]
mod embedded {
    include!(concat!(env!("OUT_DIR"), "/test_files.rs"));
}

/// A file's text, or `None` when it does not exist.
pub fn try_read(path: &str) -> Option<String> {
    #[cfg(target_arch = "wasm32")]
    {
        embedded::FILES
            .iter()
            .find(|(name, _)| *name == path)
            .map(|(_, bytes)| String::from_utf8_lossy(bytes).into_owned())
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        std::fs::read_to_string(std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(path)).ok()
    }
}

/// A file's text; a missing fixture fails the test with its path.
pub fn read(path: &str) -> String {
    try_read(path).unwrap_or_else(|| panic!("cannot read test file {path}"))
}

/// The names of the entries (files and folders) directly inside `dir`, sorted.
pub fn list(dir: &str) -> Vec<String> {
    #[cfg(target_arch = "wasm32")]
    let mut names: Vec<String> = {
        let prefix = format!("{}/", dir.trim_end_matches('/'));
        embedded::FILES
            .iter()
            .filter_map(|(name, _)| name.strip_prefix(&prefix))
            .map(|rest| rest.split('/').next().unwrap_or(rest).to_string())
            .collect()
    };
    #[cfg(not(target_arch = "wasm32"))]
    let mut names: Vec<String> =
        std::fs::read_dir(std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(dir))
            .map(|entries| {
                entries
                    .flatten()
                    .map(|e| e.file_name().to_string_lossy().into_owned())
                    .collect()
            })
            .unwrap_or_default();
    names.sort();
    names.dedup();
    names
}
