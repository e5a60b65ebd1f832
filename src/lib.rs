//! articlean: turns a raw web page into a clean, structured article.
//!
//! The pipeline, one module per stage, in the order [`clean`] runs them:
//! [`parse`] → [`prepare`] → [`metadata`] → [`boilerplate`] → [`candidates`] → [`prune`] →
//! [`serialize`].

pub mod article;
pub mod dom;
pub mod error;
pub mod options;
pub mod parse;
pub mod rules;

pub use article::{Article, Block, Removed, RemovedKind, SCHEMA_VERSION};
pub use error::CleanError;
pub use options::{Favor, Limits, Options};
