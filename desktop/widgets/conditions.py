"""The conditions of an approval as rows the minister's office fills in: what must hold, owner,
how it is checked, review date (YYYY-MM-DD) and tripwire; one row per condition.

The widget only collects text; models.condition_terms checks the values again when the decision
is recorded, and its message is shown if it refuses them.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from models.record_snapshots import ConditionInput

COLUMNS = (
    QT_TRANSLATE_NOOP("ConditionsEditor", "What must hold"),
    QT_TRANSLATE_NOOP("ConditionsEditor", "Owner"),
    QT_TRANSLATE_NOOP("ConditionsEditor", "How it is checked"),
    QT_TRANSLATE_NOOP("ConditionsEditor", "Review date"),
    QT_TRANSLATE_NOOP("ConditionsEditor", "Tripwire (optional)"),
)
REQUIRED = (0, 1, 2, 3)


class ConditionsEditor(QWidget):
    changed = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setAccessibleName(self.tr("Conditions of the approval, one row each"))
        self.table.setHorizontalHeaderLabels([self.tr(str(column)) for column in COLUMNS])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        for column in range(len(COLUMNS)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setMinimumHeight(130)
        self.table.itemChanged.connect(lambda *_: self.changed.emit())
        self.add_button = QPushButton(self.tr("&Add condition"))
        self.add_button.setAccessibleName(self.tr("Add a condition row"))
        self.add_button.clicked.connect(lambda: self.add_row())
        self.remove_button = QPushButton(self.tr("Remove condition"))
        self.remove_button.setAccessibleName(self.tr("Remove the selected condition rows"))
        self.remove_button.clicked.connect(self.remove_selected)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(buttons)

    def add_row(self, values: tuple[str, ...] = ()) -> int:
        row = self.table.rowCount()
        self.table.blockSignals(True)
        self.table.insertRow(row)
        for column in range(len(COLUMNS)):
            text = values[column] if column < len(values) else ""
            self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.blockSignals(False)
        self.table.setCurrentCell(row, 0)
        self.changed.emit()
        return row

    def remove_selected(self) -> None:
        rows = sorted({index.row() for index in self.table.selectedIndexes()}, reverse=True)
        for row in rows:
            self.table.removeRow(row)
        self.changed.emit()

    def _cell(self, row: int, column: int) -> str:
        item = self.table.item(row, column)
        return item.text().strip() if item is not None else ""

    def problem(self) -> str:
        """Why the rows cannot be recorded ("" when they can)."""
        if self.table.rowCount() == 0:
            return self.tr("Add at least one condition: what must hold, owner, how it is "
                           "checked, review date.")
        for row in range(self.table.rowCount()):
            for column in REQUIRED:
                if not self._cell(row, column):
                    return self.tr("Condition {number}: fill in “{column}”.").format(
                        number=row + 1, column=self.tr(str(COLUMNS[column])))
            try:
                date.fromisoformat(self._cell(row, 3))
            except ValueError:
                return self.tr("Condition {number}: write the review date as YYYY-MM-DD.").format(
                    number=row + 1)
        return ""

    def conditions(self) -> list[ConditionInput]:
        """The rows as conditions (call when `problem()` is empty)."""
        return [
            ConditionInput(
                requirement=self._cell(row, 0),
                owner=self._cell(row, 1),
                how_checked=self._cell(row, 2),
                review_on=date.fromisoformat(self._cell(row, 3)),
                tripwire=self._cell(row, 4),
            )
            for row in range(self.table.rowCount())
        ]
