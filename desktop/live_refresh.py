"""Other officials' changes on the change bus: models.change_feed heard on a thread of its own,
each change it yields emitted as `record_changed` on the UI thread, like a write of this window
(marked `elsewhere`), so History, the open assessment and the other pages read again by the
rules they already follow (docs/desktop.md, "Live refresh").

A thread rather than a QSocketNotifier on the UI thread: connecting (again) to the server can
block for the connect timeout (5 s) when it is down or far away, which must never freeze the
window, and the feed then stays plain Python that the model tests drive without Qt. The thread
spends its time waiting in select(); `stop()` wakes it at once.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QThread, Signal

if TYPE_CHECKING:
    from models.change_feed import ChangeFeed

STOP_WAIT_MS = 10000  # closing normally takes moments; a connect under way ends by its timeout
# Threads that had not ended when asked to stop (a connect hanging on name resolution): kept
# here, since Qt ends the process if a running QThread is destroyed. They end by themselves.
_still_stopping: list[LiveRefresh] = []


class LiveRefresh(QThread):
    """Runs one ChangeFeed; `heard(change)` arrives on the thread that made this object."""

    heard = Signal(object)  # models.changes.RecordChange, marked elsewhere

    def __init__(self, feed: ChangeFeed, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("LiveRefresh")
        self.feed = feed

    def run(self) -> None:
        for change in self.feed.changes():
            self.heard.emit(change)

    def stop(self, timeout_ms: int = STOP_WAIT_MS) -> bool:
        """Stop listening and wait for the thread to end; whether it ended in `timeout_ms`."""
        self.feed.stop()
        if self.wait(timeout_ms):
            return True
        self.setParent(None)
        _still_stopping.append(self)
        return False
