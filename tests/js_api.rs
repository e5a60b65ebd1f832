//! The JavaScript API itself (`articlean::wasm`, what the npm package's entries call), checked against
//! the native Rust calls. wasm32 only; it runs wherever the wasm test runs run: Node by default
//! (`wasm-pack test --node`), a browser's Web Worker with `WASM_BINDGEN_USE_DEDICATED_WORKER=1
//! wasm-pack test --headless --chrome` or `--firefox` (README). The checks live in tests/wasm_common/mod.rs.
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

#[wasm_bindgen_test]
fn undefined_and_null_options_mean_the_defaults() {
    wasm_common::undefined_and_null_options_mean_the_defaults();
}
