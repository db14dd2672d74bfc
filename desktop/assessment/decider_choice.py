"""The minister's certificate, chosen where the decision is recorded (issue 12, item 1).

Optional: without it the decision names the minister by name only, as before. With it, the
decision records that certificate and only its holder can countersign the memo. The choices
are the official's default signing identity (File > Profile…, or a key chosen under File >
Signing identities…) and a file picked the way those dialogs pick one: a certificate the
security office handed out, or the minister's identity file (its passphrase then reads the
certificate only). reports.decider does the reading and every check, on the record's thread.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLineEdit, QPushButton, QWidget

from desktop.context import DeskContext

NONE_CHOSEN = ""
CERTIFICATE_PATTERNS = "*.pem *.cer *.crt *.der *.p12 *.pfx"
PKCS12_SUFFIXES = (".p12", ".pfx")


class DeciderChoice(QWidget):
    """A list of certificates to name the decider by (first: none), a Browse button, and a
    passphrase field shown only for an identity file."""

    changed = Signal()

    def __init__(self, context: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.identity = QComboBox()
        self.identity.setAccessibleName(self.tr("The minister's certificate"))
        self.identity.addItem(self.tr("None: the minister is named by name only"), NONE_CHOSEN)
        profile = context.profile
        if profile is not None and profile.identity:
            self.identity.addItem(
                self.tr("My signing identity: {identity}").format(identity=profile.identity),
                profile.identity)
        self.identity.currentIndexChanged.connect(self._update)
        self.browse = QPushButton(self.tr("Choose a fi&le…"))
        self.browse.setAccessibleName(
            self.tr("Choose the minister's certificate or identity file"))
        self.browse.clicked.connect(self._browse)
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("Passphrase of the minister's identity file"))
        self.passphrase.setPlaceholderText(
            self.tr("its passphrase (only to read the certificate)"))
        self.passphrase.textChanged.connect(lambda _text: self.changed.emit())
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.identity, 1)
        layout.addWidget(self.browse)
        layout.addWidget(self.passphrase)
        self._update()

    def chosen(self) -> str:
        """The file or pkcs11: URI chosen ("" : none)."""
        return str(self.identity.currentData() or NONE_CHOSEN)

    def choose(self, identity: str) -> None:
        """Select `identity` (adding it to the list once)."""
        index = self.identity.findData(identity)
        if index < 0:
            self.identity.addItem(identity, identity)
            index = self.identity.count() - 1
        self.identity.setCurrentIndex(index)

    def needs_passphrase(self) -> bool:
        return self.chosen().lower().endswith(PKCS12_SUFFIXES)

    def reader(self) -> Callable[[Any], Any]:
        """What reads and checks the chosen certificate against a record's trust roots, given
        the record (run on the record's thread): a reports.decider.DeciderCertificate, or None
        when none is chosen. The passphrase is taken now and the field cleared."""
        identity, secret = self.chosen(), self.passphrase.text().encode("utf-8")
        self.passphrase.clear()

        def read(db: Any) -> Any:
            from reports.decider import checked_decider
            from reports.verify import configured_roots

            if not identity:
                return None
            return checked_decider(identity, configured_roots(db), passphrase=lambda: secret)

        return read

    def _browse(self) -> None:
        path: Path | None = self.context.dialogs.open_file(
            self, self.tr("Choose the minister's certificate"),
            self.tr("Certificates and identities ({patterns})").format(
                patterns=CERTIFICATE_PATTERNS))
        if path is not None:
            self.choose(str(path))

    def _update(self) -> None:
        self.passphrase.setVisible(self.needs_passphrase())
        if not self.needs_passphrase():
            self.passphrase.clear()
        self.changed.emit()
