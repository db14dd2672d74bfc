"""A record written before registry revisions (schema 0002_playbook_store, from its snapshot)
upgrades with its decided records intact: they keep their evaluation snapshot and record hash,
say the registry was not recorded, and the whole archive still verifies."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import sqlalchemy as sa

from models.audit_check import verify_chain
from models.members import content_digest, registry_entries
from models.opening import open_record
from models.registry_revisions import current_revision
from models.tables import Decision
from models.workflow import load_assessment
from reports.archive import verify_archive
from tests.reliability import upgrades


def test_decisions_from_before_registry_revisions_keep_their_snapshot_and_verify(
    tmp_path: Path,
) -> None:
    url = upgrades.sqlite_from_snapshot("0002_playbook_store", tmp_path / "old.db")
    before = _decisions(url)
    assert before  # the snapshot holds decided records
    db = open_record(url)  # migrates to the newest revision; records the baseline
    try:
        after = {row.id: row for row in _rows(db)}
        for old in before:
            new = after[old.id]
            assert (new.evaluation, new.record_hash, new.verdict) == (
                json.loads(old.evaluation), old.record_hash, old.verdict,
            )  # fmt: skip
            assert new.registry_revision is None and new.registry_hash is None
            decision = load_assessment(db, new.assessment_id).decision
            assert decision is not None and decision.registry_revision is None
        baseline = current_revision(db)
        assert baseline is not None and baseline.action == "members.baseline"
        assert baseline.content_hash == content_digest(registry_entries(db))
        assert verify_chain(db).ok
        report = verify_archive(db)
        assert report.ok, report.problems
    finally:
        db.close()
    reopened = open_record(url)  # the baseline is recorded once
    try:
        assert current_revision(reopened) == baseline
    finally:
        reopened.close()


def test_a_memo_of_a_decision_from_before_revisions_says_the_registry_was_not_recorded(
    tmp_path: Path,
) -> None:
    from playbooks.loader import PlaybookCatalog
    from reports.context import build_memo_context
    from reports.registry_text import NOT_RECORDED

    url = upgrades.sqlite_from_snapshot("0002_playbook_store", tmp_path / "old.db")
    db = open_record(url)
    try:
        from models.playbook_store import RecordPlaybooks

        catalog = PlaybookCatalog.load(None, record=RecordPlaybooks(db))
        decided = _rows(db)[0]
        record = load_assessment(db, decided.assessment_id)
        playbook = catalog.by_hash(record.playbook_hash)
        assert playbook is not None
        context = build_memo_context(db, record.id, playbook, reference="T-1", issued_by="me")
        assert context.registry == NOT_RECORDED
    finally:
        db.close()


def _rows(db: Any) -> list[Decision]:
    with db.session() as session:
        return list(session.execute(sa.select(Decision).order_by(Decision.id)).scalars())


def _decisions(url: str) -> list[Any]:
    engine = sa.create_engine(url)
    try:
        with engine.connect() as connection:
            return list(
                connection.execute(
                    sa.text(
                        "SELECT id, assessment_id, evaluation, record_hash, verdict "
                        "FROM decision ORDER BY id"
                    )
                ).all()
            )
    finally:
        engine.dispose()
