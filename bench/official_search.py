"""Search as you type as an official: row-level security holds the login (issue 18, items 3
and 7), against the owner's raw tsvector page on the same record in the same loop.

The owner owns the tables, so row security never applies to it; an official's search goes
through the owner's function concert_cleared_matches (migration 0014) and the tables' policies.
The official here is cleared to the top level, so it finds the same rows as the owner: the two
figures differ by what the clearance costs, not by what is found.

The official is made on a scratch copy of the cached record, as a ministry's administrator
would (models.roles: `admin roles init`, then `admin grant`), and the copy and the login are
dropped after.
"""

from __future__ import annotations

import statistics
import time
import uuid
from dataclasses import dataclass
from typing import Any

from bench import records
from bench.search_bench import COUNT_LIMIT, PAGE, percentile, raw_query, realistic_queries


@dataclass(frozen=True)
class OfficialFigures:
    queries: int
    app_p95: float  # seconds: the application's search as the official (the page alone)
    app_p50: float
    raw_p95: float  # the raw tsvector page as the owner
    raw_p50: float
    same_results: int  # queries whose page and count were the owner's too


def _scratch_copy(url: str) -> str:
    from sqlalchemy.engine import make_url

    source = make_url(url).database
    target = f"{source[:58]}_rls"
    with records._pg_admin(url) as admin:
        admin.execute(f'DROP DATABASE IF EXISTS "{target}" WITH (FORCE)')
        admin.execute(f'CREATE DATABASE "{target}" TEMPLATE "{source}"')
    return records.postgres_database_url(url, target)


def _drop(server_url: str, copy_url: str, login: str) -> None:
    """Drop the copy (from the cached record's database: not from inside it), then the login."""
    from sqlalchemy.engine import make_url

    with records._pg_admin(server_url) as admin:
        admin.execute(f'DROP DATABASE IF EXISTS "{make_url(copy_url).database}" WITH (FORCE)')
        admin.execute(f'DROP ROLE IF EXISTS "{login}"')


def measure(owner: Any, official: Any, queries: list[str]) -> OfficialFigures:
    """Each query once as the official (the application's search: the page History waits for,
    as bench.search_bench measures it) and once as the owner (raw page), interleaved, after a
    warm-up pass. The official's page and count (asked for after the page when it does not
    carry it, as History does; not timed) are compared with the owner's."""
    from models.search import count_matches, search_assessments

    def history_page(db: Any, text: str) -> Any:
        return search_assessments(db, text, limit=PAGE, count_limit=COUNT_LIMIT, count=False,
                                  snippet_text=False)  # fmt: skip

    def total(db: Any, text: str, page: Any) -> int:
        return page.total if page.counted else count_matches(
            db, text, count_limit=COUNT_LIMIT).total

    app_times: list[float] = []
    raw_times: list[float] = []
    same = 0
    with owner.engine.connect() as connection:
        for text in queries[:20]:
            history_page(official, text)
            raw_query(owner, text, "s.updated_at")(connection)
        connection.rollback()
        for text in queries:
            started = time.perf_counter()
            page = history_page(official, text)
            app_times.append(time.perf_counter() - started)
            raw = raw_query(owner, text, "s.updated_at")
            started = time.perf_counter()
            raw(connection)
            raw_times.append(time.perf_counter() - started)
            connection.rollback()
            mine = history_page(owner, text)
            same += ([r.id for r in mine.rows], total(owner, text, mine)) == (
                [r.id for r in page.rows], total(official, text, page))
    return OfficialFigures(
        queries=len(queries),
        app_p95=percentile(app_times, 0.95),
        app_p50=statistics.median(app_times),
        raw_p95=percentile(raw_times, 0.95),
        raw_p50=statistics.median(raw_times),
        same_results=same,
    )


def official_figures(url: str, queries: int) -> OfficialFigures:
    """The measure on a scratch copy of the PostgreSQL record at `url` (its owner's URL)."""
    from sqlalchemy.engine import make_url

    from models.opening import open_record
    from models.roles import grant_official, init_roles

    copy = _scratch_copy(url)
    login = f"concert_bench_official_{uuid.uuid4().hex[:8]}"
    try:
        owner = open_record(copy)
        try:
            init_roles(owner)
            grant_official(owner, login, "reader", name="Bench official",
                           clearance="TOP SECRET", actor="bench")  # fmt: skip
            official_url = make_url(copy).set(username=login, password=None)
            official = open_record(official_url.render_as_string(hide_password=False))
            try:
                return measure(owner, official, realistic_queries(owner, queries))
            finally:
                official.close()
        finally:
            owner.close()
    finally:
        _drop(url, copy, login)
