"""Moving an assessment to another version of its playbook: answers carried over where still
valid, the others listed with the reason, the revision chain kept, everything audited."""

from __future__ import annotations

import json

import pytest
import sqlalchemy as sa

from models.audit_check import verify_chain
from models.db import Database
from models.errors import InvalidInput, RecordFrozen
from models.tables import AuditEntry, MemberPosition, PlaybookFile
from models.version_move import move_to_version, plan_move
from models.workflow import (
    EvidenceInput,
    create_assessment,
    decide,
    load_assessment,
    save_answer,
)
from playbooks.loader import load_playbook_text
from tests.models.sample import PLAYBOOK_YAML, add_members, sample_playbook

OLD = sample_playbook()
NEW_YAML = (
    PLAYBOOK_YAML.replace('version: "1.0"', 'version: "2.0"', 1)
    # grade 2 is gone: an answer of 2 must be answered again
    .replace("          - {value: 2, label: grave}\n", "", 1)
    # the free-text summary is no longer asked
    .replace(
        """      - id: summary
        prompt: What is the harm?
        guidance: Two sentences.
        kind: text
        required: false
""",
        """      - id: necessity
        prompt: Is acting necessary now?
        guidance: Yes or no.
        kind: yes_no
""",
        1,
    )
    .replace("prompt: Member positions", "prompt: What position has each member taken?", 1)
)
NEW = load_playbook_text(NEW_YAML, "test-2.0.yaml")
EVIDENCE = (EvidenceInput("Satellite images", "Imagery cell", "B", 2),)


def _draft(db: Database) -> str:
    add_members(db)
    draft = create_assessment(db, OLD, title="Interdiction", crisis="Strait", actor="analyst")
    for question_id, value, extra in (
        ("gravity", 2, {"rationale": "Mass atrocities", "evidence": EVIDENCE,
                        "confidence": "high"}),
        ("summary", "Grave harm at sea", {}),
        ("lawful", True, {"rationale": "Article 51"}),
        ("positions", {"CAN": "endorse", "DEU": "oppose"}, {}),
    ):
        save_answer(db, draft, question_id, value, actor="analyst", playbook=OLD, **extra)
    return draft


def test_a_draft_moves_with_its_valid_answers_and_lists_the_others(database: Database) -> None:
    draft = _draft(database)
    result = move_to_version(database, draft, NEW, actor="editor", old_playbook=OLD)

    plan = result.plan
    assert (plan.from_version, plan.to_version) == ("1.0", "2.0")
    assert plan.carried == ("lawful", "positions")
    assert plan.reworded == (
        ("positions", "prompt reworded: “Member positions” → “What position has each member "
         "taken?”"),
    )
    assert plan.cleared == (
        ("gravity", "its answer (2) is not valid (expected one of the grades 0, 1)"),
    )
    assert plan.dropped == (("summary", "version 2.0 no longer asks it"),)
    assert plan.new_questions == ("necessity",)

    moved = load_assessment(database, result.assessment_id)
    old = load_assessment(database, draft)
    assert (moved.status, moved.revision, moved.supersedes_id) == ("draft", 2, draft)
    assert (moved.playbook_version, moved.playbook_hash) == ("2.0", NEW.content_hash)
    assert (moved.title, moved.crisis, moved.root_id) == ("Interdiction", "Strait", old.root_id)
    assert (old.status, old.superseded_by_id) == ("superseded", moved.id)
    assert set(old.answers) == {"gravity", "summary", "lawful", "positions"}  # kept as it was
    assert set(moved.answers) == {"gravity", "lawful", "positions"}
    gravity = moved.answers["gravity"]
    assert gravity.value is None  # to answer again, with its rationale and evidence at hand
    assert (gravity.rationale, gravity.confidence) == ("Mass atrocities", "high")
    assert [(e.summary, e.reliability, e.credibility) for e in gravity.evidence] == [
        ("Satellite images", "B", 2)
    ]
    assert moved.answers["lawful"].value is True
    assert moved.answers["lawful"].rationale == "Article 51"
    assert moved.answers["lawful"].answered_by == "analyst"
    assert moved.answers["positions"].value == {"CAN": "endorse", "DEU": "oppose"}
    with database.session() as session:
        rows = session.execute(
            sa.select(MemberPosition.member_iso, MemberPosition.position)
            .where(MemberPosition.assessment_id == moved.id)
            .order_by(MemberPosition.member_iso)
        ).all()
        kept = session.execute(sa.select(PlaybookFile.sha256)).scalars().all()
        entry = session.execute(
            sa.select(AuditEntry).where(AuditEntry.action == "assessment.migrate")
        ).scalar_one()
    assert [tuple(r) for r in rows] == [("CAN", "endorse"), ("DEU", "oppose")]
    assert set(kept) == {OLD.content_hash, NEW.content_hash}
    payload = json.loads(entry.payload)
    assert (entry.actor, entry.entity_id) == ("editor", moved.id)
    assert payload["supersedes_id"] == draft and payload["to_hash"] == NEW.content_hash
    assert set(payload["answers"]) == {"gravity", "lawful", "positions"}
    assert (payload["cleared"], payload["dropped"]) == (["gravity"], ["summary"])
    assert verify_chain(database).ok

    # The new draft is answered under the new version, and the old one no longer changes.
    save_answer(database, moved.id, "gravity", 1, actor="analyst", playbook=NEW)
    with pytest.raises(RecordFrozen):
        save_answer(database, draft, "gravity", 1, actor="analyst", playbook=OLD)


def test_the_plan_is_shown_before_anything_moves(database: Database) -> None:
    draft = _draft(database)
    plan = plan_move(load_assessment(database, draft), OLD, NEW)
    assert plan.lines() == [
        "2 answer(s) carried over from version 1.0 to 2.0",
        "  carried, the question changed: positions: prompt reworded: “Member positions” → "
        "“What position has each member taken?”",
        "  answer to answer again: gravity: its answer (2) is not valid (expected one of the "
        "grades 0, 1)",
        "  dropped: summary: version 2.0 no longer asks it",
        "  new question: necessity",
    ]
    assert load_assessment(database, draft).status == "draft"


def test_a_decided_assessment_is_revised_first(database: Database) -> None:
    draft = _draft(database)
    decide(database, draft, decision="approve", by="Minister", playbook=OLD)
    with pytest.raises(InvalidInput, match="is decided: only a draft moves to another playbook "
                       "version; revise it first"):
        move_to_version(database, draft, NEW, actor="editor", old_playbook=OLD)
    result = move_to_version(database, draft, NEW, actor="editor", old_playbook=OLD, revise=True)
    old = load_assessment(database, draft)
    assert (old.status, old.superseded_by_id) == ("superseded", result.assessment_id)
    assert old.decision is not None  # the decided record stays as it was
    assert load_assessment(database, result.assessment_id).revision == 2
    with pytest.raises(RecordFrozen, match="already superseded"):
        move_to_version(database, draft, NEW, actor="editor", revise=True)
    assert verify_chain(database).ok


def test_only_another_version_of_the_same_playbook(database: Database) -> None:
    draft = _draft(database)
    with pytest.raises(InvalidInput, match=r"already follows test-joint-action 1\.0"):
        move_to_version(database, draft, OLD, actor="editor")
    other = load_playbook_text(PLAYBOOK_YAML.replace("id: test-joint-action", "id: other", 1))
    with pytest.raises(InvalidInput, match="an assessment moves only between versions of its "
                       "own playbook"):
        move_to_version(database, draft, other, actor="editor")
    assert load_assessment(database, draft).status == "draft"
