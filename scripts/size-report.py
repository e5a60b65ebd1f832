#!/usr/bin/env python3
"""`npm run size`: what the shipped WebAssembly module weighs and what each part of it costs.

Prints raw, gzip -9 and brotli (quality 11) sizes of pkg/articlean_bg.wasm, its sections, and the code
size per crate (from a copy of the same build that keeps the function names). With --check, fails when
the gzip size is over the budget in eval/size-budget.json; --record lowers the budget to the current
size (never raises it: a budget only goes down). Needs `npm run build` first.
"""
import argparse
import collections
import gzip
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SHIPPED = os.path.join(ROOT, "pkg", "articlean_bg.wasm")
BUDGET = os.path.join(ROOT, "eval", "size-budget.json")
SECTION_NAMES = {1: "type", 2: "import", 3: "function", 4: "table", 5: "memory", 6: "global",
                 7: "export", 8: "start", 9: "element", 10: "code", 11: "data", 12: "datacount"}


def gzip9(data):
    """zlib's deflate at level 9: for the shares of parts. The headline figure uses gzip_cli."""
    return len(gzip.compress(data, compresslevel=9, mtime=0))


def gzip_cli(path):
    """`gzip -9 -c FILE | wc -c`, byte for byte the figure scripts/build-wasm.sh prints (GNU gzip's
    deflate differs from zlib's by a few hundred bytes; its header holds the file name)."""
    try:
        return len(subprocess.run(["gzip", "-9", "-c", path], check=True, capture_output=True).stdout)
    except (OSError, subprocess.CalledProcessError):
        return gzip9(open(path, "rb").read())


def brotli11(path):
    """Brotli through Node's zlib (always there: the build needs Node), window 24 like build-wasm.sh."""
    script = ("const z=require('zlib');process.stdout.write(String(z.brotliCompressSync("
              "require('fs').readFileSync(process.argv[1]),{params:{[z.constants.BROTLI_PARAM_QUALITY]:11,"
              "[z.constants.BROTLI_PARAM_LGWIN]:24}}).length))")
    try:
        return int(subprocess.run(["node", "-e", script, path], check=True, capture_output=True,
                                  text=True).stdout)
    except (OSError, subprocess.CalledProcessError, ValueError):
        return None


def leb(data, i):
    result = shift = 0
    while True:
        byte = data[i]
        i += 1
        result |= (byte & 0x7F) << shift
        shift += 7
        if byte < 0x80:
            return result, i


def sections(data):
    """Yields (id, name, start, end) for each section of a module."""
    i = 8
    while i < len(data):
        sid = data[i]
        size, start = leb(data, i + 1)
        name = SECTION_NAMES.get(sid, str(sid))
        if sid == 0:
            length, j = leb(data, start)
            name = "custom:" + data[j:j + length].decode("utf-8", "replace")
        yield sid, name, start, start + size
        i = start + size


def function_bodies(data):
    """Returns [(name, body bytes)] for every defined function, named from the name section."""
    imported = 0
    bodies = []
    names = {}
    for sid, name, start, end in sections(data):
        if sid == 2:
            count, j = leb(data, start)
            for _ in range(count):
                for _ in range(2):  # module and field names
                    length, j = leb(data, j)
                    j += length
                kind = data[j]
                j += 1
                if kind == 0:
                    _, j = leb(data, j)
                    imported += 1
                elif kind == 1:
                    j += 1
                    flags, j = leb(data, j)
                    _, j = leb(data, j)
                    if flags & 1:
                        _, j = leb(data, j)
                elif kind == 2:
                    flags, j = leb(data, j)
                    _, j = leb(data, j)
                    if flags & 1:
                        _, j = leb(data, j)
                elif kind == 3:
                    j += 2
        elif sid == 10:
            count, j = leb(data, start)
            for index in range(count):
                length, j = leb(data, j)
                bodies.append((imported + index, data[j:j + length]))
                j += length
        elif name == "custom:name":
            length, j = leb(data, start)
            j += length
            while j < end:
                sub = data[j]
                size, j = leb(data, j + 1)
                if sub == 1:
                    count, k = leb(data, j)
                    for _ in range(count):
                        index, k = leb(data, k)
                        length, k = leb(data, k)
                        names[index] = data[k:k + length].decode("utf-8", "replace")
                        k += length
                j += size
    return [(names.get(index, "?"), body) for index, body in bodies]


# The crate a function belongs to: the first path segment, looking inside `<T as Trait>` and
# `<impl ...>` wrappers (a trait impl is charged to the type's crate, where the work lives).
CRATE = re.compile(r"([A-Za-z_][A-Za-z0-9_]*)::")


STD_CRATES = {"std", "core", "alloc"}
DISAMBIGUATOR = re.compile(r"\[[0-9a-f]+\]")


# Methods of primitive types (`<str>::trim_matches`, `<[T]>::sort`) live in core.
PRIMITIVE_RECEIVER = re.compile(r"^<(str|char|bool|[iuf](8|16|32|64|128|size)|\[)")


def crate_of(name):
    if PRIMITIVE_RECEIVER.match(name):
        return "std/core/alloc"
    match = CRATE.search(DISAMBIGUATOR.sub("", name))
    if not match:
        return "(unnamed: " + ("wasm-bindgen glue" if name.startswith("__wbg") else "other") + ")"
    crate = match.group(1)
    return "std/core/alloc" if crate in STD_CRATES else crate


def cargo_out_dir():
    target = os.environ.get("CARGO_TARGET_DIR", os.path.join(ROOT, "target"))
    return os.path.join(target, "wasm32-unknown-unknown", "wasm")


def named_build(tmp):
    """The same wasm-bindgen + wasm-opt steps as scripts/build-wasm.sh on cargo's output, keeping the
    name section (-g), so functions can be charged to crates. Returns the path or None."""
    cargo_out = os.path.join(cargo_out_dir(), "articlean.wasm")
    wasm_opt = os.path.join(ROOT, "node_modules", ".bin", "wasm-opt")
    if not os.path.exists(cargo_out) or not shutil.which("wasm-bindgen") or not os.path.exists(wasm_opt):
        return None
    subprocess.run(["wasm-bindgen", "--target", "web", "--keep-debug", "--out-dir", tmp, cargo_out],
                   check=True, capture_output=True)
    named = os.path.join(tmp, "articlean_bg.wasm")
    subprocess.run([wasm_opt, "-g", "-Oz", "--converge", "--skip-pass=memory-packing", "--skip-pass=inlining",
                    "--skip-pass=inlining-optimizing", "--strip-dwarf", named, "-o", named],
                   check=True, capture_output=True)
    return named


def kb(n):
    return "-" if n is None else f"{n / 1000:.1f} KB"


def report(data):
    raw, gz, br = len(data), gzip_cli(SHIPPED), brotli11(SHIPPED)
    print(f"size: pkg/articlean_bg.wasm  raw {kb(raw)} ({raw} B)  gzip -9 {kb(gz)} ({gz} B)  "
          f"brotli 11 {kb(br)} ({br} B)")
    print("\nsections (raw / gzip -9 of the section alone)")
    for _, name, start, end in sections(data):
        chunk = data[start:end]
        print(f"  {name:24} {kb(len(chunk)):>10} {kb(gzip9(chunk)):>10}")
    with tempfile.TemporaryDirectory() as tmp:
        named = named_build(tmp)
        if named is None:
            print("\n(no per-crate table: needs cargo's output in target/, wasm-bindgen and npm's wasm-opt)")
            return gz
        bodies = function_bodies(open(named, "rb").read())
    by_crate = collections.defaultdict(list)
    for name, body in bodies:
        by_crate[crate_of(name)].append(body)
    total = sum(len(b) for _, b in bodies)
    print(f"\ncode by crate ({len(bodies)} functions, {kb(total)} raw; gzip -9 of each crate's code alone, "
          "which overstates a small crate's share)")
    rows = sorted(by_crate.items(), key=lambda kv: -sum(len(b) for b in kv[1]))
    for crate, parts in rows[:20]:
        size = sum(len(b) for b in parts)
        print(f"  {crate:32} {kb(size):>10} {size * 100 / total:5.1f}%  gzip {kb(gzip9(b''.join(parts))):>10}"
              f"  {len(parts):5} fns")
    print("\nlargest functions (raw)")
    for name, body in sorted(bodies, key=lambda nb: -len(nb[1]))[:12]:
        print(f"  {kb(len(body)):>10}  {name[:110]}")
    return gz


def build_kind():
    """`nightly-build-std` or `stable`: which toolchain scripts/build-wasm.sh used for pkg/. The
    stable fallback is ~30 KB larger, so each kind has its own budget."""
    path = os.path.join(cargo_out_dir(), "build-kind")
    try:
        return open(path).read().strip() or "stable"
    except OSError:
        return "stable"


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--check", action="store_true", help="fail when gzip -9 size > budget")
    parser.add_argument("--record", action="store_true", help="lower the budget to the current size")
    parser.add_argument("--quiet", action="store_true", help="sizes and the budget only")
    args = parser.parse_args()
    if not os.path.exists(SHIPPED):
        print("size: pkg/articlean_bg.wasm not found: run `npm run build` first", file=sys.stderr)
        return 1
    data = open(SHIPPED, "rb").read()
    kind = build_kind()
    if args.quiet:
        gz = gzip_cli(SHIPPED)
        print(f"size: pkg/articlean_bg.wasm ({kind}) raw {kb(len(data))}, gzip -9 {kb(gz)} ({gz} B)")
    else:
        print(f"size: built with {kind}")
        gz = report(data)
    budget = json.load(open(BUDGET)) if os.path.exists(BUDGET) else {"gzip_bytes": {}}
    limits = budget.setdefault("gzip_bytes", {})
    limit = limits.get(kind)
    if args.record and (limit is None or gz < limit):
        limits[kind] = gz
        with open(BUDGET, "w") as f:
            json.dump(budget, f, indent=2)
            f.write("\n")
        print(f"size: {kind} budget recorded: {gz} B (was {limit})")
        limit = gz
    if limit is not None:
        verdict = "within" if gz <= limit else "OVER"
        print(f"size: gzip -9 {gz} B, {kind} budget {limit} B: {verdict} ({limit - gz:+d} B headroom)")
    if args.check:
        if limit is None:
            print(f"size: no {kind} budget in eval/size-budget.json", file=sys.stderr)
            return 1
        if gz > limit:
            print(f"size: FAIL: gzip -9 size {gz} B is over the {kind} budget of {limit} B", file=sys.stderr)
            return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
