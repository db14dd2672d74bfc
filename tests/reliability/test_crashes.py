"""Fast part of the crash scenarios: a few SIGKILLs each, on the test's database (SQLite, or
PostgreSQL when CONCERT_TEST_PG_URL is set). The long run does hundreds:
`python -m tests.reliability.run`."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from tests.reliability import crashes
from tests.reliability.harness import FixtureBackend, Identities

pytestmark = pytest.mark.usefixtures("fork_server")
KILLS = 3


def test_killed_while_saving_answers_loses_no_acknowledged_answer(backend: FixtureBackend
                                                                  ) -> None:
    crashes.crash_answers(backend, KILLS, random.Random(1), per_database=KILLS).assert_ok()


def test_killed_while_recording_decisions_leaves_whole_records(backend: FixtureBackend) -> None:
    crashes.crash_decisions(backend, KILLS, random.Random(2), per_database=KILLS).assert_ok()


def test_killed_while_issuing_memos_stores_no_half_memo_and_tears_no_export(
    backend: FixtureBackend, identities: Identities, tmp_path: Path
) -> None:
    outcome = crashes.crash_memos(backend, KILLS, random.Random(3), identities, tmp_path,
                                  per_database=KILLS)
    outcome.assert_ok()


def test_killed_while_creating_a_database_reopens_whole(backend: FixtureBackend) -> None:
    crashes.crash_first_open(backend, 2, random.Random(4)).assert_ok()
