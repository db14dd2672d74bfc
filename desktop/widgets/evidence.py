"""What backs an answer: the rationale, the analyst's confidence, and graded evidence items.

Evidence is kept here as plain `EvidenceRow` values (summary, source, Admiralty reliability A–F,
credibility 1–6); the stepper turns them into models' EvidenceInput when it saves.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.widgets.common import QuietComboBox
from playbooks.model import CONFIDENCE_LEVELS, INFORMATION_CREDIBILITY, SOURCE_RELIABILITY


@dataclass(frozen=True)
class EvidenceRow:
    summary: str
    source: str
    reliability: str  # "A".."F"
    credibility: int  # 1..6


class EvidenceTable(QWidget):
    """Rows of evidence, edited in place; Add and Remove beneath."""

    changed = Signal()
    COLUMNS = ("Summary", "Source", "Reliability", "Credibility")

    def __init__(self, prompt: str, parent=None) -> None:
        super().__init__(parent)
        self._prompt = prompt
        self._loading = False
        self.table = QTableWidget(0, len(self.COLUMNS))
        self.table.setAccessibleName(f"Evidence for: {prompt}")
        self.table.setHorizontalHeaderLabels(self.COLUMNS)
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setTabKeyNavigation(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        header.resizeSection(1, 160)
        self.table.itemChanged.connect(self._on_changed)
        self.table.setVisible(False)
        self.add_button = QPushButton("Add evidence")
        self.add_button.setAccessibleName(f"Add an evidence item for: {prompt}")
        self.add_button.clicked.connect(lambda: self.add_row(EvidenceRow("", "", "F", 6)))
        self.remove_button = QPushButton("Remove selected")
        self.remove_button.setAccessibleName(f"Remove the selected evidence item for: {prompt}")
        self.remove_button.clicked.connect(self._remove_selected)
        self.remove_button.setVisible(False)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(buttons)

    def add_row(self, row: EvidenceRow, *, emit: bool = True) -> None:
        self._loading = True
        try:
            index = self.table.rowCount()
            self.table.insertRow(index)
            self.table.setItem(index, 0, QTableWidgetItem(row.summary))
            self.table.setItem(index, 1, QTableWidgetItem(row.source))
            reliability = QuietComboBox()
            for grade, meaning in SOURCE_RELIABILITY.items():
                reliability.addItem(f"{grade} — {meaning}", grade)
            reliability.setCurrentIndex(max(0, reliability.findData(row.reliability)))
            reliability.setAccessibleName("Source reliability (Admiralty A–F)")
            reliability.currentIndexChanged.connect(self._on_changed)
            credibility = QuietComboBox()
            for grade, meaning in INFORMATION_CREDIBILITY.items():
                credibility.addItem(f"{grade} — {meaning}", grade)
            credibility.setCurrentIndex(max(0, credibility.findData(row.credibility)))
            credibility.setAccessibleName("Information credibility (Admiralty 1–6)")
            credibility.currentIndexChanged.connect(self._on_changed)
            self.table.setCellWidget(index, 2, reliability)
            self.table.setCellWidget(index, 3, credibility)
        finally:
            self._loading = False
        self._fit()
        if emit:
            self.table.setCurrentCell(index, 0)
            self.table.editItem(self.table.item(index, 0))
            self.changed.emit()

    def rows(self) -> list[EvidenceRow]:
        result = []
        for index in range(self.table.rowCount()):
            summary = (self.table.item(index, 0).text() if self.table.item(index, 0) else "")
            source = (self.table.item(index, 1).text() if self.table.item(index, 1) else "")
            if not summary.strip() and not source.strip():
                continue  # a row just added and not yet filled in is not evidence
            reliability = self.table.cellWidget(index, 2).currentData()  # type: ignore[union-attr]
            credibility = self.table.cellWidget(index, 3).currentData()  # type: ignore[union-attr]
            result.append(EvidenceRow(summary.strip(), source.strip(), reliability, credibility))
        return result

    def set_rows(self, rows: list[EvidenceRow]) -> None:
        self.table.setRowCount(0)
        for row in rows:
            self.add_row(row, emit=False)
        self._fit()

    def set_read_only(self, read_only: bool) -> None:
        self.add_button.setVisible(not read_only)
        self.remove_button.setVisible(not read_only and self.table.rowCount() > 0)
        triggers = (
            QAbstractItemView.EditTrigger.NoEditTriggers
            if read_only
            else QAbstractItemView.EditTrigger.AllEditTriggers
        )
        self.table.setEditTriggers(triggers)
        for index in range(self.table.rowCount()):
            for column in (2, 3):
                self.table.cellWidget(index, column).setEnabled(not read_only)  # type: ignore[union-attr]

    def _remove_selected(self) -> None:
        selected = sorted({i.row() for i in self.table.selectedIndexes()}, reverse=True)
        if not selected and self.table.currentRow() >= 0:
            selected = [self.table.currentRow()]
        for index in selected:
            self.table.removeRow(index)
        self._fit()
        self.changed.emit()

    def _on_changed(self, *_args) -> None:
        if not self._loading:
            self.changed.emit()

    def _fit(self) -> None:
        count = self.table.rowCount()
        self.table.setVisible(count > 0)
        self.remove_button.setVisible(count > 0)
        height = self.table.horizontalHeader().height() + 6
        height += sum(self.table.rowHeight(i) for i in range(count))
        self.table.setFixedHeight(min(height, 260))


class RationaleEditor(QWidget):
    """Rationale, confidence and evidence for one question's answer."""

    changed = Signal()
    typing_changed = Signal()  # edits that arrive keystroke by keystroke

    def __init__(self, prompt: str, parent=None) -> None:
        super().__init__(parent)
        self._loading = False
        self.rationale = QPlainTextEdit()
        self.rationale.setPlaceholderText("Why this answer? What would change it?")
        self.rationale.setAccessibleName(f"Rationale for: {prompt}")
        self.rationale.setTabChangesFocus(True)
        self.rationale.setFixedHeight(64)
        self.rationale.textChanged.connect(self._on_typed)
        self.confidence = QuietComboBox()
        self.confidence.addItem("not stated", None)
        for level in CONFIDENCE_LEVELS:
            self.confidence.addItem(level, level)
        self.confidence.setAccessibleName(f"Confidence in the answer to: {prompt}")
        self.confidence.currentIndexChanged.connect(self._on_clicked)
        self.evidence = EvidenceTable(prompt)
        self.evidence.changed.connect(self._on_typed)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow("Rationale", self.rationale)
        form.addRow("Confidence", self.confidence)
        form.addRow("Evidence", self.evidence)

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
        self.confidence.setEnabled(not read_only)
        self.evidence.set_read_only(read_only)
