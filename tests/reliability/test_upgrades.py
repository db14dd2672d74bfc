"""Every schema revision's database opens (migrated) with every record verifiable; a failing
migration leaves the database as it was."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.reliability import upgrades
from tests.reliability.harness import Backend

pytestmark = pytest.mark.db


def test_every_revision_has_a_snapshot() -> None:
    missing = [r for r in upgrades.revisions() if not upgrades.snapshot_path(r).exists()]
    assert not missing, ("make the snapshot of each new revision with its code: "
                         "python -m tests.reliability.upgrades freeze")


def test_databases_of_every_revision_upgrade_and_verify(module_backend: Backend,
                                                        tmp_path: Path) -> None:
    upgraded, failed = upgrades.upgrade_outcomes(module_backend, tmp_path)
    upgraded.assert_ok()
    failed.assert_ok()


def _kept_and_stored_by(url: str) -> list[tuple[str, str]]:
    import sqlalchemy as sa

    from models.opening import open_record

    db = open_record(url)
    try:
        with db.engine.connect() as connection:
            rows = connection.execute(sa.text(
                "SELECT f.sha256, e.actor FROM playbook_file f JOIN audit_entry e "
                "ON e.entity_id = f.sha256 AND e.action = 'playbook.store'")).all()
        from models.audit_check import verify_chain

        assert verify_chain(db).ok
    finally:
        db.close()
    return [tuple(row) for row in rows]


def test_the_upgrade_keeps_the_installed_playbooks_that_assessments_used(
        module_backend: Backend, tmp_path: Path) -> None:
    """Upgrading a record of revision 0001: the playbook its assessments used is installed in
    the user folder, so the record keeps a copy of it, audited, and reads it once it is gone."""
    from models.db import user_data_dir
    from models.opening import open_record
    from models.playbook_store import RecordPlaybooks, playbooks_not_kept
    from models.records import load_assessment
    from playbooks.loader import PlaybookCatalog
    from tests.models.sample import PLAYBOOK_YAML, sample_playbook

    folder = user_data_dir() / "playbooks"
    folder.mkdir(parents=True)
    (folder / "test.yaml").write_text(PLAYBOOK_YAML, "utf-8")
    with upgrades.database_at(module_backend, "0001", tmp_path) as url:
        kept = _kept_and_stored_by(url)
        assert kept == [(sample_playbook().content_hash,
                         "concert-desk (upgrade 0002: playbooks kept in the record)")]
        (folder / "test.yaml").unlink()
        db = open_record(url)
        try:
            assert playbooks_not_kept(db) == []
            catalog = PlaybookCatalog.load(folder, record=RecordPlaybooks(db))
            with db.engine.connect() as connection:
                decided = connection.exec_driver_sql(
                    "SELECT assessment_id FROM decision").scalars().first()
            record = load_assessment(db, decided)
            playbook = catalog.by_hash(record.playbook_hash)
            assert playbook is not None and catalog.origin(playbook) == "record"
        finally:
            db.close()


def test_the_upgrade_names_the_playbooks_it_cannot_find(
        module_backend: Backend, tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    from models.opening import open_record
    from models.playbook_store import playbooks_not_kept
    from tests.models.sample import sample_playbook

    with upgrades.database_at(module_backend, "0001", tmp_path) as url:
        with caplog.at_level("WARNING", logger="concert_desk.migrations"):
            assert _kept_and_stored_by(url) == []
        hash_ = sample_playbook().content_hash
        assert (f"playbook test-joint-action 1.0 (hash {hash_[:12]}…), used by 4 "
                "assessment(s), is not installed here") in caplog.text
        db = open_record(url)
        try:
            (unkept,) = playbooks_not_kept(db)
            assert (unkept.sha256, unkept.assessments) == (hash_, 4)
        finally:
            db.close()
