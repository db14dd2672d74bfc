"""Checking the record from the window: the checks made on opening, verifying the whole archive,
and verifying a memo PDF someone sent.

The checks themselves live below: models.startup.check_on_open (a quick integrity check and the
audit head compared with the one this installation saw last), reports.archive.verify_archive
(every stored memo and the chain) and reports.verify.verify_memo_file. This module runs them off
the UI thread and says what they found. A failed check is never silent and never blocks work:
the status bar says so and a warning dialog explains it; the record stays open.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.context import DeskContext
from desktop.locale_format import number
from desktop.widgets.common import muted
from desktop.widgets.verdict import tone
from playbooks.errors import UserError


# --- on opening ---------------------------------------------------------------------------------
class OpeningCheckWords(QObject):
    """The opening check's words that have plural forms (lupdate reads those only from tr()).
    English has a source text for one and one for more, so it reads right with no translator
    installed; each is a plural message, for languages whose forms differ."""

    def problems(self, count: int) -> str:
        if count == 1:
            return self.tr("Opening check: ⚠ %n problem", "", count)
        return self.tr("Opening check: ⚠ %n problems", "", count)


def startup_status(report) -> tuple[str, str]:
    """(status bar text, tooltip) for a models.startup.StartupReport."""
    if report.ok:
        return (QCoreApplication.translate("RecordChecks", "Opening check: ✔ sound"),
                QCoreApplication.translate(
                    "RecordChecks", "Quick integrity check passed; the audit chain (entry "
                    "{entry}) continues the one this installation saw last."
                ).format(entry=report.head_seq))
    return (OpeningCheckWords().problems(len(report.problems)), "\n".join(report.problems))


def startup_warning(report) -> str:
    """The warning dialog's text when an opening check failed."""
    problems = "\n".join(f"• {problem}" for problem in report.problems)
    return QCoreApplication.translate(
        "RecordChecks",
        "The checks made when the record was opened found a problem with {database}:"
        "\n\n{problems}\n\n"
        "You can carry on working: nothing was changed and nothing is blocked. But tell the "
        "official responsible for the record, and verify the whole archive (Record menu) to see "
        "whether any memo or audit entry was altered. This warning comes back at every opening "
        "until they have looked into it and accepted the record as it is now "
        "(python main.py audit verify --accept-head).\n\nVerify the whole archive now?",
    ).format(database=report.database, problems=problems)


def rollback_warning(report) -> str:
    """The dialog's text when the chain ends before what this installation saw: writes are
    refused until someone accepts the record as it is now (models.startup)."""
    problems = "\n".join(f"• {problem}" for problem in report.problems)
    return QCoreApplication.translate(
        "RecordChecks",
        "The record {database} is not the one this installation saw last:\n\n"
        "{problems}\n\n"
        "Until someone responsible for the record has looked into it, nothing can be saved, "
        "decided or issued: anything written on top would bury what happened, and a memo "
        "issued now could repeat one issued before. You can still read, search and verify "
        "(Record > Verify the whole archive; memo files exported before can be checked "
        "against it with `main.py audit verify --archive --memos DIR`).\n\n"
        "Accept the record as it is now, and allow writes again?",
    ).format(database=report.database, problems=problems)


# --- the whole archive --------------------------------------------------------------------------
class ArchiveCheckStopped(Exception):
    """Raised inside the check's progress callback when the user stops it."""


class _ArchiveRelay(QObject):
    progress = Signal(int, int)  # memos checked, memos in all (emitted from the worker thread)


class ArchiveDialog(QDialog):
    """Runs reports.archive.verify_archive in the background with progress, then shows what it
    found. Not modal: the official can keep working while a large archive is checked."""

    finished_check = Signal(object)  # the ArchiveReport, or None when stopped or failed

    def __init__(self, context: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.report = None
        self.running = False
        self._stop_requested = False
        self.setWindowTitle(self.tr("Verify the whole archive"))
        self.setModal(False)
        self.intro = muted(self.tr(
            "Recomputes the audit chain and checks every stored memo: its bytes against its "
            "SHA-256, its signatures against the record and the trust roots, and the audit "
            "head printed on it against the chain. Nothing is changed."
        ))
        self.status = QLabel("")
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Archive check status"))
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.bar = QProgressBar()
        self.bar.setAccessibleName(self.tr("Archive check progress"))
        self.problems = QPlainTextEdit()
        self.problems.setReadOnly(True)
        self.problems.setAccessibleName(self.tr("Problems found in the archive"))
        self.problems.setVisible(False)
        self.stop_button = QPushButton(self.tr("&Stop"))
        self.stop_button.setAccessibleName(self.tr("Stop checking the archive"))
        self.stop_button.clicked.connect(self.stop)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.clicked.connect(self.close)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.stop_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.status)
        layout.addWidget(self.bar)
        layout.addWidget(self.problems, 100)
        layout.addStretch(1)  # takes the room while there is no list of problems to show
        layout.addLayout(buttons)
        self.resize(640, 300)
        self._relay = _ArchiveRelay(self)
        self._relay.progress.connect(self._on_progress)

    def start(self) -> None:
        """Start the check (on the background runner: it only reads, so answers keep being
        saved on the database thread while a large archive is checked)."""
        from reports.archive import verify_archive

        if self.running:
            return
        db, relay = self.context.db, self._relay
        self.running, self._stop_requested, self.report = True, False, None
        self.stop_button.setEnabled(True)
        self.status.setStyleSheet("")
        self.status.setText(self.tr("Checking the audit chain…"))
        self.bar.setRange(0, 0)  # busy until the first memo is counted
        self.problems.clear()
        self.problems.setVisible(False)

        def progress(done: int, total: int) -> None:
            if self._stop_requested:
                raise ArchiveCheckStopped()
            relay.progress.emit(done, total)

        self.context.background.submit(lambda: verify_archive(db, progress), self._done,
                                       self._failed, owner=self, label="verify archive")

    def stop(self) -> None:
        """Ask the check to stop after the memo it is on."""
        if self.running:
            self._stop_requested = True
            self.stop_button.setEnabled(False)
            self.status.setText(self.tr("Stopping…"))

    def closeEvent(self, event) -> None:
        self.stop()
        super().closeEvent(event)

    def _on_progress(self, done: int, total: int) -> None:
        if not self.running or self._stop_requested:
            return
        self.bar.setRange(0, max(total, 1))
        self.bar.setValue(done)
        self.status.setText(self.tr("Checked {done} of {total} stored memos…").format(
            done=number(done), total=number(total)))

    def _done(self, report) -> None:
        self.running = False
        self.report = report
        self.stop_button.setEnabled(False)
        self.bar.setRange(0, 1)
        self.bar.setValue(1)
        checked = report.memos_checked
        memos = (self.tr("%Ln stored memo", "", checked) if checked == 1
                 else self.tr("%Ln stored memos", "", checked))
        entries = self.tr("{count} audit entries").format(count=number(report.chain_entries))
        self.status.setStyleSheet(f"color: {tone(self, 'good' if report.ok else 'bad')}")
        if report.ok:
            self.status.setText(self.tr("✔ The archive is intact: {entries} and {memos} "
                                        "checked; no problems found.").format(entries=entries,
                                                                              memos=memos))
        else:
            count = len(report.problems)
            found = (self.tr("⚠ %n problem found after checking {entries} and {memos}:", "",
                             count) if count == 1
                     else self.tr("⚠ %n problems found after checking {entries} and {memos}:",
                                  "", count))
            self.status.setText(found.format(entries=entries, memos=memos))
            self.problems.setPlainText("\n".join(report.problems))
            self.problems.setVisible(True)
        self.finished_check.emit(report)

    def _failed(self, error: BaseException) -> None:
        self.running = False
        self.stop_button.setEnabled(False)
        self.bar.setRange(0, 1)
        self.bar.setValue(0)
        if isinstance(error, ArchiveCheckStopped):
            self.status.setText(self.tr("Stopped: the archive was not checked in full."))
        elif isinstance(error, UserError):
            self.status.setText(
                self.tr("The archive could not be checked: {error}").format(error=error))
        else:
            self.finished_check.emit(None)
            raise error
        self.finished_check.emit(None)


# --- a memo file --------------------------------------------------------------------------------
def verify_memo_path(context: DeskContext, path: Path):
    """Runs on the database thread: the badge for a memo PDF on disk."""
    from desktop.memo.badge import badge_for
    from models.memos import PDF_MAX_BYTES
    from playbooks.input_files import read_input_file
    from reports.verify import verify_memo_file

    # A regular file of at most 50 MB (a device or a pipe chosen in the dialog: one message)
    pdf = read_input_file(path, PDF_MAX_BYTES, what="memo PDF")
    return badge_for(verify_memo_file(context.db, pdf))


def memo_file_text(path: Path, badge) -> str:
    from desktop.memo.badge import badge_text

    reference = badge.report.reference
    where = (QCoreApplication.translate("RecordChecks", "Memo reference: {reference}").format(
        reference=reference) if reference
        else QCoreApplication.translate("RecordChecks", "No memo reference in the file."))
    return f"{path}\n{where}\n\n{badge_text(badge)}"
