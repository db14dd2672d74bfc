"""Finding assessments: full-text search with filters, the same on SQLite and PostgreSQL.

Querying (`search_assessments`, one statement for the page and its count, or the page alone
and then `count_matches`, as History does while one types). What is indexed,
and the index's rows, are models.search_index's (`reindex_assessment`, run inside every workflow
change, and `reindex_assessments` for many at once); both are importable from here too.

Both databases match the same tokens, because the tokens are made in Python, by
models.search_text (what a word is, the query's words, snippets). The index stores those tokens
verbatim (FTS5 'ascii' tokenizer / array_to_tsvector) and a query is built only from quoted
tokens of the same function, so no user text is ever parsed as query syntax: quotes,
AND/OR/NOT, NEAR(, `*`, `-`, `:` and control characters are just text. The last word of the
query matches as a prefix (search as you type).
"""


from __future__ import annotations

import contextlib
import functools
from collections.abc import Collection, Iterator
from datetime import date, datetime
from typing import Any

import sqlalchemy as sa

from models.db import Database, translate_errors
from models.search_index import reindex_assessment, reindex_assessments
from models.search_rows import MatchCount, SearchPage
from models.search_sql import (
    MOMENT_PARAMETERS,
    ORDERS,
    TABLE_ROWS,
    count_statement,
    expected_matches,
    match_count,
    search_page,
    search_statement,
    snippet_text_statement,
)
from models.tables import UTCDateTime

__all__ = ["ORDERS", "count_matches", "reindex_assessment", "reindex_assessments",
           "search_assessments", "snippet_texts"]

# --- querying ---------------------------------------------------------------------------------


def search_assessments(
    db: Database,
    text: str = "",
    *,
    playbook_id: str | None = None,
    status: str | tuple[str, ...] | list[str] | None = None,
    verdict: str | tuple[str, ...] | list[str] | None = None,
    decision: str | tuple[str, ...] | list[str] | None = None,
    date_from: date | datetime | None = None,
    date_to: date | datetime | None = None,
    order: str = "newest",
    limit: int = 50,
    offset: int = 0,
    count_limit: int | None = None,
    ids: Collection[str] | None = None,
    count: bool = True,
    snippet_text: bool = True,
) -> SearchPage:
    """One page of assessments matching `text` (any text) and the filters, and the total count.

    `ids`: only these assessments (e.g. those with a missed call, models.outcome_filters); sent
    as one JSON parameter, however many there are.

    Filters take one value or several. Dates filter on the last change (updated_at): a `date`
    means the whole day (UTC); `date_to` is inclusive. `order`: newest, oldest, title or
    relevance (relevance without text means newest).

    `count_limit`: count at most that many matches (the total is then "more than", see
    SearchPage.total_exact). Searching as one types wants the first page at once; an exact
    count of 90,000 matches costs more than the page (bench, 100k records: 20-50 ms on SQLite,
    about 200 ms on PostgreSQL).

    `count=False`: the page alone, without counting (SearchPage.counted says whether the count
    is still to be asked for, with `count_matches`): even a capped count may cost more than the
    page, so History shows the page first and the count when it comes. PostgreSQL, a text
    search with a `count_limit`: the planner is asked first how many rows it expects to match;
    more than the limit, the page is read in order without counting; fewer, the page is chosen
    by counting its first matches and comes with that count (models.search_sql,
    SearchStatement.chosen).

    `snippet_text=False`: the rows without their indexed text, so without snippets until
    `snippet_texts` is read for them (models.search_rows.with_snippet_text): reading 100 rows'
    text costs more than the page itself on SQLite (bench, 1k records: p95 3.1 against 1.3 ms),
    and History shows a snippet only in a row's tooltip.
    """
    statement = search_statement(
        db.dialect, text, playbook_id=playbook_id, status=status, verdict=verdict,
        decision=decision, date_from=date_from, date_to=date_to, order=order, limit=limit,
        offset=offset, count_limit=count_limit, ids=ids, count=count,
        snippet_text=snippet_text,
    )
    with _reading(db) as connection:
        if statement.estimate_sql is not None:
            explained = connection.execute(sa.text(statement.estimate_sql), statement.params)
            table_rows = connection.execute(sa.text(TABLE_ROWS)).scalar()
            statement = statement.chosen(expected_matches(explained.all(), table_rows))
        found = connection.execute(_statement(statement.sql), statement.params).all()
    return search_page(statement, found)


def count_matches(
    db: Database,
    text: str = "",
    *,
    playbook_id: str | None = None,
    status: str | tuple[str, ...] | list[str] | None = None,
    verdict: str | tuple[str, ...] | list[str] | None = None,
    decision: str | tuple[str, ...] | list[str] | None = None,
    date_from: date | datetime | None = None,
    date_to: date | datetime | None = None,
    count_limit: int | None = None,
    ids: Collection[str] | None = None,
) -> MatchCount:
    """How many assessments match `text` and the filters (at most `count_limit`): the total
    `search_assessments` gives with the page, asked for on its own (arguments as there; the
    order changes no count)."""
    statement = count_statement(
        db.dialect, text, playbook_id=playbook_id, status=status, verdict=verdict,
        decision=decision, date_from=date_from, date_to=date_to, count_limit=count_limit,
        ids=ids,
    )
    return match_count(statement, _fetch(db, _statement(statement.sql), statement.params))


def snippet_texts(db: Database, ids: Collection[str]) -> dict[str, str]:
    """The indexed text of the assessments `ids` (id -> text), for the snippets of rows read
    without it (`search_assessments(..., snippet_text=False)`)."""
    if not ids:
        return {}
    sql, params = snippet_text_statement(db.dialect, ids)
    return {row[0]: row[1] or "" for row in _fetch(db, sa.text(sql), params)}


def _fetch(db: Database, statement: sa.TextClause | sa.TextualSelect,
           params: dict[str, Any]) -> list[Any]:
    """The rows of one read-only statement (it sees one snapshot by itself)."""
    with _reading(db) as connection:
        return list(connection.execute(statement, params).all())


@contextlib.contextmanager
def _reading(db: Database) -> Iterator[sa.Connection]:
    """A connection for read-only statements, each seeing one snapshot by itself."""
    with translate_errors(db), db.engine.connect() as connection:
        if db.dialect != "postgresql":
            yield connection
            return
        # No transaction to begin and end around a single statement.
        connection = connection.execution_options(isolation_level="AUTOCOMMIT")
        # psycopg prepares a statement once it has run five times, and PostgreSQL may then plan
        # it once for all words: a plan made without knowing how common the words are walks the
        # wrong index (bench, 100k records: p50 16 -> 64 ms). Planning it takes about 0.4 ms.
        driver = connection.connection.driver_connection
        assert driver is not None  # an open connection has its driver's
        threshold = driver.prepare_threshold
        driver.prepare_threshold = None
        try:
            yield connection
        finally:
            driver.prepare_threshold = threshold


@functools.lru_cache(maxsize=256)
def _statement(sql: str) -> sa.TextualSelect:
    """The statement for `sql`, built once: its parameters and column types are known."""
    return (
        sa.text(sql)
        .bindparams(
            *(
                sa.bindparam(name, type_=UTCDateTime())
                for name in MOMENT_PARAMETERS
                if f":{name}" in sql
            )
        )
        .columns(updated_at=UTCDateTime())
    )
