//! The JavaScript API in a browser: `CHROMEDRIVER=/usr/bin/chromedriver cargo test --target wasm32-unknown-unknown --test web`
//! (or GECKODRIVER=... for Firefox; set exactly one). Same checks as tests/node.rs, in headless browsers.
#![cfg(target_arch = "wasm32")]

mod wasm_common;

use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen_test]
fn js_output_equals_native_on_every_fixture() {
    wasm_common::js_output_equals_native_on_every_fixture();
}

#[wasm_bindgen_test]
fn js_options_match_rust_options() {
    wasm_common::js_options_match_rust_options();
}

#[wasm_bindgen_test]
fn js_shape_is_plain_camel_case_with_nulls() {
    wasm_common::js_shape_is_plain_camel_case_with_nulls();
}

#[wasm_bindgen_test]
fn errors_are_named_by_code() {
    wasm_common::errors_are_named_by_code();
}

#[wasm_bindgen_test]
fn clean_bytes_decodes_like_native() {
    wasm_common::clean_bytes_decodes_like_native();
}
