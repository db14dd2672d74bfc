"""Notes on a case (a what-if scenario kept, issue 15 item 3): adding one is an audited append
that changes no answer, verdict or decision — so a decided case takes one too and still
verifies — and a note changed, removed or written behind the application's back is found by
the audit check, as a dissent is."""

from __future__ import annotations

import pytest
import sqlalchemy as sa

from models.audit import chain_head
from models.audit_check import verify_chain
from models.db import Database
from models.errors import InvalidInput, NotFound
from models.notes import add_note, notes_of
from models.records import load_assessment
from models.workflow import decide
from tests.models.tamper import raw_sql, without_triggers
from tests.models.test_what_if_record import PLAYBOOK, stored_case


def test_a_note_on_a_decided_case_keeps_its_record_and_the_chain_valid(database: Database):
    assessment_id, _ = stored_case(database)
    decide(database, assessment_id, decision="defer", by="Minister", playbook=PLAYBOOK)
    record = load_assessment(database, assessment_id)
    head = chain_head(database)
    note_id = add_note(database, assessment_id, "What-if: harm_gravity unanswered",
                       kind="scenario", actor="analyst")
    assert load_assessment(database, assessment_id) == record  # answers and decision as decided
    assert chain_head(database) != head  # the note's own entry, nothing else
    [note] = notes_of(database, assessment_id)
    assert (note.id, note.kind, note.author) == (note_id, "scenario", "analyst")
    report = verify_chain(database)
    assert report.ok, report.problem


def test_a_note_needs_text_a_known_kind_and_an_existing_case(database: Database):
    assessment_id, _ = stored_case(database)
    head = chain_head(database)
    with pytest.raises(InvalidInput):
        add_note(database, assessment_id, "   ", kind="scenario", actor="analyst")
    with pytest.raises(InvalidInput):
        add_note(database, assessment_id, "text", kind="gossip", actor="analyst")
    with pytest.raises(NotFound):
        add_note(database, "no-such-id", "text", kind="scenario", actor="analyst")
    assert chain_head(database) == head and notes_of(database, assessment_id) == []


@pytest.mark.parametrize(
    ("statement", "problem"),
    [
        ("UPDATE case_note SET text = 'rewritten'", "was changed or deleted"),
        ("DELETE FROM case_note", "was changed or deleted"),
        ("INSERT INTO case_note (id, assessment_id, kind, author, text, recorded_at) "
         "SELECT 'forged', assessment_id, kind, author, text, recorded_at FROM case_note",
         "has no audit entry"),
    ],
)
def test_a_note_changed_behind_the_applications_back_is_found(
        database: Database, statement: str, problem: str):
    assessment_id, _ = stored_case(database)
    add_note(database, assessment_id, "kept as written", kind="scenario", actor="analyst")
    without_triggers(database, statement)
    report = verify_chain(database)
    assert not report.ok and problem in report.problem, report.problem




@pytest.mark.parametrize("statement", ["UPDATE case_note SET text = 'rewritten'",
                                       "DELETE FROM case_note"])
def test_a_note_cannot_be_changed_or_deleted_even_by_direct_sql(
        database: Database, statement: str):
    assessment_id, _ = stored_case(database)
    add_note(database, assessment_id, "kept as written", kind="scenario", actor="analyst")
    with pytest.raises(sa.exc.DBAPIError, match="frozen:"):
        raw_sql(database, statement)
    assert [note.text for note in notes_of(database, assessment_id)] == ["kept as written"]
    assert verify_chain(database).ok
