//! Milliseconds for the figures some tests print (never assert: wall time on a shared machine is no
//! test). `std::time::Instant` panics on wasm32-unknown-unknown, so there the clock is `Date.now()`.
#![allow(dead_code)]

#[cfg(target_arch = "wasm32")]
pub fn now_ms() -> f64 {
    js_sys::Date::now()
}

#[cfg(not(target_arch = "wasm32"))]
pub fn now_ms() -> f64 {
    use std::sync::OnceLock;
    static START: OnceLock<std::time::Instant> = OnceLock::new();
    START
        .get_or_init(std::time::Instant::now)
        .elapsed()
        .as_secs_f64()
        * 1000.0
}
