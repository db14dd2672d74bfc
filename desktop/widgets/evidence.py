"""What backs an answer: the rationale, the analyst's confidence, and graded evidence items.

Evidence is kept here as plain `EvidenceRow` values (summary, source, Admiralty reliability A–F,
credibility 1–6); the stepper turns them into models' EvidenceInput when it saves.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.widgets.common import QuietComboBox
from desktop.widgets.vocabulary import confidence_words, credibility_words, reliability_words
from playbooks.model import CONFIDENCE_LEVELS, INFORMATION_CREDIBILITY, SOURCE_RELIABILITY


@dataclass(frozen=True)
class EvidenceRow:
    summary: str
    source: str
    reliability: str  # "A".."F"
    credibility: int  # 1..6


class EvidenceItem(QFrame):
    """One evidence item: what it shows, where it comes from, and its Admiralty grade."""

    changed = Signal()
    remove_requested = Signal(object)

    def __init__(self, prompt: str, row: EvidenceRow, parent=None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.summary = QLineEdit(row.summary)
        self.summary.setPlaceholderText(self.tr("What the evidence shows"))
        self.summary.setAccessibleName(
            self.tr("Evidence summary for: {question}").format(question=prompt))
        self.source = QLineEdit(row.source)
        self.source.setPlaceholderText(self.tr("Source"))
        self.source.setAccessibleName(
            self.tr("Evidence source for: {question}").format(question=prompt))
        self.reliability = QuietComboBox()
        for grade, meaning in SOURCE_RELIABILITY.items():
            self.reliability.addItem(self.tr("{grade} — {meaning}").format(
                grade=grade, meaning=reliability_words(grade, meaning)), grade)
        self.reliability.setCurrentIndex(max(0, self.reliability.findData(row.reliability)))
        self.reliability.setAccessibleName(self.tr("Source reliability (Admiralty A–F)"))
        self.reliability.setToolTip(self.tr("Source reliability (Admiralty A–F)"))
        self.credibility = QuietComboBox()
        for number, meaning in INFORMATION_CREDIBILITY.items():
            self.credibility.addItem(self.tr("{grade} — {meaning}").format(
                grade=number, meaning=credibility_words(number, meaning)), number)
        self.credibility.setCurrentIndex(max(0, self.credibility.findData(row.credibility)))
        self.credibility.setAccessibleName(self.tr("Information credibility (Admiralty 1–6)"))
        self.credibility.setToolTip(self.tr("Information credibility (Admiralty 1–6)"))
        self.remove = QPushButton(self.tr("Remove"))
        self.remove.setAccessibleName(
            self.tr("Remove this evidence item for: {question}").format(question=prompt))
        self.remove.clicked.connect(lambda: self.remove_requested.emit(self))
        grades = QHBoxLayout()
        grades.addWidget(self.reliability, 1)
        grades.addWidget(self.credibility, 1)
        grades.addWidget(self.remove)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.setSpacing(4)
        layout.addWidget(self.summary)
        layout.addWidget(self.source)
        layout.addLayout(grades)
        self.summary.textEdited.connect(lambda _t: self.changed.emit())
        self.source.textEdited.connect(lambda _t: self.changed.emit())
        self.reliability.currentIndexChanged.connect(lambda _i: self.changed.emit())
        self.credibility.currentIndexChanged.connect(lambda _i: self.changed.emit())

    def row(self) -> EvidenceRow:
        return EvidenceRow(self.summary.text().strip(), self.source.text().strip(),
                           self.reliability.currentData(), self.credibility.currentData())

    def set_read_only(self, read_only: bool) -> None:
        self.summary.setReadOnly(read_only)
        self.source.setReadOnly(read_only)
        self.reliability.set_locked(read_only)
        self.credibility.set_locked(read_only)
        self.remove.setVisible(not read_only)


class EvidenceTable(QWidget):
    """The evidence items of one answer, one small form each, with "Add evidence" below."""

    changed = Signal()

    def __init__(self, prompt: str, parent=None) -> None:
        super().__init__(parent)
        self._prompt = prompt
        self.items: list[EvidenceItem] = []
        self._list = QVBoxLayout()
        self._list.setContentsMargins(0, 0, 0, 0)
        self.add_button = QPushButton(self.tr("Add evidence"))
        self.add_button.setAccessibleName(
            self.tr("Add an evidence item for: {question}").format(question=prompt))
        self.add_button.clicked.connect(lambda: self.add_row(EvidenceRow("", "", "F", 6)))
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self._list)
        layout.addLayout(buttons)

    def add_row(self, row: EvidenceRow, *, emit: bool = True) -> EvidenceItem:
        item = EvidenceItem(self._prompt, row)
        item.changed.connect(self.changed)
        item.remove_requested.connect(self._remove)
        self.items.append(item)
        self._list.addWidget(item)
        # A widget added later joins the end of the window's Tab chain: put the item's fields
        # where they stand on screen, before "Add evidence".
        previous = self.add_button.previousInFocusChain()
        while previous is not None and (previous is item or item.isAncestorOf(previous) or not (
                previous.focusPolicy() & Qt.FocusPolicy.TabFocus)):
            previous = previous.previousInFocusChain()
        fields: tuple[QWidget, ...] = (item.summary, item.source, item.reliability,
                                       item.credibility, item.remove)
        if previous is not None:  # None: nothing before takes Tab; Qt's own chain stays
            before: QWidget = previous
            for widget in fields:
                QWidget.setTabOrder(before, widget)
                before = widget
        if emit:
            item.summary.setFocus()
            self.changed.emit()
        return item

    def rows(self) -> list[EvidenceRow]:
        # An item just added and not yet filled in is not evidence.
        return [r for r in (item.row() for item in self.items) if r.summary or r.source]

    def set_rows(self, rows: list[EvidenceRow]) -> None:
        for item in self.items:
            item.deleteLater()
        self.items = []
        for row in rows:
            self.add_row(row, emit=False)

    def set_read_only(self, read_only: bool) -> None:
        self.add_button.setVisible(not read_only)
        for item in self.items:
            item.set_read_only(read_only)

    def _remove(self, item: EvidenceItem) -> None:
        self.items.remove(item)
        item.deleteLater()
        self.changed.emit()


class RationaleEditor(QWidget):
    """Rationale, confidence and evidence for one question's answer."""

    changed = Signal()
    typing_changed = Signal()  # edits that arrive keystroke by keystroke

    def __init__(self, prompt: str, parent=None) -> None:
        super().__init__(parent)
        self._loading = False
        self.rationale = QPlainTextEdit()
        self.rationale.setPlaceholderText(self.tr("Why this answer? What would change it?"))
        self.rationale.setAccessibleName(
            self.tr("Rationale for: {question}").format(question=prompt))
        self.rationale.setTabChangesFocus(True)
        self.rationale.setFixedHeight(64)
        self.rationale.textChanged.connect(self._on_typed)
        self.confidence = QuietComboBox()
        self.confidence.addItem(self.tr("not stated"), None)
        for level in CONFIDENCE_LEVELS:
            self.confidence.addItem(confidence_words(level), level)
        self.confidence.setAccessibleName(
            self.tr("Confidence in the answer to: {question}").format(question=prompt))
        self.confidence.currentIndexChanged.connect(self._on_clicked)
        self.evidence = EvidenceTable(prompt)
        self.evidence.changed.connect(self._on_typed)
        self.form = QFormLayout(self)
        self.form.setContentsMargins(0, 0, 0, 0)
        self.form.addRow(self.tr("Rationale"), self.rationale)
        self.form.addRow(self.tr("Confidence"), self.confidence)
        self.form.addRow(self.tr("Evidence"), self.evidence)

    def hide_evidence(self) -> None:
        """An option's answer keeps a rationale and a confidence but no evidence items of its
        own (docs/method.md, "Options in one case", Limits): no table to fill in vain."""
        self.form.setRowVisible(self.evidence, False)

    def _on_typed(self) -> None:
        if not self._loading:
            self.typing_changed.emit()

    def _on_clicked(self) -> None:
        if not self._loading:
            self.changed.emit()

    def values(self) -> tuple[str, str | None, list[EvidenceRow]]:
        return (
            self.rationale.toPlainText(),
            self.confidence.currentData(),
            self.evidence.rows(),
        )

    def set_values(self, rationale: str, confidence: str | None, rows: list[EvidenceRow]) -> None:
        self._loading = True
        try:
            self.rationale.setPlainText(rationale or "")
            index = self.confidence.findData(confidence) if confidence else 0
            self.confidence.setCurrentIndex(max(0, index))
            self.evidence.set_rows(rows)
        finally:
            self._loading = False

    def set_read_only(self, read_only: bool) -> None:
        self.rationale.setReadOnly(read_only)
        self.confidence.set_locked(read_only)
        self.evidence.set_read_only(read_only)
