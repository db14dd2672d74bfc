"""Checks that a synthetic record is what the application itself would have written.

- search rows: for a sample of assessments, models.search.reindex_assessment is run inside a
  transaction that is then rolled back; every search column must come out unchanged;
- the audit chain and the decided records: models.audit_check.verify_chain must accept them.
"""

from __future__ import annotations

import random
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session


def _search_tables(session: Session) -> list[str]:
    inspector = sa.inspect(session.connection())
    return sorted(t for t in inspector.get_table_names() if t.startswith("assessment_search"))


def _snapshot(session: Session, tables: list[str], assessment_id: str) -> dict[str, Any]:
    """Every search row of one assessment, keyed by table (joined through doc_id on SQLite)."""
    result = {}
    for table in tables:
        columns = [c["name"] for c in sa.inspect(session.connection()).get_columns(table)]
        if "assessment_id" in columns:
            where, value = "assessment_id = :v", assessment_id
        else:
            where = "doc_id = (SELECT doc_id FROM assessment_search WHERE assessment_id = :v)"
            value = assessment_id
        rows = session.execute(sa.text(f"SELECT * FROM {table} WHERE {where}"), {"v": value})
        result[table] = [tuple(str(x) for x in row) for row in rows]
    return result


def search_rows_match(db: Any, sample: int = 25, seed: int = 7) -> list[str]:
    """Problems found (empty: the sample's search rows equal what the application writes)."""
    from models.search import reindex_assessment
    from models.tables import Assessment

    problems = []
    with Session(db.engine) as session:
        ids = list(session.execute(sa.select(Assessment.id).order_by(Assessment.id)).scalars())
        tables = _search_tables(session)
        chosen = random.Random(seed).sample(ids, min(sample, len(ids)))
        try:
            for assessment_id in chosen:
                before = _snapshot(session, tables, assessment_id)
                reindex_assessment(session, assessment_id)
                after = _snapshot(session, tables, assessment_id)
                for table in tables:
                    if before[table] != after[table]:
                        problems.append(f"{table} of {assessment_id}: bench wrote "
                                        f"{before[table]!r:.300}, the application writes "
                                        f"{after[table]!r:.300}")
        finally:
            session.rollback()
    return problems


def chain_problem(db: Any) -> str:
    """'' when verify_chain accepts the record, else its report."""
    from models.audit_check import verify_chain

    report = verify_chain(db)
    return "" if report.ok else str(report)
