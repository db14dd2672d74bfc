"""The member registry is versioned: every change is an audited revision with the hash of the
whole registry; decisions record the revision they were judged against; a decided membership
review changes a standing only through an applied, audited revision (docs/method.md, "Member
registry")."""

from __future__ import annotations

from pathlib import Path

import pytest
import sqlalchemy as sa

from models.audit_check import verify_chain
from models.db import Database
from models.errors import InvalidInput, RecordFrozen
from models.members import content_digest, registry_entries, registry_to_yaml
from models.membership_reviews import applicable_reviews, apply_review
from models.registry_import import import_registry
from models.registry_revisions import (
    current_revision,
    member_history,
    registry_at,
    registry_history,
)
from models.tables import AuditEntry
from models.workflow import create_assessment, decide, load_assessment, revise, save_answer
from playbooks.loader import PlaybookCatalog
from playbooks.model import Playbook
from tests.models.sample import A_CONDITION

ESTABLISHED = {
    "last_elections": 4,
    "peaceful_transfer": True,
    "observer_confidence": "high",
    "political_rights_level": 3,
    "opposition_free": True,
    "speech_guaranteed": True,
    "assembly_guaranteed": True,
    "religion_guaranteed": True,
    "enforcement": 3,
    "judicial_independence": 3,
    "executive_complies": True,
    "corruption": "rare",
    "years_democratic": 70,
    "reversal_likelihood": "almost_no_chance",
    "military_subordinate": True,
}


@pytest.fixture(scope="module")
def review_playbook() -> Playbook:
    # Version 1.0 pinned: its questions are the ones answered here, whatever later versions ask.
    return PlaybookCatalog.load(None).get("membership-review", "1.0")


def decided_review(
    db: Database, playbook: Playbook, title: str, decision: str, justification: str = ""
) -> str:
    assessment_id = create_assessment(db, playbook, title=title, actor="analyst")
    for question_id, value in ESTABLISHED.items():
        save_answer(db, assessment_id, question_id, value, actor="analyst", playbook=playbook)
    conditions = [A_CONDITION] if decision == "approve_with_conditions" else []
    decide(db, assessment_id, decision=decision, by="Minister", justification=justification,
           playbook=playbook, conditions=conditions)  # fmt: skip
    return assessment_id


def standing(db: Database, iso: str) -> str:
    return next(e.standing for e in registry_entries(db) if e.iso == iso)


def last_entry(db: Database) -> AuditEntry:
    with db.session() as session:
        return session.execute(
            sa.select(AuditEntry).order_by(AuditEntry.seq.desc()).limit(1)
        ).scalar_one()


def test_a_new_registry_is_revision_1_with_the_hash_of_its_members(database: Database) -> None:
    info = current_revision(database)
    assert info is not None and info.revision == 1
    assert info.registry_version == "2026-12-fiw2024"
    assert info.content_hash == content_digest(registry_entries(database))
    assert registry_at(database, 1) == registry_entries(database)


def test_an_import_that_changes_the_registry_is_a_new_audited_revision(
    database: Database, tmp_path: Path
) -> None:
    path = tmp_path / "change.yaml"
    path.write_text(
        "format_version: 2\nregistry_version: local-1\nmembers:\n"
        "  - iso: MEX\n    name: Mexico\n    population: 128455000\n    population_year: 2023\n"
        "    standing: candidate\n    review_reference: applied 2026\n"
        '    reviewed_on: "2026-12-05"\n    index_status: partly_free\n',
        encoding="utf-8",
    )
    import_registry(database, path, actor="registrar")
    info = current_revision(database)
    assert info is not None and (info.revision, info.registry_version) == (2, "local-1")
    assert info.content_hash == content_digest(registry_entries(database))
    entry = last_entry(database)
    assert entry.action == "members.import" and f'"registry_revision":{info.revision}' in (
        entry.payload
    )
    assert [c.after.iso for c in member_history(database, "MEX")] == ["MEX"]
    assert "MEX" not in {e.iso for e in registry_at(database, 1)}
    assert verify_chain(database).ok


def test_a_decision_records_the_registry_revision_it_was_judged_against(
    database: Database, review_playbook: Playbook
) -> None:
    assessment_id = decided_review(database, review_playbook, "Review of Uruguay", "approve")
    decision = load_assessment(database, assessment_id).decision
    info = current_revision(database)
    assert decision is not None and info is not None
    assert (decision.registry_revision, decision.registry_hash) == (
        info.revision,
        info.content_hash,
    )
    assert verify_chain(database).ok  # the record hash covers the registry reference


def test_an_approved_membership_review_admits_the_candidate_through_an_audited_revision(
    database: Database, review_playbook: Playbook
) -> None:
    assert standing(database, "IND") == "candidate"
    assessment_id = decided_review(database, review_playbook, "Membership review: India",
                                   "approve")  # fmt: skip
    assert applicable_reviews(database) == [(assessment_id, "Membership review: India",
                                              "approve")]  # fmt: skip
    info, before, after = apply_review(database, assessment_id, actor="registrar")
    assert (before.standing, after.standing) == ("candidate", "full")
    assert standing(database, "IND") == "full"
    assert after.review_reference == f"membership review {assessment_id}"
    assert info.revision == 2 and info.assessment_id == assessment_id
    history = member_history(database, "IND")
    assert [(c.revision.revision, c.after.standing) for c in history] == [
        (1, "candidate"),
        (2, "full"),
    ]
    entry = last_entry(database)
    assert (entry.action, entry.actor, entry.entity_id) == ("members.review", "registrar", "IND")
    assert applicable_reviews(database) == []
    assert verify_chain(database).ok
    with pytest.raises(InvalidInput, match=r"already applied \(registry revision 2\)"):
        apply_review(database, assessment_id, actor="registrar")


def test_a_rejected_review_suspends_a_full_member_and_keeps_a_candidate_a_candidate(
    database: Database, review_playbook: Playbook
) -> None:
    poland = decided_review(database, review_playbook, "Periodic review: Poland", "reject",
                            justification="Judicial independence not restored")  # fmt: skip
    _info, before, after = apply_review(database, poland, actor="registrar")
    assert (before.standing, after.standing) == ("full", "suspended")
    assert "Judicial independence not restored" in after.note
    peru = decided_review(database, review_playbook, "Admission of PER", "reject",
                          justification="Wait for the 2026 elections")  # fmt: skip
    _info, before, after = apply_review(database, peru, actor="registrar")
    assert (before.standing, after.standing) == ("candidate", "candidate")
    assert after.review_reference == f"membership review {peru}"
    assert [info.action for info, _count in registry_history(database)] == [
        "members.import", "members.review", "members.review",
    ]  # fmt: skip


def test_approval_with_conditions_admits_the_state_flagged_borderline(
    database: Database, review_playbook: Playbook
) -> None:
    review = decided_review(database, review_playbook, "Review", "approve_with_conditions")
    _info, _before, after = apply_review(database, review, actor="registrar", iso="phl")
    assert (after.standing, after.borderline) == ("full", True)


def test_a_review_that_is_deferred_a_draft_or_superseded_changes_nothing(
    database: Database, review_playbook: Playbook
) -> None:
    deferred = decided_review(database, review_playbook, "Review of India", "defer",
                              justification="More observer reports needed")  # fmt: skip
    with pytest.raises(InvalidInput, match="deferred"):
        apply_review(database, deferred, actor="registrar")
    draft = create_assessment(database, review_playbook, title="Review of India", actor="a")
    with pytest.raises(InvalidInput, match="not decided"):
        apply_review(database, draft, actor="registrar")
    decided = decided_review(database, review_playbook, "Review of India", "approve")
    revise(database, decided, actor="analyst")
    with pytest.raises(RecordFrozen, match="superseded"):
        apply_review(database, decided, actor="registrar")
    assert current_revision(database).revision == 1  # type: ignore[union-attr]
    assert standing(database, "IND") == "candidate"


def test_a_review_whose_title_names_no_single_member_needs_the_state(
    database: Database, review_playbook: Playbook
) -> None:
    review = decided_review(database, review_playbook, "India and Peru", "approve")
    with pytest.raises(InvalidInput, match="give the state's ISO code"):
        apply_review(database, review, actor="registrar")
    with pytest.raises(InvalidInput, match="MEX is not in the member registry"):
        apply_review(database, review, actor="registrar", iso="MEX")


def test_only_a_membership_review_changes_the_registry(database: Database) -> None:
    from tests.models.sample import sample_playbook

    other = create_assessment(database, sample_playbook(), title="India", actor="analyst")
    with pytest.raises(InvalidInput, match="only a membership review"):
        apply_review(database, other, actor="registrar")


def test_a_member_changed_behind_the_applications_back_fails_audit_verify(
    database: Database,
) -> None:
    assert verify_chain(database).ok
    with database.engine.begin() as connection:
        connection.execute(sa.text("UPDATE member_state SET standing = 'full' WHERE iso = 'IND'"))
    report = verify_chain(database)
    assert not report.ok
    assert "differs from its latest revision 1" in report.problem


def test_a_memo_names_and_weighs_the_members_as_the_decision_did_not_as_they_stand_later(
    database: Database, tmp_path: Path
) -> None:
    # A decided record is kept as it was decided (docs/method.md, "Member registry"): a memo
    # issued after a later registry revision still shows each member's population of the
    # revision the decision recorded, the one its authority tally was computed on.
    from dataclasses import replace

    from reports.context import build_memo_context

    playbook = PlaybookCatalog.load(None).get("use-of-force", "1.0")
    full = [e for e in registry_entries(database) if e.standing == "full"]
    assessment_id = create_assessment(database, playbook, title="Strait", actor="analyst")
    save_answer(database, assessment_id, "member_positions",
                {e.iso: "endorse" for e in full}, actor="analyst", playbook=playbook)
    decide(database, assessment_id, decision="defer", by="Minister",
           justification="Awaiting the rest of the assessment.", playbook=playbook)
    changed = full[0]
    later = [replace(e, population=e.population * 2) if e.iso == changed.iso else e
             for e in registry_entries(database)]
    path = tmp_path / "later.yaml"
    path.write_text(registry_to_yaml(later), encoding="utf-8")
    import_registry(database, path, actor="registrar")
    assert current_revision(database).revision == 2  # type: ignore[union-attr]

    context = build_memo_context(database, assessment_id, playbook, reference="T-1",
                                 issued_by="desk")
    assert context.authority is not None
    shown = {p.iso: p.population for p in context.authority.positions}
    assert shown[changed.iso] == changed.population  # as decided, not doubled
    assert " r1 · " in context.registry
