//! Class, id and tag words that mark page furniture (navigation, sidebars, comments, ads,
//! share bars), as each stage that looks for it reads them.

use crate::article::RemovedKind;

/// Words in class/id names that mark page furniture, by kind. Each entry is a sequence of tokens
/// that must appear consecutively in the element's class/id tokens (split on `-`, `_`, spaces and
/// camelCase), so `related-articles` matches `related` and `relatedStories` too, while
/// `unrelated-topic` does not (whole tokens only).
///
/// Evidence: these names are what the common CMSs and widget vendors emit (WordPress themes:
/// `sharedaddy`, `jp-relatedposts`, `comments-area`, `widget`; Google Publisher Tag `div-gpt-ad-*`;
/// Taboola/Outbrain containers; news CMSs' `article-share`, `more-stories`, `most-read`), in the
/// languages of the sites we serve (German `teilen`, `weitere`, `kommentare`, `anzeige`; French
/// `partager`, `commentaires`, `publicite`; Spanish `compartir`, `relacionadas`, `comentarios`,
/// `publicidad`; Italian `condividi`, `correlati`, `commenti`; Dutch `delen`, `reacties`,
/// `advertentie`; Portuguese `partilhar`, `relacionados`, `publicidade`). Tests in this module show
/// each kind.
pub(crate) const CLASS_RULES: &[(RemovedKind, &[&str], &str)] = &[
    // Ads and sponsored content.
    (RemovedKind::Ad, &["ad"], "ad class"),
    (RemovedKind::Ad, &["ads"], "ad class"),
    (RemovedKind::Ad, &["adv"], "ad class"),
    (RemovedKind::Ad, &["advert"], "ad class"),
    (RemovedKind::Ad, &["adverts"], "ad class"),
    (RemovedKind::Ad, &["advertisement"], "ad class"),
    (RemovedKind::Ad, &["advertising"], "ad class"),
    (RemovedKind::Ad, &["adslot"], "ad class"),
    (RemovedKind::Ad, &["adunit"], "ad class"),
    (RemovedKind::Ad, &["adsense"], "ad class"),
    (RemovedKind::Ad, &["adsbygoogle"], "AdSense slot"),
    (RemovedKind::Ad, &["dfp"], "ad server slot"),
    (RemovedKind::Ad, &["gpt"], "Google Publisher Tag slot"),
    (RemovedKind::Ad, &["sponsor"], "sponsored block"),
    (RemovedKind::Ad, &["sponsored"], "sponsored block"),
    (RemovedKind::Ad, &["promo"], "promotion"),
    (RemovedKind::Ad, &["taboola"], "Taboola widget"),
    (RemovedKind::Ad, &["outbrain"], "Outbrain widget"),
    (RemovedKind::Ad, &["plista"], "plista widget"),
    (RemovedKind::Ad, &["anzeige"], "ad class (de)"),
    (RemovedKind::Ad, &["werbung"], "ad class (de)"),
    (RemovedKind::Ad, &["publicite"], "ad class (fr)"),
    (RemovedKind::Ad, &["publicidad"], "ad class (es)"),
    (RemovedKind::Ad, &["pubblicita"], "ad class (it)"),
    (RemovedKind::Ad, &["advertentie"], "ad class (nl)"),
    (RemovedKind::Ad, &["publicidade"], "ad class (pt)"),
    // Share bars.
    (RemovedKind::Share, &["share"], "share bar class"),
    (RemovedKind::Share, &["shares"], "share bar class"),
    (RemovedKind::Share, &["sharing"], "share bar class"),
    (RemovedKind::Share, &["sharebar"], "share bar class"),
    (RemovedKind::Share, &["sharedaddy"], "share bar class"),
    (RemovedKind::Share, &["social"], SOCIAL_REASON),
    (RemovedKind::Share, &["addthis"], "AddThis widget"),
    (RemovedKind::Share, &["sharethis"], "ShareThis widget"),
    (RemovedKind::Share, &["shariff"], "Shariff widget"),
    (RemovedKind::Share, &["teilen"], "share bar class (de)"),
    (RemovedKind::Share, &["partager"], "share bar class (fr)"),
    (RemovedKind::Share, &["partage"], "share bar class (fr)"),
    (RemovedKind::Share, &["compartir"], "share bar class (es)"),
    (RemovedKind::Share, &["condividi"], "share bar class (it)"),
    (RemovedKind::Share, &["delen"], "share bar class (nl)"),
    (RemovedKind::Share, &["partilhar"], "share bar class (pt)"),
    // Related and recommended links.
    (RemovedKind::Related, &["related"], "related links class"),
    (
        RemovedKind::Related,
        &["relatedposts"],
        "related links class",
    ),
    (
        RemovedKind::Related,
        &["recommended"],
        "recommendations class",
    ),
    (
        RemovedKind::Related,
        &["recommendations"],
        "recommendations class",
    ),
    (RemovedKind::Related, &["recirc"], "recirculation rail"),
    (
        RemovedKind::Related,
        &["recirculation"],
        "recirculation rail",
    ),
    (
        RemovedKind::Related,
        &["more", "stories"],
        "more stories rail",
    ),
    (
        RemovedKind::Related,
        &["more", "articles"],
        "more articles rail",
    ),
    (RemovedKind::Related, &["most", "read"], "most read rail"),
    (RemovedKind::Related, &["mostread"], "most read rail"),
    (
        RemovedKind::Related,
        &["most", "popular"],
        "most popular rail",
    ),
    (
        RemovedKind::Related,
        &["popular", "posts"],
        "most popular rail",
    ),
    (RemovedKind::Related, &["trending"], "trending rail"),
    (RemovedKind::Related, &["read", "next"], "read next rail"),
    (RemovedKind::Related, &["also", "read"], "also read links"),
    (RemovedKind::Related, &["read", "also"], "also read links"),
    (
        RemovedKind::Related,
        &["you", "may", "like"],
        "recommendations class",
    ),
    (
        RemovedKind::Related,
        &["weitere"],
        "related links class (de)",
    ),
    (
        RemovedKind::Related,
        &["empfehlung"],
        "recommendations class (de)",
    ),
    (
        RemovedKind::Related,
        &["empfehlungen"],
        "recommendations class (de)",
    ),
    (
        RemovedKind::Related,
        &["lire", "aussi"],
        "related links class (fr)",
    ),
    (
        RemovedKind::Related,
        &["relacionadas"],
        "related links class (es)",
    ),
    (
        RemovedKind::Related,
        &["relacionados"],
        "related links class (es/pt)",
    ),
    (
        RemovedKind::Related,
        &["correlati"],
        "related links class (it)",
    ),
    (
        RemovedKind::Related,
        &["gerelateerd"],
        "related links class (nl)",
    ),
    // Newsletter sign-up boxes.
    (
        RemovedKind::Newsletter,
        &["newsletter"],
        "newsletter box class",
    ),
    (
        RemovedKind::Newsletter,
        &["newsletters"],
        "newsletter box class",
    ),
    (
        RemovedKind::Newsletter,
        &["subscribe"],
        "subscribe box class",
    ),
    (RemovedKind::Newsletter, &["signup"], "sign-up box class"),
    (
        RemovedKind::Newsletter,
        &["sign", "up"],
        "sign-up box class",
    ),
    (RemovedKind::Newsletter, &["optin"], "opt-in box class"),
    (RemovedKind::Newsletter, &["mailchimp"], "Mailchimp form"),
    (
        RemovedKind::Newsletter,
        &["mc4wp"],
        "Mailchimp for WordPress form",
    ),
    // Comments.
    (RemovedKind::Comments, &["comment"], "comments class"),
    (RemovedKind::Comments, &["comments"], "comments class"),
    (RemovedKind::Comments, &["commentlist"], "comments class"),
    (RemovedKind::Comments, &["disqus"], "Disqus thread"),
    (RemovedKind::Comments, &["respond"], "comment form"),
    (RemovedKind::Comments, &["replies"], "comments class"),
    (RemovedKind::Comments, &["kommentar"], "comments class (de)"),
    (
        RemovedKind::Comments,
        &["kommentare"],
        "comments class (de)",
    ),
    (
        RemovedKind::Comments,
        &["commentaires"],
        "comments class (fr)",
    ),
    (
        RemovedKind::Comments,
        &["comentarios"],
        "comments class (es/pt)",
    ),
    (RemovedKind::Comments, &["commenti"], "comments class (it)"),
    (RemovedKind::Comments, &["reacties"], "comments class (nl)"),
    // Paywall and subscription prompts.
    (RemovedKind::Paywall, &["paywall"], "paywall prompt"),
    (RemovedKind::Paywall, &["regwall"], "registration wall"),
    (RemovedKind::Paywall, &["piano"], "Piano paywall widget"),
    (
        RemovedKind::Paywall,
        &["subscription"],
        "subscription prompt",
    ),
    // Media players' chrome (Video.js `vjs-control-bar`, JW Player `jw-controls`, players'
    // `*-settings-container` menus): "Play Mute Current Time 0:00 Captions Quality Auto HD" is
    // the interface of the player, never the article. Listed before navigation: a player's
    // `menu-controls` has no links, so the navigation rule would let it through.
    (
        RemovedKind::Other,
        &["controls"],
        "player or gallery controls",
    ),
    (
        RemovedKind::Other,
        &["control", "bar"],
        "player or gallery controls",
    ),
    (
        RemovedKind::Other,
        &["controlbar"],
        "player or gallery controls",
    ),
    (RemovedKind::Other, &["settings"], "player settings menu"),
    // Navigation.
    (RemovedKind::Nav, &["nav"], "navigation class"),
    (RemovedKind::Nav, &["navbar"], "navigation class"),
    (RemovedKind::Nav, &["navigation"], "navigation class"),
    (RemovedKind::Nav, &["menu"], "menu class"),
    (RemovedKind::Nav, &["breadcrumb"], "breadcrumbs"),
    (RemovedKind::Nav, &["breadcrumbs"], "breadcrumbs"),
    (RemovedKind::Nav, &["pagination"], "pagination"),
    (RemovedKind::Nav, &["pager"], "pagination"),
    (RemovedKind::Nav, &["skip", "link"], "skip link"),
    (RemovedKind::Nav, &["masthead"], "page masthead"),
    (RemovedKind::Nav, &["site", "header"], "page header"),
    (RemovedKind::Nav, &["topbar"], "page header"),
    // Footers.
    (RemovedKind::Footer, &["footer"], "footer class"),
    (RemovedKind::Footer, &["colophon"], "footer class"),
    // Other furniture.
    (RemovedKind::Other, &["sidebar"], "sidebar"),
    (RemovedKind::Other, &["widget"], "widget"),
    (RemovedKind::Other, &["popup"], "pop-up"),
    (RemovedKind::Other, &["modal"], "modal dialog"),
    (RemovedKind::Other, &["tags"], "tag list"),
    (RemovedKind::Other, &["tag", "list"], "tag list"),
    (RemovedKind::Other, &["author", "bio"], "author bio box"),
    (RemovedKind::Other, &["about", "author"], "author bio box"),
    (RemovedKind::Other, &["author", "box"], "author bio box"),
    (RemovedKind::Other, &["byline"], "byline (kept in metadata)"),
    (RemovedKind::Other, &["toolbar"], "toolbar"),
    // Charts exported with ai2html (the newsroom Illustrator script): a picture overlaid with
    // every axis label and figure as loose text, once per screen size, which reads as number soup.
    (
        RemovedKind::Other,
        &["ai", "html"],
        "chart labels (ai2html)",
    ),
    (RemovedKind::Other, &["print"], "print link"),
    (RemovedKind::Credit, &["credit"], "image credit class"),
    (RemovedKind::Credit, &["credits"], "image credit class"),
    (
        RemovedKind::Credit,
        &["photo", "credit"],
        "image credit class",
    ),
    (RemovedKind::Credit, &["copyright"], "copyright line"),
];

/// Where a furniture word of [`FURNITURE_WORDS`] counts.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum FurnitureUse {
    /// Lowers a candidate's score and keeps a paragraph out of `isProbablyReaderable`'s count.
    Both,
    /// Only lowers a candidate's score: parts of an article's own furniture (its byline, caption,
    /// credit, tags, share row, media box) that mark a container as "not the body" when they
    /// name it, but whose text a reader may still be reading.
    ScoreOnly,
    /// Only keeps a paragraph out of `isProbablyReaderable`'s count: overlays and page chrome
    /// (consent, newsletter, modal, breadcrumbs, pagination) that the boilerplate stage removes
    /// by its own rules before candidates are scored.
    ReaderableOnly,
}

/// Class/id words of page furniture (matched as whole tokens): comment threads, sidebars,
/// footers, menus, related-story and promo boxes, vendor widgets (`outbrain`, `taboola`,
/// `combx`, `shoutbox`, `skyscraper` ad slots), cookie and newsletter dialogs. Each says where
/// it counts. The score penalty descends from Readability's "unlikely candidates"; the
/// readerable list is what a paragraph's own class must not say to count as article text.
pub(crate) const FURNITURE_WORDS: &[(&str, FurnitureUse)] = &[
    ("comment", FurnitureUse::Both),
    ("comments", FurnitureUse::Both),
    ("sidebar", FurnitureUse::Both),
    ("footer", FurnitureUse::Both),
    ("menu", FurnitureUse::Both),
    ("nav", FurnitureUse::Both),
    ("related", FurnitureUse::Both),
    ("promo", FurnitureUse::Both),
    ("sponsor", FurnitureUse::Both),
    ("hidden", FurnitureUse::ScoreOnly),
    ("banner", FurnitureUse::ScoreOnly),
    ("combx", FurnitureUse::ScoreOnly),
    ("contact", FurnitureUse::ScoreOnly),
    ("gdpr", FurnitureUse::ScoreOnly),
    ("masthead", FurnitureUse::ScoreOnly),
    ("media", FurnitureUse::ScoreOnly),
    ("meta", FurnitureUse::ScoreOnly),
    ("outbrain", FurnitureUse::ScoreOnly),
    ("taboola", FurnitureUse::ScoreOnly),
    ("scroll", FurnitureUse::ScoreOnly),
    ("share", FurnitureUse::ScoreOnly),
    ("shoutbox", FurnitureUse::ScoreOnly),
    ("skyscraper", FurnitureUse::ScoreOnly),
    ("shopping", FurnitureUse::ScoreOnly),
    ("tags", FurnitureUse::ScoreOnly),
    ("widget", FurnitureUse::ScoreOnly),
    ("byline", FurnitureUse::ScoreOnly),
    ("author", FurnitureUse::ScoreOnly),
    ("dateline", FurnitureUse::ScoreOnly),
    ("teaser", FurnitureUse::ScoreOnly),
    ("teasers", FurnitureUse::ScoreOnly),
    ("rail", FurnitureUse::ScoreOnly),
    ("popular", FurnitureUse::ScoreOnly),
    ("caption", FurnitureUse::ScoreOnly),
    ("credit", FurnitureUse::ScoreOnly),
    ("navigation", FurnitureUse::ReaderableOnly),
    ("sponsored", FurnitureUse::ReaderableOnly),
    ("cookie", FurnitureUse::ReaderableOnly),
    ("consent", FurnitureUse::ReaderableOnly),
    ("newsletter", FurnitureUse::ReaderableOnly),
    ("popup", FurnitureUse::ReaderableOnly),
    ("modal", FurnitureUse::ReaderableOnly),
    ("breadcrumb", FurnitureUse::ReaderableOnly),
    ("breadcrumbs", FurnitureUse::ReaderableOnly),
    ("pagination", FurnitureUse::ReaderableOnly),
];

/// True when `token` is a furniture word that lowers a candidate's score.
pub(crate) fn lowers_score(token: &str) -> bool {
    FURNITURE_WORDS
        .iter()
        .any(|&(w, u)| w == token && u != FurnitureUse::ReaderableOnly)
}

/// True when `token` is a furniture word whose paragraphs `isProbablyReaderable` does not count.
pub(crate) fn not_readerable(token: &str) -> bool {
    FURNITURE_WORDS
        .iter()
        .any(|&(w, u)| w == token && u != FurnitureUse::ScoreOnly)
}

/// Class/id words of page regions whose dates, authors and headings belong to *other* content:
/// comment threads (each comment has an author and a `<time>`), related/recommended/popular teaser
/// lists (each teaser has a date), sidebars, footers and newsletter boxes.
pub(crate) const EXCLUDED_AREA_WORDS: &[&str] = &[
    "comment",
    "related",
    "recommend",
    "popular",
    "trending",
    "sidebar",
    "footer",
    "newsletter",
    "read-more",
    "readmore",
    "more-stories",
    "teaser",
    "reply",
    "disqus",
];

/// Class words of a pull-quote, a sentence of the story repeated in large type beside it
/// (WordPress `wp-block-pullquote`, magazines' `pullquote`, `pullout`; `pull-quote` is the
/// phrase "pull quote").
pub(crate) const PULL_QUOTE_WORDS: &[&str] = &["pullquote", "pullout", "pullquotes"];

/// Quotation marks a pull-quote wraps its sentence in, which the sentence in the text has not.
pub(crate) const QUOTE_MARKS: &[char] = &['"', '“', '”', '„', '«', '»', '‘', '’', '\'', '「', '」'];

/// The reason of the "social" class rule, which [`EMBED_WORDS`] overrule.
pub(crate) const SOCIAL_REASON: &str = "social links class";

/// Class words of an embedded post (`social-media-embed`, `embedded-tweet`): a tweet or Instagram
/// post the story quotes is content, even in a box whose class also says "social" or "share".
pub(crate) const EMBED_WORDS: &[&str] = &["embed", "embedded"];
