//! Attributes and class words around images: lazy-loading sources, credit, caption and
//! figure-like wrappers.

/// Attributes lazy-loading scripts read the real image address from, most specific first. Seen on
/// WordPress lazy-load plugins (`data-lazy-src`), lazysizes (`data-src`, `data-srcset`), jQuery
/// lazyload (`data-original`) and many CMSs' own loaders.
pub(crate) const LAZY_SRC_ATTRS: &[&str] = &[
    "data-lazy-src",
    "data-src",
    "data-original",
    "data-url",
    "data-hi-res-src",
    "data-full-src",
    "data-lazyload",
    "data-echo",
];

pub(crate) const LAZY_SRCSET_ATTRS: &[&str] =
    &["data-lazy-srcset", "data-srcset", "data-original-set"];

/// Class/id words that mark the credit part of a caption (`<span class="credit">`,
/// `photo-credit`, `copyright`, `photographer`, `image-source`, German `bildquelle`, French
/// `credit-photo`): what news CMSs wrap credits in.
pub(crate) const CREDIT_TOKENS: &[&str] = &[
    "credit",
    "credits",
    "copyright",
    "photographer",
    "byline",
    "source",
    "bildquelle",
    "quelle",
    "fotograf",
    "courtesy",
    "attribution",
    "rights",
];

/// Class words of paragraphs that caption the image above them (`wp-caption-text`,
/// `image-caption`, `photo-legend`, French `legende`, German `bildunterschrift`).
pub(crate) const CAPTION_TOKENS: &[&str] = &[
    "caption",
    "legend",
    "legende",
    "bildunterschrift",
    "didascalia",
    "pie",
    "cutline",
];

/// Class words of containers that play the part of `<figure>` on pages that predate it
/// (WordPress `wp-caption`, `image-container`, `media`, `photo`).
pub(crate) const FIGURE_LIKE_TOKENS: &[&str] = &[
    "caption",
    "figure",
    "image",
    "img",
    "photo",
    "picture",
    "media",
    "wp",
    "thumbnail",
];

/// Fragments of the `src` lazy-loading scripts put in place of the real image until it scrolls
/// into view: a blank/spacer/1x1/transparent pixel, or a file named "placeholder" or "lazy".
/// Such a `src` gives way to the address in [`LAZY_SRC_ATTRS`]. (`data:` URIs are placeholders
/// too; they are recognised by their scheme.)
pub(crate) const PLACEHOLDER_SRC_FRAGMENTS: &[&str] = &[
    "blank.",
    "placeholder",
    "spacer",
    "lazy",
    "1x1",
    "pixel.",
    "transparent.",
];

/// File extensions of the raster and vector-free image formats browsers show in `<img>`: an
/// address ending so in a script's data attribute is an image to draw.
pub(crate) const IMAGE_EXTENSIONS: &[&str] = &[".jpg", ".jpeg", ".png", ".gif", ".webp", ".avif"];
