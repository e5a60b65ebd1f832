#!/usr/bin/env python3
"""Score the native CLI on the dev corpora and hold the line on recorded floors.

For each corpus set (shared/corpus/<set>/pages/*.html) this runs `articlean --jsonl` over every page, turns
its lines into the scorer's predictions, runs shared/bin/score-extraction, prints a summary table, writes a
failure report to eval/out/<set>-report.txt and compares the figures with eval/floors.json. It exits 1 when
a figure is worse than its floor (F1 lower, a leak rate higher), 2 on a setup error, and 0 with a message
when the shared corpus is not there (a fresh clone without ../shared).

    python3 scripts/eval.py                 # build target/release/articlean, score every set
    python3 scripts/eval.py --set readability --no-build
    python3 scripts/eval.py --record        # raise floors to today's figures (never lowers them)

It also prints a structure report per set: how many headings, code blocks (with a language),
formulas, footnotes, quotes, callouts, tables, definition lists, embeds and images the output holds,
beside the counts recorded in eval/structure.json (--record updates them), so a drop shows.

Python standard library only.
"""

import argparse
import json
import math
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SETS = ("scrapinghub", "readability", "wcxb-dev")
# Sets stored compressed (pages/<id>.html.gz): unpacked once into target/corpus/<set>/pages by
# shared/bin/unpack-corpus, and scored the WCXB benchmark's way (case-insensitive snippets).
COMPRESSED_SETS = ("wcxb-dev",)
PAGE_TYPES = ("article", "forum", "product", "listing", "collection", "documentation", "service")
WORST_PAGES = 15
# A set of ~200 pages takes a few seconds; this only stops a CLI that hangs.
CLI_TIMEOUT_S = 900
# Floors are stored rounded in the lenient direction so that float noise in the last digits never fails a run.
FLOOR_DIGITS = 4


def parse_args():
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--set", action="append", choices=SETS, help="score only this set (repeatable)")
    p.add_argument("--shared", type=Path, default=Path(os.environ.get("ARTICLEAN_SHARED", ROOT.parent / "shared")),
                   help="the shared folder holding corpus/ and bin/ (default: ../shared, or $ARTICLEAN_SHARED)")
    p.add_argument("--cli", type=Path, help="CLI binary to score (default: build and use target/release/articlean)")
    p.add_argument("--no-build", action="store_true", help="do not run cargo build; use the binary as it is")
    p.add_argument("--floors", type=Path, default=ROOT / "eval" / "floors.json")
    p.add_argument("--out", type=Path, default=ROOT / "eval" / "out")
    p.add_argument("--record", action="store_true", help="raise floors to the current figures (never lowers them)")
    return p.parse_args()


def fail(message, code=2):
    print(f"eval: ERROR: {message}", file=sys.stderr)
    sys.exit(code)


def default_cli():
    target = Path(os.environ.get("CARGO_TARGET_DIR", ROOT / "target"))
    if not target.is_absolute():
        target = ROOT / target
    return target / "release" / "articlean"


def build_cli():
    print("eval: cargo build --release --bin articlean", flush=True)
    started = time.monotonic()
    done = subprocess.run(["cargo", "build", "--release", "--bin", "articlean"], cwd=ROOT)
    if done.returncode != 0:
        fail("cargo build failed")
    print(f"eval: built in {time.monotonic() - started:.1f}s", flush=True)


def run_cli(cli, pages):
    """Returns (predictions by id, CLI errors by id, exit status, wall seconds)."""
    started = time.monotonic()
    try:
        done = subprocess.run([str(cli), "--jsonl", *map(str, pages)], stdout=subprocess.PIPE,
                              stdin=subprocess.DEVNULL, timeout=CLI_TIMEOUT_S)
    except subprocess.TimeoutExpired:
        fail(f"{cli} --jsonl did not finish within {CLI_TIMEOUT_S}s")
    except OSError as e:
        fail(f"cannot run {cli}: {e}")
    wall = time.monotonic() - started
    preds, errors, structure = {}, {}, {}
    # Split on "\n" only: JSON text may hold U+2028, U+0085 or U+001C unescaped, which
    # str.splitlines() would take for line ends.
    for number, raw in enumerate(done.stdout.decode("utf-8", "replace").split("\n"), 1):
        if not raw.strip():
            continue
        try:
            line = json.loads(raw)
            page_id = Path(line["file"]).name.removesuffix(".html")
        except (ValueError, KeyError, TypeError) as e:
            errors[f"<stdout line {number}>"] = f"unreadable line ({e}): {raw[:120]}"
            continue
        if line.get("error") is not None:
            err = line["error"]
            errors[page_id] = f"{err.get('code')}: {err.get('message')}" if isinstance(err, dict) else str(err)
            continue
        article = line.get("article") or {}
        structure[page_id] = structure_counts(article)
        preds[page_id] = {
            "id": page_id,
            "text": article.get("textContent") or "",
            "title": article.get("title"),
            "byline": article.get("byline"),
            "published": article.get("publishedTime"),
            "page_type": article.get("pageType"),
            "ms": line.get("ms"),
        }
    return preds, errors, structure, done.returncode, wall


# What the structure report counts in the output, by block type (and formulas in running text).
STRUCTURE_KEYS = ("headings", "code", "code_with_language", "math_blocks", "math_inline", "footnotes",
                  "quotes", "callouts", "tables", "definition_lists", "embeds", "images")


def structure_counts(article):
    """Counts of the structures one article holds (issue 16's report: a drop shows here)."""
    counts = dict.fromkeys(STRUCTURE_KEYS, 0)
    kinds = {"heading": "headings", "math": "math_blocks", "quote": "quotes", "callout": "callouts",
             "table": "tables", "definitionList": "definition_lists", "embed": "embeds", "image": "images"}
    for block in article.get("blocks") or []:
        kind = block.get("type")
        if kind in kinds:
            counts[kinds[kind]] += 1
        elif kind == "code":
            counts["code"] += 1
            counts["code_with_language"] += 1 if block.get("language") else 0
        elif kind == "footnotes":
            counts["footnotes"] += len(block.get("notes") or [])
    content = article.get("content") or ""
    counts["math_inline"] = content.count('<math display="inline"')
    return counts


def structure_report(set_name, structure, baseline):
    """Prints the set's structure totals beside the recorded ones; returns the totals."""
    totals = dict.fromkeys(STRUCTURE_KEYS, 0)
    pages_with = dict.fromkeys(STRUCTURE_KEYS, 0)
    for counts in structure.values():
        for key in STRUCTURE_KEYS:
            totals[key] += counts[key]
            pages_with[key] += 1 if counts[key] else 0
    recorded = baseline.get(set_name) or {}
    cells = []
    for key in STRUCTURE_KEYS:
        change = ""
        if key in recorded and recorded[key] != totals[key]:
            change = f" ({totals[key] - recorded[key]:+d})"
        cells.append(f"{key} {totals[key]}/{pages_with[key]}p{change}")
    print(f"eval: {set_name} structure (total/pages, change from eval/structure.json): " + ", ".join(cells))
    return totals


def score(scorer, set_dir, preds_path, per_page_path, ci_snippets=False):
    done = subprocess.run([str(scorer), str(set_dir), str(preds_path), "--json", "--quiet",
                           "--per-page", str(per_page_path)] + (["--ci-snippets"] if ci_snippets else []),
                          stdout=subprocess.PIPE, stdin=subprocess.DEVNULL)
    lines = done.stdout.decode("utf-8", "replace").strip().splitlines()
    if done.returncode != 0 or not lines:
        fail(f"{scorer} failed on {set_dir} (exit {done.returncode})")
    try:
        return json.loads(lines[-1])
    except ValueError:
        fail(f"{scorer} printed no JSON summary: {lines[-1][:200]}")


def probes(summary, kind):
    """The scorer's counts for one kind of boilerplate probe; None when the set has no such probe."""
    return ((summary.get("must_exclude") or {}).get("by_kind") or {}).get(kind)


def leak_rate(summary, kind):
    return (probes(summary, kind) or {}).get("rate")


def leak_count(summary, kind):
    entry = probes(summary, kind)
    return f"{entry.get('leaks', 0)}/{entry.get('n', 0)}" if entry else "-"


# Figures where higher is better, beyond F1: recorded and checked only for sets that have them.
QUALITY_KEYS = ("word_f1", "title_exact", "byline_contains", "published_date", "page_type_accuracy") + tuple(
    f"word_f1_{t}" for t in PAGE_TYPES)


def figures(summary, page_types=None):
    current = {
        "f1": summary.get("f1") or 0.0,
        "cookie_leak_rate": leak_rate(summary, "cookie"),
        "credit_leak_rate": leak_rate(summary, "credit"),
    }
    if page_types is None:
        return current
    current["word_f1"] = summary.get("word_f1")
    current["title_exact"] = (summary.get("title") or {}).get("exact")
    current["byline_contains"] = (summary.get("byline") or {}).get("contains")
    current["published_date"] = (summary.get("published") or {}).get("date")
    current["page_type_accuracy"] = page_types["accuracy"]
    for t in PAGE_TYPES:
        current[f"word_f1_{t}"] = ((summary.get("by_page_type") or {}).get(t) or {}).get("word_f1")
    return current


def page_type_figures(set_dir, preds):
    """Accuracy of the predicted pageType against the truth's page_type, and the confusion counts."""
    truth = {row.get("id"): row.get("page_type") for row in read_jsonl(set_dir / "truth.jsonl")}
    confusion, right = {}, 0
    for page_id, want in truth.items():
        got = (preds.get(page_id) or {}).get("page_type")
        confusion[(want, got)] = confusion.get((want, got), 0) + 1
        right += got == want
    return {"accuracy": right / max(len(truth), 1), "confusion": confusion}


def read_jsonl(path):
    rows = []
    with open(path, encoding="utf-8") as f:
        for raw in f:
            if raw.strip():
                rows.append(json.loads(raw))
    return rows


def page_urls(set_dir):
    """The source URL of each page, to tell the hashed page ids of the report apart at a glance."""
    urls = {}
    try:
        for row in read_jsonl(set_dir / "truth.jsonl"):
            urls[row.get("id")] = row.get("url") or ""
    except (OSError, ValueError):
        pass
    return urls


def page_type_report(summary, per_page, page_types, urls, set_dir):
    """Per-type figures, the page-type confusion table and each type's worst pages."""
    kinds = {row.get("id"): row.get("page_type") for row in read_jsonl(set_dir / "truth.jsonl")}
    out = ["Per page type (n, word F1, F1, precision, recall):"]
    for t in PAGE_TYPES:
        s = (summary.get("by_page_type") or {}).get(t) or {}
        out.append(f"  {t:<14} {s.get('n', 0):>5}  {s.get('word_f1') or 0:.3f}  {s.get('f1') or 0:.3f}  "
                   f"{s.get('precision') or 0:.3f}  {s.get('recall') or 0:.3f}")
    out += ["", f"Page type: accuracy {page_types['accuracy']:.3f}; truth (rows) by predicted (columns):"]
    columns = PAGE_TYPES + (None,)
    out.append("  " + " " * 14 + "".join(f"{str(c)[:6]:>7}" for c in columns))
    for t in PAGE_TYPES:
        out.append(f"  {t:<14}" + "".join(f"{page_types['confusion'].get((t, c), 0):>7}" for c in columns))
    for t in PAGE_TYPES:
        rows = sorted((r for r in per_page if kinds.get(r["id"]) == t and r.get("word_f1") is not None),
                      key=lambda r: (r["word_f1"], r["id"]))[:5]
        out += ["", f"Worst {t} pages by word F1:"]
        out += [f"  {r['id']}  {r['word_f1']:.3f}  {urls.get(r['id'], '')}" for r in rows] or ["  none"]
    return out + [""]


def write_report(path, set_name, summary, per_page, errors, missing, exit_status, urls, extra=None):
    scored = [r for r in per_page if r.get("f1") is not None]
    worst = sorted(scored, key=lambda r: (r["f1"], r["id"]))[:WORST_PAGES]
    leaks = [(r["id"], kind, probe) for r in per_page for kind, probe in r.get("exclude_leaked") or []]
    out = [f"articlean eval report: {set_name}",
           f"pages {summary.get('pages')}, predictions {summary.get('predictions')}, "
           f"F1 {summary.get('f1', 0):.4f}, precision {summary.get('precision', 0):.4f}, "
           f"recall {summary.get('recall', 0):.4f}", ""]
    if exit_status != 0:
        out += [f"CLI exit status: {exit_status}", ""]
    out.append(f"Worst {len(worst)} pages by F1 (id  F1  precision  recall):")
    out += [f"  {r['id']}  {r['f1']:.3f}  {r.get('precision', 0):.3f}  {r.get('recall', 0):.3f}  {urls.get(r['id'], '')}"
            for r in worst]
    if extra:
        out += [""] + extra
    out += ["", f"Leaked boilerplate probes ({len(leaks)}):"]
    out += [f"  {page_id}  [{kind}]  {probe}" for page_id, kind, probe in leaks] or ["  none"]
    out += ["", f"CLI errors ({len(errors)}):"]
    out += [f"  {page_id}  {message}" for page_id, message in sorted(errors.items())] or ["  none"]
    out += ["", f"Pages with no output line ({len(missing)}):"]
    out += [f"  {page_id}" for page_id in missing] or ["  none"]
    path.write_text("\n".join(out) + "\n", encoding="utf-8")


def fmt_rate(value):
    return "-" if value is None else f"{value:.3f}"


def print_table(rows):
    header = ("set", "pages", "F1", "prec", "recall", "cookie", "credit", "title", "byline", "date", "med ms")
    table = [header]
    for set_name, s in rows:
        table.append((
            set_name, str(s.get("pages")), f"{s.get('f1', 0):.3f}", f"{s.get('precision', 0):.3f}",
            f"{s.get('recall', 0):.3f}", leak_count(s, "cookie"), leak_count(s, "credit"),
            fmt_rate((s.get("title") or {}).get("exact")), fmt_rate((s.get("byline") or {}).get("normalised")),
            fmt_rate((s.get("published") or {}).get("date")),
            "-" if (s.get("ms") or {}).get("median") is None else f"{s['ms']['median']:.1f}",
        ))
    widths = [max(len(row[i]) for row in table) for i in range(len(header))]
    print()
    for row in table:
        print("  ".join(cell.ljust(w) if i == 0 else cell.rjust(w) for i, (cell, w) in enumerate(zip(row, widths))))
    print("(cookie/credit: probes leaked/probed; title: exact match rate; byline: normalised match; "
          "date: same calendar date)")


def print_typed(set_name, current):
    """The per-page-type line of a typed set (word F1 is the WCXB benchmark's own measure)."""
    parts = [f"word F1 {current['word_f1']:.3f}"] + [
        f"{t} {current[f'word_f1_{t}']:.3f}" for t in PAGE_TYPES if current.get(f"word_f1_{t}") is not None]
    print(f"eval: {set_name}: " + ", ".join(parts))
    print(f"eval: {set_name}: title exact {fmt_rate(current['title_exact'])}, byline contains "
          f"{fmt_rate(current['byline_contains'])}, published same day {fmt_rate(current['published_date'])}, "
          f"page type accuracy {current['page_type_accuracy']:.3f}")


def unpack(shared, set_dir, out_dir):
    """Writes a compressed set's pages out as HTML once (the tool keeps pages already there)."""
    unpacker = shared / "bin" / "unpack-corpus"
    if not os.access(unpacker, os.X_OK):
        fail(f"unpack-corpus not found or not executable: {unpacker}")
    done = subprocess.run([str(unpacker), str(set_dir), str(out_dir)], stdout=subprocess.DEVNULL,
                          stdin=subprocess.DEVNULL)
    if done.returncode != 0:
        fail(f"{unpacker} failed on {set_dir} (exit {done.returncode})")
    return out_dir


def floor_down(value):
    return math.floor(value * 10**FLOOR_DIGITS) / 10**FLOOR_DIGITS


def ceil_up(value):
    return math.ceil(value * 10**FLOOR_DIGITS) / 10**FLOOR_DIGITS


def compare(set_name, current, floor):
    """Lists the figures of one set that are worse than their floors."""
    problems = []
    if "f1" in floor and current["f1"] < floor["f1"]:
        problems.append(f"{set_name}: F1 {current['f1']:.4f} is below its floor {floor['f1']:.4f}")
    for key in QUALITY_KEYS:
        if key in floor and current.get(key) is not None and current[key] < floor[key]:
            problems.append(f"{set_name}: {key} {current[key]:.4f} is below its floor {floor[key]:.4f}")
    for key in ("cookie_leak_rate", "credit_leak_rate"):
        if key in floor and current[key] is not None and current[key] > floor[key]:
            problems.append(f"{set_name}: {key} {current[key]:.4f} is above its floor {floor[key]:.4f}")
    return problems


def raise_floor(floor, current):
    """New floor: the better of the recorded floor and today's figure, per figure."""
    new = dict(floor)
    new["f1"] = max(floor.get("f1", 0.0), floor_down(current["f1"]))
    for key in QUALITY_KEYS:
        if current.get(key) is not None:
            new[key] = max(floor.get(key, 0.0), floor_down(current[key]))
    for key in ("cookie_leak_rate", "credit_leak_rate"):
        if current[key] is not None:
            new[key] = min(floor.get(key, 1.0), ceil_up(current[key]))
    return new


def main():
    args = parse_args()
    corpus = args.shared / "corpus"
    if not corpus.is_dir():
        print(f"eval: skipped: no corpus at {corpus} (it sits next to the repository as ../shared)")
        return 0
    scorer = args.shared / "bin" / "score-extraction"
    if not os.access(scorer, os.X_OK):
        fail(f"scorer not found or not executable: {scorer}")

    cli = args.cli
    if cli is None:
        cli = default_cli()
        if not args.no_build:
            build_cli()
    if not os.access(cli, os.X_OK):
        fail(f"CLI not found: {cli} (build it with `cargo build --release`)")

    try:
        floors = json.loads(args.floors.read_text(encoding="utf-8"))
    except (OSError, ValueError) as e:
        fail(f"cannot read floors {args.floors}: {e}")

    args.out.mkdir(parents=True, exist_ok=True)
    rows, problems, scored_sets = [], [], {}
    structure_path = ROOT / "eval" / "structure.json"
    try:
        structure_baseline = json.loads(structure_path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        structure_baseline = {}
    structure_totals = {}
    for set_name in args.set or SETS:
        set_dir = corpus / set_name
        pages_dir = set_dir / "pages"
        if set_name in COMPRESSED_SETS and set_dir.is_dir():
            pages_dir = unpack(args.shared, set_dir, ROOT / "target" / "corpus" / set_name / "pages")
        pages = sorted(pages_dir.glob("*.html"))
        if not pages:
            print(f"eval: {set_name}: no pages in {set_dir / 'pages'}, skipped")
            continue
        preds, errors, structure, exit_status, wall = run_cli(cli, pages)
        page_ids = [page.name.removesuffix(".html") for page in pages]
        missing = [page_id for page_id in page_ids if page_id not in preds and page_id not in errors]
        ms = [p["ms"] for p in preds.values() if isinstance(p.get("ms"), (int, float))]
        print(f"eval: {set_name}: {len(pages)} pages in {wall:.1f}s wall, {len(preds)} articles, "
              f"{len(errors)} errors, {len(missing)} without output"
              + (f", median {statistics.median(ms):.1f} ms" if ms else "")
              + (f"; CLI exit status {exit_status}" if exit_status else ""), flush=True)

        preds_path = args.out / f"{set_name}-preds.jsonl"
        per_page_path = args.out / f"{set_name}-per-page.jsonl"
        with open(preds_path, "w", encoding="utf-8") as f:
            for pred in preds.values():
                f.write(json.dumps(pred, ensure_ascii=False) + "\n")
        typed = set_name in COMPRESSED_SETS
        summary = score(scorer, set_dir, preds_path, per_page_path, ci_snippets=typed)
        page_types = page_type_figures(set_dir, preds) if typed else None
        report_path = args.out / f"{set_name}-report.txt"
        per_page = read_jsonl(per_page_path)
        urls = page_urls(set_dir)
        extra = page_type_report(summary, per_page, page_types, urls, set_dir) if typed else None
        write_report(report_path, set_name, summary, per_page, errors, missing, exit_status, urls, extra)

        # 101 is a Rust panic, a negative status a signal: the project promises no panic on any input.
        if exit_status == 101 or exit_status < 0:
            problems.append(f"{set_name}: the CLI crashed (exit status {exit_status}) after "
                            f"{len(preds) + len(errors)} of {len(pages)} pages")
        structure_totals[set_name] = structure_report(set_name, structure, structure_baseline)
        rows.append((set_name, summary))
        current = figures(summary, page_types)
        if typed:
            print_typed(set_name, current)
        scored_sets[set_name] = current
        floor = floors.get(set_name)
        if floor is None:
            print(f"eval: {set_name}: no floor recorded in {args.floors}")
        else:
            problems += compare(set_name, current, floor)

    if not rows:
        print("eval: no set scored")
        return 0
    print_table(rows)
    print(f"reports: {args.out}/<set>-report.txt")

    if args.record:
        for set_name, current in scored_sets.items():
            floors[set_name] = raise_floor(floors.get(set_name, {}), current)
        args.floors.write_text(json.dumps(floors, indent=2) + "\n", encoding="utf-8")
        print(f"eval: floors recorded in {args.floors}: {json.dumps(floors)}")
        structure_baseline.update(structure_totals)
        structure_path.write_text(json.dumps(structure_baseline, indent=2) + "\n", encoding="utf-8")
        print(f"eval: structure counts recorded in {structure_path}")
        # Recording does not excuse a regression: figures below the old floors still fail the run.

    if problems:
        print("\neval: FAILED:")
        for problem in problems:
            print(f"  {problem}")
        return 1
    print("eval: ok, no figure below its floor")
    return 0


if __name__ == "__main__":
    sys.exit(main())
