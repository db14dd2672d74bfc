"""The SQL of one search (models.search.search_assessments), built without SQLAlchemy.

Both ways of running a search use it: models.search through SQLAlchemy once the record is open,
and models.first_page with the plain driver while it opens (History's first page, and a search
typed before the opening is done). One statement, one set of parameters, one way of turning its
rows into a SearchPage: the two cannot drift apart. Importing this module costs nothing at
start-up (no database library).

A page can come with its count (one statement) or without it (`count=False`), and the count then
on its own (`count_statement`, built from the same matching parts); its rows can leave out their
indexed text (`snippet_text=False`), read after for the snippets (`snippet_text_statement`).
Searching as one types, History shows the page at once and the rest a moment later: counting up
to 1,000 matches, or reading 100 rows' text, cost more than the page itself (bench/README.md,
"The count off the keystroke's path").
"""

from __future__ import annotations

import json
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from models.errors import InvalidInput
from models.search_rows import AssessmentRow, MatchCount, SearchPage
from models.search_text import SnippetFinder, query_tokens

ORDERS = ("newest", "oldest", "title", "relevance")
# The columns of every row a search statement returns, in this order.
COLUMNS = ("total", "id", "title", "playbook_id", "status", "verdict", "decision", "updated_at",
           "revision", "root_id", "content")
# Parameters holding a moment (aware datetime): SQLAlchemy binds them as models.tables does.
MOMENT_PARAMETERS = ("date_from", "date_to")
# PostgreSQL: the text matches a login may see (models.migrations.ddl_0014).
CLEARED_MATCHES = "concert_cleared_matches"
# PostgreSQL: the first text matches a login may see, in the order of the last change
# (models.migrations.ddl_0015).
CLEARED_WALK = "concert_cleared_walk"
# PostgreSQL, with text: up to how many matches a page is sorted from rather than walked (at
# least the count's window). A page of p rows walked from a table of N rows where m match reads
# about p N / m rows, and sorting every match reads m, each about as costly (the tsvector read
# and matched): the two meet at m = sqrt(p N). concert_cleared_walk stops walking at the same
# number of rows. (At 100k records and 100 rows: 3,162.)
SORT_WINDOW = ("SELECT CAST(greatest(:count_window, ceil(sqrt(CAST(:walk_limit AS float8) "
               "* greatest(t.reltuples, 0)))) AS integer) AS n FROM pg_class t "
               "WHERE t.oid = CAST('assessment_search' AS regclass)")


@dataclass(frozen=True)
class SearchStatement:
    sql: str  # named parameters (:name)
    params: dict[str, Any]
    tokens: list[str]  # the query's words (models.search_text), for snippets
    prefix: bool  # the last word matches as a prefix
    count_limit: int | None
    counted: bool = True  # False: the page alone (its rows carry no count)
    limit: int = 50
    offset: int = 0
    snippet_text: bool = True  # False: the rows without their indexed text (snippet_texts)
    # PostgreSQL, a text search's page alone: an EXPLAIN of the matching, run first with
    # TABLE_ROWS (expected_matches() of the two goes to chosen()), and the page read in order
    # that chosen() may pick.
    estimate_sql: str | None = None
    walk_sql: str | None = None

    def chosen(self, expected_matches: float) -> SearchStatement:
        """The statement to run once the planner expects `expected_matches` matches. More than
        the count's window: the page alone, read in order and stopped after the page (walk_sql;
        its rows carry no count, asked for after as on SQLite). Otherwise this statement, whose
        page is chosen by counting the first matches and carries that count. Counting first
        costs more than the page when a word is common (bench, 100k: 20 ms against 3 ms), and
        the planner's estimate costs half a millisecond; it errs low (a word in 6,500 rows was
        expected in 440), which only sends a search to the count, never a rare word to a walk
        through the whole table."""
        if self.walk_sql is None or expected_matches <= (self.count_limit or 0):
            return replace(self, estimate_sql=None, walk_sql=None)
        return replace(self, sql=self.walk_sql, counted=False, estimate_sql=None,
                       walk_sql=None)  # fmt: skip


# PostgreSQL: the rows of the search table, as the statistics last counted them (-1: never).
TABLE_ROWS = "SELECT reltuples FROM pg_class WHERE oid = CAST('assessment_search' AS regclass)"


def expected_matches(explained: Iterable[Sequence[Any]], table_rows: float | None) -> float:
    """The matches the planner expects in the whole table, from the one row of the
    `EXPLAIN (FORMAT JSON)` of SearchStatement.estimate_sql (the matches, then every row, as the
    login reads them) and TABLE_ROWS. Under row-level security the planner also takes out a
    share of the rows for the policy, a guess (half, for ours) that says nothing of what the
    login may see: the share of the rows that match, times the table's rows, leaves it out (an
    official cleared to every level otherwise counted where the owner walked: 35 against 7 ms)."""
    plan = next(iter(explained))[0]
    if isinstance(plan, str):
        plan = json.loads(plan)
    top = plan[0]["Plan"]
    parts = [part for part in top.get("Plans", []) if top["Node Type"] == "Append"
             and part.get("Parent Relationship") == "Member"]  # not its InitPlans
    if len(parts) != 2:  # the matching left out of the plan: filters nothing can pass
        return 0.0
    matched, everyone = (float(part["Plan Rows"]) for part in parts)
    return matched / max(everyone, 1.0) * max(table_rows or 0.0, everyone)


@dataclass(frozen=True)
class CountStatement:
    sql: str  # named parameters (:name); one row, one column: the matches, up to the limit + 1
    params: dict[str, Any]
    count_limit: int | None


def search_statement(
    dialect: str,
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
) -> SearchStatement:
    """The statement of models.search.search_assessments (see there for the arguments) on a
    database of `dialect` ("sqlite" or "postgresql"); with `count=False`, of the page alone;
    with `snippet_text=False`, its rows without their indexed text."""
    if order not in ORDERS:
        raise InvalidInput(f"unknown order {order!r} (expected one of {', '.join(ORDERS)})")
    if limit < 0 or offset < 0:
        raise InvalidInput("limit and offset cannot be negative")
    query, tokens, prefix = _filtered_query(
        dialect, text, order, playbook_id=playbook_id, status=status, verdict=verdict,
        decision=decision, date_from=date_from, date_to=date_to, ids=ids,
    )
    query.snippet_text = snippet_text
    # PostgreSQL, with text: the page's plan is chosen by counting the first count_limit + 1
    # matches (see _Query), so the page needs that count anyway and carries it.
    counted = count or (query.text and dialect != "sqlite" and count_limit is not None)
    estimate_sql = walk_sql = None
    if counted:
        sql = query.sql(limit=limit, offset=offset, count_limit=count_limit)
        if not count and order in ("newest", "oldest"):
            # The page alone was asked for, in an order the table can be read in (its index on
            # updated_at): the planner's estimate of the matches says whether to read it so.
            estimate_sql = (f"EXPLAIN (FORMAT JSON) {query.walk_matches()} "
                            "UNION ALL SELECT 1 FROM assessment_search s")
            walk_sql = query.page_sql(limit=limit, offset=offset, walk=True)
    else:
        sql = query.page_sql(limit=limit, offset=offset)
    return SearchStatement(sql, query.params, tokens, prefix, count_limit, counted, limit,
                           offset, snippet_text, estimate_sql, walk_sql)  # fmt: skip


def snippet_text_statement(dialect: str, ids: Collection[str]) -> tuple[str, dict[str, Any]]:
    """The indexed text of the assessments `ids` (rows: id, text), for the snippets of a page
    read without it."""
    params = {"ids": json.dumps(sorted(ids))}
    if dialect == "sqlite":
        return ("SELECT s.assessment_id, t.content FROM assessment_search s "
                "JOIN assessment_search_text t ON t.doc_id = s.doc_id "
                "WHERE s.assessment_id IN (SELECT value FROM json_each(:ids))"), params
    return ("SELECT assessment_id, content FROM assessment_search_text WHERE assessment_id IN "
            "(SELECT json_array_elements_text(CAST(:ids AS json)))"), params


def count_statement(
    dialect: str,
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
) -> CountStatement:
    """The count alone of what search_statement's page is cut from (the same matching text and
    filters): the count `search_statement(..., count=True)` gives, in its own statement."""
    query, _tokens, _prefix = _filtered_query(
        dialect, text, "newest", playbook_id=playbook_id, status=status, verdict=verdict,
        decision=decision, date_from=date_from, date_to=date_to, ids=ids,
    )
    return CountStatement(query.count_sql(count_limit=count_limit), query.params, count_limit)


def _filtered_query(
    dialect: str,
    text: str,
    order: str,
    *,
    playbook_id: str | None,
    status: str | tuple[str, ...] | list[str] | None,
    verdict: str | tuple[str, ...] | list[str] | None,
    decision: str | tuple[str, ...] | list[str] | None,
    date_from: date | datetime | None,
    date_to: date | datetime | None,
    ids: Collection[str] | None,
) -> tuple[_Query, list[str], bool]:
    """The matching text and the filters, shared by the page and the count."""
    tokens, prefix = query_tokens(text or "")
    query = _Query(dialect, tokens, prefix, order)
    if playbook_id is not None:
        query.where("s.playbook_id = :playbook_id", playbook_id=playbook_id)
    for name, wanted in (("status", status), ("verdict", verdict), ("decision", decision)):
        values = _as_list(wanted)
        if values is not None:
            query.where_in(f"s.{name}", name, values)
    if ids is not None:
        listed = ("SELECT value FROM json_each(:ids)" if dialect == "sqlite"
                  else "SELECT json_array_elements_text(CAST(:ids AS json))")
        query.where(f"s.assessment_id IN ({listed})", ids=json.dumps(sorted(ids)))
    if date_from is not None:
        query.where("s.updated_at >= :date_from", date_from=_moment(date_from))
    if isinstance(date_to, datetime):
        query.where("s.updated_at <= :date_to", date_to=_moment(date_to))
    elif date_to is not None:
        query.where("s.updated_at < :date_to", date_to=_moment(date_to) + timedelta(days=1))
    return query, tokens, prefix


def search_page(statement: SearchStatement, found: Iterable[Sequence[Any]]) -> SearchPage:
    """The page of the rows `statement` returned (columns in COLUMNS' order, `updated_at` a
    UTC-aware datetime). A page read without its count (`counted=False`) says what it knows:
    shorter than asked, it is the last, so the count is the rows up to it; full, the count is
    still to be asked for (SearchPage.counted)."""
    found = list(found)
    finder = SnippetFinder(statement.tokens, statement.prefix) if statement.tokens else None
    rows = [
        AssessmentRow(
            id=r[1], title=r[2], playbook_id=r[3], status=r[4], verdict=r[5], decision=r[6],
            updated_at=r[7], revision=r[8], root_id=r[9], content=r[10] or "",
            find_snippet=finder.snippet if finder is not None else None,
        )
        for r in found
        if r[1] is not None  # the one row of an empty page carries only the count
    ]  # fmt: skip
    with_text = statement.snippet_text or not statement.tokens
    if not statement.counted:
        known = len(rows) < statement.limit  # the last page: every match is before its end
        return SearchPage(rows=rows, total=statement.offset + len(rows), total_exact=known,
                          counted=known, snippet_text=with_text)  # fmt: skip
    total = int(found[0][0])
    count_limit = statement.count_limit
    return SearchPage(
        rows=rows,
        total=min(total, count_limit) if count_limit is not None else total,
        total_exact=count_limit is None or total <= count_limit,
        snippet_text=with_text,
    )


def match_count(statement: CountStatement, found: Iterable[Sequence[Any]]) -> MatchCount:
    """The count of the one row `statement` returned."""
    total = int(next(iter(found))[0])
    count_limit = statement.count_limit
    return MatchCount(
        total=min(total, count_limit) if count_limit is not None else total,
        exact=count_limit is None or total <= count_limit,
    )


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


class _Query:
    """The SQL of one search, in one statement: the matches in the asked order, the page among
    them with its rows and their indexed text (for snippets), and the count (up to a limit).

    Only fixed text and named parameters go into it, never user text; statements of the same
    shape are compiled once (see _statement). How the count and the page share their work:
    - SQLite, with text: the text index yields matches newest first (doc_id order, see
      reindex_assessment) and stops early, so the first count_limit + 1 matches are taken
      once, counted, and the page is cut from them;
    - PostgreSQL, with text: the first count_limit + 1 matches come from the text index,
      through the owner's function that keeps what the login is cleared to see (a bitmap
      scan, planned for all matches: a count stopping early otherwise reads the table in
      order, 70 ms for a word in 1 of 15 rows). When they are all there are, the page is
      sorted from them; otherwise the page is planned like any "first 100 in order". The
      page alone in the order of the last change is read so without counting when the
      planner expects more matches than the count's window (SearchStatement.chosen);
    - without text, the count and the page are separate parts of the statement.
    The page alone (page_sql) and the count alone (count_sql) are built from the same parts."""

    def __init__(self, dialect: str, tokens: list[str], prefix: bool, order: str) -> None:
        self.dialect = dialect
        self.text = bool(tokens)
        self.conditions: list[str] = []
        self.params: dict[str, Any] = {}
        self.title_order = order == "title"
        # PostgreSQL, with text: how many matches the owner's function returns at most (SQL: a
        # parameter or a subquery; NULL, all of them). See sql() and count_sql().
        self.match_limit = "NULL"
        self.snippet_text = True  # the rows' indexed text, for snippets
        sqlite = dialect == "sqlite"
        if self.text and sqlite:
            self.source = "assessment_fts f"
            self.match = "assessment_fts MATCH :fts_query"
            self.ref = "f.rowid"  # = assessment_search.doc_id
            self.params["fts_query"] = _fts5_query(tokens, prefix)
        elif self.text:
            # The matching search rows come from the owner's function (migration 0014), for
            # every login: it matches through the text index and keeps what the login is
            # cleared to see. The match written here could not use the index under row-level
            # security (an official's search read every row to find a rare word). The match
            # stays written out for the page of a search with more matches than it counts
            # (see sql()), which walks the table in order.
            self.source = f"{CLEARED_MATCHES}(CAST(:ts_query AS tsquery), {{match_limit}}) s"
            self.match = ""
            self.walk_match = "s.document @@ CAST(:ts_query AS tsquery)"
            # A walk in the order of the last change with nothing else asked for comes from
            # the owner's function, which tests the match before the clearance (under the
            # policies each row read is first looked up for its clearance).
            self.walk_function = ""
            if order in ("newest", "oldest"):
                self.walk_function = (f"{CLEARED_WALK}(CAST(:ts_query AS tsquery), "
                                      "CAST(:walk_limit AS integer), "
                                      f"{'TRUE' if order == 'oldest' else 'FALSE'}) s")
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
            # The function's rows leave the tsvector out (reading it costs ~20 µs a row).
            rank = [("(SELECT ts_rank(r.document, CAST(:ts_query AS tsquery)) FROM "
                     "assessment_search r WHERE r.assessment_id = s.assessment_id)", "DESC")]
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

    def _matches(self, columns: str, *, order: bool = True, extra: str = "",
                 walk: bool = False, estimated: bool = False) -> str:
        """SELECT `columns` (the reference and the order keys, or "1" to count) FROM the
        matching rows [ORDER BY the keys]. `walk` (PostgreSQL, with text): for a plan that
        walks the rows in order and stops after a page: the owner's function when nothing but
        the text is asked for in the order of the last change, else the table read under its
        policies and matched row by row, as also for the planner's estimate (`estimated`)."""
        source, match = self.source.replace("{match_limit}", self.match_limit), self.match
        if walk and self.walk_function and not self.conditions and not estimated:
            source, match = self.walk_function, ""
        elif walk:
            source, match = "assessment_search s", self.walk_match
        joins_assessment = self.title_order and columns != "1"  # for lower(a.title)
        if source.startswith("assessment_fts") and (self.conditions or joins_assessment):
            source += " JOIN assessment_search s ON s.doc_id = f.rowid"
        if joins_assessment:
            source += " JOIN assessment a ON a.id = s.assessment_id"
        conditions = [c for c in (match, *self.conditions, extra) if c]
        where = f" WHERE {' AND '.join(conditions)}" if conditions else ""
        ordered = ", ".join(f"{key} {way}" for key, way in self.keys)
        return f"SELECT {columns} FROM {source}{where}" + (f" ORDER BY {ordered}" if order else "")

    def sql(self, *, limit: int, offset: int, count_limit: int | None) -> str:
        self.params.update(limit=limit, offset=offset, walk_limit=limit + offset)
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
            gate, window = "(SELECT n FROM c)", "(SELECT n FROM w)"
            if not self.conditions:  # the function's first matches are the first that count
                self.match_limit = window
            ctes = (
                f"w AS ({SORT_WINDOW}), "
                f"matched AS MATERIALIZED ({self._matches(columns, order=False)}), "
                f"firsts AS (SELECT * FROM matched LIMIT {window}), "
                "c AS (SELECT count(*) AS n FROM firsts), "
                f"p AS ((SELECT * FROM firsts WHERE {gate} < {window} "
                f"ORDER BY {by_alias} {page}) UNION ALL "
                f"({self._matches(columns, extra=f'{gate} >= {window}', walk=True)} "
                f"{page}))"
            )
        else:
            counted = self._matches("1", order=False)
            if count_limit is not None:
                counted += " LIMIT :count_window"
            ctes = (
                f"p AS ({self._matches(columns)} {page}), "
                f"c AS (SELECT count(*) AS n FROM ({counted}) counted)"
            )
        return self._rows(ctes, "c.n", "c LEFT JOIN p ON 1 = 1")

    def page_sql(self, *, limit: int, offset: int, walk: bool = False) -> str:
        """The page alone: the first rows in order, as a raw "first 100 in order" query plans
        them (on SQLite the text index yields them newest first and stops after the page).
        PostgreSQL with text and a count limit: `walk`, the table read in order and matched
        row by row, when the planner expects many matches (SearchStatement.chosen); else its
        page is chosen by its count (search_statement takes sql())."""
        self.params.update(limit=limit, offset=offset, walk_limit=limit + offset)
        keys = ", ".join(f"{key} AS k{number}" for number, (key, _) in enumerate(self.keys))
        matches = self._matches(f"{self.ref} AS ref, {keys}", walk=walk)
        return self._rows(f"p AS ({matches} LIMIT :limit OFFSET :offset)", "NULL", "p")

    def walk_matches(self) -> str:
        """PostgreSQL, with text: the matching rows as the walk reads them (the match written
        out, under the table's row-level security), for the planner to estimate."""
        return self._matches("1", order=False, walk=True, estimated=True)

    def count_sql(self, *, count_limit: int | None) -> str:
        """The count alone, up to count_limit + 1 matches: what sql()'s count part gives."""
        postgresql_text = self.text and self.dialect != "sqlite"
        if count_limit is not None and postgresql_text and not self.conditions:
            # The function's first matches are the first that count: it need return no more.
            self.match_limit = "CAST(:count_window AS integer)"
        counted = self._matches("1", order=False)
        if count_limit is not None:
            self.params["count_window"] = count_limit + 1
            if postgresql_text:
                # Planned for all matches (a bitmap scan), as sql() does: planned for the
                # first 1,001, PostgreSQL reads the table in order and filters it.
                return (f"WITH matched AS MATERIALIZED ({counted}) SELECT count(*) AS n "
                        "FROM (SELECT 1 FROM matched LIMIT :count_window) firsts")
            counted += " LIMIT :count_window"
        return f"SELECT count(*) AS n FROM ({counted}) counted"

    def _rows(self, ctes: str, total: str, source: str) -> str:
        """The statement giving each row of the page `p` (from `ctes`) its columns, in order,
        with `total` as the count; `source` joins the count part to the page."""
        if self.dialect == "sqlite":
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
        with_text = self.text and self.snippet_text
        return (
            f"WITH {ctes} "
            f"SELECT {total} AS total, a.id, a.title, a.playbook_id, a.status, d.verdict, "
            "d.decision, a.updated_at, a.revision, a.root_id, "
            f"{'t.content' if with_text else 'NULL'} AS content "
            f"FROM {source} {row} "
            "LEFT JOIN decision d ON d.assessment_id = a.id "
            f"{text if with_text else ''}ORDER BY {page_order}"
        )


def _moment(value: date | datetime) -> datetime:
    if isinstance(value, datetime):
        return value if value.tzinfo else value.replace(tzinfo=UTC)
    return datetime.combine(value, time.min, tzinfo=UTC)


def _as_list(value: str | tuple[str, ...] | list[str] | None) -> list[str] | None:
    if value is None:
        return None
    return [value] if isinstance(value, str) else list(value)
