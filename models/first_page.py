"""History's first page, read with the database's own driver while SQLAlchemy is still loading.

The desktop opens on History: every assessment, newest first, no search text, no filters.
Opening the record the normal way (models.opening.open_record, then models.search) first imports
SQLAlchemy and SQLModel, which takes most of a second (bench: 100k records, window with its first
page 1.3 s against 0.12 s for a bare window). This module reads the same page with plain
`sqlite3` or `psycopg` in a few milliseconds, so the window can show it at once while the record
is opened properly beside it.

It is only a head start, never a second way in:
- it writes nothing and creates nothing (SQLite: the file must exist, `mode=rw` never makes one);
- it reads only a database whose recorded schema revision is the migration scripts' head, in
  the same snapshot as the page: a database that needs migrating (or is new, or unreadable) gives
  None, and the desktop then waits for open_database's migrations and checks as before;
- anything it is unsure of gives None: a URL that is not plain (query options, unusual drivers),
  any driver error;
- the result equals `models.search.search_assessments(db, "", order="newest", limit=…,
  count_limit=…)` (tests/models/test_first_page.py compares them on SQLite and PostgreSQL).
Later pages and every search go through models.search.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any
from urllib.parse import quote

from models.database_url import NotADatabaseUrl, read_database_url
from models.location import APP_NAME
from models.revision import script_head_revision
from models.search_rows import AssessmentRow, SearchPage

SQLITE_BUSY_TIMEOUT_S = 1.0  # a writer holding the file longer: let the normal opening wait
PG_CONNECT_TIMEOUT_S = 5

# The first page of search_assessments without text or filters, newest first: the page of
# ids in (updated_at DESC, assessment_id) order, joined to the rows it shows.
_PAGE = """
SELECT a.id, a.title, a.playbook_id, a.status, d.verdict, d.decision, a.updated_at,
       a.revision, a.root_id
FROM (SELECT assessment_id, updated_at FROM assessment_search
      ORDER BY updated_at DESC, assessment_id LIMIT {limit}) AS page
JOIN assessment AS a ON a.id = page.assessment_id
LEFT OUTER JOIN decision AS d ON d.assessment_id = a.id
ORDER BY page.updated_at DESC, page.assessment_id
"""
_COUNT = "SELECT count(*) FROM (SELECT 1 FROM assessment_search LIMIT {limit}) AS matches"
_REVISION = "SELECT version_num FROM alembic_version"


@dataclass(frozen=True)
class PlainUrl:
    """A database URL simple enough to hand to the driver directly."""

    dialect: str  # "sqlite" or "postgresql"
    database: str  # SQLite: the file's path; PostgreSQL: the database name
    username: str | None = None
    password: str | None = None
    host: str | None = None
    port: int | None = None


def plain_url(url: str) -> PlainUrl | None:
    """`url` as the driver's parameters, or None when it is anything but a plain
    `sqlite:///PATH` or `postgresql+psycopg://USER:PASSWORD@HOST:PORT/DB` (the normal opening
    then decides what it means, or says what is wrong with it)."""
    try:
        parts = read_database_url(url)
    except NotADatabaseUrl:
        return None
    if parts.query or "?" in url or parts.hosts:  # options or servers it would not apply
        return None
    database = parts.database or ""
    if parts.drivername == "sqlite":
        if parts.username is not None or parts.host or parts.port:
            return None
        if not database or database == ":memory:" or database.startswith("file:"):
            return None
        return PlainUrl("sqlite", database)
    if parts.drivername == "postgresql+psycopg" and database:
        return PlainUrl(
            "postgresql", database, parts.username, parts.password, parts.host, parts.port
        )
    return None


def read_first_page(url: str, *, limit: int, count_limit: int) -> SearchPage | None:
    """History's first page (newest first, no text, no filters) of the record at `url`, with
    at most `count_limit` matches counted; None when it cannot be read this way (see the
    module's description)."""
    target = plain_url(url)
    head = script_head_revision()
    if target is None or head is None:
        return None
    try:
        if target.dialect == "sqlite":
            return _read_sqlite(target, head, limit, count_limit)
        return _read_postgresql(target, head, limit, count_limit)
    except Exception:  # any doubt: the normal opening reads it, and reports what is wrong
        return None


def _read_sqlite(target: PlainUrl, head: str, limit: int, count_limit: int) -> SearchPage | None:
    import sqlite3

    uri = "file:" + quote(target.database, safe="/") + "?mode=rw"
    connection = sqlite3.connect(uri, uri=True, timeout=SQLITE_BUSY_TIMEOUT_S,
                                 isolation_level=None)  # fmt: skip
    try:
        connection.execute("BEGIN")  # one snapshot for the revision, the count and the page
        try:
            return _read(connection.cursor(), "?", head, limit, count_limit)
        finally:
            connection.execute("ROLLBACK")
    finally:
        connection.close()


def _read_postgresql(
    target: PlainUrl, head: str, limit: int, count_limit: int
) -> SearchPage | None:
    import psycopg

    options: dict[str, Any] = {"dbname": target.database, "user": target.username,
                               "password": target.password, "host": target.host,
                               "port": target.port}  # fmt: skip
    options = {key: value for key, value in options.items() if value is not None}
    with psycopg.connect(connect_timeout=PG_CONNECT_TIMEOUT_S, application_name=APP_NAME,
                         **options) as connection:  # fmt: skip
        connection.read_only = True
        connection.isolation_level = psycopg.IsolationLevel.REPEATABLE_READ
        with connection.cursor() as cursor:
            try:
                return _read(cursor, "%s", head, limit, count_limit)
            finally:
                connection.rollback()


def _read(cursor: Any, marker: str, head: str, limit: int, count_limit: int) -> SearchPage | None:
    cursor.execute(_REVISION)
    if [tuple(row) for row in cursor.fetchall()] != [(head,)]:
        return None  # new, older or newer than this code: only open_database may touch it
    cursor.execute(_COUNT.format(limit=marker), (count_limit + 1,))
    total = int(cursor.fetchone()[0])
    cursor.execute(_PAGE.format(limit=marker), (limit,))
    rows = [
        AssessmentRow(
            id=r[0], title=r[1], playbook_id=r[2], status=r[3], verdict=r[4], decision=r[5],
            updated_at=_utc(r[6]), revision=r[7], root_id=r[8],
        )
        for r in cursor.fetchall()
    ]  # fmt: skip
    return SearchPage(rows=rows, total=min(total, count_limit), total_exact=total <= count_limit)


def _utc(value: datetime | str) -> datetime:
    """What models.tables.UTCDateTime gives: SQLite keeps the UTC time as text without a zone,
    PostgreSQL answers in the session's zone."""
    if isinstance(value, str):
        value = datetime.fromisoformat(value)
    if value.tzinfo is None:
        return value.replace(tzinfo=UTC)
    return value.astimezone(UTC)
