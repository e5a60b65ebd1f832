//! `content` is a fixed point of HTML parsing: a browser that parses it builds exactly the elements
//! written (tests/common/reparse.rs). Each page here is invented to reproduce a pattern whose naive
//! serialization the parser would rearrange: a flattened infobox's `<caption>`, a table inside a
//! paragraph's inline run, list items whose list was unwrapped, a link in a link, a heading in a
//! heading, rows straight in a table, a `<pre>` that starts with a newline, a carriage return
//! written as a character reference.

#[cfg(target_arch = "wasm32")]
use wasm_bindgen_test::wasm_bindgen_test as test;

#[path = "common/reparse.rs"]
mod reparse;

use articlean::{clean, Options};

const PROSE: &str = "An ordinary sentence of the article, long enough to read as prose, and then \
                     some more words so the paragraph counts as the article's own text.";

fn content_of(body: &str) -> String {
    content_of_page(&format!("<!DOCTYPE html>{}", page_without_doctype(body)))
}

/// A page in quirks mode (no doctype), where a `<table>` does not close an open `<p>`.
fn page_without_doctype(body: &str) -> String {
    format!(
        "<html><head><title>T</title></head><body><article><p>{PROSE}</p>{body}\
         <p>{PROSE}</p><p>{PROSE}</p></article></body></html>"
    )
}

fn content_of_page(page: &str) -> String {
    let article = clean(page, &Options::default()).expect("an article");
    if let Err(why) = reparse::check_fixed_point(&article.content) {
        panic!("content changes when re-parsed: {why}\n{}", article.content);
    }
    article.content
}

#[test]
fn the_checker_itself_sees_rearranged_markup() {
    // Without these failing, the tests below would prove nothing.
    for broken in [
        "<p><caption>x</caption></p>",
        "<p><table><tbody><tr><td>x</td></tr></tbody></table></p>",
        "<p>a<p>b</p></p>",
        "<table><tr><td>x</td></tr></table>",
        "<a href=\"/a\">x<a href=\"/b\">y</a></a>",
        "<h2>x<h3>y</h3></h2>",
        "<ul><li>a<li>b</li></li></ul>",
        "<p>a\rb</p>",
        "<table><tbody>stray<tr><td>x</td></tr></tbody></table>",
    ] {
        assert!(
            reparse::check_fixed_point(broken).is_err(),
            "not caught: {broken}"
        );
    }
    assert!(reparse::check_fixed_point("<p>a <em>b</em></p>\n<pre>\n\nx</pre>").is_ok());
}

#[test]
fn a_flattened_infobox_keeps_its_caption_text_but_not_the_caption_element() {
    // A cell holding a block makes the table a layout table, whose rows are written as
    // paragraphs; its caption must not stand alone outside any table.
    let content = content_of(
        "<table class=\"infobox vcard\"><caption>Example Corp</caption><tbody>\
         <tr><th>Industry</th><td><div>Software</div></td></tr><tr><th>Founded</th><td>1998</td>\
         </tr></tbody></table>",
    );
    assert!(content.contains("<p>Example Corp</p>"), "{content}");
    assert!(!content.contains("<caption>"), "{content}");
}

#[test]
fn a_table_a_quirks_page_put_inside_a_paragraph_is_unwrapped() {
    // Quirks mode keeps the table in the <p>; `innerHTML` (no quirks) would close the <p>.
    let content = content_of_page(&page_without_doctype(
        "<p>Words before <table><tr><td>the cell</td></tr></table> and after the table.</p>",
    ));
    assert!(content.contains("the cell"), "{content}");
    assert!(!content.contains("<table>"), "{content}");
}

#[test]
fn a_heading_inside_a_heading_is_unwrapped() {
    // html5ever nests the <h3> in the <span>; written without the span, a parser would close the
    // <h2> at the <h3>.
    let content = content_of("<h2>Main heading <span><h3>inner heading</h3></span></h2>");
    assert!(
        content.contains("<h2>Main heading inner heading</h2>"),
        "{content}"
    );
}

#[test]
fn a_preformatted_block_that_starts_with_a_newline_keeps_it() {
    // The source's first newline is not content; the second is, and needs one written before it.
    let content = content_of("<ul><li>Run this:<pre>\n\nmake all\n</pre></li></ul>");
    assert!(content.contains("<pre>\n\nmake all"), "{content}");
}

#[test]
fn a_carriage_return_is_written_as_a_reference() {
    let content = content_of("<p>One line&#13;and the next, in a paragraph of its own words.</p>");
    assert!(content.contains("One line&#13;and the next"), "{content}");
}
