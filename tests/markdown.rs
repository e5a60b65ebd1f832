//! Markdown output: rendering `Article.markdown` with a CommonMark renderer (pulldown-cmark, GitHub
//! tables and strikethrough on) must give back the words of the title and of `content` in the same
//! order — so no escaping slip turns text into markup or markup into text — and the seed fixture
//! must show its structure (subheads, pull quotes, captioned image without its credit).

#[cfg(target_arch = "wasm32")]
use wasm_bindgen_test::wasm_bindgen_test as test;

mod common;
#[path = "common/roundtrip.rs"]
mod roundtrip;
#[path = "common/tree.rs"]
mod tree;

use articlean::{Format, Options};
use roundtrip::{assert_round_trip, render, words_of_html};

fn fixtures() -> Vec<String> {
    let slugs: Vec<String> = common::files::list("tests/fixtures")
        .into_iter()
        .filter(|slug| {
            common::files::try_read(&format!("tests/fixtures/{slug}/source.html")).is_some()
        })
        .collect();
    assert!(!slugs.is_empty(), "no fixtures found");
    slugs
}

fn markdown_options() -> Options {
    Options {
        format: Format::Markdown,
        ..Options::default()
    }
}

#[test]
fn every_golden_fixture_round_trips_through_commonmark() {
    let slugs = fixtures();
    assert!(slugs.len() >= 10, "fixtures found: {slugs:?}");
    for slug in slugs {
        let html = common::load_source(&slug);
        let article = articlean::clean(&html, &markdown_options()).expect("cleans");
        assert_round_trip(&slug, &article);
    }
}

#[test]
fn markup_characters_in_text_round_trip() {
    let html = r#"<html><head><title>Stars *and* [brackets] #1</title></head><body><article>
        <p>Use <code>a | b</code> and `ticks`, 2 * 3 = 6, _under_score_, &lt;div&gt; &amp;amp; C:\path\ and ~~not struck~~!</p>
        <p>1. Not a list. <em>"quoted emphasis"</em>next to <strong>bold</strong>text and <a href="https://x.test/a_(b)">a (paren) link</a>!</p>
        <p>+ plus<br># hash after a break<br>= equals<br>- dash</p>
        <ul><li>one <b>*</b></li><li>two<ol><li>nested | pipe</li></ol></li></ul>
        <table><tr><th>h|1</th><th><code>x|y</code></th></tr><tr><td>*a*</td><td>[b]</td></tr></table>
        <blockquote><p>&gt; quoted quote</p><p>second</p></blockquote>
        <pre><code class="language-js">const s = "```"; // | * _
</code></pre>
        <p>Long enough text to be an article, repeated so the extraction keeps every block of it in place.</p>
        </article></body></html>"#;
    let article = articlean::clean(html, &markdown_options()).expect("cleans");
    assert_round_trip("markup characters", &article);
}

#[test]
fn seed_markdown_shows_headline_subheads_quotes_and_captioned_image_without_credit() {
    let html = common::load_source("seed-afp-kim-letter");
    let article = articlean::clean(&html, &markdown_options()).expect("cleans");
    let md = article.markdown.expect("markdown was asked for");
    assert!(
        md.starts_with("# Kim Jong-un sent Donald Trump a 'warm' letter seeking another meeting\n")
    );
    assert!(md.contains("\n## ‘Bold decision’\n"), "{md}");
    assert!(md.contains("\n## ‘Still waiting’\n"), "{md}");
    assert!(md.contains(
        "\n> At the end of the day, ultimately, it’s always going to be best when you can have the two leaders sit down.\n"
    ));
    assert!(
        md.contains("\n> But President Trump can’t make the North Koreans walk through the door")
    );
    // The credit is only the image's title attribute, never a line of text.
    assert!(md.contains(
        "\n![Trump and Kim at the Singapore summit](https://img2.thejournal.ie/inline/4228433/original/?width=630&version=4228433 \"Source: UPI/PA Images\")\n\n*President Donald Trump with North Korean leader Kim Jong-un earlier this year.*\n"
    ), "{md}");
    let rendered = render(&md);
    let words = words_of_html(&rendered).0.join(" ");
    assert!(!words.contains("UPI"), "credit leaked into the text");
    assert!(rendered.contains("title=\"Source: UPI/PA Images\""));
    assert_eq!(
        md.matches("](https://img2.thejournal.ie/inline/4228433")
            .count(),
        1
    );
}

#[test]
fn markdown_and_plain_text_are_null_unless_asked_for() {
    let html = common::load_source("seed-afp-kim-letter");
    let article = articlean::clean(&html, &Options::default()).expect("cleans");
    assert_eq!(article.markdown, None);
    assert_eq!(article.plain_text, None);
    let json = serde_json::to_value(&article).expect("serializes");
    assert!(json["markdown"].is_null() && json["plainText"].is_null());
    let text = articlean::clean(
        &html,
        &Options {
            format: Format::Text,
            ..Options::default()
        },
    )
    .expect("cleans");
    let plain = text.plain_text.expect("text was asked for");
    assert!(plain.starts_with("Kim Jong-un sent Donald Trump"));
    assert!(plain.contains("\n\n    At the end of the day"));
    assert!(!plain.contains("UPI") && !plain.contains('<') && !plain.contains("##"));
    // textContent is untouched by the format option.
    assert_eq!(text.text_content, article.text_content);
}

/// Run by hand on the dev corpora: `ARTICLEAN_CORPUS=/work/shared/corpus cargo test --test markdown
/// -- --ignored --nocapture`. Prints how many pages round-trip.
#[cfg(not(target_arch = "wasm32"))]
#[test]
#[ignore]
fn corpus_round_trip_figures() {
    let root = std::env::var("ARTICLEAN_CORPUS").unwrap_or_else(|_| "../shared/corpus".into());
    let mut total = 0;
    let mut failures = Vec::new();
    for set in ["scrapinghub", "readability"] {
        let dir = std::path::Path::new(&root).join(set).join("pages");
        let Ok(entries) = std::fs::read_dir(&dir) else {
            continue;
        };
        for entry in entries.flatten() {
            let Ok(bytes) = std::fs::read(entry.path()) else {
                continue;
            };
            let Ok(article) = articlean::clean_bytes(&bytes, None, &markdown_options()) else {
                continue;
            };
            total += 1;
            let name = entry.path().display().to_string();
            if std::panic::catch_unwind(|| assert_round_trip(&name, &article)).is_err() {
                failures.push(name);
            }
        }
    }
    println!(
        "markdown round trip: {}/{} corpus pages",
        total - failures.len(),
        total
    );
    for f in failures.iter().take(20) {
        println!("  fails: {f}");
    }
}

#[test]
fn strip_tracking_option_cleans_links_in_content_and_markdown() {
    let html = "<html><body><article><p>Read <a href=\"https://x.test/story?id=4&amp;utm_source=nl&amp;fbclid=Z#part\">the story</a> and <a href=\"#notes\">the notes</a>; this paragraph is long enough to be kept as the article body by the extractor.</p></article></body></html>";
    let kept = articlean::clean(html, &markdown_options()).expect("cleans");
    assert!(kept.content.contains("utm_source=nl"), "off by default");
    let options = Options {
        strip_tracking: true,
        ..markdown_options()
    };
    let article = articlean::clean(html, &options).expect("cleans");
    assert!(
        article
            .content
            .contains("href=\"https://x.test/story?id=4#part\""),
        "{}",
        article.content
    );
    assert!(article.content.contains("href=\"#notes\""));
    let md = article.markdown.expect("markdown");
    assert!(
        md.contains("[the story](https://x.test/story?id=4#part)"),
        "{md}"
    );
}

/// A page with enough running text that the extractor keeps all of `body`.
fn article_page(body: &str) -> String {
    let filler = "<p>The committee met again on Tuesday to discuss the budget, and most members said the plan would hold until the summer recess at least.</p>";
    format!("<html><head><title>Notes on the budget</title></head><body><article><h1>Notes on the budget</h1>{filler}{body}{filler}</article></body></html>")
}

#[test]
fn footnotes_become_github_footnotes_at_the_end() {
    // Pandoc/Hugo style (`<a><sup>`, a section of notes with "↩" links back) and Wikipedia style
    // (`<sup><a>[n]</a></sup>`, an `ol` of references with "^" links back), on one page.
    let html = article_page(concat!(
        "<p>Spending on libraries rises by a fifth.<a href=\"#fn1\" id=\"fnref1\" class=\"footnote-ref\" role=\"doc-noteref\"><sup>1</sup></a> ",
        "Road repairs get the rest.<sup class=\"reference\"><a href=\"#cite_note-2\">[2]</a></sup></p>",
        "<section class=\"footnotes\" role=\"doc-endnotes\"><ol><li id=\"fn1\"><p>Minutes of the meeting, 12 March. <a href=\"#fnref1\" class=\"footnote-back\">↩︎</a></p></li></ol></section>",
        "<ol class=\"references\"><li id=\"cite_note-2\"><span class=\"mw-cite-backlink\"><a href=\"#cite_ref-2\">^</a></span> <span class=\"reference-text\">City budget report, <i>page 4</i>.</span></li></ol>",
    ));
    let article = articlean::clean(&html, &markdown_options()).expect("cleans");
    assert!(
        article.content.contains("<li id=\"fn1\">") && article.content.contains("href=\"#fn1\""),
        "the notes keep the ids their references point to: {}",
        article.content
    );
    let md = article.markdown.as_deref().expect("markdown");
    assert!(
        md.contains("Spending on libraries rises by a fifth.[^1] Road repairs get the rest.[^2]"),
        "{md}"
    );
    assert!(
        md.ends_with(
            "[^1]: Minutes of the meeting, 12 March.\n\n[^2]: City budget report, *page 4*.\n"
        ),
        "{md}"
    );
    assert!(
        !md.contains('↩') && !md.contains("#fnref1") && !md.contains("cite_ref"),
        "{md}"
    );
    let rendered = render(md);
    assert_eq!(
        rendered.matches("class=\"footnote-definition\"").count(),
        2,
        "{rendered}"
    );
    assert_round_trip("footnotes", &article);
}

#[test]
fn references_without_matching_notes_stay_links() {
    // A reference to a note that is not in the article; a list of which only one item in three
    // is referenced; a table of contents linking to the steps of a list by their titles: all stay
    // the links and lists `content` has.
    let html = article_page(concat!(
        "<p>See the appendix.<sup><a href=\"#fn9\">9</a></sup> And the first note.<sup><a href=\"#n1\">1</a></sup></p>",
        "<ol><li id=\"n1\">The first note, referenced.</li><li id=\"n2\">A second note nobody refers to.</li><li>A third.</li></ol>",
        "<p>Jump to <a href=\"#s1\">mixing the dough</a> or <a href=\"#s2\">baking the loaf</a>.</p>",
        "<ol><li id=\"s1\">Mix the dough for ten minutes.</li><li id=\"s2\">Bake the loaf for forty minutes.</li></ol>",
    ));
    let article = articlean::clean(&html, &markdown_options()).expect("cleans");
    let md = article.markdown.as_deref().expect("markdown");
    assert!(md.contains("[9](#fn9)") && md.contains("[1](#n1)"), "{md}");
    assert!(
        md.contains("\n1. The first note, referenced.\n2. A second note nobody refers to.\n"),
        "{md}"
    );
    assert!(
        md.contains("[mixing the dough](#s1)") && md.contains("\n1. Mix the dough"),
        "{md}"
    );
    assert!(!md.contains("[^"), "{md}");
    // The untargeted item keeps no id.
    assert!(
        article.content.contains("<li>A second note"),
        "{}",
        article.content
    );
}

#[test]
fn notes_whose_reference_was_left_out_stay_in_a_list() {
    // Wikipedia: the reference to note 2 sat in an infobox the extraction dropped. Notes 1 and 3
    // become footnotes; note 2 stays where the list stood, numbered as it was, without its "^".
    let html = article_page(concat!(
        "<p>The city lies on the coast.<sup><a href=\"#cite_note-1\">[1]</a></sup> It has a port.<sup><a href=\"#cite_note-3\">[3]</a></sup></p>",
        "<h2>References</h2><ol class=\"references\"><li id=\"cite_note-1\"><a href=\"#cite_ref-1\">^</a> Atlas, 2001.</li>",
        "<li id=\"cite_note-2\"><a href=\"#cite_ref-2\">^</a> Census, 2011.</li>",
        "<li id=\"cite_note-3\"><a href=\"#cite_ref-3\">^</a> Port authority, 2015.</li></ol>",
    ));
    let article = articlean::clean(&html, &markdown_options()).expect("cleans");
    let md = article.markdown.as_deref().expect("markdown");
    assert!(md.contains("coast.[^1] It has a port.[^2]"), "{md}");
    assert!(md.contains("## References\n\n2. Census, 2011.\n"), "{md}");
    assert!(
        md.ends_with("[^1]: Atlas, 2001.\n\n[^2]: Port authority, 2015.\n"),
        "{md}"
    );
    assert_round_trip("partly referenced notes", &article);
}

#[test]
fn ordered_lists_keep_their_start_number() {
    let html = article_page(concat!(
        "<ol start=\"4\"><li>Fourth step, on libraries.</li><li>Fifth step, on roads.</li></ol>",
        "<ul><li>Outer point<ol start=\"7\"><li>Seventh sub-point.</li></ol></li></ul>",
        "<ol start=\"-2\"><li>Negative start dropped.</li></ol>",
        "<ol start=\"3a\"><li>Junk start dropped.</li></ol>",
    ));
    let article = articlean::clean(&html, &markdown_options()).expect("cleans");
    assert!(
        article.content.contains("<ol start=\"4\">"),
        "{}",
        article.content
    );
    assert!(!article.content.contains("-2") && !article.content.contains("3a"));
    let starts: Vec<Option<u32>> = article
        .blocks
        .iter()
        .filter_map(|b| match b {
            articlean::Block::List {
                ordered: true,
                start,
                ..
            } => Some(*start),
            _ => None,
        })
        .collect();
    assert_eq!(starts, vec![Some(4), None, None]);
    let md = article.markdown.as_deref().expect("markdown");
    assert!(
        md.contains("\n4. Fourth step, on libraries.\n5. Fifth step, on roads.\n"),
        "{md}"
    );
    // A nested list not counting from 1 cannot start straight under its item's text.
    assert!(
        md.contains("- Outer point\n\n  7. Seventh sub-point.\n"),
        "{md}"
    );
    assert!(md.contains("\n1. Negative start dropped.\n"), "{md}");
    assert_round_trip("list start", &article);
    let text = articlean::clean(
        &html,
        &Options {
            format: Format::Text,
            ..Options::default()
        },
    )
    .expect("cleans")
    .plain_text
    .expect("text");
    assert!(
        text.contains("4. Fourth step, on libraries.\n5. Fifth step"),
        "{text}"
    );
}

#[test]
fn a_link_right_after_a_footnote_reference_keeps_the_footnote() {
    // Wikipedia puts references side by side; when the note of the second one is not in the
    // article, its link right after `[^1]` would turn `[^1]` into a reference link's text.
    let html = article_page(concat!(
        "<p>The harbour silted up.<sup><a href=\"#cite_note-1\">[1]</a></sup><sup><a href=\"#cite_note-missing\">[2]</a></sup> It was dredged later.</p>",
        "<ol><li id=\"cite_note-1\">Harbour board minutes, 1921.</li></ol>",
    ));
    let article = articlean::clean(&html, &markdown_options()).expect("cleans");
    let md = article.markdown.as_deref().expect("markdown");
    assert!(md.contains("silted up.[^1]\\[2\\] It was"), "{md}");
    assert_round_trip("adjacent references", &article);
}
