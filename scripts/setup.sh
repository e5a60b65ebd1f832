#!/usr/bin/env bash
# Idempotent developer/CI setup for articlean: installs only what is missing, so a second run takes about a
# second. It also installs the browsers the WebAssembly tests run in (Chromium + chromedriver, Firefox ESR
# + geckodriver): ~40 s of apt and a 3-minute geckodriver build the first time. SETUP_BROWSERS=0 skips
# them (npm test then reports the browser checks as skipped).
set -euo pipefail
cd "$(dirname "$0")/.."

say() { printf 'setup: %s\n' "$*"; }
die() { printf 'setup: ERROR: %s\n' "$*" >&2; exit 1; }
# Only one cargo job at a time on shared build machines (a no-op where flock is missing).
locked() { if command -v flock >/dev/null 2>&1; then flock /tmp/cargo.lock "$@"; else "$@"; fi; }


# A login shell may not have sourced rustup's env (CI runs without a profile).
if ! command -v cargo >/dev/null 2>&1 && [ -f "$HOME/.cargo/env" ]; then
  # shellcheck disable=SC1091
  . "$HOME/.cargo/env"
fi

for tool in cargo rustc node npm python3; do
  command -v "$tool" >/dev/null 2>&1 || case "$tool" in
    cargo|rustc) die "$tool not found: install Rust with rustup (https://rustup.rs), then open a new shell." ;;
    node|npm) die "$tool not found: install Node.js 20 or newer (e.g. apt-get install nodejs npm)." ;;
    python3) die "python3 not found: the corpus evaluation needs it (apt-get install python3)." ;;
  esac
done

# fmt and clippy are rustup components; a minimal toolchain profile lacks them and `npm test` needs both.
if command -v rustup >/dev/null 2>&1; then
  missing_components=()
  cargo fmt --version >/dev/null 2>&1 || missing_components+=(rustfmt)
  cargo clippy --version >/dev/null 2>&1 || missing_components+=(clippy)
  if ((${#missing_components[@]})); then
    say "rustup component add ${missing_components[*]}"
    rustup component add "${missing_components[@]}"
  fi
  if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
    say "rustup target add wasm32-unknown-unknown"
    rustup target add wasm32-unknown-unknown
  fi
  # The shipped module is built by nightly Rust with the standard library rebuilt for size (-Z build-std,
  # ~33 KB less after gzip; see scripts/build-wasm.sh), which needs nightly's rust-src. Optional: when it
  # cannot be installed, build-wasm.sh builds with stable instead.
  if [ "${ARTICLEAN_WASM_TOOLCHAIN:-nightly}" = nightly ] &&
     ! rustup +nightly component list --installed 2>/dev/null | grep -q '^rust-src'; then
    say "rustup toolchain install nightly --profile minimal --component rust-src"
    rustup toolchain install nightly --profile minimal --component rust-src ||
      say "WARNING: no nightly rust-src; the wasm build falls back to stable Rust (a larger module)."
  fi
else
  say "WARNING: rustup not found; cannot add the wasm32-unknown-unknown target or rustfmt/clippy."
fi

# The wasm-bindgen CLI must be the exact version of the wasm-bindgen crate in Cargo.lock, or the generated
# bindings do not match the module. --locked fails here (the CLI's lockfile pins a crate version the registry
# does not serve), and the TLS feature is not needed (the test runner talks plain HTTP to a local driver).
wb_version=$(awk '$0 == "name = \"wasm-bindgen\"" { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)
[ -n "$wb_version" ] || die "no wasm-bindgen entry in Cargo.lock"
if [ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $wb_version" ] ||
   [ "$(wasm-bindgen-test-runner --version 2>/dev/null)" != "wasm-bindgen-test-runner $wb_version" ]; then
  say "cargo install wasm-bindgen-cli $wb_version (takes ~5 min on 2 cores)"
  locked cargo install wasm-bindgen-cli --version "$wb_version" --no-default-features --force
fi

# wasm-pack: the README's `wasm-pack test --node | --headless --chrome | --headless --firefox` and
# `wasm-pack build`; npm test runs the wasm suite through it. Its npm package downloads a binary at
# install time (fails offline); the crate builds from source in ~3 min.
wasm_pack_version=0.15.1
if [ "$(wasm-pack --version 2>/dev/null)" != "wasm-pack $wasm_pack_version" ]; then
  say "cargo install wasm-pack $wasm_pack_version (takes ~3 min on 2 cores)"
  locked cargo install wasm-pack --version "$wasm_pack_version" --locked
fi

# Debian's binaryen (wasm-opt 108) silently produces modules that throw at load; never install it.
if dpkg -s binaryen >/dev/null 2>&1; then
  say "WARNING: Debian's binaryen is installed; its wasm-opt 108 breaks wasm-bindgen output. Use npm's binaryen."
fi

apt_install() { # one package set at a time: apt holds a global lock, and a failure names its package
  if [ "$(id -u)" != 0 ] || ! command -v apt-get >/dev/null 2>&1; then
    say "WARNING: cannot install $* (needs root and apt-get); the browser tests will be skipped."
    return 0
  fi
  say "apt-get install $*"
  export DEBIAN_FRONTEND=noninteractive
  if [ -z "${apt_updated:-}" ]; then apt-get update -qq; apt_updated=1; fi
  apt-get install -y -qq --no-install-recommends "$@"
}

# valgrind's callgrind counts the instructions tests/hostile.rs compares (work growth, not wall time).
command -v valgrind >/dev/null 2>&1 || apt_install valgrind

if [ "${SETUP_BROWSERS:-1}" = 1 ]; then
  if ! command -v chromium >/dev/null 2>&1 || ! command -v chromedriver >/dev/null 2>&1; then
    apt_install chromium chromium-driver
  fi
  command -v firefox-esr >/dev/null 2>&1 || apt_install firefox-esr
  # No Debian package for geckodriver; 0.37.1 builds offline with --locked.
  if command -v firefox-esr >/dev/null 2>&1 && ! command -v geckodriver >/dev/null 2>&1; then
    say "cargo install geckodriver 0.37.1 (takes ~3 min)"
    locked cargo install geckodriver --version 0.37.1 --locked
  fi
fi

# npm ci wipes node_modules, so run it only when the lockfile differs from the one last installed.
lock_sum=$(sha256sum package-lock.json | cut -d' ' -f1)
stamp=node_modules/.articlean-lock-sha256
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$lock_sum" ]; then
  say "npm ci"
  npm ci --no-audit --no-fund
  mkdir -p node_modules
  printf '%s\n' "$lock_sum" > "$stamp"
fi

say "ok (rustc $(rustc --version | cut -d' ' -f2), node $(node --version), wasm-bindgen $wb_version)"
