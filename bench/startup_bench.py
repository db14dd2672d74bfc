"""The start-up figures alone (the window part of bench.run), with every run's numbers.

    .venv/bin/python -m bench.startup_bench [--size 10k] [--runs 5] [--postgres]
        [--postgres-size 100k] [--compiled-each-start]

Fresh offscreen processes, alternating the bare window (the baseline) and the app, as bench.run
does: the window first shown, History's first page, the record usable (a search typed at the
first page answered, then its first result opened at its step) and a step opened (History's
newest case opened as the first page shows), all from process start, medians and ratios to the
bare window's median;
with --postgres (CONCERT_TEST_PG_URL) the same on the PostgreSQL record. Prints the table and
each run; writes nothing to RESULTS.md (bench.run does). A few minutes at 10k.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time

from bench import records
from bench.run import WindowRun, log, median, parse_sizes, probe


def _spread(values: list[float | None]) -> str:
    present = sorted(v for v in values if v is not None)
    if not present:
        return "—"
    return (f"{statistics.median(present):.3f} s (min {present[0]:.3f}, max {present[-1]:.3f}, "
            f"n={len(present)})")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Concert Desk start-up figures")
    parser.add_argument("--size", default="10k")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--postgres", action="store_true",
                        help="also the PostgreSQL record (CONCERT_TEST_PG_URL)")
    parser.add_argument("--postgres-size", default=None,
                        help="the PostgreSQL record's size (default: --size)")
    parser.add_argument("--compiled-each-start", action="store_true",
                        help="compile the modules at every start, as PYTHONDONTWRITEBYTECODE "
                             "makes a checkout do (default: compiled once and kept in "
                             "bench/.cache/pycache, as the installed app starts, as bench.run)")
    args = parser.parse_args(argv)
    size = parse_sizes(args.size)[0]
    urls = {"SQLite": f"sqlite:///{records.sqlite_record(size, log)}"}
    server = os.environ.get("CONCERT_TEST_PG_URL")
    if args.postgres:
        if not server:
            parser.error("--postgres needs CONCERT_TEST_PG_URL")
        pg_size = parse_sizes(args.postgres_size)[0] if args.postgres_size else size
        urls["PostgreSQL"] = records.postgres_record(server, pg_size, log)
    bytecode = None if args.compiled_each_start else records.CACHE_ROOT / "pycache"
    if bytecode is not None:  # compiled once, before anything is measured
        probe("usable", urls["SQLite"], bytecode=bytecode)
    load_before = os.getloadavg()
    started = time.perf_counter()
    bare: list[float | None] = []
    app: dict[str, list[WindowRun]] = {name: [] for name in urls}
    usable: dict[str, list[WindowRun]] = {name: [] for name in urls}
    opened: dict[str, list[WindowRun]] = {name: [] for name in urls}
    for number in range(args.runs):
        bare.append(probe("bare", bytecode=bytecode).shown)
        for name, url in urls.items():
            app[name].append(probe("app", url, bytecode=bytecode))
            usable[name].append(probe("usable", url, bytecode=bytecode))
            opened[name].append(probe("opened", url, bytecode=bytecode))
        log(f"  run {number + 1}/{args.runs}: bare {bare[-1]:.3f}; " + "; ".join(
            f"{name} shown {app[name][-1].shown:.3f} page {app[name][-1].first_page:.3f} "
            f"usable {_fmt(usable[name][-1].usable)} step {_fmt(usable[name][-1].step_opened)} "
            f"opened {_fmt(opened[name][-1].step_opened)}"
            for name in urls))
    base = median(bare)
    kept = ", bytecode kept" if bytecode else ", compiled at every start"
    print(f"size {size}, {args.runs} runs each{kept}, {time.perf_counter() - started:.0f} s; load "
          f"average {load_before[0]:.1f} before, {os.getloadavg()[0]:.1f} after, "
          f"{os.cpu_count()} cores")
    print(f"bare window: {_spread(bare)}")
    for name in urls:
        for figure, values in (
            ("window first shown", [r.shown for r in app[name]]),
            ("History's first page", [r.first_page for r in app[name]]),
            ("record usable (search answered)", [r.usable for r in usable[name]]),
            ("then a step opened (its first result)", [r.step_opened for r in usable[name]]),
            ("a step opened (the newest case, as the first page shows)",
             [r.step_opened for r in opened[name]]),
        ):
            middle = median(values)
            ratio = f"{middle / base:.2f}x" if middle is not None and base else "—"
            print(f"{name}: {figure}: {_spread(values)}  ratio {ratio}")
    return 0


def _fmt(value: float | None) -> str:
    return "—" if value is None else f"{value:.3f}"


if __name__ == "__main__":
    sys.exit(main())
