"""The start-up steps (models.opening): the database's floor opens and migrates only; seeding
the member registry is its own step, which the command line and the desktop both run, and a new
record still gets the default registry with exactly one audit entry."""

from __future__ import annotations

from pathlib import Path

import pytest
import sqlalchemy as sa

from desktop.opening import RecordOpening
from models.audit_check import verify_chain
from models.db import Database
from models.members import default_registry_path, load_registry_file, registry_entries
from models.opening import open_database, open_record
from models.registry_import import DEFAULT_REGISTRY_ACTOR
from models.registry_revisions import current_revision
from models.tables import AuditEntry
from tests.cli.conftest import run_main

pytestmark = pytest.mark.db


def _entries(db: Database) -> list[tuple[str, str]]:
    with db.session() as session:
        return [tuple(row) for row in session.execute(
            sa.select(AuditEntry.action, AuditEntry.actor).order_by(AuditEntry.seq))]


def _assert_seeded_once(db: Database) -> None:
    default = load_registry_file(default_registry_path())
    assert registry_entries(db) == sorted(default.members, key=lambda entry: entry.iso)
    assert _entries(db) == [("members.import", DEFAULT_REGISTRY_ACTOR)]
    revision = current_revision(db)
    assert revision is not None and revision.revision == 1
    assert verify_chain(db).ok


def test_opening_the_database_creates_its_schema_and_writes_nothing(
    empty_database_url: str,
) -> None:
    db = open_database(empty_database_url)
    try:
        assert registry_entries(db) == []
        assert _entries(db) == []
        assert current_revision(db) is None
    finally:
        db.close()


def test_a_new_record_gets_the_default_registry_and_one_audit_entry_at_start(
    empty_database_url: str,
) -> None:
    db = open_record(empty_database_url)
    try:
        _assert_seeded_once(db)
    finally:
        db.close()
    again = open_record(empty_database_url)  # every start runs the step: it seeds once
    try:
        _assert_seeded_once(again)
    finally:
        again.close()


def test_the_command_line_seeds_a_new_record_before_its_first_command(
    empty_database_url: str,
) -> None:
    listed = run_main("members", "list", db_url=empty_database_url)
    assert listed.code == 0, listed.err
    assert len(listed.out.splitlines()) > 60  # the default registry's members
    db = open_database(empty_database_url)
    try:
        _assert_seeded_once(db)
    finally:
        db.close()


def test_the_desktop_seeds_a_new_record_when_it_opens_it(
    empty_database_url: str, tmp_path: Path
) -> None:
    opening = RecordOpening(empty_database_url, tmp_path)
    db, _catalog = opening.open()
    try:
        _assert_seeded_once(db)
    finally:
        opening.close()
