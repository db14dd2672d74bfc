"""The doors of issue 12 (tests/reliability/doors.py), as fast tests."""

from __future__ import annotations

from pathlib import Path

from tests.reliability import doors


def test_files_are_never_written_over_without_intent_and_stay_private(tmp_path: Path) -> None:
    doors.files(tmp_path).assert_ok()
