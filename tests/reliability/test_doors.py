"""The doors of issue 12 (tests/reliability/doors.py), as fast tests."""

from __future__ import annotations

from pathlib import Path

from tests.reliability import decider_doors, doors


def test_files_are_never_written_over_without_intent_and_stay_private(tmp_path: Path) -> None:
    doors.files(tmp_path).assert_ok()


def test_every_bad_input_is_one_clear_line_and_changes_nothing(tmp_path: Path) -> None:
    doors.bad_inputs(tmp_path).assert_ok()


def test_a_stored_memo_is_exported_again_and_never_issued_twice(tmp_path: Path) -> None:
    doors.memo_exports(tmp_path).assert_ok()


def test_references_are_unique_across_records_and_restores(tmp_path: Path) -> None:
    doors.references(tmp_path).assert_ok()


def test_a_rolled_back_record_refuses_writes_until_accepted(tmp_path: Path) -> None:
    doors.rollback(tmp_path).assert_ok()


def test_only_the_deciders_own_certificate_countersigns(tmp_path: Path) -> None:
    decider_doors.decider_doors(tmp_path).assert_ok()
