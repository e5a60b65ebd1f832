//! The article JSON: the product's contract with its users. Field names follow Readability.js where
//! it has one, so switching is a rename-free change; the rest is documented in the README.

use serde::{Deserialize, Serialize};

/// Version of the JSON shape below; bumped on any incompatible change.
pub const SCHEMA_VERSION: u32 = 1;

/// A cleaned article.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
#[serde(rename_all = "camelCase")]
pub struct Article {
    pub schema_version: u32,
    /// The headline a reader sees (not the `<title>` with the site name appended).
    pub title: Option<String>,
    /// Author names, comma-separated.
    pub byline: Option<String>,
    /// Text direction (`ltr` / `rtl`) when the page declares one.
    pub dir: Option<String>,
    /// Language tag, e.g. `en` or `de-DE`.
    pub lang: Option<String>,
    /// A one- or two-sentence summary.
    pub excerpt: Option<String>,
    pub site_name: Option<String>,
    /// ISO 8601 publication date or date-time.
    pub published_time: Option<String>,
    /// ISO 8601 date or date-time of the last change.
    pub modified_time: Option<String>,
    /// Canonical address of the article.
    pub url: Option<String>,
    /// What kind of page this is; it decides what counts as content (a forum's posts, a listing's
    /// items). See [`PageType`].
    pub page_type: Option<PageType>,
    /// The article's main image.
    pub lead_image: Option<String>,
    /// The article as clean, sanitized HTML.
    pub content: String,
    /// The article as plain text, paragraphs separated by blank lines.
    pub text_content: String,
    /// Characters in `textContent`.
    pub length: usize,
    /// Words in `textContent` (CJK characters count one each).
    pub word_count: usize,
    /// Typed content in reading order.
    pub blocks: Vec<Block>,
    /// What was dropped and why.
    pub removed: Vec<Removed>,
    /// The page's comments, in page order, when `comments: true` was asked for; otherwise null.
    /// Never part of `content`.
    pub comments: Option<Vec<Comment>>,
    /// The article as Markdown, when `format: "markdown"` was asked for; otherwise null.
    pub markdown: Option<String>,
    /// The article as readable plain text (bullets, indented quotes), when `format: "text"` was
    /// asked for; otherwise null.
    pub plain_text: Option<String>,
}

/// The kind of page, decided from its schema.org and OpenGraph types, its address and its
/// structure (see `page_type.rs`). Serialised in lower case (`"forum"`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum PageType {
    /// A news story, blog post, essay, recipe or review.
    Article,
    /// A discussion thread or question with answers: the posts are the content.
    Forum,
    /// One product for sale: its description and specifications.
    Product,
    /// A list of articles, courses, jobs or search results: the listed items are the content.
    Listing,
    /// A shop's category of products: the listed products are the content.
    Collection,
    /// Reference or guide documentation, code included.
    Documentation,
    /// What a business, school or practice offers.
    Service,
}

/// One comment of the page's thread (`Options::comments`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Comment {
    /// The commenter's name as the page shows it.
    pub author: Option<String>,
    /// ISO 8601 date or date-time of the comment.
    pub date: Option<String>,
    /// The comment's text, its paragraphs on their own lines (replies are comments of their own).
    pub text: String,
}

/// One typed piece of the article.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "camelCase")]
pub enum Block {
    Heading {
        level: u8,
        text: String,
    },
    Paragraph {
        text: String,
    },
    List {
        ordered: bool,
        /// The first number of an ordered list that does not count from 1 (`<ol start="4">`).
        start: Option<u32>,
        items: Vec<String>,
    },
    Quote {
        text: String,
    },
    Code {
        text: String,
        language: Option<String>,
    },
    /// Rows of cells, rectangular: a cell spanning several columns or rows has its text at its
    /// top-left position and `""` in the others.
    #[serde(rename_all = "camelCase")]
    Table {
        rows: Vec<Vec<String>>,
        /// How many of the first rows are header rows (`<thead>`, or rows of `<th>` only).
        header_rows: usize,
    },
    /// A formula shown on its own line, as LaTeX (inline formulas stay in their paragraph's text,
    /// written `$…$`).
    Math {
        latex: String,
    },
    /// A note box: `kind` is one of GitHub's alert kinds (`note`, `tip`, `important`, `warning`,
    /// `caution`); `title` is its heading when the page gives one beyond the kind's name.
    Callout {
        kind: String,
        title: Option<String>,
        text: String,
    },
    /// Terms and their definitions (`<dl>`).
    DefinitionList {
        items: Vec<Definition>,
    },
    /// Content of another service (a video, a post, a code pen): where it lives, not its player.
    Embed {
        /// `youtube`, `vimeo`, `twitter`, `mastodon`, `bluesky`, `instagram`, `tiktok`,
        /// `codepen`, `gist` or `spotify`.
        provider: String,
        url: String,
        title: Option<String>,
    },
    /// The article's footnotes, in the order of their numbers, each note's text without its
    /// way back to the reference.
    Footnotes {
        notes: Vec<String>,
    },
    Image {
        src: String,
        alt: Option<String>,
        caption: Option<String>,
        credit: Option<String>,
    },
}

/// One term of a [`Block::DefinitionList`] with its definitions.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Definition {
    pub term: String,
    pub definitions: Vec<String>,
}

/// Why something was removed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum RemovedKind {
    Cookie,
    Credit,
    Ad,
    Nav,
    Share,
    Related,
    Newsletter,
    Comments,
    Paywall,
    Footer,
    Hidden,
    Other,
}

/// One removed piece of the page.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Removed {
    pub kind: RemovedKind,
    /// A short excerpt of the removed text (at most 80 characters).
    pub text: String,
    /// The rule that matched, in words.
    pub reason: String,
}
