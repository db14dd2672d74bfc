"""Other officials' changes on the change bus: models.change_feed heard on a thread of its own,
each change it yields emitted as `record_changed` on the UI thread, like a write of this window
(marked `elsewhere`), so History, the open assessment and the other pages read again by the
rules they already follow (docs/desktop.md, "Live refresh").

A thread rather than a QSocketNotifier on the UI thread: connecting (again) to the server can
block for the connect timeout (5 s) when it is down or far away, which must never freeze the
window, and the feed then stays plain Python that the model tests drive without Qt. The thread
spends its time waiting in select(); `stop()` wakes it at once.

Many officials at work send many notices; each one heard makes History read its list again on
the one database thread, which this official's own saves share. So the first change is passed
on at once and those heard in the next THROTTLE_MS are passed on together, as one change.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QThread, QTimer, Signal

if TYPE_CHECKING:
    from models.change_feed import ChangeFeed
    from models.changes import RecordChange

STOP_WAIT_MS = 10000  # closing normally takes moments; a connect under way ends by its timeout
THROTTLE_MS = 500  # at most two passes a second while colleagues' changes keep coming
# Threads that had not ended when asked to stop (a connect hanging on name resolution): kept
# here, since Qt ends the process if a running QThread is destroyed. They end by themselves.
_still_stopping: list[_FeedThread] = []


class _FeedThread(QThread):
    heard = Signal(object)  # models.changes.RecordChange, from the feed's thread

    def __init__(self, feed: ChangeFeed) -> None:
        super().__init__()
        self.setObjectName("LiveRefresh")
        self.feed = feed

    def run(self) -> None:
        for change in self.feed.changes():
            self.heard.emit(change)


class LiveRefresh(QObject):
    """Runs one ChangeFeed; `changed(change)` arrives on the thread that made this object, at
    most once per `throttle_ms` (changes heard meanwhile merged)."""

    changed = Signal(object)  # models.changes.RecordChange, marked elsewhere

    def __init__(self, feed: ChangeFeed, parent: QObject | None = None, *,
                 throttle_ms: int = THROTTLE_MS) -> None:
        super().__init__(parent)
        self.feed = feed
        self._pending: RecordChange | None = None
        self._spacing = QTimer(self)
        self._spacing.setSingleShot(True)
        self._spacing.setInterval(throttle_ms)
        self._spacing.timeout.connect(self._pass_on)
        self._thread = _FeedThread(feed)
        self._thread.heard.connect(self._on_heard)  # queued: this object lives on the UI thread

    def start(self) -> None:
        self._thread.start()

    def is_running(self) -> bool:
        return self._thread.isRunning()

    def _on_heard(self, change: RecordChange) -> None:
        self._pending = change if self._pending is None else self._pending | change
        if not self._spacing.isActive():
            self._pass_on()

    def _pass_on(self) -> None:
        if self._pending is None:
            return  # nothing came while waiting: the next change goes on at once
        change, self._pending = self._pending, None
        self._spacing.start()
        self.changed.emit(change)

    def stop(self, timeout_ms: int = STOP_WAIT_MS) -> bool:
        """Stop listening and wait for the thread to end; whether it ended in `timeout_ms`.
        Changes heard and not yet passed on are dropped (the window is closing)."""
        self._spacing.stop()
        self._pending = None
        self._thread.heard.disconnect(self._on_heard)
        self.feed.stop()
        if self._thread.wait(timeout_ms):
            return True
        _still_stopping.append(self._thread)
        return False
