//! Stage 7: turn the cleaned article subtree into the three outputs — typed `blocks`, sanitized
//! `content` HTML and plain `textContent` — in one iterative walk, so they always agree.
//!
//! `content` is built from an allowlist: only the tags and attributes an article needs are written,
//! everything else is unwrapped to its children or dropped, and URLs are checked and made absolute.
//! Image captions are split from their credits here: the credit goes to the image block's `credit`
//! and never into `content`, `textContent` or the caption.

mod figures;
mod html;
mod structure;
mod urls;

use crate::article::{Block, Removed, RemovedKind};
use crate::dom::{collapse_whitespace, Dom, NodeId};
use crate::measure::ClassNames;
use crate::removal::excerpt;
use crate::rules::credit;
use crate::rules::images::{CAPTION_TOKENS, CREDIT_TOKENS, FIGURE_LIKE_TOKENS};
use crate::tags;
use figures::*;
use html::*;
pub use html::{escape_attr, escape_text};
pub(crate) use structure::{definition_parts, table_grid};
use url::Url;

/// What the serializer needs to know besides the tree.
pub struct Context<'a> {
    pub base_url: Option<&'a Url>,
    pub images: bool,
    pub links: bool,
    pub tables: bool,
}

/// The article in its three forms.
#[derive(Debug, Default)]
pub struct Output {
    pub content: String,
    pub text_content: String,
    pub blocks: Vec<Block>,
}

/// Writes the article subtree; `notes` is the structure stage's list of footnotes moved out of
/// the text, written after the article when its references point into it.
pub fn serialize(
    dom: &Dom,
    article: NodeId,
    notes: Option<NodeId>,
    ctx: &Context<'_>,
    removed: &mut Vec<Removed>,
) -> Output {
    let mut out = Output::default();
    let mut writer = Writer {
        dom,
        ctx,
        out: &mut out,
        removed,
        pending_figure: None,
        credited_text: credited_text_nodes(dom, article),
        link_targets: link_targets(dom, article, ctx.links),
    };
    writer.walk(article);
    if let Some(list) = notes.filter(|&l| writer.is_note_list(l)) {
        writer.footnotes(list);
    }
    let texts: Vec<String> = out
        .blocks
        .iter()
        .filter_map(block_text)
        .map(|t| formulas_as(&t, FormulaForm::Shown))
        .filter(|t| !t.is_empty())
        .collect();
    out.text_content = texts.join("\n\n");
    for block in &mut out.blocks {
        let form = match block {
            Block::Math { .. }
            | Block::Embed { .. }
            | Block::Callout { .. }
            | Block::Footnotes { .. } => FormulaForm::Tex,
            _ => FormulaForm::DollarTex,
        };
        for_each_text_mut(block, |t| {
            if t.contains(FORMS_OPEN) {
                *t = formulas_as(t, form);
            }
        });
    }
    // The output may be held while the retry ladder parses the page again: give back the slack
    // the growing buffers left (up to half of each).
    out.content.shrink_to_fit();
    out.blocks.shrink_to_fit();
    out
}

/// Pieces with two forms, a formula (its TeX for the blocks, its symbols as the page shows them
/// for `textContent`) and an embed's title (the title for the block, the text the page shows, if
/// any, for `textContent`), travel through the block texts between these noncharacters (`open
/// block-form middle shown-form close`, see [`two_forms`]) until the texts are done.
/// Noncharacters never stand in page text (they are dropped from it, see [`page_text`]).
const FORMS_OPEN: char = '\u{fdd0}';
const FORMS_MIDDLE: char = '\u{fdd1}';
const FORMS_CLOSE: char = '\u{fdd2}';

/// A text node's text for the block texts, without the formula markers' characters.
fn page_text(text: &str) -> std::borrow::Cow<'_, str> {
    let is_marker = |c: char| matches!(c, FORMS_OPEN | FORMS_MIDDLE | FORMS_CLOSE);
    if text.contains(is_marker) {
        text.chars()
            .filter(|&c| !is_marker(c))
            .collect::<String>()
            .into()
    } else {
        text.into()
    }
}

/// A formula as it stands on its own line: its TeX and what the page shows.
fn formula_forms(dom: &Dom, math: NodeId) -> String {
    let tex = dom.attr(math, "latex").unwrap_or("");
    two_forms(tex, dom.attr(math, "text").unwrap_or(tex))
}

/// A formula in running text, with the space the page put around it.
fn formula_marker(dom: &Dom, math: NodeId) -> String {
    let marker = formula_forms(dom, math);
    match dom.attr(math, "space") {
        Some("both") => format!(" {marker} "),
        Some("before") => format!(" {marker}"),
        Some("after") => format!("{marker} "),
        _ => marker,
    }
}

/// Both forms of a piece, which may itself hold formulas (a note or a callout with a formula in
/// it): those are written out first, as the running text of each form writes them.
fn two_forms(block_form: &str, shown: &str) -> String {
    let block_form = formulas_as(block_form, FormulaForm::DollarTex);
    let shown = formulas_as(shown, FormulaForm::Shown);
    format!("{FORMS_OPEN}{block_form}{FORMS_MIDDLE}{shown}{FORMS_CLOSE}")
}

#[derive(Clone, Copy)]
enum FormulaForm {
    /// What a reader sees (`textContent`).
    Shown,
    /// A formula as `$tex$` (running text in blocks).
    DollarTex,
    /// The block form alone (a math block's TeX, an embed's title).
    Tex,
}

/// `text` with every formula marker written in `form`.
fn formulas_as(text: &str, form: FormulaForm) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(open) = rest.find(FORMS_OPEN) {
        out.push_str(&rest[..open]);
        let after = &rest[open + FORMS_OPEN.len_utf8()..];
        let Some(close) = after.find(FORMS_CLOSE) else {
            rest = after;
            break;
        };
        let (tex, shown) = after[..close]
            .split_once(FORMS_MIDDLE)
            .unwrap_or((&after[..close], &after[..close]));
        match form {
            FormulaForm::Shown => out.push_str(shown),
            FormulaForm::DollarTex => {
                out.push('$');
                out.push_str(tex);
                out.push('$');
            }
            FormulaForm::Tex => out.push_str(tex),
        }
        rest = &after[close + FORMS_CLOSE.len_utf8()..];
    }
    out.push_str(rest);
    out
}

/// Calls `f` on every text field of a block (not addresses, kinds or languages).
fn for_each_text_mut(block: &mut Block, mut f: impl FnMut(&mut String)) {
    match block {
        Block::Heading { text, .. }
        | Block::Paragraph { text }
        | Block::Quote { text }
        | Block::Code { text, .. }
        | Block::Callout { text, .. } => f(text),
        Block::Math { latex } => f(latex),
        Block::List { items, .. } => items.iter_mut().for_each(f),
        Block::Footnotes { notes } => notes.iter_mut().for_each(f),
        Block::Table { rows, .. } => rows.iter_mut().flatten().for_each(f),
        Block::DefinitionList { items } => {
            for item in items {
                f(&mut item.term);
                item.definitions.iter_mut().for_each(&mut f);
            }
        }
        Block::Embed { title, .. } => title.iter_mut().for_each(f),
        Block::Image { .. } => {}
    }
}

/// The ids the article's own in-page links point to (`href="#fn1"`): the list items among them
/// keep their id, so footnote references still reach their notes in `content` (and the Markdown
/// writer can pair them). Ids of other characters are not kept: these stay plain names, never
/// anything a selector or script would read specially.
fn link_targets(dom: &Dom, article: NodeId, links: bool) -> Vec<&str> {
    if !links {
        return Vec::new();
    }
    let mut ids: Vec<&str> = dom
        .find_tags(article, "a")
        .filter_map(|a| dom.attr(a, "href")?.trim().strip_prefix('#'))
        .filter(|id| {
            !id.is_empty()
                && id.len() <= 100
                && id
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.' | ':'))
        })
        .collect();
    ids.sort_unstable();
    ids
}

/// Text nodes outside figures whose text carries a photo credit ("… in Littleton, Colo. (AP
/// Photo/David Zalubowski)", "Photo: Getty Images"), mapped to (text without it, credit). Built
/// once, so every output (blocks, HTML, text) drops the same credits. Figures are left to the image
/// writer, which reads their captions itself.
fn credited_text_nodes(dom: &Dom, article: NodeId) -> CreditedText {
    const MAX_CREDITED_CHARS: usize = 400;
    let mut map = CreditedText::default();
    let mut walk = dom.descendants(article);
    while let Some(n) = walk.next() {
        if matches!(dom.tag(n), Some("figure" | "figcaption" | "pre" | "code")) {
            walk.skip_children_of(n);
            continue;
        }
        let Some(text) = dom.text(n) else { continue };
        let folded = collapse_whitespace(text);
        if folded.is_empty() || folded.chars().count() >= MAX_CREDITED_CHARS {
            continue;
        }
        if let (rest, Some(credit)) = credit::split_credit(&folded) {
            // Keep the word boundaries the text node had with its neighbours.
            let mut kept = String::new();
            if text.starts_with(char::is_whitespace) && !rest.is_empty() {
                kept.push(' ');
            }
            kept.push_str(&rest);
            if text.ends_with(char::is_whitespace) {
                kept.push(' ');
            }
            map.insert(dom, n, kept, credit);
        }
    }
    map
}

/// Text nodes that lost a credit: (text without it, credit), in a slot per node of the page, so
/// every text node of the output is looked up in constant time.
/// `by_node` stays empty until the first credit, so an empty vector means "none".
#[derive(Default)]
struct CreditedText {
    by_node: Vec<Option<Box<(String, String)>>>,
}

impl CreditedText {
    fn insert(&mut self, dom: &Dom, node: NodeId, kept: String, credit: String) {
        if self.by_node.is_empty() {
            self.by_node.resize_with(dom.len(), || None);
        }
        if let Some(slot) = self.by_node.get_mut(node.index()) {
            *slot = Some(Box::new((kept, credit)));
        }
    }

    fn get(&self, node: NodeId) -> Option<&(String, String)> {
        self.by_node.get(node.index())?.as_deref()
    }
}

/// The running text of a block (captions and credits are not running text).
fn block_text(block: &Block) -> Option<String> {
    match block {
        Block::Heading { text, .. } | Block::Paragraph { text } | Block::Quote { text } => {
            Some(text.clone())
        }
        Block::Code { text, .. } | Block::Callout { text, .. } => Some(text.clone()),
        Block::Math { latex } => Some(latex.clone()),
        Block::Embed { title, .. } => title.clone(),
        Block::List { items, .. } => Some(items.join("\n")),
        Block::Footnotes { notes } => Some(notes.join("\n")),
        Block::DefinitionList { items } => Some(
            items
                .iter()
                .flat_map(|i| std::iter::once(&i.term).chain(&i.definitions))
                .filter(|t| !t.is_empty())
                .cloned()
                .collect::<Vec<_>>()
                .join("\n"),
        ),
        Block::Table { rows, .. } => Some(
            rows.iter()
                .map(|r| r.join("\t"))
                .collect::<Vec<_>>()
                .join("\n"),
        ),
        Block::Image { .. } => None,
    }
}

struct Writer<'a, 'b> {
    dom: &'a Dom,
    ctx: &'a Context<'b>,
    out: &'a mut Output,
    removed: &'a mut Vec<Removed>,
    /// Where in `content` the last image's `<figure>` starts, while nothing has followed it.
    pending_figure: Option<usize>,
    /// Text nodes that end in a photo credit, with their text minus the credit and the credit.
    credited_text: CreditedText,
    /// Ids that in-page links of the article point to, sorted.
    link_targets: Vec<&'a str>,
}

/// How a node takes part in the block structure.
enum Role {
    /// Text and phrasing elements: gathered into an anonymous paragraph.
    Inline,
    /// One whole block (paragraph, heading, list, quote, code, table, figure, image).
    Block,
    /// A wrapper whose children are walked in turn.
    Container,
    /// Nothing for the reader.
    Skip,
}

impl Writer<'_, '_> {
    fn role(&self, id: NodeId) -> Role {
        let dom = self.dom;
        let Some(tag) = dom.tag(id) else {
            return match dom.text(id) {
                Some(_) => Role::Inline,
                None => Role::Container,
            };
        };
        if tag == crate::structure::MATH {
            return if structure::is_own_block(dom, id) {
                Role::Block
            } else {
                Role::Inline
            };
        }
        if tag == crate::structure::EMBED || self.callout(id).is_some() {
            return Role::Block;
        }
        match tag {
            // A paragraph around a player or a displayed formula (`<p><iframe>`) is read as
            // the blocks and runs of text it holds.
            "p" if dom
                .descendant_elements(id)
                .any(|d| structure::is_own_block(dom, d)) =>
            {
                Role::Container
            }
            "p" | "h1" | "h2" | "h3" | "h4" | "h5" | "h6" | "ul" | "ol" | "dl" | "pre" | "hr" => {
                Role::Block
            }
            "blockquote" => Role::Block,
            "table" => {
                if self.is_layout_table(id) {
                    Role::Container
                } else if self.ctx.tables {
                    Role::Block
                } else {
                    Role::Skip
                }
            }
            "figure" | "picture" | "img" => {
                if dom.find_tags(id, "img").next().is_some() || tag == "img" {
                    Role::Block
                } else {
                    Role::Container
                }
            }
            _ if tags::is_never_content(tag) => Role::Skip,
            _ if self.is_figure_like(id) => Role::Block,
            _ if tags::is_block(tag) => Role::Container,
            _ => {
                // An inline element that wraps blocks (`<a><div>…</div></a>`) is a container.
                if dom
                    .descendant_elements(id)
                    .any(|d| dom.tag(d).is_some_and(|t| tags::is_block(t) && t != "img"))
                {
                    Role::Container
                } else {
                    Role::Inline
                }
            }
        }
    }

    /// A table used for page layout holds blocks in its cells; a data table holds short values.
    fn is_layout_table(&self, id: NodeId) -> bool {
        let dom = self.dom;
        if dom.attr(id, "role") == Some("presentation") {
            return true;
        }
        dom.descendants(id).any(|d| {
            matches!(
                dom.tag(d),
                Some(
                    "table" | "p" | "div" | "ul" | "ol" | "blockquote" | "h1" | "h2" | "h3" | "pre"
                )
            )
        })
    }

    /// A `<div>` with one image and a short caption, named like a figure.
    fn is_figure_like(&self, id: NodeId) -> bool {
        let dom = self.dom;
        if !matches!(dom.tag(id), Some("div" | "span" | "section")) {
            return false;
        }
        let mut images = dom.find_tags(id, "img");
        if images.next().is_none() || images.next().is_some() {
            return false;
        }
        if dom.text_len(id) > 400 || dom.find_tags(id, "p").count() > 2 {
            return false;
        }
        ClassNames::of(dom, id).has_word(FIGURE_LIKE_TOKENS)
    }

    fn walk(&mut self, root: NodeId) {
        // Frames: (container, index of the next child, inline run gathered so far).
        let mut frames: Vec<(NodeId, usize, Vec<NodeId>)> = vec![(root, 0, Vec::new())];
        while let Some(frame) = frames.last_mut() {
            let (container, index) = (frame.0, frame.1);
            let children = self.dom.children(container);
            if index >= children.len() {
                let (_, _, run) = frames.pop().unwrap_or((root, 0, Vec::new()));
                self.flush_run(&run);
                continue;
            }
            let child = children[index];
            frame.1 += 1;
            match self.role(child) {
                Role::Inline => frame.2.push(child),
                Role::Skip => {}
                Role::Block => {
                    let run = std::mem::take(&mut frame.2);
                    self.flush_run(&run);
                    self.block(child);
                }
                Role::Container => {
                    let run = std::mem::take(&mut frame.2);
                    self.flush_run(&run);
                    frames.push((child, 0, Vec::new()));
                }
            }
        }
    }

    /// Writes a run of inline nodes as one paragraph.
    fn flush_run(&mut self, run: &[NodeId]) {
        let mut text = String::new();
        let mut html = String::new();
        for &n in run {
            text.push_str(&self.inline_text(n));
            self.write_html_in(n, &["p"], &mut html);
        }
        let text = tidy_text(&text);
        let credits = self.credits_within(run);
        if text.is_empty() && credits.is_empty() {
            return;
        }
        let html = format!("<p>{}</p>", html.trim());
        let parent = run.first().and_then(|&n| self.dom.parent(n));
        self.paragraph(text, html, parent, credits);
    }

    /// Emits a paragraph, unless it is the caption of the image just above it (it carries a photo
    /// credit, or a caption class), in which case it becomes that image's caption and credit. A
    /// credit at the end of an ordinary paragraph is cut off and reported.
    fn paragraph(
        &mut self,
        text: String,
        html: String,
        source: Option<NodeId>,
        mut credits: Vec<String>,
    ) {
        const MAX_CAPTION_CHARS: usize = 400;
        let short = text.chars().count() < MAX_CAPTION_CHARS;
        // Lines (from <br>) are split one by one: slideshow captions put "… (AP Photo/X)" at the end
        // of a line, followed by more lines.
        let mut kept_lines: Vec<String> = Vec::new();
        let credits_from_nodes = credits.len();
        for line in text.split('\n') {
            if line.chars().count() < MAX_CAPTION_CHARS {
                let (rest, credit) = credit::split_credit(line);
                if let Some(c) = credit {
                    credits.push(c);
                    if !rest.is_empty() {
                        kept_lines.push(rest);
                    }
                    continue;
                }
            }
            kept_lines.push(line.to_string());
        }
        let rest = kept_lines.join("\n");
        // Credits cut from text nodes are already gone from `html`; one cut from a whole line is not.
        let html_is_clean = credits.len() == credits_from_nodes;
        let credit = if credits.is_empty() {
            None
        } else {
            Some(credits.join(" "))
        };
        let caption_class =
            source.is_some_and(|n| ClassNames::of(self.dom, n).has_word(CAPTION_TOKENS));
        let follows_bare_image = self.pending_figure.is_some()
            && matches!(
                self.out.blocks.last(),
                Some(Block::Image {
                    caption: None,
                    credit: None,
                    ..
                })
            );
        if short && follows_bare_image && (credit.is_some() || caption_class) {
            if let Some(Block::Image { src, alt, .. }) = self.out.blocks.pop() {
                if let Some(start) = self.pending_figure.take() {
                    self.out.content.truncate(start);
                }
                let caption = Some(rest).filter(|c| !c.is_empty());
                self.emit_image(src, alt, caption, credit);
                return;
            }
        }
        self.pending_figure = None;
        match credit {
            Some(c) => {
                self.note_credit(&c);
                if rest.is_empty() {
                    return;
                }
                if html_is_clean {
                    self.out.content.push_str(&html);
                    self.out.content.push('\n');
                } else {
                    self.out
                        .content
                        .push_str(&format!("<p>{}</p>\n", escape_text(&rest)));
                }
                self.out.blocks.push(Block::Paragraph { text: rest });
            }
            None => {
                self.out.content.push_str(&html);
                self.out.content.push('\n');
                self.out.blocks.push(Block::Paragraph { text });
            }
        }
    }

    fn block(&mut self, id: NodeId) {
        let dom = self.dom;
        let tag = dom.tag(id).unwrap_or("");
        if tag != "p" {
            self.pending_figure = None;
        }
        if tag == crate::structure::MATH {
            return self.display_math(id);
        }
        if tag == crate::structure::EMBED {
            return self.embed(id);
        }
        if let Some(callout) = self.callout(id) {
            return self.write_callout(id, callout);
        }
        if matches!(
            tag,
            "ul" | "ol" | "dl" | "blockquote" | "table" | "h1" | "h2" | "h3" | "h4" | "h5" | "h6"
        ) {
            for c in self.credits_within(&[id]) {
                self.note_credit(&c);
            }
        }
        match tag {
            "p" => {
                let text = tidy_text(&self.inline_text(id));
                let credits = self.credits_within(&[id]);
                if text.is_empty() && credits.is_empty() {
                    if dom.find_tags(id, "img").next().is_some() {
                        self.image(id);
                    }
                    return;
                }
                let mut html = String::new();
                self.write_html(id, &mut html);
                self.paragraph(text, html, Some(id), credits);
            }
            "h1" | "h2" | "h3" | "h4" | "h5" | "h6" => {
                let text = tidy_text(&self.inline_text(id));
                if text.is_empty() {
                    return;
                }
                // The article title is `title`; headings inside the body start at level 2.
                let level = tags::heading_level(tag).unwrap_or(2).max(2);
                let heading = HEADINGS[usize::from(level.clamp(2, 6)) - 2];
                let mut inner = String::new();
                for &c in dom.children(id) {
                    self.write_html_in(c, &[heading], &mut inner);
                }
                self.out
                    .content
                    .push_str(&format!("<h{level}>{}</h{level}>\n", inner.trim()));
                self.out.blocks.push(Block::Heading { level, text });
            }
            "dl" => self.definition_list(id),
            "ul" | "ol" if self.is_note_list(id) => self.footnotes(id),
            "ul" | "ol" => self.list(id),
            "blockquote" => {
                let text = tidy_text(&self.inline_text(id));
                if text.is_empty() {
                    return;
                }
                self.emit_subtree(id, Block::Quote { text });
            }
            "pre" => {
                let text = dom.text_content(id);
                let text = text.trim_matches('\n').to_string();
                if text.trim().is_empty() {
                    return;
                }
                let language = code_language(dom, id);
                let class = language
                    .as_ref()
                    .map(|l| format!(" class=\"language-{}\"", escape_attr(l)))
                    .unwrap_or_default();
                self.out.content.push_str(&format!(
                    "<pre><code{class}>{}</code></pre>\n",
                    escape_text(&text)
                ));
                self.out.blocks.push(Block::Code { text, language });
            }
            "hr" => self.out.content.push_str("<hr>\n"),
            "table" => self.data_table(id),
            _ => self.image(id),
        }
    }

    /// A list: its items' texts (a list of footnotes is written by [`Writer::footnotes`]).
    fn list(&mut self, id: NodeId) {
        let dom = self.dom;
        let tag = dom.tag(id).unwrap_or("");
        let items: Vec<String> = dom
            .children(id)
            .iter()
            .filter(|&&c| matches!(dom.tag(c), Some("li" | "dt" | "dd")))
            .map(|&c| tidy_text(&self.inline_text(c)))
            .filter(|t| !t.is_empty())
            .collect();
        if items.is_empty() {
            return;
        }
        self.emit_subtree(
            id,
            Block::List {
                ordered: tag == "ol",
                start: if tag == "ol" {
                    list_start(dom, id)
                } else {
                    None
                },
                items,
            },
        );
    }

    /// Emits a block whose `content` is the sanitized HTML of its whole subtree.
    fn emit_subtree(&mut self, id: NodeId, block: Block) {
        // Written straight into `content` (taken out while `self` is borrowed to write): a
        // block can be most of a page (a long reference list), and a copy of it beside
        // `content` was the peak of the whole clean on such pages.
        let mut content = std::mem::take(&mut self.out.content);
        self.write_html(id, &mut content);
        content.push('\n');
        self.out.content = content;
        self.out.blocks.push(block);
    }

    /// A text node's text, without a photo credit it ends in.
    fn visible_text(&self, id: NodeId) -> &str {
        match self.credited_text.get(id) {
            Some((rest, _)) => rest,
            None => self.dom.text(id).unwrap_or(""),
        }
    }

    /// Credits cut from text nodes within these subtrees.
    fn credits_within(&self, roots: &[NodeId]) -> Vec<String> {
        if self.credited_text.by_node.is_empty() {
            return Vec::new();
        }
        let mut out = Vec::new();
        for &r in roots {
            for n in std::iter::once(r).chain(self.dom.descendants(r)) {
                if let Some((_, credit)) = self.credited_text.get(n) {
                    out.push(credit.clone());
                }
            }
        }
        out
    }

    /// Text of a subtree with `<br>` as a line break and block boundaries as spaces.
    fn inline_text(&self, id: NodeId) -> String {
        let dom = self.dom;
        let mut out = String::new();
        if dom.text(id).is_some() {
            return page_text(self.visible_text(id)).into_owned();
        }
        if dom.is_tag(id, crate::structure::MATH) {
            return formula_marker(dom, id);
        }
        let mut walk = dom.descendants(id);
        while let Some(n) = walk.next() {
            if dom.text(n).is_some() {
                out.push_str(&page_text(self.visible_text(n)));
            } else if let Some(tag) = dom.tag(n) {
                if tag == crate::structure::MATH {
                    out.push_str(&formula_marker(dom, n));
                    walk.skip_children_of(n);
                } else if tag == crate::structure::EMBED {
                    // A player inside running text: its title (or address) in the blocks, the text
                    // the page shows for it in `textContent`.
                    let label = dom.attr(n, "title").or(dom.attr(n, "url")).unwrap_or("");
                    let shown = dom.attr(n, "text").unwrap_or("");
                    out.push_str(&format!(" {} ", two_forms(label, shown)));
                    walk.skip_children_of(n);
                } else if tag == "br" {
                    out.push('\n');
                } else if tag == "figcaption" {
                    // A picture inside a list item or quote has no image block of its own: its
                    // caption joins the text, its credit does not (the credit rules' split).
                    out.push(' ');
                    out.push_str(&caption_and_credits(dom, n).0);
                    out.push(' ');
                    walk.skip_children_of(n);
                } else if tags::is_never_content(tag) {
                    walk.skip_children_of(n);
                } else if tags::is_block(tag) {
                    out.push(' ');
                }
            }
        }
        out
    }
}

/// An `<ol>`'s `start` number: digits only, at most nine of them (CommonMark's limit for a list
/// number, and within `u32`).
pub fn list_start(dom: &Dom, ol: NodeId) -> Option<u32> {
    let value = dom.attr(ol, "start")?.trim();
    if value.is_empty() || value.len() > 9 || !value.chars().all(|c| c.is_ascii_digit()) {
        return None;
    }
    value.parse().ok()
}

/// The language of a code block from `class="language-x"`/`lang-x`/`highlight-x`, or `data-lang`,
/// on the `<pre>` or its `<code>` (the conventions of highlight.js, Prism, GitHub and Hugo).
fn code_language(dom: &Dom, pre: NodeId) -> Option<String> {
    let nodes = std::iter::once(pre).chain(dom.find_tags(pre, "code").take(1));
    for n in nodes {
        // The name goes into a `class` attribute of `content`: only language-name characters.
        let is_language_name = |l: &str| {
            !l.is_empty()
                && l.len() <= 32
                && l.chars()
                    .all(|ch| ch.is_ascii_alphanumeric() || "+#-_.".contains(ch))
        };
        if let Some(l) = dom.attr(n, "data-lang").or(dom.attr(n, "data-language")) {
            if is_language_name(l.trim()) {
                return Some(l.trim().to_ascii_lowercase());
            }
        }
        if let Some(class) = dom.attr(n, "class") {
            for c in class.split_ascii_whitespace() {
                for prefix in ["language-", "lang-", "highlight-source-", "highlight-"] {
                    if let Some(l) = c.strip_prefix(prefix) {
                        if is_language_name(l) {
                            return Some(l.to_ascii_lowercase());
                        }
                    }
                }
            }
        }
    }
    None
}

/// Collapses whitespace within lines but keeps line breaks that came from `<br>`. Zero-width
/// spaces, byte order marks and soft hyphens are dropped: invisible in a browser, they would
/// otherwise split words in the text (documentation sites put a zero-width space in every heading's
/// anchor link).
fn tidy_text(text: &str) -> String {
    let text: String = text
        .chars()
        .filter(|c| !matches!(c, '\u{200b}' | '\u{feff}' | '\u{ad}'))
        .collect();
    text.split('\n')
        .map(collapse_whitespace)
        .filter(|l| !l.is_empty())
        .collect::<Vec<_>>()
        .join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_picture_in_a_list_item_brings_its_caption_not_its_credit() {
        // Teaser lists (a news section's "Highlights") put a captioned picture in each item; the
        // item's text has no image block to hold the credit, so the credit is left out.
        let story = "<p>The harbour reopened on Monday after a week of repairs to the sea wall, \
                     and the first ferries ran on time.</p>"
            .repeat(4);
        let html = format!(
            "<html><body><article>{story}<ol>\
             <li>Ferries return to the old timetable, with an extra crossing on Fridays.\
             <figure><img src='https://example.com/a.jpg'><figcaption>Boats at dawn. \
             <span class='credit'>Ana Ruiz/Reuters</span></figcaption></figure></li>\
             <li>The wall is rebuilt in stone from the quarry that built the first one.\
             <figure><img src='https://example.com/b.jpg'><figcaption>A gull on the new wall.\
             CreditEtienne Laurent/EPA vía Shutterstock</figcaption></figure></li>\
             </ol></article></body></html>"
        );
        let article = crate::clean(&html, &crate::Options::default()).unwrap();
        let text = &article.text_content;
        assert!(
            text.contains("Boats at dawn.") && text.contains("A gull on the new wall."),
            "{text}"
        );
        assert!(
            text.contains("Ferries return") && text.contains("The wall is rebuilt"),
            "{text} {:?}",
            article.removed
        );
        assert!(
            !text.contains("Reuters") && !text.contains("Etienne"),
            "{text}"
        );
    }

    #[test]
    fn srcset_descriptors_compare_widths_and_densities() {
        assert_eq!(descriptor_size("800w"), 800);
        assert_eq!(descriptor_size("1.5x"), 1500);
        assert_eq!(descriptor_size("2x"), 2000);
        assert_eq!(descriptor_size("junk"), 0);
        assert_eq!(descriptor_size("é"), 0);
    }

    #[test]
    fn srcset_keeps_commas_inside_urls() {
        assert_eq!(
            srcset_candidates("a.jpg 400w, b.jpg 800w,c.jpg"),
            vec![(400, "a.jpg"), (800, "b.jpg"), (1000, "c.jpg")]
        );
        assert_eq!(
            srcset_candidates("data:image/png;base64,AAAA 2x, x.jpg,"),
            vec![(2000, "data:image/png;base64,AAAA"), (1000, "x.jpg")]
        );
        assert_eq!(srcset_candidates(" , ,, "), vec![]);
    }

    fn url_check(base: Option<&str>, raw: &str, image: bool) -> Option<String> {
        let base = base.map(|b| Url::parse(b).unwrap());
        let dom = Dom::new();
        let ctx = Context {
            base_url: base.as_ref(),
            images: true,
            links: true,
            tables: true,
        };
        let mut removed = Vec::new();
        let mut out = Output::default();
        let writer = Writer {
            dom: &dom,
            ctx: &ctx,
            out: &mut out,
            removed: &mut removed,
            pending_figure: None,
            credited_text: CreditedText::default(),
            link_targets: Vec::new(),
        };
        writer.safe_url(raw, image)
    }

    #[test]
    fn script_schemes_are_refused_however_they_are_disguised() {
        let base = Some("https://example.com/a/page.html");
        for raw in [
            "javascript:alert(1)",
            " \u{1}JaVaScRiPt:alert(1)",
            "java\tscript:alert(1)",
            "java\u{200b}script:alert(1)",
            "vbscript:msgbox(1)",
            "data:text/html,<script>alert(1)</script>",
            "data:image/svg+xml,<svg onload=alert(1)>",
            "file:///etc/passwd",
        ] {
            assert_eq!(url_check(base, raw, false), None, "{raw:?} with a base");
            assert_eq!(url_check(None, raw, false), None, "{raw:?} without a base");
            assert_eq!(url_check(None, raw, true), None, "{raw:?} as an image");
        }
        // Raster data images are kept for images only, and only with a real raster type.
        let png = "data:image/png;base64,iVBORw0KGgo=";
        assert_eq!(url_check(None, png, true).as_deref(), Some(png));
        assert_eq!(url_check(None, png, false), None);
        assert_eq!(url_check(None, "data:image/pngx,AAAA", true), None);
    }

    #[test]
    fn web_addresses_are_resolved_and_relative_ones_kept_without_a_base() {
        let base = Some("https://example.com/a/page.html");
        assert_eq!(
            url_check(base, " ../b/c d.html\n", false).as_deref(),
            Some("https://example.com/b/c%20d.html")
        );
        assert_eq!(
            url_check(base, "mailto:x@example.com", false).as_deref(),
            Some("mailto:x@example.com")
        );
        assert_eq!(url_check(base, "mailto:x@example.com", true), None);
        assert_eq!(
            url_check(None, "img/a.jpg", true).as_deref(),
            Some("img/a.jpg")
        );
        assert_eq!(url_check(None, "#notes", false).as_deref(), Some("#notes"));
        // A `file:` page keeps its relative links relative instead of making them `file:` URLs.
        assert_eq!(
            url_check(Some("file:///home/me/page.html"), "b.html", false).as_deref(),
            Some("b.html")
        );
    }
}
