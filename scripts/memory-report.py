#!/usr/bin/env python3
"""Peak memory per page: runs the release CLI once per page of the dev corpora under
`/usr/bin/time -f %M` and reports peak resident set size against page size.

The CLI's own baseline (process, allocator, binary) is measured on an empty page and reported, so
the per-page figure can be read both raw and net of it. The issue's bound is for pages over 1 MB:
peak RSS at most 10x the page size; the script exits 1 if any such page is over it.

usage: scripts/memory-report.py [--cli target/release/articlean] [--shared ../shared] [--top N]
"""
import argparse
import os
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def peak_rss_kb(cli, path):
    """Peak RSS in KiB of one CLI run, and whether the CLI answered (exit 0)."""
    run = subprocess.run(
        ["/usr/bin/time", "-f", "%M", cli, "--format", "text", path],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    last = run.stderr.strip().splitlines()[-1]
    return int(last), run.returncode


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--cli", default=os.path.join(ROOT, "target/release/articlean"))
    parser.add_argument("--shared", default=os.path.join(ROOT, "..", "shared"))
    parser.add_argument("--top", type=int, default=10)
    args = parser.parse_args()

    with tempfile.NamedTemporaryFile("w", suffix=".html", delete=False) as empty:
        empty.write("<p>x</p>")
    baseline, _ = peak_rss_kb(args.cli, empty.name)
    os.unlink(empty.name)

    rows = []
    for corpus in ("scrapinghub", "readability"):
        pages = os.path.join(args.shared, "corpus", corpus, "pages")
        if not os.path.isdir(pages):
            print(f"memory-report: {pages} not found", file=sys.stderr)
            continue
        for name in sorted(os.listdir(pages)):
            path = os.path.join(pages, name)
            size = os.path.getsize(path)
            rss_kb, status = peak_rss_kb(args.cli, path)
            rows.append((corpus, name, size, rss_kb * 1024, status))

    if not rows:
        return 1
    print(f"CLI baseline (8-byte page): peak RSS {baseline / 1024:.1f} MB")
    print(f"pages: {len(rows)}, non-zero exits: {sum(1 for r in rows if r[4] != 0)}")
    ratios = sorted(rows, key=lambda r: r[3] / max(r[2], 1), reverse=True)
    net = lambda r: (r[3] - baseline * 1024) / max(r[2], 1)
    print(f"largest peak RSS: {max(r[3] for r in rows) / 1e6:.1f} MB")
    big = [r for r in rows if r[2] > 1_000_000]
    print(f"\npages over 1 MB: {len(big)}")
    print(f"{'set':12} {'page':40} {'size MB':>8} {'peak MB':>8} {'ratio':>6} {'net':>6}")
    for r in sorted(big, key=lambda r: r[2], reverse=True):
        print(f"{r[0]:12} {r[1][:40]:40} {r[2] / 1e6:8.2f} {r[3] / 1e6:8.1f} {r[3] / r[2]:6.1f} {net(r):6.1f}")
    print(f"\nhighest peak/size ratios (small pages are dominated by the baseline):")
    for r in ratios[: args.top]:
        print(f"{r[0]:12} {r[1][:40]:40} {r[2] / 1e6:8.3f} {r[3] / 1e6:8.1f} {r[3] / r[2]:6.1f} {net(r):6.1f}")
    worst_big = max((r[3] / r[2] for r in big), default=0)
    print(f"\nworst peak/size over 1 MB: {worst_big:.1f}x (bound 10x)")
    return 0 if worst_big <= 10 and all(r[4] == 0 for r in rows) else 1


if __name__ == "__main__":
    sys.exit(main())
