"""Fixtures of the fast reliability tests: signing identities, the fork server for child
processes, the fixture database as a scenario backend, and a rich record to tamper with."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.reliability import procs
from tests.reliability.harness import PG_ENV, Backend, FixtureBackend, Identities, make_identities
from tests.reliability.tampering import RichRecord, make_rich_record


@pytest.fixture(scope="session")
def identities(tmp_path_factory: pytest.TempPathFactory) -> Identities:
    return make_identities(tmp_path_factory.mktemp("reliability-identities"))


@pytest.fixture(scope="session")
def fork_server(identities: Identities) -> None:
    """Children forked from a warm server (imports done, identities unlocked)."""
    procs.start_fork_server(identities)


@pytest.fixture
def backend(database_url: str, tmp_path: Path) -> Iterator[FixtureBackend]:
    fixture = FixtureBackend(database_url, tmp_path)
    yield fixture
    fixture.close()


@pytest.fixture(scope="module")
def module_backend(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Backend]:
    """A backend of the kind this run tests (PostgreSQL when CONCERT_TEST_PG_URL is set)."""
    folder = tmp_path_factory.mktemp("reliability-module")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("CONCERT_DATA_DIR", str(folder / "user-data"))
        pg_url = os.environ.get(PG_ENV)
        made = Backend("postgresql" if pg_url else "sqlite", folder, pg_url)
        yield made
        made.close()


@pytest.fixture(scope="module")
def rich_record(module_backend: Backend, identities: Identities,
                tmp_path_factory: pytest.TempPathFactory) -> Iterator[RichRecord]:
    """A decided record with a dissent, its memo in three stages, a trust root; tests change
    copies of it (Backend.clone)."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("CONCERT_DATA_DIR", str(tmp_path_factory.mktemp("rich-user-data")))
        with module_backend.database() as url:
            yield make_rich_record(url, identities)
