//! Tag vocabularies shared by the stages: which elements are blocks, which are inline, which never
//! carry reader content. Kept in one place so every stage agrees on them.

/// Elements that start a new block of text when rendered (HTML's "flow content" that is not
/// phrasing content), used to decide where paragraphs begin and end.
pub fn is_block(tag: &str) -> bool {
    matches!(
        tag,
        "address"
            | "article"
            | "aside"
            | "blockquote"
            | "body"
            | "center"
            | "dd"
            | "details"
            | "dialog"
            | "dir"
            | "div"
            | "dl"
            | "dt"
            | "fieldset"
            | "figcaption"
            | "figure"
            | "footer"
            | "form"
            | "h1"
            | "h2"
            | "h3"
            | "h4"
            | "h5"
            | "h6"
            | "header"
            | "hgroup"
            | "hr"
            | "html"
            | "li"
            | "main"
            | "menu"
            | "nav"
            | "ol"
            | "p"
            | "pre"
            | "section"
            | "summary"
            | "table"
            | "tbody"
            | "td"
            | "tfoot"
            | "th"
            | "thead"
            | "tr"
            | "ul"
            | "picture"
            | "video"
            | "audio"
            | "iframe"
            | "canvas"
            | "noscript"
            | "img"
    )
}

/// Headings, with their level.
pub fn heading_level(tag: &str) -> Option<u8> {
    match tag {
        "h1" => Some(1),
        "h2" => Some(2),
        "h3" => Some(3),
        "h4" => Some(4),
        "h5" => Some(5),
        "h6" => Some(6),
        _ => None,
    }
}

/// Elements whose content is never article text: scripts, styles, embedded documents, form
/// controls and vector art (an SVG icon's `<title>` would otherwise leak words like "Share").
pub fn is_never_content(tag: &str) -> bool {
    matches!(
        tag,
        "script"
            | "style"
            | "link"
            | "meta"
            | "template"
            | "iframe"
            | "frame"
            | "frameset"
            | "object"
            | "embed"
            | "applet"
            | "svg"
            | "math"
            | "canvas"
            | "input"
            | "select"
            | "option"
            | "textarea"
            | "button"
            | "base"
            | "title"
            | "head"
            | "param"
            | "source"
            | "track"
            | "map"
            | "area"
            | "dialog"
    )
}
