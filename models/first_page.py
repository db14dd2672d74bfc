"""History's first page, and searches typed before the record is open, read with the database's
own driver while SQLAlchemy is still loading.

The desktop opens on History: every assessment, newest first, no search text, no filters.
Opening the record the normal way (models.opening.open_record, then models.search) first imports
SQLAlchemy and SQLModel, which takes most of a second (bench: 100k records, window with its first
page 1.3 s against 0.12 s for a bare window). This module reads the same page with plain
`sqlite3` or `psycopg` in a few milliseconds, so the window can show it at once while the record
is opened properly beside it; a search typed at that page before the opening is done is read
the same way (bench: "record usable").

It is only a head start, never a second way in:
- it runs models.search's own statement (models.search_sql builds it for both), so a page read
  here is the page models.search gives (tests/models/test_first_page.py compares them on SQLite
  and PostgreSQL);
- it writes nothing and creates nothing (SQLite: the file must exist, `mode=rw` never makes one);
- it reads only a database whose recorded schema revision is the migration scripts' head, in
  the same snapshot as the page: a database that needs migrating (or is new, or unreadable) gives
  None, and the desktop then waits for open_database's migrations and checks as before;
- anything it is unsure of gives None: a URL that is not plain (query options, unusual drivers),
  filters it does not take (dates, a list of ids), any driver error.
Once the record is open, every page and search goes through models.search.
`read_plainly` is that head start for any read (models.assessment_ahead reads an assessment
opened before the record is open with it).
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar
from urllib.parse import quote

from models.database_url import NotADatabaseUrl, read_database_url
from models.location import APP_NAME
from models.plain_reader import Reader, utc
from models.revision import script_head_revision
from models.search_rows import SearchPage
from models.search_sql import search_page, search_statement

T = TypeVar("T")

SQLITE_BUSY_TIMEOUT_S = 1.0  # a writer holding the file longer: let the normal opening wait
PG_CONNECT_TIMEOUT_S = 5

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


def load_driver(url: str) -> None:
    """Import the driver `read_first_page` will use for `url`, ahead of it (start-up calls this
    on a thread as soon as the first window is on screen). For PostgreSQL that is psycopg,
    which takes longer to import than the window's own modules (bench, 2 cores: the window
    waited ~0.4 s for it); sqlite3 costs nothing. Never raises: the read itself says what is
    wrong."""
    target = plain_url(url)
    if target is not None and target.dialect == "postgresql":
        with contextlib.suppress(Exception):  # read_first_page then gives None
            import psycopg  # noqa: F401


def read_first_page(url: str, *, limit: int, count_limit: int) -> SearchPage | None:
    """History's first page (newest first, no text, no filters) of the record at `url`, with
    at most `count_limit` matches counted; None when it cannot be read this way (see the
    module's description)."""
    return read_search_page(url, limit=limit, count_limit=count_limit)


def read_search_page(
    url: str,
    text: str = "",
    *,
    playbook_id: str | None = None,
    status: str | None = None,
    verdict: str | None = None,
    decision: str | None = None,
    order: str = "newest",
    limit: int,
    offset: int = 0,
    count_limit: int | None,
) -> SearchPage | None:
    """The page models.search.search_assessments gives for these arguments (no dates, no ids),
    read with the plain driver; None when it cannot be read this way (see the module's
    description)."""
    dialect = plain_dialect(url)
    if dialect is None:
        return None
    try:
        statement = search_statement(
            dialect, text, playbook_id=playbook_id, status=status, verdict=verdict,
            decision=decision, order=order, limit=limit, offset=offset, count_limit=count_limit,
        )
    except Exception:  # any doubt: the normal opening reads it, and reports what is wrong
        return None

    def read(reader: Reader) -> SearchPage:
        found = [(*row[:7], utc(row[7]) if row[7] is not None else None, *row[8:])
                 for row in reader.rows(statement.sql, statement.params)]  # fmt: skip
        return search_page(statement, found)

    return read_plainly(url, read)


def plain_dialect(url: str) -> str | None:
    """"sqlite" or "postgresql" when `url` can be read with the plain driver, else None."""
    target = plain_url(url)
    return None if target is None else target.dialect


def read_plainly(url: str, read: Callable[[Reader], T]) -> T | None:
    """`read(reader)` on a plain connection to the record at `url`, in one read-only snapshot,
    once its schema revision is checked to be the migration scripts' head; None when it cannot
    be read this way (see the module's description), or `read` raised anything."""
    target = plain_url(url)
    head = script_head_revision()
    if target is None or head is None:
        return None
    try:
        if target.dialect == "sqlite":
            return _read_sqlite(target, head, read)
        return _read_postgresql(target, head, read)
    except Exception:  # any doubt: the normal opening reads it, and reports what is wrong
        return None


def _read_sqlite(target: PlainUrl, head: str, read: Callable[[Reader], T]) -> T | None:
    import sqlite3

    uri = "file:" + quote(target.database, safe="/") + "?mode=rw"
    connection = sqlite3.connect(uri, uri=True, timeout=SQLITE_BUSY_TIMEOUT_S,
                                 isolation_level=None)  # fmt: skip
    try:
        connection.execute("BEGIN")  # one snapshot for the revision and the read
        try:
            return _checked(Reader(connection.cursor(), "sqlite"), head, read)
        finally:
            connection.execute("ROLLBACK")
    finally:
        connection.close()


def _read_postgresql(target: PlainUrl, head: str, read: Callable[[Reader], T]) -> T | None:
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
                return _checked(Reader(cursor, "postgresql"), head, read)
            finally:
                connection.rollback()


def _checked(reader: Reader, head: str, read: Callable[[Reader], T]) -> T | None:
    if reader.rows(_REVISION, {}) != [(head,)]:
        return None  # new, older or newer than this code: only open_database may touch it
    return read(reader)
