//! Hostile and broken input: every case must come back with an article or a typed error, never a
//! panic. Time is printed, never asserted: growth is guarded by instruction counts at n and 4n in
//! tests/hostile.rs, not by a wall-clock bound.

#[cfg(target_arch = "wasm32")]
use wasm_bindgen_test::wasm_bindgen_test as test;

#[path = "common/clock.rs"]
mod clock;

use articlean::{clean, clean_bytes, CleanError, Limits, Options};

/// Runs `f` and prints how long it took.
fn timed<T>(f: impl FnOnce() -> T) -> T {
    let start = clock::now_ms();
    let out = f();
    eprintln!("took {:.0} ms", clock::now_ms() - start);
    out
}

#[test]
fn empty_input_gives_an_empty_article() {
    let article = clean("", &Options::default()).unwrap();
    assert_eq!(article.text_content, "");
    assert!(article.blocks.is_empty());
}

#[test]
fn binary_junk_is_answered() {
    // A deterministic byte soup with NULs, invalid UTF-8 and stray markup characters.
    let mut state: u32 = 0x1234_5678;
    let junk: Vec<u8> = (0..200_000)
        .map(|_| {
            state = state.wrapping_mul(1_664_525).wrapping_add(1_013_904_223);
            (state >> 24) as u8
        })
        .collect();
    let result = timed(|| clean_bytes(&junk, None, &Options::default()));
    assert!(result.is_ok());
}

#[test]
fn sixty_thousand_nested_divs_do_not_overflow_the_stack() {
    let html = format!(
        "<html><body>{}<p>Deep text, still here.</p>{}</body></html>",
        "<div>".repeat(60_000),
        "</div>".repeat(60_000)
    );
    let result = timed(|| clean(&html, &Options::default()));
    let article = result.unwrap();
    assert!(article.text_content.contains("Deep text"));
}

#[test]
fn a_twenty_megabyte_page_is_answered_in_bounded_time() {
    let paragraph = "<p>A paragraph of ordinary article text, with commas, clauses and enough words to score.</p>\n";
    let body = paragraph.repeat(20 * 1024 * 1024 / paragraph.len());
    let html = format!(
        "<html><head><title>Big</title></head><body><article>{body}</article></body></html>"
    );
    assert!(html.len() >= 20 * 1024 * 1024);
    let result = timed(|| clean(&html, &Options::default()));
    let article = result.unwrap();
    assert!(article.length > 1_000_000);
}

#[test]
fn input_over_the_limit_is_a_typed_error() {
    let options = Options {
        limits: Limits {
            max_input_bytes: 1_000,
            ..Limits::default()
        },
        ..Options::default()
    };
    let html = "<p>x</p>".repeat(500);
    assert!(matches!(
        clean(&html, &options),
        Err(CleanError::InputTooLarge { .. })
    ));
    assert!(matches!(
        clean_bytes(html.as_bytes(), None, &options),
        Err(CleanError::InputTooLarge { .. })
    ));
}

#[test]
fn too_many_nodes_is_a_typed_error() {
    let options = Options {
        limits: Limits {
            max_nodes: 1_000,
            ..Limits::default()
        },
        ..Options::default()
    };
    let html = "<span>x</span>".repeat(2_000);
    let err = clean(&html, &options).unwrap_err();
    assert_eq!(err.code(), "TooManyNodes");
}

#[test]
fn unknown_option_keys_are_rejected() {
    let err = Options::from_json(r#"{"favour": "recall"}"#).unwrap_err();
    assert_eq!(err.code(), "InvalidOptions");
    let ok = Options::from_json(r#"{"favor": "recall", "limits": {"maxDepth": 100}}"#).unwrap();
    assert_eq!(ok.limits.max_depth, 100);
    assert_eq!(ok.char_threshold, 500);
}

#[test]
fn unclosed_inline_tags_and_entity_soup_are_answered() {
    let html = format!(
        "<p>{}{}</p>",
        "<b><i>x".repeat(20_000),
        "&amp;&#x41;&notanentity;&#99999999;".repeat(5_000)
    );
    let result = timed(|| clean(&html, &Options::default()));
    assert!(result.is_ok());
}
