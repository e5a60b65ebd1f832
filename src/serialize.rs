//! Stage 7: turn the cleaned article subtree into the three outputs — typed `blocks`, sanitized
//! `content` HTML and plain `textContent` — in one iterative walk, so they always agree.
//!
//! `content` is built from an allowlist: only the tags and attributes an article needs are written,
//! everything else is unwrapped to its children or dropped, and URLs are checked and made absolute.
//! Image captions are split from their credits here: the credit goes to the image block's `credit`
//! and never into `content`, `textContent` or the caption.

use crate::article::{Block, Removed, RemovedKind};
use crate::dom::{collapse_whitespace, Dom, NodeId};
use crate::measure::class_tokens;
use crate::removal::excerpt;
use crate::rules::credit;
use crate::tags;
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

/// Class/id words that mark the credit part of a caption (`<span class="credit">`,
/// `photo-credit`, `copyright`, `photographer`, `image-source`, German `bildquelle`, French
/// `credit-photo`): what news CMSs wrap credits in.
const CREDIT_TOKENS: &[&str] = &[
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
const CAPTION_TOKENS: &[&str] = &[
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
const FIGURE_LIKE_TOKENS: &[&str] = &[
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

pub fn serialize(
    dom: &Dom,
    article: NodeId,
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
    let texts: Vec<String> = out
        .blocks
        .iter()
        .filter_map(block_text)
        .filter(|t| !t.is_empty())
        .collect();
    out.text_content = texts.join("\n\n");
    out
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
        Block::Code { text, .. } => Some(text.clone()),
        Block::List { items, .. } => Some(items.join("\n")),
        Block::Table { rows } => Some(
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
        match tag {
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
        class_tokens(dom, id)
            .iter()
            .any(|t| FIGURE_LIKE_TOKENS.contains(&t.as_str()))
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
        let caption_class = source.is_some_and(|n| {
            class_tokens(self.dom, n)
                .iter()
                .any(|t| CAPTION_TOKENS.contains(&t.as_str()))
        });
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

    fn note_credit(&mut self, credit: &str) {
        self.removed.push(Removed {
            kind: RemovedKind::Credit,
            text: excerpt(credit),
            reason: "image credit moved to the image's credit field".to_string(),
        });
    }

    /// Writes one image block and its `<figure>`, remembering where the figure starts so a caption
    /// paragraph that follows can still be folded into it.
    fn emit_image(
        &mut self,
        src: String,
        alt: Option<String>,
        caption: Option<String>,
        credit: Option<String>,
    ) {
        if let Some(c) = &credit {
            self.note_credit(c);
        }
        let start = self.out.content.len();
        self.out.content.push_str("<figure><img src=\"");
        self.out.content.push_str(&escape_attr(&src));
        self.out.content.push('"');
        if let Some(a) = &alt {
            self.out
                .content
                .push_str(&format!(" alt=\"{}\"", escape_attr(a)));
        }
        self.out.content.push('>');
        if let Some(c) = &caption {
            self.out
                .content
                .push_str(&format!("<figcaption>{}</figcaption>", escape_text(c)));
        }
        self.out.content.push_str("</figure>\n");
        self.out.blocks.push(Block::Image {
            src,
            alt,
            caption,
            credit,
        });
        self.pending_figure = Some(start);
    }

    fn block(&mut self, id: NodeId) {
        let dom = self.dom;
        let tag = dom.tag(id).unwrap_or("");
        if tag != "p" {
            self.pending_figure = None;
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
            "ul" | "ol" | "dl" => {
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
            "table" => self.table(id),
            _ => self.image(id),
        }
    }

    fn table(&mut self, id: NodeId) {
        let dom = self.dom;
        let rows: Vec<Vec<String>> = dom
            .find_tags(id, "tr")
            .map(|tr| {
                dom.children(tr)
                    .iter()
                    .filter(|&&c| matches!(dom.tag(c), Some("td" | "th")))
                    .map(|&c| tidy_text(&self.inline_text(c)))
                    .collect::<Vec<_>>()
            })
            .filter(|r: &Vec<String>| r.iter().any(|c| !c.is_empty()))
            .collect();
        if rows.is_empty() {
            return;
        }
        self.emit_subtree(id, Block::Table { rows });
    }

    /// Emits a block whose `content` is the sanitized HTML of its whole subtree.
    fn emit_subtree(&mut self, id: NodeId, block: Block) {
        let mut html = String::new();
        self.write_html(id, &mut html);
        self.out.content.push_str(&html);
        self.out.content.push('\n');
        self.out.blocks.push(block);
    }

    /// A figure, picture, lone image or figure-like wrapper: one image block with the caption and
    /// the credit kept apart.
    fn image(&mut self, id: NodeId) {
        if !self.ctx.images {
            return;
        }
        let dom = self.dom;
        let img = if dom.is_tag(id, "img") {
            Some(id)
        } else {
            dom.find_tags(id, "img").next()
        };
        let Some(img) = img else { return };
        if is_tracking_pixel(dom, img) {
            return;
        }
        let Some(src) = self.image_source(id, img) else {
            return;
        };
        let alt = dom
            .attr(img, "alt")
            .map(collapse_whitespace)
            .filter(|a| !a.is_empty());

        // Credit elements inside the figure are read apart from the caption text.
        let mut credit_parts: Vec<String> = Vec::new();
        let mut caption_text = String::new();
        let caption_root = dom.find_tags(id, "figcaption").next().or_else(|| {
            if dom.is_tag(id, "img") {
                None
            } else {
                Some(id)
            }
        });
        if let Some(cap) = caption_root {
            let mut walk = dom.descendants(cap);
            while let Some(n) = walk.next() {
                if let Some(t) = dom.text(n) {
                    caption_text.push_str(t);
                } else if dom.element(n).is_some() {
                    let tokens = class_tokens(dom, n);
                    if tokens.iter().any(|t| CREDIT_TOKENS.contains(&t.as_str())) {
                        let c = dom.normalized_text(n);
                        if !c.is_empty() {
                            credit_parts.push(c);
                        }
                        caption_text.push(' ');
                        walk.skip_children_of(n);
                    } else if dom.is_tag(n, "br") || dom.tag(n).is_some_and(tags::is_block) {
                        caption_text.push(' ');
                    }
                }
            }
        }
        let (caption, split_off) = credit::split_credit(&collapse_whitespace(&caption_text));
        if let Some(c) = split_off {
            credit_parts.push(c);
        }
        let caption = Some(collapse_whitespace(&caption)).filter(|c| !c.is_empty());
        let credit = if credit_parts.is_empty() {
            None
        } else {
            Some(credit_parts.join(" "))
        };
        self.emit_image(src, alt, caption, credit);
    }

    /// The best address for an image: the largest safe `srcset` candidate of the `<img>` or its
    /// `<picture>` sources, else `src`; made absolute and checked. A hostile or broken candidate
    /// is skipped rather than costing the image its good `src`.
    fn image_source(&self, container: NodeId, img: NodeId) -> Option<String> {
        let dom = self.dom;
        let mut candidates: Vec<(u64, &str)> = std::iter::once(img)
            .chain(dom.find_tags(container, "source"))
            .filter_map(|n| dom.attr(n, "srcset"))
            .flat_map(srcset_candidates)
            .collect();
        // Largest first; the sort is stable, so equal sizes keep document order.
        candidates.sort_by_key(|c| std::cmp::Reverse(c.0));
        candidates
            .into_iter()
            .map(|(_, url)| url)
            .chain(dom.attr(img, "src"))
            .find_map(|raw| self.safe_url(raw, true))
    }

    /// A URL that is safe to put in `content`: http(s), mailto, tel, in-page anchors, and (for
    /// images) raster `data:` images; relative URLs made absolute against the page address.
    ///
    /// The value has already been entity-decoded by the parser. It is first cleaned the way a
    /// browser's URL parser cleans it (WHATWG URL: leading and trailing C0 controls and spaces
    /// trimmed, tabs and newlines removed anywhere), then parsed with the `url` crate, which
    /// implements that same standard, so the scheme checked here is the scheme a browser would
    /// see. Independently, a scheme probe with every control, whitespace and invisible format
    /// character removed must not name a script-capable scheme: `java&#8203;script:` is no scheme
    /// to a browser today, but nothing is lost by refusing it.
    fn safe_url(&self, raw: &str, image: bool) -> Option<String> {
        let cleaned: String = raw
            .trim_matches(|c: char| c <= ' ')
            .chars()
            .filter(|c| !matches!(c, '\t' | '\n' | '\r'))
            .collect();
        if cleaned.is_empty() || names_script_scheme(&cleaned, image) {
            return None;
        }
        if cleaned.starts_with('#') {
            return Some(cleaned);
        }
        if image && is_raster_data_url(&cleaned) {
            return Some(cleaned);
        }
        let allowed = |u: &Url| match u.scheme() {
            "http" | "https" => true,
            "mailto" | "tel" => !image,
            _ => false,
        };
        // Only a web page's address is a useful base: relative links under a `file:` or
        // `about:` base would resolve to schemes the reader cannot follow.
        let base = self
            .ctx
            .base_url
            .filter(|b| matches!(b.scheme(), "http" | "https"));
        if let Some(base) = base {
            let resolved = base.join(&cleaned).ok()?;
            return allowed(&resolved).then(|| resolved.to_string());
        }
        match Url::parse(&cleaned) {
            Ok(absolute) => allowed(&absolute).then(|| absolute.to_string()),
            // No base: the link stays relative, which is safe only if resolving it against any
            // web page gives a web address (a relative reference cannot change the scheme, and
            // this proves it for this string).
            Err(url::ParseError::RelativeUrlWithoutBase) => {
                let stand_in = Url::parse("https://relative.invalid/").ok()?;
                let resolved = stand_in.join(&cleaned).ok()?;
                allowed(&resolved).then_some(cleaned)
            }
            Err(_) => None,
        }
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
            return self.visible_text(id).to_string();
        }
        let mut walk = dom.descendants(id);
        while let Some(n) = walk.next() {
            if dom.text(n).is_some() {
                out.push_str(self.visible_text(n));
            } else if let Some(tag) = dom.tag(n) {
                if tag == "br" {
                    out.push('\n');
                } else if tags::is_never_content(tag) {
                    walk.skip_children_of(n);
                } else if tags::is_block(tag) {
                    out.push(' ');
                }
            }
        }
        out
    }

    /// Writes the sanitized HTML of a subtree: allowlisted tags with allowlisted attributes;
    /// other elements are unwrapped; script-capable ones are dropped with their content.
    fn write_html(&self, id: NodeId, out: &mut String) {
        self.write_html_in(id, &[], out)
    }

    /// [`Writer::write_html`] inside elements already written around it (`context`, outermost
    /// first: the `<p>` of an inline run, the `<h2>` of a heading), so the structure rules of
    /// [`structural_fit`] see them.
    fn write_html_in(&self, id: NodeId, context: &[&'static str], out: &mut String) {
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
            if tags::is_never_content(tag) {
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
    fn allowed_name(&self, node: NodeId, tag: &str) -> Option<&'static str> {
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
    fn open_tag(&self, node: NodeId, name: &'static str, out: &mut String) {
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
        out.push('<');
        out.push_str(name);
        out.push_str(&attrs);
        out.push('>');
    }
}

const HEADINGS: [&str; 5] = ["h2", "h3", "h4", "h5", "h6"];

/// Whether an allowlisted element can be written where it is, given the elements open around it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Fit {
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
fn structural_fit(name: &str, open: &[&str]) -> Fit {
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
fn in_scope(open: &[&str], name: &str, bounds: &[&str]) -> bool {
    open.iter()
        .rev()
        .take_while(|e| !bounds.contains(e))
        .any(|&e| e == name)
}

/// Inside a table's structure (not in a cell), where only table parts may stand.
fn in_table_structure(open: &[&str]) -> bool {
    matches!(
        open.last(),
        Some(&("table" | "thead" | "tbody" | "tfoot" | "tr"))
    )
}

/// HTML's ASCII whitespace, the only text the parser leaves between table parts.
fn is_html_space(c: char) -> bool {
    matches!(c, ' ' | '\t' | '\n' | '\x0C' | '\r')
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

/// The candidates of a `srcset` value as (size, url), following the HTML standard's parsing: a URL
/// is a run of non-whitespace (so the comma inside a `data:` URL stays in it), trailing commas end
/// a candidate with no descriptor, and descriptors run up to the next comma.
fn srcset_candidates(srcset: &str) -> Vec<(u64, &str)> {
    let mut out = Vec::new();
    let mut rest = srcset;
    loop {
        rest = rest.trim_start_matches(|c: char| c.is_ascii_whitespace() || c == ',');
        if rest.is_empty() {
            break;
        }
        let url_end = rest
            .find(|c: char| c.is_ascii_whitespace())
            .unwrap_or(rest.len());
        let (url, after) = rest.split_at(url_end);
        let trimmed = url.trim_end_matches(',');
        if trimmed.len() < url.len() {
            // "a.jpg," — the comma ended the candidate.
            if !trimmed.is_empty() {
                out.push((1000, trimmed));
            }
            rest = after;
            continue;
        }
        let descriptors_end = after.find(',').unwrap_or(after.len());
        let (descriptors, next) = after.split_at(descriptors_end);
        let size = descriptors
            .split_ascii_whitespace()
            .next()
            .map(descriptor_size)
            .unwrap_or(1000);
        out.push((size, url));
        rest = next;
    }
    out
}

/// Whether a URL, with every control, whitespace and invisible format character removed and
/// letters lowercased, starts with a scheme that can run script or render a document:
/// `javascript:`, `vbscript:` (old IE), `livescript:`/`mocha:` (old Netscape), and `data:` other
/// than a raster image (`data:text/html` and `data:image/svg+xml` both run script).
fn names_script_scheme(url: &str, image: bool) -> bool {
    let probe: String = url
        .chars()
        .filter(|&c| !c.is_control() && !c.is_whitespace() && !is_invisible_format(c))
        .take(64)
        .map(|c| c.to_ascii_lowercase())
        .collect();
    if ["javascript:", "vbscript:", "livescript:", "mocha:"]
        .iter()
        .any(|s| probe.starts_with(s))
    {
        return true;
    }
    probe.starts_with("data:") && !(image && is_raster_data_url(&probe))
}

/// Characters that render as nothing (zero-width spaces and joiners, direction marks, word
/// joiner, soft hyphen, BOM): a reader cannot see them in a link, so they must not hide a scheme.
fn is_invisible_format(c: char) -> bool {
    matches!(c, '\u{ad}' | '\u{200b}'..='\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2060}'..='\u{2064}' | '\u{feff}')
}

/// `data:image/png`, `jpeg`, `gif` or `webp`, the type ending at `;` or `,`: raster formats that
/// cannot carry script (SVG can, so it is not here).
fn is_raster_data_url(url: &str) -> bool {
    const PREFIX: &str = "data:image/";
    let Some(after) = url
        .get(..PREFIX.len())
        .filter(|p| p.eq_ignore_ascii_case(PREFIX))
        .and_then(|_| url.get(PREFIX.len()..))
    else {
        return false;
    };
    ["png", "jpeg", "gif", "webp"].iter().any(|t| {
        after
            .get(..t.len())
            .is_some_and(|p| p.eq_ignore_ascii_case(t))
            && matches!(after.as_bytes().get(t.len()), Some(b';' | b','))
    })
}

/// A srcset descriptor ("800w", "1.5x") as a comparable whole number: widths as given, densities
/// in thousandths (1.5x → 1500). Parsed by hand: a float parser would be linked into the
/// WebAssembly module for this alone.
fn descriptor_size(descriptor: &str) -> u64 {
    let Some((last, _)) = descriptor.char_indices().next_back() else {
        return 0;
    };
    let (number, unit) = descriptor.split_at(last);
    let scale: u64 = match unit {
        "w" => 1,
        "x" => 1000,
        _ => return 0,
    };
    let (whole, fraction) = number.split_once('.').unwrap_or((number, ""));
    let whole: u64 = whole.parse().unwrap_or(0);
    let mut thousandths = 0u64;
    let mut place = 100u64;
    for c in fraction.chars().take(3) {
        thousandths += c.to_digit(10).map(u64::from).unwrap_or(0) * place;
        place /= 10;
    }
    if scale == 1 {
        whole
    } else {
        whole.saturating_mul(1000).saturating_add(thousandths)
    }
}

fn is_void(tag: &str) -> bool {
    matches!(tag, "br" | "hr" | "img")
}

/// One-pixel trackers and spacer images carry nothing for a reader.
fn is_tracking_pixel(dom: &Dom, img: NodeId) -> bool {
    let tiny = |a: &str| {
        dom.attr(img, a)
            .and_then(|v| v.trim().trim_end_matches("px").parse::<u32>().ok())
            .is_some_and(|v| v <= 2)
    };
    tiny("width") || tiny("height")
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

#[cfg(test)]
mod tests {
    use super::*;

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
