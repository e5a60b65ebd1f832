#!/usr/bin/env python3
"""Batch throughput (a benchmark, not a test): pages per second over a folder of pages, articlean's
CLI (`--jsonl --jobs N`) against trafilatura in the same run, on 1 and 2 cores.

    python3 bench/batch.py [--pages DIR] [--python PY]

DIR defaults to wcxb-dev's pages as `bin/unpack-corpus` writes them (target/corpus/wcxb-dev/pages).
PY is a Python with trafilatura installed (default: this one); trafilatura is skipped, with a note, when
it cannot be imported. Each side reads the files itself and writes its output; trafilatura runs
`extract()` with its defaults, on N processes (multiprocessing, the way a batch job in Python uses N
cores). articlean's figure is the whole process: start, reading, cleaning, writing JSON lines.
"""
import argparse
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

TRAFILATURA = r"""
import sys, time
from multiprocessing import Pool
import trafilatura

def one(path):
    with open(path, 'rb') as f:
        text = trafilatura.extract(f.read().decode('utf-8', 'replace'))
    return len(text or '')

if __name__ == '__main__':
    jobs = int(sys.argv[1])
    paths = [line.strip() for line in sys.stdin if line.strip()]
    start = time.perf_counter()
    if jobs == 1:
        sizes = [one(p) for p in paths]
    else:
        with Pool(jobs) as pool:
            sizes = pool.map(one, paths, chunksize=4)
    print(time.perf_counter() - start, sum(1 for s in sizes if s))
"""


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--pages", default=str(ROOT / "target/corpus/wcxb-dev/pages"))
    parser.add_argument("--python", default=sys.executable)
    parser.add_argument("--cli", default=str(ROOT / "target/release/articlean"))
    args = parser.parse_args()
    pages = sorted(str(p) for p in Path(args.pages).glob("*.html"))
    if not pages:
        sys.exit(f"no pages in {args.pages} (run ../shared/bin/unpack-corpus first)")
    listing = "\n".join(pages) + "\n"
    print(f"{len(pages)} pages from {args.pages}, {os.cpu_count()} cores")
    print("| extractor | cores | seconds | pages/s | pages with text |")
    print("| --- | --- | --- | --- | --- |")
    for jobs in (1, 2):
        start = time.perf_counter()
        out = subprocess.run([args.cli, "--jsonl", "--jobs", str(jobs), "-"], input=listing, text=True,
                             capture_output=True, check=True).stdout
        seconds = time.perf_counter() - start
        with_text = sum(1 for line in out.splitlines() if '"wordCount":0' not in line and '"article"' in line)
        print(f"| articlean --jsonl --jobs {jobs} | {jobs} | {seconds:.1f} | {len(pages) / seconds:.1f} | {with_text} |")
    probe = subprocess.run([args.python, "-c", "import trafilatura"], capture_output=True)
    if probe.returncode != 0:
        print(f"trafilatura: skipped (not importable by {args.python})")
        return
    version = subprocess.run([args.python, "-c", "import trafilatura; print(trafilatura.__version__)"],
                             capture_output=True, text=True).stdout.strip()
    for jobs in (1, 2):
        done = subprocess.run([args.python, "-c", TRAFILATURA, str(jobs)], input=listing, text=True,
                              capture_output=True, check=True).stdout.split()
        seconds, with_text = float(done[0]), int(done[1])
        print(f"| trafilatura {version} extract() | {jobs} | {seconds:.1f} | {len(pages) / seconds:.1f} | {with_text} |")


if __name__ == "__main__":
    main()
