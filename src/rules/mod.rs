//! The vocabularies every stage's rules are made of, one file per concept: word, phrase, class and
//! attribute lists, each with why it exists, and the string-level matchers that need no DOM, so
//! each rule can be tested (and audited) on its own.
//!
//! - [`cookie`]: consent-manager containers (by class/id/ARIA) and consent-notice wording.
//! - [`credit`]: image-credit lines and the credit tail of captions.
//! - [`furniture`], [`content_words`]: class/id words of page furniture and of article content.
//! - [`related`], [`labels`]: related/teaser headings; ad, share, UI and tag-list labels.
//! - [`comments`]: class words of a comment thread's items, authors, dates and texts.
//! - [`byline`], [`title`], [`metadata_keys`], [`months`]: how pages write bylines, titles,
//!   metadata keys and dates.
//! - [`hidden`]: screen-reader-only and never-display utility classes.
//! - [`images`]: lazy-loading attributes and placeholders, credit/caption/figure class words.
//! - [`page_types`]: schema.org/OpenGraph types, address patterns and markup of each kind of page.
//! - [`tracking`]: click-tracking query parameters.
//!
//! No regex crate (wasm size budget): the matchers are lowercase token and phrase tables.

pub mod byline;
pub mod comments;
pub mod content_words;
pub mod cookie;
pub mod credit;
pub mod furniture;
pub mod hidden;
pub mod images;
pub mod labels;
pub mod metadata_keys;
pub mod months;
pub mod page_types;
pub mod related;
pub mod title;
pub mod tracking;

/// Lowercases, folds typographic apostrophes to `'` and collapses whitespace runs to one space,
/// so phrase tables can be written once ("l'utilisation" also matches "l’utilisation", which is
/// how most French and Italian notices are typeset).
pub(crate) fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut pending_space = false;
    for ch in text.chars() {
        if ch.is_whitespace() {
            pending_space = !out.is_empty();
            continue;
        }
        if pending_space {
            out.push(' ');
            pending_space = false;
        }
        match ch {
            '\u{2019}' | '\u{2018}' | '\u{02bc}' | '`' => out.push('\''),
            c => out.extend(c.to_lowercase()),
        }
    }
    out
}

/// True when `needle` occurs in `hay` starting at a word start (the character before it, if any,
/// is not alphanumeric). Only the start is anchored so one entry covers inflections ("accept"
/// also finds "accepted", "acceptez"), while "unacceptable" does not count as "accept".
pub(crate) fn has_word_prefix(hay: &str, needle: &str) -> bool {
    if needle.is_empty() {
        return false;
    }
    let mut from = 0;
    while let Some(pos) = hay.get(from..).and_then(|rest| rest.find(needle)) {
        let at = from + pos;
        let starts_word = hay
            .get(..at)
            .and_then(|before| before.chars().next_back())
            .is_none_or(|c| !c.is_alphanumeric());
        if starts_word {
            return true;
        }
        // A match ends on a char boundary, so this stays a valid index.
        from = at + needle.len();
    }
    false
}

/// True when any entry of `needles` occurs at a word start in `hay` (see [`has_word_prefix`]).
pub(crate) fn any_word_prefix(hay: &str, needles: &[&str]) -> bool {
    needles.iter().any(|n| has_word_prefix(hay, n))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fold_lowercases_and_normalises_apostrophes_and_spaces() {
        assert_eq!(
            fold("  Vous  ACCEPTEZ\nl’utilisation "),
            "vous acceptez l'utilisation"
        );
        assert_eq!(fold("ÜBER Straße"), "über straße");
    }

    #[test]
    fn word_prefix_is_anchored_at_word_start_only() {
        assert!(has_word_prefix("you accepted it", "accept"));
        assert!(!has_word_prefix("that is unacceptable", "accept"));
        // A first occurrence inside a word must not hide a later real one.
        assert!(has_word_prefix("unacceptable, so accept", "accept"));
        assert!(has_word_prefix("l'utilisation", "utilisation"));
        assert!(!has_word_prefix("", "x"));
        assert!(!has_word_prefix("abc", ""));
    }
}
