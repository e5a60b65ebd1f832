#!/usr/bin/env bash
# `npm test`: idempotent setup, then every check a change must pass. Each check runs even when an earlier
# one failed, so one run shows every problem; the exit status is non-zero if any failed.
# The last line is `summary: N passed, N failed[, N skipped]`: N counts cargo's tests plus the
# fmt / clippy / eval gates, so a compile error that runs no test still counts as a failure.
set -uo pipefail
cd "$(dirname "$0")/.."
root=$PWD
shared="${ARTICLEAN_SHARED:-$root/../shared}"

log_dir=$(mktemp -d)
trap 'rm -rf "$log_dir"' EXIT

passed=0 failed=0 skipped=0
timings=()

# run NAME CMD...: runs one step, records its wall time and whether it passed.
run() {
  local name=$1 start status
  shift
  printf '\n=== %s: %s\n' "$name" "$*"
  start=$EPOCHREALTIME
  "$@"
  status=$?
  timings+=("$(printf '%-13s %7.1fs  %s' "$name" "$(seconds_between "$EPOCHREALTIME" "$start")" \
    "$([ $status = 0 ] && echo ok || echo "FAILED (exit $status)")")")
  return $status
}
seconds_between() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f", a - b }'; }

print_timings() {
  printf '\n=== timings\n'
  printf '%s\n' "${timings[@]}"
}

if ! run setup bash scripts/setup.sh; then
  print_timings
  echo "summary: 0 passed, 1 failed"
  exit 1
fi

gate() { # gate NAME CMD...: a step that counts as one check
  if run "$@"; then passed=$((passed + 1)); else failed=$((failed + 1)); fi
}

# Only one cargo job at a time on shared build machines (a no-op where flock is missing); flock runs
# the cargo binary from PATH, not this function.
cargo() { if command -v flock >/dev/null 2>&1; then flock /tmp/cargo.lock cargo "$@"; else command cargo "$@"; fi; }

skip() { # skip NAME WHY
  printf '\n=== %s: skipped (%s)\n' "$1" "$2"
  timings+=("$(printf '%-13s %7s  skipped: %s' "$1" - "$2")")
  skipped=$((skipped + 1))
}

# counted NAME CMD...: runs a test command and adds its own pass/fail counts (cargo's `test result:`
# lines, node --test's `# pass N` / `# fail N`). A non-zero exit with no failed test (a build error, a
# crash) counts as one failure, so the run cannot look green.
counted() {
  local name=$1 status log="$log_dir/$1.log"
  shift
  run "$name" "$@" > >(tee "$log") 2>&1
  status=$?
  sleep 0.1 # let tee flush
  read -r t_pass t_fail < <(awk '
    /^test result:/ { for (i = 1; i <= NF; i++) { if ($(i) ~ /^passed/) p += $(i-1); if ($(i) ~ /^failed/) f += $(i-1) } }
    /^# pass [0-9]+$/ { p += $3 } /^# fail [0-9]+$/ { f += $3 }
    END { print p + 0, f + 0 }' "$log")
  passed=$((passed + t_pass))
  failed=$((failed + t_fail))
  if [ "$status" != 0 ] && [ "$t_fail" = 0 ]; then failed=$((failed + 1)); fi
}

gate fmt cargo fmt --all -- --check
gate clippy cargo clippy --all-targets -- -D warnings
# The JS edge (src/wasm.rs) and the wasm test files only compile for wasm32.
gate clippy-wasm cargo clippy --target wasm32-unknown-unknown --lib --tests -- -D warnings

# Native: the core's unit, fixture and golden tests, the doc-tests, and the TypeScript sync test.
counted test cargo test --no-fail-fast

# The npm package: cargo (wasm profile) → wasm-bindgen → wasm-opt → Node smoke test → sizes.
gate build bash scripts/build-wasm.sh
# The module's gzip -9 size against eval/size-budget.json, which only ever goes down
# (`npm run size -- --record` after a saving). `npm run size` shows what each part costs.
gate size python3 scripts/size-report.py --check --quiet

# The behavioural suite on wasm32 (every tests/*.rs that can run there, plus tests/js_api.rs), through
# wasm-pack exactly as the README tells users to run it: in Node, then headless Chromium and Firefox.
# Test files name no runtime, so WASM_BINDGEN_USE_DEDICATED_WORKER=1 sends them to a Web Worker of the
# browser: the long hostile-input tests (a 50 MB page) would otherwise block the page's main thread past
# chromedriver's 30 s wait for the renderer, and the runner fails reading the page (seen once in CI). Each run names
# exactly one driver (the runner prefers geckodriver when both are visible). --mode no-install: use
# the wasm-bindgen on PATH (setup installed Cargo.lock's version), never download.
export WASM_BINDGEN_TEST_TIMEOUT=600
if command -v wasm-pack >/dev/null 2>&1; then
  counted wasm-node wasm-pack test --mode no-install --node
  if command -v chromedriver >/dev/null 2>&1 && command -v chromium >/dev/null 2>&1; then
    counted wasm-chromium env -u GECKODRIVER WASM_BINDGEN_USE_DEDICATED_WORKER=1 wasm-pack test --mode no-install \
      --headless --chrome --chromedriver "$(command -v chromedriver)"
  else
    skip wasm-chromium "chromium/chromedriver not installed; run scripts/setup.sh as root"
  fi
  if command -v geckodriver >/dev/null 2>&1 && command -v firefox-esr >/dev/null 2>&1; then
    counted wasm-firefox env -u CHROMEDRIVER WASM_BINDGEN_USE_DEDICATED_WORKER=1 wasm-pack test --mode no-install \
      --headless --firefox --geckodriver "$(command -v geckodriver)"
  else
    skip wasm-firefox "firefox-esr/geckodriver not installed; run scripts/setup.sh as root"
  fi
else
  printf '\n=== wasm: FAILED (wasm-pack not found; scripts/setup.sh installs it)\n'
  failed=$((failed + 1))
fi

# The package as Node sees it (import by name, types), then Playwright on the demo page, the MV3
# extension and an esbuild bundle, all in headless Chromium.
counted node node --test test-js/package.test.mjs test-js/edge.test.mjs test-js/worker.test.mjs
if [ -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ]; then
  counted e2e node --test test-js/e2e/
  counted consumers node --test test-js/consumers.test.mjs
else
  skip e2e "no Chromium at ${CHROMIUM_PATH:-/usr/bin/chromium}"
  skip consumers "no Chromium at ${CHROMIUM_PATH:-/usr/bin/chromium}"
fi

if [ -d "$shared/corpus" ]; then
  gate eval python3 scripts/eval.py --shared "$shared"
  # JS output equals the native CLI's JSON on every dev-corpus page (eval built the release CLI).
  gate parity node test-js/corpus-parity.mjs --shared "$shared"
elif [ "${CI:-}" = true ]; then
  # CI always has the corpora: their absence there is a failure, never a silent pass.
  printf '\n=== eval: FAILED (%s not found, and CI=true)\n' "$shared/corpus"
  timings+=("$(printf '%-13s %7s  FAILED: no corpus under CI' eval -)")
  failed=$((failed + 1))
else
  skip eval "$shared/corpus not found"
  skip parity "$shared/corpus not found"
fi

print_timings
if ((skipped)); then
  echo "summary: $passed passed, $failed failed, $skipped skipped"
else
  echo "summary: $passed passed, $failed failed"
fi
[ "$failed" = 0 ]
