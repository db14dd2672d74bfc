"""Outcomes of past decisions (issue 16 item 1): resolution dates set before the decision (the
playbook's default otherwise), outcomes and retrospectives recorded afterwards as audited
appends that never change the decided record, its verdict or its memo, and the due list."""

from __future__ import annotations

import re
from datetime import date, timedelta

import pytest
import sqlalchemy as sa
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from models.audit import chain_head
from models.audit_check import verify_chain
from models.db import Database
from models.errors import InvalidInput, NotFound, RecordFrozen
from models.memos import get_memo, store_memo
from models.outcome_calls import DEFAULT_RESOLVE_AFTER_DAYS, case_calls
from models.outcomes import (
    due_outcomes,
    record_outcome,
    record_retrospective,
    set_resolution_date,
)
from models.records import EvidenceInput, load_assessment
from models.workflow import decide
from tests.models.tamper import raw_sql, without_triggers
from tests.models.test_what_if_record import PLAYBOOK, stored_case

LIKELIHOODS = ("civilian_harm", "success_likelihood", "escalation_likelihood")


def lookup(_sha256: str):
    return PLAYBOOK


def decided_case(db: Database, **dates: date) -> str:
    assessment_id, _ = stored_case(db)
    for question_id, on in dates.items():
        set_resolution_date(db, assessment_id, None if question_id == "decision" else question_id,
                            on, actor="drafter", playbook=PLAYBOOK)
    decide(db, assessment_id, decision="defer", by="Minister", playbook=PLAYBOOK)
    return assessment_id


def calls_of(db: Database, assessment_id: str):
    with db.session() as session:
        case = case_calls(session, lookup, assessment_id)
    assert case is not None
    return case


def test_calls_resolve_on_the_date_set_before_the_decision_else_the_default(database: Database):
    set_on = date(2027, 3, 1)
    assessment_id = decided_case(database, success_likelihood=date(2026, 12, 31),
                                 decision=date(2027, 1, 1))
    # A later date for the same call replaces the earlier one (only while a draft).
    case = calls_of(database, assessment_id)
    decided_on = case.decision.decided_at.date()
    dates = {c.question_id: c.resolve_on for c in case.calls}
    assert dates["success_likelihood"] == date(2026, 12, 31)
    assert dates["civilian_harm"] == decided_on + timedelta(days=DEFAULT_RESOLVE_AFTER_DAYS)
    assert case.decision.resolve_on == date(2027, 1, 1)
    assert {c.term for c in case.calls} == {"unlikely", "likely"}
    with pytest.raises(RecordFrozen):
        set_resolution_date(database, assessment_id, "civilian_harm", set_on, actor="drafter",
                            playbook=PLAYBOOK)
    with pytest.raises(sa.exc.DBAPIError, match="frozen:"):  # the trigger, whatever program
        raw_sql(database, "INSERT INTO resolution_date (id, assessment_id, question_id, "
                "resolve_on, set_by, set_at) SELECT 'late', assessment_id, question_id, "
                "resolve_on, set_by, set_at FROM resolution_date")
    assert verify_chain(database).ok


def test_a_later_date_on_the_draft_replaces_the_earlier(database: Database):
    assessment_id, _ = stored_case(database)
    for on in (date(2027, 5, 1), date(2027, 6, 1)):
        set_resolution_date(database, assessment_id, "civilian_harm", on, actor="drafter",
                            playbook=PLAYBOOK)
    decide(database, assessment_id, decision="defer", by="Minister", playbook=PLAYBOOK)
    dates = {c.question_id: c.resolve_on for c in calls_of(database, assessment_id).calls}
    assert dates["civilian_harm"] == date(2027, 6, 1)


def test_bad_dates_questions_and_results_are_refused_with_nothing_written(database: Database):
    assessment_id, _ = stored_case(database)
    head = chain_head(database)
    with pytest.raises(InvalidInput, match="not a likelihood question"):
        set_resolution_date(database, assessment_id, "harm_gravity", date(2027, 1, 1),
                            actor="drafter", playbook=PLAYBOOK)
    with pytest.raises(InvalidInput, match="YYYY-MM-DD"):
        set_resolution_date(database, assessment_id, None, "next spring", actor="drafter",
                            playbook=PLAYBOOK)
    with pytest.raises(InvalidInput, match="draft"):
        record_outcome(database, assessment_id, "civilian_harm", "occurred", note="n",
                       actor="a", playbook=PLAYBOOK)
    decide(database, assessment_id, decision="defer", by="Minister", playbook=PLAYBOOK)
    head = chain_head(database)
    with pytest.raises(InvalidInput, match="not one of occurred, not-occurred, cannot-tell"):
        record_outcome(database, assessment_id, "civilian_harm", "maybe", note="n", actor="a",
                       playbook=PLAYBOOK)
    with pytest.raises(InvalidInput, match="note"):
        record_outcome(database, assessment_id, "civilian_harm", "occurred", note="  ",
                       actor="a", playbook=PLAYBOOK)
    with pytest.raises(InvalidInput, match="reliability"):
        record_outcome(database, assessment_id, "civilian_harm", "occurred", note="n", actor="a",
                       playbook=PLAYBOOK, evidence=[EvidenceInput("s", reliability="Z")])
    with pytest.raises(NotFound):
        record_retrospective(database, "no-such-id", wrong="w", again="a", actor="a")
    with pytest.raises(InvalidInput, match="would do again"):
        record_retrospective(database, assessment_id, wrong="w", again=" ", actor="a")
    assert chain_head(database) == head


def test_due_lists_unrecorded_calls_and_decisions_until_recorded(database: Database):
    assessment_id = decided_case(database, success_likelihood=date(2027, 1, 10),
                                 civilian_harm=date(2027, 2, 1), decision=date(2027, 1, 20))
    as_of = date(2027, 1, 25)
    due = due_outcomes(database, lookup, as_of)
    assert [(d.question_id, d.due_on, d.overdue) for d in due] == [
        ("success_likelihood", date(2027, 1, 10), True),
        ("", date(2027, 1, 20), True),
    ]
    assert due[0].term == "likely" and due[1].what.startswith("decision: defer")
    assert due_outcomes(database, lookup, date(2027, 1, 10))[0].overdue is False
    record_outcome(database, assessment_id, "success_likelihood", "occurred",
                   note="The aim was met within the month.", actor="Analyst",
                   playbook=PLAYBOOK, evidence=[EvidenceInput("UN report", "UNOCHA", "B", 2)])
    record_retrospective(database, assessment_id, wrong="We waited too long.",
                         again="Ask the region first.", actor="Head of analysis")
    assert due_outcomes(database, lookup, as_of) == []
    [call] = [c for c in calls_of(database, assessment_id).calls if c.outcome is not None]
    assert call.outcome is not None and call.outcome.evidence[0]["reliability"] == "B"
    report = verify_chain(database)
    assert report.ok, report.problem


def test_a_call_never_answered_takes_no_outcome(database: Database):
    assessment_id = decided_case(database)
    with pytest.raises(InvalidInput, match="not a likelihood question"):
        record_outcome(database, assessment_id, "harm_gravity", "occurred", note="n",
                       actor="a", playbook=PLAYBOOK)


@pytest.mark.parametrize("table", ["outcome", "retrospective", "resolution_date"])
@pytest.mark.parametrize("statement", ["UPDATE {t} SET assessment_id = assessment_id",
                                       "DELETE FROM {t}"])
def test_outcomes_cannot_be_changed_or_deleted_even_by_direct_sql(
        database: Database, table: str, statement: str):
    assessment_id = decided_case(database, decision=date(2027, 1, 1))
    record_outcome(database, assessment_id, "civilian_harm", "not-occurred", note="None seen.",
                   actor="Analyst", playbook=PLAYBOOK)
    record_retrospective(database, assessment_id, wrong="w", again="a", actor="Analyst")
    with pytest.raises(sa.exc.DBAPIError, match="frozen:"):
        raw_sql(database, statement.format(t=table))
    assert verify_chain(database).ok


@pytest.mark.parametrize(
    ("statement", "problem"),
    [
        ("UPDATE outcome SET result = 'occurred'", "outcome .* was changed or deleted"),
        ("DELETE FROM retrospective", "retrospective .* was changed or deleted"),
        ("UPDATE resolution_date SET resolve_on = '2030-01-01'",
         "resolution date .* was changed or deleted"),
        ("INSERT INTO outcome (id, assessment_id, question_id, result, note, evidence, "
         "recorded_by, recorded_at) SELECT 'forged', assessment_id, question_id, result, note, "
         "evidence, recorded_by, recorded_at FROM outcome", "outcome forged has no audit entry"),
    ],
)
def test_outcomes_changed_behind_the_applications_back_are_found(
        database: Database, statement: str, problem: str):
    assessment_id = decided_case(database, decision=date(2027, 1, 1))
    record_outcome(database, assessment_id, "civilian_harm", "not-occurred", note="None seen.",
                   actor="Analyst", playbook=PLAYBOOK)
    record_retrospective(database, assessment_id, wrong="w", again="a", actor="Analyst")
    without_triggers(database, statement)
    report = verify_chain(database)
    assert not report.ok
    assert re.search(problem, report.problem), report.problem


RESULTS = st.sampled_from(["occurred", "not-occurred", "cannot-tell"])
TEXT = st.text(st.characters(codec="utf-8", exclude_categories=("Cs", "Cc", "Cf")),
               min_size=1, max_size=40).filter(str.strip)
OPERATIONS = st.lists(
    st.one_of(
        st.tuples(st.just("outcome"), st.sampled_from(LIKELIHOODS), RESULTS, TEXT),
        st.tuples(st.just("retrospective"), TEXT, TEXT),
    ),
    min_size=1, max_size=6,
)


@settings(max_examples=20, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(operations=OPERATIONS)
def test_outcomes_never_change_the_decided_record_its_verdict_or_memo(
        database: Database, operations: list[tuple[str, ...]]):
    assessment_id = decided_case(database)
    memo = store_memo(database, assessment_id=assessment_id, pdf=b"%PDF-1.7\n%memo\n%%EOF\n",
                      stage="unsigned", actor="clerk", audit_head=chain_head(database))
    record = load_assessment(database, assessment_id)
    before = verify_chain(database)
    assert before.ok, before.problem
    for operation in operations:
        if operation[0] == "outcome":
            _, question_id, result, note = operation
            record_outcome(database, assessment_id, question_id, result, note=note,
                           actor="Analyst", playbook=PLAYBOOK)
        else:
            record_retrospective(database, assessment_id, wrong=operation[1],
                                 again=operation[2], actor="Analyst")
    assert load_assessment(database, assessment_id) == record  # answers, verdict, decision
    assert get_memo(database, memo.id).pdf == b"%PDF-1.7\n%memo\n%%EOF\n"
    after = verify_chain(database)
    assert after.ok, after.problem
    assert after.entries == before.entries + len(operations)
    assert after.records_checked == before.records_checked + len(operations)


def test_outcomes_and_retrospectives_are_searchable(database: Database):
    from models.search import search_assessments

    assessment_id = decided_case(database)
    assert search_assessments(database, "Quillmarsh").total == 0
    record_outcome(database, assessment_id, "civilian_harm", "occurred",
                   note="Shelling near Quillmarsh", actor="Analyst", playbook=PLAYBOOK,
                   evidence=[EvidenceInput("Hospital records", "Zarvin clinic", "C", 3)])
    record_retrospective(database, assessment_id, wrong="Ignored the Ostrava warning",
                         again="Kept the corridor", actor="Analyst")
    for word in ("Quillmarsh", "Zarvin", "Ostrava"):
        page = search_assessments(database, word)
        assert [row.id for row in page.rows] == [assessment_id], word
