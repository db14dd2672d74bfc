"""The Review page's counts read in SQL (models.outcome_counts) are the call-by-call read's
(models.outcome_calls + reports.lessons): the same bins, the same Brier score and Murphy parts,
the same "cannot tell", and a point's calls are the same calls — on random records where calls
are answered with any term, judged several times (the latest outcome counts), some never."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from models.db import Database
from models.outcome_calls import decided_cases
from models.outcome_counts import bin_calls, resolved_counts
from models.outcomes import record_outcome
from models.workflow import decide, save_answer
from playbooks.calibration import Call, brier_score
from playbooks.model import LIKELIHOOD_TERMS
from reports.lessons import lessons
from tests.models.test_outcomes import LIKELIHOODS, lookup
from tests.models.test_what_if_record import PLAYBOOK, stored_case

TERMS = [term.id for term in LIKELIHOOD_TERMS]
RESULTS = ("occurred", "not_occurred", "cannot_tell")

CASES = st.lists(
    st.tuples(
        st.fixed_dictionaries({q: st.sampled_from(TERMS) for q in LIKELIHOODS}),
        st.lists(st.tuples(st.sampled_from(LIKELIHOODS), st.sampled_from(RESULTS)),
                 max_size=5),
    ),
    min_size=1, max_size=3,
)


def add_cases(db: Database, cases) -> None:
    for said, outcomes in cases:
        assessment_id, _ = stored_case(db)
        for question_id, term in said.items():
            save_answer(db, assessment_id, question_id, term, actor="tester",
                        playbook=PLAYBOOK, rationale="Judged from the field reports.")
        decide(db, assessment_id, decision="defer", by="Minister", playbook=PLAYBOOK,
               justification="Waiting for the partners.")
        for question_id, result in outcomes:
            record_outcome(db, assessment_id, question_id, result, note="Seen.",
                           actor="Analyst", playbook=PLAYBOOK)


def assert_both_reads_agree(db: Database) -> None:
    cases = decided_cases(db, lookup)
    overall = lessons(cases).overall
    counts = resolved_counts(db, lookup)
    assert counts.calibration() == overall.calibration  # every bin, every score
    assert counts.cannot_tell == overall.cannot_tell
    scored = [Call(c.term, c.outcome.result == "occurred") for case in cases for c in case.calls
              if c.outcome is not None and c.outcome.result != "cannot_tell"]
    if scored:  # the counts' Brier is the mean of the calls' squared errors
        assert counts.calibration().brier == pytest.approx(brier_score(scored), abs=1e-12)
    for term in TERMS:
        expected = [c for case in cases for c in case.calls
                    if c.term == term and c.outcome is not None]
        assert bin_calls(db, lookup, term) == expected, term


@settings(max_examples=12, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(cases=CASES)
def test_the_sql_counts_score_as_the_calls_do(database: Database, cases) -> None:
    add_cases(database, cases)  # the record grows from one example to the next
    assert_both_reads_agree(database)


def test_a_playbook_that_cannot_be_had_leaves_its_calls_out_of_both(database: Database) -> None:
    add_cases(database, [({q: "likely" for q in LIKELIHOODS},
                          [("civilian_harm", "occurred"), ("civilian_harm", "not_occurred")])])
    counts = resolved_counts(database, lookup)
    likely = next(b for b in counts.calibration().bins if b.term.id == "likely")
    assert (likely.calls, likely.occurred) == (1, 0)  # the later outcome counts, once
    assert resolved_counts(database, lambda _hash: None).calibration().calls == 0
    assert bin_calls(database, lambda _hash: None, "likely") == []


def test_the_period_and_playbook_narrow_the_counts(database: Database) -> None:
    from datetime import date, timedelta

    add_cases(database, [({q: "unlikely" for q in LIKELIHOODS},
                          [("success_likelihood", "occurred")])])
    today = date.today()
    assert resolved_counts(database, lookup, start=today - timedelta(days=1)
                           ).calibration().calls == 1
    assert resolved_counts(database, lookup, start=today + timedelta(days=2)
                           ).calibration().calls == 0
    assert resolved_counts(database, lookup, end=today - timedelta(days=2)
                           ).calibration().calls == 0
    assert resolved_counts(database, lookup, playbook_id="sanctions").calibration().calls == 0
    assert resolved_counts(database, lookup, playbook_id=PLAYBOOK.id).calibration().calls == 1


def test_on_a_case_with_options_the_chosen_options_answer_is_the_call(database: Database
                                                                      ) -> None:
    from models.options import OptionSpec, begin_options, save_option_answer
    from models.workflow import create_assessment
    from playbooks.loader import PlaybookCatalog
    from playbooks.options import NO_ACTION
    from tests.models.sample import add_members
    from tests.playbooks.test_humanitarian_protection_2 import STRONG

    catalog = PlaybookCatalog.load(None)
    per_option = catalog.get("humanitarian-protection", "2.1")
    add_members(database)
    assessment_id = create_assessment(database, per_option, title="Velm Valley", actor="a")
    for question_id, value in STRONG.items():
        if question_id not in ("halts_suffering", "civilian_harm", "worse_than_inaction",
                               "minimum_scale", "time_limited", "ihl_reviewed",
                               "member_positions"):
            save_answer(database, assessment_id, question_id, value, actor="a",
                        playbook=per_option, rationale="Reported.")
    begin_options(database, assessment_id, OptionSpec("proposed_action", "Air cover"),
                  actor="a", playbook=per_option)
    for name, said in ((NO_ACTION, "almost_no_chance"), ("proposed_action", "very_likely")):
        save_option_answer(database, assessment_id, name, "halts_suffering", said, actor="a",
                           playbook=per_option, rationale="Judged.")
    decide(database, assessment_id, decision="defer", by="Minister", playbook=per_option,
           option="proposed_action", justification="Partners ready.")
    record_outcome(database, assessment_id, "halts_suffering", "not_occurred",
                   note="Raids went on.", actor="Analyst", playbook=per_option)

    def found(_hash: str):
        return per_option

    counts = resolved_counts(database, found)
    very_likely = next(b for b in counts.calibration().bins if b.term.id == "very_likely")
    assert (very_likely.calls, very_likely.occurred) == (1, 0)  # the chosen option's call
    assert counts.calibration() == lessons(decided_cases(database, found)).overall.calibration
    assert [c.term for c in bin_calls(database, found, "very_likely")] == ["very_likely"]
    from models.outcome_filters import missed_ids

    assert missed_ids(database, found) == {assessment_id}  # 80 %+ that did not occur
