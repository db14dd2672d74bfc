"""A writer never waits silently: when another session holds the writers' lock longer than the
lock timeout, the write fails with one line naming what it waited for (and on PostgreSQL who
holds it), and nothing is written; once the lock is free, the same write succeeds."""

from __future__ import annotations

import pytest

from models.errors import InvalidInput, WriterBusy
from models.opening import open_record
from models.workflow import create_assessment, load_assessment, save_answer
from tests.models.sample import sample_playbook
from tests.sessions import writers_lock_held

PLAYBOOK = sample_playbook()


def test_a_write_behind_a_held_lock_gives_up_naming_the_holder(
        database_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CONCERT_LOCK_TIMEOUT_S", "0.5")
    db = open_record(database_url)
    try:
        draft = create_assessment(db, PLAYBOOK, title="Held up", actor="analyst")
        before = load_assessment(db, draft).row_version
        with writers_lock_held(database_url) as holder:
            with pytest.raises(WriterBusy) as raised:
                save_answer(db, draft, "gravity", 2, actor="analyst", playbook=PLAYBOOK)
            message = str(raised.value)
            assert message.startswith("the record is being written by another session")
            assert "waited 0.5 s" in message and "try again" in message
            assert "\n" not in message
            if holder is not None:  # PostgreSQL tells who holds it
                assert f"database role {holder}, psql" in message
            assert load_assessment(db, draft).row_version == before  # nothing written
        save_answer(db, draft, "gravity", 2, actor="analyst", playbook=PLAYBOOK)
        assert load_assessment(db, draft).answers["gravity"].value == 2
    finally:
        db.close()


def test_a_bad_lock_timeout_setting_is_one_line_naming_it(
        database_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CONCERT_LOCK_TIMEOUT_S", "soon")
    with pytest.raises(InvalidInput) as raised:
        open_record(database_url)
    assert str(raised.value).startswith(
        "CONCERT_LOCK_TIMEOUT_S='soon': expected the seconds a write may wait")
