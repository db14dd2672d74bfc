"""Recording what happened to one likelihood call, from the Review page: occurred, did not
occur or cannot tell, a note, and evidence graded as an answer's is (Admiralty reliability and
credibility). The rules live in models.outcomes.record_outcome; the dialog says before the
official submits that an outcome is kept as recorded (a later one corrects it, both stay)."""

from __future__ import annotations

from html import escape
from typing import cast

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.widgets.common import QuietComboBox, muted
from desktop.widgets.vocabulary import credibility_words, reliability_words
from models.record_snapshots import EvidenceInput
from playbooks.model import (
    INFORMATION_CREDIBILITY,
    LIKELIHOOD_TERMS,
    SOURCE_RELIABILITY,
)

RESULTS = cast(tuple[tuple[str, str], ...], (
    ("occurred", QT_TRANSLATE_NOOP("OutcomeDialog", "It occurred")),
    ("not_occurred", QT_TRANSLATE_NOOP("OutcomeDialog", "It did not occur")),
    ("cannot_tell", QT_TRANSLATE_NOOP("OutcomeDialog", "Cannot tell"))))
_DISPLAY = {term.id: term.display for term in LIKELIHOOD_TERMS}


class OutcomeDialog(QDialog):
    """One outcome of the call `question_id` (said `term`); `outcome()` gives the arguments of
    record_outcome but the record, the playbook and who records."""

    def __init__(self, title: str, prompt: str, term: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Record what happened"))
        about = QLabel(f"<b>{escape(prompt)}</b><br>" + self.tr(
            "Assessment: {title}<br>The call: {term}").format(
                title=escape(title), term=escape(_DISPLAY.get(term, term))))
        about.setWordWrap(True)
        self.happened = QuietComboBox()
        self.happened.setAccessibleName(self.tr("What happened"))
        for value, label in RESULTS:
            self.happened.addItem(QCoreApplication.translate("OutcomeDialog", label), value)
        self.note = QPlainTextEdit()
        self.note.setAccessibleName(self.tr("Outcome note"))
        self.note.setTabChangesFocus(True)
        self.note.setPlaceholderText(self.tr("What happened, and how we know"))
        self.evidence = QLineEdit()
        self.evidence.setAccessibleName(self.tr("Evidence (optional)"))
        self.evidence.setPlaceholderText(self.tr("e.g. UN situation report of 3 June"))
        self.source = QLineEdit()
        self.source.setAccessibleName(self.tr("Source of the evidence"))
        self.reliability = QuietComboBox()
        self.reliability.setAccessibleName(self.tr("Reliability of the source"))
        for letter, words in SOURCE_RELIABILITY.items():
            self.reliability.addItem(self.tr("{grade}: {meaning}").format(
                grade=letter, meaning=reliability_words(letter, words)), letter)
        self.reliability.setCurrentIndex(len(SOURCE_RELIABILITY) - 1)
        self.credibility = QuietComboBox()
        self.credibility.setAccessibleName(self.tr("Credibility of the information"))
        for number, words in INFORMATION_CREDIBILITY.items():
            self.credibility.addItem(self.tr("{grade}: {meaning}").format(
                grade=number, meaning=credibility_words(number, words)), number)
        self.credibility.setCurrentIndex(len(INFORMATION_CREDIBILITY) - 1)
        self.consequence = muted("")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.submit = self.buttons.addButton(self.tr("&Record outcome"),
                                             QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("&What happened"), self.happened)
        form.addRow(self.tr("&Note"), self.note)
        form.addRow(self.tr("&Evidence"), self.evidence)
        form.addRow(self.tr("&Source"), self.source)
        form.addRow(self.tr("Re&liability"), self.reliability)
        form.addRow(self.tr("&Credibility"), self.credibility)
        layout = QVBoxLayout(self)
        layout.addWidget(about)
        layout.addLayout(form)
        layout.addWidget(self.consequence)
        layout.addWidget(self.buttons)
        self.note.textChanged.connect(self._update)
        self._update()

    def outcome(self) -> dict:
        summary = self.evidence.text().strip()
        evidence = [EvidenceInput(summary, self.source.text().strip(),
                                  self.reliability.currentData(), self.credibility.currentData())
                    ] if summary else []
        return {"result": self.happened.currentData(), "note": self.note.toPlainText().strip(),
                "evidence": evidence}

    def _update(self) -> None:
        noted = bool(self.note.toPlainText().strip())
        self.consequence.setText(
            self.tr("An outcome is kept as recorded and never changes the decided record; a "
                    "later outcome of the same call corrects it, and both stay.") if noted
            else self.tr("Write a note: say what happened and how we know."))
        self.submit.setEnabled(noted)


class RetrospectiveDialog(QDialog):
    """A look back on one decision: what we got wrong, what we would do again (both needed);
    `retrospective()` gives the arguments of record_retrospective but the record and who."""

    def __init__(self, title: str, what: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Record a retrospective"))
        about = QLabel(f"<b>{escape(title)}</b><br>{escape(what)}")
        about.setWordWrap(True)
        self.wrong = QPlainTextEdit()
        self.wrong.setAccessibleName(self.tr("What we got wrong"))
        self.wrong.setTabChangesFocus(True)
        self.again = QPlainTextEdit()
        self.again.setAccessibleName(self.tr("What we would do again"))
        self.again.setTabChangesFocus(True)
        self.consequence = muted("")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.submit = self.buttons.addButton(self.tr("&Record retrospective"),
                                             QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("What we got &wrong"), self.wrong)
        form.addRow(self.tr("What we would do &again"), self.again)
        layout = QVBoxLayout(self)
        layout.addWidget(about)
        layout.addLayout(form)
        layout.addWidget(self.consequence)
        layout.addWidget(self.buttons)
        self.wrong.textChanged.connect(self._update)
        self.again.textChanged.connect(self._update)
        self._update()

    def retrospective(self) -> dict:
        return {"wrong": self.wrong.toPlainText().strip(),
                "again": self.again.toPlainText().strip()}

    def _update(self) -> None:
        done = all(self.retrospective().values())
        self.consequence.setText(
            self.tr("A retrospective is kept as recorded and never changes the decided record.")
            if done else self.tr("Say both what we got wrong and what we would do again."))
        self.submit.setEnabled(done)
