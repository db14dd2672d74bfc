"""Issuing (or countersigning) a memo on the database thread, reporting through signals.

Unlocking the identities comes first, so a wrong passphrase fails before anything is rendered,
signed or stored. reports.issue calls a plain progress callable from the worker thread; the
callable emits a Qt signal, which Qt queues to the window's thread, so the window keeps
painting and responding while the memo is rendered and signed.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from desktop.context import DeskContext
from desktop.memo.signing import IssuePlan
from playbooks.errors import UserError


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

    def start(self) -> None:
        self.running = True
        self.context.runner.submit(self._work, self._done, self._error, owner=self,
                                   label="issue memo")

    def _work(self):
        """Runs on the database thread."""
        from models.workflow import load_assessment
        from reports.issue import issue_memo, sign_stored_memo, unlock

        def report(step: str, done: int, total: int) -> None:
            self.progress.emit(step, done, total)

        total = len(self.plan.signers)
        identities = []
        for index, signer in enumerate(self.plan.signers, start=1):
            report(f"Unlocking identity {index} of {total}…", 0, 1)
            identities.append(unlock(signer.path, signer.passphrase))
        db, actor = self.context.db, self.context.actor
        if self.memo_id is not None:
            return sign_stored_memo(db, self.memo_id, identities[0], actor=actor,
                                    progress=report).memo
        record = load_assessment(db, self.assessment_id)
        playbook = self.context.catalog.by_hash(record.playbook_hash)
        if playbook is None:
            raise UserError(
                f"the playbook this assessment was decided under ({record.playbook_id} "
                f"{record.playbook_version}) is not installed; add it on the Playbooks page"
            )
        issued = issue_memo(db, self.assessment_id, playbook, actor=actor,
                            identities=identities, progress=report)
        return issued.memo

    def _done(self, memo) -> None:
        self.running = False
        self.succeeded.emit(memo)

    def _error(self, error: BaseException) -> None:
        self.running = False
        if not isinstance(error, UserError):
            self.failed.emit("an unexpected error; see the report")
            raise error
        self.failed.emit(str(error))
