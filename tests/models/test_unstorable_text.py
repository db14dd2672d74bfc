"""Text no database can store (lone surrogates, NUL) is refused by name before any write.

A lone surrogate reaches Python from a terminal in a non-UTF-8 locale (the bytes of argv are
decoded with `surrogateescape`) or from a "\\ud800" escape. Neither SQLite nor PostgreSQL drivers
can encode it, so without this check the write failed as an internal error.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from models.audit_check import verify_chain
from models.db import Database
from models.errors import InvalidAnswer, InvalidInput
from models.workflow import (
    EvidenceInput,
    add_dissent,
    create_assessment,
    decide,
    load_assessment,
    save_answer,
    update_details,
)
from tests.models.sample import sample_playbook

PLAYBOOK = sample_playbook()
LONE = "Port \ud800Amsel"  # a high surrogate with no low one after it
ESCAPED_BYTE = "Minist\udcffer"  # what surrogateescape makes of the byte 0xFF in argv


def new_draft(db: Database, **details: str) -> str:
    fields = {"title": "Corridor", "proposed_action": "Open a corridor", "actor": "analyst"}
    return create_assessment(db, PLAYBOOK, **{**fields, **details})


def answer(db: Database, assessment_id: str, question_id: str, value: object, **kw: object) -> int:
    return save_answer(
        db, assessment_id, question_id, value, actor="analyst", playbook=PLAYBOOK, **kw
    )


@pytest.mark.parametrize(
    ("field", "details"),
    [
        ("title", {"title": LONE}),
        ("proposed action", {"proposed_action": LONE}),
        ("crisis", {"crisis": ESCAPED_BYTE}),
        ("classification", {"classification": LONE}),
        ("actor", {"actor": ESCAPED_BYTE}),
    ],
)
def test_a_new_draft_with_a_lone_surrogate_is_refused_naming_the_field(
    database: Database, field: str, details: dict[str, str]
) -> None:
    entries = verify_chain(database).entries
    with pytest.raises(InvalidInput) as caught:
        new_draft(database, **details)
    message = str(caught.value)
    assert message.startswith(f"{field}: contains a lone surrogate U+")
    assert "\n" not in message
    assert verify_chain(database).entries == entries  # nothing was written


def test_details_of_a_draft_are_checked_too(database: Database) -> None:
    assessment_id = new_draft(database)
    with pytest.raises(
        InvalidInput,
        match=r"^crisis: contains a lone surrogate U\+D800 at "
        r"character 6 ",
    ):
        update_details(database, assessment_id, crisis=LONE, actor="analyst")
    assert load_assessment(database, assessment_id).row_version == 1


@pytest.mark.parametrize(
    ("call", "fragment"),
    [
        (lambda db, a: answer(db, a, "summary", LONE), "answer to summary: contains a lone"),
        (
            lambda db, a: answer(db, a, "gravity", 2, rationale=LONE),
            "rationale of gravity: contains a lone",
        ),
        (
            lambda db, a: answer(db, a, "gravity", 2, evidence=[EvidenceInput(LONE, "ICRC")]),
            "evidence item 1: summary: contains a lone",
        ),
        (
            lambda db, a: answer(db, a, "gravity", 2, evidence=[EvidenceInput("Count", LONE)]),
            "evidence item 1: source: contains a lone",
        ),
    ],
)
def test_answers_with_a_lone_surrogate_are_refused_and_change_nothing(
    database: Database, call: Callable[[Database, str], object], fragment: str
) -> None:
    assessment_id = new_draft(database)
    with pytest.raises(InvalidInput) as caught:
        call(database, assessment_id)
    assert str(caught.value).startswith(fragment)
    record = load_assessment(database, assessment_id)
    assert record.row_version == 1 and record.answers == {}


def test_a_surrogate_in_an_answer_value_is_an_invalid_answer(database: Database) -> None:
    assessment_id = new_draft(database)
    with pytest.raises(InvalidAnswer) as caught:
        answer(database, assessment_id, "summary", "harm " + "\udc80")
    assert caught.value.question_id == "summary"


def test_decisions_and_dissent_refuse_lone_surrogates(database: Database) -> None:
    assessment_id = new_draft(database)
    for question_id, value in (("gravity", 2), ("lawful", True)):
        answer(database, assessment_id, question_id, value)
    with pytest.raises(InvalidInput, match=r"^decided by: contains a lone surrogate"):
        decide(database, assessment_id, decision="approve", by=ESCAPED_BYTE, playbook=PLAYBOOK)
    with pytest.raises(InvalidInput, match=r"^justification: contains a lone surrogate"):
        decide(
            database,
            assessment_id,
            decision="approve",
            by="Minister",
            justification=LONE,
            playbook=PLAYBOOK,
        )
    assert load_assessment(database, assessment_id).decision is None
    decide(database, assessment_id, decision="approve", by="Minister", playbook=PLAYBOOK)
    with pytest.raises(InvalidInput, match=r"^dissent: contains a lone surrogate"):
        add_dissent(database, assessment_id, reviewer="Reviewer", text=LONE)
    with pytest.raises(InvalidInput, match=r"^reviewer: contains a lone surrogate"):
        add_dissent(database, assessment_id, reviewer=ESCAPED_BYTE, text="I disagree")
    decision = load_assessment(database, assessment_id).decision
    assert decision is not None and decision.dissents == ()
    assert verify_chain(database).ok


def test_text_beyond_the_basic_plane_is_still_stored(database: Database) -> None:
    # A proper astral character (a surrogate pair in UTF-16) is valid text and must be kept.
    assessment_id = new_draft(database, title="Corridor 𝔄 🕊")
    answer(database, assessment_id, "summary", "Harm 𐍈", rationale="𝒳")
    record = load_assessment(database, assessment_id)
    assert record.title == "Corridor 𝔄 🕊"
    assert (record.answers["summary"].value, record.answers["summary"].rationale) == ("Harm 𐍈", "𝒳")
