"""The resolution dates of an assessment's calls on its page (issue 16 item 1): under each
likelihood question answered once for the case, when what happened is to be judged, and the
decision's at the decision step. On a draft each is the playbook's default until the official
chooses a date (written at once, audited: models.outcomes.set_resolution_date); once decided
they are shown as fixed. `main.py outcomes set-date` does the same from the command line.

Criterion steps and the decision step are built when first shown (desktop.assessment.lazy_steps):
each is attached as it is built (`attach`, `attach_decision`), and shows the dates read for the
page (or waits for them, as all do at first)."""

from __future__ import annotations

from datetime import UTC, date, datetime
from functools import partial
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from desktop.context import DeskContext
from desktop.widgets.resolution_date import ResolutionDateEdit
from models.changes import Part, RecordChange
from playbooks.model import Playbook, QuestionKind

if TYPE_CHECKING:
    from desktop.assessment.criterion_step import CriterionStep
    from desktop.assessment.decision_step import DecisionStep

DECISION = ""  # as models.outcome_calls.DECISION: the decision's own date


class ResolutionControls(QObject):
    shown = Signal()  # the dates were read and shown
    written = Signal(str)  # a date chosen was written (question id; "" for the decision)

    def __init__(self, context: DeskContext, record, playbook: Playbook,
                 page: QWidget) -> None:
        super().__init__(page)
        self.context, self.record, self.playbook, self.page = context, record, playbook, page
        # Those of the steps built so far, and the decision's once it is built.
        self.edits: dict[str, ResolutionDateEdit] = {}
        self._dates = None  # models.outcomes.ResolutionDates, once read
        self.reload()

    def attach(self, step: CriterionStep) -> None:
        """A date under each likelihood question of `step` (just built) answered once."""
        for question_id, editor in step.editors.items():
            if editor.question.kind is QuestionKind.LIKELIHOOD:
                edit = ResolutionDateEdit(editor.question.prompt)
                cast(QVBoxLayout, editor.layout()).addWidget(edit)  # below its evidence
                self._add(question_id, edit)

    def attach_decision(self, decision: DecisionStep) -> None:
        """The decision's own date, at the decision step (just built)."""
        edit = ResolutionDateEdit("")
        decision.place_resolution_date(edit)
        self._add(DECISION, edit)

    def _add(self, question_id: str, edit: ResolutionDateEdit) -> None:
        self.edits[question_id] = edit
        edit.chosen.connect(partial(self._write, question_id))
        if self._dates is None:
            edit.setEnabled(False)  # until the dates are read
        else:
            self._show_one(question_id, edit, datetime.now(UTC).date())

    def reload(self) -> None:
        # Opened ahead of the record: read once it is open (DeskContext.once_open). Queued
        # now, the read would also import models.outcomes, and so SQLAlchemy, on the database
        # thread beside the step the page is building: one interpreter, run by turns.
        self.context.once_open(self, self._read)

    def _read(self) -> None:
        db, assessment_id, playbook = self.context.db, self.record.id, self.playbook

        def read():
            from models.outcomes import resolution_dates

            return resolution_dates(db, assessment_id, playbook)

        self.context.runner.submit(read, self._show, owner=self,
                                   label="read the resolution dates")

    def _show(self, dates) -> None:
        self._dates = dates
        today = datetime.now(UTC).date()
        for question_id, edit in self.edits.items():
            self._show_one(question_id, edit, today)
        self.shown.emit()

    def _show_one(self, question_id: str, edit: ResolutionDateEdit, today: date) -> None:
        dates = self._dates
        assert dates is not None
        edit.setEnabled(True)
        if dates.resolve_on is None:
            edit.show_draft(dates.set.get(question_id), dates.days[question_id], today)
        elif question_id in dates.resolve_on:
            edit.show_fixed(dates.resolve_on[question_id])
        else:  # decided without answering it: no call was made, nothing to judge
            edit.setVisible(False)

    def flush(self) -> None:
        for edit in self.edits.values():
            edit.flush()

    def _write(self, question_id: str, day: date) -> None:
        from models.outcomes import set_resolution_date

        db, actor, playbook, assessment_id = (self.context.db, self.context.actor,
                                              self.playbook, self.record.id)
        self.context.write(
            lambda: set_resolution_date(db, assessment_id, question_id or None, day,
                                        actor=actor, playbook=playbook),
            RecordChange.of(Part.OUTCOMES, assessments=[assessment_id]),
            lambda _id: self.written.emit(question_id),
            self.context.dialogs.error_shown(self.page, self.tr("The resolution date was not set")),
            owner=self, label="set a resolution date")
