//! The sanitized HTML writer: allowlisted tags and attributes only, each element written only where
//! the HTML parsing rules keep it (so `content` parses back into the tree written), text escaped.

use super::*;

impl Writer<'_, '_> {
    /// Writes the sanitized HTML of a subtree: allowlisted tags with allowlisted attributes;
    /// other elements are unwrapped; script-capable ones are dropped with their content.
    pub(super) fn write_html(&self, id: NodeId, out: &mut String) {
        self.write_html_in(id, &[], out)
    }

    /// [`Writer::write_html`] inside elements already written around it (`context`, outermost
    /// first: the `<p>` of an inline run, the `<h2>` of a heading), so the structure rules of
    /// [`structural_fit`] see them.
    pub(super) fn write_html_in(&self, id: NodeId, context: &[&'static str], out: &mut String) {
        enum Step {
            Enter(NodeId),
            Close(&'static str),
        }
        let dom = self.dom;
        // The elements written and not yet closed, outermost first.
        let mut open: Vec<&'static str> = context.to_vec();
        let mut stack = vec![Step::Enter(id)];
        while let Some(step) = stack.pop() {
            let node = match step {
                Step::Close(tag) => {
                    out.push_str("</");
                    out.push_str(tag);
                    out.push('>');
                    open.pop();
                    continue;
                }
                Step::Enter(n) => n,
            };
            if dom.text(node).is_some() {
                let visible: String = self
                    .visible_text(node)
                    .chars()
                    .filter(|c| !matches!(c, '\u{200b}' | '\u{feff}' | '\u{ad}'))
                    .collect();
                if in_table_structure(&open) {
                    // Text between table parts is moved out of the table by the parser ("foster
                    // parenting"); only the whitespace between rows stays where it is.
                    if visible.chars().all(is_html_space) {
                        out.push_str(&visible);
                    }
                    continue;
                }
                // The parser drops a newline right after `<pre>`: write one more to keep it.
                if visible.starts_with('\n') && out.ends_with("<pre>") {
                    out.push('\n');
                }
                out.push_str(&escape_text(&visible));
                continue;
            }
            let Some(tag) = dom.tag(node) else { continue };
            if tags::is_never_content(tag)
                || in_table_structure(&open) && tag == crate::structure::MATH
            {
                continue;
            }
            if tag == crate::structure::MATH {
                self.write_math(node, out);
                continue;
            }
            if tag == crate::structure::EMBED {
                // A player inside an inline run: its link (the block form is `embed`).
                let url = dom.attr(node, "url").and_then(|u| self.safe_url(u, false));
                if let Some(url) = url.filter(|_| self.ctx.links && !in_scope(&open, "a", &[])) {
                    let label = dom.attr(node, "title").unwrap_or(&url);
                    out.push_str(&format!(
                        "<a href=\"{}\">{}</a>",
                        escape_attr(&url),
                        escape_text(label)
                    ));
                }
                continue;
            }
            let kept = self
                .allowed_name(node, tag)
                .filter(|&name| structural_fit(name, &open) != Fit::Unwrap);
            if let Some(name) = kept {
                if structural_fit(name, &open) == Fit::InImpliedBody {
                    out.push_str("<tbody>");
                    open.push("tbody");
                    stack.push(Step::Close("tbody"));
                }
                self.open_tag(node, name, out);
                if !is_void(name) {
                    open.push(name);
                    stack.push(Step::Close(name));
                }
            }
            for &c in dom.children(node).iter().rev() {
                stack.push(Step::Enter(c));
            }
        }
    }

    /// The name an allowlisted element is written as (`<b>` becomes `<strong>`), or `None` for
    /// an element that is unwrapped.
    pub(super) fn allowed_name(&self, node: NodeId, tag: &str) -> Option<&'static str> {
        let name: &'static str = match tag {
            "p" => "p",
            "h1" | "h2" => "h2",
            "h3" => "h3",
            "h4" => "h4",
            "h5" => "h5",
            "h6" => "h6",
            "ul" => "ul",
            "ol" => "ol",
            "li" => "li",
            "dl" => "dl",
            "dt" => "dt",
            "dd" => "dd",
            "blockquote" => "blockquote",
            "pre" => "pre",
            "code" => "code",
            "em" | "i" => "em",
            "strong" | "b" => "strong",
            "u" => "u",
            "s" | "del" | "strike" => "del",
            "ins" => "ins",
            "mark" => "mark",
            "sub" => "sub",
            "sup" => "sup",
            "small" => "small",
            "abbr" => "abbr",
            "q" => "q",
            "cite" => "cite",
            "kbd" => "kbd",
            "samp" => "samp",
            "var" => "var",
            "br" => "br",
            "hr" => "hr",
            "table" if self.ctx.tables => "table",
            "caption" if self.ctx.tables => "caption",
            "thead" if self.ctx.tables => "thead",
            "tbody" if self.ctx.tables => "tbody",
            "tfoot" if self.ctx.tables => "tfoot",
            "tr" if self.ctx.tables => "tr",
            "td" if self.ctx.tables => "td",
            "th" if self.ctx.tables => "th",
            "figure" => "figure",
            "figcaption" => "figcaption",
            "a" if self.ctx.links => "a",
            "img" if self.ctx.images => "img",
            _ => return None,
        };
        if name == "img"
            && (is_tracking_pixel(self.dom, node) || self.image_source(node, node).is_none())
        {
            return None;
        }
        Some(name)
    }

    /// Writes the opening tag of an element [`Writer::allowed_name`] kept, with its allowlisted
    /// attributes.
    pub(super) fn open_tag(&self, node: NodeId, name: &'static str, out: &mut String) {
        let dom = self.dom;
        let mut attrs = String::new();
        match name {
            "a" => {
                if let Some(href) = dom.attr(node, "href").and_then(|h| self.safe_url(h, false)) {
                    attrs.push_str(&format!(" href=\"{}\"", escape_attr(&href)));
                }
            }
            "img" => {
                if let Some(src) = self.image_source(node, node) {
                    attrs.push_str(&format!(" src=\"{}\"", escape_attr(&src)));
                }
                if let Some(alt) = dom.attr(node, "alt") {
                    attrs.push_str(&format!(" alt=\"{}\"", escape_attr(alt)));
                }
            }
            "td" | "th" => {
                for a in ["colspan", "rowspan"] {
                    if let Some(v) = dom
                        .attr(node, a)
                        .filter(|v| v.chars().all(|c| c.is_ascii_digit()) && !v.is_empty())
                    {
                        attrs.push_str(&format!(" {a}=\"{v}\""));
                    }
                }
            }
            // A list that continues numbering after a paragraph or figure (`<ol start="4">`).
            "ol" => {
                if let Some(start) = list_start(dom, node) {
                    attrs.push_str(&format!(" start=\"{start}\""));
                }
            }
            // The target of a footnote reference (`<li id="fn1">`).
            "li" => {
                if let Some(id) = dom
                    .attr(node, "id")
                    .filter(|id| self.link_targets.binary_search(id).is_ok())
                {
                    attrs.push_str(&format!(" id=\"{id}\""));
                }
            }
            "abbr" => {
                if let Some(t) = dom.attr(node, "title") {
                    attrs.push_str(&format!(" title=\"{}\"", escape_attr(t)));
                }
            }
            _ => {}
        }
        // A passage in the other direction (an Arabic quote in an English story, an English
        // name in a Hebrew one) keeps its direction.
        if let Some(dir) = dom
            .attr(node, "dir")
            .map(|d| d.trim().to_ascii_lowercase())
            .filter(|d| matches!(d.as_str(), "rtl" | "ltr" | "auto"))
        {
            attrs.push_str(&format!(" dir=\"{dir}\""));
        }
        out.push('<');
        out.push_str(name);
        out.push_str(&attrs);
        out.push('>');
    }
}

pub(super) const HEADINGS: [&str; 5] = ["h2", "h3", "h4", "h5", "h6"];

/// Whether an allowlisted element can be written where it is, given the elements open around it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Fit {
    Keep,
    /// Written without its tags (its content stays): the parser would not keep it in place.
    Unwrap,
    /// A `<tr>` directly in a `<table>`: the parser puts a `<tbody>` around it, so one is written.
    InImpliedBody,
}

/// HTML's parsing rules move or drop elements that stand where the content model does not allow
/// them, so `content` would parse into another tree than the one written (and a sanitizer's view of
/// markup would differ from the browser's: the root of mutation XSS). Only what the parser keeps in
/// place is written: table parts inside their table, list items in lists, no block inside `<p>`,
/// no heading directly in a heading, no link in a link.
pub(super) fn structural_fit(name: &str, open: &[&str]) -> Fit {
    let parent = open.last().copied();
    if in_table_structure(open) {
        return match (parent, name) {
            (Some("table"), "caption" | "thead" | "tbody" | "tfoot") => Fit::Keep,
            (Some("table"), "tr") => Fit::InImpliedBody,
            (Some("thead" | "tbody" | "tfoot"), "tr") => Fit::Keep,
            (Some("tr"), "td" | "th") => Fit::Keep,
            _ => Fit::Unwrap,
        };
    }
    let fits = match name {
        "caption" | "thead" | "tbody" | "tfoot" | "tr" | "td" | "th" => false,
        "li" => matches!(parent, Some("ul" | "ol")),
        "dt" | "dd" => parent == Some("dl"),
        _ => true,
    };
    if !fits {
        return Fit::Unwrap;
    }
    // Start tags that close an open <p> ("has a p element in button scope").
    let closes_p = matches!(
        name,
        "p" | "h2"
            | "h3"
            | "h4"
            | "h5"
            | "h6"
            | "ul"
            | "ol"
            | "dl"
            | "li"
            | "dt"
            | "dd"
            | "blockquote"
            | "pre"
            | "hr"
            | "table"
            | "figure"
            | "figcaption"
    );
    if closes_p && in_scope(open, "p", &["table", "td", "th", "caption"]) {
        return Fit::Unwrap;
    }
    if HEADINGS.contains(&name) && parent.is_some_and(|p| HEADINGS.contains(&p)) {
        return Fit::Unwrap;
    }
    // A second <a> closes the first, up to the nearest cell or caption.
    if name == "a" && in_scope(open, "a", &["td", "th", "caption"]) {
        return Fit::Unwrap;
    }
    Fit::Keep
}

/// Whether `name` is open, looking outwards from the innermost element and stopping at `bounds`.
pub(super) fn in_scope(open: &[&str], name: &str, bounds: &[&str]) -> bool {
    open.iter()
        .rev()
        .take_while(|e| !bounds.contains(e))
        .any(|&e| e == name)
}

/// Inside a table's structure (not in a cell), where only table parts may stand.
pub(super) fn in_table_structure(open: &[&str]) -> bool {
    matches!(
        open.last(),
        Some(&("table" | "thead" | "tbody" | "tfoot" | "tr"))
    )
}

/// HTML's ASCII whitespace, the only text the parser leaves between table parts.
pub(super) fn is_html_space(c: char) -> bool {
    matches!(c, ' ' | '\t' | '\n' | '\x0C' | '\r')
}

pub(super) fn is_void(tag: &str) -> bool {
    matches!(tag, "br" | "hr" | "img")
}

pub fn escape_text(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            // The parser turns a raw carriage return into a line feed and drops a raw NUL.
            '\r' => out.push_str("&#13;"),
            '\0' => {}
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '\u{a0}' => out.push_str("&nbsp;"),
            _ => out.push(c),
        }
    }
    out
}

pub fn escape_attr(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            '`' => out.push_str("&#96;"),
            _ => out.push(c),
        }
    }
    out
}
