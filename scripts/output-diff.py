#!/usr/bin/env python3
"""Compares the articles two builds of the articlean CLI produce on every dev-corpus page.

    python3 scripts/output-diff.py --old OLD_CLI [--new target/release/articlean] [--shared ../shared]
        [--sets scrapinghub,readability,wcxb-dev] [--show N] [--options JSON]

Runs both CLIs with --jsonl over every page (wcxb-dev's compressed pages are written out once with
../shared/bin/unpack-corpus into target/corpus/wcxb-dev/pages), drops the per-page time, and compares
the JSON articles field by field. Prints, per set, how many pages are identical, and for the pages that
differ which fields changed, with the first N differences shown in full. Exit status 1 when any page
differs, so a change meant to preserve output can be checked with one command.
"""

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def pages_of(shared: Path, name: str) -> list[str]:
    if name == "wcxb-dev":
        out = ROOT / "target/corpus/wcxb-dev/pages"
        if not out.is_dir() or not any(out.iterdir()):
            subprocess.run(
                [str(shared / "bin/unpack-corpus"), str(shared / "corpus/wcxb-dev"), str(out)],
                check=True,
            )
        directory = out
    else:
        directory = shared / "corpus" / name / "pages"
    return sorted(str(p) for p in directory.glob("*.html"))


def run(cli: str, files: list[str], options: list[str]) -> dict[str, object]:
    results: dict[str, object] = {}
    chunk = 200  # keeps each command line short
    for i in range(0, len(files), chunk):
        proc = subprocess.run(
            [cli, "--jsonl", *options, *files[i : i + chunk]], capture_output=True, text=True, check=False
        )
        for line in filter(None, proc.stdout.split("\n")):  # not splitlines(): text may hold U+2028
            row = json.loads(line)
            results[os.path.basename(row["file"])] = row.get("article", row.get("error"))
    return results


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--old", required=True, help="the CLI to compare against")
    parser.add_argument("--new", default=str(ROOT / "target/release/articlean"))
    parser.add_argument("--shared", default=str(ROOT.parent / "shared"))
    parser.add_argument("--sets", default="scrapinghub,readability,wcxb-dev")
    parser.add_argument("--show", type=int, default=5, help="differences to print in full")
    parser.add_argument("--options", help='JSON options for both CLIs, e.g. {"format":"markdown"}')
    args = parser.parse_args()
    shared = Path(args.shared)
    shown = 0
    any_diff = False
    for name in args.sets.split(","):
        files = pages_of(shared, name)
        options = ["--options", args.options] if args.options else []
        old, new = run(args.old, files, options), run(args.new, files, options)
        differing: dict[str, list[str]] = {}
        for page in sorted(set(old) | set(new)):
            a, b = old.get(page), new.get(page)
            if a == b:
                continue
            if isinstance(a, dict) and isinstance(b, dict):
                fields = sorted(k for k in set(a) | set(b) if a.get(k) != b.get(k))
            else:
                fields = ["(whole result)"]
            differing[page] = fields
            if shown < args.show:
                shown += 1
                print(f"--- {name}/{page}: {', '.join(fields)}")
                for field in fields[:3]:
                    before = json.dumps(a.get(field) if isinstance(a, dict) else a)
                    after = json.dumps(b.get(field) if isinstance(b, dict) else b)
                    # Show both around the first character where they part.
                    at = next((i for i, (x, y) in enumerate(zip(before, after)) if x != y), 0)
                    start = max(0, at - 150)
                    print(f"    {field} old: …{before[start:at + 250]}")
                    print(f"    {field} new: …{after[start:at + 250]}")
        any_diff |= bool(differing)
        print(f"{name}: {len(files) - len(differing)}/{len(files)} pages identical")
        for page, fields in sorted(differing.items()):
            print(f"  differs: {page}: {', '.join(fields)}")
    return 1 if any_diff else 0


if __name__ == "__main__":
    sys.exit(main())
