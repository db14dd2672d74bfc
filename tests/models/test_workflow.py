"""The life of an assessment: drafts, answers, decisions, dissent and revisions."""

from __future__ import annotations

import pytest

from models.db import Database
from models.errors import ConcurrentEdit, InvalidAnswer, InvalidInput, NotFound, RecordFrozen
from models.workflow import (
    EvidenceInput,
    add_dissent,
    answer_values,
    create_assessment,
    decide,
    evaluate_assessment,
    load_assessment,
    revise,
    save_answer,
    update_details,
)
from playbooks.model import Verdict
from tests.models.sample import add_members, sample_playbook

PLAYBOOK = sample_playbook()


def new_draft(db: Database, title: str = "Maritime interdiction in the Strait") -> str:
    return create_assessment(
        db, PLAYBOOK, title=title, proposed_action="Board flagged vessels", actor="analyst"
    )


def answer(db: Database, assessment_id: str, question_id: str, value: object, **kw: object) -> int:
    return save_answer(
        db, assessment_id, question_id, value, actor="analyst", playbook=PLAYBOOK, **kw
    )


def test_a_new_draft_records_its_playbook(database: Database) -> None:
    record = load_assessment(database, new_draft(database))
    assert (record.playbook_id, record.playbook_version) == ("test-joint-action", "1.0")
    assert record.playbook_hash == PLAYBOOK.content_hash
    assert record.status == "draft" and record.revision == 1 and record.root_id == record.id
    assert record.created_at.tzinfo is not None and record.created_at.utcoffset().seconds == 0
    assert record.answers == {} and record.decision is None


def test_each_answer_is_saved_as_given(database: Database) -> None:
    assessment_id = new_draft(database)
    evidence = (
        EvidenceInput("Satellite images of burned villages", "Commercial imagery", "B", 2),
        EvidenceInput("Refugee testimony", "UNHCR interviews", "A", 3),
    )
    version = answer(
        database,
        assessment_id,
        "gravity",
        2,
        rationale="Widespread, systematic",
        confidence="high",
        evidence=evidence,
    )
    record = load_assessment(database, assessment_id)
    assert record.row_version == version == 2
    saved = record.answers["gravity"]
    assert (saved.value, saved.rationale, saved.confidence) == (2, "Widespread, systematic", "high")
    assert [(e.position, e.summary, e.reliability, e.credibility) for e in saved.evidence] == [
        (1, "Satellite images of burned villages", "B", 2),
        (2, "Refugee testimony", "A", 3),
    ]
    # Saving again replaces the answer, evidence included.
    answer(database, assessment_id, "gravity", 1, evidence=evidence[1:])
    saved = load_assessment(database, assessment_id).answers["gravity"]
    assert saved.value == 1 and [e.summary for e in saved.evidence] == ["Refugee testimony"]


def test_a_rationale_can_be_written_before_the_value(database: Database) -> None:
    assessment_id = new_draft(database)
    answer(database, assessment_id, "lawful", None, rationale="Waiting for the legal opinion")
    record = load_assessment(database, assessment_id)
    assert record.answers["lawful"].value is None
    assert "lawful" not in answer_values(record)
    answer(database, assessment_id, "lawful", None)  # nothing left: the answer is cleared
    assert "lawful" not in load_assessment(database, assessment_id).answers


def test_the_callers_value_is_copied_not_kept(database: Database) -> None:
    add_members(database)
    assessment_id = new_draft(database)
    positions = {"CAN": "endorse", "DEU": "abstain"}
    answer(database, assessment_id, "positions", positions)
    positions["CAN"] = "oppose"
    assert load_assessment(database, assessment_id).answers["positions"].value == {
        "CAN": "endorse",
        "DEU": "abstain",
    }


@pytest.mark.parametrize(
    ("question_id", "value", "fragment"),
    [
        ("gravity", 7, "answer to gravity: not valid (expected one of the grades 0, 1, 2)"),
        ("gravity", "2", "expected one of the grades"),
        ("lawful", "yes", "expected true or false"),
        ("positions", {"CAN": "maybe"}, "expected a mapping of ISO 3166-1 alpha-3 codes"),
        ("summary", "harm\x00", "NUL"),
        ("no_such_question", 1, "not a question of playbook test-joint-action 1.0"),
    ],
)
def test_wrong_answers_are_refused_and_change_nothing(
    database: Database, question_id: str, value: object, fragment: str
) -> None:
    assessment_id = new_draft(database)
    with pytest.raises(InvalidAnswer) as caught:
        answer(database, assessment_id, question_id, value)
    assert fragment in str(caught.value)
    assert load_assessment(database, assessment_id).row_version == 1


def test_wrong_details_are_refused(database: Database) -> None:
    assessment_id = new_draft(database)
    for bad in (
        {"confidence": "certain"},
        {"evidence": [EvidenceInput("x", "", "G", 1)]},
        {"evidence": [EvidenceInput("x", "", "A", 7)]},
        {"evidence": [EvidenceInput("")]},
    ):
        with pytest.raises(InvalidInput):
            answer(database, assessment_id, "gravity", 1, **bad)
    with pytest.raises(InvalidInput, match="title: cannot be empty"):
        create_assessment(database, PLAYBOOK, title="  ", actor="analyst")
    with pytest.raises(InvalidInput, match="actor"):
        create_assessment(database, PLAYBOOK, title="ok", actor="")
    assert load_assessment(database, assessment_id).row_version == 1


def test_member_positions_must_name_registered_members(database: Database) -> None:
    add_members(database)
    assessment_id = new_draft(database)
    with pytest.raises(InvalidInput, match="not in the member registry: XYZ"):
        answer(database, assessment_id, "positions", {"CAN": "endorse", "XYZ": "oppose"})
    assert "positions" not in load_assessment(database, assessment_id).answers


def test_a_stale_row_version_is_a_concurrent_edit(database: Database) -> None:
    assessment_id = new_draft(database)
    loaded = load_assessment(database, assessment_id).row_version
    answer(database, assessment_id, "gravity", 2, expected_row_version=loaded)  # first writer
    with pytest.raises(ConcurrentEdit, match="changed elsewhere"):
        answer(database, assessment_id, "lawful", True, expected_row_version=loaded)
    with pytest.raises(ConcurrentEdit):
        update_details(database, assessment_id, title="New", actor="a", expected_row_version=1)
    record = load_assessment(database, assessment_id)
    assert "lawful" not in record.answers and record.title.startswith("Maritime")


def test_details_change_on_a_draft(database: Database) -> None:
    assessment_id = new_draft(database)
    version = update_details(database, assessment_id, crisis="Famine in the north", actor="a")
    record = load_assessment(database, assessment_id)
    assert (record.crisis, record.row_version, record.title) == (
        "Famine in the north",
        version,
        "Maritime interdiction in the Strait",
    )


def test_a_different_playbook_is_refused(database: Database) -> None:
    assessment_id = new_draft(database)
    edited = sample_playbook("edited since")
    with pytest.raises(InvalidInput, match="was made with playbook test-joint-action"):
        save_answer(database, assessment_id, "gravity", 1, actor="a", playbook=edited)
    with pytest.raises(InvalidInput):
        decide(database, assessment_id, decision="defer", by="minister", playbook=edited)


def test_unknown_ids_are_not_found(database: Database) -> None:
    with pytest.raises(NotFound):
        load_assessment(database, "00000000-0000-4000-8000-000000000000")
    with pytest.raises(NotFound):
        answer(database, "nope", "gravity", 1)


# --- deciding -------------------------------------------------------------------------------


def complete_draft(db: Database, gravity: int = 2, lawful: bool = True) -> str:
    assessment_id = new_draft(db)
    answer(db, assessment_id, "gravity", gravity, rationale="Mass atrocities documented")
    answer(db, assessment_id, "lawful", lawful)
    return assessment_id


def test_an_incomplete_assessment_can_only_be_deferred_or_rejected(database: Database) -> None:
    assessment_id = new_draft(database)
    assert evaluate_assessment(database, assessment_id, PLAYBOOK).verdict is (
        Verdict.INSUFFICIENT_INFORMATION
    )
    for decision in ("approve", "approve-with-conditions"):
        with pytest.raises(InvalidInput, match="can only be deferred or rejected"):
            decide(
                database,
                assessment_id,
                decision=decision,
                by="minister",
                justification="crisis",
                playbook=PLAYBOOK,
            )
    assert load_assessment(database, assessment_id).status == "draft"
    decide(database, assessment_id, decision="defer", by="minister", playbook=PLAYBOOK)
    record = load_assessment(database, assessment_id)
    assert record.status == "decided" and record.decision is not None
    assert record.decision.verdict == "insufficient_information"
    assert not record.decision.departs_from_verdict


def test_departing_from_the_verdict_needs_a_justification(database: Database) -> None:
    assessment_id = complete_draft(database, gravity=0)  # the gate fails: not legitimate
    assert evaluate_assessment(database, assessment_id, PLAYBOOK).verdict is Verdict.NOT_LEGITIMATE
    with pytest.raises(InvalidInput, match="departs from the verdict not legitimate"):
        decide(database, assessment_id, decision="approve", by="minister", playbook=PLAYBOOK)
    decision_id = decide(
        database,
        assessment_id,
        decision="approve",
        by="minister",
        justification="Allied obligations outweigh the gap",
        playbook=PLAYBOOK,
    )
    decision = load_assessment(database, assessment_id).decision
    assert decision is not None and decision.id == decision_id
    assert decision.departs_from_verdict and decision.decision == "approve"
    assert decision.justification == "Allied obligations outweigh the gap"


def test_a_decision_freezes_the_record(database: Database) -> None:
    assessment_id = complete_draft(database)
    decide(database, assessment_id, decision="approve", by="Minister Ola", playbook=PLAYBOOK)
    record = load_assessment(database, assessment_id)
    decision = record.decision
    assert decision is not None
    assert decision.verdict == "legitimate" and decision.playbook_hash == PLAYBOOK.content_hash
    assert decision.evaluation["verdict"] == "legitimate"
    assert decision.evaluation["fragility"]["question_id"] == "lawful"
    assert len(decision.record_hash) == 64
    with pytest.raises(RecordFrozen, match="revise it"):
        answer(database, assessment_id, "gravity", 1)
    with pytest.raises(RecordFrozen):
        update_details(database, assessment_id, title="Changed", actor="a")
    with pytest.raises(RecordFrozen):
        decide(
            database, assessment_id, decision="reject", by="m", justification="x", playbook=PLAYBOOK
        )
    assert load_assessment(database, assessment_id) == record


def test_dissent_is_added_to_a_decision(database: Database) -> None:
    assessment_id = complete_draft(database)
    with pytest.raises(InvalidInput, match="no decision"):
        add_dissent(database, assessment_id, reviewer="Legal adviser", text="Too early")
    decide(database, assessment_id, decision="approve", by="minister", playbook=PLAYBOOK)
    add_dissent(database, assessment_id, reviewer="Legal adviser", text="The legal basis is thin")
    decision = load_assessment(database, assessment_id).decision
    assert decision is not None
    assert [(d.reviewer, d.text) for d in decision.dissents] == [
        ("Legal adviser", "The legal basis is thin")
    ]


def test_a_revision_supersedes_and_the_old_record_stays(database: Database) -> None:
    add_members(database)
    assessment_id = complete_draft(database)
    answer(
        database,
        assessment_id,
        "positions",
        {"CAN": "endorse", "JPN": "oppose"},
        evidence=[EvidenceInput("Cable from Ottawa", "Embassy", "B", 2)],
    )
    with pytest.raises(InvalidInput, match="still a draft"):
        revise(database, assessment_id, actor="analyst")
    decide(database, assessment_id, decision="approve", by="minister", playbook=PLAYBOOK)
    before = load_assessment(database, assessment_id)
    new_id = revise(database, assessment_id, actor="analyst")
    old = load_assessment(database, assessment_id)
    new = load_assessment(database, new_id)
    assert old.status == "superseded" and old.superseded_by_id == new_id
    assert old.answers == before.answers and old.decision == before.decision
    assert (new.status, new.revision, new.root_id, new.supersedes_id) == (
        "draft",
        2,
        assessment_id,
        assessment_id,
    )
    assert new.answers == old.answers and new.decision is None
    assert [r.id for r in new.revisions] == [assessment_id, new_id]
    with pytest.raises(RecordFrozen, match="already superseded"):
        revise(database, assessment_id, actor="analyst")
    answer(database, new_id, "gravity", 1)  # the new revision is an ordinary draft
    assert load_assessment(database, assessment_id).answers["gravity"].value == 2
