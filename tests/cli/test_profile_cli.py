"""The command line records the official the desktop knows: the profile (File > Profile…),
kept in the user's data folder, is the actor of a write made without --by (issue 14 item 4:
"History says created by root"; the command line recorded the operating system's user)."""

from __future__ import annotations

import getpass
import json
from pathlib import Path

import sqlalchemy as sa

from models.location import user_data_dir
from models.opening import open_record
from models.profile import PROFILE_FILE, Profile, read_profile, write_profile
from tests.cli.conftest import EXAMPLES, Run

ANA = Profile("Ana Drafter", "Desk officer", "Crisis Unit")


def _actors(database_url: str) -> tuple[str, str]:
    """The newest assessment's "created by" and its audit entry's actor."""
    db = open_record(database_url)
    try:
        with db.session() as session:
            created_by = session.execute(sa.text(
                "SELECT created_by FROM assessment ORDER BY created_at DESC LIMIT 1")).scalar_one()
            actor = session.execute(sa.text(
                "SELECT actor FROM audit_entry ORDER BY seq DESC LIMIT 1")).scalar_one()
            return created_by, actor
    finally:
        db.close()


def test_a_write_without_by_is_recorded_as_the_profiles_official(cli: Run,
                                                                  database_url: str) -> None:
    write_profile(user_data_dir(), ANA)  # the folder the desktop's File > Profile… writes in
    result = cli("assess", "import", str(EXAMPLES / "port-amsel-evacuation.yaml"))
    assert result.code == 0, result.err
    assert _actors(database_url) == (ANA.actor, ANA.actor)
    assert ANA.actor == "Ana Drafter (Desk officer, Crisis Unit)"

    result = cli("assess", "import", str(EXAMPLES / "port-amsel-evacuation.yaml"),
                 "--by", "Someone Else")
    assert result.code == 0, result.err
    assert _actors(database_url) == ("Someone Else", "Someone Else")  # --by still wins


def test_a_profile_edited_into_something_unrecordable_is_not_used_and_said(
        cli: Run, database_url: str) -> None:
    (user_data_dir() / PROFILE_FILE).write_text(json.dumps({"name": "Ana\u202eDrafter"}),
                                         encoding="utf-8")
    result = cli("assess", "import", str(EXAMPLES / "port-amsel-evacuation.yaml"))
    assert result.code == 0, result.err
    assert f"{PROFILE_FILE}: the profile is not used" in result.err
    assert _actors(database_url) == (getpass.getuser(), getpass.getuser())


def test_the_profile_file_is_the_officials_own_and_survives_a_bad_copy(tmp_path: Path) -> None:
    write_profile(tmp_path, ANA)
    assert read_profile(tmp_path) == ANA
    assert (tmp_path / PROFILE_FILE).stat().st_mode & 0o077 == 0  # owner only
    for broken in (b"", b"[1, 2]", b'{"name": 3}', b'{"name": "  "}', b"\xff\xfe", b"{" * 9):
        (tmp_path / PROFILE_FILE).write_bytes(broken)
        assert read_profile(tmp_path) is None  # as if never set: the desktop asks again
