"""Trust roots: the certification authorities whose signers' memos verify as trusted.

Lists the roots the record holds (models.workflow.list_trust_roots) and adds one from a
certificate file (PEM or DER) through models.workflow.add_trust_root, after showing the official
the certificate's subject and SHA-256 fingerprint and asking them to confirm. Adding is recorded
in the audit chain by the model; this page only reads the file for the preview.
"""

from __future__ import annotations

from dataclasses import dataclass
from html import escape
from typing import cast

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.certificates import (
    CertificatePreview,
    grouped,
    preview_certificate,
    read_certificate_file,
)
from desktop.context import DeskContext
from desktop.locale_format import day, moment
from desktop.widgets.common import heading, muted
from models.changes import Part, RecordChange
from models.memos import TrustRootRecord
from playbooks.errors import UserError

COLUMNS = cast(tuple[str, ...], (
    QT_TRANSLATE_NOOP("TrustRootsPage", "Name"),
    QT_TRANSLATE_NOOP("TrustRootsPage", "Organisation"),
    QT_TRANSLATE_NOOP("TrustRootsPage", "Valid until"),
    QT_TRANSLATE_NOOP("TrustRootsPage", "SHA-256 (start)"),
    QT_TRANSLATE_NOOP("TrustRootsPage", "Added"),
    QT_TRANSLATE_NOOP("TrustRootsPage", "Added by")))
CERTIFICATE_FILTERS = cast(str, QT_TRANSLATE_NOOP(
    "TrustRootsPage", "Certificates (*.pem *.crt *.cer *.der);;All files (*)"))


@dataclass(frozen=True)
class ShownRoot:
    record: TrustRootRecord
    certificate: CertificatePreview | None  # read from the stored PEM for names and dates

    @property
    def name(self) -> str:
        common_name = self.certificate.common_name if self.certificate else ""
        return common_name or self.record.subject

    @property
    def organisation(self) -> str:
        return self.certificate.organisation if self.certificate else ""


def load_roots(db) -> list[ShownRoot]:
    """Runs on the database thread: the roots with their certificates read for display."""
    from models.workflow import list_trust_roots

    shown = []
    for root in list_trust_roots(db):
        try:
            certificate = preview_certificate(root.pem.encode("ascii"), root.subject)
        except (UserError, UnicodeError):
            certificate = None  # the list still shows what the record says
        shown.append(ShownRoot(root, certificate))
    return shown


def confirmation_text(preview: CertificatePreview) -> str:
    """What the official reads before trusting a certificate."""
    warnings = []
    if not preview.is_ca:
        warnings.append(QCoreApplication.translate(
            "TrustRootConfirmation",
            "This certificate is not marked as a certification authority: only memos signed "
            "with this very certificate will be trusted."))
    if preview.expired():
        warnings.append(QCoreApplication.translate(
            "TrustRootConfirmation", "This certificate expired on {day}.").format(
                day=day(preview.not_after)))
    if "TEST" in preview.subject.upper():
        warnings.append(QCoreApplication.translate(
            "TrustRootConfirmation",
            "This is a TEST certificate authority: trust it only on a machine used for trying "
            "the app, never for real decisions."))
    issuer = (QCoreApplication.translate("TrustRootConfirmation", "itself (a root)")
              if preview.self_signed else preview.issuer)
    lines = [
        QCoreApplication.translate("TrustRootConfirmation",
                                   "Trust this certificate for verifying memo signatures?"),
        "",
        QCoreApplication.translate("TrustRootConfirmation", "Subject: {subject}").format(
            subject=preview.subject),
        QCoreApplication.translate("TrustRootConfirmation", "Issued by: {issuer}").format(
            issuer=issuer),
        QCoreApplication.translate("TrustRootConfirmation", "Valid: {start} to {end}").format(
            start=day(preview.not_before), end=day(preview.not_after)),
        QCoreApplication.translate("TrustRootConfirmation", "SHA-256 fingerprint:"),
        preview.grouped_fingerprint,
        "",
        QCoreApplication.translate(
            "TrustRootConfirmation",
            "Compare the fingerprint with the one your security office gave you. Every memo "
            "signed under this certificate will then show as trusted."),
    ]
    if warnings:
        lines += ["", *warnings]
    return "\n".join(lines)


class TrustRootsPage(QWidget):
    loaded = Signal()

    def __init__(self, context: DeskContext, parent=None) -> None:
        super().__init__(parent)
        self.context = context
        self.roots: list = []  # models.workflow.TrustRootRecord, in table order
        self.shown: list[ShownRoot] = []
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setAccessibleName(self.tr("Trust roots"))
        self.table.setHorizontalHeaderLabels(
            [QCoreApplication.translate("TrustRootsPage", column) for column in COLUMNS])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.setAlternatingRowColors(True)
        self.table.setTabKeyNavigation(False)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, len(COLUMNS)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.currentCellChanged.connect(lambda row, *_: self._show_details(row))

        self.details = QLabel("")
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.RichText)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details.setAccessibleName(self.tr("Selected trust root in full"))
        self.details.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        details_box = QGroupBox(self.tr("Selected trust root"))
        QVBoxLayout(details_box).addWidget(self.details)
        self.summary = muted("")
        self.summary.setAccessibleName(self.tr("Number of trust roots"))
        self.add_button = QPushButton(self.tr("&Add certificate…"))
        self.add_button.setAccessibleName(
            self.tr("Add a trust root from a certificate file"))
        self.add_button.clicked.connect(self.add_certificate)
        buttons = QHBoxLayout()
        buttons.addWidget(self.summary, 1)
        buttons.addWidget(self.add_button)

        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Trust roots")))
        layout.addWidget(muted(self.tr(
            "A memo's signatures count as trusted only when the signer's certificate was issued "
            "by one of these certification authorities. Add the certificate of the authority "
            "that issues your ministry's signing identities (a .pem, .crt, .cer or .der file); "
            "your security office can tell you its fingerprint. Roots are never removed: the "
            "record keeps what every past verification relied on."
        )))
        layout.addWidget(self.table, 2)
        layout.addWidget(details_box, 1)
        layout.addLayout(buttons)
        self.loaded_once = False
        context.record_changed.connect(self._on_record_changed)

    def _on_record_changed(self, change: RecordChange) -> None:
        if change.has(Part.TRUST_ROOTS) and self.loaded_once:
            self.reload()  # shown or not: it is one short read

    def activated(self) -> None:
        self.reload()

    def reload(self) -> None:
        db = self.context.db
        self.context.runner.submit(lambda: load_roots(db), self._show, self._failed,
                                   owner=self, label="list trust roots")

    def _show(self, shown: list[ShownRoot]) -> None:
        keep = self.selected_fingerprint()
        self.shown = shown
        self.roots = [entry.record for entry in shown]
        self.table.setRowCount(len(shown))
        for row, entry in enumerate(shown):
            root, certificate = entry.record, entry.certificate
            until = day(certificate.not_after) if certificate else "?"
            cells = (entry.name, entry.organisation, until,
                     grouped(root.fingerprint)[:23] + "…", moment(root.added_at),
                     root.added_by)
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(grouped(root.fingerprint) if column == 3 else root.subject)
                self.table.setItem(row, column, item)
            if root.fingerprint == keep:
                self.table.setCurrentCell(row, 0)
        # setCurrentCell, not selectRow: right to left, selectRow looks for a column at the
        # viewport's right edge, finds none, and leaves no current row (no details shown).
        if self.roots and self.table.currentRow() < 0:
            self.table.setCurrentCell(0, 0)
        self._show_details(self.table.currentRow())
        count = len(self.roots)
        if not count:
            self.summary.setText(self.tr(
                "No trust roots yet: every signed memo reads “not trusted” until one is added. "
                "Ask your security officer for your ministry's certificate authority."))
        else:  # English reads "1 trust root" without a translator
            self.summary.setText(self.tr("1 trust root") if count == 1 else
                                 self.tr("%n trust roots", "", count))
        self.loaded_once = True
        self.loaded.emit()

    def selected_fingerprint(self) -> str | None:
        row = self.table.currentRow()
        return self.roots[row].fingerprint if 0 <= row < len(self.roots) else None

    def _show_details(self, row: int) -> None:
        if not 0 <= row < len(self.roots):
            self.details.setText("")
            return
        entry = self.shown[row]
        root, certificate = entry.record, entry.certificate
        lines = [f"<b>{escape(entry.name)}</b>",
                 self.tr("Subject: {subject}").format(subject=escape(root.subject))]
        if certificate is not None:
            issuer = (self.tr("itself (a root certificate)") if certificate.self_signed
                      else certificate.issuer)
            valid = (self.tr("Valid from {start} to {end} — <b>expired</b>")
                     if certificate.expired() else self.tr("Valid from {start} to {end}"))
            lines += [self.tr("Issued by: {issuer}").format(issuer=escape(issuer)),
                      valid.format(start=day(certificate.not_before),
                                   end=day(certificate.not_after))]
        lines += [f"SHA-256: <code>{escape(grouped(root.fingerprint))}</code>",
                  self.tr("Added {when} by {who}").format(when=escape(moment(root.added_at)),
                                                          who=escape(root.added_by))]
        self.details.setText("<br>".join(lines))

    # adding -----------------------------------------------------------------------------------
    def add_certificate(self) -> None:
        path = self.context.dialogs.open_file(
            self, self.tr("Add a trust root certificate"),
            QCoreApplication.translate("TrustRootsPage", CERTIFICATE_FILTERS))
        if path is None:
            return
        self.context.background.submit(lambda: read_certificate_file(path), self._confirm,
                                       self._add_failed, owner=self, label="read certificate")

    def _confirm(self, preview: CertificatePreview) -> None:
        known = next((r for r in self.roots if r.fingerprint == preview.fingerprint), None)
        if known is not None:
            self.context.dialogs.info(
                self, self.tr("Already trusted"),
                self.tr("{subject} is already a trust root (added {when} by {who}).").format(
                    subject=preview.subject, when=moment(known.added_at),
                    who=known.added_by),
            )
            return
        if not self.context.dialogs.confirm(self, self.tr("Trust this certificate?"),
                                            confirmation_text(preview)):
            return
        from models.workflow import add_trust_root

        db, actor = self.context.db, self.context.actor
        self.add_button.setEnabled(False)
        self.context.write(
            lambda: add_trust_root(db, preview.data, actor=actor),
            RecordChange.of(Part.TRUST_ROOTS), self._added, self._add_failed, owner=self,
            label="add trust root",
        )

    def _added(self, root) -> None:
        self.add_button.setEnabled(True)
        self.context.dialogs.info(
            self, self.tr("Trust root added"),
            self.tr("{subject} is now trusted. Memos signed under it verify as trusted.").format(
                subject=root.subject),
        )

    def _add_failed(self, error: BaseException) -> None:
        self.add_button.setEnabled(True)
        if not isinstance(error, UserError):
            raise error
        self.context.dialogs.error(self, self.tr("The certificate was not added"), str(error))

    def _failed(self, error: BaseException) -> None:
        if not isinstance(error, UserError):
            raise error
        self.summary.setText(
            self.tr("Trust roots could not be listed: {error}").format(error=error))
