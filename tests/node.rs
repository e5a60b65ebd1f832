//! The JavaScript API under Node: `cargo test --target wasm32-unknown-unknown --test node`
//! (runs through wasm-bindgen-test-runner; see tests/wasm_common for the checks).
#![cfg(target_arch = "wasm32")]

mod wasm_common;

use wasm_bindgen_test::wasm_bindgen_test;

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
