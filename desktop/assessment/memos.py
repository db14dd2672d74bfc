"""The memos of a decided assessment, on its decision page: the list, and issuing a new one.

The list is read again by the decision step whenever the change bus says a memo of this
assessment was stored (issued or signed here, from History, or by anyone in this window)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
)

from desktop.assessment.bidi import isolated
from desktop.context import DeskContext
from desktop.memo.actions import MemoActions
from desktop.widgets.common import muted
from desktop.widgets.vocabulary import memo_stage_words, signer_words


def memo_line(memo) -> str:
    signers = QCoreApplication.translate("MemoLine", ", ").join(
        QCoreApplication.translate("MemoLine", "{signer} ({field})").format(
            signer=isolated(s.signer), field=signer_words(s.field))
        for s in memo.signatures)
    line = QCoreApplication.translate("MemoLine", "{reference} — {stage}").format(
        reference=isolated(memo.reference), stage=memo_stage_words(memo.stage))
    if not signers:
        return line
    return QCoreApplication.translate("MemoLine", "{memo}: {signers}").format(
        memo=line, signers=signers)


class MemoSection(QGroupBox):
    issued = Signal(str)  # memo id

    def __init__(self, context: DeskContext, record, parent=None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Decision memo"))
        self.context = context
        self.record = record
        self.memo_actions = MemoActions(context, self)
        self.memo_actions.issued.connect(self._on_issued)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Memos issued for this decision"))
        self.list.itemActivated.connect(
            lambda item: self.memo_actions.view(item.data(Qt.ItemDataRole.UserRole))
        )
        self.list.setMaximumHeight(120)
        self.issue_button = QPushButton(self.tr("&Issue memo…"))
        self.issue_button.setAccessibleName(
            self.tr("Issue the decision memo (sign it or issue unsigned)"))
        self.issue_button.clicked.connect(self._issue)
        self.view_button = QPushButton(self.tr("View memo"))
        self.view_button.setAccessibleName(self.tr("View the selected memo"))
        self.view_button.clicked.connect(self._view_selected)
        self.sign_button = QPushButton(self.tr("&Sign…"))
        self.sign_button.setAccessibleName(self.tr("Add the next signature to the selected memo"))
        self.sign_button.clicked.connect(self._sign_selected)
        self.list.currentItemChanged.connect(lambda *_: self._update_sign())
        self.progress = muted("")
        self.progress.setAccessibleName(self.tr("Issuing progress"))
        self.bar = QProgressBar()
        self.bar.setAccessibleName(self.tr("Issuing progress bar"))
        self.bar.setVisible(False)
        self.bar.setMaximumWidth(200)
        self.memo_actions.progress.connect(self._on_progress)
        buttons = QHBoxLayout()
        buttons.addWidget(self.progress, 1)
        buttons.addWidget(self.bar)
        buttons.addWidget(self.view_button)
        buttons.addWidget(self.sign_button)
        buttons.addWidget(self.issue_button)
        layout = QVBoxLayout(self)
        layout.addWidget(muted(self.tr(
            "The memo is rendered from the frozen record, signed by the drafting official and "
            "countersigned by the minister, and stored in the record."
        )))
        layout.addWidget(self.list)
        layout.addLayout(buttons)
        self.memo_actions.failed_to_issue.connect(lambda _m: self._on_failed())
        self.show_memos(record.memos)

    def show_memos(self, memos) -> None:
        """The stored memos (models.workflow.MemoRecord, oldest first); the newest selected."""
        self.list.clear()
        for memo in memos:
            self._add(memo.id, memo_line(memo), memo.stage)
        self.list.setVisible(bool(memos))
        self.view_button.setEnabled(bool(memos))
        self._has_memo = bool(memos)
        self._update_sign()

    def _on_failed(self) -> None:
        self.bar.setVisible(False)
        self._update_sign()

    def _add(self, memo_id: str, text: str, stage: str = "") -> None:
        item = QListWidgetItem(text)
        item.setData(Qt.ItemDataRole.UserRole, memo_id)
        item.setData(Qt.ItemDataRole.UserRole + 1, stage)
        self.list.addItem(item)
        self.list.setCurrentItem(item)

    def _update_sign(self) -> None:
        item = self.list.currentItem()
        stage = item.data(Qt.ItemDataRole.UserRole + 1) if item else ""
        running = self.memo_actions.worker is not None and self.memo_actions.worker.running
        self.sign_button.setVisible(stage in ("unsigned", "drafted"))
        self.sign_button.setEnabled(not running)
        # A decision has one memo (models.memos): once it exists it is signed or exported,
        # never issued again (a second click, or a retry after a failed export).
        issued = getattr(self, "_has_memo", False)
        self.issue_button.setEnabled(not running and not issued)
        self.issue_button.setToolTip(
            self.tr("This decision's memo is issued: view, sign or export it") if issued else "")

    def _sign_selected(self) -> None:
        item = self.list.currentItem()
        if item is not None:
            self.memo_actions.sign_later(self.record, item.data(Qt.ItemDataRole.UserRole))
            self._update_sign()

    def _on_progress(self, step: str, done: int, total: int) -> None:
        self.progress.setText(step)
        self.bar.setRange(0, max(total, 1))
        self.bar.setValue(done)
        self.bar.setVisible(0 <= done < total)
        self._update_sign()

    def _issue(self) -> None:
        self.memo_actions.issue(self.record)
        self._update_sign()

    def _view_selected(self) -> None:
        item = self.list.currentItem()
        if item is not None:
            self.memo_actions.view(item.data(Qt.ItemDataRole.UserRole))

    def _on_issued(self, memo) -> None:
        # The list itself follows the change bus (DecisionStep._on_record_changed).
        self.bar.setVisible(False)
        self._update_sign()
        self.issued.emit(memo.id)
