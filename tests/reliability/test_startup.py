"""The opening check and the archive check, in-process and through the command line."""

from __future__ import annotations

import sqlalchemy as sa

from models.db import Database
from models.startup import acknowledge_audit_head, check_on_open
from reports.archive import verify_archive
from tests.cli.conftest import run_main
from tests.reliability.harness import PLAYBOOK, complete_draft, triggers_off


def test_opening_a_sound_record_is_quiet_and_remembers_the_head(database: Database) -> None:
    first = check_on_open(database)
    assert first.ok and first.integrity == "ok"
    assert "\n" not in first.status_text
    complete_draft(database)
    again = check_on_open(database)
    assert again.ok and again.last_seen is not None and again.head_seq > first.head_seq


def test_a_chain_cut_back_warns_until_acknowledged(database: Database) -> None:
    complete_draft(database)
    seen = check_on_open(database).head_seq
    with triggers_off(database) as connection:  # cut the last two entries, head moved back
        connection.execute(sa.text("DELETE FROM audit_entry WHERE seq > :keep"),
                           {"keep": seen - 2})
        connection.execute(sa.text(
            "UPDATE audit_head SET seq = :keep, entry_hash = (SELECT entry_hash FROM "
            "audit_entry WHERE seq = :keep) WHERE id = 1"), {"keep": seen - 2})
    warned = check_on_open(database)
    assert not warned.ok
    assert f"this installation saw entry {seen}" in warned.status_text
    assert not check_on_open(database).ok  # it repeats
    acknowledge_audit_head(database)
    assert check_on_open(database).ok


def test_the_archive_check_counts_what_it_checked(database: Database) -> None:
    report = verify_archive(database)
    assert report.ok and report.memos_checked == 0 and report.chain_entries >= 1
    assert str(report).startswith("archive intact:")


def test_audit_verify_archive_on_the_command_line(database_url: str, database: Database) -> None:
    from models.workflow import decide

    assessment_id = complete_draft(database)
    decide(database, assessment_id, decision="approve", by="Minister", playbook=PLAYBOOK)
    intact = run_main("audit", "verify", "--archive", db_url=database_url)
    assert intact.code == 0, intact.err
    assert "archive intact" in intact.out
    with triggers_off(database) as connection:
        connection.execute(sa.text("UPDATE dissent SET text = 'x'"))  # none: still intact
        connection.execute(sa.text("UPDATE answer SET rationale = 'forged' WHERE "
                                   "assessment_id = :id"), {"id": assessment_id})
    broken = run_main("audit", "verify", "--archive", db_url=database_url)
    assert broken.code == 1
    assert "has changed since its decision" in broken.err


def test_audit_verify_runs_the_page_check_that_ordinary_commands_skip(
    database_url: str, database: Database
) -> None:
    """A page header overwritten on disk: `audit verify` says the file failed its integrity
    check (exit 1); ordinary commands open it without paying for that check on every run."""
    import pytest

    if database.dialect != "sqlite":
        pytest.skip("page checks are SQLite's; PostgreSQL checks its own pages")
    for _ in range(3):
        complete_draft(database)
    with database.engine.connect() as connection:
        page_size = connection.exec_driver_sql("PRAGMA page_size").scalar_one()
        page_count = connection.exec_driver_sql("PRAGMA page_count").scalar_one()
    database.close()  # the last connection to close folds the WAL back into the file
    assert page_count > 4
    path = sa.engine.make_url(database_url).database
    assert path
    with open(path, "r+b") as stream:  # an index page in the middle of the file
        stream.seek((page_count // 2) * page_size)
        stream.write(b"\xde\xad\xbe\xef" * 8)
    result = run_main("audit", "verify", db_url=database_url)
    assert result.code in (1, 2), result.err
    assert "integrity" in result.err or "damaged" in result.err
