#!/usr/bin/env bash
# `npm run bench:frontier`: the size/speed frontier of the WebAssembly module. Builds each row below
# like `npm run build` (nightly build-std, LTO, wasm-bindgen, wasm-opt) with only what the row
# changes, into target/frontier/<row>/ (one shared CARGO_TARGET_DIR, target/frontier-build: every
# row rebuilds the standard library with its flags, about a minute each), then times each module
# on the scrapinghub dev pages in Node (bench/node.mjs --pkg, one round) and prints one table.
#   bash bench/frontier.sh [ROW...]   (default: every row)
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -d "${ARTICLEAN_SHARED:-../shared}/corpus/scrapinghub/pages" ]; then
  echo "bench:frontier: skipped: no corpus at ${ARTICLEAN_SHARED:-../shared}/corpus/scrapinghub/pages"
  exit 0
fi
# name | extra rustc flags | wasm-opt passes (empty: the shipped ones)
rows=(
  "shipped (npm run build)|$(sed -n 's/^shipped_rustflags="\(.*\)"$/\1/p' scripts/build-wasm.sh)|"
  "z, LLVM's own inlining at z||"
  "z, inline-threshold=25|-Cllvm-args=-inline-threshold=25|"
  "z, inline-threshold=100|-Cllvm-args=-inline-threshold=100|"
  "z, inline-threshold=225 (LLVM's -O2/-O3 default)|-Cllvm-args=-inline-threshold=225|"
  "z, wasm-opt -O3 with inlining||-O3 --skip-pass=memory-packing"
  "opt-level 3 everywhere|-Copt-level=3|"
)
wanted=("$@")
results=()
for row in "${rows[@]}"; do
  IFS='|' read -r name flags passes <<< "$row"
  if [ ${#wanted[@]} -gt 0 ] && [[ ! " ${wanted[*]} " == *" $name "* ]]; then continue; fi
  dir="target/frontier/$(echo "$name" | tr -c 'a-zA-Z0-9=\n' '-' | tr -s '-')"
  CARGO_TARGET_DIR=target/frontier-build ARTICLEAN_PKG_DIR="$dir" ARTICLEAN_WASM_RUSTFLAGS="$flags" \
    ARTICLEAN_WASM_OPT="$passes" bash scripts/build-wasm.sh >&2
  gzip_bytes=$(gzip -9 -c "$dir/articlean_bg.wasm" | wc -c)
  line=$(node bench/node.mjs --only articlean --pkg "$dir" 2>/dev/null | grep -m1 '^articlean wasm clean()')
  read -r -a cols <<< "${line#articlean wasm clean()}"
  results+=("| $name | \`${flags:-none}\` | ${passes:-shipped} | $(awk -v b="$gzip_bytes" 'BEGIN{printf "%.1f KB", b/1000}') | ${cols[1]} | ${cols[2]} |")
done
bash bench/build-floor.sh >&2
floor=$(node bench/node.mjs --only floor 2>/dev/null | grep -m1 '^floor' | awk '{print $(NF-5)}')
echo "| build | rustc flags | wasm-opt | gzip -9 | median ms | p95 ms |"
echo "| --- | --- | --- | --- | --- | --- |"
printf '%s\n' "${results[@]}"
echo "floor (html5ever parse only, z): median $floor ms"
