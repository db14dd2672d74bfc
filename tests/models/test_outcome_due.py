"""The calls due read in one SQL query (models.outcome_due) list exactly what the case-by-case
read listed (every standing decided case read call by call, as `outcomes due` did before):
on a hand-made record with calls due and overdue, calls not yet due, resolved calls (occurred,
cannot tell), a decision due and one whose retrospective is recorded, a superseded decision, a
draft with dates set, a call only a chosen option answered, a call whose chosen option's
answer replaces the situation's, and a playbook that cannot be had — each on days before, on
and after the dates set and the playbook's defaults."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from models.db import Database
from models.decisions import revise
from models.outcome_calls import DECISION, PlaybookLookup, cases_of, decided_ids
from models.outcomes import (
    DueItem,
    due_outcomes,
    record_outcome,
    record_retrospective,
    set_resolution_date,
)
from models.tables import utc_now
from models.workflow import decide
from tests.models.test_outcomes import decided_case
from tests.models.test_what_if_record import PLAYBOOK, stored_case


def due_case_by_case(db: Database, playbooks: PlaybookLookup, as_of: date) -> list[DueItem]:
    """The due list as it was read before the SQL query: every standing case call by call."""
    with db.session(snapshot=True) as session:
        cases = cases_of(session, playbooks, list(decided_ids(session, standing_only=True)))
    due = []
    for case in cases:
        due += [DueItem(c.assessment_id, c.title, c.question_id, c.prompt, c.term, c.resolve_on,
                        c.resolve_on < as_of)
                for c in case.calls if c.outcome is None and c.resolve_on <= as_of]
        d = case.decision
        if d.retrospective is None and d.resolve_on <= as_of:
            due.append(DueItem(d.assessment_id, d.title, DECISION,
                               f"decision: {d.decision.replace('_', ' ')} (verdict "
                               f"{d.verdict.replace('_', ' ')})", "", d.resolve_on,
                               d.resolve_on < as_of))
    due.sort(key=lambda item: (item.due_on, item.title, item.assessment_id,
                               item.question_id == DECISION, item.question_id))
    return due


def options_case(db: Database):
    """A humanitarian-protection 2.1 case with options, decided for the proposed action: the
    option answered halts_suffering (the situation did not), and civilian_harm both ways."""
    from models.options import OptionSpec, begin_options, save_option_answer
    from models.workflow import create_assessment, save_answer
    from playbooks.loader import PlaybookCatalog
    from playbooks.options import NO_ACTION
    from tests.playbooks.test_humanitarian_protection_2 import STRONG

    per_option = PlaybookCatalog.load(None).get("humanitarian-protection", "2.1")
    assessment_id = create_assessment(db, per_option, title="Velm Valley", actor="a")
    for question_id, value in STRONG.items():
        if question_id not in ("halts_suffering", "worse_than_inaction", "minimum_scale",
                               "time_limited", "ihl_reviewed", "member_positions"):
            save_answer(db, assessment_id, question_id, value, actor="a", playbook=per_option,
                        rationale="Reported.")
    begin_options(db, assessment_id, OptionSpec("proposed_action", "Air cover"), actor="a",
                  playbook=per_option)
    for name, said in ((NO_ACTION, "almost_no_chance"), ("proposed_action", "very_likely")):
        save_option_answer(db, assessment_id, name, "halts_suffering", said, actor="a",
                           playbook=per_option, rationale="Judged.")
    set_resolution_date(db, assessment_id, "halts_suffering", date(2027, 1, 12), actor="a",
                        playbook=per_option)
    decide(db, assessment_id, decision="defer", by="Minister", playbook=per_option,
           option="proposed_action", justification="Partners ready.")
    return per_option


@pytest.fixture
def record(database: Database):
    """The hand-made record; returns the playbook lookup by file."""
    from tests.models.sample import add_members

    add_members(database)
    first = decided_case(database, success_likelihood=date(2027, 1, 10),
                         civilian_harm=date(2027, 2, 1), decision=date(2027, 1, 20))
    resolved = decided_case(database, success_likelihood=date(2027, 1, 5),
                            civilian_harm=date(2027, 1, 5), decision=date(2027, 1, 15))
    record_outcome(database, resolved, "success_likelihood", "occurred", note="Met.",
                   actor="Analyst", playbook=PLAYBOOK)
    record_outcome(database, resolved, "civilian_harm", "cannot_tell", note="Unclear.",
                   actor="Analyst", playbook=PLAYBOOK)
    record_retrospective(database, resolved, wrong="Too slow.", again="Ask early.",
                         actor="Head of analysis")
    decided_case(database)  # the playbook's defaults only
    superseded = decided_case(database, success_likelihood=date(2027, 1, 1))
    revise(database, superseded, actor="drafter", playbook=PLAYBOOK)
    draft, _ = stored_case(database)
    set_resolution_date(database, draft, "success_likelihood", date(2027, 1, 1),
                        actor="drafter", playbook=PLAYBOOK)
    per_option = options_case(database)
    files = {PLAYBOOK.content_hash: PLAYBOOK, per_option.content_hash: per_option}
    assert first
    return files.get


def days_to_ask(today: date) -> list[date]:
    days = [date(2027, 1, d) for d in (4, 5, 10, 11, 12, 20, 25)]
    days += [date(2027, 2, 1), date(2027, 2, 2)]
    # around the defaults (decided today: a year on, the default of every playbook here)
    days += [today + timedelta(days=n) for n in (364, 365, 366, 400)]
    return days


def test_the_sql_due_list_is_the_case_by_case_list(database: Database, record) -> None:
    today = utc_now().date()
    seen = set()
    for as_of in days_to_ask(today):
        expected = due_case_by_case(database, record, as_of)
        assert due_outcomes(database, record, as_of) == expected, as_of
        seen.update((item.question_id, item.overdue) for item in expected)
    # The record exercises what it should: calls and decisions, due today and overdue, the
    # chosen option's own call among them.
    assert {("success_likelihood", True), ("success_likelihood", False), ("", True),
            ("", False), ("halts_suffering", True)} <= seen


def test_what_is_listed_on_a_day(database: Database, record) -> None:
    due = due_outcomes(database, record, date(2027, 1, 25))
    assert [(d.title, d.question_id, d.due_on, d.overdue, d.term) for d in due] == [
        ("What-if test", "success_likelihood", date(2027, 1, 10), True, "likely"),
        ("Velm Valley", "halts_suffering", date(2027, 1, 12), True, "very_likely"),
        ("What-if test", "", date(2027, 1, 20), True, ""),
    ]
    assert due_outcomes(database, lambda _hash: None, date(2030, 1, 1)) == []


def test_a_year_on_every_standing_decision_is_due(database: Database, record) -> None:
    later = utc_now().date() + timedelta(days=366)
    due = due_outcomes(database, record, later)
    decisions = [d for d in due if d.question_id == DECISION]
    assert len(decisions) == 3  # not the one with a retrospective, the superseded, the draft
    assert all(d.overdue for d in due)
