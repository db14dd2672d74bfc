"""Validating and scoring one set of answers, before the verdict rules run."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any

from playbooks.answers import (
    UnknownQuestion,
    check_answer_value,
    describe_value_short,
    score_answer,
)
from playbooks.authority import describe_tally, tally_positions
from playbooks.model import AuthorityTally, MemberInfo, Playbook, QuestionKind


@dataclass(frozen=True)
class Scored:
    """Per-question scores of one set of answers, before the verdict rules run."""

    answers: dict[str, Any]  # only the answered questions
    scores: dict[str, float | None]
    notes: dict[str, str]
    tally: AuthorityTally | None
    authority_notes: tuple[str, ...]
    playbook: Playbook | None = None  # whose routes to authority the member positions read

    @property
    def answered(self) -> frozenset[str]:
        return frozenset(self.answers)


def score_all(
    playbook: Playbook, answers: Mapping[str, Any], members: Sequence[MemberInfo]
) -> Scored:
    """Validate every answer and score it; raises UnknownQuestion / InvalidAnswerValue."""
    known = {q.id: q for q in playbook.questions()}
    for question_id in answers:
        if question_id not in known:
            raise UnknownQuestion(question_id, playbook)
    given: dict[str, Any] = {}
    scores: dict[str, float | None] = {}
    notes: dict[str, str] = {}
    tally: AuthorityTally | None = None
    authority_notes: tuple[str, ...] = ()
    for question in known.values():
        value = answers.get(question.id)
        if value is None:
            scores[question.id] = None
            notes[question.id] = "unanswered" + (" (required)" if question.required else "")
            continue
        check_answer_value(question, value)
        given[question.id] = value
        if question.kind is QuestionKind.MEMBER_POSITIONS:
            scores[question.id], notes[question.id] = None, ""  # below: routes read all answers
            continue
        score = score_answer(question, value)
        scores[question.id] = score
        shown = describe_value_short(question, value)
        notes[question.id] = shown if score is None else f"{shown} scores {score:.2f}"
    for question in known.values():
        if question.kind is QuestionKind.MEMBER_POSITIONS and question.id in given:
            result = tally_positions(
                question, given[question.id], members, playbook=playbook, answers=given
            )
            tally, authority_notes = result.tally, result.notes
            scores[question.id] = 1.0 if tally.met else 0.0
            notes[question.id] = describe_tally(tally)
    if tally is not None:
        tally = _with_context(tally, playbook, given)
    return Scored(given, scores, notes, tally, authority_notes, playbook)


def _with_context(
    tally: AuthorityTally, playbook: Playbook, given: dict[str, Any]
) -> AuthorityTally:
    """Add the Security Council status and regional support to the tally."""
    council: str | None = None
    regional: bool | None = None
    for question in playbook.questions():
        value = given.get(question.id)
        if value is None:
            continue
        if question.kind is QuestionKind.SECURITY_COUNCIL:
            council = value
        elif question.regional_support:
            score = score_answer(question, value)
            regional = score is not None and score >= 0.5
    return replace(tally, security_council=council, regional_support=regional)
