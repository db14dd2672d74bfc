"""What-if on the record never writes: after any scenarios on a draft and on a decided
assessment, the audit chain head, every table's row count and the stored answers and decision
are what they were (issue 15, item 3: "never changes answers, verdicts or the chain")."""

from __future__ import annotations

import sqlalchemy as sa
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from models.audit import chain_head
from models.audit_check import verify_chain
from models.db import Database
from models.records import answer_values, load_assessment
from models.tables import SQLModel
from models.what_if import what_if
from models.workflow import create_assessment, decide, member_infos, save_answer
from playbooks.loader import PlaybookCatalog
from playbooks.model import LIKELIHOOD_TERMS, Verdict
from playbooks.what_if import Scenario
from tests.playbooks.test_use_of_force_2 import REASONED, STRONG

PLAYBOOK = PlaybookCatalog.load(None).get("use-of-force", "2.0")
LIKELIHOODS = ("civilian_harm", "success_likelihood", "escalation_likelihood")


def stored_case(db: Database, *, endorse_share: float = 0.3) -> tuple[str, list[str]]:
    """A use-of-force 2.0 draft on the record's registry: strong in substance, a third of
    the members endorsing (authority short)."""
    members = [m.iso for m in member_infos(db) if m.standing == "full"]
    endorsing = members[: int(len(members) * endorse_share)]
    assessment_id = create_assessment(db, PLAYBOOK, title="What-if test", actor="tester")
    answers = {**STRONG, "member_positions": {iso: "endorse" for iso in endorsing}}
    for question_id, value in answers.items():
        qualifier = REASONED.get(question_id)
        save_answer(
            db, assessment_id, question_id, value, actor="tester", playbook=PLAYBOOK,
            rationale=qualifier.rationale if qualifier else "",
            confidence=qualifier.confidence if qualifier else None,
        )
    return assessment_id, members


def snapshot(db: Database) -> dict[str, object]:
    counts = {}
    with db.session() as session:
        for table in SQLModel.metadata.sorted_tables:
            counts[table.name] = session.execute(
                sa.select(sa.func.count()).select_from(table)
            ).scalar_one()
    return {"head": chain_head(db), "counts": counts}


def test_what_if_runs_on_a_draft_and_reports_what_it_would_take(database: Database) -> None:
    assessment_id, _ = stored_case(database)
    report = what_if(database, assessment_id, PLAYBOOK, Scenario(), draws=200, seed=1)
    assert report.result.record.verdict is Verdict.AUTHORITY_SHORT
    assert report.endorsements is not None and report.endorsements.reachable
    assert report.endorsements.authority_after
    added = {m.iso: "endorse" for m in report.endorsements.members}
    after = what_if(database, assessment_id, PLAYBOOK, Scenario(positions=added))
    assert after.result.scenario.verdict is Verdict.LEGITIMATE
    assert after.endorsements is not None and after.endorsements.carried
    assert report.draws is not None and report.draws.draws == 200
    assert not report.members_as_decided


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(data=st.data())
def test_no_scenario_ever_writes_to_the_record(database: Database, data: st.DataObject) -> None:
    assessment_id, members = _case(database)
    before = snapshot(database)
    stored = answer_values(load_assessment(database, assessment_id))
    changes = data.draw(st.dictionaries(
        st.sampled_from(LIKELIHOODS), st.sampled_from([t.id for t in LIKELIHOOD_TERMS])
    ))
    changes |= data.draw(st.dictionaries(
        st.sampled_from(("harm_gravity", "non_coercive_options")), st.integers(0, 4)
    ))
    positions = data.draw(st.dictionaries(
        st.sampled_from(members), st.sampled_from(("endorse", "oppose", "abstain")), max_size=8
    ))
    scenario = Scenario(
        answers={k: v for k, v in changes.items() if _valid(k, v)}, positions=positions
    )
    report = what_if(database, assessment_id, PLAYBOOK, scenario,
                     draws=data.draw(st.integers(0, 50)), seed=data.draw(st.integers(0, 99)))
    assert report.result.record.verdict is not None
    assert snapshot(database) == before
    assert answer_values(load_assessment(database, assessment_id)) == stored


_CASES: dict[str, tuple[str, list[str]]] = {}


def _case(db: Database) -> tuple[str, list[str]]:
    """One stored case per database (hypothesis runs every example on the same one)."""
    if db.url not in _CASES:
        _CASES[db.url] = stored_case(db)
    return _CASES[db.url]


def _valid(question_id: str, value: object) -> bool:
    question = PLAYBOOK.question(question_id)
    if question.grades:
        return any(g.value == value for g in question.grades)
    return True


def test_what_if_on_a_decided_assessment_writes_nothing_and_keeps_the_chain_valid(
    database: Database,
) -> None:
    assessment_id, members = stored_case(database)
    decide(database, assessment_id, decision="defer", by="Minister", playbook=PLAYBOOK)
    before = snapshot(database)
    record = load_assessment(database, assessment_id)
    report = what_if(
        database, assessment_id, PLAYBOOK,
        Scenario(answers={"success_likelihood": "roughly_even_chance"},
                 positions=dict.fromkeys(members, "endorse")),
        draws=100, seed=4,
    )
    assert report.members_as_decided
    assert report.result.record.verdict.value == record.decision.verdict
    assert snapshot(database) == before
    assert load_assessment(database, assessment_id) == record
    assert verify_chain(database).ok
