//! Markdown output: rendering `Article.markdown` with a CommonMark renderer (pulldown-cmark, GitHub
//! tables and strikethrough on) must give back the words of the title and of `content` in the same
//! order — so no escaping slip turns text into markup or markup into text — and the seed fixture
//! must show its structure (subheads, pull quotes, captioned image without its credit).

mod common;

use articlean::dom::Dom;
use articlean::{Article, Format, Limits, Options};
use pulldown_cmark::{html, Options as CmarkOptions, Parser};

fn fixtures() -> Vec<String> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let mut slugs: Vec<String> = std::fs::read_dir(&dir)
        .expect("tests/fixtures exists")
        .filter_map(|e| e.ok())
        .filter(|e| e.path().join("source.html").exists())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    slugs.sort();
    slugs
}

fn markdown_options() -> Options {
    Options {
        format: Format::Markdown,
        ..Options::default()
    }
}

fn render(markdown: &str) -> String {
    let mut options = CmarkOptions::empty();
    options.insert(CmarkOptions::ENABLE_TABLES);
    options.insert(CmarkOptions::ENABLE_STRIKETHROUGH);
    let mut out = String::new();
    html::push_html(&mut out, Parser::new_ext(markdown, options));
    out
}

/// The words of an HTML fragment as a reader sees them: text nodes, with every block boundary
/// (and `<br>`) a word break.
fn words_of_html(fragment: &str) -> Vec<String> {
    let dom = articlean::parse::parse_html(fragment, &Limits::default()).expect("parses");
    words_of_dom(&dom)
}

fn words_of_dom(dom: &Dom) -> Vec<String> {
    enum Step {
        Enter(articlean::dom::NodeId),
        Leave,
    }
    let mut text = String::new();
    let mut stack = vec![Step::Enter(dom.root())];
    while let Some(step) = stack.pop() {
        let Step::Enter(n) = step else {
            text.push(' ');
            continue;
        };
        if let Some(t) = dom.text(n) {
            text.push_str(t);
            continue;
        }
        let block = dom.tag(n).is_some_and(|tag| {
            matches!(
                tag,
                "p" | "h1"
                    | "h2"
                    | "h3"
                    | "h4"
                    | "h5"
                    | "h6"
                    | "li"
                    | "ul"
                    | "ol"
                    | "dl"
                    | "dt"
                    | "dd"
                    | "blockquote"
                    | "pre"
                    | "table"
                    | "tr"
                    | "td"
                    | "th"
                    | "caption"
                    | "figure"
                    | "figcaption"
                    | "br"
                    | "hr"
                    | "div"
            )
        });
        if block {
            text.push(' ');
            stack.push(Step::Leave);
        }
        for &c in dom.children(n).iter().rev() {
            stack.push(Step::Enter(c));
        }
    }
    text.split_whitespace().map(str::to_string).collect()
}

/// Asserts the round trip, reporting the first differing word with some context.
fn assert_round_trip(name: &str, article: &Article) {
    let markdown = article.markdown.as_deref().expect("markdown was asked for");
    let mut expected: Vec<String> = article
        .title
        .as_deref()
        .map(|t| t.split_whitespace().map(str::to_string).collect())
        .unwrap_or_default();
    expected.extend(words_of_html(&article.content));
    let actual = words_of_html(&render(markdown));
    if expected != actual {
        let at = expected
            .iter()
            .zip(&actual)
            .position(|(a, b)| a != b)
            .unwrap_or(expected.len().min(actual.len()));
        let from = at.saturating_sub(6);
        panic!(
            "{name}: Markdown does not round-trip at word {at}\n  expected: {:?}\n  rendered: {:?}\n\nmarkdown:\n{markdown}",
            expected.get(from..(at + 6).min(expected.len())),
            actual.get(from..(at + 6).min(actual.len())),
        );
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
    let words = words_of_html(&rendered).join(" ");
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
