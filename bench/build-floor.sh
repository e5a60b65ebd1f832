#!/usr/bin/env bash
# Builds the benchmark's floor (bench/parse-floor: html5ever parsing only) for wasm exactly as
# scripts/build-wasm.sh builds articlean: opt-level z + LTO, wasm-bindgen --target web, the same wasm-opt
# passes. Output: bench/parse-floor/pkg/. Skips the work when the module is newer than its sources.
set -euo pipefail
cd "$(dirname "$0")/parse-floor"
if ! command -v cargo >/dev/null 2>&1 && [ -f "$HOME/.cargo/env" ]; then
  # shellcheck disable=SC1091
  . "$HOME/.cargo/env"
fi
lock() { if command -v flock >/dev/null 2>&1; then flock /tmp/cargo.lock "$@"; else "$@"; fi; }
out=pkg/articlean_parse_floor_bg.wasm
if [ -f "$out" ] && [ -z "$(find src Cargo.toml -newer "$out" -print -quit)" ]; then
  exit 0
fi
lock cargo build --release --target wasm32-unknown-unknown
rm -rf pkg
wasm-bindgen --target web --remove-name-section --remove-producers-section --out-dir pkg \
  target/wasm32-unknown-unknown/release/articlean_parse_floor.wasm
../../node_modules/.bin/wasm-opt -Oz --skip-pass=memory-packing --skip-pass=inlining \
  --skip-pass=inlining-optimizing "$out" -o "$out"
echo "build-floor: $out $(wc -c < "$out") B"
