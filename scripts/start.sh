#!/usr/bin/env bash
# `npm start`: set up, build the WebAssembly package, and serve the demo page (www/) on 127.0.0.1.
# PORT=N picks the port (default 8080). `npm start -- ARGS...` runs the native CLI with ARGS instead
# (e.g. `npm start -- --format text page.html`).
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/setup.sh

if (($#)); then
  cargo build --release --bin articlean
  exec "${CARGO_TARGET_DIR:-target}/release/articlean" "$@"
fi

bash scripts/build-wasm.sh
exec node scripts/serve.mjs --port "${PORT:-8080}"
