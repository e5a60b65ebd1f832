//! The blocks of structure beyond paragraphs: formulas, embeds, callouts, definition lists,
//! footnotes and tables, each written as its block and as the `content` HTML Markdown reads back.

use super::*;
use crate::article::Definition;
use crate::rules::callouts::KIND_TITLES;
use crate::rules::footnotes::BACK_LINK_MARKS;
use crate::rules::math::{MATHML_ELEMENTS, MATHML_TOKENS};
use crate::structure::{is_display_math, EMBED};

/// A callout's kind, and its title element when it has one.
pub(super) struct Callout {
    pub(super) kind: String,
    pub(super) title: Option<NodeId>,
}

/// Whether a box's title only names its kind ("Warning", "Hinweis:").
fn is_kind_title(title: &str) -> bool {
    let folded = crate::rules::fold(title.trim().trim_end_matches([':', '：', '!']).trim());
    KIND_TITLES.contains(&folded.as_str())
}

impl Writer<'_, '_> {
    /// The callout `id` is, as the structure stage marked it: its kind and title element.
    pub(super) fn callout(&self, id: NodeId) -> Option<Callout> {
        let dom = self.dom;
        let kind = dom.attr(id, crate::structure::CALLOUT)?;
        let title = dom
            .children(id)
            .iter()
            .copied()
            .find(|&c| dom.attr(c, crate::structure::CALLOUT_TITLE).is_some());
        Some(Callout {
            kind: kind.to_string(),
            title,
        })
    }

    pub(super) fn write_callout(&mut self, id: NodeId, callout: Callout) {
        let dom = self.dom;
        let title = callout
            .title
            .map(|t| tidy_text(&self.inline_text(t)).replace('\n', " "))
            .filter(|t| !t.is_empty() && !is_kind_title(t));
        let mut text = String::new();
        let mut html = String::new();
        for &c in dom.children(id) {
            if Some(c) == callout.title {
                continue;
            }
            text.push_str(&self.inline_text(c));
            text.push(' ');
            self.write_html_in(c, &["blockquote"], &mut html);
        }
        let text = tidy_text(&text);
        if text.is_empty() && title.is_none() {
            return;
        }
        // `textContent` keeps the box's heading as the page shows it ("Warning", a title).
        let shown_title = callout
            .title
            .map(|t| tidy_text(&self.inline_text(t)).replace('\n', " "))
            .unwrap_or_default();
        let block_text = if shown_title.is_empty() {
            super::two_forms(&text, &text)
        } else {
            super::two_forms(&text, &format!("{shown_title}\n{text}"))
        };
        let kind = escape_attr(&callout.kind);
        match &title {
            Some(t) => self.out.content.push_str(&format!(
                "<blockquote data-callout=\"{kind}\" data-callout-title=\"{}\"><p><strong>{}</strong></p>",
                escape_attr(t),
                escape_text(t)
            )),
            None => self
                .out
                .content
                .push_str(&format!("<blockquote data-callout=\"{kind}\">")),
        }
        self.out.content.push_str(html.trim());
        self.out.content.push_str("</blockquote>\n");
        self.out.blocks.push(Block::Callout {
            kind: callout.kind,
            title,
            text: block_text,
        });
    }

    /// `<dl>`: each `<dt>` opens an item, each `<dd>` adds a definition to the last one (also
    /// inside the `<div>` groups HTML allows).
    pub(super) fn definition_list(&mut self, dl: NodeId) {
        let dom = self.dom;
        let mut items: Vec<Definition> = Vec::new();
        for part in definition_parts(dom, dl) {
            let text = || tidy_text(&self.inline_text(part));
            match dom.tag(part) {
                Some("dt") => items.push(Definition {
                    term: text(),
                    definitions: Vec::new(),
                }),
                Some("dd") => {
                    let definition = text();
                    match items.last_mut() {
                        Some(item) => item.definitions.push(definition),
                        None => items.push(Definition {
                            term: String::new(),
                            definitions: vec![definition],
                        }),
                    }
                }
                _ => {}
            }
        }
        items.retain(|i| !i.term.is_empty() || i.definitions.iter().any(|d| !d.is_empty()));
        if !items.is_empty() {
            self.emit_subtree(dl, Block::DefinitionList { items });
        }
    }

    /// A list whose items are, at least half of them, targets of the article's in-page links: the
    /// notes of its footnote references.
    pub(super) fn is_note_list(&self, list: NodeId) -> bool {
        let dom = self.dom;
        let items: Vec<NodeId> = dom.child_tags(list, "li").collect();
        let notes = items
            .iter()
            .filter(|&&li| {
                dom.attr(li, "id")
                    .is_some_and(|id| self.link_targets.binary_search(&id).is_ok())
            })
            .count();
        notes > 0 && notes * 2 >= items.len()
    }

    /// The footnotes block: each note's text without its ways back to the text (in-page links
    /// written with an arrow, a caret or a letter).
    pub(super) fn footnotes(&mut self, list: NodeId) {
        let dom = self.dom;
        let mut notes = Vec::new();
        for li in dom.child_tags(list, "li") {
            // The note, and the note as the page shows it (with its ways back, for `textContent`).
            let (mut text, mut shown) = (String::new(), String::new());
            let mut back_link: Option<NodeId> = None;
            for n in dom.descendants(li) {
                if back_link.is_some_and(|a| !dom.contains(a, n)) {
                    back_link = None;
                }
                if back_link.is_none()
                    && dom.is_tag(n, "a")
                    && dom.attr(n, "href").is_some_and(|h| h.starts_with('#'))
                    && dom
                        .normalized_text(n)
                        .chars()
                        .all(|c| BACK_LINK_MARKS.contains(&c) || c.is_ascii_lowercase())
                {
                    back_link = Some(n);
                } else if dom.text(n).is_some() {
                    let t = super::page_text(self.visible_text(n));
                    shown.push_str(&t);
                    if back_link.is_none() {
                        text.push_str(&t);
                    }
                } else if dom.tag(n).is_some_and(tags::is_block) {
                    text.push(' ');
                    shown.push(' ');
                }
            }
            let text = tidy_text(&text);
            let text =
                text.trim_matches(|c: char| BACK_LINK_MARKS.contains(&c) || c.is_whitespace());
            if !text.is_empty() {
                notes.push(super::two_forms(text, &tidy_text(&shown)));
            }
        }
        if notes.is_empty() {
            return;
        }
        self.emit_subtree(list, Block::Footnotes { notes });
    }

    /// A formula on its own line: its block, and MathML in `content`.
    pub(super) fn display_math(&mut self, id: NodeId) {
        if self.dom.attr(id, "latex").is_none() {
            return;
        }
        let mut html = String::new();
        self.write_math(id, &mut html);
        self.out.content.push_str(&html);
        self.out.content.push('\n');
        self.out.blocks.push(Block::Math {
            latex: super::formula_forms(self.dom, id),
        });
    }

    /// `<math display alttext>` with the page's MathML (allowlisted elements, no attributes), or
    /// the TeX as text when the page had none. `alttext` carries the TeX for Markdown.
    pub(super) fn write_math(&self, id: NodeId, out: &mut String) {
        let dom = self.dom;
        let latex = dom.attr(id, "latex").unwrap_or("");
        let display = if is_display_math(dom, id) {
            "block"
        } else {
            "inline"
        };
        out.push_str(&format!(
            "<math display=\"{display}\" alttext=\"{}\">",
            escape_attr(latex)
        ));
        let mathml = dom.find_tags(id, "math").next();
        match mathml {
            Some(m) => {
                enum Step {
                    Enter(NodeId),
                    Close(&'static str),
                }
                let mut stack: Vec<Step> = dom
                    .children(m)
                    .iter()
                    .rev()
                    .map(|&c| Step::Enter(c))
                    .collect();
                while let Some(step) = stack.pop() {
                    match step {
                        Step::Close(name) => out.push_str(&format!("</{name}>")),
                        Step::Enter(n) => {
                            if let Some(t) = dom.text(n) {
                                out.push_str(&escape_text(t));
                                continue;
                            }
                            let Some(tag) = dom.tag(n) else { continue };
                            if matches!(tag, "annotation" | "annotation-xml") {
                                continue;
                            }
                            let known = MATHML_ELEMENTS.iter().find(|&&e| e == tag && e != "math");
                            if let Some(&name) = known.filter(|&&e| MATHML_TOKENS.contains(&e)) {
                                // A token holds text only: an element inside one would be parsed
                                // back as HTML (tokens are text integration points).
                                out.push_str(&format!(
                                    "<{name}>{}</{name}>",
                                    escape_text(&dom.text_content(n))
                                ));
                                continue;
                            }
                            if let Some(&name) = known {
                                out.push_str(&format!("<{name}>"));
                                stack.push(Step::Close(name));
                            }
                            for &c in dom.children(n).iter().rev() {
                                stack.push(Step::Enter(c));
                            }
                        }
                    }
                }
            }
            None => out.push_str(&format!("<mtext>{}</mtext>", escape_text(latex))),
        }
        out.push_str("</math>");
    }

    /// Another site's content: its block, and a link to it in `content`.
    pub(super) fn embed(&mut self, id: NodeId) {
        let dom = self.dom;
        let (Some(provider), Some(url)) = (dom.attr(id, "provider"), dom.attr(id, "url")) else {
            return;
        };
        let Some(url) = self.safe_url(url, false) else {
            return;
        };
        let title = dom.attr(id, "title").map(str::to_string);
        let label = title.as_deref().unwrap_or(&url);
        if self.ctx.links {
            self.out.content.push_str(&format!(
                "<p data-embed=\"{}\"><a href=\"{}\">{}</a></p>\n",
                escape_attr(provider),
                escape_attr(&url),
                escape_text(label)
            ));
        } else {
            self.out
                .content
                .push_str(&format!("<p>{}</p>\n", escape_text(label)));
        }
        let shown = dom.attr(id, "text").unwrap_or("");
        self.out.blocks.push(Block::Embed {
            provider: provider.to_string(),
            url,
            title: title.map(|t| super::two_forms(&t, shown)),
        });
    }

    /// A data table: rows made rectangular (spanned cells `""`), and how many are header rows.
    pub(super) fn data_table(&mut self, id: NodeId) {
        let dom = self.dom;
        let (grid, header_rows) = table_grid(dom, id);
        let mut rows: Vec<Vec<String>> = Vec::with_capacity(grid.len());
        let mut header_kept = 0;
        for (i, row) in grid.iter().enumerate() {
            let cells: Vec<String> = row
                .iter()
                .map(|c| c.map_or(String::new(), |cell| tidy_text(&self.inline_text(cell))))
                .collect();
            if cells.iter().any(|c| !c.is_empty()) {
                if i < header_rows {
                    header_kept += 1;
                }
                rows.push(cells);
            }
        }
        if rows.is_empty() {
            return;
        }
        self.emit_subtree(
            id,
            Block::Table {
                rows,
                header_rows: header_kept,
            },
        );
    }
}

/// A `<dl>`'s terms and definitions in order, also those inside the `<div>` groups HTML allows
/// (the Markdown writer reads them the same way).
pub(crate) fn definition_parts(dom: &Dom, dl: NodeId) -> Vec<NodeId> {
    let mut parts = Vec::new();
    for &c in dom.children(dl) {
        if dom.is_tag(c, "div") {
            parts.extend_from_slice(dom.children(c));
        } else {
            parts.push(c);
        }
    }
    parts
}

/// Whether a node is one of the structure stage's elements that stand as a block of their own.
pub(super) fn is_own_block(dom: &Dom, id: NodeId) -> bool {
    dom.is_tag(id, EMBED) || is_display_math(dom, id)
}

/// Most columns a cell may span, and most rows.
const MAX_SPAN: usize = 64;

/// A table's own rows (not those of tables nested in its cells) as a grid: each cell at the
/// position it takes, `None` where a cell of an earlier column or row spans; and how many of the
/// first rows are header rows (in `<thead>`, or of `<th>` cells only).
pub(crate) fn table_grid(dom: &Dom, table: NodeId) -> (Vec<Vec<Option<NodeId>>>, usize) {
    let own_rows = dom
        .find_tags(table, "tr")
        .filter(|&tr| dom.ancestors(tr).find(|&a| dom.is_tag(a, "table")) == Some(table));
    let span = |cell: NodeId, name: &str| {
        dom.attr(cell, name)
            .and_then(|s| s.trim().parse::<usize>().ok())
            .unwrap_or(1)
            .clamp(1, MAX_SPAN)
    };
    let mut grid: Vec<Vec<Option<NodeId>>> = Vec::new();
    // Rows still covered by a cell above, per column.
    let mut covered: Vec<usize> = Vec::new();
    let mut header_rows = 0;
    let mut in_header = true;
    for tr in own_rows {
        let mut row: Vec<Option<NodeId>> = Vec::new();
        let mut all_th = true;
        let mut any_cell = false;
        for &cell in dom.children(tr) {
            let Some(tag @ ("td" | "th")) = dom.tag(cell) else {
                continue;
            };
            any_cell = true;
            all_th &= tag == "th";
            while covered.get(row.len()).is_some_and(|&c| c > 0) {
                covered[row.len()] -= 1;
                row.push(None);
            }
            let (columns, rows) = (span(cell, "colspan"), span(cell, "rowspan"));
            for k in 0..columns {
                let column = row.len();
                if covered.len() <= column {
                    covered.resize(column + 1, 0);
                }
                covered[column] = rows - 1;
                row.push(if k == 0 { Some(cell) } else { None });
            }
        }
        let filled = row.len();
        for (column, rows_left) in covered.iter_mut().enumerate().skip(filled) {
            if *rows_left > 0 {
                *rows_left -= 1;
                row.resize(column + 1, None);
            }
        }
        if !any_cell {
            continue;
        }
        let header = dom.parent(tr).is_some_and(|p| dom.is_tag(p, "thead")) || all_th;
        in_header &= header;
        if in_header {
            header_rows += 1;
        }
        grid.push(row);
    }
    let width = grid.iter().map(Vec::len).max().unwrap_or(0);
    for row in &mut grid {
        row.resize(width, None);
    }
    (grid, header_rows)
}
