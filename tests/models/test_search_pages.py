"""Pages of a search are the same whichever way the statement shares its work between the count
and the page (models.search_sql._Query): with or without a count limit, inside or beyond it, in
every order, with filters, on both databases."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from models.db import Database
from models.search import search_assessments
from models.search_sql import ORDERS
from models.workflow import create_assessment
from tests.models.sample import sample_playbook


@pytest.fixture
def corridors(database: Database) -> list[str]:
    playbook = sample_playbook()
    made = []
    for number in range(12):
        words = "Corridor corridor corridor" if number % 3 == 0 else "Corridor"
        title = f"{words} {number} {'relief' if number % 2 else 'naval'} Zürich"
        made.append(create_assessment(database, playbook, title=title, actor="test"))
    create_assessment(database, playbook, title="Unrelated harbour", actor="test")
    return made


@pytest.mark.parametrize("order", ORDERS)
@pytest.mark.parametrize("text", ["corrid", "corridor relief", "relie", "zurich naval", ""])
def test_a_count_limit_changes_no_page(
    database: Database, corridors: list[str], order: str, text: str
) -> None:
    exact = search_assessments(database, text, order=order, limit=100)
    everything = [row.id for row in exact.rows]
    assert exact.total == len(everything) and exact.total_exact
    for count_limit in (2, 5, 20):
        for limit, offset in ((3, 0), (3, 3), (4, 8), (5, 20), (0, 0), (100, 0), (2, 1)):
            page = search_assessments(
                database, text, order=order, limit=limit, offset=offset, count_limit=count_limit
            )
            where = (count_limit, limit, offset)
            assert [row.id for row in page.rows] == everything[offset : offset + limit], where
            assert page.total == min(exact.total, count_limit), where
            assert page.total_exact == (exact.total <= count_limit), where
            assert all(bool(row.snippet) == bool(text) for row in page.rows), where


def test_filters_with_text_and_a_count_limit(database: Database, corridors: list[str]) -> None:
    today = datetime.now(UTC).date()
    for count_limit in (None, 3, 1000):
        page = search_assessments(
            database, "corridor", status=("draft",), playbook_id="test-joint-action",
            date_from=today, date_to=today, count_limit=count_limit, limit=5,
        )  # fmt: skip
        assert len(page.rows) == 5
        assert page.total == (12 if count_limit != 3 else 3)
        assert search_assessments(
            database, "corridor", status="decided", count_limit=count_limit
        ).rows == []
        empty = search_assessments(database, "corridor", verdict=[], count_limit=count_limit)
        assert (empty.total, empty.rows) == (0, [])


def test_a_page_beyond_the_end_still_counts(database: Database, corridors: list[str]) -> None:
    for count_limit in (None, 5, 1000):
        page = search_assessments(database, "corridor", offset=50, count_limit=count_limit)
        assert page.rows == []
        assert page.total == min(12, count_limit or 12)


def test_rows_carry_what_history_shows(database: Database, corridors: list[str]) -> None:
    (row,) = search_assessments(database, "unrelated harb", count_limit=1000).rows
    assert (row.title, row.playbook_id, row.status, row.verdict, row.decision) == (
        "Unrelated harbour", "test-joint-action", "draft", None, None,
    )  # fmt: skip
    assert (row.revision, row.root_id, row.snippet) == (1, row.id, "Unrelated harbour")
    assert row.updated_at.tzinfo is not None and row.updated_at.utcoffset().total_seconds() == 0
