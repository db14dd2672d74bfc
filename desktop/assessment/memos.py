"""The memos of a decided assessment, on its decision page: the list, and issuing a new one."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
)

from desktop.context import DeskContext
from desktop.memo.actions import MemoActions
from desktop.widgets.common import muted


def memo_line(memo) -> str:
    signers = ", ".join(f"{s.signer} ({s.field.replace('_', ' ')})" for s in memo.signatures)
    return f"{memo.reference} — {memo.stage}" + (f": {signers}" if signers else "")


class MemoSection(QGroupBox):
    record_changed = Signal()
    issued = Signal(str)  # memo id

    def __init__(self, context: DeskContext, record, parent=None) -> None:
        super().__init__("Decision memo", parent)
        self.context = context
        self.record = record
        self.actions = MemoActions(context, self)
        self.actions.issued.connect(self._on_issued)
        self.list = QListWidget()
        self.list.setAccessibleName("Memos issued for this decision")
        self.list.itemActivated.connect(
            lambda item: self.actions.view(item.data(Qt.ItemDataRole.UserRole))
        )
        for memo in record.memos:
            self._add(memo.id, memo_line(memo))
        self.list.setVisible(bool(record.memos))
        self.list.setMaximumHeight(120)
        self.issue_button = QPushButton("&Issue memo…")
        self.issue_button.setAccessibleName("Issue the decision memo (sign it or issue unsigned)")
        self.issue_button.clicked.connect(lambda: self.actions.issue(self.record))
        self.view_button = QPushButton("View memo")
        self.view_button.setAccessibleName("View the selected memo")
        self.view_button.clicked.connect(self._view_selected)
        self.view_button.setEnabled(bool(record.memos))
        self.progress = muted("")
        self.progress.setAccessibleName("Issuing progress")
        self.actions.progress.connect(self.progress.setText)
        buttons = QHBoxLayout()
        buttons.addWidget(self.progress, 1)
        buttons.addWidget(self.view_button)
        buttons.addWidget(self.issue_button)
        layout = QVBoxLayout(self)
        layout.addWidget(muted(
            "The memo is rendered from the frozen record, signed by the drafting official and "
            "countersigned by the minister, and stored in the record."
        ))
        layout.addWidget(self.list)
        layout.addLayout(buttons)

    def _add(self, memo_id: str, text: str) -> None:
        item = QListWidgetItem(text)
        item.setData(Qt.ItemDataRole.UserRole, memo_id)
        self.list.addItem(item)
        self.list.setCurrentItem(item)

    def _view_selected(self) -> None:
        item = self.list.currentItem()
        if item is not None:
            self.actions.view(item.data(Qt.ItemDataRole.UserRole))

    def _on_issued(self, memo) -> None:
        self._add(memo.id, memo_line(memo))
        self.list.setVisible(True)
        self.view_button.setEnabled(True)
        self.record_changed.emit()
        self.issued.emit(memo.id)
