"""The benchmark's synthetic records are records the application itself could have written:
the audit chain verifies (chain, decided records, dissents, memos), search rows equal what
re-indexing writes, and the application finds what the generator put in. Times are never
asserted here: bench.run reports them.
"""

from __future__ import annotations

import os

import pytest
import sqlalchemy as sa

from bench import records
from bench.checks import chain_problem, search_rows_match
from models.opening import open_record
from models.search import search_assessments
from models.tables import Assessment, AuditEntry, Decision, Memo, Outcome, Retrospective

SIZE = 300


def _check(url: str) -> None:
    db = open_record(url)
    try:
        assert chain_problem(db) == ""
        assert search_rows_match(db, sample=40) == []
        with db.session() as session:
            count = session.execute(sa.select(sa.func.count()).select_from(Assessment))
            assert count.scalar_one() == SIZE
            decided = session.execute(sa.select(sa.func.count()).select_from(Decision))
            assert 0.4 * SIZE < decided.scalar_one() < 0.8 * SIZE
            assert session.execute(sa.select(sa.func.count()).select_from(Memo)).scalar_one()
            title = session.execute(
                sa.select(Assessment.title).order_by(Assessment.id).limit(1)
            ).scalar_one()
            actions = set(session.execute(sa.select(AuditEntry.action).distinct()).scalars())
        assert {"assessment.import", "assessment.decide", "memo.store", "outcome.record",
                "retrospective.record"} <= actions
        _check_outcomes(db)
        found = search_assessments(db, title, limit=100)
        assert any(row.title == title for row in found.rows)
        assert search_assessments(db, "").total == SIZE
    finally:
        db.close()


def _check_outcomes(db) -> None:
    """Past calls were judged as the application records them (each outcome sealed by its
    audit entry: chain_problem above compares them), and some calls are still due."""
    from datetime import date

    from models.outcome_counts import resolved_counts
    from models.outcomes import due_outcomes
    from playbooks.loader import PlaybookCatalog

    catalog = PlaybookCatalog.load(None)
    with db.session() as session:
        outcomes = session.execute(sa.select(sa.func.count()).select_from(Outcome)).scalar_one()
        entries = session.execute(sa.select(sa.func.count()).select_from(AuditEntry).where(
            AuditEntry.action == "outcome.record")).scalar_one()
        retrospectives = session.execute(
            sa.select(sa.func.count()).select_from(Retrospective)).scalar_one()
    assert outcomes > 0 and entries == outcomes and retrospectives > 0
    assert resolved_counts(db, catalog.by_hash).calibration().calls > 0.5 * outcomes
    assert due_outcomes(db, catalog.by_hash, date(2026, 12, 7))


def test_a_sqlite_record_is_what_the_application_writes() -> None:
    path = records.sqlite_record(SIZE, lambda _message: None)
    _check(f"sqlite:///{path}")


@pytest.mark.skipif(not os.environ.get("CONCERT_TEST_PG_URL"), reason="no PostgreSQL server")
def test_a_postgresql_record_is_what_the_application_writes() -> None:
    url = records.postgres_record(os.environ["CONCERT_TEST_PG_URL"], SIZE, lambda _m: None)
    _check(url)


def test_a_multilingual_record_is_what_the_application_writes_and_finds() -> None:
    """Cases written in French, Japanese, Hebrew, Arabic and Hindi: their search rows are what
    re-indexing writes (the generator's words are the application's), and words typed in each
    language, accents left off in French, Japanese cut out of unspaced sentences, Arabic with
    bare hamza seats, Hindi cut short, find assessments."""
    from bench.corpus_languages import LANGUAGES
    from bench.search_languages import language_queries, written_in

    path = records.sqlite_record(SIZE, lambda _message: None, LANGUAGES)
    db = open_record(f"sqlite:///{path}")
    try:
        assert chain_problem(db) == ""
        assert search_rows_match(db, sample=40) == []
        with db.session() as session:
            titles = session.execute(sa.select(Assessment.title)).scalars().all()
        shares = {code: sum(written_in(t) == code for t in titles) / SIZE
                  for code in ("en", *LANGUAGES)}
        assert all(0.08 < share < 0.28 for share in shares.values()), shares  # 1/6 each
        for code in LANGUAGES:
            queries = language_queries(db, code, 25)
            assert all(written_in(q) == code or code == "fr" or q.isdigit()  # a year, a count
                       for q in queries), queries
            empty = [q for q in queries if search_assessments(db, q, limit=100).total == 0]
            assert empty == [], (code, empty)
        accentless = [q for q in language_queries(db, "fr", 60) if q.isascii()]
        assert accentless  # some French queries were typed without their accents
        _typed_words_find_their_case(db, titles)
    finally:
        db.close()


def _typed_words_find_their_case(db, titles: list[str]) -> None:
    """An Arabic or Hindi title's words, typed whole, cut short, or (Arabic) with bare hamza
    seats, list that very case among the results."""
    import re

    from bench.search_languages import without_accents, written_in

    for code in ("ar", "hi"):
        written = [t for t in titles if written_in(t) == code][:12]
        assert len(written) >= 8, code
        for title in written:
            words = [w for w in re.split(r"[\s:—().،।]+", title) if len(w) > 3 and not w.isdigit()]
            typed = [" ".join(words[:2]), words[-1][:3], words[0][: len(words[0]) - 1]]
            if code == "ar":
                typed.append(without_accents(" ".join(words[:2])))
            for query in typed:
                rows = search_assessments(db, query, limit=SIZE * 2).rows
                assert title in {row.title for row in rows}, (code, query, title)
