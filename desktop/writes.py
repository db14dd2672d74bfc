"""Writes offered from more than one place in the window (the open assessment and History's
detail view), each with the RecordChange it announces on the change bus, written once."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from desktop.context import DeskContext
from models.changes import Part, RecordChange


def start_revision(
    context: DeskContext, assessment_id: str, owner: QWidget, on_done: Callable[[str], None]
) -> None:
    """A new draft revision of the decided `assessment_id`; `on_done(new id)`."""
    from models.workflow import load_assessment, revise

    db, actor, catalog = context.db, context.actor, context.catalog

    def work() -> str:
        # The playbook is kept in the record if it is not yet (a record from before it kept them).
        playbook = catalog.by_hash(load_assessment(db, assessment_id).playbook_hash)
        return revise(db, assessment_id, actor=actor, playbook=playbook)

    context.write(
        work,
        lambda new_id: RecordChange.of(
            Part.REVISIONS, Part.ASSESSMENTS, assessments=[assessment_id, new_id]
        ),
        on_done,
        context.dialogs.error_shown(
            owner, QCoreApplication.translate("Writes", "Cannot start a revision")),
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
        context.dialogs.error_shown(
            owner, QCoreApplication.translate("Writes", "The dissent was not recorded")),
        owner=owner,
        label="dissent",
    )
