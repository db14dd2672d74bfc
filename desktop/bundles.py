"""Bundles from the File menu (docs/bundle-format.md): export the chosen assessment, or the whole
record, as one signed bundle file; import a bundle another record exported.

Both run on the database thread with a progress window: a bundle of thousands of cases takes a
while to check. Export signs with the official's PKCS#12 identity (unlocked on the worker, since
opening it is deliberately slow). Import checks everything before it writes, in one transaction:
Cancel stops it before the commit, and then nothing was written.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressDialog,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desktop.context import DeskContext
from models.changes import Part, RecordChange
from models.errors import Cancelled

BUNDLE_FILTERS = "Concert Desk bundles (*.bundle)"
IDENTITY_FILTERS = "Signing identities (*.p12 *.pfx)"

# The steps reports.bundle and models.bundle_import report, for translation (their English is
# the key; a step not listed here is shown as given).
_STEPS = (
    QT_TRANSLATE_NOOP("BundleSteps", "Checking the bundle's signature"),
    QT_TRANSLATE_NOOP("BundleSteps", "Checking the audit chain"),
    QT_TRANSLATE_NOOP("BundleSteps", "Checking the cases against it"),
    QT_TRANSLATE_NOOP("BundleSteps", "Comparing with this record"),
    QT_TRANSLATE_NOOP("BundleSteps", "Writing the cases"),
    QT_TRANSLATE_NOOP("BundleSteps", "Indexing the cases for search"),
    QT_TRANSLATE_NOOP("BundleSteps", "Committing"),
)


def step_text(step: str) -> str:
    return QCoreApplication.translate("BundleSteps", step)


@dataclass(frozen=True)
class ImportResult:
    imported: tuple[str, ...] = ()  # the cases written
    held: int = 0  # cases this record already held whole
    rows: int = 0
    origin: str = ""  # the origin record's id, shortened
    signer: str = ""  # who exported it
    problems: tuple[str, ...] = ()  # what the check found; nothing was written


@dataclass(frozen=True)
class ExportChoice:
    whole_record: bool
    identity: Path
    passphrase: bytes


class BundleExportDialog(QDialog):
    """What to export and who signs it. Export is enabled once an identity file and its
    passphrase are given."""

    def __init__(self, title: str | None, identity: str, browse, parent: QWidget | None = None
                 ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export a bundle"))
        self._browse = browse
        self.chosen = QRadioButton(self.tr("The chosen assessment, with all its revisions: {title}")
                                   .format(title=title or ""))
        self.everything = QRadioButton(self.tr("The whole record (every assessment)"))
        if title is None:
            self.chosen.setEnabled(False)
            self.chosen.setText(self.tr("The chosen assessment (none is open or selected)"))
            self.everything.setChecked(True)
        else:
            self.chosen.setChecked(True)
        self.identity = QLineEdit(identity if identity and not identity.startswith("pkcs11:")
                                  else "")
        self.identity.setAccessibleName(self.tr("Identity file that signs the bundle"))
        self.identity.setPlaceholderText(self.tr("your identity file (.p12)"))
        choose = QPushButton(self.tr("&Browse…"))
        choose.clicked.connect(self._choose_identity)
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("Passphrase of the identity"))
        explain = QLabel(self.tr(
            "The bundle carries the cases, their decisions, dissents, notes, outcomes and memos "
            "as stored, with this record's whole audit chain (so the receiver can check every "
            "row), signed by you. Anyone who receives it can read the titles and authors of "
            "every case in the chain."))
        explain.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.export_button = self.buttons.addButton(self.tr("&Export…"),
                                                    QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.identity, 1)
        row.addWidget(choose)
        form = QFormLayout()
        form.addRow(self.tr("Signed by:"), row)
        form.addRow(self.tr("&Passphrase:"), self.passphrase)
        layout = QVBoxLayout(self)
        layout.addWidget(self.chosen)
        layout.addWidget(self.everything)
        layout.addLayout(form)
        layout.addWidget(explain)
        layout.addWidget(self.buttons)
        for field in (self.identity, self.passphrase):
            field.textChanged.connect(self._update)
        self._update()
        self.resize(560, self.sizeHint().height())

    def _choose_identity(self) -> None:
        path = self._browse(self, self.tr("Choose your signing identity"), IDENTITY_FILTERS)
        if path is not None:
            self.identity.setText(str(path))

    def _update(self) -> None:
        self.export_button.setEnabled(bool(self.identity.text().strip())
                                      and bool(self.passphrase.text()))

    def choice(self) -> ExportChoice:
        return ExportChoice(self.everything.isChecked(), Path(self.identity.text().strip()),
                            self.passphrase.text().encode("utf-8"))


class _Relay(QObject):
    """Carries the worker's progress to the UI thread (a queued signal)."""

    step = Signal(str, int, int)


class BundleProgress(QProgressDialog):
    """The progress window of one export or import; Cancel asks the worker to stop at its next
    step (an import then rolls back: nothing is written)."""

    def __init__(self, title: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setLabelText(self.tr("Starting…"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setMinimumDuration(300)  # a small bundle is done before the window would flash
        self.setAutoClose(False)
        self.setAutoReset(False)
        self.stop = threading.Event()
        self.canceled.connect(self.stop.set)
        self.relay = _Relay(self)
        self.relay.step.connect(self._show)
        self.setValue(0)

    def report(self, step: str, done: int, total: int) -> None:
        """progress(step, done, total) for the worker: relayed, and stops it when cancelled."""
        if self.stop.is_set():
            raise Cancelled(QCoreApplication.translate(
                "BundleProgress", "cancelled before anything was written"))
        self.relay.step.emit(step, done, total)

    def _show(self, step: str, done: int, total: int) -> None:
        self.setLabelText(step_text(step))
        self.setMaximum(max(total, 1))
        self.setValue(min(done, max(total, 1)))


class BundleActions(QObject):
    exported = Signal(str)  # the path written
    imported = Signal(object)  # an ImportResult (its problems: refused, nothing written)

    def __init__(self, context: DeskContext, parent: QWidget) -> None:
        super().__init__(parent)
        self.context = context
        self.parent_widget = parent
        self.progress: BundleProgress | None = None
        self.imported.connect(self._say_imported)
        self.exported.connect(self._say_exported)

    def _say_exported(self, path: str) -> None:
        self.context.dialogs.info(self.parent_widget, self.tr("Bundle exported"),
                                  self.tr("Written and signed: {path}").format(path=path))

    def _say_imported(self, result: ImportResult) -> None:
        dialogs, parent = self.context.dialogs, self.parent_widget
        if result.problems:
            shown = "\n".join(f"• {p}" for p in result.problems[:12])
            more = len(result.problems) - 12
            if more > 0:
                shown += "\n" + self.tr("…and %n more", "", more)
            dialogs.error(parent, self.tr("The bundle was not imported"),
                          self.tr("Problems the check found: %n. Nothing was written.", "",
                                  len(result.problems)) + "\n\n" + shown)
        elif not result.imported:
            dialogs.info(parent, self.tr("Nothing to import"), self.tr(
                "This record already holds every assessment of the bundle (%n); nothing was "
                "written.", "", result.held))
        else:
            dialogs.info(parent, self.tr("Bundle imported"), self.tr(
                "Assessments imported: %n, from record {origin}…, exported by {signer}.", "",
                len(result.imported)).format(origin=result.origin, signer=result.signer)
                + (" " + self.tr("Already held here: %n.", "", result.held)
                   if result.held else ""))

    def export(self, assessment_id: str | None, title: str = "") -> None:
        from models.files import write_atomically

        dialogs = self.context.dialogs
        profile = self.context.profile
        dialog = BundleExportDialog(title if assessment_id else None,
                                    profile.identity if profile else "",
                                    dialogs.open_file, self.parent_widget)
        if not dialogs.exec_dialog(dialog):
            return
        choice = dialog.choice()
        suggested = "record.bundle" if choice.whole_record or not assessment_id else (
            f"{assessment_id[:8]}.bundle")
        path = dialogs.save_file(self.parent_widget, self.tr("Export a bundle"), suggested,
                                 BUNDLE_FILTERS)
        if path is None:
            return
        db = self.context.db
        ids = None if choice.whole_record else [str(assessment_id)]
        progress = self._start_progress(self.tr("Exporting a bundle"))

        def work() -> str:
            from reports.bundle import export_bundle
            from reports.identity import unlock_identity

            progress.report(self.tr("Unlocking your identity"), 0, 2)
            identity = unlock_identity(choice.identity, choice.passphrase)
            progress.report(self.tr("Reading and signing the cases"), 1, 2)
            data, _cases = export_bundle(db, ids, identity)
            write_atomically(path, data, overwrite=True, protected=db.files)
            return str(path)

        self.context.runner.submit(
            work, self._finished(self.exported.emit),
            self._failed(self.tr("The bundle was not exported")),
            owner=self.parent_widget, label="export a bundle")

    def import_file(self) -> None:
        dialogs = self.context.dialogs
        path = dialogs.open_file(self.parent_widget, self.tr("Import a bundle"), BUNDLE_FILTERS)
        if path is None:
            return
        db, actor = self.context.db, self.context.actor
        progress = self._start_progress(self.tr("Importing a bundle"))

        def work() -> ImportResult:
            from playbooks.input_files import read_input_file
            from reports.bundle import import_bundle
            from reports.bundle_file import BUNDLE_MAX_BYTES
            from reports.verify import configured_roots

            data = read_input_file(path, BUNDLE_MAX_BYTES, what="bundle")
            checked, outcome = import_bundle(db, data, configured_roots(db), actor=actor,
                                             progress=progress.report)
            if outcome is None:
                return ImportResult(problems=tuple(checked.problems))
            return ImportResult(outcome.imported, len(outcome.held), outcome.rows,
                                checked.manifest["origin"]["record_id"][:12], checked.signer)

        def changed(result: ImportResult) -> RecordChange:
            if not result.imported:
                return RecordChange.of()
            return RecordChange.of(Part.ASSESSMENTS, Part.ANSWERS, Part.DECISION, Part.DISSENT,
                                   Part.NOTES, Part.OUTCOMES, Part.MEMOS, Part.AUDIT,
                                   assessments=result.imported)

        self.context.write(
            work, changed, self._finished(self.imported.emit),
            self._failed(self.tr("The bundle was not imported")),
            owner=self.parent_widget, label="import a bundle")

    def _start_progress(self, title: str) -> BundleProgress:
        self.progress = BundleProgress(title, self.parent_widget)
        return self.progress

    def _close_progress(self) -> None:
        if self.progress is not None:
            self.progress.reset()
            self.progress.deleteLater()
            self.progress = None

    def _finished(self, then):
        def finished(result) -> None:
            self._close_progress()
            then(result)
        return finished

    def _failed(self, title: str):
        show = self.context.dialogs.error_shown(self.parent_widget, title)

        def failed(error: BaseException) -> None:
            self._close_progress()
            show(error)
        return failed
