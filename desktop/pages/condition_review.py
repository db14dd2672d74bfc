"""Recording a review of an approval's condition from the Conditions due page: met, not met or
withdrawn, a note, the next review date, and whether the tripwire was breached. The rules
(what each outcome allows, the revision a breached tripwire opens) live in
models.conditions.review_condition; this dialog only says them before the official submits, so
that the model's refusal is the exception, not the way to learn them."""

from __future__ import annotations

from datetime import date, timedelta
from html import escape
from typing import cast

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.locale_format import day, show_dates_as_written
from desktop.widgets.common import QuietComboBox, muted
from models.record_snapshots import ConditionRecord

# QT_TRANSLATE_NOOP marks a text for lupdate and returns it (typed `object` in PySide6's stubs).
OUTCOMES = cast(tuple[tuple[str, str], ...], (
    ("met", QT_TRANSLATE_NOOP("ConditionReviewDialog", "Met")),
    ("not_met", QT_TRANSLATE_NOOP("ConditionReviewDialog", "Not met")),
    ("withdrawn", QT_TRANSLATE_NOOP("ConditionReviewDialog", "Withdrawn"))))


class ConditionReviewDialog(QDialog):
    """One review of `condition`; `review()` gives the arguments for review_condition."""

    def __init__(self, condition: ConditionRecord, title: str, today: date,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Record a review of a condition"))
        self.condition = condition
        self.today = today
        tripwire = condition.tripwire or self.tr("none stated")
        about = QLabel(f"<b>{escape(condition.requirement)}</b><br>" + self.tr(
            "Assessment: {title}<br>Owner: {owner}<br>Checked by: {checked}<br>"
            "Tripwire: {tripwire}").format(
                title=escape(title), owner=escape(condition.owner),
                checked=escape(condition.how_checked), tripwire=escape(tripwire)))
        about.setWordWrap(True)
        self.outcome = QuietComboBox()
        self.outcome.setAccessibleName(self.tr("Outcome of the review"))
        for value, label in OUTCOMES:
            self.outcome.addItem(QCoreApplication.translate("ConditionReviewDialog", label),
                                 value)
        self.note = QPlainTextEdit()
        self.note.setAccessibleName(self.tr("Review note"))
        self.note.setTabChangesFocus(True)
        self.note.setPlaceholderText(
            self.tr("What was checked, on what evidence, and what was found"))
        self.next_review = QCheckBox(self.tr("Review again &on"))
        self.next_review.setAccessibleName(self.tr("Set a next review date"))
        self.next_date = QDateEdit(_qdate(today + timedelta(days=30)))
        self.next_date.setCalendarPopup(True)
        self.next_date.setMinimumDate(_qdate(today + timedelta(days=1)))
        show_dates_as_written(self.next_date)
        self.next_date.setAccessibleName(self.tr("Next review date"))
        self.breached = QCheckBox(
            self.tr("The &tripwire was breached: the approval no longer stands"))
        self.breached.setAccessibleName(self.tr("The tripwire was breached"))
        self.consequence = muted("")
        self.consequence.setAccessibleName(self.tr("What recording this review will do"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.submit = self.buttons.addButton(self.tr("&Record review"),
                                             QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("O&utcome"), self.outcome)
        form.addRow(self.tr("&Note"), self.note)
        form.addRow(self.next_review, self.next_date)
        form.addRow("", self.breached)
        layout = QVBoxLayout(self)
        layout.addWidget(about)
        layout.addLayout(form)
        layout.addWidget(self.consequence)
        layout.addWidget(self.buttons)
        for signal in (self.outcome.currentIndexChanged, self.note.textChanged,
                       self.next_review.toggled, self.next_date.dateChanged,
                       self.breached.toggled):
            signal.connect(self._update)
        self._update()

    def review(self) -> dict:
        """The keyword arguments of models.conditions.review_condition (but `by`)."""
        next_on = (self.next_date.date().toPython() if self.next_review.isChecked()
                   and self.next_review.isEnabled() else None)
        return {"outcome": self.outcome.currentData(), "note": self.note.toPlainText().strip(),
                "next_review_on": next_on,
                "tripwire_breached": self.breached.isChecked() and self.breached.isEnabled()}

    def _update(self) -> None:
        outcome = self.outcome.currentData()
        self.breached.setEnabled(outcome == "not_met" and bool(self.condition.tripwire))
        breached = self.breached.isChecked() and self.breached.isEnabled()
        self.next_review.setEnabled(outcome != "withdrawn" and not breached)
        self.next_date.setEnabled(self.next_review.isEnabled() and self.next_review.isChecked())
        review = self.review()
        if not review["note"]:
            words = self.tr("Write a note: a review says what was checked and found.")
        elif breached:
            words = self.tr("Recording this ends the approval: a new draft revision of the "
                            "decision is opened, to be assessed and decided again.")
        elif outcome == "withdrawn":
            words = self.tr("Recording this closes the condition: it takes no further review.")
        elif outcome == "met" and review["next_review_on"] is None:
            words = self.tr("Recording this closes the condition as fulfilled.")
        elif review["next_review_on"] is not None:
            words = self.tr("The condition is next due on {day}.").format(
                day=day(review["next_review_on"]))
        else:
            words = self.tr("The condition stays due: set a next review date, or it remains "
                            "on the list of conditions due.")
        self.consequence.setText(self.tr(
            "{consequence} A review is kept as recorded; it cannot be changed.").format(
                consequence=words))
        self.submit.setEnabled(bool(review["note"]))


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)
