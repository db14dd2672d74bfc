"""Conditions due: the open conditions of approvals that stand whose review falls today or
earlier (models.conditions.due_conditions), overdue first; Enter or a double-click opens the
case. The page only lists; reviews are recorded with `main.py conditions review` for now.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.context import DeskContext
from desktop.widgets.common import heading, muted
from models.changes import Part, RecordChange

COLUMNS = ("Review", "State", "Owner", "Assessment", "What must hold", "Tripwire")


class DuePage(QWidget):
    open_assessment = Signal(str)
    shown = Signal()  # the list was read again

    def __init__(self, context: DeskContext, parent=None) -> None:
        super().__init__(parent)
        self.context = context
        self.setAccessibleName("Conditions due")
        self.summary = muted("")
        self.summary.setAccessibleName("How many conditions are due")
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setAccessibleName("Conditions due; press Enter to open the assessment")
        self.table.setHorizontalHeaderLabels(COLUMNS)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        for column in range(len(COLUMNS)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.table.itemActivated.connect(self._open)
        layout = QVBoxLayout(self)
        layout.addWidget(heading("Conditions due"))
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        self.loaded_once = False
        context.record_changed.connect(self._on_record_changed)

    def _on_record_changed(self, change: RecordChange) -> None:
        if change.has(Part.DECISION, Part.REVISIONS) and self.loaded_once:
            self.reload()

    def activated(self) -> None:
        self.reload()

    def reload(self) -> None:
        from models.conditions import due_conditions

        db = self.context.db
        self.context.runner.submit(lambda: due_conditions(db), self._show, owner=self,
                                   label="list conditions due")

    def _show(self, due) -> None:
        self.loaded_once = True
        self.table.setRowCount(len(due))
        for row, item in enumerate(due):
            c = item.condition
            cells = (item.due_on.isoformat(), "overdue" if item.overdue else "due today",
                     c.owner, item.title, c.requirement, c.tripwire or "none stated")
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                cell.setData(Qt.ItemDataRole.UserRole, item.assessment_id)
                cell.setToolTip(text)
                self.table.setItem(row, column, cell)
        overdue = sum(1 for d in due if d.overdue)
        self.summary.setText(
            f"{len(due)} condition{'s' if len(due) != 1 else ''} due, {overdue} overdue. "
            "Open one to see its decision; record a review with: main.py conditions review."
            if due else "No condition of a standing approval is due today."
        )
        self.shown.emit()

    def _open(self, cell: QTableWidgetItem) -> None:
        self.open_assessment.emit(cell.data(Qt.ItemDataRole.UserRole))
