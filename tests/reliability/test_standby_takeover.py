"""A standby that takes over (issue 19 item 2): a primary killed mid-writes, its synchronous
standby promoted, the client and the command line carrying on with the same URL, no
acknowledged write lost; History reading from a standby, a write there refused in one line.
The scenarios and what they check: tests/reliability/standby.py. Skipped where the PostgreSQL
server binaries are absent."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.pg_server import needs_pg_binaries
from tests.reliability.standby import Pair, read_only_standby, standby_pair, takeover

pytestmark = needs_pg_binaries


@pytest.fixture
def pair() -> Iterator[Pair]:
    with standby_pair() as made:
        yield made


def test_the_standby_takes_over_with_every_acknowledged_write_and_the_client_carries_on(
    pair: Pair, tmp_path: Path
) -> None:
    outcome = takeover(pair, tmp_path)
    print("\n" + "\n".join(outcome.notes))
    outcome.assert_ok()


def test_history_reads_from_a_standby_and_a_write_there_is_refused_in_one_line(
    pair: Pair,
) -> None:
    read_only_standby(pair).assert_ok()
