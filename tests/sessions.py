"""Other sessions on a test's database, as a second official or a stray client would open
them: a PostgreSQL login role of its own, and a connection holding the writers' lock."""

from __future__ import annotations

import sqlite3
import uuid
from collections.abc import Iterator
from contextlib import contextmanager

import sqlalchemy as sa
from sqlalchemy.engine import make_url


@contextmanager
def login_role(database_url: str, *grants: str) -> Iterator[tuple[str, str]]:
    """A new PostgreSQL login role with only `grants` (SQL after GRANT, e.g. "SELECT ON ALL
    TABLES IN SCHEMA public"), and the URL of the test database as that role (the local
    server trusts local logins). Yields (role, url); the role is dropped after."""
    admin = sa.create_engine(database_url, isolation_level="AUTOCOMMIT")
    role = f"concert_official_{uuid.uuid4().hex[:10]}"
    try:
        with admin.connect() as connection:
            connection.exec_driver_sql(f'CREATE ROLE "{role}" LOGIN')
            for grant in grants:
                connection.exec_driver_sql(f'GRANT {grant} TO "{role}"')
        yield role, make_url(database_url).set(username=role, password=None).render_as_string(
            hide_password=False)
    finally:
        with admin.connect() as connection:
            connection.exec_driver_sql(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = "
                f"'{role}'")
            connection.exec_driver_sql(f'DROP OWNED BY "{role}"')
            connection.exec_driver_sql(f'DROP ROLE "{role}"')
        admin.dispose()


@contextmanager
def official_login(database_url: str, kind: str) -> Iterator[tuple[str, str]]:
    """A new login made an official of group `kind` (models.roles: "reader", "drafter", ...)
    in the test's database, the groups set up first; yields (login, url) as login_role does."""
    from models.opening import open_record
    from models.roles import grant_official, init_roles

    with login_role(database_url) as (role, url):
        owner = open_record(database_url)
        try:
            init_roles(owner)
            grant_official(owner, role, kind, name=f"Test {kind}", actor="DBA")
        finally:
            owner.close()
        yield role, url


@contextmanager
def writers_lock_held(database_url: str) -> Iterator[str | None]:
    """Another session holding the writers' lock until the block ends: on PostgreSQL a role
    with only the rights the lock needs, locking the row of write_lock in an open transaction
    (yields its name); on SQLite a connection in a write transaction (yields None: SQLite
    cannot tell who holds it)."""
    if database_url.startswith("sqlite"):
        path = make_url(database_url).database or ""
        connection = sqlite3.connect(path, isolation_level=None)
        try:
            connection.execute("BEGIN IMMEDIATE")
            yield None
        finally:
            connection.rollback()
            connection.close()
        return
    with login_role(database_url, "SELECT, UPDATE ON write_lock") as (role, url):
        engine = sa.create_engine(url, connect_args={"application_name": "psql"})
        try:
            with engine.connect() as connection:
                connection.execute(sa.text("SELECT id FROM write_lock WHERE id = 1 FOR UPDATE"))
                yield role
                connection.rollback()
        finally:
            engine.dispose()
