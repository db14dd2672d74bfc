"""The Qt bindings keep Python's reference counts right: PySide6 6.12.0 on Python 3.11 lost a
reference to None on every call of a Qt function returning nothing (and one to True or False
on every signal emitted), so a window aborted ("deallocating None") after some tens of
thousands of calls — within a working day. pyproject.toml pins a version without that."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QLabel

CALLS = 2000


class _Sender(QObject):
    sent = Signal(int)


def test_qt_calls_keep_the_reference_counts_of_none_true_and_false(qapp) -> None:
    label = QLabel()
    sender = _Sender()
    sender.sent.connect(lambda _number: None)
    before = [sys.getrefcount(value) for value in (None, True, False)]
    for number in range(CALLS):
        label.setText(str(number))  # returns nothing
        qapp.processEvents()  # returns nothing
        sender.sent.emit(number)  # returns a bool
    after = [sys.getrefcount(value) for value in (None, True, False)]
    lost = [b - a for a, b in zip(before, after, strict=True) if b - a < -CALLS // 10]
    assert not lost, f"references lost over {CALLS} calls (None, True, False): {lost}"
    label.deleteLater()
