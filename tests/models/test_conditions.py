"""Conditions that are kept (issue 15 item 2): an approval's structured conditions are frozen
with its decision and covered by its record hash; reviews are append-only and audited; what is
due is listed; a breached tripwire opens a revision of the decision."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
import sqlalchemy as sa

from models.audit_check import verify_chain
from models.condition_records import ConditionInput
from models.conditions import due_conditions, review_condition
from models.db import Database
from models.errors import InvalidInput, NotFound, RecordFrozen
from models.tables import utc_now
from models.workflow import decide, load_assessment
from tests.models.tamper import raw_sql, without_triggers
from tests.models.test_workflow import PLAYBOOK, complete_draft

TODAY = utc_now().date()


def conditions(first_review: date = TODAY + timedelta(days=30)) -> list[ConditionInput]:
    return [
        ConditionInput(
            requirement="The Security Council's authorisation stays in force",
            owner="Director, UN affairs",
            how_checked="Weekly reading of the Council's resolutions by the legal adviser",
            review_on=first_review,
            tripwire="The authorisation lapses or is revoked",
        ),
        ConditionInput(
            requirement="Civilian harm stays below the ceiling of the targeting directive",
            owner="Chief of defence staff",
            how_checked="Monthly civilian-harm report, checked against the directive",
            review_on=first_review + timedelta(days=30),
        ),
    ]


def decided_with_conditions(db: Database, first_review: date | None = None) -> str:
    assessment_id = complete_draft(db)
    decide(db, assessment_id, decision="approve-with-conditions", by="Minister Ola",
           playbook=PLAYBOOK, conditions=conditions(first_review or TODAY + timedelta(days=30)))
    return assessment_id


def test_conditions_are_recorded_with_the_decision_in_order(database: Database) -> None:
    decision = load_assessment(database, decided_with_conditions(database)).decision
    assert decision is not None
    assert [(c.position, c.owner, c.tripwire) for c in decision.conditions] == [
        (1, "Director, UN affairs", "The authorisation lapses or is revoked"),
        (2, "Chief of defence staff", ""),
    ]
    assert decision.conditions[0].review_on == TODAY + timedelta(days=30)
    assert all(c.state == "open" and not c.reviews for c in decision.conditions)


def test_only_an_approval_with_conditions_takes_conditions(database: Database) -> None:
    assessment_id = complete_draft(database)
    with pytest.raises(InvalidInput, match="only approve with conditions takes conditions"):
        decide(database, assessment_id, decision="approve", by="m", playbook=PLAYBOOK,
               conditions=conditions())
    assert load_assessment(database, assessment_id).status == "draft"


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"requirement": " "}, "condition 1, what must hold: cannot be empty"),
        ({"owner": ""}, "condition 1, owner: cannot be empty"),
        ({"how_checked": ""}, "condition 1, how it is checked: cannot be empty"),
        ({"review_on": "next week"}, "condition 1, review date: 'next week' is not a date"),
        ({"review_on": TODAY - timedelta(days=1)}, "condition 1, review date: .* is before"),
    ],
)
def test_a_condition_needs_what_who_how_and_a_review_date(
    database: Database, change: dict[str, object], message: str
) -> None:
    assessment_id = complete_draft(database)
    given = conditions()
    given[0] = ConditionInput(**{**given[0].__dict__, **change})  # type: ignore[arg-type]
    with pytest.raises(InvalidInput, match=message):
        decide(database, assessment_id, decision="approve_with_conditions", by="m",
               playbook=PLAYBOOK, conditions=given)
    assert load_assessment(database, assessment_id).status == "draft"


def test_a_condition_changed_behind_the_triggers_breaks_the_record_hash(
    database: Database,
) -> None:
    decided_with_conditions(database)
    assert verify_chain(database).ok
    with pytest.raises(sa.exc.DBAPIError, match="frozen:"):
        raw_sql(database, "UPDATE decision_condition SET owner = 'Nobody'")
    with pytest.raises(sa.exc.DBAPIError, match="frozen:"):
        raw_sql(database, "DELETE FROM decision_condition")
    without_triggers(database, "UPDATE decision_condition SET tripwire = '' WHERE position = 1")
    report = verify_chain(database)
    assert not report.ok and "has changed since its decision" in report.problem


def test_due_lists_open_conditions_on_or_before_the_day_earliest_first(
    database: Database,
) -> None:
    first = decided_with_conditions(database, TODAY + timedelta(days=10))
    decided_with_conditions(database, TODAY + timedelta(days=50))
    assert due_conditions(database, TODAY) == []
    due = due_conditions(database, TODAY + timedelta(days=10))
    assert [(d.assessment_id, d.condition.position, d.overdue) for d in due] == [
        (first, 1, False)
    ]
    due = due_conditions(database, TODAY + timedelta(days=50))
    assert [d.due_on for d in due] == sorted(d.due_on for d in due) and len(due) == 3
    assert [d.overdue for d in due] == [True, True, False]


def test_a_review_is_recorded_audited_and_moves_or_closes_the_condition(
    database: Database,
) -> None:
    assessment_id = decided_with_conditions(database, TODAY + timedelta(days=1))
    first, second = load_assessment(database, assessment_id).decision.conditions  # type: ignore[union-attr]
    later = TODAY + timedelta(days=90)
    review_condition(database, first.id, outcome="met", note="Resolution renewed",
                     by="Legal adviser", next_review_on=later)
    review_condition(database, second.id, outcome="withdrawn", note="Operation ended",
                     by="Chief of defence staff")
    conditions_now = load_assessment(database, assessment_id).decision.conditions  # type: ignore[union-attr]
    assert conditions_now[0].due_on == later and conditions_now[0].state == "open"
    assert conditions_now[1].state == "withdrawn" and conditions_now[1].due_on is None
    assert [d.condition.id for d in due_conditions(database, later)] == [first.id]
    with pytest.raises(InvalidInput, match="closed \\(withdrawn\\)"):
        review_condition(database, second.id, outcome="met", note="x", by="someone")
    report = verify_chain(database)
    assert report.ok
    with pytest.raises(NotFound):
        review_condition(database, "no-such-id", outcome="met", note="x", by="someone")


def test_a_review_needs_a_note_and_a_known_outcome(database: Database) -> None:
    assessment_id = decided_with_conditions(database)
    condition = load_assessment(database, assessment_id).decision.conditions[0]  # type: ignore[union-attr]
    with pytest.raises(InvalidInput, match="note: cannot be empty"):
        review_condition(database, condition.id, outcome="met", note=" ", by="x")
    with pytest.raises(InvalidInput, match="is not one of met, not-met, withdrawn"):
        review_condition(database, condition.id, outcome="fine", note="n", by="x")
    with pytest.raises(InvalidInput, match="give outcome not-met"):
        review_condition(database, condition.id, outcome="met", note="n", by="x",
                         tripwire_breached=True)


def test_a_review_cannot_be_changed_or_deleted_and_tampering_is_found(
    database: Database,
) -> None:
    assessment_id = decided_with_conditions(database)
    condition = load_assessment(database, assessment_id).decision.conditions[0]  # type: ignore[union-attr]
    review_condition(database, condition.id, outcome="not_met", note="Renewal delayed a week",
                     by="Legal adviser", next_review_on=TODAY + timedelta(days=7))
    for statement in ("UPDATE condition_review SET outcome = 'met'",
                      "DELETE FROM condition_review"):
        with pytest.raises(sa.exc.DBAPIError, match="frozen:"):
            raw_sql(database, statement)
    assert verify_chain(database).ok
    without_triggers(database, "UPDATE condition_review SET note = 'All fine'")
    report = verify_chain(database)
    assert not report.ok and report.problem.startswith("condition review")


def test_a_review_written_behind_the_apps_back_is_found(database: Database) -> None:
    assessment_id = decided_with_conditions(database)
    condition = load_assessment(database, assessment_id).decision.conditions[0]  # type: ignore[union-attr]
    raw_sql(
        database,
        "INSERT INTO condition_review (id, condition_id, outcome, note, tripwire_breached,"
        " reviewed_by, reviewed_at) VALUES ('forged', :c, 'withdrawn', 'gone', :f, 'x', :at)",
        c=condition.id, f=False, at=utc_now().replace(tzinfo=None),
    )
    report = verify_chain(database)
    assert not report.ok and "condition review forged has no audit entry" in report.problem


def test_a_breached_tripwire_opens_a_revision_of_the_decision(database: Database) -> None:
    assessment_id = decided_with_conditions(database, TODAY)
    condition = load_assessment(database, assessment_id).decision.conditions[0]  # type: ignore[union-attr]
    result = review_condition(database, condition.id, outcome="not-met",
                              note="The authorisation was revoked", by="Legal adviser",
                              tripwire_breached=True)
    assert result.revision_id is not None
    old = load_assessment(database, assessment_id)
    new = load_assessment(database, result.revision_id)
    assert old.status == "superseded" and old.superseded_by_id == new.id
    assert new.status == "draft" and new.supersedes_id == assessment_id
    assert old.decision.conditions[0].state == "tripwire breached"  # type: ignore[union-attr]
    assert old.decision.conditions[0].reviews[0].revision_id == new.id  # type: ignore[union-attr]
    assert due_conditions(database, TODAY + timedelta(days=365)) == []  # no longer stands
    other = old.decision.conditions[1]  # type: ignore[union-attr]
    with pytest.raises(RecordFrozen, match="no longer stands"):
        review_condition(database, other.id, outcome="met", note="x", by="x")
    assert verify_chain(database).ok


def test_a_decision_without_conditions_hashes_as_before(database: Database) -> None:
    """Records decided before conditions existed keep their hash: no conditions, no key."""
    from models.records import decision_content

    fields = dict(decision_id="d", decision="approve", decided_by="m", decided_at=utc_now(),
                  justification="", verdict="legitimate", evaluation={}, playbook_hash="h",
                  departs_from_verdict=False)
    assert decision_content(**fields) == decision_content(**fields, conditions=[])
    assert "conditions" not in decision_content(**fields)
