"""What can be done with memos, shared by the decision page and the history detail view:
issue (through the signing dialog and a worker), view, export, verify."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QWidget

from desktop.context import DeskContext
from desktop.trust_words import in_app_words
from models.files import write_atomically
from playbooks.errors import UserError


def export_memo_bytes(context: DeskContext, parent: QWidget, reference: str, pdf: bytes) -> None:
    translate = QCoreApplication.translate
    path = context.dialogs.save_file(parent, translate("MemoExport", "Export memo"),
                                     f"{reference}.pdf", translate("MemoExport", "PDF (*.pdf)"))
    if path is None:
        return
    try:
        # the file dialog asked before replacing a file
        write_atomically(Path(path), pdf, overwrite=True, protected=context.db.files)
    except UserError as error:  # ExportFailed: names the file and why
        context.dialogs.error(parent, translate("MemoExport", "The memo was not exported"),
                              str(error))
        return
    context.dialogs.info(parent, translate("MemoExport", "Memo exported"),
                         translate("MemoExport", "{reference} was written to {path}.").format(
                             reference=reference, path=path))


class MemoActions(QObject):
    progress = Signal(str, int, int)  # what the issuing worker is doing now, done, total
    issued = Signal(object)  # the stored MemoRecord
    verified = Signal(object)  # desktop.memo.badge.Badge
    viewer_opened = Signal(object)  # the MemoViewer
    failed_to_issue = Signal(str)

    def __init__(self, context: DeskContext, parent: QWidget) -> None:
        super().__init__(parent)
        self.context = context
        self.parent_widget = parent
        self.viewers: list[QWidget] = []
        self.worker = None
        # (signing dialog, what to do with its plan, the plan) while issuing
        self._asked: tuple[Any, Callable[[Any], None], Any] | None = None

    # viewing ----------------------------------------------------------------------------------
    def view(self, memo_id: str | None) -> None:
        from desktop.memo.viewer import MemoViewer

        if memo_id is None:
            return
        viewer = MemoViewer(self.context, memo_id, self.parent_widget.window())
        self.viewers.append(viewer)
        viewer.finished.connect(lambda _code, v=viewer: self._forget(v))
        viewer.show()
        self.viewer_opened.emit(viewer)

    def _forget(self, viewer: QWidget) -> None:
        if viewer in self.viewers:
            self.viewers.remove(viewer)
        viewer.deleteLater()

    # export and verify ------------------------------------------------------------------------
    def export(self, memo_id: str | None) -> None:
        from models.workflow import get_memo

        if memo_id is None:
            return
        db = self.context.db
        self.context.runner.submit(
            lambda: get_memo(db, memo_id),
            lambda memo: export_memo_bytes(self.context, self.parent_widget, memo.reference,
                                           memo.pdf),
            self.context.dialogs.error_shown(self.parent_widget, self.tr("Memo")),
            owner=self.parent_widget, label="export memo",
        )

    def verify(self, memo_id: str | None) -> None:
        from desktop.memo.badge import badge_text, verify_stored_memo
        from models.workflow import get_memo

        if memo_id is None:
            return
        context = self.context

        def done(badge) -> None:
            self.verified.emit(badge)
            show = context.dialogs.info if badge.state == "valid" else context.dialogs.error
            show(self.parent_widget, self.tr("Memo verification"), badge_text(badge))

        self.context.runner.submit(
            lambda: verify_stored_memo(context, get_memo(context.db, memo_id)),
            done, self.context.dialogs.error_shown(self.parent_widget, self.tr("Memo")),
            owner=self.parent_widget, label="verify memo",
        )

    # issuing ----------------------------------------------------------------------------------
    def issue(self, record) -> None:
        from desktop.memo.issue import IssueWorker

        def signed(plan) -> None:
            self._start(IssueWorker(self.context, record.id, plan, self))

        self._ask_signers(signed, countersign_only=False, assessment_id=record.id)

    def sign_later(self, record, memo_id: str) -> None:
        """Add the next signature to a stored memo (issued unsigned or drafter-signed)."""
        from desktop.memo.issue import IssueWorker

        def signed(plan) -> None:
            self._start(IssueWorker(self.context, record.id, plan, self, memo_id=memo_id))

        self._ask_signers(signed, countersign_only=True)

    def _ask_signers(self, then: Callable[[Any], None], *, countersign_only: bool,
                     assessment_id: str = "") -> None:
        """Open the signing dialog and pass its plan to `then` (nothing when the official
        cancels). With a PKCS#11 module configured, its tokens are listed first on the
        background thread: a card reader may take seconds to answer, and the window must not
        freeze meanwhile. Without one the dialog opens at once."""
        from reports.tokens import configured_module

        helper = self.context.memo_helper()
        helper.warm_up()  # ready by the time the passphrases are typed
        if configured_module() is None:
            self._signing_dialog(then, (), countersign_only, assessment_id)
            return
        self.progress.emit(self.tr("Looking for keys on smart cards and tokens…"), 0, 0)
        self.context.background.submit(
            listed_token_keys,
            lambda keys: self._listed(then, keys, countersign_only, assessment_id),
            self.context.dialogs.error_shown(self.parent_widget, self.tr("Memo")),
            owner=self.parent_widget, label="list token keys",
        )

    def _listed(self, then: Callable[[Any], None], token_keys: tuple,
                countersign_only: bool, assessment_id: str) -> None:
        self.progress.emit("", 0, 0)  # the search is over, whatever the official does next
        self._signing_dialog(then, token_keys, countersign_only, assessment_id)

    def _signing_dialog(self, then: Callable[[Any], None], token_keys: tuple,
                        countersign_only: bool, assessment_id: str = "") -> None:
        from desktop.i18n import current_language
        from desktop.memo.signing import (
            SigningDialog,
            default_memo_language,
            remembered_decider,
        )

        helper = self.context.memo_helper()
        profile = self.context.profile
        dialog = SigningDialog(self.parent_widget, choose_file=self.context.dialogs.open_file,
                               countersign_only=countersign_only,
                               unlocked=helper.unlocked_key, token_keys=token_keys,
                               default_identity=profile.identity if profile else "",
                               decider_identity=(remembered_decider(assessment_id)
                                                 if assessment_id else ""),
                               memo_language=default_memo_language(
                                   profile.language if profile else "", current_language()))
        self._run_signing_dialog(dialog, then)

    def _run_signing_dialog(self, dialog, then: Callable[[Any], None]) -> bool:
        """Show the dialog; its plan goes to `then`. The dialog is kept until the memo is
        issued: a wrong passphrase brings it back as the official left it (see
        `_issue_failed`)."""
        accepted = self.context.dialogs.exec_dialog(dialog)
        plan = dialog.plan() if accepted else None
        if plan is None:
            dialog.deleteLater()
            return False
        self._asked = (dialog, then, plan)
        then(plan)
        return True

    def _start(self, worker) -> None:
        worker.progress.connect(self.progress)
        worker.succeeded.connect(self._issued)
        worker.failed.connect(self._issue_failed)
        self.worker = worker
        worker.start()

    def _forget_dialog(self) -> None:
        if self._asked is not None:
            self._asked[0].deleteLater()
            self._asked = None

    def _issued(self, memo) -> None:
        self._forget_dialog()
        self.progress.emit(self.tr("Issued {reference} ({stage}).").format(
            reference=memo.reference, stage=memo.stage), 1, 1)
        self.issued.emit(memo)
        self.view(memo.id)

    def _issue_failed(self, message: str) -> None:
        from desktop.memo.signing import refused_secret

        self.progress.emit(self.tr("Nothing was issued."), 0, 1)
        asked, self._asked = self._asked, None
        wrong = refused_secret(asked[2], message) if asked is not None else None
        if asked is not None and wrong is not None:
            # Only the secret was wrong: ask for it again, keeping what was chosen.
            dialog, then, plan = asked
            dialog.secret_refused(plan, wrong, message)
            if not self._run_signing_dialog(dialog, then):  # the official gave up
                self.failed_to_issue.emit(message)
            return
        if asked is not None:
            asked[0].deleteLater()
        self.failed_to_issue.emit(message)
        self.context.dialogs.error(self.parent_widget, self.tr("The memo was not issued"),
                                   in_app_words(message))


def listed_token_keys() -> tuple:
    """The signer keys on the tokens of the configured PKCS#11 module (none when no module is
    configured, or it cannot be read: the dialog then offers identity files only). Listing
    reads public objects only, without a PIN; the desktop runs it on its background thread."""
    from reports.identity import IdentityError
    from reports.tokens import configured_module, token_keys

    module = configured_module()
    if module is None:
        return ()
    try:
        return tuple(token_keys(module))
    except IdentityError:
        return ()
