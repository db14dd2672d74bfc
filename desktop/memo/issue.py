"""Issuing (or countersigning) a memo, reporting through signals.

The rendering and signing run in the memo helper process (reports/memo_helper.py, which explains
why a process and not a thread; desktop/memo/client.py drives it). The database thread does the
two short steps around it: it finds the playbook the assessment was decided under before the
helper is asked, and reads the stored memo back afterwards. Unlocking the identities (or
finding the ones held unlocked) is the helper's first step, so a wrong passphrase or a key
locked meanwhile fails before anything is rendered, signed or stored.

When the helper says the memo is stored, the client has announced it on the change bus (the
memo list, History and the status bar follow); the worker reads it back for the viewer.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Signal

from desktop.context import DeskContext
from desktop.memo.client import MemoHelperStopped, MemoJob
from desktop.memo.signing import IssuePlan
from playbooks.errors import UserError
from reports.memo_protocol import IdentityRef, IssueMemo, SignerRequest, SignMemo
from reports.tokens import is_token_uri

UNEXPECTED = QT_TRANSLATE_NOOP("IssueWorker", "an unexpected error; see the report")


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
        self.job: MemoJob | None = None
        self._temporary: Path | None = None  # the record's copy of the playbook, for the helper

    def start(self) -> None:
        self.running = True
        self.context.memo_helper().warm_up()
        if self.memo_id is not None:
            self._ask_helper(None)
            return
        self.progress.emit(self.tr("Collecting the decided record…"), 0, 1)
        self.context.runner.submit(self._find_playbook, self._ask_helper, self._error,
                                   owner=self, label="find the memo's playbook")

    def _find_playbook(self) -> tuple[str, str]:
        """Runs on the database thread."""
        from models.workflow import load_assessment

        record = load_assessment(self.context.db, self.assessment_id)
        catalog = self.context.catalog
        playbook = catalog.by_hash(record.playbook_hash)
        if playbook is None:
            raise UserError(self.tr(
                "the playbook this assessment was decided under ({playbook} {version}) is "
                "neither installed nor kept in the record; add its file on the Playbooks page"
            ).format(playbook=record.playbook_id, version=record.playbook_version))
        if catalog.origin(playbook) == "record":
            # No installed file has these bytes: the helper reads the record's copy from a
            # file of its own (it checks the hash), removed when the job ends.
            handle, name = tempfile.mkstemp(prefix="concert-playbook-", suffix=".yaml")
            with os.fdopen(handle, "wb") as stream:
                stream.write(catalog.content(playbook))
            self._temporary = Path(name)
            return name, playbook.content_hash
        return playbook.file, playbook.content_hash

    def _ask_helper(self, playbook: tuple[str, str] | None) -> None:
        signers = tuple(
            SignerRequest(IdentityRef(str(s.path), s.fingerprint,
                                      "pkcs11" if is_token_uri(s.path) else "pkcs12"),
                          s.passphrase)
            for s in self.plan.signers
        )
        database, actor = self.context.db.connection_url(), self.context.actor
        keep = self.plan.keep_unlocked_s
        if playbook is None:
            assert self.memo_id is not None
            request: IssueMemo | SignMemo = SignMemo(
                database=database, actor=actor, memo_id=self.memo_id, signers=signers,
                keep_unlocked_s=keep,
            )
        else:
            request = IssueMemo(
                database=database, actor=actor, assessment_id=self.assessment_id,
                playbook_file=playbook[0], playbook_hash=playbook[1], signers=signers,
                keep_unlocked_s=keep,
                drafted_by=profile.actor if (profile := self.context.profile) else "",
                language=self.plan.language, second_language=self.plan.second_language,
            )
        self.job = self.context.memo_helper().submit(request)
        self.job.progress.connect(self.progress)
        self.job.issued.connect(self._issued)
        self.job.refused.connect(self._refused)
        self.job.failed.connect(self._helper_failed)

    # the job's replies (they reach this worker alone) --------------------------------------
    def _issued(self, memo_id: str) -> None:
        from models.workflow import get_memo

        # The client has announced the stored memo on the change bus already.
        db = self.context.db
        self.context.runner.submit(lambda: get_memo(db, memo_id), self._done, self._error,
                                   owner=self, label="read the issued memo")

    def _refused(self, reason: str) -> None:
        self._error(UserError(reason))

    def _helper_failed(self, details: str) -> None:
        self._error(MemoHelperStopped(details))

    # the end, either way ------------------------------------------------------------------
    def _forget_temporary(self) -> None:
        if self._temporary is not None:
            with contextlib.suppress(OSError):
                self._temporary.unlink()
            self._temporary = None

    def _done(self, memo) -> None:
        self.running = False
        self._forget_temporary()
        self.succeeded.emit(memo)

    def _error(self, error: BaseException) -> None:
        self.running = False
        self._forget_temporary()
        if not isinstance(error, UserError):
            self.failed.emit(QCoreApplication.translate("IssueWorker", str(UNEXPECTED)))
            raise error
        self.failed.emit(str(error))
