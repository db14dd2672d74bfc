"""Conditions due: the open conditions of approvals that stand whose review falls today or
earlier (models.conditions.due_conditions), overdue first; Enter or a double-click opens the
case; "Record a review…" records met / not met / withdrawn for the selected condition
(desktop.pages.condition_review), as `main.py conditions review` does.
"""

from __future__ import annotations

from typing import cast

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
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

from desktop.context import DeskContext
from desktop.locale_format import day
from desktop.widgets.common import heading, muted
from models.changes import Part, RecordChange

COLUMNS = cast(tuple[str, ...], (
    QT_TRANSLATE_NOOP("DuePage", "Review"), QT_TRANSLATE_NOOP("DuePage", "State"),
    QT_TRANSLATE_NOOP("DuePage", "Owner"), QT_TRANSLATE_NOOP("DuePage", "Assessment"),
    QT_TRANSLATE_NOOP("DuePage", "What must hold"), QT_TRANSLATE_NOOP("DuePage", "Tripwire")))


class DuePage(QWidget):
    open_assessment = Signal(str)
    shown = Signal()  # the list was read again

    def __init__(self, context: DeskContext, parent=None) -> None:
        super().__init__(parent)
        self.context = context
        self.setAccessibleName(self.tr("Conditions due"))
        self.summary = muted("")
        self.summary.setAccessibleName(self.tr("How many conditions are due"))
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setAccessibleName(
            self.tr("Conditions due; press Enter to open the assessment"))
        self.table.setHorizontalHeaderLabels(
            [QCoreApplication.translate("DuePage", column) for column in COLUMNS])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        for column in range(len(COLUMNS)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.table.itemActivated.connect(self._open)
        self.review_button = QPushButton(self.tr("Record a re&view…"))
        self.review_button.setAccessibleName(
            self.tr("Record a review of the selected condition"))
        self.review_button.clicked.connect(self.review_selected)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        buttons = QHBoxLayout()
        buttons.addWidget(self.review_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Conditions due")))
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.due: list = []  # models.conditions.DueCondition, one per row
        self.loaded_once = False
        self._update_buttons()
        context.record_changed.connect(self._on_record_changed)

    def _on_record_changed(self, change: RecordChange) -> None:
        if change.has(Part.DECISION, Part.REVISIONS, Part.CONDITIONS) and self.loaded_once:
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
        self.due = list(due)
        self.table.setRowCount(len(due))
        for row, item in enumerate(due):
            c = item.condition
            cells = (day(item.due_on),
                     self.tr("overdue") if item.overdue else self.tr("due today"),
                     c.owner, item.title, c.requirement, c.tripwire or self.tr("none stated"))
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                cell.setData(Qt.ItemDataRole.UserRole, item.assessment_id)
                cell.setToolTip(text)
                self.table.setItem(row, column, cell)
        overdue = sum(1 for d in due if d.overdue)
        if not due:
            self.summary.setText(self.tr("No condition of a standing approval is due today."))
        else:
            # English reads "1 condition due" without a translator; other languages take
            # their plural forms from the numerus message.
            count = (self.tr("1 condition due, {overdue} overdue.") if len(due) == 1 else
                     self.tr("%n conditions due, {overdue} overdue.", "", len(due)))
            self.summary.setText(self.tr(
                "{count} Enter opens the case's decision; Record a review… records what was "
                "found.").format(count=count.format(overdue=overdue)))
        self._update_buttons()
        self.shown.emit()

    def selected(self):
        """The DueCondition of the selected row, or None."""
        rows = self.table.selectionModel().selectedRows()
        return self.due[rows[0].row()] if rows and rows[0].row() < len(self.due) else None

    def _update_buttons(self) -> None:
        self.review_button.setEnabled(self.selected() is not None)

    def review_selected(self) -> None:
        from datetime import UTC, datetime

        from desktop.pages.condition_review import ConditionReviewDialog
        from models.conditions import review_condition

        item = self.selected()
        if item is None:
            return
        today = datetime.now(UTC).date()  # UTC, as models.conditions dates its reviews
        dialog = ConditionReviewDialog(item.condition, item.title, today, self)
        if not self.context.dialogs.exec_dialog(dialog):
            return
        review, db, by = dialog.review(), self.context.db, self.context.actor
        condition_id, assessment_id = item.condition.id, item.assessment_id

        def changed(result) -> RecordChange:
            if result.revision_id is None:
                return RecordChange.of(Part.CONDITIONS, assessments=[assessment_id])
            return RecordChange.of(Part.CONDITIONS, Part.REVISIONS, Part.ASSESSMENTS,
                                   assessments=[assessment_id, result.revision_id])

        self.context.write(
            lambda: review_condition(db, condition_id, by=by, **review), changed,
            self._reviewed,
            self.context.dialogs.error_shown(self, self.tr("The review was not recorded")),
            owner=self, label="review a condition")

    def _reviewed(self, result) -> None:
        if result.revision_id is not None:
            self.context.dialogs.info(
                self, self.tr("The approval no longer stands"),
                self.tr("The tripwire was recorded as breached. A new draft revision of the "
                        "decision was opened; it is listed in History, to be assessed and "
                        "decided again."))

    def _open(self, cell: QTableWidgetItem) -> None:
        self.open_assessment.emit(cell.data(Qt.ItemDataRole.UserRole))
