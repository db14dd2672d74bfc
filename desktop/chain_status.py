"""The status bar's audit chain state: "Audit chain: intact (N entries)" or where it broke.

It walks the whole chain when the record opens and after the archive check, and after every
write announced on the change bus (every write appends to the chain) it checks the entries
added since, and that the last entry it had checked is unchanged (models.audit_check.verify_chain
with `after=`): a save while typing costs a few entries, not a walk of the whole chain
(seconds at 100k assessments, on a thread that holds the interpreter lock the window needs).

The walk runs beside the database thread, never in its queue: saves, searches and reloads
must not wait for it. Comparing decided records with their entries stays with `audit verify`
and the archive check.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel

from desktop.context import DeskContext
from models.changes import Part, RecordChange

if TYPE_CHECKING:
    from models.audit import ChainReport
    from models.db import Database


class ChainStatus(QLabel):
    checked = Signal(object)  # models.audit.ChainReport, each time the state is shown

    def __init__(self, context: DeskContext, parent=None) -> None:
        super().__init__(parent)
        self.setText(self.tr("Audit chain: checking…"))
        self.context = context
        self.setAccessibleName(self.tr("Audit chain state"))
        self.report: ChainReport | None = None  # the last report shown
        self._running = False
        self._again: bool | None = None  # None: no check waiting; else whether it is full
        self._started = False  # the record is open (no check before: it waits for it)
        context.record_changed.connect(self._on_record_changed)

    def refresh(self, *, full: bool = False) -> None:
        """Check the chain again: only what was added since the last intact check, or all
        of it (`full`, or when there is no intact check to go on from)."""
        self._started = True
        if self._running:
            self._again = full or bool(self._again)
            return
        self._running, self._again = True, None
        db = self.context.db
        after = None if full or self.report is None or not self.report.ok else self.report
        self.context.background.submit(
            lambda: _verify(db, after),
            self._show,
            self._failed,
            owner=self,
            label="verify audit chain",
        )

    def _on_record_changed(self, change: RecordChange) -> None:
        if self._started and change.has(Part.AUDIT):
            self.refresh()

    def _show(self, report: ChainReport) -> None:
        self.report = report
        if report.ok:
            self.setText(self.tr("Audit chain: intact (%n entries)", "", report.entries))
        else:
            self.setText(self.tr("Audit chain: BROKEN at entry {entry}: {problem}").format(
                entry=report.first_bad_seq, problem=report.problem))
        self.setToolTip(self.text())
        self._done()
        self.checked.emit(report)

    def _failed(self, error: BaseException) -> None:
        self.report = None  # the next check walks the whole chain
        self.setText(self.tr("Audit chain: could not be checked ({error})").format(error=error))
        self._done()

    def _done(self) -> None:
        self._running = False
        if self._again is not None:
            self.refresh(full=self._again)


def _verify(db: Database, after: ChainReport | None) -> ChainReport:
    # Imported here, on the background thread: models.audit_check loads the bundle and
    # outcome modules (~0.1 s idle), which the UI thread spent as the record opened.
    from models.audit_check import verify_chain

    return verify_chain(db, check_records=False, after=after)
