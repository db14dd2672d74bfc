"""An assessment read ahead of the opening with the plain driver (models.assessment_ahead) is the
record models.records gives, part for part; and the one read both share (models.record_reads)
gives every column as SQLAlchemy's own column types give it."""

from __future__ import annotations

from datetime import UTC, datetime

import sqlalchemy as sa

from models.assessment_ahead import read_assessment_ahead
from models.conditions import review_condition
from models.db import Database
from models.memos import next_memo_reference, store_memo
from models.playbook_store import RecordPlaybooks
from models.records import SignatureInput
from models.tables import (
    Answer,
    Assessment,
    ConditionReview,
    Decision,
    DecisionCondition,
    DecisionOption,
    EvidenceItem,
    MemoSignature,
    OptionAnswer,
)
from models.workflow import add_dissent, decide, load_assessment, member_infos, revise
from playbooks.options import NO_ACTION
from tests.models.test_bundle_search import fill
from tests.models.test_conditions import decided_with_conditions
from tests.models.test_options_record import OPTIONS_PLAYBOOK, three_option_case
from tests.models.test_workflow import PLAYBOOK, complete_draft

MEMO = b"%PDF-1.7\n% a memo\n%%EOF\n"


def rich_record(db: Database) -> None:
    """Every part a record can hold: drafts with evidence and options, decided cases with an
    outcome, conditions and their reviews, a dissent, a decided case with options, memos with
    signatures, a revision."""
    fill(db)
    conditioned = decided_with_conditions(db)
    decision = load_assessment(db, conditioned).decision
    assert decision is not None
    review_condition(db, decision.conditions[0].id, outcome="not_met", note="Delayed a week",
                     by="Reviewer Rui")
    add_dissent(db, conditioned, reviewer="Legal adviser", text="The cause is not shown.")
    signed = complete_draft(db)
    decide(db, signed, decision="approve", by="minister", playbook=PLAYBOOK)
    first = store_memo(db, assessment_id=signed, pdf=MEMO, stage="unsigned", actor="clerk",
                       reference=next_memo_reference(db))
    store_memo(db, assessment_id=signed, pdf=MEMO + b"% signed\n", stage="drafted",
               signatures=[SignatureInput("drafting_official", "Ana Drafter", "a" * 64,
                                          datetime(2026, 3, 1, 9, 30, 15, 120, tzinfo=UTC))],
               actor="clerk", supersedes_memo_id=first.id, reference=first.reference)
    revise(db, signed, actor="analyst")
    with_options = three_option_case(db)
    decide(db, with_options, decision="approve", by="Minister", option="air_strikes",
           playbook=OPTIONS_PLAYBOOK)


def every_assessment(db: Database) -> list[str]:
    with db.session() as session:
        return list(session.execute(sa.select(Assessment.id).order_by(Assessment.id)).scalars())


def test_an_assessment_read_ahead_is_the_one_the_record_gives(database: Database,
                                                              database_url: str) -> None:
    rich_record(database)
    records = [load_assessment(database, a) for a in every_assessment(database)]
    # The parts the comparison must cover are all there.
    assert any(r.options for r in records)
    assert any(a.evidence for r in records for a in r.answers.values())
    decisions = [r.decision for r in records if r.decision is not None]
    assert any(d.dissents for d in decisions)
    assert any(d.options for d in decisions)
    assert any(c.reviews for d in decisions for c in d.conditions)
    assert any(len(r.revisions) > 1 for r in records)
    assert any(s for r in records for m in r.memos for s in m.signatures)
    for record in records:
        ahead = read_assessment_ahead(database_url, record.id)
        assert ahead is not None
        assert ahead.record == record
    ahead = read_assessment_ahead(database_url, records[0].id)
    assert ahead is not None
    assert ahead.members == member_infos(database)
    assert ahead.kept_playbooks == RecordPlaybooks(database).kept() != []


def test_an_assessment_nobody_has_is_left_to_the_opening(database: Database,
                                                         database_url: str) -> None:
    assert read_assessment_ahead(database_url, "no-such-assessment") is None


def test_a_record_that_needs_migrating_is_not_read_ahead(database: Database,
                                                         database_url: str) -> None:
    assessment_id = complete_draft(database)
    assert read_assessment_ahead(database_url, assessment_id) is not None
    with database.write_session() as session:
        session.execute(sa.text("UPDATE alembic_version SET version_num = '0001_first'"))
    assert read_assessment_ahead(database_url, assessment_id) is None


def test_every_column_reads_as_sqlalchemys_own_types_give_it(database: Database) -> None:
    # The read runs plain SQL on the driver: its conversions (UTC times, dates, JSON, booleans)
    # must be what models.tables' column types give through the ORM.
    rich_record(database)
    records = {a: load_assessment(database, a) for a in every_assessment(database)}
    with database.session() as session:
        for row in session.execute(sa.select(Assessment)).scalars():
            record = records[row.id]
            assert (record.created_at, record.updated_at) == (row.created_at, row.updated_at)
            assert record.created_at.tzinfo is UTC
        for answer in session.execute(sa.select(Answer)).scalars():
            read = records[answer.assessment_id].answers[answer.question_id]
            assert (read.value, read.rationale, read.confidence, read.answered_at) == (
                answer.value, answer.rationale, answer.confidence, answer.answered_at)
            assert type(read.value) is type(answer.value)
        evidence = session.execute(sa.select(EvidenceItem)).scalars().all()
        assert evidence
        for decision in session.execute(sa.select(Decision)).scalars():
            read_decision = records[decision.assessment_id].decision
            assert read_decision is not None
            assert read_decision.evaluation == decision.evaluation
            assert read_decision.departs_from_verdict is decision.departs_from_verdict
            assert read_decision.decided_at == decision.decided_at
        conditions = {c.id: c for r in records.values() if r.decision
                      for c in r.decision.conditions}  # fmt: skip
        for condition in session.execute(sa.select(DecisionCondition)).scalars():
            assert conditions[condition.id].review_on == condition.review_on
        for review in session.execute(sa.select(ConditionReview)).scalars():
            read_review = next(r for c in conditions.values() for r in c.reviews
                               if r.id == review.id)  # fmt: skip
            assert read_review.tripwire_breached is review.tripwire_breached
            assert (read_review.next_review_on, read_review.reviewed_at) == (
                review.next_review_on, review.reviewed_at)
        signatures = {(m.id, s.sequence): s for r in records.values() for m in r.memos
                      for s in m.signatures}  # fmt: skip
        for signature in session.execute(sa.select(MemoSignature)).scalars():
            assert signatures[(signature.memo_id, signature.sequence)].claimed_time == (
                signature.claimed_time)
        for option_answer in session.execute(sa.select(OptionAnswer)).scalars():
            option = next(o for o in records[option_answer.assessment_id].options
                          if o.id == option_answer.option_id)  # fmt: skip
            assert option.answers[option_answer.question_id].value == option_answer.value
        for decided in session.execute(sa.select(DecisionOption)).scalars():
            read_options = next(r.decision.options for r in records.values()
                                if r.decision and r.decision.id == decided.decision_id)
            assert read_options is not None
            assert read_options.departs_from_best_option is decided.departs_from_best_option
            assert list(read_options.options) == decided.options
            assert NO_ACTION in {o["name"] for o in read_options.options}
