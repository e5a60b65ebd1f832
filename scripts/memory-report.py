#!/usr/bin/env python3
"""Peak memory per page: runs the release CLI once per page of the dev corpora under
`/usr/bin/time -f %M` with `--peak-heap`, and reports both the peak heap the cleaning needed (counted
by the CLI's allocator) and the process's peak resident set size, against page size.

The bound (pages over 1 MB: at most 10x the page size; the script exits 1 otherwise) is checked on
the peak heap: that is the memory the work needs, and what a wasm module's linear memory must grow
by. RSS also holds the binary and C library (the baseline, measured on an 8-byte page) and memory
the C allocator keeps after `free`, so it is printed beside it, raw and net of the baseline.

Each run also reports the parsed tree of the page (`--dom-footprint`): its nodes and the bytes it
holds, per input byte. wcxb-dev's compressed pages are written out to a temporary folder first.

usage: scripts/memory-report.py [--cli target/release/articlean] [--shared ../shared] [--top N]
"""
import argparse
import gzip
import json
import os
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def peak_memory(cli, path):
    """(peak RSS in KiB, peak heap in bytes, exit status, DOM nodes, DOM bytes) of one CLI run."""
    run = subprocess.run(
        ["/usr/bin/time", "-f", "%M", cli, "--peak-heap", "--dom-footprint", "--format", "text", path],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    lines = run.stderr.strip().splitlines()
    heap = next(int(l.split()[1]) for l in lines if l.startswith("peak_heap_bytes "))
    dom = next((l.split() for l in lines if l.startswith("dom_nodes ")), None)
    nodes, dom_bytes = (int(dom[1]), int(dom[3])) if dom else (0, 0)
    return int(lines[-1]), heap, run.returncode, nodes, dom_bytes


def page_files(shared, corpus, scratch):
    """(name, path) of every page of a set; gzip-compressed pages are written out under scratch."""
    pages = os.path.join(shared, "corpus", corpus, "pages")
    if not os.path.isdir(pages):
        print(f"memory-report: {pages} not found", file=sys.stderr)
        return []
    out = []
    for name in sorted(os.listdir(pages)):
        path = os.path.join(pages, name)
        if name.endswith(".gz"):
            name = name[: -len(".gz")]
            plain = os.path.join(scratch, corpus + "-" + name)
            with gzip.open(path, "rb") as src, open(plain, "wb") as dst:
                dst.write(src.read())
            path = plain
        out.append((name, path))
    return out


def wasm_memory_report(big, args):
    """The same pages through the built wasm module (pkg/, from `npm run build`), in Node: how far
    linear memory grew during clean(), and its size after (which includes the module's own start)."""
    script = os.path.join(ROOT, "scripts", "wasm-memory.mjs")
    if not os.path.exists(os.path.join(ROOT, "pkg", "articlean_bg.wasm")):
        print("\nwasm: pkg/articlean_bg.wasm not built (npm run build); skipped")
        return
    print("\nwasm linear memory (Node), pages over 1 MB:")
    print(f"{'set':12} {'page':40} {'size MB':>8} {'grew MB':>8} {'grew x':>6} {'after MB':>8} {'after x':>7}")
    for r in sorted(big, key=lambda r: r[2], reverse=True):
        run = subprocess.run(["node", script, r[6]], capture_output=True, text=True)
        if run.returncode != 0:
            print(f"{r[0]:12} {r[1][:40]:40} failed: {run.stderr.strip()[:80]}")
            continue
        m = json.loads(run.stdout)
        grew = m["after"] - m["before"]
        print(
            f"{r[0]:12} {r[1][:40]:40} {r[2] / 1e6:8.3f} {grew / 1e6:8.1f} {grew / r[2]:6.1f}"
            f" {m['after'] / 1e6:8.1f} {m['after'] / r[2]:7.1f}"
        )


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--cli", default=os.path.join(ROOT, "target/release/articlean"))
    parser.add_argument("--shared", default=os.path.join(ROOT, "..", "shared"))
    parser.add_argument("--top", type=int, default=10)
    args = parser.parse_args()

    with tempfile.NamedTemporaryFile("w", suffix=".html", delete=False) as empty:
        empty.write("<p>x</p>")
    baseline = peak_memory(args.cli, empty.name)[0]
    os.unlink(empty.name)

    scratch = tempfile.TemporaryDirectory()
    rows = []
    for corpus in ("scrapinghub", "readability", "wcxb-dev"):
        for name, path in page_files(args.shared, corpus, scratch.name):
            size = os.path.getsize(path)
            rss_kb, heap, status, nodes, dom_bytes = peak_memory(args.cli, path)
            rows.append((corpus, name, size, rss_kb * 1024, status, heap, path, nodes, dom_bytes))

    if not rows:
        return 1
    print(f"CLI baseline (8-byte page): peak RSS {baseline / 1024:.1f} MB")
    print(f"pages: {len(rows)}, non-zero exits: {sum(1 for r in rows if r[4] != 0)}")
    ratios = sorted(rows, key=lambda r: r[5] / max(r[2], 1), reverse=True)
    net = lambda r: (r[3] - baseline * 1024) / max(r[2], 1)
    print(f"largest peak heap: {max(r[5] for r in rows) / 1e6:.1f} MB; largest peak RSS: {max(r[3] for r in rows) / 1e6:.1f} MB")
    big = [r for r in rows if r[2] > 1_000_000]
    header = (
        f"{'set':12} {'page':40} {'size MB':>8} {'heap MB':>8} {'heap x':>6} {'RSS MB':>7} {'RSS x':>6}"
        f" {'net x':>6} {'nodes':>7} {'DOM x':>6}"
    )
    row = lambda r: (
        f"{r[0]:12} {r[1][:40]:40} {r[2] / 1e6:8.3f} {r[5] / 1e6:8.1f} {r[5] / r[2]:6.1f}"
        f" {r[3] / 1e6:7.1f} {r[3] / r[2]:6.1f} {net(r):6.1f} {r[7]:7} {r[8] / max(r[2], 1):6.2f}"
    )
    dom_ratios = sorted(r[8] / r[2] for r in rows if r[2] > 0 and r[8] > 0)
    if dom_ratios:
        print(
            f"DOM bytes per input byte (`--dom-footprint`): median {dom_ratios[len(dom_ratios) // 2]:.2f},"
            f" max {dom_ratios[-1]:.2f}; pages over 1 MB below"
        )
    print(f"\npages over 1 MB: {len(big)}  (heap = peak heap of the run; net = RSS less the baseline)")
    print(header)
    for r in sorted(big, key=lambda r: r[2], reverse=True):
        print(row(r))
    print("\nhighest peak-heap/size ratios (small pages are dominated by fixed costs):")
    print(header)
    for r in ratios[: args.top]:
        print(row(r))
    wasm_memory_report(big, args)
    worst_heap = max((r[5] / r[2] for r in big), default=0)
    worst_rss = max((r[3] / r[2] for r in big), default=0)
    over_target = [r for r in big if r[5] / r[2] > 4]
    print(f"\nworst over 1 MB: peak heap {worst_heap:.1f}x the page (bound 10x); peak RSS {worst_rss:.1f}x")
    print(f"pages over 1 MB above issue 18's 4x: {len(over_target)} of {len(big)}"
          + "".join(f"\n  {r[0]} {r[1]} {r[5] / r[2]:.1f}x" for r in over_target))
    return 0 if worst_heap <= 10 and all(r[4] == 0 for r in rows) else 1

if __name__ == "__main__":
    sys.exit(main())
