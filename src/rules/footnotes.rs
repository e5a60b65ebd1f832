//! Footnotes kept beside their mark rather than in a list at the end: what the note element's
//! class says. WordPress tooltip plugins (Easy Footnotes, Modern Footnotes: a hidden `<span>`
//! after the `<sup>`), Tufte CSS (`sidenote`, `marginnote` after a checkbox toggle), essays that
//! set notes in the margin as `<aside class="sidenote">`.

/// Class words of a note written next to its mark (whole tokens of the class, see
/// `measure::ClassNames`).
pub(crate) const INLINE_NOTE_WORDS: &[&str] =
    &["footnote", "sidenote", "marginnote", "endnote", "mfn"];

/// Class words of the mark that opens such a note when the note itself is not classed (the
/// label of a Tufte toggle, a plugin's `<sup>`).
pub(crate) const NOTE_MARK_WORDS: &[&str] = &["footnote", "sidenote", "margin"];

/// The characters a note's way back to its reference is written with ("↩", Wikipedia's "^").
pub(crate) const BACK_LINK_MARKS: &[char] = &['↩', '\u{fe0e}', '\u{fe0f}', '^', '↑', '⤴', '⮐'];
