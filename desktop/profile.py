"""The official's profile: kept per user in QSettings (`user/name`, `user/role`, `user/unit`,
`user/identity`), asked for at first run and edited with File > Profile….

What the fields mean and how they are checked is models.profile; this module reads and writes
them and shows the dialog. Its answer becomes the window's actor at once (DeskContext.
use_profile): the audit entries of later writes, "created by" and the memo's "From" line.
"""

from __future__ import annotations

import getpass
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from models.profile import Profile, read_profile, write_profile

NAME_KEY, ROLE_KEY, UNIT_KEY, IDENTITY_KEY = "user/name", "user/role", "user/unit", "user/identity"
FIRST_RUN_TEXT = (
    "Your name is recorded with every change you make, and printed as the sender of the "
    "memos you issue. Role and unit are optional; you can change all of this later "
    "(File > Profile…)."
)
EDIT_TEXT = (
    "Your name, role and unit are recorded with every change you make from now on, and "
    "printed as the sender of the memos you issue. Changes already recorded keep the name "
    "they were made under."
)


def os_user() -> str:
    """The operating system's name for the user: who changes are recorded as until a profile
    is set (and when the first-run question is cancelled)."""
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "desktop user"


def _setting(settings: QSettings, key: str) -> str:
    value = settings.value(key, "")
    return value.strip() if isinstance(value, str) else ""


def load_profile() -> Profile | None:
    """The official's profile (models.profile.read_profile, in the user's data folder, which
    the command line reads too); None when no name is set (the first run). A profile kept in
    the window's settings by an earlier version (`user/…`) is used until one is saved. Read
    as stored: it was checked when saved (models.profile.checked_profile)."""
    from models.location import user_data_dir

    stored = read_profile(user_data_dir())
    if stored is not None:
        return stored
    settings = QSettings()
    person = _setting(settings, NAME_KEY)
    if not person:
        return None
    return Profile(person, _setting(settings, ROLE_KEY), _setting(settings, UNIT_KEY),
                   _setting(settings, IDENTITY_KEY))


def save_profile(profile: Profile) -> None:
    """Keep `profile` where the window and the command line both read it; an earlier
    version's copy in the settings is removed, so that there is one profile."""
    from models.location import user_data_dir

    write_profile(user_data_dir(), profile)
    settings = QSettings()
    for key in (NAME_KEY, ROLE_KEY, UNIT_KEY, IDENTITY_KEY):
        settings.remove(key)
    settings.sync()


class ProfileDialog(QDialog):
    """Name (required), role, unit and default signing identity; Save is enabled only when
    they can be stored, and the line below the fields says how changes will be recorded."""

    def __init__(self, profile: Profile | None, parent: QWidget | None = None, *,
                 first_run: bool = False,
                 choose_file: Callable[..., Path | None] | None = None) -> None:
        from desktop.widgets.common import muted

        super().__init__(parent)
        self.setWindowTitle("Welcome to Concert Desk" if first_run else "Your profile")
        self.first_run = first_run
        self._choose_file = choose_file
        self.name = QLineEdit(profile.name if profile else os_user())
        self.name.setAccessibleName("Your name")
        self.role = QLineEdit(profile.role if profile else "")
        self.role.setAccessibleName("Your role")
        self.role.setPlaceholderText("optional, e.g. Desk officer")
        self.unit = QLineEdit(profile.unit if profile else "")
        self.unit.setAccessibleName("Your unit")
        self.unit.setPlaceholderText("optional, e.g. Crisis Unit")
        self.identity = QLineEdit(profile.identity if profile else "")
        self.identity.setAccessibleName("Default signing identity")
        self.identity.setPlaceholderText("optional: identity file (.p12) or pkcs11: URI")
        self.browse = QPushButton("&Browse…")
        self.browse.setAccessibleName("Choose the default signing identity file")
        self.browse.clicked.connect(self._browse)
        if choose_file is None:  # (never setVisible(True) here: without a parent yet, the
            self.browse.hide()   # button would open as a window of its own)
        identity_row = QHBoxLayout()
        identity_row.addWidget(self.identity, 1)
        identity_row.addWidget(self.browse)

        form = QFormLayout()
        for text, field in (("&Name", self.name), ("&Role", self.role), ("&Unit", self.unit)):
            label = QLabel(text)
            label.setBuddy(field)
            form.addRow(label, field)
        identity_label = QLabel("Default signing &identity")
        identity_label.setBuddy(self.identity)
        form.addRow(identity_label, identity_row)

        self.recorded_as = muted("")
        self.recorded_as.setAccessibleName("How your changes will be recorded")
        self.hint = QLabel("")
        self.hint.setWordWrap(True)
        self.hint.setAccessibleName("What is missing or wrong")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save.setAccessibleName("Save the profile")
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        if first_run:
            cancel.setText("Not now")
            cancel.setAccessibleName(f"Not now: changes are recorded as {os_user()}")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        intro = QLabel(FIRST_RUN_TEXT if first_run else EDIT_TEXT)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.recorded_as)
        layout.addWidget(self.hint)
        layout.addWidget(self.buttons)
        for field in (self.name, self.role, self.unit, self.identity):
            field.textChanged.connect(self._update)
        self._update()
        self.name.selectAll()  # the OS user name, ready to be typed over (focus comes first)
        self.resize(560, self.sizeHint().height())

    def profile(self) -> Profile:
        """The profile as typed, checked (InvalidInput when it cannot be stored)."""
        from models.profile import checked_profile

        return checked_profile(self.name.text(), self.role.text(), self.unit.text(),
                               self.identity.text())

    def _update(self) -> None:
        from playbooks.errors import UserError

        try:
            profile = self.profile()
        except UserError as problem:
            self.save.setEnabled(False)
            self.hint.setText(str(problem)[:1].upper() + str(problem)[1:] + ".")
            self.hint.setHidden(False)
            self.recorded_as.setHidden(True)
            return
        self.save.setEnabled(True)
        self.hint.setText("")
        self.hint.setHidden(True)
        self.recorded_as.setHidden(False)
        self.recorded_as.setText(f"Your changes will be recorded as: {profile.actor}")

    def _browse(self) -> None:
        if self._choose_file is None:
            return
        path = self._choose_file(self, "Choose your signing identity", "Identities (*.p12 *.pfx)")
        if path is not None:
            self.identity.setText(str(path))
