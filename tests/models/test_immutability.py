"""Decided records cannot change, whatever program writes: the database's triggers refuse it."""

from __future__ import annotations

import pytest
import sqlalchemy as sa

from models.db import Database
from models.memos import store_memo
from models.records import SignatureInput
from models.workflow import EvidenceInput, add_dissent, decide, load_assessment
from tests.models.sample import add_members
from tests.models.tamper import raw_sql
from tests.models.test_workflow import PLAYBOOK, answer, complete_draft, new_draft

PDF = b"%PDF-1.7\n% a memo\n%%EOF\n"


@pytest.fixture
def decided(database: Database) -> str:
    add_members(database)
    assessment_id = complete_draft(database)
    answer(
        database,
        assessment_id,
        "positions",
        {"CAN": "endorse"},
        evidence=[EvidenceInput("Cable", "Embassy", "B", 2)],
    )
    decide(database, assessment_id, decision="approve", by="minister", playbook=PLAYBOOK)
    add_dissent(database, assessment_id, reviewer="Legal adviser", text="Thin legal basis")
    store_memo(
        database,
        assessment_id=assessment_id,
        pdf=PDF,
        stage="drafted",
        actor="clerk",
        signatures=[SignatureInput("drafting_official", "A. Drafter", "ab" * 32)],
    )
    return assessment_id


EVIDENCE = "(SELECT e.id FROM evidence_item e JOIN answer w ON w.id = e.answer_id WHERE w.assessment_id = :a)"  # noqa: E501
DECISION = "(SELECT id FROM decision WHERE assessment_id = :a)"

REFUSED = [
    "UPDATE answer SET value = '0' WHERE assessment_id = :a AND question_id = 'gravity'",
    "UPDATE answer SET rationale = 'nothing to see' WHERE assessment_id = :a",
    "DELETE FROM answer WHERE assessment_id = :a AND question_id = 'lawful'",
    "INSERT INTO answer (id, assessment_id, question_id, value, rationale, answered_at,"
    " answered_by) VALUES ('x', :a, 'summary', '\"late\"', '', CURRENT_TIMESTAMP, 'intruder')",
    f"UPDATE evidence_item SET reliability = 'A' WHERE id IN {EVIDENCE}",
    f"DELETE FROM evidence_item WHERE id IN {EVIDENCE}",
    "UPDATE member_position SET position = 'oppose' WHERE assessment_id = :a",
    "DELETE FROM member_position WHERE assessment_id = :a",
    "UPDATE assessment SET title = 'Something else' WHERE id = :a",
    "UPDATE assessment SET status = 'draft' WHERE id = :a",
    "UPDATE assessment SET status = 'superseded', superseded_by_id = id, title = 'x' WHERE id = :a",
    "DELETE FROM assessment WHERE id = :a",
    "UPDATE decision SET decision = 'reject' WHERE assessment_id = :a",
    "DELETE FROM decision WHERE assessment_id = :a",
    f"UPDATE dissent SET text = 'I agree after all' WHERE decision_id = {DECISION}",
    f"DELETE FROM dissent WHERE decision_id = {DECISION}",
    "UPDATE memo SET stage = 'countersigned' WHERE assessment_id = :a",
    "DELETE FROM memo WHERE assessment_id = :a",
    "UPDATE memo_signature SET signer = 'Someone else'",
    "DELETE FROM memo_signature",
    "UPDATE audit_entry SET actor = 'nobody' WHERE seq = 2",
    "DELETE FROM audit_entry WHERE seq = (SELECT max(seq) FROM audit_entry)",
    "UPDATE audit_head SET seq = seq - 1",
    "DELETE FROM audit_head",
]


@pytest.mark.parametrize("statement", REFUSED, ids=[s[:60] for s in REFUSED])
def test_direct_sql_cannot_change_a_decided_record(
    database: Database, decided: str, statement: str
) -> None:
    before = load_assessment(database, decided)
    with pytest.raises(sa.exc.DBAPIError, match="frozen:"):
        raw_sql(database, statement, a=decided)
    assert load_assessment(database, decided) == before


@pytest.mark.parametrize("table", ["answer", "decision", "audit_entry", "memo", "assessment"])
def test_truncate_is_refused_on_postgresql(database: Database, decided: str, table: str) -> None:
    if database.dialect != "postgresql":
        pytest.skip("SQLite has no TRUNCATE")
    with pytest.raises(sa.exc.DBAPIError, match="frozen:"):
        raw_sql(database, f"TRUNCATE {table} CASCADE")


def test_an_audit_entry_must_continue_the_chain(database: Database, decided: str) -> None:
    with pytest.raises(sa.exc.DBAPIError, match="frozen:"):
        raw_sql(
            database,
            "INSERT INTO audit_entry (seq, at, actor, action, entity_type, entity_id, payload,"
            " prev_hash, entry_hash) VALUES (999, CURRENT_TIMESTAMP, 'x', 'x', 'x', 'x', '{}',"
            " :zero, :fake)",
            zero="0" * 64,
            fake="f" * 64,
        )


def test_drafts_stay_editable_by_sql(database: Database) -> None:
    assessment_id = new_draft(database)
    answer(database, assessment_id, "gravity", 1)
    raw_sql(
        database, "UPDATE answer SET rationale = 'edited' WHERE assessment_id = :a", a=assessment_id
    )
    raw_sql(database, "UPDATE assessment SET title = 'Renamed' WHERE id = :a", a=assessment_id)
    record = load_assessment(database, assessment_id)
    assert record.title == "Renamed" and record.answers["gravity"].rationale == "edited"
