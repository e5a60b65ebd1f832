//! Typed errors. Every failure is one of these; nothing panics across the API.

use std::fmt;

/// Why [`crate::clean`] gave no article.
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
    /// The page has no readable text at all.
    NoContent,
}

impl CleanError {
    /// A stable machine-readable code (used as the JS error `name` and in CLI output).
    pub fn code(&self) -> &'static str {
        match self {
            CleanError::InputTooLarge { .. } => "InputTooLarge",
            CleanError::TooManyNodes { .. } => "TooManyNodes",
            CleanError::WorkLimit { .. } => "WorkLimit",
            CleanError::InvalidOptions(_) => "InvalidOptions",
            CleanError::NoContent => "NoContent",
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
            CleanError::NoContent => write!(f, "the page has no readable content"),
        }
    }
}

impl std::error::Error for CleanError {}
