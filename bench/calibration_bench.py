"""Calibration at scale (issue 16): what the Review page and `report calibration` read —
every decided assessment's likelihood calls with their outcomes, scored — against the raw SQL
aggregate of the same outcomes (counts by term and result) in the same run (goal ≤ 3×).

The synthetic record (bench.records) has no outcomes: a working copy gains one for four calls
in five of its decided assessments, drawn so that each term happens about as often as it says,
written straight into the table (no audit entries: this measures reading, and nothing here
verifies the chain). SQLite only. Runs alone:

    .venv/bin/python -m bench.calibration_bench [--size 10000] [--repeat 3]
"""

from __future__ import annotations

import argparse
import json
import random
import sqlite3
import tempfile
import time
from pathlib import Path

from bench.records import sqlite_record, working_copy
from playbooks.calibration import midpoint
from playbooks.model import LIKELIHOOD_TERMS

RAW_AGGREGATE = """SELECT a.value, o.result, count(*) FROM outcome o
    JOIN answer a ON a.assessment_id = o.assessment_id AND a.question_id = o.question_id
    GROUP BY a.value, o.result"""


def add_outcomes(path: Path, seed: int = 1) -> int:
    terms = {term.id for term in LIKELIHOOD_TERMS}
    rng = random.Random(seed)
    connection = sqlite3.connect(path)
    try:
        rows = connection.execute(
            "SELECT a.assessment_id, a.question_id, a.value FROM answer a JOIN assessment s "
            "ON s.id = a.assessment_id WHERE s.status = 'decided'").fetchall()
        outcomes = []
        for assessment_id, question_id, value in rows:
            term = json.loads(value) if isinstance(value, str) else value
            if isinstance(term, str) and term in terms and rng.random() < 0.8:
                result = "occurred" if rng.random() < midpoint(term) else "not_occurred"
                outcomes.append((f"bench-{len(outcomes)}", assessment_id, question_id, result,
                                 "bench", "[]", "bench", "2026-01-01 00:00:00.000000"))
        connection.executemany(
            "INSERT INTO outcome (id, assessment_id, question_id, result, note, evidence, "
            "recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", outcomes)
        connection.commit()
    finally:
        connection.close()
    return len(outcomes)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    from models.opening import open_record
    from models.outcome_calls import decided_cases
    from models.playbook_store import RecordPlaybooks
    from playbooks.loader import PlaybookCatalog
    from reports.lessons import lessons

    with tempfile.TemporaryDirectory() as folder:
        copy = working_copy(sqlite_record(args.size, print), Path(folder))
        print(f"{add_outcomes(copy)} outcomes added to {args.size} assessments")
        db = open_record(f"sqlite:///{copy}")
        catalog = PlaybookCatalog.load(None, record=RecordPlaybooks(db))
        raw = sqlite3.connect(copy)
        try:
            for _ in range(args.repeat):
                started = time.perf_counter()
                report = lessons(decided_cases(db, catalog.by_hash))
                app = time.perf_counter() - started
                started = time.perf_counter()
                raw.execute(RAW_AGGREGATE).fetchall()
                sql = time.perf_counter() - started
                print(f"calibration read and scored: {app * 1000:.0f} ms for "
                      f"{report.overall.calibration.calls} calls; raw SQL aggregate "
                      f"{sql * 1000:.0f} ms; {app / sql:.1f}x (goal <= 3x)")
        finally:
            raw.close()
            db.close()


if __name__ == "__main__":
    main()
