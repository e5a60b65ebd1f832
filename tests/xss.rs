//! Output safe by construction: every vector in `tests/data/xss-vectors.txt` (OWASP filter-evasion
//! cheat sheet, HTML5 Security Cheatsheet and mutation-XSS classes, written out for this project)
//! is planted inside the body of a realistic article page, the page is cleaned, and `content` is
//! checked the way a browser would see it: parsed by html5ever (as a document with scripting on
//! and off), every node must be an allowlisted element in the HTML namespace or text, every
//! attribute allowlisted for its element, and every URL attribute a web, mail, phone, in-page or
//! raster-image address. A raw scan of the string checks the same independently of the parser.

#[cfg(target_arch = "wasm32")]
use wasm_bindgen_test::wasm_bindgen_test as test;

use articlean::{clean, Block, Options};
use html5ever::tendril::TendrilSink;
use html5ever::tree_builder::TreeBuilderOpts;
use html5ever::{ns, parse_document, ParseOpts};
use markup5ever_rcdom::{Handle, NodeData, RcDom};

struct Vector {
    name: String,
    family: String,
    html: String,
}

/// Reads the data file (format described at its top).
fn load_vectors() -> Vec<Vector> {
    // Embedded, so the same vectors run in the wasm32 test runs (no file system there).
    let text = include_str!("data/xss-vectors.txt");
    let mut vectors: Vec<Vector> = Vec::new();
    let mut body: Vec<&str> = Vec::new();
    let mut header: Option<(String, String)> = None;
    let mut flush = |header: &mut Option<(String, String)>, body: &mut Vec<&str>| {
        if let Some((name, family)) = header.take() {
            vectors.push(Vector {
                name,
                family,
                html: unescape(&body.join("\n")),
            });
        }
        body.clear();
    };
    for line in text.lines() {
        if let Some(rest) = line.strip_prefix("=== ") {
            flush(&mut header, &mut body);
            let (name, family) = rest.split_once(" | ").expect("`=== name | family`");
            header = Some((name.trim().to_string(), family.trim().to_string()));
        } else if header.is_some() {
            body.push(line);
        }
    }
    flush(&mut header, &mut body);
    vectors
}

/// `\xHH` → U+00HH, `\\` → `\`.
fn unescape(s: &str) -> String {
    let mut out = String::new();
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('\\') => out.push('\\'),
            Some('x') => {
                let hex: String = chars.by_ref().take(2).collect();
                let code = u32::from_str_radix(&hex, 16).expect("\\xHH escape");
                out.push(char::from_u32(code).expect("valid char"));
            }
            other => panic!("unknown escape \\{other:?} in vector file"),
        }
    }
    out
}

const LEAD_MARKER: &str = "Quillfeather";
const TAIL_MARKER: &str = "Marrowbank";

/// A news article page: header, navigation, a long body and a footer. The vector sits in the
/// middle of the third paragraph (inline) or as a block of its own between paragraphs.
fn article_page(vector: &str, inline: bool) -> String {
    let paragraphs = [
        "The town council voted on Tuesday evening to restore the old river footbridge, ending a \
         debate that has divided residents for the better part of a decade. Supporters argued \
         that the crossing, closed since the floods, had been the quickest route to the market \
         for families on the eastern bank, while opponents questioned the cost of the repairs.",
        "Engineers who surveyed the structure last spring found that the main span was sound but \
         that the approaches on both sides had been undermined by erosion. Their report, \
         published in full on the council's website, estimated that the work would take eight \
         months and recommended that it begin after the autumn rains had passed.",
        "",
        "Local businesses welcomed the decision. The owner of a bakery near the eastern landing \
         said that trade had fallen by almost a third since the bridge closed, because customers \
         who used to walk over on market days now drove to the supermarket on the ring road \
         instead, and that many of them had simply never come back to the old streets.",
        "Not everyone was persuaded. A group of residents who had campaigned for a new road \
         bridge further downstream said they would consider asking for a review of the vote, \
         arguing that a footbridge did nothing for the lorries that currently thunder through \
         the narrow lanes of the old town every morning on their way to the quarry.",
        "The council expects to appoint a contractor before the end of the year. Residents will \
         be invited to a public meeting in the library next month, where the engineers will \
         present their plans and answer questions about the closures that the work will need.",
    ];
    let mut body = String::new();
    for (i, p) in paragraphs.iter().enumerate() {
        if i == 2 {
            let lead = format!(
                "{LEAD_MARKER} is the name of the ferry that carried people across while the bridge \
                 was closed, and its crew kept a careful log of every crossing they made,"
            );
            let tail = format!(
                "according to the {TAIL_MARKER} historical society, which has kept those logs in \
                 its archive and plans to show some of them at the reopening."
            );
            if inline {
                body.push_str(&format!("<p>{lead} {vector} {tail}</p>\n"));
            } else {
                body.push_str(&format!("<p>{lead}</p>\n{vector}\n<p>{tail}</p>\n"));
            }
        } else {
            body.push_str(&format!("<p>{p}</p>\n"));
        }
    }
    format!(
        r#"<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Council votes to restore river footbridge | The Valley Courier</title>
<meta property="og:title" content="Council votes to restore river footbridge">
<link rel="canonical" href="https://news.example.com/2024/05/footbridge.html"></head>
<body>
<header class="site-header"><a href="/">The Valley Courier</a>
<nav class="main-nav"><ul><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li><li><a href="/weather">Weather</a></li></ul></nav></header>
<main><article class="story">
<h1>Council votes to restore river footbridge</h1>
<p class="byline">By Jane Example</p>
<div class="story-body">
{body}</div>
</article>
<aside class="related"><h2>Related stories</h2><ul><li><a href="/a">Flood defences approved</a></li><li><a href="/b">Market hall reopens</a></li></ul></aside>
</main>
<footer class="site-footer"><p>© The Valley Courier. All rights reserved.</p><a href="/privacy">Privacy</a></footer>
</body></html>"#
    )
}

/// Tags `content` may contain, and their attributes.
fn allowed_attributes(tag: &str) -> Option<&'static [&'static str]> {
    Some(match tag {
        "a" => &["href"],
        "img" => &["src", "alt"],
        "td" | "th" => &["colspan", "rowspan"],
        "abbr" => &["title"],
        "code" => &["class"],
        // `start` is digits only; `id` only on notes that an in-page link of the article targets.
        "ol" => &["start"],
        "li" => &["id"],
        // A callout's kind (a fixed word) and title; an embed's provider (a fixed word).
        "blockquote" => &["data-callout", "data-callout-title"],
        "p" => &["data-embed"],
        "h2" | "h3" | "h4" | "h5" | "h6" | "ul" | "dl" | "dt" | "dd" | "pre" | "em" | "strong"
        | "u" | "del" | "ins" | "mark" | "sub" | "sup" | "small" | "q" | "cite" | "kbd"
        | "samp" | "var" | "br" | "hr" | "table" | "caption" | "thead" | "tbody" | "tfoot"
        | "tr" | "figure" | "figcaption" => &[],
        // The document wrapper the checker itself parses `content` into.
        "html" | "head" | "body" => &[],
        _ => return None,
    })
}

/// MathML elements `content` may contain (formulas), with no attribute but `display` and
/// `alttext` on `<math>` itself: none of them links, loads or runs anything.
fn allowed_math_attributes(tag: &str) -> Option<&'static [&'static str]> {
    Some(match tag {
        "math" => &["display", "alttext"],
        "mi" | "mn" | "mo" | "ms" | "mtext" | "mspace" | "mrow" | "mfrac" | "msqrt" | "mroot"
        | "msub" | "msup" | "msubsup" | "munder" | "mover" | "munderover" | "mmultiscripts"
        | "mprescripts" | "mtable" | "mtr" | "mtd" | "mstyle" | "mpadded" | "mphantom"
        | "menclose" | "merror" | "semantics" => &[],
        _ => return None,
    })
}

/// What a browser would do with this URL: the WHATWG URL parser's own clean-up, then the scheme.
fn url_is_safe(value: &str, image: bool) -> Result<(), String> {
    let cleaned: String = value
        .trim_matches(|c: char| c <= ' ')
        .chars()
        .filter(|c| !matches!(c, '\t' | '\n' | '\r'))
        .collect();
    if cleaned.starts_with('#') {
        return Ok(());
    }
    let lower = cleaned.to_ascii_lowercase();
    if image {
        for t in ["png", "jpeg", "gif", "webp"] {
            let p = format!("data:image/{t}");
            if lower.starts_with(&format!("{p};")) || lower.starts_with(&format!("{p},")) {
                return Ok(());
            }
        }
    }
    let base = url::Url::parse("https://viewer.invalid/dir/page.html").unwrap();
    let resolved = base
        .join(&cleaned)
        .map_err(|e| format!("URL {value:?} does not parse ({e})"))?;
    match resolved.scheme() {
        "http" | "https" => Ok(()),
        "mailto" | "tel" if !image => Ok(()),
        other => Err(format!("URL {value:?} has scheme {other}")),
    }
}

/// Every problem a browser could turn into script, found by parsing `content`.
fn problems_in_parsed(content: &str, scripting: bool) -> Vec<String> {
    let opts = ParseOpts {
        tree_builder: TreeBuilderOpts {
            scripting_enabled: scripting,
            ..TreeBuilderOpts::default()
        },
        ..ParseOpts::default()
    };
    let page = format!("<!DOCTYPE html><html><head></head><body>{content}</body></html>");
    let dom = parse_document(RcDom::default(), opts).one(page);
    let mut problems = Vec::new();
    let mut stack: Vec<Handle> = vec![dom.document.clone()];
    while let Some(node) = stack.pop() {
        match &node.data {
            NodeData::Document | NodeData::Text { .. } | NodeData::Doctype { .. } => {}
            NodeData::Comment { contents } => problems.push(format!("comment <!--{contents}-->")),
            NodeData::ProcessingInstruction { target, .. } => {
                problems.push(format!("processing instruction {target}"))
            }
            NodeData::Element {
                name,
                attrs,
                template_contents,
                ..
            } => {
                let tag = &*name.local;
                let mathml = name.ns == ns!(mathml);
                if name.ns != ns!(html) && !(mathml && allowed_math_attributes(tag).is_some()) {
                    problems.push(format!("<{tag}> in foreign namespace {:?}", name.ns));
                }
                if template_contents.borrow().is_some() {
                    problems.push("template contents".to_string());
                }
                let allowed = if mathml {
                    allowed_math_attributes(tag)
                } else {
                    allowed_attributes(tag)
                };
                match allowed {
                    None => problems.push(format!("element <{tag}>")),
                    Some(allowed) => {
                        for a in attrs.borrow().iter() {
                            let attr = &*a.name.local;
                            let value = &*a.value;
                            if !a.name.ns.is_empty() || !allowed.contains(&attr) {
                                problems.push(format!("<{tag} {attr}={value:?}>"));
                                continue;
                            }
                            let checked = match (tag, attr) {
                                ("a", "href") => url_is_safe(value, false),
                                ("img", "src") => url_is_safe(value, true),
                                ("code", "class") => {
                                    let ok = value.strip_prefix("language-").is_some_and(|l| {
                                        !l.is_empty()
                                            && l.chars().all(|c| {
                                                c.is_ascii_alphanumeric() || "+#-_.".contains(c)
                                            })
                                    });
                                    if ok {
                                        Ok(())
                                    } else {
                                        Err(format!("code class {value:?}"))
                                    }
                                }
                                ("td" | "th", _) => {
                                    if value.chars().all(|c| c.is_ascii_digit()) {
                                        Ok(())
                                    } else {
                                        Err(format!("{attr}={value:?}"))
                                    }
                                }
                                _ => Ok(()),
                            };
                            if let Err(e) = checked {
                                problems.push(e);
                            }
                        }
                    }
                }
            }
        }
        for c in node.children.borrow().iter() {
            stack.push(c.clone());
        }
    }
    problems
}

/// The same check on the raw string: every `<` opens or closes an allowlisted tag.
fn problems_in_markup(content: &str) -> Vec<String> {
    let mut problems = Vec::new();
    for (i, _) in content.match_indices('<') {
        let rest = &content[i + 1..];
        let rest = rest.strip_prefix('/').unwrap_or(rest);
        let name_len = rest
            .find(|c: char| !c.is_ascii_alphanumeric())
            .unwrap_or(rest.len());
        let name = &rest[..name_len];
        let next = rest[name_len..].chars().next();
        let allowed = (allowed_attributes(name).is_some()
            || allowed_math_attributes(name).is_some())
            && !matches!(name, "html" | "head" | "body");
        if !allowed || !matches!(next, Some(' ' | '>')) {
            let snippet: String = content[i..].chars().take(40).collect();
            problems.push(format!("raw markup {snippet:?}"));
        }
    }
    problems
}

fn check_article(label: &str, article: &articlean::Article) -> Vec<String> {
    let mut problems: Vec<String> = Vec::new();
    problems.extend(problems_in_markup(&article.content));
    problems.extend(problems_in_parsed(&article.content, true));
    problems.extend(problems_in_parsed(&article.content, false));
    for b in &article.blocks {
        if let Block::Image { src, .. } = b {
            if let Err(e) = url_is_safe(src, true) {
                problems.push(format!("image block: {e}"));
            }
        }
    }
    problems
        .into_iter()
        .map(|p| format!("{label}: {p}"))
        .collect()
}

#[test]
fn no_vector_survives_in_content() {
    let vectors = load_vectors();
    assert!(vectors.len() >= 150, "only {} vectors", vectors.len());
    let mut names = std::collections::HashSet::new();
    for v in &vectors {
        assert!(names.insert(v.name.as_str()), "duplicate vector {}", v.name);
    }
    let with_url = Options {
        url: Some("https://news.example.com/2024/05/footbridge.html".to_string()),
        ..Options::default()
    };
    let mut problems = Vec::new();
    let mut extracted = 0usize;
    let mut runs = 0usize;
    for v in &vectors {
        for inline in [true, false] {
            // Once with the page address given, once relying on the page's own canonical link.
            for options in [&with_url, &Options::default()] {
                let page = article_page(&v.html, inline);
                let label = format!(
                    "{} ({}, {})",
                    v.name,
                    v.family,
                    if inline { "inline" } else { "block" }
                );
                let article = match clean(&page, options) {
                    Ok(a) => a,
                    Err(e) => {
                        problems.push(format!("{label}: clean failed: {e}"));
                        continue;
                    }
                };
                runs += 1;
                // The planted paragraph must be in the extracted article, or the vector was
                // dropped with the boilerplate and proves nothing.
                if article.content.contains(LEAD_MARKER) {
                    extracted += 1;
                } else {
                    problems.push(format!("{label}: the planted paragraph was not extracted"));
                }
                problems.extend(check_article(&label, &article));
            }
        }
    }
    eprintln!(
        "xss: {} vectors, {runs} cleaned pages, {extracted} with the planted paragraph extracted, \
         {} problems",
        vectors.len(),
        problems.len()
    );
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// The checker must be able to fail: hand-written unsafe `content` is caught.
#[test]
fn the_checker_catches_unsafe_markup() {
    for bad in [
        "<p>ok</p><script>alert(1)</script>",
        "<p onclick=\"alert(1)\">x</p>",
        "<a href=\"javascript:alert(1)\">x</a>",
        "<a href=\" java&#x09;script:alert(1)\">x</a>",
        "<img src=\"data:text/html,x\">",
        "<img src=\"data:image/svg+xml,<svg onload=alert(1)>\">",
        "<p><!-- c --></p>",
        "<svg><p>x</p></svg>",
        "<iframe srcdoc=x></iframe>",
        "<div>x</div>",
        "<code class=\"x\" >y</code>",
    ] {
        let mut found = problems_in_parsed(bad, true);
        found.extend(problems_in_markup(bad));
        assert!(!found.is_empty(), "checker missed {bad:?}");
    }
    let good = "<p>a <a href=\"https://e.com/\">b</a> <a href=\"rel/x\">c</a></p>\
                <figure><img src=\"data:image/png;base64,AA==\" alt=\"x\"></figure>\
                <pre><code class=\"language-rust\">&lt;script&gt;</code></pre>";
    assert_eq!(problems_in_parsed(good, true), Vec::<String>::new());
    assert_eq!(problems_in_markup(good), Vec::<String>::new());
}

/// A few vectors whose safe parts must survive: sanitizing is not deleting the article.
#[test]
fn safe_parts_of_hostile_markup_are_kept() {
    let options = Options {
        url: Some("https://news.example.com/2024/05/footbridge.html".to_string()),
        ..Options::default()
    };
    let page = article_page(
        "<a href=\"https://example.com/\" onclick=\"alert(1)\">the ferry log</a>",
        true,
    );
    let article = clean(&page, &options).unwrap();
    assert!(
        article
            .content
            .contains("<a href=\"https://example.com/\">the ferry log</a>"),
        "{}",
        article.content
    );
    let page = article_page(
        "<a href=\"java&#x09;script:alert(1)\">the ferry log</a>",
        true,
    );
    let article = clean(&page, &options).unwrap();
    assert!(article.content.contains("<a>the ferry log</a>"));
    let page = article_page("<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>", false);
    let article = clean(&page, &options).unwrap();
    assert!(article
        .content
        .contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    assert!(article.text_content.contains("<script>alert(1)</script>"));
}
