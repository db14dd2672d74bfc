"""Two processes writing to one database at once; two people editing one draft."""

from __future__ import annotations

import random

import pytest

from tests.reliability import concurrency
from tests.reliability.harness import FixtureBackend, Identities


@pytest.mark.usefixtures("fork_server")
def test_two_writers_lose_no_update_and_fork_no_chain(backend: FixtureBackend) -> None:
    concurrency.two_writers(backend, 1, 15, random.Random(6)).assert_ok()


def test_the_second_of_two_editors_is_told_to_reload(backend: FixtureBackend) -> None:
    concurrency.stale_edits(backend, 2).assert_ok()


@pytest.mark.usefixtures("fork_server")
def test_memos_issued_at_once_are_all_stored_under_their_own_references(
        backend: FixtureBackend, identities: Identities) -> None:
    """Issue 18: of 8 memos issued at once only 1 was stored ("taken by another memo
    meanwhile; render it again"); each now reserves its reference before rendering."""
    concurrency.memos_at_once(backend, 1, 4, identities).assert_ok()


@pytest.mark.usefixtures("fork_server")
def test_officials_killed_mid_write_under_load_lose_no_acknowledged_write(
        backend: FixtureBackend) -> None:
    concurrency.kills_under_load(backend, 1, 3, random.Random(18)).assert_ok()
