"""History's first page read with the plain driver (models.first_page) is exactly the page
models.search gives, and it is only read from a database that needs nothing done to it."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
import sqlalchemy as sa

from models.db import Database
from models.first_page import plain_url, read_first_page, read_search_page
from models.location import sqlite_url
from models.search import search_assessments
from models.search_sql import ORDERS
from models.workflow import decide, revise
from tests.models.test_workflow import PLAYBOOK, complete_draft, new_draft


def search_first_page(database: Database, limit: int, count_limit: int):
    """What History asks models.search for when it opens."""
    return search_assessments(database, "", order="newest", limit=limit, offset=0,
                              count_limit=count_limit)  # fmt: skip


@pytest.fixture
def record(database: Database) -> Database:
    """Drafts, decided assessments (verdict and decision shown) and a revision."""
    for number in range(4):
        new_draft(database, f"Draft {number}")
    for gravity in (2, 0):
        decided = complete_draft(database, gravity=gravity)
        decide(database, decided, decision="reject", by="minister", playbook=PLAYBOOK,
               justification="Not now.")
    revised = complete_draft(database)
    decide(database, revised, decision="approve", by="minister", playbook=PLAYBOOK)
    revise(database, revised, actor="analyst")
    return database


@pytest.mark.parametrize(("limit", "count_limit"), [(100, 1000), (3, 5), (4, 2), (9, 9)])
def test_the_first_page_is_the_one_search_gives(
    record: Database, database_url: str, limit: int, count_limit: int
) -> None:
    fast = read_first_page(database_url, limit=limit, count_limit=count_limit)
    assert fast is not None
    assert fast == search_first_page(record, limit, count_limit)
    if limit >= 9:  # every kind of row: decided (verdict, decision), superseded, a revision
        assert {row.status for row in fast.rows} == {"draft", "decided", "superseded"}
        assert {row.decision for row in fast.rows} == {None, "reject", "approve"}
        assert max(row.revision for row in fast.rows) == 2


def test_equal_times_are_ordered_as_search_orders_them(record: Database,
                                                       database_url: str) -> None:
    # Bulk imports give many records one time: the tie is broken by id, as in models.search.
    with record.write_session() as session:
        session.execute(sa.text("UPDATE assessment_search SET updated_at = "
                                "(SELECT min(updated_at) FROM assessment_search)"))
    fast = read_first_page(database_url, limit=5, count_limit=1000)
    assert fast is not None and fast == search_first_page(record, 5, 1000)
    assert [row.id for row in fast.rows] == sorted(row.id for row in fast.rows)


@pytest.mark.parametrize("order", ORDERS)
@pytest.mark.parametrize(
    ("text", "filters"),
    [
        ("draft", {}),
        ("Dra", {}),  # the last word as a prefix, as typed
        ("draft 2", {}),
        ("reject", {"status": "decided"}),
        ("", {"decision": "reject"}),
        ("", {"status": "draft", "playbook_id": PLAYBOOK.id}),
        ("nothing of the kind", {}),
    ],
)
def test_a_search_typed_while_the_record_opens_is_the_one_search_gives(
    record: Database, database_url: str, order: str, text: str, filters: dict[str, str]
) -> None:
    """A search typed at the first page, before the record is open, reads models.search's own
    statement with the plain driver: same rows, same order, same count, same snippets."""
    for limit, offset, count_limit in ((100, 0, 1000), (2, 1, 3), (3, 0, None)):
        fast = read_search_page(database_url, text, order=order, limit=limit, offset=offset,
                                count_limit=count_limit, **filters)
        slow = search_assessments(record, text, order=order, limit=limit, offset=offset,
                                  count_limit=count_limit, **filters)
        assert fast is not None
        assert fast == slow
        if text == "draft":  # not only empty pages compared
            assert fast.rows
        assert [row.snippet for row in fast.rows] == [row.snippet for row in slow.rows]
        assert [row.updated_at for row in fast.rows] == [row.updated_at for row in slow.rows]


def test_a_search_it_cannot_read_plainly_is_left_to_models_search(
    record: Database, database_url: str
) -> None:
    with record.engine.begin() as connection:
        connection.execute(sa.text("UPDATE alembic_version SET version_num = 'older'"))
    assert read_search_page(database_url, "draft", limit=10, count_limit=100) is None


def test_an_empty_record_has_an_empty_first_page(database: Database, database_url: str) -> None:
    fast = read_first_page(database_url, limit=100, count_limit=1000)
    assert fast is not None and fast == search_first_page(database, 100, 1000)
    assert (fast.rows, fast.total, fast.total_exact) == ([], 0, True)


def test_a_database_needing_migration_shows_nothing(record: Database, database_url: str) -> None:
    with record.engine.begin() as connection:
        connection.execute(sa.text("UPDATE alembic_version SET version_num = 'older'"))
    assert read_first_page(database_url, limit=100, count_limit=1000) is None


def test_a_new_or_foreign_sqlite_file_is_left_alone(tmp_path: Path) -> None:
    missing = tmp_path / "new.db"
    assert read_first_page(sqlite_url(missing), limit=100, count_limit=1000) is None
    assert not missing.exists()  # never created: open_database creates and migrates it
    other = tmp_path / "other.db"
    sqlite3.connect(other).execute("CREATE TABLE t (x)").connection.close()
    assert read_first_page(sqlite_url(other), limit=100, count_limit=1000) is None
    damaged = tmp_path / "damaged.db"
    damaged.write_bytes(b"not a database at all" * 100)
    assert read_first_page(sqlite_url(damaged), limit=100, count_limit=1000) is None


def test_an_unreachable_server_shows_nothing() -> None:
    url = "postgresql+psycopg://nobody@127.0.0.1:9/concert"  # the discard port: refused
    assert read_first_page(url, limit=100, count_limit=1000) is None


@pytest.mark.parametrize(
    "url",
    [
        "sqlite://",
        "sqlite:///:memory:",
        "sqlite:///file:x.db",
        "sqlite:///x.db?mode=ro",
        "sqlite+pysqlite:///x.db",
        "postgresql+psycopg://u@h/db?sslmode=require",
        "postgresql+psycopg2://u@h/db",
        "postgresql://u@h/db",
        "mysql://u@h/db",
        "not a url",
    ],
)
def test_anything_but_a_plain_url_is_left_to_the_normal_opening(url: str) -> None:
    assert plain_url(url) is None
    assert read_first_page(url, limit=100, count_limit=1000) is None


def test_plain_urls_name_what_sqlalchemy_names() -> None:
    from sqlalchemy.engine import make_url

    for url in ("sqlite:////tmp/a b/c%3Fd.db", "sqlite:///relative.db",
                "postgresql+psycopg://us%40er:p%3Ass@db.example:5433/concert",
                "postgresql+psycopg://someone@[::1]/concert"):  # fmt: skip
        plain, parsed = plain_url(url), make_url(url)
        assert plain is not None
        assert plain.database == parsed.database
        assert (plain.username, plain.password) == (parsed.username, parsed.password)
        assert (plain.host, plain.port) == (parsed.host, parsed.port)
