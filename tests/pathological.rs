//! Pathological input, each answered with an article or a typed error. Time is printed, never
//! asserted (wall time on a shared machine is no test): that the work grows linearly is checked by
//! instruction counts in tests/hostile.rs, and `cargo bench --bench hostile` prints release times.

#[cfg(target_arch = "wasm32")]
use wasm_bindgen_test::wasm_bindgen_test as test;

#[path = "common/clock.rs"]
mod clock;

use articlean::{clean, clean_bytes, Article, CleanError, Options};

/// Runs `clean_bytes` and prints how long it took; returns the answer for further checks.
fn answered(name: &str, bytes: &[u8]) -> Result<Article, CleanError> {
    let start = clock::now_ms();
    let result = clean_bytes(bytes, None, &Options::default());
    let took = clock::now_ms() - start;
    eprintln!(
        "{name}: {} bytes, {took:.0} ms, {}",
        bytes.len(),
        match &result {
            Ok(a) => format!("article of {} chars", a.length),
            Err(e) => format!("error {}", e.code()),
        }
    );
    result
}

fn page(body: &str) -> String {
    format!("<!DOCTYPE html><html><head><title>T</title></head><body>{body}</body></html>")
}

const PARAGRAPH: &str = "<p>An ordinary paragraph of article text, long enough to be read as \
                         prose, with a comma or two, and a full stop.</p>";

#[test]
fn hundred_thousand_nested_divs() {
    let html = page(&format!(
        "{}{PARAGRAPH}{}",
        "<div>".repeat(100_000),
        "</div>".repeat(100_000)
    ));
    let article = answered("100k nested divs", html.as_bytes()).unwrap();
    assert!(article.text_content.contains("ordinary paragraph"));
}

#[test]
fn a_million_nested_divs_unclosed() {
    let html = page(&format!("{}{PARAGRAPH}", "<div>".repeat(1_000_000)));
    let article = answered("1M nested divs", html.as_bytes()).unwrap();
    assert!(article.text_content.contains("ordinary paragraph"));
}

#[test]
fn nested_inline_and_mixed_tags() {
    // Alternating tags defeat any single-name shortcut; tables and lists have their own
    // implied-end-tag rules in the tree builder.
    let mixed = "<div><section><ul><li><table><tr><td><blockquote><span>".repeat(20_000);
    let html = page(&format!("{mixed}{PARAGRAPH}"));
    let article = answered("20k nested mixed blocks", html.as_bytes()).unwrap();
    assert!(article.text_content.contains("ordinary paragraph"));
}

#[test]
fn two_hundred_thousand_unclosed_inline_tags() {
    // Identical formatting tags (html5ever's "Noah's ark" clause keeps three of them)...
    let same = page(&format!(
        "{}{}",
        "<b>".repeat(200_000),
        PARAGRAPH.repeat(50)
    ));
    answered("200k unclosed <b>", same.as_bytes()).unwrap();
    // ...and distinct ones, which the clause cannot fold: every paragraph reopens the whole list
    // of active formatting elements.
    let distinct: String = (0..200_000)
        .map(|i| format!("<b class=c{i}>"))
        .collect::<String>()
        + &PARAGRAPH.repeat(50);
    answered("200k distinct unclosed <b>", page(&distinct).as_bytes()).unwrap();
    let mixed = page(&format!(
        "{}{}",
        "<a><i><em><font>".repeat(50_000),
        PARAGRAPH.repeat(50)
    ));
    answered("200k unclosed a/i/em/font", mixed.as_bytes()).unwrap();
}

#[test]
fn a_million_flat_elements() {
    let html = page(&"<span>w</span>".repeat(1_000_000));
    match answered("1M flat spans with text", html.as_bytes()) {
        Ok(a) => assert!(a.length > 0),
        Err(e) => assert!(matches!(e, CleanError::TooManyNodes { .. }), "{e}"),
    }
    let html = page(&"<i></i>".repeat(1_000_000));
    answered("1M flat empty elements", html.as_bytes()).unwrap();
    let html = page(&PARAGRAPH.repeat(300_000));
    match answered("300k paragraphs", html.as_bytes()) {
        Ok(a) => assert!(a.length > 1_000_000),
        Err(e) => assert!(matches!(e, CleanError::TooManyNodes { .. }), "{e}"),
    }
}

#[test]
fn too_many_nodes_is_a_typed_error() {
    let html = page(&"<br>".repeat(2_500_000));
    let result = answered("2.5M <br>", html.as_bytes());
    assert!(matches!(result, Err(CleanError::TooManyNodes { .. })));
}

#[test]
fn a_fifty_megabyte_page() {
    let html = page(&format!(
        "<article>{}</article>",
        PARAGRAPH.repeat(50 * 1024 * 1024 / PARAGRAPH.len())
    ));
    assert!(html.len() >= 50 * 1024 * 1024);
    let article = answered("50 MB page", html.as_bytes()).unwrap();
    assert!(article.length > 10_000_000);
}

#[test]
fn comment_bombs() {
    let many = page(&format!("{}{PARAGRAPH}", "<!-- c -->".repeat(1_000_000)));
    let a = answered("1M comments", many.as_bytes()).unwrap();
    assert!(a.text_content.contains("ordinary paragraph"));
    let long = page(&format!("<!--{}-->{PARAGRAPH}", "-".repeat(10_000_000)));
    let a = answered("10 MB comment", long.as_bytes()).unwrap();
    assert!(a.text_content.contains("ordinary paragraph"));
    let unclosed = page(&format!("{PARAGRAPH}<!--{}", "<p>x</p>".repeat(500_000)));
    answered("unclosed comment", unclosed.as_bytes()).unwrap();
    let bogus = page(&format!("{}{PARAGRAPH}", "<!x><?y><![z]>".repeat(300_000)));
    answered("300k bogus comments", bogus.as_bytes()).unwrap();
}

#[test]
fn attribute_bombs() {
    // Many attributes on one element: the tokenizer checks each new name against the others.
    let attrs: String = (0..100_000).map(|i| format!(" a{i}=\"v\"")).collect();
    let html = page(&format!(
        "<p{attrs}>Text in the attribute bomb paragraph.</p>{PARAGRAPH}"
    ));
    answered("100k attributes on one element", html.as_bytes()).unwrap();
    let dup = page(&format!(
        "<p{}>Duplicated attributes.</p>{PARAGRAPH}",
        " class=x".repeat(200_000)
    ));
    answered("200k duplicate attributes", dup.as_bytes()).unwrap();
    let long = page(&format!(
        "<img src=\"{}\" alt=x><a href=\"https://e.com/{}\">link</a>{PARAGRAPH}",
        "a".repeat(10_000_000),
        "b".repeat(5_000_000)
    ));
    answered("15 MB attribute values", long.as_bytes()).unwrap();
    let srcset: String = (0..200_000).map(|i| format!("i{i}.jpg {i}w,")).collect();
    let html = page(&format!(
        "<figure><img srcset=\"{srcset}\"></figure>{PARAGRAPH}"
    ));
    answered("200k srcset candidates", html.as_bytes()).unwrap();
}

#[test]
fn entity_bombs() {
    let named = page(&format!(
        "<p>{}</p>{PARAGRAPH}",
        "&amp;&lt;&eacute;&nbsp;".repeat(500_000)
    ));
    answered("2M named entities", named.as_bytes()).unwrap();
    let numeric = page(&format!(
        "<p>{}</p>",
        "&#x1F600;&#0;&#xD800;&#99999999;".repeat(300_000)
    ));
    answered("1.2M numeric entities", numeric.as_bytes()).unwrap();
    // Long almost-names make the tokenizer try many entity-name prefixes.
    let almost = page(&format!(
        "<p>{}</p>{PARAGRAPH}",
        "&CounterClockwiseContourInteg ".repeat(200_000)
    ));
    answered("200k near-miss entity names", almost.as_bytes()).unwrap();
    let in_attr = page(&format!(
        "<a href=\"{}\">x</a>{PARAGRAPH}",
        "&amp;&#x6a;".repeat(500_000)
    ));
    answered("1M entities in an attribute", in_attr.as_bytes()).unwrap();
}

#[test]
fn nul_bytes_everywhere() {
    let mut bytes = page(&PARAGRAPH.repeat(20)).into_bytes();
    // A NUL after every fifth byte: in tag names, attribute values, text.
    let mut with_nuls = Vec::with_capacity(bytes.len() * 6 / 5);
    for (i, b) in bytes.drain(..).enumerate() {
        with_nuls.push(b);
        if i % 5 == 0 {
            with_nuls.push(0);
        }
    }
    answered("NULs every 5 bytes", &with_nuls).unwrap();
    let nuls = vec![0u8; 5_000_000];
    answered("5 MB of NULs", &nuls).unwrap();
    let html = page(&format!("<p>{}</p>{PARAGRAPH}", "\0".repeat(1_000_000)));
    let article = clean(&html, &Options::default()).unwrap();
    assert!(!article.content.contains('\0'));
}

/// A deterministic byte soup: no external randomness, so a failure reproduces.
fn soup(len: usize, seed: u32, alphabet: &[u8]) -> Vec<u8> {
    let mut state = seed;
    (0..len)
        .map(|_| {
            state = state.wrapping_mul(1_664_525).wrapping_add(1_013_904_223);
            let r = (state >> 16) as usize;
            if alphabet.is_empty() {
                (r & 0xFF) as u8
            } else {
                alphabet[r % alphabet.len()]
            }
        })
        .collect()
}

#[test]
fn binary_junk_and_markup_soup() {
    answered("2 MB random bytes", &soup(2_000_000, 7, &[])).unwrap();
    let markup = b"<>/=\"' abcdiv!-&#;x\n\tpscriptstyle";
    answered("2 MB markup-character soup", &soup(2_000_000, 11, markup)).unwrap();
    // A PNG-like header then noise: a binary file fetched by mistake.
    let mut png = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR".to_vec();
    png.extend(soup(1_000_000, 3, &[]));
    answered("binary file", &png).unwrap();
}

#[test]
fn invalid_utf8() {
    // Overlong encodings, lone continuation bytes, surrogates encoded in UTF-8, truncated sequences.
    let mut bytes = page(&PARAGRAPH.repeat(10)).into_bytes();
    for junk in [
        &b"\xC0\xAF"[..],
        b"\x80\x80",
        b"\xED\xA0\x80",
        b"\xF4\x90\x80\x80",
        b"\xE2\x82",
        b"\xFF\xFE\xFD",
    ] {
        let at = bytes.len() / 2;
        bytes.splice(at..at, junk.iter().copied());
    }
    let article = answered("invalid UTF-8", &bytes).unwrap();
    assert!(article.text_content.contains("ordinary paragraph"));
    // The same bytes given as text that must first be made valid: `clean` takes &str, so the
    // caller's lossy conversion is the only other door.
    let lossy = String::from_utf8_lossy(&bytes);
    assert!(clean(&lossy, &Options::default()).is_ok());
}

#[test]
fn utf16_with_bom() {
    let html = page(&format!("<article>{}</article>", PARAGRAPH.repeat(10)));
    for little in [true, false] {
        let mut bytes = if little {
            vec![0xFF, 0xFE]
        } else {
            vec![0xFE, 0xFF]
        };
        for unit in html.encode_utf16() {
            bytes.extend_from_slice(&if little {
                unit.to_le_bytes()
            } else {
                unit.to_be_bytes()
            });
        }
        let article = answered("UTF-16 with BOM", &bytes).unwrap();
        assert!(article.text_content.contains("ordinary paragraph"));
        // Odd length: a cut-off last code unit.
        bytes.push(0x41);
        answered("UTF-16 odd length", &bytes).unwrap();
    }
    // UTF-16 without a BOM is not guessed: it is read as bytes, and answered.
    let no_bom: Vec<u8> = html.encode_utf16().flat_map(u16::to_le_bytes).collect();
    answered("UTF-16 without BOM", &no_bom).unwrap();
}

#[test]
fn deep_inline_and_raw_text_edge_cases() {
    let scripts = page(&format!("{}{PARAGRAPH}", "<script>".repeat(100_000)));
    answered("100k <script> opens", scripts.as_bytes()).unwrap();
    let unclosed_script = page(&format!("{PARAGRAPH}<script>{}", "x".repeat(5_000_000)));
    answered("unclosed 5 MB script", unclosed_script.as_bytes()).unwrap();
    let tables = page(&format!("{}{PARAGRAPH}", "<table><tr><td>".repeat(50_000)));
    answered("50k nested tables", tables.as_bytes()).unwrap();
    let svg = page(&format!(
        "{}{PARAGRAPH}",
        "<svg><foreignObject><math><mi>".repeat(30_000)
    ));
    answered("30k svg/math namespace switches", svg.as_bytes()).unwrap();
    let select = page(&format!(
        "{}{PARAGRAPH}",
        "<select><option>".repeat(100_000)
    ));
    answered("100k select/option", select.as_bytes()).unwrap();
    let long_text = page(&format!("<p>{}</p>", "word ".repeat(4_000_000)));
    answered("20 MB single paragraph", long_text.as_bytes()).unwrap();
    let long_word = page(&format!("<p>{}</p>{PARAGRAPH}", "x".repeat(10_000_000)));
    answered("10 MB single word", long_word.as_bytes()).unwrap();
}
