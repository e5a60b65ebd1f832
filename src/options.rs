//! The one set of knobs a caller can turn. Every field has a documented default, and unknown keys are
//! rejected so a typo in JavaScript (`{favour: ...}`) is an error instead of a silent no-op.

use serde::{Deserialize, Serialize};

/// How hard extraction leans towards keeping or dropping doubtful blocks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "camelCase")]
pub enum Favor {
    /// Drop doubtful blocks: less boilerplate, sometimes a lost paragraph.
    Precision,
    /// The default trade-off.
    #[default]
    Balanced,
    /// Keep doubtful blocks: nothing lost, sometimes a stray link list.
    Recall,
}

/// Extra text forms of the article to produce besides `content` and `textContent`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "camelCase")]
pub enum Format {
    /// Only `content` (HTML) and `textContent`; `markdown` and `plainText` are null.
    #[default]
    Html,
    /// Also fill `Article::markdown` (CommonMark with GitHub tables).
    Markdown,
    /// Also fill `Article::plain_text` (paragraphs, bullets, no markup).
    Text,
}

/// Hard limits that bound the work done on hostile or broken input.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields, default)]
pub struct Limits {
    /// Largest accepted input, in bytes. Default: 64 MiB.
    pub max_input_bytes: usize,
    /// Largest accepted number of DOM nodes after parsing. Default: 2,000,000.
    pub max_nodes: usize,
    /// Deepest element nesting kept; deeper elements are attached at this depth instead
    /// (browsers cap nesting near 512 for the same reason). Default: 512.
    pub max_depth: usize,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            max_input_bytes: 64 * 1024 * 1024,
            max_nodes: 2_000_000,
            max_depth: 512,
        }
    }
}

/// Options for [`crate::clean`]. `Options::default()` is what a reader view wants.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields, default)]
pub struct Options {
    /// The page's address, used to resolve relative links and images. Default: none (the page's
    /// `<base>` or canonical link is used when present).
    pub url: Option<String>,
    /// Precision/recall trade-off. Default: [`Favor::Balanced`].
    pub favor: Favor,
    /// Minimum article length in characters before the retry ladder relaxes its rules.
    /// Default: 500 (the same threshold Readability.js uses).
    pub char_threshold: usize,
    /// Keep images (and figures) in `content` and `blocks`. Default: true.
    pub images: bool,
    /// Keep links in `content`. When false, links are unwrapped to their text. Default: true.
    pub links: bool,
    /// Keep tables. Default: true.
    pub tables: bool,
    /// List what was removed and why in `Article::removed`. Default: true.
    pub explain: bool,
    /// Which extra text form to produce. Default: [`Format::Html`] (none).
    pub format: Format,
    /// Remove click-tracking query parameters (`utm_*`, `fbclid`, `gclid`, `mc_cid`, ...) from
    /// link addresses. Default: false (links are kept exactly as the page wrote them).
    pub strip_tracking: bool,
    /// Input limits. Default: [`Limits::default`].
    pub limits: Limits,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            url: None,
            favor: Favor::Balanced,
            char_threshold: 500,
            images: true,
            links: true,
            tables: true,
            explain: true,
            format: Format::Html,
            strip_tracking: false,
            limits: Limits::default(),
        }
    }
}

impl Options {
    /// Parses options from JSON text, rejecting unknown keys.
    pub fn from_json(json: &str) -> Result<Options, crate::CleanError> {
        serde_json::from_str(json).map_err(|e| crate::CleanError::InvalidOptions(e.to_string()))
    }
}
