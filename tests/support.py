"""Database set-up for tests: migrate a template once per session, copy it for each test.

SQLite: the template file is copied with SQLite's backup API. PostgreSQL (CONCERT_TEST_PG_URL):
`CREATE DATABASE … TEMPLATE …` copies a migrated database in milliseconds, and each test's
database is dropped afterwards.
"""

from __future__ import annotations

import sqlite3
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import sqlalchemy as sa
from sqlalchemy.engine import make_url

from models.opening import open_record


def make_sqlite_template(folder: Path) -> Path:
    path = folder / "template.db"
    open_record(f"sqlite:///{path}").close()
    return path


def copy_sqlite(template: Path, target: Path) -> str:
    source = sqlite3.connect(template)
    copy = sqlite3.connect(target)
    try:
        source.backup(copy)
    finally:
        copy.close()
        source.close()
    return f"sqlite:///{target}"


class PostgresDatabases:
    """Creates databases next to the one CONCERT_TEST_PG_URL names (which must be a superuser's)."""

    def __init__(self, admin_url: str) -> None:
        self._admin_url = make_url(admin_url).set(drivername="postgresql+psycopg")
        self._admin = sa.create_engine(self._admin_url, isolation_level="AUTOCOMMIT")
        self._run = uuid.uuid4().hex[:8]
        self.template = f"concert_tmpl_{self._run}"

    def url_of(self, name: str) -> str:
        return self._admin_url.set(database=name).render_as_string(hide_password=False)

    def _execute(self, statement: str) -> None:
        with self._admin.connect() as connection:
            connection.exec_driver_sql(statement)

    def create_template(self) -> None:
        self._execute(f'CREATE DATABASE "{self.template}"')
        open_record(self.url_of(self.template)).close()

    @contextmanager
    def fresh(self, *, migrated: bool = True) -> Iterator[str]:
        """A new database: a copy of the migrated template, or empty."""
        name = f"concert_test_{self._run}_{uuid.uuid4().hex[:12]}"
        template = self.template if migrated else "template0"
        self._execute(f'CREATE DATABASE "{name}" TEMPLATE "{template}"')
        try:
            yield self.url_of(name)
        finally:
            self._execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    def close(self) -> None:
        self._execute(f'DROP DATABASE IF EXISTS "{self.template}" WITH (FORCE)')
        self._admin.dispose()
