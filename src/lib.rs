//! articlean: turns a raw web page into a clean, structured article.
//!
//! The public API is [`clean`] (and its byte and owned forms), [`is_probably_readerable`], the
//! output types ([`Article`], [`Block`], [`Removed`]), [`Options`] / [`Limits`] and
//! [`CleanError`]; the JavaScript API is in `wasm` (wasm32 only).
//!
//! Inside, one module per stage, in the order [`clean`] runs them: `parse` (html5ever → arena
//! DOM) → `metadata` (title, byline, dates; read before anything is removed, since JSON-LD lives
//! in `<script>`) → `prepare` (scripts, hidden nodes, lazy images) → `boilerplate` (consent
//! notices, ads, navigation, share bars, …) → `candidates` (which element is the article) →
//! `prune` (furniture inside the article) → `serialize` (blocks, sanitized HTML, text). A retry
//! ladder (`ladder.rs`) reruns the stages after metadata with fewer rules when too little text
//! survives. ARCHITECTURE.md has the whole picture.
//!
//! ```
//! let html = "<html><head><title>Hello</title></head><body><article><p>Some words of an \
//!             article.</p></article></body></html>";
//! let article = articlean::clean(html, &articlean::Options::default()).unwrap();
//! assert_eq!(article.text_content, "Some words of an article.");
//! ```

#![forbid(unsafe_code)]

pub mod article;
mod boilerplate;
mod candidates;
mod comments;
mod dates;
mod decode;
mod dom;
pub mod error;
mod ladder;
mod markdown;
mod measure;
mod metadata;
pub mod options;
mod page_type;
mod parse;
mod prepare;
mod prune;
mod readerable;
mod removal;
mod rules;
mod serialize;
mod structure;
mod tags;
mod text;
mod tracking;
/// The JavaScript API (`clean`, `cleanBytes`, `isProbablyReaderable`), compiled for wasm32 only.
#[cfg(target_arch = "wasm32")]
pub mod wasm;

pub use article::{
    Article, Block, Comment, Definition, PageType, Removed, RemovedKind, SCHEMA_VERSION,
};
pub use error::CleanError;
pub use options::{Favor, Format, Limits, Options};
pub use readerable::{is_probably_readerable, Readerable};

use dom::Dom;
use ladder::Rules;
use url::Url;

/// Cleans a page given as text.
pub fn clean(html: &str, options: &Options) -> Result<Article, CleanError> {
    clean_source(source_within_limits(html, options)?, options)
}

/// [`clean`] for a caller that can give the page text away: it is freed as soon as the parser has
/// its own copy, which lowers the peak memory by one page size (the CLI and the wasm edge use it).
pub fn clean_owned(html: String, options: &Options) -> Result<Article, CleanError> {
    let source = source_within_limits(&html, options)?;
    drop(html);
    clean_source(source, options)
}

/// [`clean_bytes`] for a caller that can give the bytes away: they are freed as soon as the parser
/// has the decoded text (the CLI uses it).
pub fn clean_bytes_owned(
    bytes: Vec<u8>,
    content_type: Option<&str>,
    options: &Options,
) -> Result<Article, CleanError> {
    let source = {
        let text = decode_within_limits(&bytes, content_type, options)?;
        source_within_limits(&text, options)?
    };
    drop(bytes);
    clean_source(source, options)
}

/// The parser's copy of the text, made only when the text is within the input limit.
fn source_within_limits(html: &str, options: &Options) -> Result<parse::PageSource, CleanError> {
    options.limits.check_input(html.len())?;
    Ok(parse::PageSource::new(html))
}

/// Cleans a page given as raw bytes, detecting its character encoding (BOM, `contentType`'s
/// charset, `<meta charset>`, else UTF-8 when valid, else windows-1252).
pub fn clean_bytes(
    bytes: &[u8],
    content_type: Option<&str>,
    options: &Options,
) -> Result<Article, CleanError> {
    let text = decode_within_limits(bytes, content_type, options)?;
    clean(&text, options)
}

/// The page's text, decoded as [`clean_bytes`] describes; the input limit is checked first, so an
/// oversized page costs no decoding work.
fn decode_within_limits<'a>(
    bytes: &'a [u8],
    content_type: Option<&str>,
    options: &Options,
) -> Result<std::borrow::Cow<'a, str>, CleanError> {
    options.limits.check_input(bytes.len())?;
    Ok(decode::decode(bytes, content_type))
}

/// [`is_probably_readerable`] for a page given as raw bytes, decoded as [`clean_bytes`] decodes
/// them.
pub fn is_probably_readerable_bytes(bytes: &[u8], content_type: Option<&str>) -> Readerable {
    is_probably_readerable(&decode::decode(bytes, content_type))
}

/// The character encoding [`clean_bytes`] reads `bytes` in, by its WHATWG name ("UTF-8",
/// "windows-1251", "Shift_JIS"): the byte-order mark, then `content_type`'s charset, then
/// `<meta charset>`, then detection. For callers that store or show how a page was read.
pub fn detect_encoding(bytes: &[u8], content_type: Option<&str>) -> &'static str {
    decode::sniff(bytes, content_type).name()
}

/// The size of a page's parsed tree, what most of a clean's memory goes to (see
/// [`dom_footprint`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DomFootprint {
    /// Nodes in the tree (the document, elements and text nodes).
    pub nodes: usize,
    /// Heap bytes the tree holds: nodes, child lists, names, texts and attribute values.
    pub bytes: usize,
}

/// Parses a page given as raw bytes as [`clean_bytes`] does and measures the tree, without
/// extracting anything: for planning memory on large pages (the CLI's `--dom-footprint`).
pub fn dom_footprint(
    bytes: &[u8],
    content_type: Option<&str>,
    options: &Options,
) -> Result<DomFootprint, CleanError> {
    let text = decode_within_limits(bytes, content_type, options)?;
    let dom = parse::parse_html(&text, &options.limits)?;
    Ok(DomFootprint {
        nodes: dom.len(),
        bytes: dom.heap_bytes(),
    })
}

fn base_url(dom: &Dom, options: &Options) -> Option<Url> {
    let given = options.url.as_deref().and_then(|u| Url::parse(u).ok());
    let base_tag = dom
        .find_tags(dom.root(), "base")
        .find_map(|b| dom.attr(b, "href").map(str::to_string));
    match (given, base_tag) {
        (Some(page), Some(base)) => page.join(&base).ok().or(Some(page)),
        (Some(page), None) => Some(page),
        (None, Some(base)) => Url::parse(&base).ok(),
        (None, None) => None,
    }
}

/// The discussion pass runs only on a page whose own text is shorter than this: a story page
/// that is a link out and a line. A short post with a long comment thread (a blog's "open
/// thread") is still the post.
const DISCUSSION_PASS_MAX_CHARS: usize = 200;

/// The page's own address, for what it says about the page: the one the caller gave, else the
/// canonical address the page states. A `<base>` element only says where links resolve (often the
/// site's root on every page), so it is the last resort.
fn page_address(meta: &metadata::Metadata, base: Option<&Url>, options: &Options) -> Option<Url> {
    let given = options.url.as_deref().and_then(|u| Url::parse(u).ok());
    let canonical = meta
        .canonical_url
        .as_deref()
        .and_then(|u| Url::parse(u).ok());
    given.or(canonical).or_else(|| base.cloned())
}

/// Parses and cleans. Each rung of the retry ladder needs the page as it was before boilerplate
/// removal; rather than keep a pristine copy of every page (twice the DOM's memory, and a deep copy
/// that cost more time than parsing), the first rung works on the parsed page itself and the rare
/// later rungs parse the text again. Parsing is deterministic, so node ids found on the first parse
/// (the byline's) are valid on every re-parse.
fn clean_source(html: parse::PageSource, options: &Options) -> Result<Article, CleanError> {
    let mut work = Work {
        left: options.limits.work_budget(html.byte_len()),
        limit: options.limits.work_budget(html.byte_len()),
    };
    work.spend_parse(html.byte_len())?;
    let parse::Parsed {
        dom: first_parse,
        dropped_attributes,
    } = parse::parse_source(&html, &options.limits)?;
    first_parse.set_work_left(work.left);
    let (meta, base, kind) = describe_page(&first_parse, options);
    work.check(&first_parse)?;
    let page_type::PageKind {
        page_type,
        comments_are_posts,
        noscript_chars,
    } = kind;
    let comments = options.comments.then(|| comments::extract(&first_parse));
    let ctx = serialize::Context {
        base_url: base.as_ref(),
        images: options.images,
        links: options.links,
        tables: options.tables,
    };
    let mut first_parse = Some(first_parse);
    let mut best: Option<(serialize::Output, Vec<Removed>)> = None;
    // Characters of `best`'s text (0 while there is none).
    let mut best_length = 0;
    let items_first = ladder::items_first(page_type);
    let mut best_from_items = false;
    let mut gate = PassGate {
        char_threshold: options.char_threshold,
        noscript_chars,
        comments_are_posts,
        revealable_chars: None,
    };
    for rules in ladder::passes(page_type, comments_are_posts) {
        if gate.skips(&rules, best_length) {
            continue;
        }
        let mut dom = match first_parse.take() {
            Some(dom) => dom,
            None => {
                work.spend_parse(html.byte_len())?;
                let dom = parse::parse_source(&html, &options.limits)?.dom;
                dom.set_work_left(work.left);
                dom
            }
        };
        if rules.hidden_content && gate.revealable_chars.is_none() {
            gate.revealable_chars = Some(prepare::revealable_chars(&dom));
            if gate.skips(&rules, best_length) {
                continue;
            }
        }
        let mut removed: Vec<Removed> = cut_attributes(dropped_attributes, options)
            .into_iter()
            .collect();
        let rung = Rung {
            rules,
            meta: &meta,
            ctx: &ctx,
            options,
        };
        let output = rung.clean(&mut dom, &mut work, &mut removed)?;
        let length = output.text_content.chars().count();
        let long_enough = length >= options.char_threshold;
        let better = best.is_none() || length > gate.to_beat(&rules, best_length);
        if better {
            best = Some((output, removed));
            best_length = length;
            best_from_items = rules.items_are_content && !items_first;
        }
        if long_enough {
            break;
        }
    }
    let (output, removed) = best.unwrap_or_default();
    let mut article = build_article(meta, output, removed, options);
    article.comments = comments;
    // Read only as a list of items, a page typed an article or a home page (service) is a listing.
    let weakly_typed = matches!(page_type, PageType::Article | PageType::Service);
    let listing = best_from_items && weakly_typed;
    article.page_type = Some(if listing {
        PageType::Listing
    } else {
        page_type
    });
    if options.format == options::Format::Markdown {
        article.markdown = Some(markdown_within(&article, &mut work)?);
    }
    Ok(article)
}

/// What the page says about itself, read before anything is removed: its metadata, the base
/// address its links resolve against, and its kind. A thread with no stated author takes its
/// first post's.
fn describe_page(
    dom: &Dom,
    options: &Options,
) -> (metadata::Metadata, Option<Url>, page_type::PageKind) {
    let mut base = base_url(dom, options);
    let mut meta = metadata::extract(dom, base.as_ref());
    if base.is_none() {
        base = meta
            .canonical_url
            .as_deref()
            .and_then(|u| Url::parse(u).ok());
    }
    let address = page_address(&meta, base.as_ref(), options);
    let kind = page_type::classify(dom, &meta, address.as_ref());
    if kind.page_type == PageType::Forum && meta.byline.is_none() {
        meta.byline = metadata::thread_starter(dom);
    }
    (meta, base, kind)
}

/// Whether a later pass of the ladder is worth running, and what its text must beat.
struct PassGate {
    char_threshold: usize,
    /// Text characters inside `<noscript>`.
    noscript_chars: usize,
    /// Whether the page's comment-classed elements are its posts from the first pass.
    comments_are_posts: bool,
    /// Characters in script-hidden blocks, counted on the first reveal pass.
    revealable_chars: Option<usize>,
}

impl PassGate {
    /// The noscript, reveal and discussion passes run only when everything before found too
    /// little and what they add holds more: `<noscript>` more text than was found, script-hidden
    /// blocks at least twice as much (a page that shows a short text hides its extras, a second
    /// language, a spoiler, a tab, beside it), and the discussion pass only on a page with almost
    /// no text of its own.
    fn skips(&self, rules: &Rules, best_length: usize) -> bool {
        let thin = best_length < self.char_threshold;
        let noscript_useless = !thin || self.noscript_chars <= best_length;
        let reveal_useless = !thin
            || self
                .revealable_chars
                .is_some_and(|chars| chars <= 2 * best_length);
        (rules.noscript_content && noscript_useless)
            || (rules.hidden_content && reveal_useless)
            || (self.is_discussion_pass(rules) && best_length >= DISCUSSION_PASS_MAX_CHARS)
    }

    fn is_discussion_pass(&self, rules: &Rules) -> bool {
        rules.comments_are_posts && !self.comments_are_posts
    }

    /// The length a pass's text must exceed to replace the best so far. Read as a discussion, a
    /// page wins only with several times the text: a short page with a few comments under it is
    /// still that page.
    fn to_beat(&self, rules: &Rules, best_length: usize) -> usize {
        if self.is_discussion_pass(rules) {
            3 * best_length
        } else {
            best_length
        }
    }
}

/// The `removed` entry for attributes the parser's cap cut (`limits.maxAttributes`), if any.
fn cut_attributes(dropped: usize, options: &Options) -> Option<Removed> {
    (dropped > 0).then(|| Removed {
        kind: RemovedKind::Other,
        text: format!("{dropped} attributes"),
        reason: format!(
            "attributes past limits.maxAttributes ({} per element)",
            options.limits.max_attributes
        ),
    })
}

/// The Markdown writer re-parses `content` and walks it: metered like the other stages.
fn markdown_within(article: &Article, work: &mut Work) -> Result<String, CleanError> {
    work.spend_parse(article.content.len())?;
    let (markdown, left) = markdown::to_markdown_within(article, work.left);
    if left == 0 {
        return Err(CleanError::WorkLimit { limit: work.limit });
    }
    Ok(markdown)
}

/// One rung of the retry ladder over one parse of the page.
struct Rung<'a, 'b> {
    rules: Rules,
    meta: &'a metadata::Metadata,
    ctx: &'a serialize::Context<'b>,
    options: &'a Options,
}

impl Rung<'_, '_> {
    /// The stages after metadata, each followed by a look at the work budget.
    fn clean(
        &self,
        dom: &mut Dom,
        work: &mut Work,
        removed: &mut Vec<Removed>,
    ) -> Result<serialize::Output, CleanError> {
        detach_byline_lines(dom, &self.meta.byline_nodes);
        let structure = structure::normalize(dom);
        prepare::prepare(dom, &self.rules, removed);
        if self.options.strip_tracking {
            tracking::strip_tracking_from_links(dom);
        }
        work.check(dom)?;
        boilerplate::remove_boilerplate(dom, &self.rules, removed);
        work.check(dom)?;
        let body = dom.body().unwrap_or(dom.root());
        candidates::normalize_paragraphs(dom, body);
        let article = candidates::select_article(dom, &self.rules).unwrap_or(body);
        work.check(dom)?;
        prune::prune(
            dom,
            article,
            self.meta.title.as_deref(),
            self.options.favor,
            &self.rules,
            removed,
        );
        work.check(dom)?;
        let output = serialize::serialize(dom, article, structure.notes, self.ctx, removed);
        work.check(dom)?;
        Ok(output)
    }
}

/// The work budget of one clean (`limits.maxWork`): parsing spends a unit per byte, and the DOM
/// meters its walks (see `Dom::set_work_left`). When the walks run out, every later walk ends at
/// once, so the stage under way finishes quickly and the next check reports it.
struct Work {
    left: u64,
    limit: u64,
}

impl Work {
    fn spend_parse(&mut self, bytes: usize) -> Result<(), CleanError> {
        self.left = self
            .left
            .checked_sub(bytes as u64)
            .ok_or(CleanError::WorkLimit { limit: self.limit })?;
        Ok(())
    }

    fn check(&mut self, dom: &Dom) -> Result<(), CleanError> {
        self.left = dom.work_left();
        if self.left == 0 {
            return Err(CleanError::WorkLimit { limit: self.limit });
        }
        Ok(())
    }
}

/// Removes the visible byline and date elements (they are in `byline`/`publishedTime`), together
/// with the line around them when that line holds little else ("Par – , mis à jour à 09:02").
fn detach_byline_lines(dom: &mut Dom, nodes: &[dom::NodeId]) {
    const SLACK_CHARS: usize = 40;
    for &n in nodes {
        let own = dom.text_len(n);
        let mut target = n;
        for a in dom.ancestors(n) {
            if dom
                .tag(a)
                .is_none_or(|t| matches!(t, "body" | "html" | "article" | "main"))
            {
                break;
            }
            if dom.text_len(a) > own + SLACK_CHARS {
                break;
            }
            target = a;
        }
        dom.detach(target);
    }
}

fn build_article(
    meta: metadata::Metadata,
    output: serialize::Output,
    removed: Vec<Removed>,
    options: &Options,
) -> Article {
    let excerpt = meta.excerpt.clone().or_else(|| {
        output.blocks.iter().find_map(|b| match b {
            Block::Paragraph { text } if text.chars().count() > 40 => Some(first_sentences(text)),
            _ => None,
        })
    });
    let length = output.text_content.chars().count();
    let word_count = count_words(&output.text_content);
    // The page's direction goes with its content: a right-to-left article shown or pasted
    // elsewhere must not be laid out left to right.
    let content = match meta.dir.as_deref() {
        Some("rtl") if !output.content.is_empty() => {
            format!("<div dir=\"rtl\">{}</div>", output.content)
        }
        _ => output.content,
    };
    let mut article = Article {
        schema_version: SCHEMA_VERSION,
        title: meta.title,
        byline: meta.byline,
        dir: meta.dir,
        lang: meta.lang,
        excerpt,
        site_name: meta.site_name,
        published_time: meta.published_time,
        modified_time: meta.modified_time,
        url: meta.canonical_url.or_else(|| options.url.clone()),
        page_type: None,
        lead_image: meta.lead_image,
        content,
        text_content: output.text_content,
        length,
        word_count,
        blocks: output.blocks,
        removed: if options.explain { removed } else { Vec::new() },
        comments: None,
        markdown: None,
        plain_text: None,
    };
    match options.format {
        options::Format::Html => {}
        // Written by `clean_source`, within the work budget.
        options::Format::Markdown => {}
        options::Format::Text => article.plain_text = Some(text::to_plain_text(&article)),
    }
    article
}

/// The opening of a paragraph, cut at a sentence end near 200 characters.
fn first_sentences(text: &str) -> String {
    const MAX: usize = 200;
    if text.chars().count() <= MAX {
        return text.to_string();
    }
    let cut: String = text.chars().take(MAX).collect();
    let sentence_end = cut
        .char_indices()
        .filter(|&(_, c)| matches!(c, '.' | '!' | '?' | '。' | '！' | '？'))
        .map(|(i, c)| i + c.len_utf8())
        .next_back();
    match sentence_end {
        Some(end) if end > 40 => cut[..end].to_string(),
        _ => format!("{}…", cut.trim_end()),
    }
}

/// Words separated by whitespace; each CJK ideograph, kana or Hangul syllable counts as one word,
/// as word processors count them; in Thai, Lao, Khmer and Myanmar, which are written without spaces
/// and cannot be split into words without a dictionary, a run of letters counts as one word per
/// [`rules::UNSPACED_LETTERS_PER_WORD`] letters (vowel and tone marks not counted).
pub(crate) fn count_words(text: &str) -> usize {
    let mut count = 0;
    let mut in_word = false;
    // Letters of the current Thai-like run.
    let mut run_letters = 0;
    let close_run = |run: &mut usize, count: &mut usize| {
        if *run > 0 {
            *count += run.div_ceil(rules::UNSPACED_LETTERS_PER_WORD);
            *run = 0;
        }
    };
    for c in text.chars() {
        let cjk = matches!(c as u32, 0x3040..=0x30FF | 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xAC00..=0xD7AF | 0xF900..=0xFAFF);
        if rules::is_unspaced_script(c) && !cjk {
            if c.is_alphabetic() && !rules::is_combining_mark(c) {
                run_letters += 1;
            }
            in_word = false;
            continue;
        }
        close_run(&mut run_letters, &mut count);
        if cjk {
            count += 1;
            in_word = false;
        } else if c.is_whitespace() {
            in_word = false;
        } else if !in_word && c.is_alphanumeric() {
            count += 1;
            in_word = true;
        }
    }
    close_run(&mut run_letters, &mut count);
    count
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_are_counted_in_scripts_without_spaces() {
        assert_eq!(count_words("The quick brown fox"), 4);
        assert_eq!(count_words("北京举行"), 4);
        // "Thailand has a new government" in Thai: รัฐบาล|ใหม่|ของ|ประเทศไทย, four words; 19
        // letters without marks, read as five.
        let thai = count_words("รัฐบาลใหม่ของประเทศไทย");
        assert!((3..=6).contains(&thai), "{thai}");
        // Spaces between Thai phrases end a run.
        assert_eq!(count_words("ข่าว ข่าว"), 2);
        assert_eq!(count_words(""), 0);
    }

    #[test]
    fn excerpts_cut_at_sentence_ends_in_any_script() {
        let ja = "トレンドマイクロは発表した。".repeat(30);
        let cut = first_sentences(&ja);
        assert!(cut.ends_with('。'));
        assert!(cut.chars().count() <= 200);
        let en = "A sentence that goes on. ".repeat(20);
        assert!(first_sentences(&en).ends_with('.'));
    }

    /// A forum that serves its thread to clients without scripts (Discourse's crawler view): the
    /// scripted page is a splash screen, the posts are in `<noscript>`.
    fn forum_in_noscript(splash: &str) -> String {
        let post = "I upgraded last week and the service no longer starts after a reboot, \
                    the log shows a timeout while it waits for the database. ";
        let reply = "Same here. Rolling back to the previous release fixed it for me, \
                     so it looks like a regression in the new migration step. ";
        format!(
            "<html><body><section id='splash'>{splash}</section>\
             <noscript><header><a href='/'>Forum</a></header><div id='main-outlet'>\
             <div class='topic-body crawler-post'><span class='creator'>ana</span>\
             <div class='post'><p>{}</p></div></div>\
             <div class='topic-body crawler-post'><span class='creator'>ben</span>\
             <div class='post'><p>{}</p></div></div></div></noscript>\
             <noscript>You need to enable JavaScript to run this app.</noscript></body></html>",
            post.repeat(3),
            reply.repeat(3)
        )
    }

    #[test]
    fn noscript_content_is_read_when_the_scripted_page_has_too_little() {
        let article = clean(&forum_in_noscript("Loading…"), &Options::default()).unwrap();
        assert!(article
            .text_content
            .contains("the service no longer starts"));
        assert!(article
            .text_content
            .contains("Rolling back to the previous release"));
        assert!(!article.text_content.contains("enable JavaScript"));
    }

    #[test]
    fn noscript_content_stays_out_when_the_page_has_an_article() {
        let story = "<article><p>The council approved the new budget on Tuesday after a long \
                     debate about school funding and road repairs across the district.</p></article>"
            .repeat(6);
        let article = clean(&forum_in_noscript(&story), &Options::default()).unwrap();
        assert!(article
            .text_content
            .contains("The council approved the new budget"));
        assert!(!article
            .text_content
            .contains("the service no longer starts"));
    }

    /// A shop page whose product block a loader script reveals (`display:none` until it runs),
    /// with a visible header and a hidden cart pop-up.
    fn product_hidden_until_script(visible_story: &str) -> String {
        format!(
            "<html><body><header><a href='/'>Shop</a> <a href='/cart'>Cart</a></header>{visible_story}\
             <div class='product-wrapper defer-block' style='display: none'><article>\
             <h1>Stoneware mug, speckled glaze</h1>\
             <p>Each mug is thrown by hand on the wheel and glazed in a speckled oatmeal finish, \
             so no two are quite alike. It holds 350 ml and keeps coffee warm for longer thanks \
             to its thick walls.</p><p>Dishwasher and microwave safe. Made in a small studio in \
             Portugal from locally dug clay, fired twice at high temperature.</p></article></div>\
             <div class='cart-popup' style='display:none'>Added to cart</div></body></html>"
        )
    }

    #[test]
    fn content_hidden_until_a_script_runs_is_read_when_the_visible_page_has_too_little() {
        let article = clean(&product_hidden_until_script(""), &Options::default()).unwrap();
        assert!(article.text_content.contains("thrown by hand on the wheel"));
        assert!(article
            .text_content
            .contains("fired twice at high temperature"));
        assert!(!article.text_content.contains("Added to cart"));
    }

    #[test]
    fn hidden_content_stays_out_when_the_visible_page_has_an_article() {
        let paragraph = "<p>The council approved the new budget on Tuesday after a long \
                         debate about school funding and road repairs across the district.</p>";
        let story = format!("<main>{}</main>", paragraph.repeat(6));
        let article = clean(&product_hidden_until_script(&story), &Options::default()).unwrap();
        assert!(article
            .text_content
            .contains("The council approved the new budget"));
        assert!(!article.text_content.contains("thrown by hand"));
    }

    #[test]
    fn a_script_notice_alone_is_never_content() {
        let html = "<html><body><div id='root'></div>\
                    <noscript>You need to enable JavaScript to run this app.</noscript></body></html>";
        let article = clean(html, &Options::default()).unwrap();
        assert_eq!(article.text_content, "");
    }

    /// A wiki-style list page: a short introduction, then sections whose entries are all links,
    /// under a line about the site outside the content, which scores higher than a block made
    /// of links would on an article.
    fn list_of_links_page() -> String {
        let names = [
            "Ada",
            "ALGOL",
            "APL",
            "BASIC",
            "COBOL",
            "Eiffel",
            "Forth",
            "Fortran",
            "Haskell",
            "Lisp",
            "Modula-2",
            "Oberon",
            "OCaml",
            "Pascal",
            "Prolog",
            "Scheme",
            "Simula",
            "Smalltalk",
        ];
        let mut sections = String::new();
        for chunk in names.chunks(6) {
            sections.push_str(&format!("<h2>{}</h2><ul>", &chunk[0][..1]));
            for name in chunk {
                for dialect in ["", " 2", " Plus", " Lite"] {
                    sections.push_str(&format!(
                        "<li><a href='/wiki/{name}{dialect}'>{name}{dialect}</a></li>"
                    ));
                }
            }
            sections.push_str("</ul>");
        }
        format!(
            "<html><body><nav><a href='/'>Home</a> <a href='/random'>Random</a></nav>\
             <div class='before-content'><div>From the Open Encyclopedia, the free reference \
             anyone can edit</div></div>\
             <div class='content'><p>This is an index of notable programming languages, in \
             current or historical use. Dialects, esoteric languages and markup languages are \
             not included.</p><p>A language does not need to be imperative, but it must be \
             executable, so query languages count and page markup does not.</p>\
             {sections}</div></body></html>"
        )
    }

    #[test]
    fn a_page_whose_entries_are_all_links_keeps_them() {
        let article = clean(&list_of_links_page(), &Options::default()).unwrap();
        for name in ["Ada", "Fortran", "Prolog", "Smalltalk"] {
            assert!(article.text_content.contains(name), "{name} missing");
        }
        assert!(article
            .text_content
            .contains("index of notable programming languages"));
        assert!(!article.text_content.contains("Open Encyclopedia"));
        assert!(!article.text_content.contains("Random"));
        assert_eq!(article.page_type, Some(PageType::Listing));
    }

    /// A shop's category page (schema.org `CollectionPage`): a short description and a grid of
    /// product cards, each a linked name and a price, beside a promotion line that scores as
    /// prose.
    fn category_page() -> String {
        let mut cards = String::new();
        for (name, price) in [
            ("Trail runner", "89"),
            ("Road runner", "95"),
            ("Court classic", "70"),
            ("Canvas low", "55"),
            ("Canvas high", "60"),
            ("Winter boot", "140"),
            ("Hiking mid", "120"),
            ("Slip-on", "45"),
        ] {
            cards.push_str(&format!(
                "<li class='card'><a href='/p/{name}'>{name}, recycled knit upper</a>\
                 <span>${price}</span></li><li class='card'><a href='/p/{name}-wide'>{name} \
                 wide fit, merino knit upper</a><span>${price}</span></li>"
            ));
        }
        format!(
            "<html><head><script type='application/ld+json'>\
             {{\"@type\": \"CollectionPage\", \"name\": \"Shoes\"}}</script></head><body>\
             <div class='strip'><p>Free delivery on every order over fifty dollars this week</p></div>\
             <div class='grid'><h1>Shoes</h1><p>Everyday shoes, made from merino wool, tree \
             fibre and recycled yarn, for walking, running and standing all day.</p><p>Every \
             pair is machine washable, comes with recycled laces, and ships in a box of \
             recycled cardboard.</p><ul>{cards}</ul></div></body></html>"
        )
    }

    #[test]
    fn a_category_page_keeps_its_linked_products() {
        let article = clean(&category_page(), &Options::default()).unwrap();
        assert_eq!(article.page_type, Some(PageType::Listing));
        for name in ["Trail runner", "Winter boot", "Slip-on"] {
            assert!(article.text_content.contains(name), "{name} missing");
        }
        assert!(!article.text_content.contains("Free delivery"));
        assert!(article.text_content.contains("machine washable"));
    }

    #[test]
    fn the_page_type_reads_the_canonical_address_not_the_base() {
        // Sites set `<base>` to their root on every page; the canonical address is the page's.
        let page = |canonical: &str| {
            format!(
                "<html><head><base href='https://shop.example.com/'>{canonical}</head><body>\
                 <h1>How to care for wool</h1><p>Wash it cold, dry it flat.</p></body></html>"
            )
        };
        let post = page("<link rel='canonical' href='https://shop.example.com/blog/wool-care'>");
        let article = clean(&post, &Options::default()).unwrap();
        assert_eq!(article.page_type, Some(PageType::Article));
        let article = clean(&page(""), &Options::default()).unwrap();
        assert_eq!(article.page_type, Some(PageType::Service));
    }

    #[test]
    fn a_threads_byline_is_its_first_posts_author() {
        let thread = |first_post: &str| {
            format!(
                "<html><head><script type='application/ld+json'>\
                 {{\"@type\": \"DiscussionForumPosting\", \"headline\": \"Lens advice\"}}\
                 </script></head><body><header><span class='username'>guest</span></header>\
                 <h1>Lens advice</h1>{first_post}<div class='post'><a class='username'>second_user\
                 </a><p>Get the fast prime, you will not regret it.</p></div></body></html>"
            )
        };
        let question = "<p>Which lens should I buy for indoor portraits on a budget?</p>";
        for (post, name) in [
            // XenForo and Invision: the name element's class.
            (format!("<div class='post'><a class='username' href='/m/1'>lens_fan</a>{question}</div>"), "lens_fan"),
            // Microdata: a Person with a name.
            (format!("<div class='post'><div itemprop='author' itemscope><span itemprop='name'>Ana K</span></div>{question}</div>"), "Ana K"),
            // Reddit: the name in an attribute of the post element.
            (format!("<shreddit-post author='night_owl'>{question}</shreddit-post>"), "night_owl"),
        ] {
            let article = clean(&thread(&post), &Options::default()).unwrap();
            assert_eq!(article.page_type, Some(PageType::Forum));
            assert_eq!(article.byline.as_deref(), Some(name));
        }
    }

    #[test]
    fn a_story_page_whose_text_is_its_discussion_keeps_the_comments() {
        // A link aggregator: the story is a link out; what there is to read is the thread.
        let comment = |who: &str, text: &str| {
            format!(
                "<div class='comment'><div class='comment-meta'><a href='/u/{who}'>{who}</a> \
                 2 hours ago</div><div class='comment-text'><p>{text}</p></div></div>"
            )
        };
        let page = format!(
            "<html><body><nav><a href='/'>Home</a> <a href='/recent'>Recent</a></nav>\
             <div class='story'><a href='https://example.org/goals'>Project goals for 2024</a> \
             <span>example.org</span> <span>42 points</span></div><div class='comments'>{}{}{}</div>\
             </body></html>",
            comment(
                "ana",
                "The list of goals is long, but most of them are small and the \
                           team has done this kind of work before, so I am hopeful."
            ),
            comment(
                "ben",
                "I would have liked a clearer statement of which goals are \
                           funded, since volunteers cannot promise anything for a whole year."
            ),
            comment(
                "cy",
                "Async closures alone would make my code base much simpler; the \
                          workarounds we use today are painful to explain to new people."
            )
        );
        let article = clean(&page, &Options::default()).unwrap();
        assert!(article.text_content.contains("Async closures alone"));
        assert!(article.text_content.contains("The list of goals is long"));
        assert!(article.text_content.contains("clearer statement"));
        assert!(!article.text_content.contains("Recent"));
    }

    #[test]
    fn a_short_post_with_a_long_thread_stays_the_post() {
        // A blog's "open thread": a few lines of post, a long discussion under it.
        let comment = "<div class='comment'><div class='comment-text'><p>I have been \
                       following this for years and the new season looks better than the last \
                       one, although the schedule is a mess again this time.</p></div></div>";
        let page = format!(
            "<html><body><article><h1>September open thread</h1><p>This is the open thread \
             for September. Talk about anything you like, but keep it civil, and please \
             post links to the news you found interesting this month.</p><p>The next thread \
             opens on the first of October.</p></article><div class='comments'>{}</div>\
             </body></html>",
            comment.repeat(12)
        );
        let article = clean(&page, &Options::default()).unwrap();
        assert!(article.text_content.contains("This is the open thread"));
        assert!(!article.text_content.contains("following this for years"));
    }

    #[test]
    fn a_privacy_policy_modal_in_the_footer_is_never_the_content() {
        // A shop's footer link opens the whole privacy policy in a dialog: more text than the
        // product, and none of it the page's.
        let policy = "<p>Cookies and similar technologies. You may stop or restrict the placement \
                      of cookies on your computer or remove them from your browser by adjusting \
                      your preferences, and you may opt out of marketing emails at any time.</p>"
            .repeat(12);
        let page = format!(
            "<html><body><main><h1>Wool runner</h1><p>Our everyday sneaker, made with soft merino \
             wool, a cushioned midsole and a sugarcane sole, so it stays light and breathable on \
             long walks.</p><p>Machine washable. Laces made from recycled bottles.</p></main>\
             <footer><a href='/privacy'>Privacy</a><div id='modal-privacy-policy' role='dialog' \
             class='fixed inset-0'><h2>Privacy policy</h2>{policy}</div></footer></body></html>"
        );
        let article = clean(&page, &Options::default()).unwrap();
        assert!(article.text_content.contains("soft merino wool"));
        assert!(!article.text_content.contains("placement of cookies"));
    }

    /// Invision-style thread: every post, the first included, is an `article.ipsComment`.
    fn thread_page() -> String {
        let post = |who: &str, text: &str| {
            format!(
                "<article class='cPost ipsComment'><aside class='author'>{who}</aside>\
                 <div class='post-content'><p>{}</p></div></article>",
                text.repeat(3)
            )
        };
        format!(
            "<html><body><main><h1>Which tripod for night shots?</h1>{}{}{}</main></body></html>",
            post(
                "mara",
                "I shoot long exposures of the harbour and my tripod shakes in the wind. "
            ),
            post(
                "olek",
                "Hang your camera bag from the centre column, it steadies any tripod. "
            ),
            post(
                "mara",
                "That worked, thank you, the last set came out sharp even at thirty seconds. "
            )
        )
    }

    #[test]
    fn a_threads_comment_classed_posts_are_its_content() {
        let options = Options {
            url: Some("https://forum.example.org/topic/4471-which-tripod/".into()),
            ..Options::default()
        };
        let article = clean(&thread_page(), &options).unwrap();
        assert_eq!(article.page_type, Some(PageType::Forum));
        for words in ["my tripod shakes", "Hang your camera bag", "came out sharp"] {
            assert!(article.text_content.contains(words), "{words}");
        }
    }

    #[test]
    fn the_same_posts_under_an_article_stay_comments() {
        // The story holds most of the page's text, as an article above its comments does.
        let story = format!(
            "<article class='story'>{}</article>",
            "<p>The harbour lights festival returns this weekend, with boats, music and a \
             night market along the quay for three evenings.</p>"
                .repeat(12)
        );
        let html = thread_page().replace("<main>", &format!("<main>{story}"));
        let options = Options {
            url: Some("https://news.example.com/2024/05/harbour-lights".into()),
            ..Options::default()
        };
        let article = clean(&html, &options).unwrap();
        assert_ne!(article.page_type, Some(PageType::Forum));
        assert!(article.text_content.contains("harbour lights festival"));
        assert!(!article.text_content.contains("Hang your camera bag"));
    }

    #[test]
    fn a_question_and_all_its_answers_are_the_thread() {
        // Stack Exchange-style: question and answers apart, an ad slot between, a short comment
        // under the top answer (which alone would keep the climb at that answer).
        let post = |class: &str, text: &str, comment: &str| {
            format!(
                "<div class='{class}'><div class='post-body'><p>{}</p></div>\
                 <div class='comment-list'><span>{comment}</span></div></div>",
                text.repeat(4)
            )
        };
        let html = format!(
            "<html><body><div id='mainbar'>{}<div id='answers'>{}<div class='ad-slot'></div>{}\
             </div></div></body></html>",
            post(
                "question",
                "How do I book a one-way flight when I move abroad for good? ",
                ""
            ),
            post(
                "answer",
                &"Buy a one-way ticket; on long routes it is rarely dearer than a return. "
                    .repeat(4),
                "Fares vary a lot by season, so compare both before you book."
            ),
            post(
                "answer",
                "Check the airline's rules on one-way fares for residents. ",
                ""
            )
        );
        let options = Options {
            url: Some("https://travel.example.com/questions/964/one-way-flights".into()),
            ..Options::default()
        };
        let article = clean(&html, &options).unwrap();
        assert_eq!(article.page_type, Some(PageType::Forum));
        for words in [
            "book a one-way flight",
            "rarely dearer",
            "rules on one-way fares",
        ] {
            assert!(
                article.text_content.contains(words),
                "{words}: {}",
                article.text_content
            );
        }
    }

    /// A blog's front page: teaser cards (linked heading, one-line summary, author footer).
    fn blog_front_page() -> String {
        let topics = ["Rust", "Postgres", "Kafka", "Redis", "Nginx", "SQLite"];
        let cards: String = topics
            .iter()
            .map(|t| {
                format!(
                    "<article class='post-card'><h2><a href='/blog/{t}'>What we learned running \
                     {t} in production</a></h2><p>A look at the failures, fixes and numbers from \
                     a year of {t} at scale.</p><footer>Ana Ruiz, March 5</footer></article>"
                )
            })
            .collect();
        format!("<html><body><nav><a href='/'>Home</a></nav><main>{cards}</main></body></html>")
    }

    #[test]
    fn a_page_of_teaser_cards_returns_its_items_as_a_listing() {
        let article = clean(&blog_front_page(), &Options::default()).unwrap();
        assert_eq!(article.page_type, Some(PageType::Listing));
        for t in ["running Rust in production", "a year of SQLite at scale"] {
            assert!(
                article.text_content.contains(t),
                "{t}: {}",
                article.text_content
            );
        }
    }

    #[test]
    fn a_collection_page_keeps_its_items_from_the_first_pass() {
        let html = blog_front_page().replace(
            "<html>",
            "<html><head><script type='application/ld+json'>{\"@type\":\"CollectionPage\"}\
             </script></head>",
        );
        let article = clean(&html, &Options::default()).unwrap();
        assert_eq!(article.page_type, Some(PageType::Listing));
        assert!(article.text_content.contains("running Kafka in production"));
    }

    #[test]
    fn words_are_counted_in_spaced_and_unspaced_scripts() {
        assert_eq!(count_words("Two words"), 2);
        assert_eq!(count_words("東京都"), 3);
    }
}
