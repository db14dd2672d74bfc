"""Recording a review of an approval's condition from the Conditions due page: met, not met or
withdrawn, a note, the next review date, and whether the tripwire was breached. The rules
(what each outcome allows, the revision a breached tripwire opens) live in
models.conditions.review_condition; this dialog only says them before the official submits, so
that the model's refusal is the exception, not the way to learn them."""

from __future__ import annotations

from datetime import date, timedelta
from html import escape

from PySide6.QtCore import QDate
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

from desktop.locale_format import show_dates_as_written
from desktop.widgets.common import QuietComboBox, muted
from models.condition_records import ConditionRecord

OUTCOMES = (("met", "Met"), ("not_met", "Not met"), ("withdrawn", "Withdrawn"))


class ConditionReviewDialog(QDialog):
    """One review of `condition`; `review()` gives the arguments for review_condition."""

    def __init__(self, condition: ConditionRecord, title: str, today: date,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Record a review of a condition")
        self.condition = condition
        self.today = today
        about = QLabel(f"<b>{escape(condition.requirement)}</b><br>"
                       f"Assessment: {escape(title)}<br>Owner: {escape(condition.owner)}<br>"
                       f"Checked by: {escape(condition.how_checked)}<br>"
                       f"Tripwire: {escape(condition.tripwire or 'none stated')}")
        about.setWordWrap(True)
        self.outcome = QuietComboBox()
        self.outcome.setAccessibleName("Outcome of the review")
        for value, label in OUTCOMES:
            self.outcome.addItem(label, value)
        self.note = QPlainTextEdit()
        self.note.setAccessibleName("Review note")
        self.note.setTabChangesFocus(True)
        self.note.setPlaceholderText("What was checked, on what evidence, and what was found")
        self.next_review = QCheckBox("Review again &on")
        self.next_review.setAccessibleName("Set a next review date")
        self.next_date = QDateEdit(_qdate(today + timedelta(days=30)))
        self.next_date.setCalendarPopup(True)
        self.next_date.setMinimumDate(_qdate(today + timedelta(days=1)))
        show_dates_as_written(self.next_date)
        self.next_date.setAccessibleName("Next review date")
        self.breached = QCheckBox("The &tripwire was breached: the approval no longer stands")
        self.breached.setAccessibleName("The tripwire was breached")
        self.consequence = muted("")
        self.consequence.setAccessibleName("What recording this review will do")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.submit = self.buttons.addButton("&Record review",
                                             QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow("O&utcome", self.outcome)
        form.addRow("&Note", self.note)
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
            words = "Write a note: a review says what was checked and found."
        elif breached:
            words = ("Recording this ends the approval: a new draft revision of the decision is "
                     "opened, to be assessed and decided again.")
        elif outcome == "withdrawn":
            words = "Recording this closes the condition: it takes no further review."
        elif outcome == "met" and review["next_review_on"] is None:
            words = "Recording this closes the condition as fulfilled."
        elif review["next_review_on"] is not None:
            words = f"The condition is next due on {review['next_review_on'].isoformat()}."
        else:
            words = ("The condition stays due: set a next review date, or it remains on the "
                     "list of conditions due.")
        self.consequence.setText(words + " A review is kept as recorded; it cannot be changed.")
        self.submit.setEnabled(bool(review["note"]))


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)
