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
  timings+=("$(printf '%-8s %7.1fs  %s' "$name" "$(seconds_between "$EPOCHREALTIME" "$start")" \
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

gate fmt cargo fmt --all -- --check
gate clippy cargo clippy --all-targets -- -D warnings

# cargo test's own counts, summed over every test binary and the doc-tests.
cargo_test_logged() { cargo test --no-fail-fast 2>&1 | tee "$log_dir/cargo-test.log"; }
run test cargo_test_logged
test_status=$?
read -r t_pass t_fail < <(awk '/^test result:/ {
    for (i = 1; i <= NF; i++) { if ($(i) ~ /^passed/) p += $(i-1); if ($(i) ~ /^failed/) f += $(i-1) }
  } END { print p + 0, f + 0 }' "$log_dir/cargo-test.log")
passed=$((passed + t_pass))
failed=$((failed + t_fail))
# A build failure or crash leaves no failed test behind; count it so the run cannot look green.
if [ "$test_status" != 0 ] && [ "$t_fail" = 0 ]; then failed=$((failed + 1)); fi

if [ -d "$shared/corpus" ]; then
  gate eval python3 scripts/eval.py --shared "$shared"
else
  printf '\n=== eval: skipped (%s/corpus not found)\n' "$shared"
  skipped=$((skipped + 1))
fi

print_timings
if ((skipped)); then
  echo "summary: $passed passed, $failed failed, $skipped skipped"
else
  echo "summary: $passed passed, $failed failed"
fi
[ "$failed" = 0 ]
