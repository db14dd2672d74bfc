"""The Review page at scale (issue 16): the page opened in the desktop until its diagram and
scores are drawn, against the raw SQL aggregate of the same outcomes (counts by term and result)
in the same run (goal <= 3x); also until the calls due are listed too, and the lessons report's
call-by-call read, each against the same aggregate; and the calls due
(models.outcomes.due_outcomes: `outcomes due`, the page's list, History's "overdue") against a
plain SQL list of the unrecorded calls and decisions older than a year (goal <= 3x).

The page draws from SQL counts (models.outcome_counts) and reads the calls due beside them;
"first drawn" is the page shown (History -> Review) until its diagram and scores are painted.
The synthetic record (bench.records, bench.dataset_outcomes) holds the outcomes of four in five
past calls and retrospectives of half the past decisions, each with the audit entry the
application writes. SQLite, and PostgreSQL with --postgres (CONCERT_TEST_PG_URL). Runs alone:

    .venv/bin/python -m bench.calibration_bench [--size 100000] [--repeat 3] [--postgres] [--json]

(bench.run runs it with --json at its largest size: the Review page and calls due rows.)
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from bench.records import sqlite_record, working_copy
from playbooks.model import LIKELIHOOD_TERMS

RAW_AGGREGATE = """SELECT CAST(a.value AS TEXT), o.result, count(*) FROM outcome o
    JOIN answer a ON a.assessment_id = o.assessment_id AND a.question_id = o.question_id
    GROUP BY CAST(a.value AS TEXT), o.result"""
# The calls due as plain SQL: the standing decisions' answered terms with no outcome, and the
# decisions with no retrospective, decided more than the usual year before the day asked about
# (no dates set, no per-question defaults, no options, no playbook files: what the list needs
# at the least).
_TERMS_SQL = ", ".join(f"'\"{term.id}\"'" for term in LIKELIHOOD_TERMS)
RAW_DUE = f"""SELECT a.assessment_id, a.question_id, s.title, CAST(a.value AS TEXT), d.decided_at
    FROM answer a JOIN assessment s ON s.id = a.assessment_id
    JOIN decision d ON d.assessment_id = s.id
    WHERE s.status = 'decided' AND d.decided_at < :cut AND CAST(a.value AS TEXT) IN ({_TERMS_SQL})
    AND NOT EXISTS (SELECT 1 FROM outcome o WHERE o.assessment_id = a.assessment_id
                    AND o.question_id = a.question_id)
    UNION ALL SELECT s.id, '', s.title, d.decision, d.decided_at FROM assessment s
    JOIN decision d ON d.assessment_id = s.id
    WHERE s.status = 'decided' AND d.decided_at < :cut
    AND NOT EXISTS (SELECT 1 FROM retrospective r WHERE r.assessment_id = s.id)"""
WAIT_S = 600
Log = Callable[[str], None]


def wait_until(app: Any, condition: Callable[[], bool], what: str) -> None:
    from PySide6.QtCore import QEventLoop

    deadline = time.monotonic() + WAIT_S
    while not condition():
        if time.monotonic() > deadline:
            raise RuntimeError(f"gave up waiting for {what}")
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)
        # Idle a moment, as the event loop waits between events in the application: a loop
        # spinning on processEvents holds the GIL from the worker threads it waits for (each row
        # the database thread fetches waits for it), which slowed the read it measures.
        time.sleep(0.002)


def measure(url: str, repeat: int, log: Log) -> dict[str, Any]:
    """The page opened `repeat` times in one window, each against the raw aggregate."""
    import sqlalchemy as sa
    from PySide6.QtWidgets import QApplication

    from desktop.app import build_context, configure
    from desktop.main_window import HISTORY, REVIEW, MainWindow
    from models.opening import open_record
    from models.outcome_calls import DEFAULT_RESOLVE_AFTER_DAYS, decided_cases
    from models.outcomes import due_outcomes
    from models.playbook_store import RecordPlaybooks
    from playbooks.loader import PlaybookCatalog
    from reports.lessons import lessons

    app = QApplication.instance() or QApplication([])
    configure(app)
    db = open_record(url)
    catalog = PlaybookCatalog.load(None, record=RecordPlaybooks(db))
    raw = sa.create_engine(url)
    folder = Path(tempfile.mkdtemp(prefix="review-bench-"))
    window = MainWindow(build_context(db, catalog, folder))
    window.show()
    context, page = window.context, window.review
    chain = window.chain_label

    def settled() -> bool:
        """The opening checks and the status bar's walk of the chain (a minute or more at 100k,
        the latter started again once the former ends) are done: a busy Python thread beside
        the page would slow what is measured (the GIL), not the page's own work."""
        return (context.runner.is_idle() and context.background.is_idle()
                and getattr(window, "startup_report", None) is not None
                and chain._started and not chain._running)

    wait_until(app, settled, "the window to settle")
    figures: dict[str, list[float]] = {"drawn": [], "shown": [], "lessons": [], "raw": [],
                                       "due": [], "raw_due": []}
    today = datetime.now(UTC).date()
    cut = (today - timedelta(days=DEFAULT_RESOLVE_AFTER_DAYS - 1)).isoformat()
    marks: dict[str, float] = {}
    page.drawn.connect(lambda: marks.setdefault("drawn", time.perf_counter()))
    page.shown.connect(lambda: marks.setdefault("shown", time.perf_counter()))
    try:
        for _ in range(repeat):
            window.show_page(HISTORY)
            wait_until(app, settled, "History")
            marks.clear()
            started = time.perf_counter()
            window.show_page(REVIEW)
            wait_until(app, lambda: "drawn" in marks, "the diagram")
            page.view.repaint()  # painted now, not at the next turn of the loop
            drawn = time.perf_counter() - started
            wait_until(app, lambda: "shown" in marks, "the calls due")
            figures["drawn"].append(drawn)
            figures["shown"].append(marks["shown"] - started)
            started = time.perf_counter()
            with raw.connect() as connection:
                connection.execute(sa.text(RAW_AGGREGATE)).all()
            figures["raw"].append(time.perf_counter() - started)
            started = time.perf_counter()
            due = due_outcomes(db, catalog.by_hash, today)
            figures["due"].append(time.perf_counter() - started)
            started = time.perf_counter()
            with raw.connect() as connection:
                plain = connection.execute(sa.text(RAW_DUE), {"cut": cut}).all()
            figures["raw_due"].append(time.perf_counter() - started)
            log(f"  drawn {drawn * 1000:.0f} ms, due listed {figures['shown'][-1] * 1000:.0f} "
                f"ms, raw aggregate {figures['raw'][-1] * 1000:.0f} ms; "
                f"calls due {figures['due'][-1] * 1000:.0f} ms ({len(due)}), raw due SQL "
                f"{figures['raw_due'][-1] * 1000:.0f} ms ({len(plain)})")
        # Once, last: it reads every call (tens of seconds at 100k), and the millions of objects
        # it leaves would slow every later figure (the cyclic collector walks them).
        started = time.perf_counter()
        calls = lessons(decided_cases(db, catalog.by_hash)).overall.calibration.calls
        figures["lessons"].append(time.perf_counter() - started)
        log(f"  lessons read {figures['lessons'][0] * 1000:.0f} ms ({calls} calls)")
    finally:
        window.close()
        wait_until(app, context.runner.is_idle, "the window to close")
        raw.dispose()
        db.close()
    medians: dict[str, Any] = {name: statistics.median(v) for name, v in figures.items()}
    return {**medians, "first_drawn": figures["drawn"][0], "repeat": repeat,
            "calls": calls, "due_count": len(due)}


def report_line(label: str, figures: dict[str, Any]) -> str:
    raw = figures["raw"]
    return (f"{label}: Review page first drawn {figures['drawn'] * 1000:.0f} ms, "
            f"{figures['drawn'] / raw:.1f}x the raw SQL aggregate ({raw * 1000:.0f} ms; goal "
            f"<= 3x); with the calls due listed {figures['shown'] * 1000:.0f} ms "
            f"({figures['shown'] / raw:.1f}x); the lessons report's call-by-call read "
            f"{figures['lessons'] * 1000:.0f} ms ({figures['lessons'] / raw:.1f}x); the calls "
            f"due (models.outcomes.due_outcomes) {figures['due'] * 1000:.0f} ms, "
            f"{figures['due'] / figures['raw_due']:.1f}x the raw due SQL "
            f"({figures['raw_due'] * 1000:.0f} ms; goal <= 3x); medians")


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--size", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--postgres", action="store_true",
                        help="also on PostgreSQL (CONCERT_TEST_PG_URL)")
    parser.add_argument("--json", action="store_true",
                        help="print the SQLite figures (seconds) as one JSON line at the end")
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory() as folder:
        os.environ["CONCERT_DATA_DIR"] = str(Path(folder) / "data")
        copy = working_copy(sqlite_record(args.size, print), Path(folder))
        url = f"sqlite:///{copy}"
        figures = measure(url, args.repeat, print)
        lines = [report_line(f"SQLite {args.size:,}", figures)]
        server = os.environ.get("CONCERT_TEST_PG_URL")
        if args.postgres and server:
            from bench.records import postgres_record
            from bench.run import postgres_copy

            pg = postgres_copy(postgres_record(server, args.size, print), "review")
            lines.append(report_line(f"PostgreSQL {args.size:,}",
                                     measure(pg, args.repeat, print)))
        print("\n".join(lines))
        if args.json:
            print(json.dumps(figures))


if __name__ == "__main__":
    main()
