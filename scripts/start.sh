#!/usr/bin/env bash
# `npm start`: set up, build the native CLI, and show what it makes of the seed page.
# `npm start -- ARGS...` runs the CLI with ARGS instead (e.g. `npm start -- --format text page.html`).
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/setup.sh
cargo build --release --bin articlean
cli="${CARGO_TARGET_DIR:-target}/release/articlean"

if (($#)); then
  exec "$cli" "$@"
fi

seed=tests/fixtures/seed-afp-kim-letter/source.html
if [ ! -f "$seed" ]; then
  cat >&2 <<MSG
start: the seed fixture $seed is not in this checkout yet.
start: the CLI is built; run it on any page instead:
  $cli [--url URL] [--format json|html|text] FILE|-
  npm start -- path/to/page.html
MSG
  exit 1
fi
exec "$cli" "$seed"
