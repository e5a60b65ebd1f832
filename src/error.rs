//! Typed errors. Every failure is one of these; nothing panics across the API.

use std::fmt;

/// Why [`crate::clean`] gave no article.
///
/// A page without readable text is not an error: `clean` returns an [`crate::Article`] whose
/// `content` is empty and `word_count` is 0 (an error would hide the metadata such a page still
/// has, and callers that must know beforehand ask [`crate::is_probably_readerable`]).
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum CleanError {
    /// The input is larger than `limits.maxInputBytes`.
    InputTooLarge { bytes: usize, limit: usize },
    /// The parsed page has more nodes than `limits.maxNodes`.
    TooManyNodes { nodes: usize, limit: usize },
    /// Cleaning needed more than `limits.maxWork` units of work (a page shaped to make some step
    /// slow; no dev-corpus page comes near the default).
    WorkLimit { limit: u64 },
    /// The options could not be understood.
    InvalidOptions(String),
}

impl CleanError {
    /// A stable machine-readable code (used as the JS error `name` and in CLI output).
    pub fn code(&self) -> &'static str {
        match self {
            CleanError::InputTooLarge { .. } => "InputTooLarge",
            CleanError::TooManyNodes { .. } => "TooManyNodes",
            CleanError::WorkLimit { .. } => "WorkLimit",
            CleanError::InvalidOptions(_) => "InvalidOptions",
        }
    }
}

impl fmt::Display for CleanError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            CleanError::InputTooLarge { bytes, limit } => {
                write!(f, "input is {bytes} bytes, over the limit of {limit}")
            }
            CleanError::TooManyNodes { nodes, limit } => {
                write!(f, "page has {nodes} nodes, over the limit of {limit}")
            }
            CleanError::WorkLimit { limit } => {
                write!(f, "cleaning needed more than {limit} units of work")
            }
            CleanError::InvalidOptions(why) => write!(f, "invalid options: {why}"),
        }
    }
}

impl std::error::Error for CleanError {}
