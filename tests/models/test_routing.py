"""Routing of a draft, drafter → reviewer → minister (issue 18 item 4): each act is an audited
append; a wrong act at a stage, a return without a comment or any act on a decided case is
refused in one line with nothing written; a step changed, deleted or forged behind the
application's back is found by the audit check, and triggers refuse the first two outright."""

from __future__ import annotations

import pytest
import sqlalchemy as sa

from models.audit import chain_head
from models.audit_check import verify_chain
from models.db import Database
from models.errors import InvalidInput, NotFound, RecordFrozen
from models.logins import acted_on
from models.routing import acts_allowed, queue, route, stage_of, steps_of
from models.workflow import create_assessment, decide
from tests.models.sample import sample_playbook
from tests.models.tamper import raw_sql, without_triggers

PLAYBOOK = sample_playbook()


def new_draft(db: Database, title: str = "Joint interdiction") -> str:
    return create_assessment(db, PLAYBOOK, title=title, actor="Drafter")


def test_a_draft_goes_to_review_back_to_its_drafter_and_on_to_the_minister(database: Database):
    case = new_draft(database)
    assert stage_of(database, case) == "draft" and steps_of(database, case) == []
    route(database, case, "submit", actor="Drafter")
    assert stage_of(database, case) == "submitted"
    assert [row.assessment_id for row in queue(database, "reviewer")] == [case]
    assert queue(database, "minister") == [] and queue(database, "drafter") == []
    route(database, case, "return", actor="Reviewer", comment="Cite the Council's resolution")
    [waiting] = queue(database, "drafter")
    assert (waiting.assessment_id, waiting.stage, waiting.by, waiting.comment) == (
        case, "returned", "Reviewer", "Cite the Council's resolution")
    route(database, case, "submit", actor="Drafter")
    route(database, case, "pass", actor="Reviewer")
    assert stage_of(database, case) == "passed"
    assert [row.assessment_id for row in queue(database, "minister")] == [case]
    route(database, case, "return", actor="Minister", comment="Which options were weighed?")
    steps = steps_of(database, case)
    assert [(s.position, s.act, s.actor) for s in steps] == [
        (1, "submit", "Drafter"), (2, "return", "Reviewer"), (3, "submit", "Drafter"),
        (4, "pass", "Reviewer"), (5, "return", "Minister")]
    assert steps[-1].comment == "Which options were weighed?"
    # Each act is its own audit entry about the case.
    actions = [entry.action for entry in acted_on(database, [case])]
    assert actions == ["assessment.create", "routing.submit", "routing.return",
                       "routing.submit", "routing.pass", "routing.return"]
    report = verify_chain(database)
    assert report.ok, report.problem


def test_the_acts_allowed_at_each_stage():
    assert acts_allowed("draft") == ["submit"]
    assert sorted(acts_allowed("submitted")) == ["pass", "return"]
    assert acts_allowed("submitted", "minister") == []
    assert acts_allowed("passed", "minister") == ["return"]
    assert acts_allowed("passed", "reviewer") == []
    assert acts_allowed("decided") == []


@pytest.mark.parametrize(
    ("before", "act", "comment", "says"),
    [
        ((), "pass", "", "is a draft, not yet submitted for review"),
        ((), "return", "why", "is a draft, not yet submitted for review"),
        (("submit",), "submit", "", "is submitted for review"),
        (("submit",), "return", "   ", "a return needs a comment"),
        (("submit", "pass"), "pass", "", "is with the minister"),
        (("submit", "pass"), "submit", "", "is with the minister"),
        ((), "decide", "", "routing act 'decide'"),
    ],
)
def test_an_act_out_of_turn_is_refused_in_one_line_and_nothing_is_written(
        database: Database, before: tuple[str, ...], act: str, comment: str, says: str):
    case = new_draft(database)
    for done in before:
        route(database, case, done, actor="Official")
    head = chain_head(database)
    with pytest.raises(InvalidInput) as refused:
        route(database, case, act, actor="Official", comment=comment)
    message = str(refused.value)
    assert says in message and "\n" not in message
    assert chain_head(database) == head and len(steps_of(database, case)) == len(before)


def test_a_decided_case_is_not_routed_and_deciding_stays_as_it_was(database: Database):
    case = new_draft(database)
    route(database, case, "submit", actor="Drafter")
    decide(database, case, decision="defer", by="Minister", playbook=PLAYBOOK)  # not passed yet
    assert stage_of(database, case) == "decided" and queue(database, "reviewer") == []
    head = chain_head(database)
    for act in ("submit", "pass", "return"):
        with pytest.raises(RecordFrozen, match="is decided: only a draft is routed"):
            route(database, case, act, actor="Minister", comment="too late")
    assert chain_head(database) == head and len(steps_of(database, case)) == 1
    with pytest.raises(NotFound):
        route(database, "no-such-case", "submit", actor="Drafter")


@pytest.mark.parametrize(
    ("statement", "problem"),
    [
        ("UPDATE routing_step SET act = 'pass' WHERE position = 2", "was changed or deleted"),
        ("UPDATE routing_step SET comment = 'softened' WHERE position = 2",
         "was changed or deleted"),
        ("UPDATE routing_step SET actor = 'Minister' WHERE position = 2", "was changed or deleted"),
        ("DELETE FROM routing_step WHERE position = 2", "was changed or deleted"),
        ("INSERT INTO routing_step (id, assessment_id, position, act, actor, comment, "
         "recorded_at) SELECT 'forged', assessment_id, 3, 'submit', actor, '', recorded_at "
         "FROM routing_step WHERE position = 1", "has no audit entry"),
    ],
)
def test_a_step_changed_behind_the_applications_back_is_found(
        database: Database, statement: str, problem: str):
    case = new_draft(database)
    route(database, case, "submit", actor="Drafter")
    route(database, case, "return", actor="Reviewer", comment="Too thin on necessity")
    without_triggers(database, statement)
    report = verify_chain(database)
    assert not report.ok and problem in report.problem, report.problem
    assert "routing step" in report.problem


@pytest.mark.parametrize("statement", ["UPDATE routing_step SET comment = 'softened'",
                                       "DELETE FROM routing_step"])
def test_a_step_cannot_be_changed_or_deleted_even_by_direct_sql(
        database: Database, statement: str):
    case = new_draft(database)
    route(database, case, "submit", actor="Drafter")
    route(database, case, "return", actor="Reviewer", comment="Too thin on necessity")
    with pytest.raises(sa.exc.DBAPIError, match="frozen: a routing step cannot be changed"):
        raw_sql(database, statement)
    assert [s.comment for s in steps_of(database, case)] == ["", "Too thin on necessity"]
    assert verify_chain(database).ok


def test_queues_hold_only_the_cases_at_their_stage_oldest_first(database: Database):
    first, second, third = (new_draft(database, title) for title in ("one", "two", "three"))
    for case in (first, second, third):
        route(database, case, "submit", actor="Drafter")
    route(database, second, "pass", actor="Reviewer")
    assert [row.assessment_id for row in queue(database, "reviewer")] == [first, third]
    assert [row.title for row in queue(database, "minister")] == ["two"]
    with pytest.raises(InvalidInput, match="role 'reader'"):
        queue(database, "reader")
