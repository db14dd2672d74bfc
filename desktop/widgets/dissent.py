"""Recording a reviewer's dissent from a decision: who dissents and why.

The dissent itself is stored by models.workflow.add_dissent (added later, never changed, in
the audit chain) and carried by the memo; this dialog only collects the two fields.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.widgets.common import muted


class DissentDialog(QDialog):
    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Record dissent"))
        self.reviewer = QLineEdit()
        self.reviewer.setAccessibleName(self.tr("Reviewer recording dissent"))
        self.reviewer.setPlaceholderText(self.tr("Name and role, e.g. Legal adviser J. Mensah"))
        self.text = QPlainTextEdit()
        self.text.setAccessibleName(self.tr("Dissent text"))
        self.text.setTabChangesFocus(True)
        self.text.setPlaceholderText(self.tr("What the reviewer disagrees with, and why"))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("Record dissent"))
        self.ok.setAccessibleName(
            self.tr("Record the dissent (it cannot be changed afterwards)"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("&Reviewer"), self.reviewer)
        form.addRow(self.tr("&Dissent"), self.text)
        layout = QVBoxLayout(self)
        layout.addWidget(muted(
            self.tr("Dissent from the decision on “{title}”. It is kept in the record and printed "
                    "on memos issued from now on; it cannot be edited or removed later.").format(
                title=title)
        ))
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.reviewer.textChanged.connect(self._update)
        self.text.textChanged.connect(self._update)
        self._update()
        self.resize(520, 300)

    def values(self) -> tuple[str, str]:
        return self.reviewer.text().strip(), self.text.toPlainText().strip()

    def _update(self) -> None:
        reviewer, text = self.values()
        self.ok.setEnabled(bool(reviewer and text))
