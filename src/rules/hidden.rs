//! Class names that hide an element from sighted readers.

/// Screen-reader-only utility classes: Bootstrap's `sr-only` and `visually-hidden`, the
/// HTML5 Boilerplate's `visuallyhidden`, WordPress's `screen-reader-text`, and the common
/// `a11y-hidden`/`off-screen` spellings. Their text ("Advertisement", "Share on Facebook",
/// "Opens in a new window") is for assistive technology, not for a reader of the article.
pub(crate) const SCREEN_READER_CLASSES: &[&str] = &[
    "sr-only",
    "visually-hidden",
    "visuallyhidden",
    "screen-reader-text",
    "a11y-hidden",
    "off-screen",
    "offscreen",
];

/// CSS frameworks' "never display" utility classes: Bootstrap 3's `hidden` and `hide`, Bootstrap
/// 4/5's `d-none`, Foundation's `hide`, Tailwind's `hidden`.
pub(crate) const HIDE_UTILITY_CLASSES: &[&str] = &["hidden", "hide", "d-none"];

/// Class prefixes (`d-lg-block`, `visible-md`) and the Tailwind breakpoint separator (`md:block`)
/// that show an element again at some width: any of them beside a hiding class keeps the element.
pub(crate) const SHOW_AGAIN_CLASS_PREFIXES: &[&str] = &["d-", "visible"];

/// Lazy-loading scripts' fallback images carry this class together with `aria-hidden`; they are
/// the real picture, not a decorative copy (Readability.js keeps them too).
pub(crate) const FALLBACK_IMAGE_CLASS: &str = "fallback-image";

/// React's streaming server rendering (React 18 and later; Next.js's App Router) sends the parts of
/// a page that were not ready at first later in the same response, as `<div hidden id="S:1">` at
/// the end of the body, with a script that moves each into the place its `<template id="B:1">`
/// holds. The ids are these prefixes and a shared suffix.
pub(crate) const STREAMED_SEGMENT_ID_PREFIX: &str = "S:";
pub(crate) const STREAMED_PLACEHOLDER_ID_PREFIX: &str = "B:";

/// A `<noscript>` this short that names JavaScript is the "please enable JavaScript" notice (in any
/// language: the word is the same in all of them, "JavaScriptを有効にしてください", "Включите
/// JavaScript"), never the page's content.
pub(crate) const SCRIPT_NOTICE_MAX_CHARS: usize = 300;
pub(crate) const SCRIPT_NOTICE_WORD: &str = "javascript";

/// When every pass over the visible page came out thin, the ladder reads the page once more with
/// blocks hidden until a script runs shown: shops and single-page apps (a product wrapper with
/// `style="display:none"` that a loader reveals, a tutorial in a `hidden` tab, a blog inside a
/// `d-none` shell) hide their whole main content from a reader without scripts. Only blocks with
/// at least this many characters are shown again: a tooltip, a cart pop-up or a "Loading…" line
/// stays hidden.
pub(crate) const REVEALED_BLOCK_MIN_CHARS: usize = 200;
