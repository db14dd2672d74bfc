"""Speed at scale: every figure of issue 6 beside its baseline, measured in the same run.

    .venv/bin/python -m bench.run [--sizes 1k,10k,100k] [--quick] [--no-postgres]

Builds (or takes from bench/.cache/) synthetic records of each size, measures, prints the
table and writes it to bench/RESULTS.md with the machine's core count, load and the date.
PostgreSQL figures are added when CONCERT_TEST_PG_URL names a server (records are built there
as databases named concert_bench_*). --quick: 1k only, few repetitions (a CI smoke check).
No figure is asserted anywhere: the table says which goals are met.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench import records  # noqa: E402
from bench.corpus_languages import LANGUAGES  # noqa: E402
from bench.official_search import official_figures  # noqa: E402
from bench.search_languages import language_figures  # noqa: E402
from bench.table import (  # noqa: E402
    Row,
    bundle_rows,
    fmt_s,
    growth,
    language_rows,
    load_rows,
    postgres_rows,
    ratio,
    render_table,
    review_rows,
    size_label,
)

RSS_BASELINE_SIZE = 100
BUNDLE_MAX_SIZE = 10_000  # bundles of every case of the record: 100k would take an hour
IDLE_WAIT_S = 90  # memory is read once the app's threads are idle, or after this long
HEARTBEAT_S = 0.016


def log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def parse_sizes(text: str) -> list[int]:
    sizes = []
    for part in text.split(","):
        part = part.strip().lower()
        factor = 1000 if part.endswith("k") else 1
        sizes.append(int(float(part.rstrip("k")) * factor))
    return sorted(set(sizes))


# --- the window, in fresh processes ------------------------------------------------------------


@dataclass
class WindowRun:
    shown: float | None = None  # seconds from process start
    main_shown: float | None = None  # the full main window (after an opening window)
    first_page: float | None = None
    usable: float | None = None  # a search typed at the first page answered
    step_opened: float | None = None  # then its first result opened at its step
    rss_kib: int | None = None
    idle: bool | None = None
    waited_s: float | None = None
    extra: dict[str, Any] = field(default_factory=dict)


# The start-up figures again with the project's modules compiled at every start, as this
# machine's PYTHONDONTWRITEBYTECODE makes a checkout start (and as every run up to RESULTS.md
# of 2026-12-07 16:25 measured every start-up row): informational, beside the rows measured
# as the app starts.
EACH_START_FIGURES = ("bare", "first page", "search answered", "then its step",
                      "a step opened")


def probe(mode: str, *args: str, idle_wait: float = 0.0, timeout: float = 900,
          bytecode: Path | None = None) -> WindowRun:
    """One fresh process of bench/gui_probe.py. `bytecode`: keep compiled modules in that
    folder (as an installed app has them) even where PYTHONDONTWRITEBYTECODE is set."""
    with tempfile.TemporaryDirectory(prefix="bench-gui-") as scratch:
        # A profile is set, as on every start but the first: the first-run question (a modal
        # dialog) would hold up what is measured.
        profile = Path(scratch) / "data" / "profile.json"  # models.profile.PROFILE_FILE
        profile.parent.mkdir(parents=True, mode=0o700)
        profile.write_text('{"name": "Bench official"}\n', encoding="utf-8")
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen",
               "CONCERT_DATA_DIR": str(Path(scratch) / "data"),
               "XDG_CONFIG_HOME": str(Path(scratch) / "config"),
               "BENCH_IDLE_WAIT_S": str(idle_wait)}  # fmt: skip
        env.pop("CONCERT_DB_URL", None)
        if bytecode is not None:
            env.pop("PYTHONDONTWRITEBYTECODE", None)
            env["PYTHONPYCACHEPREFIX"] = str(bytecode)
        started = time.time()
        done = subprocess.run(
            [sys.executable, str(ROOT / "bench" / "gui_probe.py"), mode, *args],
            env=env, capture_output=True, text=True, timeout=timeout, cwd=ROOT,
        )  # fmt: skip
    run = WindowRun()
    for line in done.stdout.splitlines():
        if not line.startswith("{"):
            continue
        event = json.loads(line)
        if event["event"] == "shown":
            run.shown = event["at"] - started
        elif event["event"] == "main_shown":
            run.main_shown = event["at"] - started
        elif event["event"] == "first_page":
            run.first_page = event["at"] - started
        elif event["event"] == "usable":
            run.usable = event["at"] - started
        elif event["event"] == "step_opened":
            run.step_opened = event["at"] - started
        elif event["event"] == "problem":
            raise RuntimeError(f"gui probe {mode}: the app stopped: {event['text']}")
        elif event["event"] == "memory":
            run.rss_kib, run.idle, run.waited_s = event["rss_kib"], event["idle"], event["waited_s"]
        else:
            run.extra = event
    if run.shown is None:
        raise RuntimeError(f"gui probe {mode} showed no window:\n{done.stderr[-2000:]}")
    return run


def median(values: list[float | None]) -> float | None:
    present = [v for v in values if v is not None]
    return statistics.median(present) if present else None


# --- the table ---------------------------------------------------------------------------------


# --- measuring one database --------------------------------------------------------------------


def decided_without_memo(db: Any, count: int) -> list[str]:
    """Decided assessments without a memo that the bench minister decided (only the person who
    decided may countersign, so the others' decisions cannot get a memo from this bench)."""
    import sqlalchemy as sa

    from bench.dataset import MINISTERS
    from models.tables import Assessment, Decision, Memo

    with db.session() as session:
        return list(session.execute(
            sa.select(Assessment.id)
            .join(Decision, Decision.assessment_id == Assessment.id)
            .where(Assessment.status == "decided", Decision.verdict != "insufficient_information",
                   Decision.decided_by == MINISTERS[0],
                   ~sa.exists().where(Memo.assessment_id == Assessment.id))
            .order_by(Assessment.updated_at.desc()).limit(count)
        ).scalars())  # fmt: skip


def memo_figures(url: str, repeat: int) -> Any:
    from bench.memo_bench import measure
    from bench.memos import identities
    from models.opening import open_record
    from models.workflow import load_assessment
    from playbooks.loader import PlaybookCatalog
    from reports.identity import certificate_from_pem
    from reports.issue import unlock

    catalog = PlaybookCatalog.load(None)
    signers = identities(records.cache_dir() / "memos")
    unlocked = [unlock(p, signers.passphrase) for p in signers.paths]
    roots = [certificate_from_pem(signers.ca_certificate.read_bytes(), "bench CA")]
    db = open_record(url)
    try:
        ids = decided_without_memo(db, repeat)
        targets = [(i, catalog.by_hash(load_assessment(db, i).playbook_hash)) for i in ids]
        return measure(db, targets, unlocked, roots)
    finally:
        db.close()


def search_figures(url: str, queries: int, like_every: int) -> Any:
    from bench.search_bench import measure, realistic_queries
    from models.opening import open_record

    db = open_record(url)
    try:
        return measure(db, realistic_queries(db, queries), like_every=like_every)
    finally:
        db.close()


def postgres_copy(url: str, label: str) -> str:
    """A scratch copy of a cached PostgreSQL record (memos get issued into it)."""
    import psycopg
    from sqlalchemy.engine import make_url

    source = make_url(url).database
    target = f"{source[:60]}_w"  # never the source itself, however long its name
    with records._pg_admin(url) as admin:
        admin.execute(f'DROP DATABASE IF EXISTS "{target}" WITH (FORCE)')
        admin.execute(f'CREATE DATABASE "{target}" TEMPLATE "{source}"')
    del psycopg, label
    return records.postgres_database_url(url, target)


# --- the run -----------------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Concert Desk speed-at-scale benchmark")
    parser.add_argument("--sizes", default="1k,10k,100k")
    parser.add_argument("--quick", action="store_true", help="1k only, few repetitions")
    parser.add_argument("--no-postgres", action="store_true")
    parser.add_argument("--window-runs", type=int, default=None)
    parser.add_argument("--output", default=str(ROOT / "bench" / "RESULTS.md"))
    args = parser.parse_args(argv)
    started = time.perf_counter()
    load_before = os.getloadavg()
    sizes = [1000] if args.quick else parse_sizes(args.sizes)
    runs = args.window_runs or (3 if args.quick else 5)
    queries = 60 if args.quick else 200
    memo_repeat = 3 if args.quick else 7
    pg_server = None if args.no_postgres else os.environ.get("CONCERT_TEST_PG_URL")
    largest = max(sizes)
    columns = [size_label(n) for n in sizes]

    log(f"records: {', '.join(columns)} (cache {records.cache_dir()})")
    paths = {n: records.sqlite_record(n, log) for n in sizes}
    baseline_path = records.sqlite_record(RSS_BASELINE_SIZE, log)
    build = {n: records.recorded_build_time("sqlite", n) for n in sizes}
    pg_urls = {}
    if pg_server:
        pg_urls = {n: records.postgres_record(pg_server, n, log) for n in sizes}
    urls = {n: f"sqlite:///{p}" for n, p in paths.items()}

    log("window: bare baseline and the app, alternately")
    bare: list[float | None] = []
    app: dict[int, list[WindowRun]] = {n: [] for n in sizes}
    usable: list[float | None] = []
    step: list[float | None] = []
    opened: list[float | None] = []
    # Measured as the app starts: with its modules compiled once and kept (pip compiles them
    # on install, the bundle and the .deb ship them compiled, a checkout keeps __pycache__),
    # even where this machine's PYTHONDONTWRITEBYTECODE is set.
    compiled = records.CACHE_ROOT / "pycache"
    probe("usable", urls[largest], bytecode=compiled)  # compiled once, not measured
    each_start: dict[str, list[float | None]] = {name: [] for name in EACH_START_FIGURES}
    for number in range(runs):
        bare.append(probe("bare", bytecode=compiled).shown)
        for n in sizes:
            app[n].append(probe("app", urls[n], bytecode=compiled))
        typed = probe("usable", urls[largest], bytecode=compiled)
        usable.append(typed.usable)
        step.append(typed.step_opened)
        opened.append(probe("opened", urls[largest], bytecode=compiled).step_opened)
        each_start["bare"].append(probe("bare").shown)
        typed_each = probe("usable", urls[largest])
        each_start["first page"].append(typed_each.first_page)
        each_start["search answered"].append(typed_each.usable)
        each_start["then its step"].append(typed_each.step_opened)
        each_start["a step opened"].append(probe("opened", urls[largest]).step_opened)
        log(f"  run {number + 1}/{runs}")
    # Resident memory varies by ~20 MiB between identical runs (PySide6's import hook does not
    # always read the same sources), so the two sizes the ratio compares take a median of 3.
    memory_repeat = 1 if args.quick else 3
    memory = {n: median_memory([probe("app", urls[n], idle_wait=IDLE_WAIT_S)
                                for _ in range(memory_repeat if n == largest else 1)])
              for n in sizes}
    memory_baseline = median_memory([probe("app", f"sqlite:///{baseline_path}",
                                           idle_wait=IDLE_WAIT_S) for _ in range(memory_repeat)])
    pg_window = pg_typed = pg_opened = None
    if pg_urls:  # medians of as many runs as SQLite's (one run was too noisy to judge a goal)
        pg_runs = [probe("app", pg_urls[largest], bytecode=compiled) for _ in range(runs)]
        pg_typed_runs = [probe("usable", pg_urls[largest], bytecode=compiled)
                         for _ in range(runs)]
        pg_window = WindowRun(shown=median([r.shown for r in pg_runs]),
                              first_page=median([r.first_page for r in pg_runs]))
        pg_typed = WindowRun(usable=median([r.usable for r in pg_typed_runs]),
                             step_opened=median([r.step_opened for r in pg_typed_runs]))
        pg_opened = median([probe("opened", pg_urls[largest], bytecode=compiled).step_opened
                            for _ in range(runs)])

    log("search")
    search = {n: search_figures(urls[n], queries, 1 if n <= 1000 else 5) for n in sizes}
    pg_search = {n: search_figures(u, queries, 1 if n <= 1000 else 5)
                 for n, u in pg_urls.items()}  # fmt: skip
    log("search as an official (row-level security; a scratch copy with its login)")
    pg_official = {n: official_figures(u, queries) for n, u in pg_urls.items()}

    log("search in French, Japanese, Hebrew, Arabic and Hindi (a record with cases in each)")
    typed_in = {n: language_figures(f"sqlite:///{records.sqlite_record(n, log, LANGUAGES)}",
                                    queries, 1 if n <= 1000 else 5) for n in sizes}
    pg_typed_in = {largest: language_figures(
        records.postgres_record(pg_server, largest, log, LANGUAGES), queries, 5)} \
        if pg_server else {}

    log("memos")
    with tempfile.TemporaryDirectory(prefix="bench-work-") as scratch:
        copies = {n: records.working_copy(paths[n], Path(scratch)) for n in sizes}
        memo = {n: memo_figures(f"sqlite:///{copies[n]}", memo_repeat) for n in sizes}
        for copy in copies.values():
            copy.unlink()
        pg_memo = {}
        for n, u in pg_urls.items():
            pg_memo[n] = memo_figures(postgres_copy(u, "memo"), memo_repeat)

        log("a memo issued from the window, click to the verified memo in the viewer")
        desktop_memo = desktop_memo_figures(3 if args.quick else 5)

        log("stalls (typing, issuing) in the window")
        stall_copy = records.working_copy(paths[largest], Path(scratch))
        stall_url = f"sqlite:///{stall_copy}"
        stall = run_stall(stall_url, queries=6 if not args.quick else 3)

    log("bundles: export and import against a plain copy of the same rows")
    from bench import bundle_bench

    bundle = {n: bundle_bench.measure(n, 1 if args.quick or n > 1000 else 3, log=log)
              for n in sizes if n <= BUNDLE_MAX_SIZE}

    log("the Review page and the calls due (issue 16), in a process of its own")
    review = review_figures(largest, 1 if args.quick else 3)

    bare_shown = median(bare)
    shown = {n: median([r.shown for r in app[n]]) for n in sizes}
    first = {n: median([r.first_page for r in app[n]]) for n in sizes}
    rows = [
        Row("window first shown, from process start",
            {size_label(n): fmt_s(shown[n], "s") for n in sizes},
            f"bare window {fmt_s(bare_shown, 's')}", ratio(shown[largest], bare_shown),
            "<= 1.5x"),
        Row("History filled with its first page, from process start",
            {size_label(n): fmt_s(first[n], "s") for n in sizes},
            f"bare window {fmt_s(bare_shown, 's')}", ratio(first[largest], bare_shown),
            "<= 4x"),
        Row("record usable: a search typed at the first page answered, from process start",
            {size_label(largest): fmt_s(median(usable), "s")},
            f"bare window {fmt_s(bare_shown, 's')}", ratio(median(usable), bare_shown),
            "<= 4x"),
        Row("record usable: then that search's first result opened at its step",
            {size_label(largest): fmt_s(median(step), "s")},
            f"bare window {fmt_s(bare_shown, 's')}", ratio(median(step), bare_shown),
            "<= 4x"),
        Row("record usable: a step opened, from process start (History's newest case, opened "
            "as the first page shows)",
            {size_label(largest): fmt_s(median(opened), "s")},
            f"bare window {fmt_s(bare_shown, 's')}", ratio(median(opened), bare_shown),
            "<= 4x"),
        Row("  the same four with the modules compiled at every start, as this machine's "
            "checkout starts and as runs up to 2026-12-07 16:25 measured them (first page / search "
            "answered / then its step / a step opened; ratio: a step opened)",
            {size_label(largest): " / ".join(fmt_s(median(each_start[name]), "s")
                                             for name in EACH_START_FIGURES[1:])},
            f"bare window {fmt_s(median(each_start['bare']), 's')}",
            ratio(median(each_start["a step opened"]), median(each_start["bare"])), "—"),
        Row(f"search as you type, p95 of {queries} queries (application)",
            {size_label(n): fmt_s(search[n].app_p95) for n in sizes},
            f"raw FTS5 SQL {fmt_s(search[largest].raw_p95)}",
            ratio(search[largest].app_p95, search[largest].raw_p95), "<= 2x"),
        Row("  the same search until its count is shown too (the page, then the count up to "
            "1,000 and the rows' snippet text, each on its own)",
            {size_label(n): fmt_s(search[n].shown_p95) for n in sizes},
            f"raw FTS5 SQL {fmt_s(search[largest].raw_p95)}",
            ratio(search[largest].shown_p95, search[largest].raw_p95), "—"),
        Row(f"the same search against LIKE '%…%' (p95 of {search[largest].like_queries})",
            {size_label(n): f"{fmt_s(search[n].app_p95_like_subset)} vs "
                            f"{fmt_s(search[n].like_p95)}" for n in sizes},
            f"LIKE scan {fmt_s(search[largest].like_p95)}",
            ratio(search[largest].like_p95, search[largest].app_p95_like_subset),
            ">= 20x"),
        Row("memo issue: render + 2 signatures + store (unlocked)",
            {size_label(n): fmt_s(memo[n].issue) for n in sizes},
            f"render {fmt_s(memo[largest].render)}", memo[largest].issue_ratio, "<= 3x"),
        Row("memo verification (2 signatures)",
            {size_label(n): fmt_s(memo[n].verify) for n in sizes},
            f"render {fmt_s(memo[largest].render)}", memo[largest].verify_ratio, "<= 1x"),
        Row("memo from the desktop: click to verified memo in the viewer (helper warm, "
            "keys unlocked this session; a record of its own)",
            {size_label(largest): fmt_s(desktop_memo.get("warm_s"))},
            f"in-process issue {fmt_s(desktop_memo.get('in_process_s'))}",
            ratio(desktop_memo.get("warm_s"), desktop_memo.get("in_process_s")), "<= 2x"),
        Row("  the same, keys locked (passphrases typed) / helper cold (started at the click)",
            {size_label(largest): f"{fmt_s(desktop_memo.get('locked_s'))} / "
                                  f"{fmt_s(desktop_memo.get('cold_s'))}"},
            f"in-process issue {fmt_s(desktop_memo.get('in_process_s'))}",
            ratio(desktop_memo.get("locked_s"), desktop_memo.get("in_process_s")), "—"),
        Row(f"longest event-loop stall while issuing a memo ({size_label(largest)})",
            {size_label(largest): fmt_s(stall.get("issue_stall_s"))},
            "heartbeat 16 ms", ratio(stall.get("issue_stall_s"), HEARTBEAT_S), "<= 3x"),
        Row(f"longest event-loop stall while typing a search ({size_label(largest)})",
            {size_label(largest): fmt_s(stall.get("typing_stall_s"))},
            "heartbeat 16 ms", ratio(stall.get("typing_stall_s"), HEARTBEAT_S), "<= 3x"),
        Row("resident memory, History open",
            {size_label(n): f"{(memory[n].rss_kib or 0) / 1024:,.0f} MiB" for n in sizes},
            f"{RSS_BASELINE_SIZE} records "
            f"{(memory_baseline.rss_kib or 0) / 1024:,.0f} MiB",
            ratio(memory[largest].rss_kib, memory_baseline.rss_kib), "<= 1.3x"),
    ]  # fmt: skip
    rows += bundle_rows(bundle)
    rows += language_rows(typed_in, largest, queries)
    rows += review_rows(review, size_label(largest))
    search_growth = growth({n: search[n].app_p95 for n in sizes})
    page_growth = growth({n: search[n].first_page for n in sizes})
    rows += [
        Row("growth: search p95 (application)",
            {size_label(n): fmt_s(search[n].app_p95) for n in sizes}, "linear = 1.00",
            search_growth, "<= 0.99x"),
        Row("growth: first page, no search text (in-process query)",
            {size_label(n): fmt_s(search[n].first_page) for n in sizes}, "linear = 1.00",
            page_growth, "<= 0.99x"),
    ]  # fmt: skip
    pg_rows = []
    if pg_urls:
        pg_rows = postgres_rows(sizes, largest, pg_search, pg_memo, pg_window, pg_typed, bare_shown,
                                queries, pg_official, pg_opened)
        pg_rows += language_rows(pg_typed_in, largest, queries, "PostgreSQL")
        log("many officials at once on one PostgreSQL record")
        pg_rows += load_rows(load_figures(pg_server or "", args.quick), size_label(largest))
    elapsed = time.perf_counter() - started
    text = results_markdown(rows, pg_rows, columns, sizes, largest, build, search, stall,
                            memory, memory_baseline, app, bare, elapsed, load_before, pg_urls,
                            args.quick, queries)
    Path(args.output).write_text(text)
    print(text)
    return 0


def median_memory(runs: list[WindowRun]) -> WindowRun:
    """The run whose resident memory is the median (runs that read none sort first)."""
    ordered = sorted(runs, key=lambda run: run.rss_kib or 0)
    return ordered[len(ordered) // 2]


def desktop_memo_figures(repeat: int) -> dict[str, Any]:
    """bench/desktop_memo_bench.py in a process of its own (its window, its helper)."""
    done = subprocess.run([sys.executable, "-m", "bench.desktop_memo_bench", "--repeat",
                           str(repeat), "--json"], cwd=ROOT, capture_output=True, text=True,
                          timeout=1800, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    if done.returncode != 0:
        log(f"desktop memo benchmark failed: {done.stderr[-2000:]}")
        return {}
    return json.loads(done.stdout.strip().splitlines()[-1])


def review_figures(size: int, repeat: int) -> dict[str, Any]:
    """bench/calibration_bench.py in a process of its own (its window) at `size`."""
    done = subprocess.run([sys.executable, "-m", "bench.calibration_bench", "--size", str(size),
                           "--repeat", str(repeat), "--json"], cwd=ROOT, capture_output=True,
                          text=True, timeout=3600,
                          env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    if done.returncode != 0:
        log(f"Review page benchmark failed: {done.stderr[-2000:]}")
        return {}
    return json.loads(done.stdout.strip().splitlines()[-1])


def load_figures(server_url: str, quick: bool) -> dict[str, Any]:
    """bench/load_bench.py in a process of its own (it forks the officials' processes)."""
    done = subprocess.run([sys.executable, "-m", "bench.load_bench", "--json", "--db",
                           server_url, *(["--quick"] if quick else [])], cwd=ROOT,
                          capture_output=True, text=True, timeout=3600)
    if not done.stdout.strip():
        log(f"load benchmark failed: {done.stderr[-2000:]}")
        return {}
    return json.loads(done.stdout.strip().splitlines()[-1])


def run_stall(url: str, queries: int) -> dict[str, Any]:
    from bench.memos import identities
    from bench.search_bench import realistic_queries
    from models.opening import open_record

    db = open_record(url)
    try:
        candidates = [q for q in realistic_queries(db, 60, seed=5) if len(q) >= 5]
        assessment_id = decided_without_memo(db, 1)[0]
    finally:
        db.close()
    signers = identities(records.cache_dir() / "memos")
    scenario = {"queries": candidates[:queries], "signers": [str(p) for p in signers.paths],
                "passphrase": signers.passphrase.decode(), "assessment_id": assessment_id}
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as handle:
        json.dump(scenario, handle)
    try:
        run = probe("stall", url, handle.name)
    finally:
        Path(handle.name).unlink()
    return {**run.extra, "queries": scenario["queries"]}


def results_markdown(rows: list[Row], pg_rows: list[Row], columns: list[str], sizes: list[int],
                     largest: int, build: dict[int, float | None], search: dict[int, Any],
                     stall: dict[str, Any], memory: dict[int, WindowRun],
                     memory_baseline: WindowRun, app: dict[int, list[WindowRun]],
                     bare: list[float | None], elapsed: float, load_before: tuple[float, ...],
                     pg_urls: dict[int, str], quick: bool, queries: int) -> str:
    import PySide6

    load_after = os.getloadavg()
    now = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    lines = [
        "# Speed at scale: benchmark results",
        "",
        "Regenerated by `.venv/bin/python -m bench.run` (see bench/README.md); do not edit.",
        "",
        f"- date: {now}; run took {elapsed / 60:.1f} min{' (--quick)' if quick else ''}",
        f"- machine: {os.cpu_count()} cores, {platform.machine()}, {platform.system()}; "
        f"load average {load_before[0]:.1f} before, {load_after[0]:.1f} after "
        "(other work on the machine slows every figure; the ratios compare within this run)",
        f"- Python {platform.python_version()}, PySide6 {PySide6.__version__}, "
        f"SQLite {__import__('sqlite3').sqlite_version}",
        "- records (SQLite, cached in bench/.cache/): "
        + ", ".join(f"{size_label(n)} built in {build[n]:.0f} s" if build[n] else
                    f"{size_label(n)} (build time unknown)" for n in sizes),
        "",
        render_table(rows, columns),
        "",
    ]
    if pg_rows:
        lines += ["PostgreSQL (" + ", ".join(size_label(n) for n in pg_urls) + "):", "",
                  render_table(pg_rows, columns), ""]
    lines += [
        "## Notes",
        "",
        f"- Window figures: median of {len(bare)} fresh processes each, offscreen, alternating "
        "bare window and app; 'first shown' is the first paint of a main window (the app's "
        "opening window, at the last position), 'first page' the moment History's model holds "
        "its first rows (read with the plain driver while the window's modules load; the record "
        "itself opens behind the shown window). 'Record usable': the first word of the newest "
        "title, cut to 4 letters, put in History's search box as the first page shows and "
        "searched as Enter does (the 250 ms pause after the last key is not counted: "
        "bench/README.md), until its page is in the model (read with the plain driver while the "
        "record opens); then its first result opened until the assessment page shows its step. "
        "'A step opened': History's newest case opened as the first page shows, until its page "
        "shows its step (the assessment read with the plain driver while the record opens). "
        "A case opened or a search typed then holds the record's opening until it has painted "
        "(desktop/opening.py). Every window figure is measured as the app starts: "
        "PYTHONDONTWRITEBYTECODE unset and the modules' bytecode kept in bench/.cache/pycache "
        "(compiled once before), as pip, the bundle and the .deb install them; the row 'compiled "
        "at every start' measures the same processes as this machine's environment makes a "
        "checkout start (every run up to 2026-12-07 16:25 measured all start-up rows that way).",
        "- Window runs (first shown / full main window shown / first page, s): "
        + "; ".join(f"{size_label(n)}: " + ", ".join(
            f"{r.shown:.2f}/{(r.main_shown or 0):.2f}/{(r.first_page or 0):.2f}"
            for r in app[n]) for n in sizes)
        + f"; bare: {', '.join(f'{b:.2f}' for b in bare if b is not None)}",
        f"- Search: {queries} typed queries (1–3 words from titles, crises, rationales and "
        "member names, the last word cut short), each way once after a warm-up; the "
        "application's figure is the page History shows while one types, without its count "
        "and its rows' snippet text, and 'count shown' that page and then the count up to "
        "1,000 (when the page is full) and the rows' text, each asked for on its own as "
        "History does; raw SQL is the matching page alone. "
        "LIKE ran on every fifth query above 1k.",
        f"- Slowest application searches at {size_label(largest)}: "
        + "; ".join(f"'{t}' {s * 1000:.0f} ms ({n:,} matches)"
                    for t, s, n in search[largest].examples),
        "- Search p50 (application / raw): "
        + ", ".join(f"{size_label(n)} {search[n].app_p50 * 1000:.1f} / "
                    f"{search[n].raw_p50 * 1000:.1f} ms" for n in sizes),
        f"- Stalls: 16 ms heartbeat; typing {len(stall.get('queries', []))} queries key by key "
        "(110 ms a key, 250 ms search pause in the app) into History, then issuing a memo with "
        "two identities through the desktop's issuing worker (rendered and signed in the memo "
        "helper process). Typing began "
        + (f"once the database thread was idle, {stall.get('busy_after_opening_s', 0):.1f} s "
           "after the first page" if stall.get("idle_when_typing") else
           f"after {stall.get('busy_after_opening_s', 0):.0f} s with the database thread still "
           "busy with the opening checks (searches queue behind them)")
        + ". Answer after the last key (s, includes the pause): "
        + ", ".join("never" if a == float("inf") else f"{a:.2f}"
                    for a in stall.get("answers_s", []))
        + f"; issue took {stall.get('issue_s', 0):.2f} s"
        + (f" (problem: {stall['issue_problem']})" if stall.get("issue_problem") else ""),
        f"- Memory: VmRSS once the app's worker threads were idle, or after {IDLE_WAIT_S:.0f} s "
        "(median of 3 processes at the largest size and for the baseline): "
        + ", ".join(f"{size_label(n)} {'idle' if memory[n].idle else 'still busy'} after "
                    f"{memory[n].waited_s} s" for n in sizes)
        + f"; {RSS_BASELINE_SIZE} records "
        f"{'idle' if memory_baseline.idle else 'still busy'} after {memory_baseline.waited_s} s.",
        "- Growth: exponent k in time ∝ n^k from the smallest to the largest size "
        "(1 = linear, 0 = flat).",
        "",
    ]
    return "\n".join(lines)


if __name__ == "__main__":
    sys.exit(main())
