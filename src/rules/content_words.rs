//! Class and id words that mark the article's own content.

/// Class/id words that say "this is the article" (WordPress `entry-content`, `post-body`,
/// `article-text`, `story-body` and their likes). An element carrying one is never removed for a
/// furniture word it also carries (`article-body has-share-bar`).
pub(crate) const CONTENT_TOKENS: &[&str] = &[
    "article",
    "articlebody",
    "body",
    "content",
    "entry",
    "main",
    "post",
    "story",
    "text",
    "blog",
];

/// Class/id words that mark the article itself and override a furniture word on the same element
/// (`main-content-footer-wrapper` is rare; `article-body sidebar-layout` is common).
pub(crate) const ARTICLE_TOKENS: &[&str] = &[
    "article", "content", "main", "body", "post", "story", "entry", "text",
];

/// Class/id words that raise a container's score: the names CMSs give the article body.
pub(crate) const POSITIVE_TOKENS: &[&str] = &[
    "article",
    "articlebody",
    "body",
    "content",
    "entry",
    "hentry",
    "main",
    "page",
    "post",
    "text",
    "blog",
    "story",
    "prose",
    "artikel",
    "contenu",
    "contenido",
    "contenuto",
    "inhalt",
    "testo",
    "texto",
];
