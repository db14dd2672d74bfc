"""What every page needs, handed to it explicitly (no module-level singletons), and the change
bus: ONE `record_changed(change)` signal that every write made from this window emits once it
has committed, carrying a models.changes.RecordChange. Views subscribe and decide for
themselves whether to read again; no writer knows its readers (docs/desktop.md)."""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QObject, Qt, Signal, SignalInstance

from desktop.dialogs import Dialogs
from desktop.tasks import BackgroundRunner, Callback, DatabaseRunner, ErrorCallback

if TYPE_CHECKING:
    from desktop.live_refresh import LiveRefresh
    from desktop.memo.client import MemoHelperClient
    from desktop.opening import RecordOpening
    from models.changes import RecordChange
    from models.db import Database
    from models.profile import Profile
    from playbooks.loader import PlaybookCatalog


class ChangeBus(QObject):
    """Carries every committed write's RecordChange to whoever shows the record; and, apart
    from the record, news of the signing keys the memo helper holds unlocked."""

    record_changed = Signal(object)  # models.changes.RecordChange
    signing_keys_changed = Signal()  # unlocked, locked, timed out, or gone with the helper
    record_opened = Signal()  # the record opened behind the window (DeskContext.once_open)


@dataclass
class DeskContext:
    db: Database
    catalog: PlaybookCatalog
    runner: DatabaseRunner  # every database call goes through this one thread
    background: BackgroundRunner  # work that writes nothing (page rendering, archive check)
    dialogs: Dialogs
    actor: str  # recorded in the audit chain as who made each change
    user_playbooks: Path  # where added playbook files are kept
    # Start the memo helper this long after the record opened (None: when first needed).
    warm_memo_helper_after_ms: int | None = None
    # Start hearing other officials' changes this long after the record opened (PostgreSQL
    # only; None: not at all, e.g. in tests that do not ask for it).
    live_refresh_after_ms: int | None = None
    profile: Profile | None = None  # the official's (desktop.profile); None: not set yet
    # While the record opens behind the shown window: what can be read meanwhile with the plain
    # driver (RecordOpening.read_ahead, models.first_page); None once it is open.
    opening: RecordOpening | None = None
    bus: ChangeBus = field(default_factory=ChangeBus, repr=False)
    _memo_helper: MemoHelperClient | None = field(default=None, repr=False)
    _live_refresh: LiveRefresh | None = field(default=None, repr=False)
    _shut_down: bool = field(default=False, repr=False)

    def use_profile(self, profile: Profile) -> None:
        """The official's profile, changed: writes submitted from now on record its actor."""
        self.profile = profile
        self.actor = profile.actor

    # the record opened behind the window ----------------------------------------------------
    def record_now_open(self, db: Database, catalog: PlaybookCatalog) -> None:
        """The record opened behind the window (desktop.app): what waited for it runs now."""
        self.db, self.catalog, self.opening = db, catalog, None
        self.bus.record_opened.emit()

    def once_open(self, owner: QObject, call: Callable[[], object]) -> None:
        """`call()` now if the record is open, else on the UI thread once it is, unless `owner`
        is gone by then. For a read that needs the record, asked while it still opens: queued
        at once, it would hold the database thread until the opening ends, and a case opened
        meanwhile could not be read ahead of it."""
        if self.opening is None:
            call()
            return

        def opened() -> None:
            if shiboken6.isValid(owner):
                call()

        self.bus.record_opened.connect(opened, Qt.ConnectionType.SingleShotConnection)

    # the change bus ---------------------------------------------------------------------------
    @property
    def record_changed(self) -> SignalInstance:
        """Emitted on the UI thread after every write from this window has committed."""
        return self.bus.record_changed

    def announce(self, change: RecordChange) -> None:
        """Tell every view that `change` has committed (for writes not made through `write`,
        e.g. a memo stored by the memo helper process). Once shut down, nothing is announced:
        the views are closing, and a refresh they started then would outlive the window."""
        if not self._shut_down:
            self.bus.record_changed.emit(change)

    def write(
        self,
        work: Callable[[], Any],
        change: RecordChange | Callable[[Any], RecordChange],
        on_done: Callback | None = None,
        on_error: ErrorCallback | None = None,
        *,
        owner: QObject | None = None,
        label: str = "",
    ) -> int:
        """Run the write `work` on the database thread; once it has committed, announce
        `change` (or `change(result)`) on the bus — even if `owner` has gone meanwhile — and
        then call `on_done(result)`. A failed write announces nothing."""

        def committed(result: Any) -> None:
            self.announce(change(result) if callable(change) else change)

        return self.runner.submit(
            work, on_done, on_error, owner=owner, label=label, committed=committed
        )

    # other officials' changes -----------------------------------------------------------------
    def start_live_refresh(self) -> bool:
        """Announce on the bus every change other processes commit to this record, from now
        until shutdown (desktop.live_refresh). Whether it started: not on SQLite (nobody else
        writes there), not twice, not once shut down."""
        if self._live_refresh is not None or self._shut_down:
            return False
        from desktop.live_refresh import LiveRefresh
        from models.change_feed import ChangeFeed

        # catch_up: what was committed between the first reads and listening is not missed.
        feed = ChangeFeed.for_database(self.db, catch_up=True)
        if feed is None:
            return False
        self._live_refresh = LiveRefresh(feed, self.bus)
        self._live_refresh.changed.connect(self.bus.record_changed)
        self._live_refresh.start()
        return True

    @property
    def live_refresh(self) -> LiveRefresh | None:
        """What hears other officials' changes, from its start until shutdown."""
        return self._live_refresh

    def stop_live_refresh(self) -> None:
        if self._live_refresh is not None:
            self._live_refresh.stop()
            self._live_refresh = None

    # the memo helper --------------------------------------------------------------------------
    def memo_helper(self) -> MemoHelperClient:
        """The helper process that renders and signs memos, made on first use."""
        if self._memo_helper is None:
            from desktop.memo.client import MemoHelperClient

            self._memo_helper = MemoHelperClient(self.bus)
        return self._memo_helper

    def has_memo_helper(self) -> bool:
        return self._memo_helper is not None

    def warm_memo_helper(self) -> None:
        """Start the memo helper ahead of need. Its client's module is imported on a
        background thread first (it loads ReportLab: ~0.1 s the UI thread need not spend)."""
        if self._memo_helper is None:
            self.background.submit(
                lambda: importlib.import_module("desktop.memo.client"),
                lambda _module: self.memo_helper().warm_up(),
                label="load the memo helper client",
            )

    def shutdown(self, timeout_ms: int = 30000) -> None:
        """Let queued work finish (a pending save must not be lost, a memo being stored is
        stored), then stop the threads and the memo helper (which forgets every unlocked
        signing key as it ends). Other officials' changes are no longer heard."""
        self._shut_down = True
        self.stop_live_refresh()
        if self._memo_helper is not None:
            self._memo_helper.stop(timeout_ms)
        self.runner.wait_for_done(timeout_ms)
        self.background.wait_for_done(timeout_ms)
