//! Markdown output (`format: "markdown"`): CommonMark with the GitHub table and strikethrough
//! extensions, written from the article's sanitized `content` HTML.
//!
//! Working from `content` (re-parsed; it is small and already allowlisted) keeps this module
//! independent of the serializer's internals: whatever `content` shows, the Markdown shows. Image
//! credits are not in `content`; they come from the image blocks and go into the image's title
//! attribute, so a reader's Markdown renderer shows them on hover and never in the running text.
//!
//! Every character of text is escaped so that a CommonMark renderer gives back exactly the words of
//! `content` (tests/markdown.rs checks this with pulldown-cmark on every golden fixture). Both walks
//! are iterative: `content` can nest deeply and WebAssembly has a 1 MiB stack.
//!
//! Footnotes become GitHub footnotes: pages mark a reference as an in-page link to a list item
//! (`<sup><a href="#fn1">1</a></sup>`, Wikipedia's `<a href="#cite_note-3">[3]</a>`) and the
//! notes as a list of such items (`<li id="fn1">`; `content` keeps those ids). When at least half
//! the items of a list are notes referenced from the text, the references are written `[^1]` and
//! the notes `[^1]: …` at the end, without their "back to text" links; otherwise everything
//! stays links.

mod escape;

use crate::article::{Article, Block};
use crate::dom::{Dom, NodeFlags, NodeId};
use crate::options::Limits;
use escape::*;

/// The whole article as Markdown: `# title`, then the content.
#[cfg(test)]
pub fn to_markdown(article: &Article) -> String {
    to_markdown_within(article, u64::MAX).0
}

/// [`to_markdown`] spending at most `work` units of the clean's work budget on walks over the
/// re-parsed content; returns the Markdown and the units left (0: the budget ran out, and the
/// Markdown is incomplete).
pub(crate) fn to_markdown_within(article: &Article, work: u64) -> (String, u64) {
    let dom = match crate::parse::parse_html(&article.content, &Limits::default()) {
        Ok(dom) => dom,
        Err(_) => return (String::new(), work),
    };
    dom.set_work_left(work);
    let image_blocks: Vec<(&str, &str)> = article
        .blocks
        .iter()
        .filter_map(|b| match b {
            Block::Image {
                src,
                credit: Some(c),
                ..
            } => Some((src.as_str(), c.as_str())),
            _ => None,
        })
        .collect();
    let credits = StrIndex::new(
        image_blocks
            .iter()
            .enumerate()
            .map(|(i, &(src, _))| (src, i as u32)),
    );
    let body = dom.body().unwrap_or(dom.root());
    let (notes, note_lists) = footnotes(&dom, body);
    let mut is_note = NodeFlags::new(&dom);
    for &li in &notes {
        is_note.insert(li);
    }
    let mut writer = Writer {
        dom: &dom,
        sibling_index: sibling_indexes(&dom),
        image_blocks: &image_blocks,
        credits,
        out: String::new(),
        prefixes: Vec::new(),
        is_note_list: note_lists,
        is_note,
        note_labels: StrIndex::new(
            notes
                .iter()
                .enumerate()
                .filter_map(|(i, &li)| Some((dom.attr(li, "id")?, i as u32 + 1))),
        ),
        join_next: false,
    };
    if let Some(title) = article.title.as_deref().filter(|t| !t.trim().is_empty()) {
        let line = heading_line(1, &escape_line_starts(&escape_text(title)));
        writer.emit(&[line]);
    }
    writer.walk(body);
    for (i, &li) in notes.iter().enumerate() {
        writer.prefixes.push(Prefix {
            first: format!("[^{}]: ", i + 1),
            rest: "    ".into(),
            on_first_line: true,
            tight: false,
        });
        writer.walk(li);
        writer.prefixes.clear();
    }
    let mut out = writer.out;
    while out.ends_with('\n') {
        out.pop();
    }
    if !out.is_empty() {
        out.push('\n');
    }
    // Markdown has no direction of its own: a right-to-left article is wrapped in an HTML block
    // that CommonMark and GFM renderers (and Obsidian) honour, with blank lines so the Markdown
    // inside is still read as Markdown.
    if !out.is_empty() && article.dir.as_deref() == Some("rtl") {
        out = format!("<div dir=\"rtl\">\n\n{out}\n</div>\n");
    }
    (out, dom.work_left())
}

/// A container the current lines are nested in: a block quote (`> ` on every line) or a list item
/// (the marker on its first line, as many spaces on the others).
struct Prefix {
    first: String,
    rest: String,
    on_first_line: bool,
    /// A list item that follows a sibling item, or opens a list nested in an item: written without
    /// a blank line before it, so lists stay tight.
    tight: bool,
}

struct Writer<'a> {
    dom: &'a Dom,
    /// Each node's index among its parent's children, so finding a node's neighbours is one
    /// lookup instead of a scan of the sibling list (a scan per inline element made a paragraph of
    /// n links cost n²).
    sibling_index: Vec<u32>,
    /// (src, credit) of the image blocks with a credit; `credits` finds them by src.
    image_blocks: &'a [(&'a str, &'a str)],
    credits: StrIndex<'a>,
    out: String,
    prefixes: Vec<Prefix>,
    /// Lists holding footnotes, and the footnotes (flags by node): written as definitions at the
    /// end, not where they stand.
    is_note_list: NodeFlags,
    is_note: NodeFlags,
    /// Footnote id → its number.
    note_labels: StrIndex<'a>,
    /// Whether the next block follows the last line without a blank line (a callout's text
    /// under its `[!KIND]` line).
    join_next: bool,
}

impl Writer<'_> {
    fn is_note(&self, n: NodeId) -> bool {
        self.is_note.contains(n)
    }

    fn in_note_list(&self, a: NodeId) -> bool {
        self.dom.ancestors(a).any(|n| self.is_note_list.contains(n))
    }

    /// `node`'s siblings before it and after it.
    fn siblings_around(&self, parent: NodeId, node: NodeId) -> (&[NodeId], &[NodeId]) {
        let siblings = self.dom.children(parent);
        let position = self
            .sibling_index
            .get(node.index())
            .map_or(0, |&i| i as usize)
            .min(siblings.len());
        match siblings.get(position) {
            Some(&at) if at == node => (&siblings[..position], &siblings[position + 1..]),
            _ => (&[], &[]),
        }
    }
}

/// Every node's index among its parent's children (see [`Writer::sibling_index`]).
fn sibling_indexes(dom: &Dom) -> Vec<u32> {
    let mut index = vec![0u32; dom.len()];
    for parent in 0..dom.len() {
        for (i, child) in dom.children(NodeId(parent as u32)).iter().enumerate() {
            index[child.index()] = i as u32;
        }
    }
    index
}

/// Most nodes one look for the character beside an emphasis element visits: the answer is almost
/// always in the next node, and an unbounded look over empty siblings would make a run of n empty
/// elements cost n².
const MAX_NEIGHBOUR_LOOK: usize = 256;

/// Strings → numbers, sorted once and searched by halves: footnote ids and image sources are
/// looked up for every link and image, and a page can hold thousands of each.
struct StrIndex<'a> {
    sorted: Vec<(&'a str, u32)>,
}

impl<'a> StrIndex<'a> {
    /// Values rise in document order at every caller, so the smallest value of a repeated key
    /// is the first one in the document, which wins (as `getElementById` finds the first id).
    fn new(entries: impl Iterator<Item = (&'a str, u32)>) -> StrIndex<'a> {
        let mut sorted: Vec<(&str, u32)> = entries.collect();
        sorted.sort_unstable();
        sorted.dedup_by_key(|&mut (key, _)| key);
        StrIndex { sorted }
    }

    fn get(&self, key: &str) -> Option<u32> {
        let at = self.sorted.binary_search_by(|&(k, _)| k.cmp(key)).ok()?;
        self.sorted.get(at).map(|&(_, value)| value)
    }
}

/// The footnotes of `content`, in order, and the lists holding them. A note is a list item with
/// an id that a reference mark outside its list points to — a superscript or a short mark like
/// `1`, `[3]`, `*` (a table of contents links to items too, with their titles) — and with some
/// text besides in-page links (its "↩"/"^" way back). A list is a list of notes when at least
/// half its items are; the others (notes whose reference the extraction left out) stay a list
/// where it stood. Anything less is left as the plain list and links it is.
fn footnotes(dom: &Dom, body: NodeId) -> (Vec<NodeId>, NodeFlags) {
    let target = |a: NodeId| dom.attr(a, "href")?.strip_prefix('#');
    let items: Vec<NodeId> = dom
        .find_tags(body, "li")
        .filter(|&li| dom.attr(li, "id").is_some())
        .collect();
    let items_by_id = StrIndex::new(
        items
            .iter()
            .enumerate()
            .filter_map(|(i, &li)| Some((dom.attr(li, "id")?, i as u32))),
    );
    let mut referenced = NodeFlags::new(dom);
    for a in dom.find_tags(body, "a") {
        let Some(&li) = target(a)
            .and_then(|id| items_by_id.get(id))
            .and_then(|i| items.get(i as usize))
        else {
            continue;
        };
        let mark = dom
            .normalized_text(a)
            .trim_matches(['[', ']', '(', ')'])
            .chars()
            .count()
            <= 4
            || dom.find_tags(a, "sup").next().is_some()
            || dom.ancestors(a).take(3).any(|n| dom.is_tag(n, "sup"));
        if mark && dom.parent(li).is_some_and(|list| !dom.contains(list, a)) {
            referenced.insert(li);
        }
    }
    let (mut notes, mut is_list) = (Vec::new(), NodeFlags::new(dom));
    for list in dom.descendant_elements(body) {
        if !matches!(dom.tag(list), Some("ol" | "ul"))
            || dom.ancestors(list).any(|a| is_list.contains(a))
        {
            continue;
        }
        let items: Vec<NodeId> = dom.child_tags(list, "li").collect();
        let is_note = |li: NodeId| {
            if !referenced.contains(li) {
                return false;
            }
            let mut walk = dom.descendants(li);
            while let Some(n) = walk.next() {
                if dom.is_tag(n, "a") && target(n).is_some() {
                    walk.skip_children_of(n);
                } else if dom.text(n).is_some_and(|t| !t.trim().is_empty()) {
                    return true;
                }
            }
            false
        };
        let list_notes: Vec<NodeId> = items.iter().copied().filter(|&li| is_note(li)).collect();
        if !list_notes.is_empty() && list_notes.len() * 2 >= items.len() {
            notes.extend(list_notes);
            is_list.insert(list);
        }
    }
    (notes, is_list)
}

/// Whether a `<math>` of `content` stands on its own line.
fn is_display_math(dom: &Dom, id: NodeId) -> bool {
    dom.is_tag(id, "math") && dom.attr(id, "display") == Some("block")
}

/// A formula's TeX: its `alttext` (which `content` always writes), else its text.
fn math_source(dom: &Dom, id: NodeId) -> String {
    match dom
        .attr(id, "alttext")
        .map(str::trim)
        .filter(|t| !t.is_empty())
    {
        Some(tex) => tex.to_string(),
        None => collapse_spaces(&dom.text_content(id)),
    }
}

/// How a node of `content` takes part in the block structure.
enum Role {
    Inline,
    Leaf,
    Container,
}

/// One open container of [`Writer::walk`].
struct Frame {
    container: NodeId,
    /// Index of the next child to visit.
    next: usize,
    /// Inline children gathered for the next paragraph.
    run: Vec<NodeId>,
    /// Whether entering this container pushed a line prefix (a quote's `>`, a list marker).
    pushed_prefix: bool,
    /// `<li>` children seen so far (a list's item numbers).
    items_seen: usize,
    /// Whether an item that is not a footnote has been written.
    item_written: bool,
}

impl Frame {
    fn new(container: NodeId, pushed_prefix: bool) -> Frame {
        Frame {
            container,
            next: 0,
            run: Vec::new(),
            pushed_prefix,
            items_seen: 0,
            item_written: false,
        }
    }
}

/// Where a list item stands among its list's items.
#[derive(Debug, Clone, Copy, Default)]
struct ItemPlace {
    /// 0 for the first `<li>` of its list.
    position: usize,
    /// Whether an earlier item (not a footnote) was written.
    written_before: bool,
}

fn role(tag: Option<&str>) -> Role {
    match tag {
        Some(
            "p" | "h1" | "h2" | "h3" | "h4" | "h5" | "h6" | "pre" | "table" | "figure" | "hr"
            | "figcaption" | "dl",
        ) => Role::Leaf,
        Some(
            "ul" | "ol" | "li" | "blockquote" | "dt" | "dd" | "div" | "section" | "article"
            | "body" | "thead" | "tbody",
        ) => Role::Container,
        _ => Role::Inline,
    }
}

impl Writer<'_> {
    /// Writes the lines of one block, separated from the previous block by a blank line unless it
    /// opens a list item (lists stay tight).
    fn emit(&mut self, lines: &[String]) {
        if lines.is_empty() {
            return;
        }
        let tight = self.prefixes.iter().any(|p| p.on_first_line && p.tight)
            || std::mem::take(&mut self.join_next);
        if !self.out.is_empty() && !tight {
            // Containers opening with this block have not started yet: the blank line belongs
            // to the enclosing ones only.
            let blank: String = self
                .prefixes
                .iter()
                .take_while(|p| !p.on_first_line)
                .map(|p| p.rest.as_str())
                .collect();
            self.out.push_str(blank.trim_end());
            self.out.push('\n');
        }
        for line in lines {
            let mut prefix = String::new();
            for p in &mut self.prefixes {
                prefix.push_str(if p.on_first_line { &p.first } else { &p.rest });
                p.on_first_line = false;
            }
            if line.is_empty() {
                self.out.push_str(prefix.trim_end());
            } else {
                self.out.push_str(&prefix);
                self.out.push_str(line);
            }
            self.out.push('\n');
        }
    }

    /// Walks block containers; runs of inline nodes between blocks become paragraphs.
    fn walk(&mut self, root: NodeId) {
        let dom = self.dom;
        let mut frames: Vec<Frame> = vec![Frame::new(root, false)];
        while let Some(frame) = frames.last_mut() {
            let (container, index) = (frame.container, frame.next);
            let children = dom.children(container);
            let Some(&child) = children.get(index) else {
                let done = frames.pop().unwrap_or_else(|| Frame::new(root, false));
                self.paragraph_from_run(&done.run);
                if done.pushed_prefix {
                    self.prefixes.pop();
                }
                continue;
            };
            frame.next += 1;
            let role = if is_display_math(dom, child) {
                Role::Leaf
            } else {
                role(dom.tag(child))
            };
            match role {
                Role::Inline => frame.run.push(child),
                Role::Leaf => {
                    let run = std::mem::take(&mut frame.run);
                    self.paragraph_from_run(&run);
                    self.leaf(child);
                }
                Role::Container => {
                    let run = std::mem::take(&mut frame.run);
                    self.paragraph_from_run(&run);
                    // Counted here, as the items go by: looking the item up among its siblings
                    // would make a list of n items cost n².
                    let item = dom.is_tag(child, "li").then(|| {
                        let item = ItemPlace {
                            position: frame.items_seen,
                            written_before: frame.item_written,
                        };
                        frame.items_seen += 1;
                        item
                    });
                    if self.is_note(child) {
                        continue;
                    }
                    if item.is_some() {
                        frame.item_written = true;
                    }
                    let prefix = self.container_prefix(container, child, item);
                    let pushed = prefix.is_some();
                    if let Some(p) = prefix {
                        self.prefixes.push(p);
                    }
                    let mut frame = Frame::new(child, pushed);
                    if let Some(kind) = dom.attr(child, "data-callout") {
                        frame.next = self.callout_header(child, kind);
                    }
                    frames.push(frame);
                }
            }
        }
    }

    fn container_prefix(
        &self,
        parent: NodeId,
        child: NodeId,
        item: Option<ItemPlace>,
    ) -> Option<Prefix> {
        let dom = self.dom;
        match dom.tag(child) {
            Some("blockquote") => Some(Prefix {
                first: "> ".into(),
                rest: "> ".into(),
                on_first_line: true,
                tight: false,
            }),
            Some("li") => {
                let ItemPlace {
                    position,
                    written_before,
                } = item.unwrap_or_default();
                let start = crate::serialize::list_start(dom, parent).unwrap_or(1);
                let marker = if dom.is_tag(parent, "ol") {
                    format!("{}. ", u64::from(start) + position as u64)
                } else {
                    "- ".to_string()
                };
                let rest = " ".repeat(marker.len());
                let nested = dom.parent(parent).is_some_and(|g| dom.is_tag(g, "li"));
                Some(Prefix {
                    first: marker,
                    rest,
                    on_first_line: true,
                    // Only a list counting from 1 may start straight under a line of text; any
                    // other number there would read as that line's continuation.
                    tight: written_before || (nested && position == 0 && start == 1),
                })
            }
            _ => None,
        }
    }

    /// A callout's first line, `[!KIND] title` (GitHub's alerts, Obsidian's callouts); returns
    /// the index of the child to go on from (past the title paragraph `content` shows).
    fn callout_header(&mut self, quote: NodeId, kind: &str) -> usize {
        let dom = self.dom;
        let title = dom.attr(quote, "data-callout-title").map(collapse_spaces);
        let line = match &title {
            Some(t) => format!("[!{}] {}", kind.to_ascii_uppercase(), escape_text(t)),
            None => format!("[!{}]", kind.to_ascii_uppercase()),
        };
        self.emit(&[line]);
        self.join_next = true;
        let children = dom.children(quote);
        match children.first() {
            Some(&first) if title.is_some() && dom.is_tag(first, "p") => 1,
            _ => 0,
        }
    }

    fn paragraph_from_run(&mut self, run: &[NodeId]) {
        if run.is_empty() {
            return;
        }
        let mut text = String::new();
        for &n in run {
            text.push_str(&self.inline(n, false));
        }
        let lines = paragraph_lines(&text);
        if lines.is_empty() && self.prefixes.last().is_some_and(|p| p.on_first_line) {
            return;
        }
        self.emit(&lines);
    }

    fn leaf(&mut self, id: NodeId) {
        let dom = self.dom;
        let tag = dom.tag(id).unwrap_or("");
        match tag {
            "p" | "figcaption" => {
                let lines = paragraph_lines(&self.inline_children(id, false));
                self.emit(&lines);
            }
            "h1" | "h2" | "h3" | "h4" | "h5" | "h6" => {
                let level = crate::tags::heading_level(tag).unwrap_or(2);
                let text = self.inline_children(id, false);
                let text = escape_line_starts(&collapse_spaces(&text.replace('\n', " ")));
                if !text.is_empty() {
                    self.emit(&[heading_line(level, &text)]);
                }
            }
            "pre" => self.code_block(id),
            "math" => {
                let latex = math_source(dom, id);
                self.emit(&["$$".to_string(), latex, "$$".to_string()]);
            }
            "dl" => self.definition_list(id),
            "hr" => self.emit(&["---".to_string()]),
            "table" => self.table(id),
            "figure" => self.figure(id),
            _ => {}
        }
    }

    /// `**term**` and `:   definition` lines (the definition-list syntax of PHP Markdown Extra,
    /// Pandoc and pulldown-cmark), a blank line between terms.
    fn definition_list(&mut self, dl: NodeId) {
        let dom = self.dom;
        let mut lines: Vec<String> = Vec::new();
        let mut after_definition = false;
        for part in crate::serialize::definition_parts(dom, dl) {
            let text = || collapse_spaces(&self.inline_children(part, false).replace('\n', " "));
            match dom.tag(part) {
                Some("dt") => {
                    let term = text();
                    if term.is_empty() {
                        continue;
                    }
                    if after_definition {
                        lines.push(String::new());
                    }
                    lines.push(emphasis(&escape_line_starts(&term), "**", (None, None)));
                    after_definition = false;
                }
                Some("dd") => {
                    let definition = text();
                    if !definition.is_empty() {
                        lines.push(format!(":   {definition}"));
                        after_definition = true;
                    }
                }
                _ => {}
            }
        }
        self.emit(&lines);
    }

    fn code_block(&mut self, pre: NodeId) {
        let dom = self.dom;
        let text = dom.text_content(pre);
        let text = text.trim_matches('\n');
        let language = dom
            .find_tags(pre, "code")
            .next()
            .and_then(|c| dom.attr(c, "class"))
            .and_then(|c| {
                c.split_whitespace()
                    .find_map(|t| t.strip_prefix("language-"))
            })
            .filter(|l| {
                l.chars()
                    .all(|c| c.is_alphanumeric() || "+-#._".contains(c))
            })
            .unwrap_or("");
        // A fence longer than any backtick run inside the code, so the code cannot close it.
        let fence = "`".repeat(longest_run(text, '`').max(2) + 1);
        let mut lines = vec![format!("{fence}{language}")];
        lines.extend(text.lines().map(str::to_string));
        lines.push(fence);
        self.emit(&lines);
    }

    /// A GitHub table: the first row is the header, every row padded to the widest, pipes escaped.
    fn table(&mut self, table: NodeId) {
        let dom = self.dom;
        if let Some(caption) = dom.find_tags(table, "caption").next() {
            let lines = paragraph_lines(&self.inline_children(caption, false));
            self.emit(&lines);
        }
        // The table's own rows, rectangular: a cell spanning columns or rows leaves empty cells
        // where it spans, so every row has the same number of cells.
        let (grid, _) = crate::serialize::table_grid(dom, table);
        let rows: Vec<Vec<String>> = grid
            .iter()
            .map(|row| {
                row.iter()
                    .map(|cell| {
                        cell.map_or(String::new(), |c| {
                            collapse_spaces(&self.inline_children(c, true).replace('\n', " "))
                        })
                    })
                    .collect()
            })
            .collect();
        let width = rows.iter().map(Vec::len).max().unwrap_or(0);
        if width == 0 {
            return;
        }
        let mut lines = Vec::with_capacity(rows.len() + 1);
        for (i, row) in rows.iter().enumerate() {
            let mut line = String::from("|");
            for c in 0..width {
                line.push(' ');
                line.push_str(row.get(c).map_or("", String::as_str));
                line.push_str(" |");
            }
            lines.push(line);
            if i == 0 {
                lines.push(format!("|{}", " --- |".repeat(width)));
            }
        }
        self.emit(&lines);
    }

    /// `![alt](src "credit")` (with any other text of the figure), then the caption as an italic
    /// paragraph.
    fn figure(&mut self, figure: NodeId) {
        let dom = self.dom;
        let body: String = dom
            .children(figure)
            .iter()
            .filter(|&&c| !dom.is_tag(c, "figcaption"))
            .map(|&c| self.inline(c, false))
            .collect();
        let lines = paragraph_lines(&body);
        self.emit(&lines);
        if let Some(caption) = dom.find_tags(figure, "figcaption").next() {
            let text = self.inline_children(caption, false);
            let lines = paragraph_lines(&text.replace('\n', " "));
            // Italic unless the caption's own emphasis touches the edges (`**` would be bold).
            match lines.first() {
                Some(line) if line.starts_with('*') || line.ends_with('*') => {
                    self.emit(std::slice::from_ref(line))
                }
                Some(line) => self.emit(&[format!("*{line}*")]),
                None => {}
            }
        }
    }

    fn image(&self, img: NodeId) -> String {
        let dom = self.dom;
        let Some(src) = dom.attr(img, "src").filter(|s| !s.is_empty()) else {
            return String::new();
        };
        let alt = dom.attr(img, "alt").unwrap_or("");
        let alt = escape_text(&crate::dom::collapse_whitespace(alt));
        let title = self
            .credits
            .get(src)
            .and_then(|i| self.image_blocks.get(i as usize))
            .map(|&(_, credit)| format!(" \"{}\"", escape_title(credit)))
            .unwrap_or_default();
        format!("![{alt}]({}{title})", escape_destination(src))
    }

    fn inline_children(&self, id: NodeId, in_table: bool) -> String {
        self.dom
            .children(id)
            .iter()
            .map(|&c| self.inline(c, in_table))
            .collect()
    }

    /// Inline Markdown of one node. `<br>` becomes `\n` (a hard break once the paragraph's lines
    /// are joined); emphasis markers are only written where CommonMark's flanking rules let them
    /// open and close, otherwise the text is kept without them.
    fn inline(&self, id: NodeId, in_table: bool) -> String {
        enum Step {
            Enter(NodeId),
            Exit(NodeId),
        }
        let dom = self.dom;
        let mut buffers: Vec<String> = vec![String::new()];
        let mut stack = vec![Step::Enter(id)];
        while let Some(step) = stack.pop() {
            match step {
                Step::Enter(n) => {
                    if let Some(t) = dom.text(n) {
                        let escaped = escape_text(&fold_whitespace(t));
                        if let Some(b) = buffers.last_mut() {
                            b.push_str(&escaped);
                        }
                        continue;
                    }
                    match dom.tag(n) {
                        Some("br") => {
                            if let Some(b) = buffers.last_mut() {
                                b.push('\n');
                            }
                        }
                        Some("img") => {
                            let image = self.image(n);
                            if let Some(b) = buffers.last_mut() {
                                b.push_str(&image);
                            }
                        }
                        Some("math") => {
                            let latex = math_source(dom, n);
                            let fence = if is_display_math(dom, n) { "$$" } else { "$" };
                            if let Some(b) = buffers.last_mut() {
                                b.push_str(&format!("{fence}{latex}{fence}"));
                            }
                        }
                        Some("code" | "kbd" | "samp") => {
                            let span = code_span(&dom.text_content(n), in_table);
                            if let Some(b) = buffers.last_mut() {
                                b.push_str(&span);
                            }
                        }
                        Some(tag) if crate::tags::is_block(tag) => {
                            // Block content inside inline context (a list in a table cell):
                            // its words, separated.
                            buffers.push(String::new());
                            stack.push(Step::Exit(n));
                            for &c in dom.children(n).iter().rev() {
                                stack.push(Step::Enter(c));
                            }
                        }
                        Some(_) => {
                            buffers.push(String::new());
                            stack.push(Step::Exit(n));
                            for &c in dom.children(n).iter().rev() {
                                stack.push(Step::Enter(c));
                            }
                        }
                        None => {}
                    }
                }
                Step::Exit(n) => {
                    let inner = buffers.pop().unwrap_or_default();
                    let around = || (self.prev_char(n), self.next_char(n));
                    let wrapped = match dom.tag(n) {
                        Some("em" | "i" | "cite") => emphasis(&inner, "*", around()),
                        Some("strong" | "b") => emphasis(&inner, "**", around()),
                        Some("del" | "s") => emphasis(&inner, "~~", around()),
                        Some("a") => self.link(n, &inner),
                        Some(tag) if crate::tags::is_block(tag) => format!(" {inner} "),
                        _ => inner,
                    };
                    if let Some(b) = buffers.last_mut() {
                        b.push_str(&wrapped);
                    }
                }
            }
        }
        buffers.concat()
    }

    fn link(&self, a: NodeId, inner: &str) -> String {
        let Some(href) = self.dom.attr(a, "href").filter(|h| !h.is_empty()) else {
            return inner.to_string();
        };
        if let Some(label) = self.note_reference(a) {
            return format!("[^{label}]");
        }
        let in_note = self.in_note_list(a);
        let back_link = href
            .strip_prefix('#')
            .is_some_and(|id| self.note_labels.get(id).is_none());
        if in_note && back_link {
            // A note's way back to its reference: the definition has its own.
            return String::new();
        }
        if self.follows_note_reference(a) {
            // `[^1][text](…)` would read as a reference link labelled `text`, losing the footnote.
            return inner.to_string();
        }
        if inner.trim().is_empty() {
            return inner.to_string();
        }
        let (lead, body, trail) = split_outer_whitespace(inner);
        format!("{lead}[{body}]({}){trail}", escape_destination(href))
    }

    /// The footnote number an in-page link refers to, unless the link is inside the notes.
    fn note_reference(&self, a: NodeId) -> Option<u32> {
        let id = self.dom.attr(a, "href")?.strip_prefix('#')?;
        let label = self.note_labels.get(id)?;
        (!self.in_note_list(a)).then_some(label)
    }

    /// True when the text written just before `node` in its block is a footnote reference.
    fn follows_note_reference(&self, node: NodeId) -> bool {
        let dom = self.dom;
        let mut current = node;
        let mut looked = 0;
        while let Some(parent) = dom.parent(current) {
            let (before, _) = self.siblings_around(parent, current);
            for &s in before.iter().rev() {
                let has_text = |n: NodeId| dom.text(n).is_some_and(|t| !t.is_empty());
                let Some(last_text) = self.last_in_subtree(s, &mut looked, has_text) else {
                    return false;
                };
                if let Some(text) = last_text {
                    return dom
                        .ancestors(text)
                        .take_while(|&n| n != parent)
                        .any(|n| dom.is_tag(n, "a") && self.note_reference(n).is_some());
                }
            }
            if dom.tag(parent).is_none_or(crate::tags::is_block) {
                return false;
            }
            current = parent;
        }
        false
    }

    /// The last node of `root`'s subtree (in document order, `root` included) that is `wanted`,
    /// counting each node looked at in `looked`; `None` once more than [`MAX_NEIGHBOUR_LOOK`] nodes
    /// have been looked at (the caller gives up), `Some(None)` when none is wanted.
    fn last_in_subtree(
        &self,
        root: NodeId,
        looked: &mut usize,
        wanted: impl Fn(NodeId) -> bool,
    ) -> Option<Option<NodeId>> {
        let mut last = None;
        for n in std::iter::once(root).chain(self.dom.descendants(root)) {
            *looked += 1;
            if *looked > MAX_NEIGHBOUR_LOOK {
                return None;
            }
            if wanted(n) {
                last = Some(n);
            }
        }
        Some(last)
    }

    /// The character written just after `node` within its block, for the flanking rules: the first
    /// text character, or the marker an emphasis element opens with.
    fn next_char(&self, node: NodeId) -> Option<char> {
        let dom = self.dom;
        let mut current = node;
        let mut looked = 0;
        loop {
            let parent = dom.parent(current)?;
            let (_, after) = self.siblings_around(parent, current);
            for &s in after {
                for n in std::iter::once(s).chain(dom.descendants(s)) {
                    looked += 1;
                    if looked > MAX_NEIGHBOUR_LOOK {
                        return None;
                    }
                    if let Some(marker) = dom.tag(n).and_then(marker_char) {
                        return Some(marker);
                    }
                    if dom.is_tag(n, "br") {
                        return Some('\n');
                    }
                    if let Some(c) = dom.text(n).and_then(|t| t.chars().next()) {
                        return Some(c);
                    }
                }
            }
            if let Some(marker) = dom.tag(parent).and_then(marker_char) {
                return Some(marker);
            }
            if dom.tag(parent).is_none_or(crate::tags::is_block) {
                return None;
            }
            current = parent;
        }
    }

    /// The character written just before `node` within its block: the last text character, or
    /// the marker an emphasis element closes (or opens) with.
    fn prev_char(&self, node: NodeId) -> Option<char> {
        let dom = self.dom;
        let mut current = node;
        let mut looked = 0;
        loop {
            let parent = dom.parent(current)?;
            let (before, _) = self.siblings_around(parent, current);
            for &s in before.iter().rev() {
                let writes =
                    |n: NodeId| dom.text(n).is_some_and(|t| !t.is_empty()) || dom.is_tag(n, "br");
                let Some(last) = self.last_in_subtree(s, &mut looked, writes)? else {
                    continue;
                };
                let closing = std::iter::once(last)
                    .chain(dom.ancestors(last))
                    .take_while(|&a| a != parent)
                    .find_map(|a| dom.tag(a).and_then(marker_char));
                if let Some(marker) = closing {
                    return Some(marker);
                }
                return match dom.text(last) {
                    Some(t) => t.chars().next_back(),
                    None => Some('\n'),
                };
            }
            if let Some(marker) = dom.tag(parent).and_then(marker_char) {
                return Some(marker);
            }
            if dom.tag(parent).is_none_or(crate::tags::is_block) {
                return None;
            }
            current = parent;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn article(content: &str) -> Article {
        Article {
            content: content.to_string(),
            ..Article::default()
        }
    }

    #[test]
    fn nested_lists_indent_under_their_marker() {
        let md = to_markdown(&article(
            "<ol><li>One<ul><li>inner a</li><li>inner b</li></ul></li><li>Two</li></ol>",
        ));
        assert_eq!(md, "1. One\n   - inner a\n   - inner b\n2. Two\n");
    }

    #[test]
    fn blocks_are_separated_by_blank_lines_outside_new_containers() {
        let md = to_markdown(&article(
            "<p>a</p><ul><li>b</li></ul><blockquote><p>c</p><ul><li>d</li><li>e</li></ul></blockquote>",
        ));
        assert_eq!(md, "a\n\n- b\n\n> c\n>\n> - d\n> - e\n");
    }

    #[test]
    fn quotes_prefix_every_line_including_blank_ones() {
        let md = to_markdown(&article("<blockquote><p>a</p><p>b</p></blockquote>"));
        assert_eq!(md, "> a\n>\n> b\n");
    }

    #[test]
    fn syntax_characters_in_text_are_escaped() {
        let md = to_markdown(&article(
            "<p>1. not a list *nor* [a link](x) &amp; #tag</p>",
        ));
        assert_eq!(md, "1\\. not a list \\*nor\\* \\[a link\\](x) \\& #tag\n");
        let md = to_markdown(&article("<h2>Why C#</h2><p># hash</p>"));
        assert_eq!(md, "## Why C\\#\n\n\\# hash\n");
    }

    #[test]
    fn emphasis_is_dropped_where_commonmark_could_not_read_it() {
        // `foo*"bar"*baz`: a `*` between a letter and a quote mark cannot open emphasis.
        let md = to_markdown(&article(
            "<p>foo<em>\"bar\"</em>baz and <em> spaced </em>.</p>",
        ));
        assert_eq!(md, "foo\"bar\"baz and *spaced* .\n");
    }

    #[test]
    fn code_keeps_its_language_and_outfences_backticks() {
        let md = to_markdown(&article(
            "<pre><code class=\"language-rust\">let s = \"```\";</code></pre><p>use <code>a`b</code></p>",
        ));
        assert_eq!(md, "````rust\nlet s = \"```\";\n````\n\nuse ``a`b``\n");
    }

    #[test]
    fn tables_are_padded_and_pipes_escaped() {
        let md = to_markdown(&article(
            "<table><tr><th>a</th><th>b|c</th></tr><tr><td colspan=\"2\">wide</td></tr><tr><td>1</td><td>2</td><td>3</td></tr></table>",
        ));
        assert_eq!(
            md,
            "| a | b\\|c |  |\n| --- | --- | --- |\n| wide |  |  |\n| 1 | 2 | 3 |\n"
        );
    }

    #[test]
    fn figure_credit_goes_to_the_title_and_caption_below() {
        let mut a = article("<figure><img src=\"https://x.test/a.jpg\" alt=\"Alt\"><figcaption>The caption.</figcaption></figure>");
        a.title = Some("Head".into());
        a.blocks = vec![Block::Image {
            src: "https://x.test/a.jpg".into(),
            alt: Some("Alt".into()),
            caption: Some("The caption.".into()),
            credit: Some("Photo: \"AFP\"".into()),
        }];
        assert_eq!(
            to_markdown(&a),
            "# Head\n\n![Alt](https://x.test/a.jpg \"Photo: \\\"AFP\\\"\")\n\n*The caption.*\n"
        );
    }

    #[test]
    fn formulas_definition_lists_and_callouts_have_their_markdown() {
        let md = to_markdown(&article(
            "<p>Let <math display=\"inline\" alttext=\"x^2\"><mi>x</mi></math> cost $5.</p>\
             <math display=\"block\" alttext=\"\\frac{a}{b}\"><mtext>a/b</mtext></math>\
             <dl><div><dt>Term</dt><dd>One.</dd><dd>Two.</dd></div><dt>Next</dt><dd>Three.</dd></dl>\
             <blockquote data-callout=\"warning\" data-callout-title=\"Mind the gap\"><p><strong>Mind the gap</strong></p><p>Careful.</p></blockquote>\
             <blockquote data-callout=\"note\"><p>Plain.</p></blockquote>",
        ));
        assert_eq!(
            md,
            "Let $x^2$ cost \\$5.\n\n$$\n\\frac{a}{b}\n$$\n\n**Term**\n:   One.\n:   Two.\n\n**Next**\n:   Three.\n\n\
             > [!WARNING] Mind the gap\n> Careful.\n\n> [!NOTE]\n> Plain.\n"
        );
    }

    #[test]
    fn spanned_table_cells_keep_rows_rectangular() {
        let md = to_markdown(&article(
            "<table><tr><th rowspan=\"2\">Day</th><th colspan=\"2\">Morning</th></tr>\
             <tr><th>Start</th><th>End</th></tr><tr><td>Mon</td><td>8</td><td>12</td></tr></table>",
        ));
        assert_eq!(
            md,
            "| Day | Morning |  |\n| --- | --- | --- |\n|  | Start | End |\n| Mon | 8 | 12 |\n"
        );
    }

    #[test]
    fn breaks_become_hard_breaks() {
        let md = to_markdown(&article("<p>line one<br>- line two</p>"));
        assert_eq!(md, "line one\\\n\\- line two\n");
    }
}
