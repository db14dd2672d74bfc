"""A command whose write waits behind another session's ends with one line naming what it
waited for (and on PostgreSQL who holds it), exit 2, nothing written: never a silent wait."""

from __future__ import annotations

from tests.cli.conftest import Run
from tests.sessions import writers_lock_held


def test_a_command_behind_a_held_lock_says_what_it_waited_for(cli: Run,
                                                              database_url: str) -> None:
    quick = {"CONCERT_LOCK_TIMEOUT_S": "0.5"}
    with writers_lock_held(database_url) as holder:
        result = cli("assess", "new", "--playbook", "use-of-force", "--title", "Held up",
                     env=quick)
    assert result.code == 2
    assert result.error_line.startswith(
        "concert-desk: the record is being written by another session")
    assert "waited 0.5 s for it, nothing was saved: try again" in result.error_line
    if holder is not None:
        assert f"database role {holder}" in result.error_line
    assert "INSERT" not in result.err and "SELECT" not in result.err
    assert "Held up" not in cli("assess", "list").out
    assert cli("assess", "new", "--playbook", "use-of-force", "--title", "Held up",
               env=quick).code == 0
