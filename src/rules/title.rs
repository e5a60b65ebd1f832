//! What separates a headline from the site name in `<title>`.

/// Separators sites put between headline and site/section name. The spaces around them matter:
/// "U.S.-Israeli" or "Wi-Fi" must not split.
pub(crate) const TITLE_SEPARATORS: &[&str] = &[
    " | ", " - ", " – ", " — ", " · ", " » ", " / ", " :: ", " • ", " ~ ",
];
