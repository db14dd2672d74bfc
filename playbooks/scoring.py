"""Validating and scoring one set of answers, before the verdict rules run."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from playbooks.answers import (
    UnknownQuestion,
    check_answer_value,
    describe_value_short,
    score_answer,
)
from playbooks.authority import describe_tally, tally_positions
from playbooks.model import (
    AnswerQualifier,
    AuthorityTally,
    MemberInfo,
    Playbook,
    Question,
    QuestionKind,
)
from playbooks.phrases import Figure, phrase


@dataclass(frozen=True)
class Scored:
    """Per-question scores of one set of answers, before the verdict rules run."""

    answers: dict[str, Any]  # only the answered questions
    scores: dict[str, float | None]
    notes: dict[str, str]
    tally: AuthorityTally | None
    authority_notes: tuple[str, ...]
    playbook: Playbook | None = None  # whose routes to authority the member positions read
    unsettled: dict[str, str] = field(default_factory=dict)  # question id -> why, in words
    flags: tuple[str, ...] = ()

    @property
    def answered(self) -> frozenset[str]:
        return frozenset(self.answers)


def score_all(
    playbook: Playbook,
    answers: Mapping[str, Any],
    members: Sequence[MemberInfo],
    qualifiers: Mapping[str, AnswerQualifier] | None = None,
) -> Scored:
    """Validate every answer and score it; raises UnknownQuestion / InvalidAnswerValue.
    In format 2 the qualifiers (confidence, rationale, evidence grades) are applied too."""
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
            notes[question.id] = (phrase("unanswered (required)") if question.required
                                  else phrase("unanswered"))
            continue
        check_answer_value(question, value)
        given[question.id] = value
        if question.kind is QuestionKind.MEMBER_POSITIONS:
            scores[question.id], notes[question.id] = None, ""  # below: routes read all answers
            continue
        score = score_answer(question, value)
        scores[question.id] = score
        shown = describe_value_short(question, value)
        notes[question.id] = shown if score is None else phrase(
            "{answer} scores {score}", answer=shown, score=Figure(f"{score:.2f}", score))
    for question in known.values():
        if question.kind is QuestionKind.MEMBER_POSITIONS and question.id in given:
            result = tally_positions(
                question, given[question.id], members, playbook=playbook, answers=given
            )
            tally, authority_notes = result.tally, result.notes
            scores[question.id] = 1.0 if tally.met else 0.0
            notes[question.id] = describe_tally(tally)
    unsettled: dict[str, str] = {}
    flags: list[str] = []
    if playbook.format >= 2:
        _discipline(playbook, given, scores, notes, qualifiers or {}, unsettled, flags)
    if tally is not None:
        tally = _with_context(tally, playbook, given)
    return Scored(
        given, scores, notes, tally, authority_notes, playbook, unsettled, tuple(flags)
    )


def _discipline(
    playbook: Playbook,
    given: dict[str, Any],
    scores: dict[str, float | None],
    notes: dict[str, str],
    qualifiers: Mapping[str, AnswerQualifier],
    unsettled: dict[str, str],
    flags: list[str],
) -> None:
    """Estimative discipline (format 2), after ICD 203 (2015) standards 1-2: a likelihood
    states its reasoning; confidence qualifies an answer and never adds to it; an answer that
    decides alone must not stand on low confidence or on evidence that cannot be relied on."""
    decisive = playbook.decisive_questions()
    for question in playbook.questions():
        if question.id not in given:
            continue
        qualifier = qualifiers.get(question.id, AnswerQualifier())
        name = question.prompt
        if question.kind is QuestionKind.LIKELIHOOD and not qualifier.rationale.strip():
            if question.required:
                unsettled[question.id] = phrase(
                    "“{question}”: a likelihood needs its rationale", question=name)
            else:
                _drop(question, given, scores, notes)
                flags.append(phrase(
                    "“{question}”: not counted: a likelihood needs its rationale",
                    question=name))
            continue
        if question.id not in decisive:
            continue
        if qualifier.confidence == "low":
            unsettled[question.id] = phrase(
                "“{question}”: a decisive answer given with low confidence (at least moderate "
                "confidence is needed to judge on it)", question=name)
        if qualifier.weak_evidence_only:
            grades = ", ".join(f"{r}{c}" for r, c in qualifier.evidence)
            flags.append(phrase(
                "“{question}”: a decisive answer resting only on evidence graded E–F or 5–6 "
                "({grades})", question=name, grades=grades))


def _drop(
    question: Question, given: dict[str, Any], scores: dict[str, float | None],
    notes: dict[str, str],
) -> None:
    del given[question.id]
    scores[question.id] = None
    notes[question.id] = phrase("not counted: a likelihood needs its rationale")


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
