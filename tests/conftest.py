"""Shared fixtures: an isolated user folder for every test, and a fresh database per test.

`database_url`: a migrated database with no assessments (SQLite file in tmp_path, or a fresh
PostgreSQL database when CONCERT_TEST_PG_URL is set). `database`: that database, opened.
Tests using either are marked `db`, so CI can run them again on PostgreSQL with `-m db`.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The test CA's key is encrypted at rest (reports.identity); every test, and every command a
# test runs, unlocks it with this.
os.environ.setdefault("CONCERT_CA_PASSPHRASE", "TEST CA of the test suite")

from models.db import Database
from models.opening import open_record
from tests.support import PostgresDatabases, copy_sqlite, make_sqlite_template

DB_FIXTURES = {"database_url", "database"}


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if DB_FIXTURES & set(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.db)


@pytest.fixture(autouse=True)
def _isolated_user_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    monkeypatch.setenv("CONCERT_DATA_DIR", str(tmp_path / "user-data"))
    monkeypatch.delenv("CONCERT_DB_URL", raising=False)


@pytest.fixture(scope="session")
def _database_template(tmp_path_factory: pytest.TempPathFactory) -> Iterator[object]:
    pg_url = os.environ.get("CONCERT_TEST_PG_URL")
    if pg_url:
        databases = PostgresDatabases(pg_url)
        databases.create_template()
        yield databases
        databases.close()
    else:
        yield make_sqlite_template(tmp_path_factory.mktemp("db-template"))


@pytest.fixture
def database_url(_database_template: object, tmp_path: Path) -> Iterator[str]:
    if isinstance(_database_template, PostgresDatabases):
        with _database_template.fresh() as url:
            yield url
    else:
        assert isinstance(_database_template, Path)
        yield copy_sqlite(_database_template, tmp_path / "concert.db")


@pytest.fixture
def database(database_url: str) -> Iterator[Database]:
    db = open_record(database_url)
    yield db
    db.close()


@pytest.fixture
def empty_database_url(_database_template: object, tmp_path: Path) -> Iterator[str]:
    """A database with no schema at all (what a new record starts as)."""
    if isinstance(_database_template, PostgresDatabases):
        with _database_template.fresh(migrated=False) as url:
            yield url
    else:
        yield f"sqlite:///{tmp_path / 'empty.db'}"
