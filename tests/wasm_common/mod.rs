//! The JavaScript API checks of `tests/js_api.rs` (run in Node, headless Chromium and headless
//! Firefox). Every fixture page is embedded in the test binary, since a wasm test has no file system.
//! Each check calls the exported `clean` / `cleanBytes` wrappers the way JS does and compares with the
//! native Rust call, so the JS edge cannot drift from the CLI's JSON.
#![allow(dead_code)]

use articlean::{clean, clean_bytes, Options};
use js_sys::{Object, Reflect, JSON};
use wasm_bindgen::{JsCast, JsValue};

/// (slug, page): the fixture pages of tests/fixtures, written for the core's golden tests.
pub const FIXTURES: &[(&str, &str)] = &[
    (
        "seed-afp-kim-letter",
        include_str!("../fixtures/seed-afp-kim-letter/source.html"),
    ),
    (
        "de-news-sourcepoint",
        include_str!("../fixtures/de-news-sourcepoint/source.html"),
    ),
    (
        "docs-rust-code",
        include_str!("../fixtures/docs-rust-code/source.html"),
    ),
    (
        "en-news-brief-short",
        include_str!("../fixtures/en-news-brief-short/source.html"),
    ),
    (
        "en-news-most-read-sidebar",
        include_str!("../fixtures/en-news-most-read-sidebar/source.html"),
    ),
    (
        "es-blog-cookiebot",
        include_str!("../fixtures/es-blog-cookiebot/source.html"),
    ),
    (
        "fr-news-didomi",
        include_str!("../fixtures/fr-news-didomi/source.html"),
    ),
    (
        "it-news-iubenda",
        include_str!("../fixtures/it-news-iubenda/source.html"),
    ),
    (
        "nl-news-cookiewall",
        include_str!("../fixtures/nl-news-cookiewall/source.html"),
    ),
    (
        "wp-blog-cookie-law-info",
        include_str!("../fixtures/wp-blog-cookie-law-info/source.html"),
    ),
];

const SEED: &str = include_str!("../fixtures/seed-afp-kim-letter/source.html");

fn options(json: &str) -> articlean::wasm::CleanOptionsObject {
    JSON::parse(json)
        .expect("test options are valid JSON")
        .unchecked_into()
}

fn stringify(value: &JsValue) -> String {
    JSON::stringify(value)
        .expect("article is JSON-serialisable")
        .as_string()
        .expect("JSON.stringify returns a string")
}

fn get(object: &JsValue, key: &str) -> JsValue {
    Reflect::get(object, &JsValue::from_str(key)).expect("object property access")
}

fn has(object: &JsValue, key: &str) -> bool {
    Reflect::has(object, &JsValue::from_str(key)).expect("object `in` check")
}

fn native_json(html: &str, options: &Options) -> String {
    serde_json::to_string(&clean(html, options).expect("native clean succeeds"))
        .expect("article serializes")
}

/// Every fixture: `JSON.stringify(clean(html))` is byte-for-byte the native `serde_json` output
/// (same keys, same order, same values).
pub fn js_output_equals_native_on_every_fixture() {
    assert_eq!(FIXTURES.len(), 10);
    for (slug, html) in FIXTURES {
        let js = articlean::wasm::clean(html.to_string(), None)
            .unwrap_or_else(|e| panic!("{slug}: clean threw {}", stringify_error(&e)));
        assert_eq!(
            stringify(&js),
            native_json(html, &Options::default()),
            "{slug}: JS output differs from native"
        );
    }
}

/// Options given as a JS object change the output exactly as the same Rust `Options` do.
pub fn js_options_match_rust_options() {
    let js = articlean::wasm::clean(
        SEED.to_string(),
        Some(options(
            r#"{"url":"https://news.example/world/kim.html","explain":false,"links":false,"favor":"precision","limits":{"maxDepth":256}}"#,
        )),
    )
    .expect("clean with options");
    let rust = Options {
        url: Some("https://news.example/world/kim.html".to_string()),
        explain: false,
        links: false,
        favor: articlean::Favor::Precision,
        limits: articlean::Limits {
            max_depth: 256,
            ..articlean::Limits::default()
        },
        ..Options::default()
    };
    assert_eq!(stringify(&js), native_json(SEED, &rust));
    // explain: false must really have emptied the list (the default run removes things from the seed).
    let removed: js_sys::Array = get(&js, "removed").dyn_into().expect("removed is an array");
    assert_eq!(removed.length(), 0);
    let default_removed: js_sys::Array = get(
        &articlean::wasm::clean(SEED.to_string(), None).unwrap(),
        "removed",
    )
    .dyn_into()
    .unwrap();
    assert!(default_removed.length() > 0);
}

/// The JS shape: plain objects (not `Map`), camelCase keys, `null` (not a missing key) for absent
/// values, blocks tagged with `type`.
pub fn js_shape_is_plain_camel_case_with_nulls() {
    let html = "<html><head><title>Plain page</title></head><body><article><h1>Plain page</h1>\
        <p>Some words of an article that has no author, no date and no language attribute at all, \
        so several metadata fields are absent and must come out as null.</p></article></body></html>";
    let js = articlean::wasm::clean(html.to_string(), None).expect("clean");
    let proto = Object::get_prototype_of(&js);
    assert!(JsValue::from(proto).loose_eq(&Object::get_prototype_of(&Object::new().into()).into()));
    assert!(!js.is_instance_of::<js_sys::Map>());
    for key in [
        "schemaVersion",
        "textContent",
        "wordCount",
        "publishedTime",
        "siteName",
    ] {
        assert!(has(&js, key), "missing key {key}");
    }
    assert!(!has(&js, "text_content"));
    for key in ["byline", "publishedTime", "lang"] {
        assert!(
            get(&js, key).is_null(),
            "{key} should be null, not undefined"
        );
    }
    let json = stringify(&js);
    assert!(json.contains(r#""byline":null"#), "{json}");
    let blocks: js_sys::Array = get(&js, "blocks").dyn_into().expect("blocks is an array");
    assert!(blocks.length() > 0);
    for block in blocks.iter() {
        let tag = get(&block, "type").as_string();
        assert!(
            matches!(tag.as_deref(), Some("paragraph" | "heading")),
            "{tag:?}"
        );
    }
}

fn stringify_error(e: &JsValue) -> String {
    format!(
        "{}: {}",
        get(e, "name").as_string().unwrap_or_default(),
        get(e, "message").as_string().unwrap_or_default()
    )
}

fn expect_error(result: Result<JsValue, JsValue>, code: &str, message_part: &str) {
    let error = match result {
        Ok(v) => panic!("expected {code}, got an article: {}", stringify(&v)),
        Err(e) => e,
    };
    assert!(
        error.is_instance_of::<js_sys::Error>(),
        "thrown value is not an Error"
    );
    assert_eq!(get(&error, "name").as_string().as_deref(), Some(code));
    let message = get(&error, "message").as_string().unwrap_or_default();
    assert!(
        message.contains(message_part),
        "message {message:?} lacks {message_part:?}"
    );
}

/// Errors are `Error`s named by the stable code; a typo in an option key is reported, not ignored.
pub fn errors_are_named_by_code() {
    expect_error(
        articlean::wasm::clean(SEED.to_string(), Some(options(r#"{"favour":"recall"}"#))),
        "InvalidOptions",
        "favour",
    );
    expect_error(
        articlean::wasm::clean(
            SEED.to_string(),
            Some(options(r#"{"limits":{"maxNodez":5}}"#)),
        ),
        "InvalidOptions",
        "maxNodez",
    );
    expect_error(
        articlean::wasm::clean(SEED.to_string(), Some(options(r#"{"favor":"loud"}"#))),
        "InvalidOptions",
        "loud",
    );
    expect_error(
        articlean::wasm::clean(
            SEED.to_string(),
            Some(JsValue::from_str("recall").unchecked_into()),
        ),
        "InvalidInput",
        "object",
    );
    expect_error(
        articlean::wasm::clean(SEED.to_string(), Some(options("[1, 2]"))),
        "InvalidInput",
        "object",
    );
    expect_error(
        articlean::wasm::clean(SEED.to_string(), Some(options(r#"{"charThreshold":1.5}"#))),
        "InvalidOptions",
        "charThreshold",
    );
    expect_error(
        articlean::wasm::clean(
            SEED.to_string(),
            Some(options(r#"{"limits":{"maxInputBytes":100}}"#)),
        ),
        "InputTooLarge",
        "over the limit of 100",
    );
    expect_error(
        articlean::wasm::clean_bytes(
            SEED.as_bytes().to_vec(),
            Some(options(r#"{"limits":{"maxInputBytes":100}}"#)),
            None,
        ),
        "InputTooLarge",
        "over the limit of 100",
    );
    // null and undefined options mean the defaults.
    let with_null = articlean::wasm::clean(SEED.to_string(), Some(JsValue::NULL.unchecked_into()))
        .expect("null options");
    assert_eq!(
        stringify(&with_null),
        native_json(SEED, &Options::default())
    );
}

/// A windows-1252 page given as bytes decodes the same way as natively, with the charset taken
/// from the `contentType` argument.
pub fn clean_bytes_decodes_like_native() {
    let mut page = b"<html><head><title>Caf\xe9 r\xe9sum\xe9</title></head><body><article><h1>Caf\xe9 \
        r\xe9sum\xe9</h1><p>Une tr\xe8s longue phrase fran\xe7aise \xe9crite pour que le r\xe9sum\xe9 de \
        l'article ait assez de texte pour \xeatre gard\xe9 par l'extracteur.</p></article></body></html>"
        .to_vec();
    page.push(b'\n');
    let content_type = "text/html; charset=windows-1252";
    let js = articlean::wasm::clean_bytes(page.clone(), None, Some(content_type.to_string()))
        .expect("cleanBytes");
    let native = clean_bytes(&page, Some(content_type), &Options::default()).expect("native");
    assert_eq!(native.title.as_deref(), Some("Café résumé"));
    assert_eq!(stringify(&js), serde_json::to_string(&native).unwrap());

    // A multi-byte legacy encoding declared only in <meta>: JS decodes it with the platform's
    // TextDecoder, native with encoding_rs; both follow the WHATWG Encoding Standard.
    let sentence =
        "東京の記者が書いた日本語の記事です。これは十分に長い段落なので、本文として残ります。";
    let html = format!(
        "<html><head><meta charset=\"shift_jis\"><title>日本語の記事</title></head><body><article>\
         <h1>日本語の記事</h1><p>{}</p><p>{}</p></article></body></html>",
        sentence.repeat(3),
        sentence.repeat(2)
    );
    let (sjis, _, unmappable) = encoding_rs::SHIFT_JIS.encode(&html);
    assert!(!unmappable);
    let js = articlean::wasm::clean_bytes(sjis.to_vec(), None, None).expect("cleanBytes shift_jis");
    let native = clean_bytes(&sjis, None, &Options::default()).expect("native shift_jis");
    assert!(native.text_content.contains("東京の記者"));
    assert_eq!(stringify(&js), serde_json::to_string(&native).unwrap());
}

/// A key whose value is `undefined` or `null` means that option's default, as an absent key does
/// (JavaScript callers spread optional settings); the key must still be a known one.
pub fn undefined_and_null_options_mean_the_defaults() {
    let with_holes = Object::new();
    for key in ["url", "favor", "format", "limits"] {
        Reflect::set(&with_holes, &JsValue::from_str(key), &JsValue::UNDEFINED).unwrap();
    }
    Reflect::set(&with_holes, &JsValue::from_str("images"), &JsValue::NULL).unwrap();
    let js = articlean::wasm::clean(
        SEED.to_string(),
        Some(JsValue::from(with_holes).unchecked_into()),
    )
    .expect("undefined and null options");
    assert_eq!(stringify(&js), native_json(SEED, &Options::default()));
    let misspelt = Object::new();
    Reflect::set(&misspelt, &JsValue::from_str("favour"), &JsValue::UNDEFINED).unwrap();
    expect_error(
        articlean::wasm::clean(
            SEED.to_string(),
            Some(JsValue::from(misspelt).unchecked_into()),
        ),
        "InvalidOptions",
        "favour",
    );
}
