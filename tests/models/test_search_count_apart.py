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


COMMON = "corridor "  # in ten of the record's fifteen cases


@pytest.mark.parametrize("order", ["newest", "oldest"])
def test_a_word_the_planner_expects_often_is_read_in_order_and_counted_after(
    database: Database, record: dict[str, list[str]], order: str
) -> None:
    """PostgreSQL: a page asked for alone asks the planner first how many rows match; more than
    the count's window, the page is read in order without counting (a common word's count cost
    more than its page: bench/README.md), and the count comes after, as on SQLite. A word the
    planner expects rarely still comes with its count."""
    if database.dialect != "postgresql":
        pytest.skip("SQLite's text index gives its matches in order already")
    # A whole word (typed with the space after it): the planner reads its share of the rows
    # from the statistics. (A prefix's estimate needs more rows than this record has.)
    with database.engine.begin() as connection:  # statistics, as autovacuum would gather them
        connection.exec_driver_sql("ANALYZE assessment_search")
    everything = search_assessments(database, COMMON, order=order, limit=100)
    assert everything.total == 10  # nine corridors and "Corridor humanitaire"
    for limit, offset in ((3, 0), (3, 3), (4, 6)):
        page = search_assessments(database, COMMON, order=order, limit=limit, offset=offset,
                                  count=False, count_limit=3)  # ten expected: more than 3
        assert [r.id for r in page.rows] == [
            r.id for r in everything.rows[offset:offset + limit]], (limit, offset)
        assert not page.counted and page.total == offset + limit, (limit, offset)
        assert page.rows[0].status == everything.rows[offset].status
    last = search_assessments(database, COMMON, order=order, limit=4, offset=8, count=False,
                              count_limit=3)  # fmt: skip
    assert [r.id for r in last.rows] == [r.id for r in everything.rows[8:]]
    assert last.counted and last.total == 10  # the last page is its own count
    count = count_matches(database, COMMON, count_limit=3)
    assert (count.total, count.exact) == (3, False)
    rare = search_assessments(database, "maritime interdic", order=order, count=False,
                              count_limit=3)  # fmt: skip
    assert rare.counted and [r.id for r in rare.rows] == record["decided"]
    # A filter that nothing passes: the planner leaves the matching out of its plan altogether.
    nothing = search_assessments(database, COMMON, order=order, status=[], count=False,
                                 count_limit=3)  # fmt: skip
    assert nothing.rows == [] and nothing.counted and nothing.total == 0
    # The same page with a filter: the planner's estimate covers it too.
    drafts = search_assessments(database, COMMON, order=order, status="draft", limit=3,
                                count=False, count_limit=3)  # fmt: skip
    assert [r.id for r in drafts.rows] == [r.id for r in everything.rows[:3]]
