//! Class and id words that mark the article's own content: one list, in three nested tiers that
//! the stages read as far as their rule can afford to trust.

/// Every article word, strongest first; each tier below is a prefix of this list.
///
/// 1. [`CORE_ARTICLE_WORDS`]: the names CMSs give the article body (WordPress `entry-content`,
///    `post-body`, `article-text`, `story-body`, `main-content`). `isProbablyReaderable` lets
///    one of them override a furniture word on the same paragraph (`article-body sidebar-layout`
///    is common; `main-content-footer-wrapper` is rare).
/// 2. [`CONTENT_WORDS`] add `articlebody` (lowercased schema.org `articleBody` as a class) and
///    `blog`: an element carrying one of these is never removed by the boilerplate stage for a
///    furniture word it also carries (`article-body has-share-bar`) unless it holds little text.
/// 3. The whole list adds words that only raise a candidate's score, where a wrong guess costs
///    little: `hentry` (microformats), `page`, `prose` (Tailwind's typography class), and the
///    German, French, Spanish, Italian and Portuguese words for article, content and text. Used
///    as a removal veto they changed what was removed on dev pages, so they stay score-only.
pub(crate) const ARTICLE_WORDS: &[&str] = &[
    // Core.
    "article",
    "content",
    "main",
    "body",
    "post",
    "story",
    "entry",
    "text",
    // Content.
    "articlebody",
    "blog",
    // Score only.
    "hentry",
    "page",
    "prose",
    "artikel",
    "contenu",
    "contenido",
    "contenuto",
    "inhalt",
    "testo",
    "texto",
];

const CORE_TIER: usize = 8;
const CONTENT_TIER: usize = 10;

/// Tier 1 of [`ARTICLE_WORDS`].
pub(crate) const CORE_ARTICLE_WORDS: &[&str] = ARTICLE_WORDS.split_at(CORE_TIER).0;

/// Tiers 1 and 2 of [`ARTICLE_WORDS`].
pub(crate) const CONTENT_WORDS: &[&str] = ARTICLE_WORDS.split_at(CONTENT_TIER).0;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tiers_are_the_documented_prefixes() {
        assert_eq!(CORE_ARTICLE_WORDS.last(), Some(&"text"));
        assert_eq!(CONTENT_WORDS.last(), Some(&"blog"));
        assert_eq!(ARTICLE_WORDS.len(), 20);
    }
}
