"""Issuing (or countersigning) a memo, reporting through signals.

The rendering and signing run in the memo helper process (desktop.memo.service, which explains
why a process and not a thread). The database thread does the two short steps around it: it
finds the playbook the assessment was decided under before the helper is asked, and reads the
stored memo back afterwards. Unlocking the identities is the helper's first step, so a wrong
passphrase fails before anything is rendered, signed or stored.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from desktop.context import DeskContext
from desktop.memo.service import MemoHelperStopped
from desktop.memo.signing import IssuePlan
from playbooks.errors import UserError

UNEXPECTED = "an unexpected error; see the report"


class IssueWorker(QObject):
    progress = Signal(str, int, int)  # step, done, total
    succeeded = Signal(object)  # the stored MemoRecord
    failed = Signal(str)  # a readable reason; nothing was issued

    def __init__(self, context: DeskContext, assessment_id: str, plan: IssuePlan,
                 parent: QObject | None = None, *, memo_id: str | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.assessment_id = assessment_id
        self.plan = plan
        self.memo_id = memo_id  # set: add the next signature to this stored memo
        self.running = False
        self._job: int | None = None

    def start(self) -> None:
        self.running = True
        service = self.context.memo_service()
        service.warm_up()
        service.progress.connect(self._progress)
        service.issued.connect(self._issued)
        service.refused.connect(self._refused)
        service.failed.connect(self._helper_failed)
        if self.memo_id is not None:
            self._ask_helper(None)
            return
        self.progress.emit("Collecting the decided record…", 0, 1)
        self.context.runner.submit(self._find_playbook, self._ask_helper, self._error,
                                   owner=self, label="find the memo's playbook")

    def _find_playbook(self) -> tuple[str, str]:
        """Runs on the database thread."""
        from models.workflow import load_assessment

        record = load_assessment(self.context.db, self.assessment_id)
        playbook = self.context.catalog.by_hash(record.playbook_hash)
        if playbook is None:
            raise UserError(
                f"the playbook this assessment was decided under ({record.playbook_id} "
                f"{record.playbook_version}) is not installed; add it on the Playbooks page"
            )
        return playbook.file, playbook.content_hash

    def _ask_helper(self, playbook: tuple[str, str] | None) -> None:
        service = self.context.memo_service()
        signers = [(str(signer.path), signer.passphrase) for signer in self.plan.signers]
        db, actor = self.context.db, self.context.actor
        if playbook is None:
            assert self.memo_id is not None
            self._job = service.sign(db.url, actor, self.memo_id, signers)
        else:
            self._job = service.issue(db.url, actor, self.assessment_id, *playbook, signers)

    # replies from the helper (every job's replies reach every worker: keep only ours) --------
    def _progress(self, job: int, step: str, done: int, total: int) -> None:
        if job == self._job:
            self.progress.emit(step, done, total)

    def _issued(self, job: int, memo_id: str) -> None:
        if job != self._job:
            return
        from models.workflow import get_memo

        db = self.context.db
        self.context.runner.submit(lambda: get_memo(db, memo_id), self._done, self._error,
                                   owner=self, label="read the issued memo")

    def _refused(self, job: int, reason: str) -> None:
        if job == self._job:
            self._error(UserError(reason))

    def _helper_failed(self, job: int, details: str) -> None:
        if job == self._job:
            self._error(MemoHelperStopped(details))

    # the end, either way ------------------------------------------------------------------
    def _finish(self) -> None:
        self.running = False
        service = self.context.memo_service()
        for signal, slot in ((service.progress, self._progress), (service.issued, self._issued),
                             (service.refused, self._refused),
                             (service.failed, self._helper_failed)):
            signal.disconnect(slot)

    def _done(self, memo) -> None:
        self._finish()
        self.succeeded.emit(memo)

    def _error(self, error: BaseException) -> None:
        self._finish()
        if not isinstance(error, UserError):
            self.failed.emit(UNEXPECTED)
            raise error
        self.failed.emit(str(error))
