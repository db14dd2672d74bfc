"""Writes offered from more than one place in the window (the open assessment and History's
detail view), each with the RecordChange it announces on the change bus, written once."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from desktop.context import DeskContext
from models.changes import Part, RecordChange


def start_revision(
    context: DeskContext, assessment_id: str, owner: QWidget, on_done: Callable[[str], None]
) -> None:
    """A new draft revision of the decided `assessment_id`; `on_done(new id)`."""
    from models.workflow import revise

    db, actor = context.db, context.actor
    context.write(
        lambda: revise(db, assessment_id, actor=actor),
        lambda new_id: RecordChange.of(
            Part.REVISIONS, Part.ASSESSMENTS, assessments=[assessment_id, new_id]
        ),
        on_done,
        context.dialogs.error_shown(owner, "Cannot start a revision"),
        owner=owner,
        label="revise",
    )


def record_dissent(
    context: DeskContext,
    assessment_id: str,
    reviewer: str,
    text: str,
    owner: QWidget,
    on_done: Callable[[str], None] | None = None,
) -> None:
    """A reviewer's dissent from the decision of `assessment_id` (it cannot be changed)."""
    from models.workflow import add_dissent

    db = context.db
    context.write(
        lambda: add_dissent(db, assessment_id, reviewer=reviewer, text=text),
        RecordChange.of(Part.DISSENT, assessments=[assessment_id]),
        on_done,
        context.dialogs.error_shown(owner, "The dissent was not recorded"),
        owner=owner,
        label="dissent",
    )
