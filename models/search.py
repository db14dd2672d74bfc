"""Finding assessments: full-text search with filters, the same on SQLite and PostgreSQL.

Querying (`search_assessments`, one statement for the page and its count). What is indexed,
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

import functools
import json
from collections.abc import Collection
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

import sqlalchemy as sa

from models.db import Database, translate_errors
from models.errors import InvalidInput
from models.search_index import reindex_assessment, reindex_assessments
from models.search_rows import AssessmentRow, SearchPage
from models.search_text import SnippetFinder, query_tokens
from models.tables import UTCDateTime

__all__ = ["ORDERS", "reindex_assessment", "reindex_assessments", "search_assessments"]

ORDERS = ("newest", "oldest", "title", "relevance")

# --- querying ---------------------------------------------------------------------------------


def _fts5_query(tokens: list[str], prefix: bool) -> str:
    # Tokens hold only letters, digits and marks, so quoting them needs no escaping.
    quoted = [f'"{token}"' for token in tokens]
    if prefix:
        quoted[-1] += "*"
    return " AND ".join(quoted)


def _tsquery(tokens: list[str], prefix: bool) -> str:
    quoted = [f"'{token}'" for token in tokens]
    if prefix:
        quoted[-1] += ":*"
    return " & ".join(quoted)


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
    """
    if order not in ORDERS:
        raise InvalidInput(f"unknown order {order!r} (expected one of {', '.join(ORDERS)})")
    if limit < 0 or offset < 0:
        raise InvalidInput("limit and offset cannot be negative")
    tokens, prefix = query_tokens(text or "")
    query = _Query(db.dialect, tokens, prefix, order)
    if playbook_id is not None:
        query.where("s.playbook_id = :playbook_id", playbook_id=playbook_id)
    for name, wanted in (("status", status), ("verdict", verdict), ("decision", decision)):
        values = _as_list(wanted)
        if values is not None:
            query.where_in(f"s.{name}", name, values)
    if ids is not None:
        listed = ("SELECT value FROM json_each(:ids)" if db.dialect == "sqlite"
                  else "SELECT json_array_elements_text(CAST(:ids AS json))")
        query.where(f"s.assessment_id IN ({listed})", ids=json.dumps(sorted(ids)))
    if date_from is not None:
        query.where("s.updated_at >= :date_from", date_from=_moment(date_from))
    if isinstance(date_to, datetime):
        query.where("s.updated_at <= :date_to", date_to=_moment(date_to))
    elif date_to is not None:
        query.where("s.updated_at < :date_to", date_to=_moment(date_to) + timedelta(days=1))
    sql = query.sql(limit=limit, offset=offset, count_limit=count_limit)
    found = _fetch(db, _statement(sql), query.params)
    total = found[0].total
    finder = SnippetFinder(tokens, prefix) if tokens else None
    rows = [
        AssessmentRow(
            id=r.id, title=r.title, playbook_id=r.playbook_id, status=r.status,
            verdict=r.verdict, decision=r.decision, updated_at=r.updated_at,
            revision=r.revision, root_id=r.root_id, content=r.content or "",
            find_snippet=finder.snippet if finder is not None else None,
        )
        for r in found
        if r.id is not None  # the one row of an empty page carries only the count
    ]  # fmt: skip
    return SearchPage(
        rows=rows,
        total=min(total, count_limit) if count_limit is not None else total,
        total_exact=count_limit is None or total <= count_limit,
    )


def _fetch(db: Database, statement: sa.TextualSelect, params: dict[str, Any]) -> list[Any]:
    """The rows of one read-only statement (it sees one snapshot by itself)."""
    with translate_errors(db), db.engine.connect() as connection:
        if db.dialect != "postgresql":
            return list(connection.execute(statement, params).all())
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
            return list(connection.execute(statement, params).all())
        finally:
            driver.prepare_threshold = threshold


class _Query:
    """The SQL of one search, in one statement: the matches in the asked order, the page among
    them with its rows and their indexed text (for snippets), and the count (up to a limit).

    Only fixed text and named parameters go into it, never user text; statements of the same
    shape are compiled once (see _statement). How the count and the page share their work:
    - SQLite, with text: the text index yields matches newest first (doc_id order, see
      reindex_assessment) and stops early, so the first count_limit + 1 matches are taken
      once, counted, and the page is cut from them;
    - PostgreSQL, with text: the first count_limit + 1 matches come from the text index (a
      bitmap scan, planned for all matches: a count stopping early otherwise reads the table
      in order, 70 ms for a word in 1 of 15 rows). When they are all there are, the page is
      sorted from them; otherwise the page is planned like any "first 100 in order";
    - without text, the count and the page are separate parts of the statement."""

    def __init__(self, dialect: str, tokens: list[str], prefix: bool, order: str) -> None:
        self.dialect = dialect
        self.text = bool(tokens)
        self.conditions: list[str] = []
        self.params: dict[str, Any] = {}
        self.title_order = order == "title"
        sqlite = dialect == "sqlite"
        if self.text and sqlite:
            self.source = "assessment_fts f"
            self.match = "assessment_fts MATCH :fts_query"
            self.ref = "f.rowid"  # = assessment_search.doc_id
            self.params["fts_query"] = _fts5_query(tokens, prefix)
        elif self.text:
            self.source = "assessment_search s"
            self.match = "s.document @@ CAST(:ts_query AS tsquery)"
            self.ref = "s.assessment_id"
            self.params["ts_query"] = _tsquery(tokens, prefix)
        else:
            self.source = "assessment_search s"
            self.match = ""
            self.ref = "s.doc_id" if sqlite else "s.assessment_id"
        if self.text and sqlite:
            newest = [("f.rowid", "DESC")]
            oldest = [("f.rowid", "ASC")]
            rank = [("f.rank", "ASC")]  # bm25: lower is better
        else:
            newest = [("s.updated_at", "DESC"), ("s.assessment_id", "ASC")]
            oldest = [("s.updated_at", "ASC"), ("s.assessment_id", "ASC")]
            rank = [("ts_rank(s.document, CAST(:ts_query AS tsquery))", "DESC")]
        if self.title_order:
            self.keys = [("lower(a.title)", "ASC"), ("s.assessment_id", "ASC")]
        elif order == "oldest":
            self.keys = oldest
        elif order == "relevance" and self.text:
            self.keys = rank + newest
        else:
            self.keys = newest

    def where(self, condition: str, **params: Any) -> None:
        self.conditions.append(condition)
        self.params.update(params)

    def where_in(self, column: str, name: str, values: list[str]) -> None:
        names = [f"{name}_{number}" for number in range(len(values))]
        if not names:
            self.conditions.append("1 = 0")
            return
        self.where(f"{column} IN ({', '.join(':' + n for n in names)})",
                   **dict(zip(names, values, strict=True)))  # fmt: skip

    def _matches(self, columns: str, *, order: bool = True, extra: str = "") -> str:
        """SELECT `columns` (the reference and the order keys, or "1" to count) FROM the
        matching rows [ORDER BY the keys]."""
        source = self.source
        joins_assessment = self.title_order and columns != "1"  # for lower(a.title)
        if source.startswith("assessment_fts") and (self.conditions or joins_assessment):
            source += " JOIN assessment_search s ON s.doc_id = f.rowid"
        if joins_assessment:
            source += " JOIN assessment a ON a.id = s.assessment_id"
        conditions = [c for c in (self.match, *self.conditions, extra) if c]
        where = f" WHERE {' AND '.join(conditions)}" if conditions else ""
        ordered = ", ".join(f"{key} {way}" for key, way in self.keys)
        return f"SELECT {columns} FROM {source}{where}" + (f" ORDER BY {ordered}" if order else "")

    def sql(self, *, limit: int, offset: int, count_limit: int | None) -> str:
        self.params.update(limit=limit, offset=offset)
        keys = ", ".join(f"{key} AS k{number}" for number, (key, _) in enumerate(self.keys))
        columns = f"{self.ref} AS ref, {keys}"
        by_alias = ", ".join(f"k{number} {way}" for number, (_, way) in enumerate(self.keys))
        page = "LIMIT :limit OFFSET :offset"
        if count_limit is not None:
            self.params["count_window"] = count_limit + 1
        sqlite = self.dialect == "sqlite"
        if self.text and count_limit is not None and sqlite and offset + limit <= count_limit + 1:
            ctes = (
                f"m AS ({self._matches(columns)} LIMIT :count_window), "
                f"p AS (SELECT * FROM m ORDER BY {by_alias} {page}), "
                "c AS (SELECT count(*) AS n FROM m)"
            )
        elif self.text and count_limit is not None and not sqlite:
            gate = "(SELECT n FROM c)"
            ctes = (
                f"matched AS MATERIALIZED ({self._matches(columns, order=False)}), "
                "firsts AS (SELECT * FROM matched LIMIT :count_window), "
                "c AS (SELECT count(*) AS n FROM firsts), "
                f"p AS ((SELECT * FROM firsts WHERE {gate} < :count_window "
                f"ORDER BY {by_alias} {page}) UNION ALL "
                f"({self._matches(columns, extra=f'{gate} >= :count_window')} {page}))"
            )
        else:
            counted = self._matches("1", order=False)
            if count_limit is not None:
                counted += " LIMIT :count_window"
            ctes = (
                f"p AS ({self._matches(columns)} {page}), "
                f"c AS (SELECT count(*) AS n FROM ({counted}) counted)"
            )
        if sqlite:
            row = ("LEFT JOIN assessment_search r ON r.doc_id = p.ref "
                   "LEFT JOIN assessment a ON a.id = r.assessment_id")  # fmt: skip
            text = "LEFT JOIN assessment_search_text t ON t.doc_id = p.ref "
        else:
            # One index lookup per row of the page: joined plainly, PostgreSQL hashes the whole
            # assessment and text tables for a page of 100 (bench, 10k records: 56 of 60 ms).
            # OFFSET 0 keeps the planner from turning the lookup back into such a join.
            row = ("LEFT JOIN LATERAL (SELECT id, title, playbook_id, status, updated_at, "
                   "revision, root_id FROM assessment WHERE id = p.ref OFFSET 0) a ON TRUE")
            text = ("LEFT JOIN LATERAL (SELECT content FROM assessment_search_text "
                    "WHERE assessment_id = p.ref OFFSET 0) t ON TRUE ")
        page_order = ", ".join(f"p.k{number} {way}" for number, (_, way) in enumerate(self.keys))
        return (
            f"WITH {ctes} "
            "SELECT c.n AS total, a.id, a.title, a.playbook_id, a.status, d.verdict, "
            "d.decision, a.updated_at, a.revision, a.root_id, "
            f"{'t.content' if self.text else 'NULL'} AS content "
            f"FROM c LEFT JOIN p ON 1 = 1 {row} "
            "LEFT JOIN decision d ON d.assessment_id = a.id "
            f"{text if self.text else ''}ORDER BY {page_order}"
        )


@functools.lru_cache(maxsize=256)
def _statement(sql: str) -> sa.TextualSelect:
    """The statement for `sql`, built once: its parameters and column types are known."""
    return (
        sa.text(sql)
        .bindparams(
            *(
                sa.bindparam(name, type_=UTCDateTime())
                for name in ("date_from", "date_to")
                if f":{name}" in sql
            )
        )
        .columns(updated_at=UTCDateTime())
    )


def _moment(value: date | datetime) -> datetime:
    if isinstance(value, datetime):
        return value if value.tzinfo else value.replace(tzinfo=UTC)
    return datetime.combine(value, time.min, tzinfo=UTC)


def _as_list(value: str | tuple[str, ...] | list[str] | None) -> list[str] | None:
    if value is None:
        return None
    return [value] if isinstance(value, str) else list(value)
