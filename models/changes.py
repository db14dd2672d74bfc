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
Part here when no existing one says it (see docs/desktop.md, "The change bus"), and its audit
action in ACTION_PARTS below.

Writes made by another official's process reach the desktop through PostgreSQL
(models.change_notice, models.change_feed): each write's audit entries say what it changed
(`change_of_entry`), and the change heard is marked `elsewhere`. When something may have been
missed (the listening connection was lost) the feed says so with `RecordChange.full_refresh()`:
every part of every assessment may have changed.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Any


class Part(StrEnum):
    """A part of the record a view may show."""

    ASSESSMENTS = "assessments"  # an assessment created (or its title, action, crisis changed)
    ANSWERS = "answers"  # answers, rationale, confidence or evidence of a draft
    DECISION = "decision"  # decided: the answers frozen, the status changed
    DISSENT = "dissent"  # a reviewer's dissent added to a decision
    CONDITIONS = "conditions"  # a review of an approval's condition recorded
    NOTES = "notes"  # a note kept on a case (e.g. a what-if scenario), never an answer
    ROUTING = "routing"  # a draft submitted for review, returned to its drafter or passed on
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
    # Anything may have changed (every part, every assessment): read again whatever is shown.
    full: bool = False
    # Made by another process (another official, the command line), heard through the
    # database, not by a write of this window: an open page may hold edits not yet saved.
    elsewhere: bool = False

    @classmethod
    def of(cls, *parts: Part, assessments: Iterable[str | None] = ()) -> RecordChange:
        """A committed write changed `parts` (and the audit chain) of `assessments`."""
        return cls(
            frozenset((*parts, Part.AUDIT)), frozenset(a for a in assessments if a is not None)
        )

    @classmethod
    def full_refresh(cls, *, elsewhere: bool = True) -> RecordChange:
        """Anything may have changed meanwhile (e.g. while the feed was reconnecting)."""
        return cls(frozenset(Part), frozenset(), full=True, elsewhere=elsewhere)

    def has(self, *parts: Part) -> bool:
        """Whether any of `parts` changed."""
        return not self.parts.isdisjoint(parts)

    def touches(self, assessment_id: str | None) -> bool:
        """Whether this change concerns the assessment `assessment_id`."""
        return assessment_id is not None and (self.full or assessment_id in self.assessment_ids)

    def __or__(self, other: RecordChange) -> RecordChange:
        """Both changes at once (a write that did two things)."""
        return RecordChange(
            self.parts | other.parts, self.assessment_ids | other.assessment_ids,
            full=self.full or other.full, elsewhere=self.elsewhere or other.elsewhere,
        )

    @classmethod
    def combined(cls, changes: Iterable[RecordChange]) -> RecordChange | None:
        """All of `changes` at once (None: there were none); the same as or-ing them one by
        one, without copying the growing sets at each step (10k entries in one write)."""
        changes = list(changes)
        if not changes:
            return None
        return cls(
            frozenset().union(*(c.parts for c in changes)),
            frozenset().union(*(c.assessment_ids for c in changes)),
            full=any(c.full for c in changes), elsewhere=any(c.elsewhere for c in changes),
        )

    def __str__(self) -> str:
        if self.full:
            return "anything may have changed"
        parts = ", ".join(sorted(self.parts))
        ids = f" of {len(self.assessment_ids)} assessment(s)" if self.assessment_ids else ""
        return f"changed {parts}{ids}"


# What each audit action (models.audit.append_entry's `action`) changed, besides the audit chain.
ACTION_PARTS: dict[str, tuple[Part, ...]] = {
    "assessment.create": (Part.ASSESSMENTS,),
    "assessment.import": (Part.ASSESSMENTS, Part.ANSWERS),
    "assessment.update_details": (Part.ASSESSMENTS,),
    "answer.save": (Part.ANSWERS,),
    "answer.clear": (Part.ANSWERS,),
    "options.set": (Part.ANSWERS,),
    "options.begin": (Part.ANSWERS,),
    "option_answer.save": (Part.ANSWERS,),
    "option_answer.clear": (Part.ANSWERS,),
    "assessment.decide": (Part.DECISION,),
    "dissent.add": (Part.DISSENT,),
    "assessment.revise": (Part.REVISIONS, Part.ASSESSMENTS),
    "assessment.migrate": (Part.REVISIONS, Part.ASSESSMENTS),
    "condition.review": (Part.CONDITIONS,),
    "note.add": (Part.NOTES,),
    "routing.submit": (Part.ROUTING,),  # models.routing: "routing." + each of ROUTING_ACTS
    "routing.return": (Part.ROUTING,),
    "resolution.set": (Part.OUTCOMES,),  # models.outcomes
    "outcome.record": (Part.OUTCOMES,),
    "retrospective.record": (Part.OUTCOMES,),
    "routing.pass": (Part.ROUTING,),
    "memo.reserve": (),  # a reference set aside: nothing shown changes until the memo is stored
    "memo.store": (Part.MEMOS,),
    "trust_root.add": (Part.TRUST_ROOTS,),
    "members.import": (Part.REGISTRY,),
    "members.baseline": (Part.REGISTRY,),
    "members.review": (Part.REGISTRY,),
    "playbook.store": (),  # a playbook kept in the record: no view lists it from the record
    "official.grant": (),
    # models.bundle_import: a case brought in by a bundle (its rows, decision, dissents, notes)
    "bundle.case": (Part.ASSESSMENTS, Part.ANSWERS, Part.DECISION, Part.DISSENT, Part.NOTES),
    "bundle.import": (),  # the import's provenance: the bundle.case entries say what changed
}
# The payload keys that name an assessment the entry concerns besides its entity.
_ASSESSMENT_KEYS = ("assessment_id", "supersedes_id")


def change_of_entry(
    action: str, entity_type: str, entity_id: str, payload: Mapping[str, Any]
) -> RecordChange:
    """What the write recorded by one audit entry changed. An action not listed in
    ACTION_PARTS (one added without saying) changes every part, to be safe."""
    parts = ACTION_PARTS.get(action, tuple(Part))
    ids = [entity_id] if entity_type == "assessment" else []
    ids += [value for key in _ASSESSMENT_KEYS
            if isinstance(value := payload.get(key), str)]
    return RecordChange.of(*parts, assessments=ids)
