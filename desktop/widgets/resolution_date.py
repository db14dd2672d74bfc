"""When a call is to be judged against what happened (issue 16): a date under a likelihood
question, and one for the decision. Editable on a draft, where the playbook's default applies
until a date is chosen; fixed once decided (models.outcomes.set_resolution_date refuses later
dates). The widget only shows and asks; the assessment page reads and writes the dates."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate, QTimer, Signal
from PySide6.QtWidgets import QDateEdit, QHBoxLayout, QLabel, QWidget

from desktop.widgets.common import muted

CHOSEN_PAUSE_MS = 600  # a date typed digit by digit is written once, after a pause
NOT_READ = "…"  # shown in place of a date not read yet


class ResolutionDateEdit(QWidget):
    chosen = Signal(object)  # datetime.date, chosen by the official

    def __init__(self, what: str, parent: QWidget | None = None) -> None:
        """`what`: the question's prompt, or "" for the decision (for the accessible name)."""
        super().__init__(parent)
        self.label = QLabel(self.tr("Judge what happened on:") if what
                            else self.tr("Judge the decision on:"))
        self.edit = QDateEdit()
        self.edit.setCalendarPopup(True)
        self.edit.setDisplayFormat("yyyy-MM-dd")
        self.edit.setAccessibleName(
            self.tr("Resolution date of: {what}").format(what=what) if what
            else self.tr("Resolution date of the decision"))
        self.label.setBuddy(self.edit)
        # No date until the page has read it (on the database thread; behind the record's
        # opening when the case was opened as the window first showed), not Qt's 2000-01-01.
        self.edit.setSpecialValueText(NOT_READ)
        self.edit.setDate(self.edit.minimumDate())
        self.note = muted("")
        self.note.setAccessibleName(self.tr("Where the resolution date comes from"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.edit)
        layout.addWidget(self.note, 1)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(CHOSEN_PAUSE_MS)
        self._timer.timeout.connect(self._emit_chosen)
        self.edit.dateChanged.connect(lambda _day: self._timer.start())

    def _show(self, day: date) -> None:
        self.edit.blockSignals(True)  # shown, not chosen: nothing to write
        self.edit.setDate(QDate(day.year, day.month, day.day))
        self.edit.blockSignals(False)

    def show_draft(self, set_on: date | None, default_days: int, today: date) -> None:
        """On a draft: the date set, else the default counted from today (were it decided
        today); choosing a date sets it."""
        self.edit.setEnabled(True)
        if set_on is not None:
            self._show(set_on)
            self.note.setText(self.tr("Set on this draft."))
        else:
            self._show(today + timedelta(days=default_days))
            self.note.setText(self.tr(
                "The playbook's default: {days} days after the decision.").format(
                    days=default_days))

    def show_fixed(self, resolve_on: date) -> None:
        """Decided: the date is fixed with the record."""
        self._timer.stop()
        self._show(resolve_on)
        self.edit.setEnabled(False)
        self.note.setText(self.tr("Fixed when the assessment was decided."))

    def flush(self) -> None:
        """Write a date still waiting for the pause (before the decision, say)."""
        if self._timer.isActive():
            self._timer.stop()
            self._emit_chosen()

    def _emit_chosen(self) -> None:
        day = self.edit.date().toPython()
        if isinstance(day, date) and self.edit.date() != self.edit.minimumDate():
            self.note.setText(self.tr("Set on this draft."))
            self.chosen.emit(day)

