"""The status bar's signing keys: shown only while the memo helper holds keys unlocked — who,
and for how many more minutes — with a Lock button beside it (also Record > Lock signing keys,
Ctrl+L). The keys live in the helper process; this only reads what it reports
(DeskContext.bus.signing_keys_changed, desktop/memo/client.py)."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QHBoxLayout, QLabel, QToolButton, QWidget

from desktop.context import DeskContext

TICK_MS = 30_000  # the minutes shown are brought up to date this often while keys are unlocked


class SigningKeysStatus(QWidget):
    def __init__(self, context: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.label = QLabel("")
        self.label.setAccessibleName(self.tr("Signing keys unlocked"))
        self.lock_button = QToolButton()
        self.lock_button.setText(self.tr("Lock"))
        self.lock_button.setAccessibleName(self.tr("Lock the signing keys now"))
        self.lock_button.clicked.connect(self.lock)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 0, 4, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.lock_button)
        self._tick = QTimer(self)
        self._tick.setInterval(TICK_MS)
        self._tick.timeout.connect(self.refresh)
        context.bus.signing_keys_changed.connect(self.refresh)
        self.refresh()

    def held(self) -> list[tuple[str, int]]:
        """(name, seconds left) of each key held unlocked now."""
        if not self.context.has_memo_helper():
            return []
        keys = self.context.memo_helper().unlocked
        return [(k.key.name, k.seconds_left()) for k in keys if k.seconds_left() > 0]

    def refresh(self) -> None:
        held = self.held()
        self.setVisible(bool(held))
        if not held:
            self._tick.stop()
            return
        text, tip = self.keys_text(held)
        self.label.setText(text)
        self.setToolTip(tip)
        if not self._tick.isActive():
            self._tick.start()

    def keys_text(self, names_and_seconds: list[tuple[str, int]]) -> tuple[str, str]:
        """(the status text, its tooltip) for the keys held unlocked."""
        count = len(names_and_seconds)
        soonest = max(1, round(min(s for _n, s in names_and_seconds) / 60))
        if count > 1:
            text = self.tr("Signing keys unlocked: {count} (the first locks in %n min)", "",
                           soonest).format(count=count)
        else:
            text = self.tr("Signing keys unlocked: 1 (locks in %n min)", "", soonest)
        tip = "\n".join(
            self.tr("{name}: unlocked for %n more min", "", max(1, round(seconds / 60))).format(
                name=name)
            for name, seconds in names_and_seconds
        )
        return text, tip + "\n" + self.tr("Lock them now with Record > Lock signing keys "
                                          "(Ctrl+L).")

    def lock(self) -> None:
        if self.context.has_memo_helper():
            self.context.memo_helper().lock_keys()
