//! TEMPORARY stand-in (replaced by the vocab branch).
pub mod cookie;
pub mod credit;
