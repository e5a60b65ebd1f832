//! One small invented page per heuristic whose evidence was a single real page, site or CMS
//! widget: each test reproduces the pattern in a few lines of hand-written HTML (no text copied
//! from a real site) and checks, through the public API, the behaviour the rule exists for. The
//! comment above each test names the rule (file::function) and the pattern it reproduces.

#[cfg(target_arch = "wasm32")]
use wasm_bindgen_test::wasm_bindgen_test as test;

mod common;

use articlean::{is_probably_readerable, Article, Block, RemovedKind};
use common::*;

/// Paragraphs of an invented story about a village tool library: enough running text for any
/// page to have an article.
const STORY: &[&str] = &[
    "The tool library in Lindholm opened in a former bakery on Thursday, and by noon its shelves \
     of drills, ladders and apple presses had already emptied once.",
    "Volunteers spent the winter repairing donated equipment, testing every cable and sharpening \
     every blade, so that a borrowed hedge trimmer would work on the first try.",
    "Members pay a small yearly fee, sign for each item at the counter, and bring it back within \
     a week, cleaned, oiled and with a note if anything seemed wrong.",
    "The organisers say the idea is older than it sounds: neighbours have always lent each other \
     tools, but a shared room means nobody has to remember who owns the long ladder.",
    "A second room will open in spring for sewing machines, a bread oven and a small bench where \
     a retired watchmaker has offered to teach repairs on Saturday mornings.",
    "The council agreed to cover the rent for two years, after which the library hopes to pay its \
     own way from fees, workshops and the occasional sale of surplus donations.",
];

fn paragraphs(lines: &[&str]) -> String {
    lines.iter().map(|l| format!("<p>{l}</p>\n")).collect()
}

fn story() -> String {
    paragraphs(STORY)
}

fn page(lang: &str, head: &str, body: &str) -> String {
    format!(
        "<!DOCTYPE html><html lang=\"{lang}\"><head><meta charset=\"utf-8\">\
         <title>Lindholm Weekly</title>{head}</head><body>{body}</body></html>"
    )
}

fn clean(html: &str) -> Article {
    articlean::clean(html, &articlean::Options::default())
        .unwrap_or_else(|e| panic!("clean() failed: {e} ({})", e.code()))
}

/// Runs the check on every case and fails with all the cases that failed, not only the first.
fn check_cases<T: std::fmt::Debug + Copy>(cases: &[T], check: impl Fn(T)) {
    let failed: Vec<String> = cases
        .iter()
        .filter(|&&c| std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| check(c))).is_err())
        .map(|c| format!("{c:?}"))
        .collect();
    assert!(failed.is_empty(), "failing cases: {failed:#?}");
}

// prepare::hidden_reason — the `fallback-image` exception to `aria-hidden`. Lazy-loading plugins
// mark the real picture `<img class="fallback-image" aria-hidden="true">` beside a script-driven
// copy; it is the only image a reader without scripts gets, so it must survive, while an ordinary
// aria-hidden decorative image still goes.
#[test]
fn an_aria_hidden_fallback_image_keeps_its_picture() {
    let body = format!(
        "<article><h1>A library of tools opens in the old bakery</h1>{}\
         <figure><img class=\"fallback-image\" aria-hidden=\"true\" \
         src=\"https://img.lindholm.test/bakery-shelves.jpg\" alt=\"Shelves of drills\">\
         <figcaption>The first borrowers at the counter.</figcaption></figure>{}\
         <p><img aria-hidden=\"true\" src=\"https://img.lindholm.test/ornament.png\" alt=\"\"></p>\
         </article>",
        paragraphs(&STORY[..3]),
        paragraphs(&STORY[3..])
    );
    let a = clean(&page("en", "", &body));
    let srcs: Vec<&str> = images(&a).iter().map(|i| i.0).collect();
    assert!(
        srcs.contains(&"https://img.lindholm.test/bakery-shelves.jpg"),
        "fallback image lost: {srcs:?}\n{}",
        a.content
    );
    assert!(
        !a.content.contains("ornament.png"),
        "decorative aria-hidden image kept"
    );
}

// boilerplate::remove_boilerplate — a generic "cookie-banner"-style class (GENERIC_REASON) is a
// guess and is only trusted on an element that is small or reads as a consent notice. Real case
// (rules/cookie.rs): a site names its sticky header `uk-cookiebanner`. Here the class sits on the
// page wrapper (a vendor-style removal would take the whole story) and on a long header (never a
// consent notice), while a small generic-named banner still goes.
#[test]
fn a_generic_cookie_banner_class_on_the_page_wrapper_is_not_a_consent_notice() {
    let header_links: String = [
        "Timetables",
        "Opening hours",
        "Membership",
        "Workshops",
        "Donations",
        "Volunteers",
    ]
    .iter()
    .map(|l| {
        format!(
            "<a href=\"/{}\">{l}</a> ",
            l.to_lowercase().replace(' ', "-")
        )
    })
    .collect();
    let header_blurb = "The Lindholm Weekly is written by volunteers from the village and the \
        farms around it, printed on Wednesdays and carried to the shop, the school and the ferry \
        landing by whoever has a bicycle that week. Letters, recipes, lost cats and corrections \
        are welcome at the shop counter or in the box by the church door, and every one of them \
        is read before the paper goes to print. ";
    let body = format!(
        "<div class=\"tm-page uk-cookiebanner\">\
         <div class=\"uk-cookiebanner-top\">{header_links}<p>{}</p></div>\
         <div class=\"story\"><h1>A library of tools opens in the old bakery</h1>{}</div>\
         </div>\
         <div class=\"js-cookie-banner\">We use cookies to improve your experience on our site. \
         <button>Accept all</button></div>",
        header_blurb.repeat(2),
        story()
    );
    let a = clean(&page("en", "", &body));
    assert_in_order("textContent", &a.text_content, &[STORY[0], STORY[5]]);
    let cookie_texts: Vec<&str> = a
        .removed
        .iter()
        .filter(|r| r.kind == RemovedKind::Cookie)
        .map(|r| r.text.as_str())
        .collect();
    assert!(
        cookie_texts.iter().all(|t| !t.contains("Timetables")),
        "the sticky header was taken for a consent notice: {cookie_texts:?}"
    );
    // The same guess on a small notice still removes it.
    assert!(
        cookie_texts.iter().any(|t| t.contains("We use cookies")),
        "{:#?}",
        a.removed
    );
    assert_absent("textContent", &a.text_content, &["We use cookies"]);
}

// boilerplate::remove_boilerplate — credits beside a picture stay for the serializer, which moves
// them to the image block's `credit`. News CMSs wrap the photographer's name in a credit-classed
// element (`photo-credit`, `image-credit`) inside the figure or a small image wrapper; as a bare
// name it is not credit-shaped text, so only the class says what it is.
#[test]
fn a_credit_class_beside_a_picture_becomes_the_image_credit() {
    let body = format!(
        "<article><h1>A library of tools opens in the old bakery</h1>{}\
         <figure><img src=\"https://img.lindholm.test/counter.jpg\" alt=\"The counter\">\
         <figcaption>Borrowers queue at the counter on opening day. \
         <span class=\"photo-credit\">Mira Olsen</span></figcaption></figure>{}\
         <div class=\"article-image\"><img src=\"https://img.lindholm.test/ladder.jpg\" alt=\"A ladder\">\
         <p class=\"image-credit\">Jonas Weber</p></div>{}</article>",
        paragraphs(&STORY[..2]),
        paragraphs(&STORY[2..4]),
        paragraphs(&STORY[4..])
    );
    let a = clean(&page("en", "", &body));
    let images = images(&a);
    let credit_of = |src: &str| {
        images
            .iter()
            .find(|i| i.0.ends_with(src))
            .unwrap_or_else(|| {
                panic!(
                    "no image {src}: {images:?}\n{:#?}\n{}",
                    a.removed, a.content
                )
            })
            .2
    };
    assert_eq!(credit_of("counter.jpg"), Some("Mira Olsen"), "{images:?}");
    assert_eq!(credit_of("ladder.jpg"), Some("Jonas Weber"), "{images:?}");
    assert_absent(
        "textContent",
        &a.text_content,
        &["Mira Olsen", "Jonas Weber"],
    );
}

// boilerplate::is_content_element — a heading is a heading whatever its class. Documentation
// generators (Docusaurus) give every section heading `class="anchor anchorWithStickyNavbar_x"`
// and a hash link, which the "navbar" class word would otherwise remove as navigation.
#[test]
fn a_heading_with_a_sticky_navbar_class_stays_a_heading() {
    let section = |id: &str, title: &str, lines: &[&str]| {
        format!(
            "<h2 class=\"anchor anchorWithStickyNavbar_Ab3x\" id=\"{id}\">{title}\
             <a href=\"#{id}\" class=\"hash-link\" aria-label=\"Direct link to {title}\">#</a></h2>{}",
            paragraphs(lines)
        )
    };
    let body = format!(
        "<main><article><h1>Borrowing guide</h1>{}{}{}</article></main>",
        section("signing-up", "Signing up", &STORY[..2]),
        section("taking-a-tool-home", "Taking a tool home", &STORY[2..4]),
        section("bringing-it-back", "Bringing it back", &STORY[4..]),
    );
    let a = clean(&page("en", "", &body));
    let headings = heading_texts(&a);
    check_cases(
        &["Signing up", "Taking a tool home", "Bringing it back"],
        |h| {
            assert!(
                headings.iter().any(|t| t.starts_with(h)),
                "heading {h:?} lost: {headings:?}"
            );
        },
    );
}

// readerable::is_teaser — `<h1>` does not make a teaser card. Blog themes link the post's own
// `<h1>` to its permalink; a short post under such a heading is an article, not a summary card
// pointing elsewhere.
#[test]
fn a_short_post_under_its_own_permalinked_h1_is_readerable() {
    let html = format!(
        "<html><body><article class=\"post\">\
         <h1 class=\"entry-title\"><a href=\"https://blog.lindholm.test/2024/03/tool-library/\">\
         A library of tools opens in the old bakery</a></h1>\
         <div class=\"entry-content\">{}</div></article></body></html>",
        paragraphs(&STORY[..3])
    );
    let r = is_probably_readerable(&html);
    assert!(r.readerable, "{r:?}");
}

// readerable::links_elsewhere — a heading's in-page anchor (`href="#section"`) is not a link to
// another page. Documentation and wiki themes put a permalink anchor in every section heading;
// short sections under them are the page's own text, not teaser cards.
#[test]
fn sections_under_in_page_anchor_headings_are_not_teasers() {
    let section = |id: &str, title: &str, line: &str| {
        format!("<section><h2><a class=\"anchor\" href=\"#{id}\">{title}</a></h2><p>{line}</p></section>")
    };
    let html = format!(
        "<html><body><div class=\"doc\">{}{}{}</div></body></html>",
        section("opening", "Opening day", STORY[0]),
        section("repairs", "Repairs", STORY[1]),
        section("rules", "Rules", STORY[2]),
    );
    let r = is_probably_readerable(&html);
    assert!(r.readerable, "{r:?}");
    // The same sections linking to other pages are teaser cards.
    let teasers = html.replace("href=\"#", "href=\"/stories/");
    assert!(!is_probably_readerable(&teasers).readerable);
}

// candidates::merge_siblings — a `<figure>` beside the chosen text column joins the article.
// Magazine and news templates put the lead picture in a sibling of the text block, inside the
// same story wrapper, where it has no paragraph to vote for it.
#[test]
fn the_lead_picture_beside_the_text_column_joins_the_article() {
    let body = format!(
        "<div class=\"layout\"><div class=\"story-main\">\
         <figure class=\"lead\"><img src=\"https://img.lindholm.test/bakery-front.jpg\" \
         alt=\"The old bakery\"><figcaption>The old bakery on Harbour Street.</figcaption></figure>\
         <div class=\"story-text\">{}</div></div></div>",
        story()
    );
    let a = clean(&page("en", "", &body));
    let srcs: Vec<&str> = images(&a).iter().map(|i| i.0).collect();
    assert_eq!(
        srcs,
        ["https://img.lindholm.test/bakery-front.jpg"],
        "{}",
        a.content
    );
}

// candidates::merge_siblings — a sibling with a paragraph's worth of prose joins even when its
// paragraphs sit too deep to have voted for it. Magazine layouts nest each section of a story
// six levels down in grid wrappers.
#[test]
fn a_deeply_nested_second_part_of_the_story_joins_the_article() {
    let part_two = [
        "Later in the afternoon the queue reached the harbour, and the volunteers began lending \
         tools from a table on the pavement.",
        "By closing time forty families had signed up, the apple press was booked until October \
         and the long ladder had been borrowed twice.",
        "Next week the library will start a waiting list, because the hedge trimmers were the first \
         things to go and nobody expects that to change.",
        "Anyone who wants to donate tools can bring them on Saturday, when the watchmaker will look \
         over anything with a motor or a spring.",
    ];
    let nested = format!(
        "<div class=\"grid\"><div class=\"row\"><div class=\"col\"><div class=\"cell\">\
         <div class=\"inner\">{}</div></div></div></div></div>",
        paragraphs(&part_two)
    );
    let body = format!(
        "<div><div class=\"part-one\">{}</div><div class=\"part-two\">{nested}</div></div>",
        story()
    );
    let a = clean(&page("en", "", &body));
    assert_in_order(
        "textContent",
        &a.text_content,
        &[STORY[0], STORY[5], part_two[0], part_two[3]],
    );
}

// metadata::in_excluded_area_with — `<body>` and `<html>` classes are never read as excluded
// areas. WordPress puts `comments-open` on the body of every post, which would otherwise put the
// whole page in a "comments" region and lose the byline and date.
#[test]
fn a_comments_open_body_class_does_not_hide_the_byline_and_date() {
    let html = format!(
        "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Lindholm Weekly</title>\
         </head><body class=\"post-template-default single single-post comments-open\">\
         <article><h1>A library of tools opens in the old bakery</h1>\
         <div class=\"entry-meta\"><span class=\"byline\">Hanna Lind</span> \
         <time datetime=\"2024-03-14T09:30:00+01:00\">14 March 2024</time></div>{}</article>\
         </body></html>",
        story()
    );
    let a = clean(&html);
    assert_eq!(a.byline.as_deref(), Some("Hanna Lind"));
    assert_eq!(
        a.published_time.as_deref(),
        Some("2024-03-14T09:30:00+01:00")
    );
}

// metadata::title::choose_title — a JSON-LD headline cut off with an ellipsis (some CMSs cut it
// at 110 characters, Google's old limit) gives way to the sharing title that starts with it.
#[test]
fn a_cut_json_ld_headline_gives_way_to_the_whole_og_title() {
    let full = "Lindholm's tool library opens in the old bakery on Harbour Street and lends forty \
                ladders, drills and apple presses on its first day";
    check_cases(&["…", "..."], |ellipsis| {
        let cut = format!("{}{ellipsis}", &full[..105]);
        let head = format!(
            "<meta property=\"og:title\" content=\"{full}\">\
             <script type=\"application/ld+json\">{{\"@type\":\"NewsArticle\",\"headline\":\"{cut}\"}}</script>"
        );
        let body = format!("<article><h1>{full}</h1>{}</article>", story());
        let a = clean(&page("en", &head, &body));
        assert_eq!(a.title.as_deref(), Some(full), "{ellipsis}");
    });
}

// lib::detach_byline_lines — the visible byline goes together with the short line around it, so
// the leftovers of a French news template's "Par <author> – , mis à jour à 09:02" line do not stay
// in the text. Checked with the byline prefixes of French, English and German.
#[test]
fn the_line_around_a_visible_byline_goes_with_it() {
    check_cases(
        &[
            (
                "fr",
                "Par <span class=\"author\">Claire Morel</span> – , mis à jour à 09:02",
                "Claire Morel",
                "mis à jour",
            ),
            (
                "en",
                "By <span class=\"author\">Tom Reed</span> | last changed 9:02",
                "Tom Reed",
                "last changed",
            ),
            (
                "de",
                "Von <span class=\"autor\">Jonas Weber</span> | geändert um 09:02 Uhr",
                "Jonas Weber",
                "geändert",
            ),
        ],
        |(lang, line, name, leftover)| {
            let body = format!(
                "<article><h1>A library of tools opens in the old bakery</h1>\
             <p class=\"meta\">{line}</p>{}</article>",
                story()
            );
            let a = clean(&page(lang, "", &body));
            assert_eq!(a.byline.as_deref(), Some(name), "{lang}");
            assert_absent(lang, &a.text_content, &[leftover]);
            assert_in_order(lang, &a.text_content, &[STORY[0]]);
        },
    );
}

// serialize::tidy_text — zero-width spaces, byte order marks and soft hyphens are dropped from
// the text. Documentation sites put a zero-width space in every heading's anchor link, which
// would otherwise end up glued to the heading text.
#[test]
fn zero_width_characters_from_heading_anchors_are_dropped() {
    let body = format!(
        "<main><article><h1>Borrowing guide</h1>\
         <h2 id=\"signing-up\">Signing up<a class=\"hash-link\" href=\"#signing-up\">\u{200b}</a></h2>\
         {}<h2 id=\"repairs\">Repairs<a class=\"hash-link\" href=\"#repairs\">\u{200b}</a></h2>\
         <p>Every blade is sharp\u{ad}ened before it goes back on the shelf, and every cable is \
         tested for breaks.</p>{}</article></main>",
        paragraphs(&STORY[..3]),
        paragraphs(&STORY[3..])
    );
    let a = clean(&page("en", "", &body));
    let headings = heading_texts(&a);
    assert!(headings.contains(&"Signing up"), "{headings:?}");
    assert!(headings.contains(&"Repairs"), "{headings:?}");
    assert!(a.text_content.contains("sharpened"));
    assert!(!a.text_content.contains(['\u{200b}', '\u{ad}']));
}

// prune::is_date_line — a line that is only a date and a 12-hour time ending in "p.m."/"a.m."
// ("March 14, 2024, 4:15 p.m.") is a date stamp although it ends with a full stop; the dot of
// the clock marker does not make it a sentence. US news templates print such lines above the
// story.
#[test]
fn a_date_line_ending_in_a_clock_marker_is_removed() {
    check_cases(
        &["March 14, 2024, 4:15 p.m.", "March 14, 2024, 9:05 a.m."],
        |stamp| {
            let body = format!(
                "<article><h1>A library of tools opens in the old bakery</h1>{}\
                 <p>{stamp}</p>{}</article>",
                paragraphs(&STORY[..2]),
                paragraphs(&STORY[2..])
            );
            let a = clean(&page("en", "", &body));
            assert_absent(stamp, &a.text_content, &[stamp]);
            assert!(
                a.removed
                    .iter()
                    .any(|r| r.reason == "date line (kept in publishedTime)"
                        && r.text.contains("2024")),
                "{stamp}: {:#?}",
                a.removed
            );
        },
    );
}

// serialize::Writer::paragraph — a short paragraph with a caption class right after a bare image
// is that image's caption, not a paragraph of the story. WordPress writes `wp-caption-text`; news
// CMSs use the local word for caption, so each language's class word is checked.
#[test]
fn a_caption_classed_paragraph_after_a_bare_image_becomes_its_caption() {
    check_cases(
        &[
            ("en", "wp-caption-text", "The counter on opening day."),
            ("en", "story-cutline", "The counter on opening day."),
            ("fr", "legende-photo", "Le comptoir le jour de l'ouverture."),
            ("de", "bildunterschrift", "Die Theke am Eröffnungstag."),
            ("it", "didascalia", "Il banco il giorno dell'apertura."),
            ("es", "pie-de-foto", "El mostrador el día de la apertura."),
        ],
        |(lang, class, caption)| {
            let body = format!(
                "<article><h1>A library of tools opens in the old bakery</h1>{}\
             <p><img src=\"https://img.lindholm.test/counter.jpg\" alt=\"\"></p>\
             <p class=\"{class}\">{caption}</p>{}</article>",
                paragraphs(&STORY[..3]),
                paragraphs(&STORY[3..])
            );
            let a = clean(&page(lang, "", &body));
            let images = images(&a);
            assert_eq!(
                images,
                [("https://img.lindholm.test/counter.jpg", Some(caption), None)],
                "{class}"
            );
            let as_paragraph = a
                .blocks
                .iter()
                .any(|b| matches!(b, Block::Paragraph { text } if text == caption));
            assert!(!as_paragraph, "{class}: caption left as a paragraph");
        },
    );
}

// prune::drop_title_headings — only the `<h1>` that opens the article (the headline again) goes;
// later `<h1>`s are section titles, as documentation generators write every chapter heading.
#[test]
fn later_h1_section_titles_of_a_documentation_page_stay() {
    let body = format!(
        "<main><div class=\"document\"><h1>Borrowing guide</h1>{}<h1>Opening hours</h1>{}\
         <h1>Donating tools</h1>{}</div></main>",
        paragraphs(&STORY[..2]),
        paragraphs(&STORY[2..4]),
        paragraphs(&STORY[4..])
    );
    let a = clean(&page("en", "", &body));
    let headings = heading_texts(&a);
    assert!(!headings.contains(&"Borrowing guide"), "{headings:?}");
    assert!(headings.contains(&"Opening hours"), "{headings:?}");
    assert!(headings.contains(&"Donating tools"), "{headings:?}");
}

// prune::text_verdict (`standalone`) — inline elements and list items are judged by the strong
// rules only, never as date lines: a reference list's ". Retrieved 2024-03-21" access-date span
// (as wikis print citations) and an events list of bare dates are article content.
#[test]
fn dates_in_citation_spans_and_list_items_are_not_date_lines() {
    let body = format!(
        "<article><h1>A library of tools opens in the old bakery</h1>{}\
         <p>Repair evenings this spring:</p><ul><li>March 21, 2024</li><li>April 18, 2024</li>\
         <li>May 16, 2024</li></ul>{}<h2>Sources</h2><ol class=\"references\">\
         <li>Hansen, K. (2019). Sharing sheds in small villages. Lindholm Press\
         <span class=\"accessdate\">. Retrieved 2024-03-21</span>.</li></ol></article>",
        paragraphs(&STORY[..3]),
        paragraphs(&STORY[3..])
    );
    let a = clean(&page("en", "", &body));
    assert_in_order(
        "textContent",
        &a.text_content,
        &[
            "March 21, 2024",
            "April 18, 2024",
            "May 16, 2024",
            STORY[5],
            "Retrieved 2024-03-21",
        ],
    );
}

// boilerplate::remove_consent_text — a wrapper that holds most of the page's paragraphs is never
// judged whole as a consent notice: a short news brief and a cookie banner can share one small
// wrapper, and only the banner may go.
#[test]
fn a_short_brief_sharing_a_wrapper_with_a_cookie_notice_survives() {
    let body = format!(
        "<div class=\"wrap\"><div class=\"brief\"><h1>Tool library opens</h1>{}</div>\
         <div class=\"note\">We use cookies to improve your experience and to measure visits. \
         By continuing to browse you accept our cookie policy. <a href=\"/privacy\">Privacy \
         policy</a></div></div>",
        paragraphs(&STORY[..3])
    );
    let a = clean(&page("en", "", &body));
    assert_in_order("textContent", &a.text_content, &[STORY[0], STORY[2]]);
    assert_absent("textContent", &a.text_content, &["We use cookies"]);
    assert!(a.removed.iter().any(|r| r.kind == RemovedKind::Cookie));
}

// candidates::merge_siblings — a short sibling paragraph without links that ends like a sentence
// (a closing line after the story's container) joins the article; the full stop may be Latin
// or CJK ("。").
#[test]
fn a_short_closing_paragraph_beside_the_story_joins_it_in_latin_and_cjk_scripts() {
    let ja_story = [
        "リンドホルム村の古いパン屋に、道具を貸し出す図書館が木曜日に開館し、昼までに棚のドリルやはしご、りんご搾り機がすべて貸し出された。",
        "ボランティアたちは冬の間、寄付された道具を修理し、ケーブルを一本ずつ点検し、刃をすべて研いで、借りた生け垣ばさみが最初から使えるようにした。",
        "会員は年会費を払い、カウンターで署名して道具を借り、一週間以内に、きれいにして油を差し、気になった点をメモにして返却する。",
        "主催者によると、隣人同士が道具を貸し借りするのは昔からのことだが、共有の部屋があれば長いはしごの持ち主を覚えておく必要がなくなるという。",
        "春にはミシンやパン焼き窯、そして引退した時計職人が土曜の朝に修理を教える小さな作業台のある第二の部屋が開く予定だ。",
    ];
    check_cases(
        &[
            ("en", STORY, "The library opens again on Monday."),
            ("ja", &ja_story[..], "図書館は月曜日に再開する。"),
        ],
        |(lang, lines, closing)| {
            let body = format!(
                "<div class=\"page\"><div class=\"story-text\">{}</div><p>{closing}</p>\
             <p><a href=\"/archive\">Archive</a></p></div>",
                paragraphs(lines)
            );
            let a = clean(&page(lang, "", &body));
            assert_in_order(lang, &a.text_content, &[lines[0], closing]);
        },
    );
}

// boilerplate::remove_boilerplate — a comments class beats an article word on the same element
// whatever its length: WordPress (Genesis) themes name the comment thread `entry-comments`, and
// "entry" alone must not keep a long thread of reader comments in the article.
#[test]
fn an_entry_comments_thread_goes_despite_its_article_word() {
    let comment = |who: &str, text: &str| {
        format!("<li class=\"comment\"><p class=\"comment-author\">{who}</p><p>{text}</p></li>")
    };
    let body = format!(
        "<article class=\"post\"><h1>A library of tools opens in the old bakery</h1>\
         <div class=\"entry-content\">{}</div><div class=\"entry-comments\"><h3>2 responses</h3>\
         <ol>{}{}</ol></div></article>",
        story(),
        comment(
            "Grete",
            "Wonderful news for the village, I have wanted to borrow a proper ladder for years and \
             never had room to store one of my own in the flat above the shop."
        ),
        comment(
            "Paul from the ferry",
            "Will the library also lend the big wheelbarrow that used to stand behind the church? \
             Several of us at the landing would gladly help to repair its wheel before spring."
        ),
    );
    let a = clean(&page("en", "", &body));
    assert_in_order("textContent", &a.text_content, &[STORY[0], STORY[5]]);
    assert_absent(
        "textContent",
        &a.text_content,
        &["proper ladder", "big wheelbarrow"],
    );
    assert!(
        a.removed
            .iter()
            .any(|r| r.kind == RemovedKind::Comments && r.text.contains("responses")),
        "{:#?}",
        a.removed
    );
}

// metadata::find_time_element — a `<time>` whose class or id says "published" dates the article,
// even after another one: WordPress themes print `<time class="entry-date published">` beside
// `<time class="updated">`, in either order.
#[test]
fn the_time_marked_published_dates_the_article_not_the_update() {
    let body = format!(
        "<article><h1>A library of tools opens in the old bakery</h1>\
         <div class=\"entry-meta\">Last changed <time class=\"updated\" datetime=\"2024-03-20T08:00:00+01:00\">\
         20 March</time>, first printed <time class=\"entry-date published\" \
         datetime=\"2024-03-14T09:30:00+01:00\">14 March</time></div>{}</article>",
        story()
    );
    let a = clean(&page("en", "", &body));
    assert_eq!(
        a.published_time.as_deref(),
        Some("2024-03-14T09:30:00+01:00")
    );
}

// metadata::byline::find_visible_byline (BYLINE_FALSE_FRIENDS "follow", "more-by") — follow-the-
// author widgets and "more by this author" tabs carry author class names but are not the byline.
#[test]
fn follow_and_more_by_author_widgets_are_not_the_byline() {
    check_cases(
        &[
            "<div class=\"author-follow\"><a href=\"/follow/lind\">Follow Nora Berg</a></div>",
            "<div class=\"more-by-author\"><a href=\"/authors/lind\">More Nora Berg</a></div>",
        ],
        |widget| {
            let body = format!(
                "<article><h1>A library of tools opens in the old bakery</h1>{widget}\
             <p class=\"byline\">By Hanna Lind</p>{}</article>",
                story()
            );
            let a = clean(&page("en", "", &body));
            assert_eq!(a.byline.as_deref(), Some("Hanna Lind"), "{widget}");
        },
    );
}
