"""The record's frozen snapshots, and what an official enters: plain dataclasses, free of the
database libraries.

models.records and its companions load these in one read transaction (models.record_reads
holds the statements); the desktop also builds them ahead of the opening with the plain driver
(models.assessment_ahead), so a screen that shows a record need not wait for SQLAlchemy.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from playbooks.model import AnswerQualifier
from playbooks.options import OptionInput

# --- conditions and options ----------------------------------------------------------------


@dataclass(frozen=True)
class ConditionInput:
    """One condition as the decision-maker states it."""

    requirement: str  # what must hold
    owner: str  # who answers for it
    how_checked: str  # how, and on what evidence, it is checked
    review_on: date  # the first review
    tripwire: str = ""  # what, if it happens, ends the approval ("": none stated)


@dataclass(frozen=True)
class ConditionReviewRecord:
    id: str
    outcome: str  # met | not_met | withdrawn
    note: str
    tripwire_breached: bool
    next_review_on: date | None
    reviewed_by: str
    reviewed_at: datetime
    revision_id: str | None  # the revision a breached tripwire opened


@dataclass(frozen=True)
class ConditionRecord:
    id: str
    position: int
    requirement: str
    owner: str
    how_checked: str
    review_on: date
    tripwire: str
    reviews: tuple[ConditionReviewRecord, ...] = ()

    @property
    def closed(self) -> bool:
        """No further review is due: withdrawn, its tripwire breached (the approval ended), or
        met at a review that set no next date (fulfilled)."""
        if not self.reviews:
            return False
        last = self.reviews[-1]
        return (
            last.outcome == "withdrawn"
            or last.tripwire_breached
            or (last.outcome == "met" and last.next_review_on is None)
        )

    @property
    def due_on(self) -> date | None:
        """When the next review is due (None: closed). A review that sets no next date and does
        not close the condition (not met) leaves the date that was due standing."""
        if self.closed:
            return None
        due = self.review_on
        for review in self.reviews:
            if review.next_review_on is not None:
                due = review.next_review_on
        return due

    @property
    def state(self) -> str:
        """In words: open, or how it closed."""
        if not self.closed:
            return "open"
        last = self.reviews[-1]
        if last.tripwire_breached:
            return "tripwire breached"
        return "withdrawn" if last.outcome == "withdrawn" else "met"


@dataclass(frozen=True)
class OptionAnswerRecord:
    question_id: str
    value: Any  # None while only a rationale is written
    rationale: str
    confidence: str | None
    answered_at: datetime
    answered_by: str


@dataclass(frozen=True)
class OptionRecord:
    id: str
    position: int
    name: str
    title: str
    description: str
    answers: Mapping[str, OptionAnswerRecord] = field(default_factory=dict)

    def as_input(self) -> OptionInput:
        """The option as playbooks.options judges it (unanswered questions left out)."""
        return OptionInput(
            name=self.name,
            title=self.title,
            answers={q: a.value for q, a in self.answers.items() if a.value is not None},
            qualifiers={
                q: AnswerQualifier(a.confidence, a.rationale) for q, a in self.answers.items()
            },
        )


@dataclass(frozen=True)
class DecisionOptionsRecord:
    """What a decision on a case with options froze: the option chosen (None: none), the
    best-judged option, whether the choice departs from it, and every option as judged (plain
    JSON: name, title, verdict, evaluation snapshot), in the case's order."""

    chosen_option: str | None
    best_option: str
    departs_from_best_option: bool
    options: tuple[dict[str, Any], ...]


# --- inputs -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class EvidenceInput:
    """One evidence item as an official enters it (Admiralty grade: reliability A–F,
    credibility 1–6; F and 6 mean "cannot be judged")."""

    summary: str
    source: str = ""
    reliability: str = "F"
    credibility: int = 6


@dataclass(frozen=True)
class SignatureInput:
    field: str  # "drafting_official" | "minister"
    signer: str
    cert_fingerprint: str  # SHA-256 hex of the signer's certificate
    claimed_time: datetime | None = None


# --- snapshots --------------------------------------------------------------------------------


@dataclass(frozen=True)
class EvidenceRecord:
    position: int
    summary: str
    source: str
    reliability: str
    credibility: int


@dataclass(frozen=True)
class AnswerRecord:
    question_id: str
    value: Any  # None while only a rationale or evidence is written
    rationale: str
    confidence: str | None
    evidence: tuple[EvidenceRecord, ...]
    answered_at: datetime
    answered_by: str


@dataclass(frozen=True)
class DissentRecord:
    id: str
    reviewer: str
    text: str
    recorded_at: datetime


@dataclass(frozen=True)
class DecisionRecord:
    id: str
    decision: str
    decided_by: str
    decided_at: datetime
    justification: str
    verdict: str
    evaluation: dict[str, Any]  # snapshot of playbooks.model.Evaluation as JSON
    playbook_hash: str
    record_hash: str
    departs_from_verdict: bool
    dissents: tuple[DissentRecord, ...] = ()
    # The member registry revision it was judged against (None: decided before revisions).
    registry_revision: int | None = None
    registry_hash: str | None = None
    # Structured conditions of an approval, with their reviews (none before migration 0004).
    conditions: tuple[ConditionRecord, ...] = ()
    # SHA-256 of the decider's certificate ("" : named by name only, as before migration 0006).
    decided_by_certificate: str = ""
    decided_by_subject: str = ""  # that certificate's subject (RFC 4514)
    # On a case with options: the option chosen, the best-judged one, every option as judged.
    options: DecisionOptionsRecord | None = None


@dataclass(frozen=True)
class SignatureRecord:
    sequence: int
    field: str
    signer: str
    cert_fingerprint: str
    claimed_time: datetime | None


@dataclass(frozen=True)
class MemoRecord:
    id: str
    assessment_id: str
    decision_id: str
    reference: str
    stage: str
    sha256: str
    audit_head: str
    created_at: datetime
    created_by: str
    supersedes_memo_id: str | None
    signatures: tuple[SignatureRecord, ...]
    pdf: bytes | None = field(default=None, repr=False)  # only from get_memo

    @property
    def stored_pdf(self) -> bytes:
        """The PDF of a memo read with it (get_memo, memos_with_reference)."""
        if self.pdf is None:
            raise AssertionError(f"memo {self.reference} was read without its PDF")
        return self.pdf


@dataclass(frozen=True)
class RevisionRef:
    id: str
    revision: int
    status: str
    created_at: datetime


@dataclass(frozen=True)
class AssessmentRecord:
    id: str
    root_id: str
    revision: int
    supersedes_id: str | None
    superseded_by_id: str | None
    title: str
    proposed_action: str
    crisis: str
    classification: str
    playbook_id: str
    playbook_version: str
    playbook_hash: str
    status: str
    created_at: datetime
    updated_at: datetime
    created_by: str
    row_version: int
    answers: Mapping[str, AnswerRecord]
    decision: DecisionRecord | None
    memos: tuple[MemoRecord, ...]
    revisions: tuple[RevisionRef, ...]  # every revision of this assessment, oldest first
    # The courses of action it compares (none: a single proposed action; see models.options).
    options: tuple[OptionRecord, ...] = ()

    @property
    def is_draft(self) -> bool:
        return self.status == "draft"


def answer_values(record: AssessmentRecord) -> dict[str, Any]:
    """The answers as playbooks.evaluate.evaluate takes them (unanswered questions left out)."""
    return {qid: a.value for qid, a in record.answers.items() if a.value is not None}


def answer_qualifiers(record: AssessmentRecord) -> dict[str, AnswerQualifier]:
    """What qualifies each answer (confidence, rationale, evidence grades), for evaluation."""
    return {
        qid: AnswerQualifier(
            a.confidence, a.rationale, tuple((e.reliability, e.credibility) for e in a.evidence)
        )
        for qid, a in record.answers.items()
    }
