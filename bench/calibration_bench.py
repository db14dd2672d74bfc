"""The Review page at scale (issue 16): the page opened in the desktop until its diagram and
scores are drawn, against the raw SQL aggregate of the same outcomes (counts by term and result)
in the same run (goal <= 3x); also until the calls due are listed too, and the lessons report's
call-by-call read, each against the same aggregate.

The page draws from SQL counts (models.outcome_counts) and reads the calls due beside them;
"first drawn" is the page shown (History -> Review) until its diagram and scores are painted.
The synthetic record (bench.records) has no outcomes: a working copy gains one for four calls in
five of its decided assessments, drawn so that each term happens about as often as it says,
written straight into the table (no audit entries: this measures reading, and nothing here
verifies the chain). SQLite, and PostgreSQL with --postgres (CONCERT_TEST_PG_URL). Runs alone:

    .venv/bin/python -m bench.calibration_bench [--size 100000] [--repeat 3] [--postgres]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from bench.records import sqlite_record, working_copy
from playbooks.calibration import midpoint
from playbooks.model import LIKELIHOOD_TERMS

RAW_AGGREGATE = """SELECT CAST(a.value AS TEXT), o.result, count(*) FROM outcome o
    JOIN answer a ON a.assessment_id = o.assessment_id AND a.question_id = o.question_id
    GROUP BY CAST(a.value AS TEXT), o.result"""
WAIT_S = 600
Log = Callable[[str], None]


def add_outcomes(url: str, seed: int = 1) -> int:
    """Outcomes for four calls in five of the decided assessments (SQLite or PostgreSQL)."""
    import sqlalchemy as sa

    from models.tables import Outcome

    terms = {term.id for term in LIKELIHOOD_TERMS}
    rng = random.Random(seed)
    engine = sa.create_engine(url)
    try:
        with engine.begin() as connection:
            rows = connection.execute(sa.text(
                "SELECT a.assessment_id, a.question_id, CAST(a.value AS TEXT) FROM answer a "
                "JOIN assessment s ON s.id = a.assessment_id WHERE s.status = 'decided' "
                "ORDER BY a.assessment_id, a.question_id")).all()
            outcomes = []
            for assessment_id, question_id, value in rows:
                term = json.loads(value) if value is not None else None
                if isinstance(term, str) and term in terms and rng.random() < 0.8:
                    result = "occurred" if rng.random() < midpoint(term) else "not_occurred"
                    outcomes.append({
                        "id": f"bench-{len(outcomes)}", "assessment_id": assessment_id,
                        "question_id": question_id, "result": result, "note": "bench",
                        "evidence": [], "recorded_by": "bench",
                        "recorded_at": datetime(2026, 1, 1, tzinfo=UTC)})
            if outcomes:
                connection.execute(sa.insert(Outcome.__table__), outcomes)
            if engine.dialect.name == "postgresql":
                connection.execute(sa.text("ANALYZE outcome"))
    finally:
        engine.dispose()
    return len(outcomes)


def wait_until(app: Any, condition: Callable[[], bool], what: str) -> None:
    from PySide6.QtCore import QEventLoop

    deadline = time.monotonic() + WAIT_S
    while not condition():
        if time.monotonic() > deadline:
            raise RuntimeError(f"gave up waiting for {what}")
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)


def measure(url: str, repeat: int, log: Log) -> dict[str, Any]:
    """The page opened `repeat` times in one window, each against the raw aggregate."""
    import sqlalchemy as sa
    from PySide6.QtWidgets import QApplication

    from desktop.app import build_context, configure
    from desktop.main_window import HISTORY, REVIEW, MainWindow
    from models.opening import open_record
    from models.outcome_calls import decided_cases
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
    wait_until(app, lambda: context.runner.is_idle() and context.background.is_idle(),
               "the window to settle")
    figures: dict[str, list[float]] = {"drawn": [], "shown": [], "lessons": [], "raw": []}
    marks: dict[str, float] = {}
    page.drawn.connect(lambda: marks.setdefault("drawn", time.perf_counter()))
    page.shown.connect(lambda: marks.setdefault("shown", time.perf_counter()))
    try:
        for _ in range(repeat):
            window.show_page(HISTORY)
            wait_until(app, context.runner.is_idle, "History")
            marks.clear()
            started = time.perf_counter()
            window.show_page(REVIEW)
            wait_until(app, lambda: "drawn" in marks, "the diagram")
            page.view.repaint()  # painted now, not at the next turn of the loop
            drawn = time.perf_counter() - started
            wait_until(app, lambda: "shown" in marks, "the calls due")
            figures["drawn"].append(drawn)
            figures["shown"].append(marks["shown"] - started)
            if not figures["lessons"]:  # once: it reads every call (tens of seconds at 100k)
                started = time.perf_counter()
                report = lessons(decided_cases(db, catalog.by_hash))
                figures["lessons"].append(time.perf_counter() - started)
            started = time.perf_counter()
            with raw.connect() as connection:
                connection.execute(sa.text(RAW_AGGREGATE)).all()
            figures["raw"].append(time.perf_counter() - started)
            log(f"  drawn {drawn * 1000:.0f} ms, due listed {figures['shown'][-1] * 1000:.0f} "
                f"ms, lessons read {figures['lessons'][0] * 1000:.0f} ms, raw aggregate "
                f"{figures['raw'][-1] * 1000:.0f} ms ({report.overall.calibration.calls} calls, "
                f"{page.due.rowCount()} due)")
    finally:
        window.close()
        wait_until(app, context.runner.is_idle, "the window to close")
        raw.dispose()
        db.close()
    return {name: statistics.median(values) for name, values in figures.items()}


def report_line(label: str, figures: dict[str, Any]) -> str:
    raw = figures["raw"]
    return (f"{label}: Review page first drawn {figures['drawn'] * 1000:.0f} ms, "
            f"{figures['drawn'] / raw:.1f}x the raw SQL aggregate ({raw * 1000:.0f} ms; goal "
            f"<= 3x); with the calls due listed {figures['shown'] * 1000:.0f} ms "
            f"({figures['shown'] / raw:.1f}x); the lessons report's call-by-call read "
            f"{figures['lessons'] * 1000:.0f} ms ({figures['lessons'] / raw:.1f}x); medians")


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--size", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--postgres", action="store_true",
                        help="also on PostgreSQL (CONCERT_TEST_PG_URL)")
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory() as folder:
        os.environ["CONCERT_DATA_DIR"] = str(Path(folder) / "data")
        copy = working_copy(sqlite_record(args.size, print), Path(folder))
        url = f"sqlite:///{copy}"
        print(f"SQLite: {add_outcomes(url)} outcomes added to {args.size} assessments")
        lines = [report_line(f"SQLite {args.size:,}", measure(url, args.repeat, print))]
        server = os.environ.get("CONCERT_TEST_PG_URL")
        if args.postgres and server:
            from bench.records import postgres_record
            from bench.run import postgres_copy

            pg = postgres_copy(postgres_record(server, args.size, print), "review")
            print(f"PostgreSQL: {add_outcomes(pg)} outcomes added")
            lines.append(report_line(f"PostgreSQL {args.size:,}",
                                     measure(pg, args.repeat, print)))
        print("\n".join(lines))


if __name__ == "__main__":
    main()
