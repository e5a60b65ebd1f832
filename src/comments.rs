//! The page's comment thread as a list (`Options::comments`), read from the parsed page before
//! anything is removed: each comment's author, date and text, in page order. Comments never enter
//! `content`; on an article they are furniture there, and here they are their own field.
//!
//! A comment is an element marked as one by microdata (`itemprop="comment"`, `itemtype` ending in
//! `/Comment`) or whose own class or id names one ([`COMMENT_ITEM_WORDS`]) and which holds text.
//! A reply nested inside a comment is a comment of its own, and its text is not repeated in its
//! parent's.

use crate::article::Comment;
use crate::dates::normalize_date;
use crate::dom::{collapse_whitespace, Dom, NodeFlags, NodeId};
use crate::measure::ClassNames;
use crate::rules::comments::{
    is_comment_heading, COMMENT_ACTION_WORDS, COMMENT_AUTHOR_WORDS, COMMENT_DATE_WORDS,
    COMMENT_ITEM_WORDS, COMMENT_TEXT_WORDS, MAX_AUTHOR_CHARS, MAX_COMMENTS, NOT_A_COMMENT_WORDS,
};

/// Reads every comment of the page, in page order.
pub(crate) fn extract(dom: &Dom) -> Vec<Comment> {
    let body = dom.body().unwrap_or(dom.root());
    let mut items = NodeFlags::new(dom);
    let mut order = Vec::new();
    for n in dom.descendant_elements(body) {
        if order.len() >= MAX_COMMENTS {
            break;
        }
        if is_comment(dom, n) {
            items.insert(n);
            order.push(n);
        }
    }
    // A wrapper and the element inside it may both carry the words (`li.comment > article.comment
    // -body`): the outermost is the comment.
    order.retain(|&n| {
        !dom.ancestors(n)
            .any(|a| items.contains(a) && only_child_comment(dom, a, n))
    });
    if order.is_empty() {
        order = items_under_comment_heading(dom, body);
    }
    let mut kept = NodeFlags::new(dom);
    for &n in &order {
        kept.insert(n);
    }
    order
        .into_iter()
        .filter_map(|n| read_comment(dom, n, &kept))
        .collect()
}

/// A thread with no comment classes, found by its heading ("Комментарии (3)", "评论", "댓글 3",
/// [`is_comment_heading`]): the items of the first list in the section the heading opens, else
/// the section's blocks after the heading.
fn items_under_comment_heading(dom: &Dom, body: NodeId) -> Vec<NodeId> {
    let heading = dom.descendant_elements(body).find(|&n| {
        matches!(dom.tag(n), Some("h2" | "h3" | "h4" | "h5" | "h6"))
            && is_comment_heading(&dom.text_content(n))
    });
    let Some(heading) = heading else {
        return Vec::new();
    };
    let Some(section) = dom.parent(heading) else {
        return Vec::new();
    };
    let list = dom
        .descendant_elements(section)
        .find(|&n| matches!(dom.tag(n), Some("ul" | "ol")) && list_items(dom, n).len() >= 2);
    let items = match list {
        Some(list) => list_items(dom, list),
        None => dom
            .children(section)
            .iter()
            .copied()
            .filter(|&c| {
                c != heading
                    && matches!(dom.tag(c), Some("div" | "article" | "section"))
                    && dom.text_len(c) > 0
            })
            .collect(),
    };
    items.into_iter().take(MAX_COMMENTS).collect()
}

fn list_items(dom: &Dom, list: NodeId) -> Vec<NodeId> {
    dom.children(list)
        .iter()
        .copied()
        .filter(|&c| dom.is_tag(c, "li") && dom.text_len(c) > 0)
        .collect()
}

fn is_comment(dom: &Dom, n: NodeId) -> bool {
    let marked = dom
        .attr(n, "itemprop")
        .is_some_and(|p| p.split_whitespace().any(|w| w == "comment"))
        || dom
            .attr(n, "itemtype")
            .is_some_and(|t| t.trim_end().ends_with("/Comment"));
    if marked {
        return true;
    }
    let names = ClassNames::of(dom, n);
    // `comment-content` or `comment-author` are parts of a comment, not comments.
    names.has_word(COMMENT_ITEM_WORDS)
        && !names.has_word(COMMENT_TEXT_WORDS)
        && !names.has_word(COMMENT_AUTHOR_WORDS)
        && !names.has_word(COMMENT_DATE_WORDS)
        && !names.has_word(NOT_A_COMMENT_WORDS)
        && dom.text_len(n) > 0
}

/// True when `inner` marks the same comment as `outer` (`li.comment > article.comment`): it holds
/// nearly all of `outer`'s text. A reply nested in a comment holds only its own part.
fn only_child_comment(dom: &Dom, outer: NodeId, inner: NodeId) -> bool {
    dom.text_len(inner) * 10 >= dom.text_len(outer) * 9
}

fn read_comment(dom: &Dom, item: NodeId, items: &NodeFlags) -> Option<Comment> {
    let mut author: Option<(NodeId, String)> = None;
    let mut date: Option<(NodeId, String)> = None;
    let mut text_parts: Vec<NodeId> = Vec::new();
    let mut walk = dom.descendants(item);
    while let Some(n) = walk.next() {
        if items.contains(n) {
            // A nested reply: read on its own.
            walk.skip_children_of(n);
            continue;
        }
        if !dom.is_element(n) {
            continue;
        }
        let names = ClassNames::of(dom, n);
        let itemprop = dom.attr(n, "itemprop").unwrap_or("");
        // The innermost author element: `.comment-author` often wraps the `.fn` name and the
        // date link.
        if author.is_none()
            && (itemprop
                .split_whitespace()
                .any(|w| w == "author" || w == "creator")
                || names.has_word(COMMENT_AUTHOR_WORDS))
            && !holds_part(dom, n)
        {
            // An author box that also holds a role and the date ("<strong>Elif</strong>
            // <em>Author</em> <span>15.08.2025</span>"): the name is its bold or linked part.
            let name = name_element(dom, n).map_or_else(
                || collapse_whitespace(&dom.text_content(n)).trim().to_string(),
                |(_, name)| name,
            );
            if !name.is_empty() && name.chars().count() <= MAX_AUTHOR_CHARS {
                author = Some((n, name));
                walk.skip_children_of(n);
                continue;
            }
        }
        if date.is_none()
            && (dom.is_tag(n, "time") || names.has_word(COMMENT_DATE_WORDS))
            && !holds_part(dom, n)
        {
            let found = dom
                .attr(n, "datetime")
                .and_then(normalize_date)
                .or_else(|| normalize_date(&collapse_whitespace(&dom.text_content(n))));
            if let Some(d) = found {
                // A date line that opens with the name ("<p class=comment-meta><strong>Ann
                // </strong> 25/09/2025</p>").
                if author.is_none() {
                    author = name_element(dom, n);
                }
                date = Some((n, d));
                walk.skip_children_of(n);
                continue;
            }
        }
        if itemprop == "text" || names.has_word(COMMENT_TEXT_WORDS) {
            text_parts.push(n);
        }
    }
    if !find_unclassed_parts(dom, item, items, &mut author, &mut date) {
        return None;
    }
    if text_parts.is_empty() {
        text_parts = paragraphs_beside(dom, item, items, [&author, &date]);
        if text_parts.len() > 1 {
            let text: Vec<String> = text_parts
                .iter()
                .map(|&p| own_text(dom, p, items, &[]))
                .filter(|t| !t.is_empty())
                .collect();
            let attributed = author.is_some() || date.is_some();
            return (attributed && !text.is_empty()).then(|| Comment {
                author: author.map(|a| a.1),
                date: date.map(|d| d.1),
                text: text.join("\n"),
            });
        }
    }
    let marked = [author.as_ref().map(|a| a.0), date.as_ref().map(|d| d.0)];
    // The innermost text element that holds neither the author nor the date (`comment-text`
    // inside `comment-content-wrap`); else the whole comment without them.
    let text_root = text_parts
        .iter()
        .rev()
        .copied()
        .find(|&t| marked.iter().flatten().all(|&m| !dom.contains(t, m)))
        .unwrap_or(item);
    let text = own_text(dom, text_root, items, &marked);
    // A thread's title, notes or navigation carry the words but neither author nor date.
    let attributed = author.is_some() || date.is_some();
    (attributed && !text.is_empty()).then(|| Comment {
        author: author.map(|a| a.1),
        date: date.map(|d| d.1),
        text,
    })
}

/// Markup without class words: the first bold, cited or linked name, and the first short element
/// that reads as a date. Returns false when the item is no comment: parts found by their markup
/// alone count only in pairs (a comment has a name and a date, while a note marked "comment", such
/// as a citation's maintenance note or a policy link, has one link).
fn find_unclassed_parts(
    dom: &Dom,
    item: NodeId,
    items: &NodeFlags,
    author: &mut Option<(NodeId, String)>,
    date: &mut Option<(NodeId, String)>,
) -> bool {
    let classed = author.is_some() || date.is_some();
    if author.is_none() {
        *author = own_elements(dom, item, items)
            .filter(|&d| matches!(dom.tag(d), Some("b" | "strong" | "cite" | "a")))
            .find_map(|d| short_name(dom, d).map(|t| (d, t)));
    }
    if date.is_none() {
        *date = own_elements(dom, item, items).find_map(|d| {
            let own = matches!(
                dom.tag(d),
                Some("span" | "time" | "small" | "em" | "div" | "p")
            ) && dom.text_len(d) <= MAX_DATE_CHARS
                && !dom
                    .descendant_elements(d)
                    .any(|c| dom.tag(c).is_some_and(|t| t != "a"));
            own.then(|| normalize_date(&collapse_whitespace(&dom.text_content(d))))
                .flatten()
                .map(|v| (d, v))
        });
    }
    classed || (author.is_some() && date.is_some())
}

/// The comment's paragraphs, when it has some beside its header: the `p` elements that neither
/// hold nor sit inside its author and date.
fn paragraphs_beside(
    dom: &Dom,
    item: NodeId,
    items: &NodeFlags,
    parts: [&Option<(NodeId, String)>; 2],
) -> Vec<NodeId> {
    own_elements(dom, item, items)
        .filter(|&d| dom.is_tag(d, "p") && dom.text_len(d) > 0)
        .filter(|&d| {
            parts
                .iter()
                .filter_map(|p| p.as_ref().map(|(n, _)| *n))
                .all(|m| !dom.contains(d, m) && !dom.contains(m, d))
        })
        .collect()
}

/// The elements of a comment outside the replies nested in it (which are comments of their own).
fn own_elements<'a>(
    dom: &'a Dom,
    item: NodeId,
    items: &'a NodeFlags,
) -> impl Iterator<Item = NodeId> + 'a {
    dom.descendant_elements(item).filter(move |&d| {
        !dom.ancestors(d)
            .take_while(|&a| a != item)
            .any(|a| items.contains(a))
            && (d == item || !items.contains(d))
    })
}

/// Longest element read as a comment's date without a date class.
const MAX_DATE_CHARS: usize = 60;

/// The bold, cited or linked element inside an author box or date line that holds the name.
fn name_element(dom: &Dom, n: NodeId) -> Option<(NodeId, String)> {
    dom.descendant_elements(n)
        .filter(|&d| matches!(dom.tag(d), Some("b" | "strong" | "cite" | "a")))
        .find_map(|d| short_name(dom, d).map(|name| (d, name)))
}

/// An element's text when it can be a commenter's name: short, and not a date or a count.
fn short_name(dom: &Dom, n: NodeId) -> Option<String> {
    let text = collapse_whitespace(&dom.text_content(n)).trim().to_string();
    let letters = text.chars().any(char::is_alphabetic);
    let action = COMMENT_ACTION_WORDS.contains(&crate::rules::fold(&text).as_str());
    (letters
        && !action
        && text.chars().count() <= MAX_AUTHOR_CHARS
        && normalize_date(&text).is_none())
    .then_some(text)
}

/// True when a descendant of `n` is itself an author or date part (so `n` is a header that holds
/// both, not either).
fn holds_part(dom: &Dom, n: NodeId) -> bool {
    dom.descendant_elements(n).any(|d| {
        let names = ClassNames::of(dom, d);
        dom.is_tag(d, "time")
            || names.has_word(COMMENT_AUTHOR_WORDS)
            || names.has_word(COMMENT_DATE_WORDS)
            || dom
                .attr(d, "itemprop")
                .is_some_and(|p| p.contains("author"))
    })
}

/// The text of a comment without its nested replies (and without the author and date elements
/// in `skip`), paragraphs on their own lines.
fn own_text(dom: &Dom, root: NodeId, items: &NodeFlags, skip: &[Option<NodeId>]) -> String {
    let mut out = String::new();
    let mut walk = dom.descendants(root);
    while let Some(n) = walk.next() {
        if (items.contains(n) && n != root) || skip.contains(&Some(n)) {
            walk.skip_children_of(n);
            continue;
        }
        match (dom.text(n), dom.tag(n)) {
            (Some(t), _) => out.push_str(t),
            (None, Some("script" | "style" | "noscript" | "template" | "button" | "form")) => {
                walk.skip_children_of(n)
            }
            (None, Some("p" | "br" | "div" | "li" | "blockquote")) => out.push('\n'),
            _ => {}
        }
    }
    out.lines()
        .map(|l| collapse_whitespace(l).trim().to_string())
        .filter(|l| !l.is_empty())
        .collect::<Vec<_>>()
        .join("\n")
}

#[cfg(test)]
mod tests {
    use crate::{clean, Options};

    fn with_comments() -> Options {
        Options {
            comments: true,
            ..Options::default()
        }
    }

    /// A WordPress-style thread: a title and notes, two comments, a reply nested in the first.
    fn blog_post() -> String {
        let story = "<p>We planted the new orchard rows in March, two months later than planned, \
                     because the ground stayed frozen far longer than the almanac promised.</p>"
            .repeat(5);
        format!(
            "<html><body><article class='post'><h1>Planting the orchard</h1>{story}</article>\
             <div id='comments' class='comments-area'><h2 class='comments-title'>3 Comments</h2>\
             <ol class='comment-list'>\
             <li class='comment' id='comment-1'><article class='comment-body'>\
               <footer class='comment-meta'><div class='comment-author vcard'><b class='fn'>Mara</b>\
               </div><div class='comment-metadata'><time datetime='2024-04-02T09:15:00Z'>April 2, \
               2024</time></div></footer><div class='comment-content'><p>Which apple varieties did \
               you choose?</p><p>We had luck with Topaz.</p></div>\
               <div class='reply'><a class='comment-reply-link'>Reply</a></div></article>\
               <ol class='children'><li class='comment' id='comment-2'><article class='comment-body'>\
               <footer class='comment-meta'><div class='comment-author'><b class='fn'>Olek</b></div>\
               <div class='comment-metadata'><time datetime='2024-04-03'>April 3</time></div></footer>\
               <div class='comment-content'><p>Mostly Santana and Topaz.</p></div></article></li></ol>\
             </li>\
             <li class='comment' id='comment-3'><article class='comment-body'>\
               <footer class='comment-meta'><div class='comment-author'><b class='fn'>Ines</b></div>\
               </footer><div class='comment-content'><p>Lovely photos!</p></div></article></li>\
             </ol><p class='comment-notes'>Required fields are marked *</p></div></body></html>"
        )
    }

    #[test]
    fn each_comment_with_its_author_date_and_own_text_in_page_order() {
        let article = clean(&blog_post(), &with_comments()).unwrap();
        let comments = article.comments.expect("asked for");
        let got: Vec<(Option<&str>, Option<&str>, &str)> = comments
            .iter()
            .map(|c| (c.author.as_deref(), c.date.as_deref(), c.text.as_str()))
            .collect();
        assert_eq!(
            got,
            [
                (
                    Some("Mara"),
                    Some("2024-04-02T09:15:00Z"),
                    "Which apple varieties did you choose?\nWe had luck with Topaz."
                ),
                (
                    Some("Olek"),
                    Some("2024-04-03"),
                    "Mostly Santana and Topaz."
                ),
                (Some("Ines"), None, "Lovely photos!"),
            ]
        );
        // Comments are never content.
        assert!(!article.text_content.contains("Topaz"));
        assert!(article.text_content.contains("orchard rows"));
    }

    #[test]
    fn comments_are_null_unless_asked_for() {
        assert_eq!(
            clean(&blog_post(), &Options::default()).unwrap().comments,
            None
        );
    }

    #[test]
    fn microdata_comments_need_no_class_words() {
        let html = "<html><body><article><p>A short post about bread.</p></article>\
                    <div itemprop='comment' itemscope itemtype='https://schema.org/Comment'>\
                    <span itemprop='author'>Lena</span><div itemprop='text'>Great crust!</div></div>\
                    </body></html>";
        let comments = clean(html, &with_comments()).unwrap().comments.unwrap();
        assert_eq!(comments.len(), 1);
        assert_eq!(comments[0].author.as_deref(), Some("Lena"));
        assert_eq!(comments[0].text, "Great crust!");
    }
}
