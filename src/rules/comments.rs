//! How comment threads are marked up: the class words of a comment, its author and its text, as
//! WordPress (`li.comment > article.comment-body`, `.comment-author .fn`, `.comment-content`),
//! Disqus-style embeds and news CMSs write them; schema.org microdata (`itemprop="comment"`,
//! `itemtype=".../Comment"`) needs no words.

/// Class/id words of one comment (whole tokens: `comment`, `comment-123`, `ipsComment`).
pub(crate) const COMMENT_ITEM_WORDS: &[&str] =
    &["comment", "kommentar", "commentaire", "comentario"];

/// Class words of the comment's author (`comment-author`, `fn` in hCard, `username`).
pub(crate) const COMMENT_AUTHOR_WORDS: &[&str] =
    &["author", "fn", "username", "user", "name", "autor"];

/// Class words of the comment's text (`comment-content`, `comment-body`, `comment-text`).
pub(crate) const COMMENT_TEXT_WORDS: &[&str] = &["content", "body", "text", "message"];

/// Class words of the comment's date line (`comment-date`, `comment-metadata`, `comment-time`).
pub(crate) const COMMENT_DATE_WORDS: &[&str] = &["date", "time", "metadata", "meta"];

/// Most comments read from one page: threads longer than this are cut (they would not be read
/// whole, and the list stays bounded on any input).
pub(crate) const MAX_COMMENTS: usize = 1000;

/// Longest author name kept: longer text in an author box is a bio, not a name.
pub(crate) const MAX_AUTHOR_CHARS: usize = 80;

/// Words beside "comment" that make the element something else: the thread's container
/// (`comments`, `comment-list`), its form (`comment-form`, `respond`), a counter or a reply link
/// (`comment-count`, `comment-reply-link`), and the parts of one comment (`comment-header`,
/// `comment-avatar`, `comment-footer`, `comment-actions`, `comment-notes`, and BEM's
/// `comment__head` and `comment-info`, which hold a comment's author and date).
pub(crate) const NOT_A_COMMENT_WORDS: &[&str] = &[
    "comments",
    "list",
    "form",
    "respond",
    "count",
    "reply",
    "link",
    "header",
    "head",
    "info",
    "footer",
    "avatar",
    "actions",
    "notes",
    "title",
    "vote",
    "votes",
    "share",
    "nav",
    "navigation",
    "edit",
];
