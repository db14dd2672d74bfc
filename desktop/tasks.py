"""Work off the UI thread, with results delivered back on it.

Two runners, both built on a private QThreadPool so that shutting down can wait for them:

- `DatabaseRunner` has exactly ONE thread: every database operation is queued onto it and runs
  in submission order (like Anki's task manager), so saves never overtake each other and the
  SQLite connection is used by one thread at a time.
- `BackgroundRunner` has a few threads for CPU work that writes nothing (rendering PDF pages
  into images; reading a certificate file; verifying the whole archive, a long read-only check
  with its own connections, so answers keep being saved on the database thread meanwhile).

A task is a plain callable. `on_done(result)` or `on_error(exception)` run later on the UI
thread. When a callback's `owner` widget has been deleted meanwhile, the callback is dropped
instead of touching a dead object. Errors with no `on_error` go to the runner's `unhandled`
handler (the application shows them). `committed(result)` runs on success before `on_done`
even when the owner is gone: what must follow a write whoever asked for it (the change bus,
DeskContext.write).
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

Callback = Callable[[Any], None]
ErrorCallback = Callable[[BaseException], None]


@dataclass
class _Pending:
    on_done: Callback | None
    on_error: ErrorCallback | None
    owner: QObject | None
    label: str
    committed: Callback | None = None


class _Relay(QObject):
    """Lives on the UI thread; signals emitted from a worker are queued to it."""

    finished = Signal(int, object, object)  # task id, result, exception or None


class _Job(QRunnable):
    def __init__(self, task_id: int, work: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._task_id = task_id
        self._work = work
        self._relay = relay

    def run(self) -> None:
        try:
            result = self._work()
        except BaseException as error:  # every failure is reported on the UI thread
            self._relay.finished.emit(self._task_id, None, error)
        else:
            self._relay.finished.emit(self._task_id, result, None)


class TaskRunner(QObject):
    """Queue callables onto a private pool; deliver results on the UI thread."""

    busy_changed = Signal(bool)
    idle = Signal()

    def __init__(self, threads: int, name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(threads)
        self._pool.setObjectName(name)
        self._relay = _Relay(self)
        self._relay.finished.connect(self._deliver)
        self._ids = itertools.count(1)
        self._pending: dict[int, _Pending] = {}
        self.unhandled: ErrorCallback = _reraise

    def submit(
        self,
        work: Callable[[], Any],
        on_done: Callback | None = None,
        on_error: ErrorCallback | None = None,
        *,
        owner: QObject | None = None,
        label: str = "",
        committed: Callback | None = None,
    ) -> int:
        task_id = next(self._ids)
        was_idle = not self._pending
        self._pending[task_id] = _Pending(on_done, on_error, owner, label, committed)
        self._pool.start(_Job(task_id, work, self._relay))
        if was_idle:
            self.busy_changed.emit(True)
        return task_id

    def is_idle(self) -> bool:
        """True when nothing is queued, running, or waiting for its callback."""
        return not self._pending

    def wait_for_done(self, msecs: int = -1) -> bool:
        """Block until the workers finish (used when closing); callbacks are still delivered
        through the event loop afterwards."""
        return self._pool.waitForDone(msecs)

    def active_threads(self) -> int:
        return self._pool.activeThreadCount()

    def _deliver(self, task_id: int, result: object, error: object) -> None:
        pending = self._pending.pop(task_id, None)
        try:
            if pending is None:
                return
            owner_gone = pending.owner is not None and not shiboken6.isValid(pending.owner)
            if isinstance(error, BaseException):
                if pending.on_error is not None and not owner_gone:
                    pending.on_error(error)
                else:
                    self.unhandled(error)
            else:
                if pending.committed is not None:
                    pending.committed(result)
                if pending.on_done is not None and not owner_gone:
                    pending.on_done(result)
        finally:
            if not self._pending:
                self.busy_changed.emit(False)
                self.idle.emit()


def _reraise(error: BaseException) -> None:
    raise error


class DatabaseRunner(TaskRunner):
    """The one thread that talks to the database."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(1, "database", parent)


class BackgroundRunner(TaskRunner):
    """A few threads for work that writes nothing (page rendering, the archive check)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(2, "background", parent)
