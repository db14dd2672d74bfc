"""What a write changed in the record, in a form any view can read: the change bus's message.

Every write (a saved answer, a decision, a memo stored by the memo helper, a trust root added,
a registry import…) is described once it has committed by a `RecordChange`: which parts of
the record it touched and which assessments. Whoever shows that part decides for itself
whether to read it again (History, the open assessment, the memo list, the trust roots and
members pages, the status bar's audit chain), so the writer names no reader and no reader is
wired to a writer. The idea is Anki's OpChanges; the value is plain data with no Qt, so the
desktop's bus (desktop/context.py) carries it and a test or a script can build one as well.

Every write is audited in the same transaction (docs/guarantees.md), so every change made by
`RecordChange.of` includes `Part.AUDIT`: the audit chain grew.

A new kind of write joins by naming what it changed: `RecordChange.of(Part.X, ...)`, adding a
Part here when no existing one says it (see docs/desktop.md, "The change bus").
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum


class Part(StrEnum):
    """A part of the record a view may show."""

    ASSESSMENTS = "assessments"  # an assessment created (or its title, action, crisis changed)
    ANSWERS = "answers"  # answers, rationale, confidence or evidence of a draft
    DECISION = "decision"  # decided: the answers frozen, the status changed
    DISSENT = "dissent"  # a reviewer's dissent added to a decision
    CONDITIONS = "conditions"  # a review of an approval's condition recorded
    NOTES = "notes"  # a note kept on a case (e.g. a what-if scenario), never an answer
    OUTCOMES = "outcomes"  # an outcome of a call, a retrospective or a resolution date
    MEMOS = "memos"  # a memo stored, or the next signature added to one
    REVISIONS = "revisions"  # a new revision started, superseding a decided one
    TRUST_ROOTS = "trust roots"  # the roots memo verification accepts
    REGISTRY = "registry"  # the member registry: members, standing, population
    AUDIT = "audit"  # the audit chain grew (every write)


@dataclass(frozen=True)
class RecordChange:
    """The parts of the record one committed write changed, and the assessments it touched
    (empty when it touched none in particular, e.g. a trust root)."""

    parts: frozenset[Part]
    assessment_ids: frozenset[str] = frozenset()

    @classmethod
    def of(cls, *parts: Part, assessments: Iterable[str | None] = ()) -> RecordChange:
        """A committed write changed `parts` (and the audit chain) of `assessments`."""
        return cls(
            frozenset((*parts, Part.AUDIT)), frozenset(a for a in assessments if a is not None)
        )

    def has(self, *parts: Part) -> bool:
        """Whether any of `parts` changed."""
        return not self.parts.isdisjoint(parts)

    def touches(self, assessment_id: str | None) -> bool:
        """Whether this change concerns the assessment `assessment_id`."""
        return assessment_id is not None and assessment_id in self.assessment_ids

    def __or__(self, other: RecordChange) -> RecordChange:
        """Both changes at once (a write that did two things)."""
        return RecordChange(self.parts | other.parts, self.assessment_ids | other.assessment_ids)

    def __str__(self) -> str:
        parts = ", ".join(sorted(self.parts))
        ids = f" of {len(self.assessment_ids)} assessment(s)" if self.assessment_ids else ""
        return f"changed {parts}{ids}"
