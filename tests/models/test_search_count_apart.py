"""The page alone and the count alone (History while one types: the page at once, the count a
moment later) give what the one statement of page and count gives: the same rows, and the same
total, with every filter, in every language, with and without a count limit, on both databases."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from models.db import Database
from models.search import count_matches, search_assessments, snippet_texts
from models.search_rows import with_snippet_text
from models.search_sql import ORDERS
from models.workflow import create_assessment, decide
from tests.models.sample import sample_playbook
from tests.models.test_search import IN_LANGUAGES
from tests.models.test_workflow import PLAYBOOK, answer, complete_draft, new_draft


@pytest.fixture
def record(database: Database) -> dict[str, list[str]]:
    playbook = sample_playbook()
    corridors = [
        create_assessment(database, playbook, actor="test",
                          title=f"Corridor {number} {'relief' if number % 2 else 'naval'}")
        for number in range(9)
    ]  # fmt: skip
    languages = []
    for title, rationale in IN_LANGUAGES.values():
        made = new_draft(database, title)
        answer(database, made, "gravity", 2, rationale=rationale)
        languages.append(made)
    decided = complete_draft(database)
    decide(database, decided, decision="approve", by="minister", playbook=PLAYBOOK)
    return {"corridors": corridors, "languages": languages, "decided": [decided]}


TEXTS = ["", "corrid", "corridor relie", "naval", "réfugiés", "refug", "הפלי", "اللاج", "難民",
         "人", "शरणा", "maritime interdic", "nothing-like-this"]


@pytest.mark.parametrize("text", TEXTS)
def test_the_count_alone_is_the_count_with_the_page(
    database: Database, record: dict[str, list[str]], text: str
) -> None:
    today = datetime.now(UTC).date()
    some_ids = record["corridors"][:4] + record["languages"][:3] + record["decided"]
    filters: list[dict] = [
        {},
        {"status": "draft"},
        {"status": ("draft", "decided")},
        {"verdict": "legitimate"},
        {"decision": ["approve", "defer"]},
        {"playbook_id": "test-joint-action"},
        {"ids": some_ids},
        {"ids": []},
        {"date_from": today, "date_to": today},
        {"date_from": today + timedelta(days=1)},
        {"date_to": datetime.now(UTC) - timedelta(days=1)},
        {"status": "draft", "ids": some_ids, "date_from": today},
    ]
    for where in filters:
        for count_limit in (None, 1, 3, 1000):
            together = search_assessments(database, text, count_limit=count_limit, **where)
            alone = count_matches(database, text, count_limit=count_limit, **where)
            assert (alone.total, alone.exact) == (together.total, together.total_exact), (
                where, count_limit)


@pytest.mark.parametrize("order", ORDERS)
@pytest.mark.parametrize("text", ["", "corrid", "corridor naval", "refug", "人"])
def test_the_page_alone_is_the_page_with_its_count(
    database: Database, record: dict[str, list[str]], order: str, text: str
) -> None:
    everything = search_assessments(database, text, order=order, limit=100)
    for limit, offset in ((3, 0), (3, 3), (4, 8), (5, 40), (0, 0), (100, 0)):
        alone = search_assessments(database, text, order=order, limit=limit, offset=offset,
                                   count=False, count_limit=1000)  # fmt: skip
        where = (limit, offset)
        assert [r.id for r in alone.rows] == [
            r.id for r in everything.rows[offset : offset + limit]], where
        assert all(bool(r.snippet) == bool(text) for r in alone.rows), where
        bare = search_assessments(database, text, order=order, limit=limit, offset=offset,
                                  count=False, snippet_text=False)  # fmt: skip
        assert bare.rows == alone.rows and bare.snippet_text == (not text), where
        assert all(r.snippet == "" for r in bare.rows), where  # no text read: no snippet yet
        texts = snippet_texts(database, [r.id for r in bare.rows])
        assert [r.snippet for r in with_snippet_text(bare.rows, texts)] == [
            r.snippet for r in alone.rows], where
        # PostgreSQL, with text: the page is chosen by counting the first 1,001 matches, and
        # carries that count.
        carries_count = database.dialect == "postgresql" and bool(text)
        if len(alone.rows) < limit:  # the last page: it is its own count
            assert alone.counted and alone.total_exact, where
            assert alone.total == (
                everything.total if alone.rows or carries_count else offset), where
        elif carries_count:
            assert alone.counted and (alone.total, alone.total_exact) == (
                everything.total, True), where
        else:  # full: the count is still to be asked for
            assert not alone.counted and not alone.total_exact, where
            assert alone.total == offset + limit, where


def test_the_page_alone_carries_the_columns_history_shows(
    database: Database, record: dict[str, list[str]]
) -> None:
    (row,) = search_assessments(database, "maritime interdic", count=False).rows
    (same,) = search_assessments(database, "maritime interdic").rows
    assert row == same
    assert (row.status, row.verdict, row.decision) == ("decided", "legitimate", "approve")
    assert row.updated_at.tzinfo is not None and row.snippet == same.snippet
