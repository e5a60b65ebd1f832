//! Generated hostile pages, shared by the growth test (`tests/hostile.rs`) and the timing benchmark
//! (`cargo bench --bench hostile`). Each shape is one pattern repeated `n` times: a path that is
//! linear in the page costs about 4x as much at `4n` as at `n`; a quadratic one costs 16x.
//! Nesting shapes start above the default depth cap (512 open elements) at `n`: below it, a chain
//! of depth d costs up to d² steps of ancestor walks, by design bounded through the cap.
//!
//! The shapes cover what a page can make the parser and the stages do many times over: nesting of
//! every container kind (html5ever's scope checks scan the stack of open elements; our stages walk
//! ancestors), long sibling runs (child-list scans, foster parenting), attribute-heavy elements
//! (html5ever's duplicate-attribute check), huge text, entity and comment floods, script and
//! JSON-LD bulk, many images/links/headings, and byte-level soups in several encodings.
#![allow(dead_code)]

/// One generated page shape.
pub struct Shape {
    pub name: &'static str,
    /// The base repetition count; the growth check compares `n` with `4n`.
    pub n: usize,
    /// The page bytes for a repetition count.
    pub make: fn(usize) -> Vec<u8>,
}

const PROSE: &str = "An ordinary sentence of article text, long enough to read as prose, with a \
                     comma, and a full stop. ";

fn page(body: String) -> Vec<u8> {
    format!(
        "<!DOCTYPE html><html><head><title>Hostile page</title></head><body>{body}</body></html>"
    )
    .into_bytes()
}

fn repeat(unit: &str, n: usize) -> String {
    unit.repeat(n)
}

/// `open` repeated `n` times with a paragraph at the bottom, then `close` repeated `n` times.
fn nested(open: &str, close: &str, n: usize) -> Vec<u8> {
    page(format!(
        "{}<p>{PROSE}</p>{}",
        repeat(open, n),
        repeat(close, n)
    ))
}

/// `open` repeated `n` times, never closed, with text at every level.
fn nested_unclosed(open: &str, n: usize) -> Vec<u8> {
    page(repeat(&format!("{open}{PROSE}"), n))
}

fn numbered(n: usize, unit: impl Fn(usize) -> String) -> String {
    (0..n).map(unit).collect()
}

pub fn shapes() -> Vec<Shape> {
    vec![
        // Deep nesting of every container kind.
        Shape {
            name: "nested ul>li",
            n: 300,
            make: |n| nested_unclosed("<ul><li>", n),
        },
        Shape {
            name: "nested ol>li (closed)",
            n: 480,
            make: |n| nested("<ol><li>", "</li></ol>", n),
        },
        Shape {
            name: "nested dl>dd",
            n: 300,
            make: |n| nested_unclosed("<dl><dt>term</dt><dd>", n),
        },
        Shape {
            name: "nested blockquote",
            n: 660,
            make: |n| nested("<blockquote>", "</blockquote>", n),
        },
        Shape {
            name: "nested table>tr>td",
            n: 150,
            make: |n| nested_unclosed("<table><tr><td>", n),
        },
        Shape {
            name: "nested div",
            n: 580,
            make: |n| nested("<div>", "</div>", n),
        },
        Shape {
            name: "nested span",
            n: 800,
            make: |n| nested_unclosed("<span>", n),
        },
        Shape {
            name: "nested section>article",
            n: 390,
            make: |n| nested("<section><article>", "</article></section>", n),
        },
        Shape {
            name: "nested anchors",
            n: 350,
            make: |n| page(numbered(n, |i| format!("<a href=\"/p{i}\">link {i} "))),
        },
        Shape {
            name: "nested identical <b>",
            n: 600,
            make: |n| nested_unclosed("<b>", n),
        },
        Shape {
            name: "nested distinct <b class>",
            n: 600,
            make: |n| page(numbered(n, |i| format!("<b class=\"c{i}\">{PROSE}"))),
        },
        Shape {
            name: "misnested <b><div></b>",
            n: 1_200,
            make: |n| page(repeat(&format!("<b><div>{PROSE}</b>"), n)),
        },
        Shape {
            name: "formatting reopened per <p>",
            n: 200,
            make: |n| page(numbered(n, |i| format!("<p><i class=\"k{i}\">{PROSE}"))),
        },
        Shape {
            name: "nested svg <g>",
            n: 1_600,
            make: |n| {
                page(format!(
                    "<svg>{}<text>label</text></svg><p>{PROSE}</p>",
                    repeat("<g>", n)
                ))
            },
        },
        Shape {
            name: "nested math <mrow>",
            n: 1_400,
            make: |n| {
                page(format!(
                    "<math>{}<mi>x</mi></math><p>{PROSE}</p>",
                    repeat("<mrow>", n)
                ))
            },
        },
        Shape {
            name: "nested iframes",
            n: 1_800,
            make: |n| nested("<iframe>", "</iframe>", n),
        },
        Shape {
            name: "nested select>option",
            n: 690,
            make: |n| nested_unclosed("<select><option>", n),
        },
        Shape {
            name: "nested button",
            n: 1_000,
            make: |n| nested_unclosed("<button>", n),
        },
        Shape {
            name: "nested headings",
            n: 270,
            make: |n| nested_unclosed("<h2>", n),
        },
        Shape {
            name: "nested details>summary",
            n: 590,
            make: |n| nested_unclosed("<details><summary>s</summary>", n),
        },
        Shape {
            name: "nested object",
            n: 890,
            make: |n| nested_unclosed("<object>", n),
        },
        Shape {
            name: "nested template",
            n: 760,
            make: |n| nested("<template>", "</template>", n),
        },
        Shape {
            name: "nested noscript",
            n: 800,
            make: |n| nested("<noscript>", "</noscript>", n),
        },
        Shape {
            name: "nested div with class lists",
            n: 600,
            make: |n| {
                nested(
                    "<div class=\"post content body entry text article main story\">",
                    "</div>",
                    n,
                )
            },
        },
        Shape {
            name: "nested li with prose",
            n: 300,
            make: |n| page(repeat(&format!("<ul><li><p>{PROSE}</p>"), n)),
        },
        Shape {
            name: "distinct names past the depth cap",
            n: 1_000,
            make: |n| {
                page(format!(
                    "{}{}",
                    "<div>".repeat(600),
                    numbered(n, |i| format!("<x{i}>text {i} </x{i}>"))
                ))
            },
        },
        // Long sibling runs.
        Shape {
            name: "sibling paragraphs",
            n: 240,
            make: |n| page(numbered(n, |i| format!("<p>{i}. {PROSE}</p>"))),
        },
        Shape {
            name: "sibling list items",
            n: 100,
            make: |n| {
                page(format!(
                    "<ul>{}</ul>",
                    numbered(n, |i| format!("<li>item {i}</li>"))
                ))
            },
        },
        Shape {
            name: "sibling divs",
            n: 470,
            make: |n| page(numbered(n, |i| format!("<div>block {i}</div>"))),
        },
        Shape {
            name: "sibling table rows",
            n: 190,
            make: |n| {
                page(format!(
                    "<table>{}</table>",
                    numbered(n, |i| format!("<tr><td>{i}</td><td>{PROSE}</td></tr>"))
                ))
            },
        },
        Shape {
            name: "foster-parented run",
            n: 320,
            make: |n| {
                page(format!(
                    "<table>{}<tr><td>cell</td></tr></table>",
                    numbered(n, |i| format!("<b>stray {i}</b>"))
                ))
            },
        },
        Shape {
            name: "foster-parented text",
            n: 1_000,
            make: |n| {
                page(format!(
                    "<table>{}<tr><td>cell</td></tr></table>",
                    numbered(n, |i| format!("stray {i}<br>"))
                ))
            },
        },
        Shape {
            name: "inline run in one paragraph",
            n: 800,
            make: |n| {
                page(format!(
                    "<p>{}</p>",
                    numbered(n, |i| format!("<span>word{i}</span> "))
                ))
            },
        },
        Shape {
            name: "sibling <br>",
            n: 980,
            make: |n| page(format!("<p>{}</p>", repeat("line<br>", n))),
        },
        // Attributes and class lists.
        Shape {
            name: "one element, many attributes",
            n: 5_000,
            make: |n| {
                page(format!(
                    "<div {}>{PROSE}</div>",
                    numbered(n, |i| format!("a{i}=x "))
                ))
            },
        },
        Shape {
            name: "many elements at the attribute cap",
            n: 100,
            make: |n| {
                page(repeat(
                    &format!("<p {}>{PROSE}</p>", numbered(400, |i| format!("d{i}=y "))),
                    n,
                ))
            },
        },
        Shape {
            name: "duplicate attributes",
            n: 5_000,
            make: |n| page(format!("<div {}>{PROSE}</div>", repeat("a=x ", n))),
        },
        Shape {
            name: "huge attribute value",
            n: 50_000,
            make: |n| page(format!("<a href=\"/{}\">{PROSE}</a>", repeat("x", n))),
        },
        Shape {
            name: "huge class list",
            n: 3_000,
            make: |n| {
                page(format!(
                    "<div class=\"{}\"><p>{PROSE}</p></div>",
                    numbered(n, |i| format!("c{i} "))
                ))
            },
        },
        Shape {
            name: "huge srcset",
            n: 2_000,
            make: |n| {
                page(format!(
                    "<img src=a.jpg srcset=\"{}\">",
                    numbered(n, |i| format!("/i{i}.jpg {i}w, "))
                ))
            },
        },
        // Text.
        Shape {
            name: "huge text node",
            n: 19_000,
            make: |n| page(format!("<p>{}</p>", repeat("word ", n))),
        },
        Shape {
            name: "huge word",
            n: 50_000,
            make: |n| page(format!("<p>{}</p>", repeat("x", n))),
        },
        Shape {
            name: "entity flood",
            n: 1_200,
            make: |n| page(format!("<p>{}</p>", repeat("&amp;&lt;&eacute; ", n))),
        },
        Shape {
            name: "numeric entity flood",
            n: 4_300,
            make: |n| page(format!("<p>{}</p>", repeat("&#x1F600;&#233; ", n))),
        },
        Shape {
            name: "unknown entity flood",
            n: 1_200,
            make: |n| page(format!("<p>{}</p>", repeat("&nosuchthing;&amp ", n))),
        },
        // Scripts, styles and metadata.
        Shape {
            name: "many scripts",
            n: 240,
            make: |n| {
                page(numbered(n, |i| {
                    format!("<script>var x{i} = '<p>not text</p>';</script><p>{PROSE}</p>")
                }))
            },
        },
        Shape {
            name: "huge script",
            n: 4_200,
            make: |n| {
                page(format!(
                    "<script>{}</script><p>{PROSE}</p>",
                    repeat("a = '<div>'; ", n)
                ))
            },
        },
        Shape {
            name: "big JSON-LD",
            n: 2_000,
            make: |n| {
                page(format!("<script type=\"application/ld+json\">{{\"@graph\":[{}{{}}]}}</script><p>{PROSE}</p>", numbered(n, |i| format!("{{\"@type\":\"NewsArticle\",\"headline\":\"H{i}\",\"author\":{{\"name\":\"A{i}\"}}}},"))))
            },
        },
        Shape {
            name: "many JSON-LD scripts",
            n: 510,
            make: |n| {
                page(numbered(n, |i| {
                    format!("<script type=\"application/ld+json\">{{\"@type\":\"Article\",\"headline\":\"H{i}\",\"datePublished\":\"2020-01-01\"}}</script>")
                }))
            },
        },
        Shape {
            name: "many meta tags",
            n: 210,
            make: |n| {
                page(numbered(n, |i| {
                    format!("<meta property=\"og:title\" content=\"T{i}\"><meta name=\"author\" content=\"A{i}\">")
                }))
            },
        },
        // Many images, links, headings.
        Shape {
            name: "many images",
            n: 100,
            make: |n| {
                page(numbered(n, |i| {
                    format!("<figure><img src=\"/i{i}.jpg\" alt=\"a{i}\"><figcaption>Caption {i}. Photo: Agency {i}/Reuters</figcaption></figure>")
                }))
            },
        },
        Shape {
            name: "many links",
            n: 140,
            make: |n| {
                page(format!(
                    "<p>{}</p>",
                    numbered(n, |i| format!(
                        "<a href=\"/p{i}?utm_source=x\">link {i}</a> "
                    ))
                ))
            },
        },
        Shape {
            name: "many headings",
            n: 160,
            make: |n| {
                page(numbered(n, |i| {
                    format!("<h2>Heading {i}</h2><p>{PROSE}</p>")
                }))
            },
        },
        Shape {
            name: "many consent-like boxes",
            n: 220,
            make: |n| {
                page(numbered(n, |i| {
                    format!("<div class=\"cookie-banner\">We use cookies {i}. Accept</div><p>{PROSE}</p>")
                }))
            },
        },
        Shape {
            name: "many hidden elements",
            n: 210,
            make: |n| {
                page(numbered(n, |i| {
                    format!(
                        "<div hidden>gone {i}</div><p style=\"display:none\">x</p><p>{PROSE}</p>"
                    )
                }))
            },
        },
        // Comments and CDATA.
        Shape {
            name: "comment bomb",
            n: 1_900,
            make: |n| page(format!("{}<p>{PROSE}</p>", repeat("<!-- c --><!---->", n))),
        },
        Shape {
            name: "huge comment",
            n: 18_000,
            make: |n| page(format!("<!--{}--><p>{PROSE}</p>", repeat("-x", n))),
        },
        Shape {
            name: "unterminated comment",
            n: 5_000,
            make: |n| page(format!("<p>{PROSE}</p><!--{}", repeat("<p>x</p>", n))),
        },
        Shape {
            name: "CDATA bomb in svg",
            n: 3_200,
            make: |n| {
                page(format!(
                    "<svg>{}</svg><p>{PROSE}</p>",
                    repeat("<![CDATA[x<y]]>", n)
                ))
            },
        },
        Shape {
            name: "bogus comments",
            n: 1_300,
            make: |n| page(format!("{}<p>{PROSE}</p>", repeat("<?x?><!x></x >", n))),
        },
        // Bytes and encodings.
        Shape {
            name: "mixed encodings",
            n: 220,
            make: |n| {
                let mut out = b"<html><body>".to_vec();
                for i in 0..n {
                    out.extend_from_slice(format!("<p>caf\u{e9} {i} ").as_bytes());
                    out.extend_from_slice(b"caf\xe9 \x82\xa0 \xff\xfe</p>");
                }
                out
            },
        },
        Shape {
            name: "UTF-16 page",
            n: 250,
            make: |n| {
                let text = String::from_utf8(page(numbered(n, |i| format!("<p>{i} {PROSE}</p>"))))
                    .unwrap_or_default();
                let mut out = vec![0xFF, 0xFE];
                for unit in text.encode_utf16() {
                    out.extend_from_slice(&unit.to_le_bytes());
                }
                out
            },
        },
        Shape {
            name: "NUL flood",
            n: 18_000,
            make: |n| page(format!("<p>{}</p>", repeat("a\0", n))),
        },
        Shape {
            name: "markup soup",
            n: 300,
            make: |n| page(repeat("<<p>></a </ <div x=\"<td>\" <b <i>>'\"=&#;<", n)),
        },
        // The structure stage: formulas, code boxes, footnotes, callouts and embeds by the
        // thousand, in one container (sibling scans) and nested (ancestor climbs).
        Shape {
            name: "formulas in one paragraph",
            n: 2_000,
            make: |n| {
                page(format!(
                    "<article><p>{PROSE}{}</p></article>",
                    repeat("<math><mi>x</mi><mo>=</mo><mn>1</mn></math> and <span class=\"katex\"><annotation encoding=\"application/x-tex\">y^2</annotation></span> ", n)
                ))
            },
        },
        Shape {
            name: "code blocks in one container",
            n: 1_500,
            make: |n| {
                page(format!(
                    "<article><div class=\"code\">{}</div></article>",
                    repeat("<pre class=\"language-js\"><span class=\"ln\">1</span>let a = 1;<br><div class=\"cm-line\">b</div></pre><button>Copy</button>", n)
                ))
            },
        },
        Shape {
            name: "nested code wrappers",
            n: 600,
            make: |n| nested("<div class=\"highlight\"><pre>x</pre>", "</div>", n),
        },
        Shape {
            name: "footnote marks and notes",
            n: 1_500,
            make: |n| {
                page(format!(
                    "<article><p>{PROSE}{}</p>{}</article>",
                    numbered(n, |i| {
                        format!("<sup><a href=\"#n{i}\">{i}</a></sup><span class=\"footnote\" style=\"display:none\">Note {i} text.</span>")
                    }),
                    numbered(n, |i| {
                        format!("<div class=\"fn\" id=\"n{i}\"><a href=\"#r{i}\">{i}</a> The note {i} says more.</div>")
                    })
                ))
            },
        },
        Shape {
            name: "links to one large section",
            n: 1_500,
            make: |n| {
                page(format!(
                    "<article><section id=\"s\">{}</section>{}</article>",
                    repeat(&format!("<p>{PROSE}</p>"), n),
                    repeat("<sup><a href=\"#s\">1</a></sup>", n)
                ))
            },
        },
        Shape {
            name: "nested callouts",
            n: 600,
            make: |n| {
                nested(
                    "<div class=\"admonition note\"><p class=\"admonition-title\">Note</p>",
                    "</div>",
                    n,
                )
            },
        },
        Shape {
            name: "embeds in one container",
            n: 2_000,
            make: |n| {
                page(format!(
                    "<article><p>{PROSE}</p>{}</article>",
                    numbered(n, |i| {
                        format!("<iframe src=\"https://www.youtube.com/embed/v{i}\"></iframe><blockquote class=\"twitter-tweet\"><p>t{i}</p><a href=\"https://twitter.com/a/status/{i}\">d</a></blockquote>")
                    })
                ))
            },
        },
    ]
}
