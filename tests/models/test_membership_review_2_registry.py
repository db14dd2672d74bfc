"""A membership review decided under membership-review 2.0 feeds the member registry as 1.0
reviews do (docs/method.md, "Member registry": approve → full; approve with conditions → full,
borderline; reject → a full member suspended), and its verdict lines up with the registry's
rule: a state the reviewers find qualified but the index rates Partly Free qualifies only with
conditions, and is admitted flagged borderline."""

from __future__ import annotations

import pytest

from models.audit_check import verify_chain
from models.db import Database
from models.membership_reviews import applicable_reviews, apply_review
from models.workflow import create_assessment, decide, load_assessment, save_answer
from playbooks.loader import PlaybookCatalog
from playbooks.model import Playbook, Verdict
from tests.models.sample import A_CONDITION

QUALIFIED = {
    "last_elections": 3,
    "peaceful_transfer": True,
    "political_rights_level": 2,
    "opposition_free": True,
    "speech_guaranteed": True,
    "assembly_guaranteed": True,
    "religion_guaranteed": True,
    "enforcement": 2,
    "judicial_independence": 2,
    "executive_complies": True,
    "corruption": "occasional",
    "years_democratic": 40,
    "reversal_likelihood": "very_unlikely",
    "military_subordinate": True,
    "index_status": "free",
    "free_editions": 25,
}
RATIONALE = "Observer reports of the last two elections and the courts' record since 2015."


@pytest.fixture(scope="module")
def review_2() -> Playbook:
    return PlaybookCatalog.load(None).get("membership-review", "2.0")


def reviewed(db: Database, playbook: Playbook, title: str, **changes: object) -> str:
    assessment_id = create_assessment(db, playbook, title=title, actor="analyst")
    for question_id, value in {**QUALIFIED, **changes}.items():
        save_answer(db, assessment_id, question_id, value, actor="analyst", playbook=playbook,
                    rationale=RATIONALE, confidence="moderate")  # fmt: skip
    return assessment_id


def test_a_2_0_review_departing_from_the_index_admits_the_candidate_borderline(
    database: Database, review_2: Playbook
) -> None:
    review = reviewed(database, review_2, "Membership review: India", index_status="partly_free",
                      free_editions=0)  # fmt: skip
    decide(database, review, decision="approve_with_conditions", by="Minister",
           justification="Admitted; review again on the next Freedom House edition.",
           playbook=review_2, conditions=[A_CONDITION])  # fmt: skip
    decision = load_assessment(database, review).decision
    assert decision is not None
    assert decision.verdict == Verdict.LEGITIMATE_WITH_CONDITIONS.value
    assert not decision.departs_from_verdict
    assert applicable_reviews(database) == [(review, "Membership review: India",
                                             "approve_with_conditions")]  # fmt: skip
    _info, before, after = apply_review(database, review, actor="registrar")
    assert (before.standing, after.standing, after.borderline) == ("candidate", "full", True)
    assert "review again on the next Freedom House edition" in after.note
    assert verify_chain(database).ok


def test_a_2_0_review_failing_the_durability_gate_suspends_a_full_member_on_rejection(
    database: Database, review_2: Playbook
) -> None:
    review = reviewed(database, review_2, "Periodic review: Poland",
                      reversal_likelihood="unlikely")  # fmt: skip
    decide(database, review, decision="reject", by="Minister", playbook=review_2)
    decision = load_assessment(database, review).decision
    assert decision is not None and decision.verdict == Verdict.NOT_LEGITIMATE.value
    _info, before, after = apply_review(database, review, actor="registrar")
    assert (before.standing, after.standing) == ("full", "suspended")
    assert verify_chain(database).ok
