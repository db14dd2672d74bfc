"""File > Signing identities…: the official's identities, managed in the app.

Three things, each in its own box: create a TEST identity (drafting official or minister),
issued by the local test CA exactly as `identity new` issues it; import a PKCS#12 file from the
security office, copied into the user's identity folder once it is checked to chain to a trust
root of this record and to carry a signing role (reports/identity_files.py); and, when a
PKCS#11 module is configured, choose a key on a smart card or token once. The identity made,
imported or chosen can become the profile's default signing identity, which the signing dialog
then pre-selects. Passphrases are handed to the work as bytes and cleared from the dialog.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.context import DeskContext
from desktop.trust_words import in_app_words
from playbooks.errors import UserError
from reports.roles import ROLES, Role

# The signing roles as the window names them; the certificate carries the role's policy OID and
# its English name stays in the identity file (reports.roles).
ROLE_WORDS = {
    "drafting-official": QT_TRANSLATE_NOOP("SigningRole", "Drafting official"),
    "minister": QT_TRANSLATE_NOOP("SigningRole", "Minister"),
}


def role_words(role: Role) -> str:
    words = ROLE_WORDS.get(role.key)
    return role.name if words is None else QCoreApplication.translate("SigningRole", str(words))


def _password_field(name: str) -> QLineEdit:
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setAccessibleName(name)
    return field


def _labelled(form: QFormLayout, text: str, field: QWidget, row: QWidget | None = None) -> None:
    label = QLabel(text)
    label.setBuddy(field)
    form.addRow(label, row or field)


class IdentitiesDialog(QDialog):
    def __init__(self, context: DeskContext, parent: QWidget | None = None, *,
                 token_keys: tuple = ()) -> None:
        from desktop.widgets.common import muted
        from reports.identity_files import identity_folder

        super().__init__(parent)
        self.setWindowTitle(self.tr("Signing identities"))
        self.context = context
        self.busy = False
        self.last_identity = ""  # the file made or imported, or the token key chosen, last

        # create a TEST identity -----------------------------------------------------------
        self.name = QLineEdit(context.profile.name if context.profile else "")
        self.name.setAccessibleName(self.tr("Name on the TEST identity"))
        self.role = QComboBox()
        self.role.setAccessibleName(self.tr("Role the TEST identity grants"))
        for role in ROLES:
            self.role.addItem(role_words(role), role.key)
        self.passphrase = _password_field(self.tr("Passphrase of the new identity"))
        self.again = _password_field(self.tr("The new identity's passphrase again"))
        self.ca_passphrase = _password_field(self.tr("Passphrase of the test CA's key"))
        self.ca_passphrase.setPlaceholderText(self.tr("set now if the test CA is new"))
        self.create_button = QPushButton(self.tr("Create &TEST identity"))
        self.create_button.clicked.connect(self.create_identity)
        create_box = QGroupBox(
            self.tr("A TEST identity, for trying the app (never for real decisions)"))
        form = QFormLayout(create_box)
        _labelled(form, self.tr("&Name"), self.name)
        _labelled(form, self.tr("R&ole"), self.role)
        _labelled(form, self.tr("&Passphrase"), self.passphrase)
        _labelled(form, self.tr("Passphrase &again"), self.again)
        _labelled(form, self.tr("Test CA's &key passphrase"), self.ca_passphrase)
        form.addRow("", self.create_button)

        # import a PKCS#12 file ------------------------------------------------------------
        self.source = QLineEdit()
        self.source.setAccessibleName(self.tr("Identity file to import"))
        self.source.setPlaceholderText(self.tr("the .p12 file from your security office"))
        self.browse = QPushButton(self.tr("&Browse…"))
        self.browse.setAccessibleName(self.tr("Choose the identity file to import"))
        self.browse.clicked.connect(self._browse)
        self.source_passphrase = _password_field(
            self.tr("Passphrase of the identity file to import"))
        self.import_button = QPushButton(self.tr("&Import"))
        self.import_button.clicked.connect(self.import_identity)
        import_box = QGroupBox(self.tr("An identity file issued to you"))
        form = QFormLayout(import_box)
        source_row = QWidget()
        row = QHBoxLayout(source_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.source, 1)
        row.addWidget(self.browse)
        _labelled(form, self.tr("Identity &file"), self.source, source_row)
        _labelled(form, self.tr("Its pa&ssphrase"), self.source_passphrase)
        form.addRow("", self.import_button)

        # a key on a token -----------------------------------------------------------------
        self.token_key = QComboBox()
        self.token_key.setAccessibleName(self.tr("Key on a smart card or token"))
        for key in token_keys:
            self.token_key.addItem(key.describe(), key.uri)
        self.use_key = QPushButton(self.tr("&Use this key"))
        self.use_key.clicked.connect(self.choose_token_key)
        token_box = QGroupBox(self.tr("A key on your smart card or token"))
        form = QFormLayout(token_box)
        _labelled(form, self.tr("Token ke&y"), self.token_key)
        form.addRow("", self.use_key)
        token_box.setVisible(bool(token_keys))

        self.make_default = QCheckBox(self.tr("Make it my &default signing identity"))
        self.make_default.setChecked(True)
        self.status = QLabel("")
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("What was done, or why not"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(muted(self.tr(
            "Identity files are kept in {folder}, readable by you only; a file "
            "there is never replaced. The record accepts a signature only from an identity "
            "issued by one of its trust roots (Record > Trust roots…) for the signer's role."
        ).format(folder=identity_folder())))
        layout.addWidget(create_box)
        layout.addWidget(import_box)
        layout.addWidget(token_box)
        layout.addWidget(self.make_default)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self.resize(620, self.sizeHint().height())

    # the three actions ----------------------------------------------------------------------
    def create_identity(self) -> None:
        from reports.identity import load_or_create_test_ca
        from reports.identity_files import new_test_identity

        if self.passphrase.text() != self.again.text():
            self._say(self.tr("The two passphrases differ: type the new identity's passphrase "
                              "again."))
            self.again.clear()
            self.again.setFocus()
            return
        name, role = self.name.text(), str(self.role.currentData())
        passphrase = self.passphrase.text().encode("utf-8")
        ca_passphrase = self.ca_passphrase.text().encode("utf-8")
        for field in (self.passphrase, self.again, self.ca_passphrase):
            field.clear()

        def work() -> tuple[Path, Path]:
            authority = load_or_create_test_ca(passphrase=ca_passphrase)
            return (new_test_identity(name, role, passphrase, authority),
                    authority.certificate_path)

        def done(made: tuple[Path, Path]) -> None:
            path, ca = made
            self._chosen(str(path), self.tr(
                "Created {path}: a TEST identity of {name} as {role}. To sign with it, this "
                "record must trust the test CA ({ca}) under Record > Trust roots…."
            ).format(path=path, name=name.strip(), role=self.role.currentText(), ca=ca))

        self._run(self.context.background, work, done, "create a TEST identity")

    def import_identity(self) -> None:
        from reports.identity_files import import_identity
        from reports.verify import configured_roots

        if not self.source.text().strip():
            self._say(self.tr("Choose the identity file to import."))
            self.source.setFocus()
            return
        source = Path(self.source.text().strip()).expanduser()
        passphrase = self.source_passphrase.text().encode("utf-8")
        self.source_passphrase.clear()
        db = self.context.db

        def done(imported) -> None:
            path, identity = imported
            roles = self.tr(" and ").join(role_words(role) for role in identity.roles)
            self._chosen(str(path), self.tr("Imported the identity of {name}, {roles}, as "
                                            "{path}.").format(name=identity.name, roles=roles,
                                                              path=path))

        self._run(self.context.runner,
                  lambda: import_identity(source, passphrase, configured_roots(db)),
                  done, "import an identity")

    def choose_token_key(self) -> None:
        uri = self.token_key.currentData()
        if uri:
            self._chosen(str(uri),
                         self.tr("Chosen: {key}.").format(key=self.token_key.currentText()))

    # shared ---------------------------------------------------------------------------------
    def _run(self, runner, work: Callable[[], object], done: Callable, label: str) -> None:
        self.busy = True
        self._say(self.tr("Working…"))

        def finished(result) -> None:
            self.busy = False
            done(result)

        def failed(error: BaseException) -> None:
            self.busy = False
            if not isinstance(error, UserError):
                raise error
            self._say(self.tr("Nothing was written: {reason}").format(
                reason=in_app_words(str(error))))

        runner.submit(work, finished, failed, owner=self, label=label)

    def _chosen(self, identity: str, text: str) -> None:
        from desktop.profile import save_profile

        self.last_identity = identity
        profile = self.context.profile
        if self.make_default.isChecked():
            if profile is None:
                text += self.tr(" To make it your default signing identity, give your name "
                                "under File > Profile… first.")
            else:
                changed = replace(profile, identity=identity)
                save_profile(changed)
                self.context.use_profile(changed)
                text += self.tr(" It is now your default signing identity.")
        self._say(text)

    def _say(self, text: str) -> None:
        self.status.setText(text)

    def _browse(self) -> None:
        path = self.context.dialogs.open_file(self, self.tr("Choose the identity file to import"),
                                              self.tr("Identities (*.p12 *.pfx)"))
        if path is not None:
            self.source.setText(str(path))
