"""A decision may name its decider by certificate (migration 0006_decider_certificate): the
SHA-256 fingerprint is frozen with the decision — its record hash and its audit entry cover
it — while decisions from before keep no certificate and verify exactly as they did."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import sqlalchemy as sa

from models.audit_check import verify_chain
from models.db import Database
from models.errors import InvalidInput
from models.opening import open_record
from models.tables import AuditEntry, Decision
from models.workflow import decide, load_assessment
from reports.archive import verify_archive
from tests.models.tamper import without_triggers
from tests.models.test_workflow import PLAYBOOK, complete_draft
from tests.reliability import upgrades

FINGERPRINT = "3f" * 32
SUBJECT = "CN=Ana Lindqvist,O=Ministry,T=Minister"


def _decided(db: Database, fingerprint: str | None = FINGERPRINT) -> str:
    assessment_id = complete_draft(db)
    decide(db, assessment_id, decision="approve", by="Ana Lindqvist", playbook=PLAYBOOK,
           decided_by_certificate=fingerprint, decided_by_subject=SUBJECT if fingerprint else "")
    return assessment_id


def test_the_deciders_certificate_is_recorded_and_audited(database: Database) -> None:
    assessment_id = _decided(database, FINGERPRINT.upper())  # stored in lower case
    decision = load_assessment(database, assessment_id).decision
    assert decision is not None and decision.decided_by_certificate == FINGERPRINT
    assert decision.decided_by_subject == SUBJECT
    with database.session() as session:
        payload = session.execute(
            sa.select(AuditEntry.payload).where(AuditEntry.action == "assessment.decide")
        ).scalar_one()
    payload = json.loads(payload) if isinstance(payload, str) else payload
    assert (payload["decided_by_certificate"], payload["decided_by_subject"]) == (
        FINGERPRINT, SUBJECT)
    assert verify_chain(database).ok


@pytest.mark.parametrize("changed", ["decided_by_certificate = '" + "00" * 32 + "'",
                                     "decided_by_certificate = NULL",
                                     "decided_by_subject = 'CN=Someone Else'"])
def test_a_deciders_certificate_changed_behind_the_triggers_is_found(
        database: Database, changed: str) -> None:
    assessment_id = _decided(database)
    without_triggers(database, f"UPDATE decision SET {changed} WHERE assessment_id = :a",
                     a=assessment_id)
    report = verify_chain(database)
    assert not report.ok
    assert assessment_id in report.problem


def test_a_certificate_added_to_a_decision_named_by_name_is_found(database: Database) -> None:
    assessment_id = _decided(database, None)
    assert load_assessment(database, assessment_id).decision.decided_by_certificate == ""
    assert verify_chain(database).ok
    without_triggers(database, "UPDATE decision SET decided_by_certificate = :f, "
                               "decided_by_subject = :s WHERE assessment_id = :a",
                     a=assessment_id, f=FINGERPRINT, s=SUBJECT)
    assert not verify_chain(database).ok


def test_the_deciders_certificate_is_refused_unless_a_sha256_fingerprint(
        database: Database) -> None:
    assessment_id = complete_draft(database)
    with pytest.raises(InvalidInput, match="not a SHA-256 fingerprint"):
        decide(database, assessment_id, decision="approve", by="Ana Lindqvist",
               playbook=PLAYBOOK, decided_by_certificate="abc", decided_by_subject=SUBJECT)
    assert load_assessment(database, assessment_id).status == "draft"


def test_decisions_from_before_the_certificate_keep_their_hash_and_verify(
        tmp_path: Path) -> None:
    url = upgrades.sqlite_from_snapshot("0005_scenario_notes", tmp_path / "old.db")
    db = open_record(url)  # migrates to the newest revision
    try:
        with db.session() as session:
            rows = list(session.execute(sa.select(Decision)).scalars())
        assert rows and all(row.decided_by_certificate is None and row.decided_by_subject is None
                            for row in rows)
        assert verify_chain(db).ok
        report = verify_archive(db)
        assert report.ok, report.problems
    finally:
        db.close()
