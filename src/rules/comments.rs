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

/// Headings of a comment section, in every language we read (folded, without the count that
/// often goes with them: "Комментарии (3)", "评论（12）", "댓글 3", "3 comments"): the section a
/// heading like this opens is the comment thread, whatever its class.
pub(crate) const COMMENT_HEADINGS: &[&str] = &[
    // English, German, French, Spanish, Italian, Dutch, Portuguese.
    "comments",
    "comment",
    "leave a comment",
    "leave a reply",
    "join the discussion",
    "kommentare",
    "kommentar",
    "commentaires",
    "commentaire",
    "comentarios",
    "comentario",
    "commenti",
    "commento",
    "reacties",
    "reactie",
    "comentários",
    // Russian.
    "комментарии",
    "комментарий",
    "комментариев",
    "комментарии читателей",
    "обсуждение",
    "обсуждения",
    "оставить комментарий",
    "оставьте комментарий",
    "написать комментарий",
    "добавить комментарий",
    // Ukrainian.
    "коментарі",
    "коментар",
    "коментарів",
    "коментарі читачів",
    "обговорення",
    "обговорити",
    "залишити коментар",
    "залиште коментар",
    "написати коментар",
    "додати коментар",
    // Greek.
    "σχολια",
    "σχολιο",
    "σχολια αναγνωστων",
    "σχολιαστε",
    "σχολιασε",
    "σχολιασμοσ",
    "γραψτε το σχολιο σασ",
    "γραψτε ενα σχολιο",
    "γραψε σχολιο",
    "αφηστε ενα σχολιο",
    // Turkish.
    "yorumlar",
    "okur yorumlari",
    "okuyucu yorumlari",
    "yorum yap",
    "yorum yapin",
    "yorum yaz",
    "yorumunuzu yazin",
    "yorum birakin",
    "bir yorum birakin",
    "bir yanit yazin",
    // Chinese (simplified).
    "评论",
    "留言",
    "网友评论",
    "读者评论",
    "热门评论",
    "最新评论",
    "全部评论",
    "精彩评论",
    "发表评论",
    "我要评论",
    "写评论",
    // Chinese (traditional).
    "讀者留言",
    "網友留言",
    "留言區",
    "發表留言",
    "熱門留言",
    "最新留言",
    "則留言",
    "評論",
    "讀者評論",
    "網友評論",
    // Japanese.
    "コメント",
    "コメント一覧",
    "件のコメント",
    "コメント",
    "コメントする",
    "コメントを残す",
    "コメントを書く",
    "コメントを投稿",
    "コメント欄",
    "みんなのコメント",
    // Korean.
    "댓글",
    "댓글 쓰기",
    "댓글쓰기",
    "댓글 보기",
    "댓글보기",
    "댓글 목록",
    "전체 댓글",
    "댓글 달기",
    "베스트 댓글",
    "독자 의견",
    // Arabic.
    "التعليقات",
    "تعليقات",
    "تعليقات القراء",
    "تعليقات الزوار",
    "اراء القراء",
    "اضف تعليقا",
    "اضف تعليقا",
    "اضف تعليقك",
    "اترك تعليقا",
    "اترك تعليقا",
    // Hebrew.
    "תגובות",
    "טוקבקים",
    "טוקבק",
    "תגובות גולשים",
    "תגובות הגולשים",
    "הוספת תגובה",
    "הוסף תגובה",
    "הוסיפו תגובה",
    "כתבו תגובה",
    "כתוב תגובה",
    // Persian.
    "نظرات",
    "نظرات كاربران",
    "نظرات خوانندگان",
    "نظر شما",
    "نظر خود را بنويسيد",
    "ارسال نظر",
    "ديدگاهها",
    "ديدگاه ها",
    "ديدگاه كاربران",
    "ديدگاهتان را بنويسيد",
    // Hindi.
    "टिप्पणियां",
    "टिप्पणियाँ",
    "टिप्पणियां",
    "कमेंट्स",
    "कमेंट",
    "कमेंट करें",
    "टिप्पणी करें",
    "अपनी टिप्पणी लिखें",
    "टिप्पणी लिखें",
    "एक उत्तर छोडें",
    // Thai.
    "ความคิดเห็น",
    "ความคิดเห็นทั้งหมด",
    "แสดงความคิดเห็น",
    "ร่วมแสดงความคิดเห็น",
    "ความเห็น",
    "คอมเมนต์",
    "คอมเมนท์",
    "เขียนความคิดเห็น",
    // Vietnamese.
    "bình luận",
    "bình luận",
    "ý kiến bạn đọc",
    "bạn đọc bình luận",
    "viết bình luận",
    "gửi bình luận",
    "gửi ý kiến",
    "để lại bình luận",
    "để lại một bình luận",
    // Indonesian.
    "komentar",
    "komentar",
    "tinggalkan komentar",
    "tulis komentar",
    "kirim komentar",
    "kolom komentar",
    "komentar pembaca",
    "tinggalkan balasan",
    "berikan komentar",
];

/// Longest heading read as a comment heading.
pub(crate) const MAX_COMMENT_HEADING_CHARS: usize = 60;

/// Whether a heading's text names a comment section: folded, without digits, brackets and
/// separators, it is one of [`COMMENT_HEADINGS`].
pub(crate) fn is_comment_heading(text: &str) -> bool {
    if text.chars().count() > MAX_COMMENT_HEADING_CHARS {
        return false;
    }
    let folded = super::fold(text);
    let bare: String = folded
        .chars()
        .map(|c| {
            if c.is_ascii_digit() || "()[]（）【】:|·-".contains(c) {
                ' '
            } else {
                c
            }
        })
        .collect();
    let bare = bare.split_whitespace().collect::<Vec<_>>().join(" ");
    static TABLE: super::SortedTable = super::SortedTable::new(COMMENT_HEADINGS);
    !bare.is_empty() && TABLE.contains(&bare)
}

/// The action links of a comment ("Reply", "Report", "Ответить", "回复", "답글", "رد"): never its
/// author's name, though they are links in its header.
pub(crate) const COMMENT_ACTION_WORDS: &[&str] = &[
    "reply",
    "reply to comment",
    "report",
    "share",
    "cancel",
    "cancel reply",
    "edit",
    "delete",
    "like",
    "quote",
    "permalink",
    "flag",
    "log in to reply",
    "ответить",
    "відповісти",
    "απαντηση",
    "yanitla",
    "cevapla",
    "回复",
    "回覆",
    "返信",
    "답글",
    "رد",
    "השב",
    "پاسخ",
    "जवाब दें",
    "ตอบกลับ",
    "trả lời",
    "balas",
];

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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn comment_headings_in_every_script_with_or_without_their_count() {
        for heading in [
            "Comments (12)",
            "3 Comments",
            "Kommentare",
            "Комментарии (3)",
            "Коментарі",
            "Σχόλια (3)",
            "Yorumlar",
            "评论（3）",
            "留言",
            "コメント",
            "댓글 3",
            "التعليقات",
            "תגובות (3)",
            "نظرات",
            "टिप्पणियां (3)",
            "ความคิดเห็น (3)",
            "Bình luận",
            "Komentar (3)",
        ] {
            assert!(is_comment_heading(heading), "{heading}");
        }
        for not_one in [
            "Комментарий эксперта о бюджете",
            "Related stories",
            "",
            "2025",
        ] {
            assert!(!is_comment_heading(not_one), "{not_one}");
        }
    }

    #[test]
    fn comment_headings_are_folded() {
        crate::rules::assert_folded("COMMENT_HEADINGS", COMMENT_HEADINGS);
        crate::rules::assert_folded("COMMENT_ACTION_WORDS", COMMENT_ACTION_WORDS);
    }
}
