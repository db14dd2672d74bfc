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

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSettings
from PySide6.QtWidgets import (
    QComboBox,
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

from desktop import i18n
from models.profile import Profile, read_profile, write_profile

NAME_KEY, ROLE_KEY, UNIT_KEY, IDENTITY_KEY = "user/name", "user/role", "user/unit", "user/identity"
FIRST_RUN_TEXT = str(QT_TRANSLATE_NOOP(
    "ProfileDialog",
    "Your name is recorded with every change you make, and printed as the sender of the "
    "memos you issue. Role and unit are optional; you can change all of this later "
    "(File > Profile…).",
))
EDIT_TEXT = str(QT_TRANSLATE_NOOP(
    "ProfileDialog",
    "Your name, role and unit are recorded with every change you make from now on, and "
    "printed as the sender of the memos you issue. Changes already recorded keep the name "
    "they were made under.",
))


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
    """Name (required), role, unit, default signing identity and the window's language; Save
    is enabled only when they can be stored, and the line below the fields says how changes
    will be recorded."""

    def __init__(self, profile: Profile | None, parent: QWidget | None = None, *,
                 first_run: bool = False,
                 choose_file: Callable[..., Path | None] | None = None) -> None:
        from desktop.widgets.common import muted

        super().__init__(parent)
        self.setWindowTitle(self.tr("Welcome to Concert Desk") if first_run
                            else self.tr("Your profile"))
        self.first_run = first_run
        self._choose_file = choose_file
        self.name = QLineEdit(profile.name if profile else os_user())
        self.name.setAccessibleName(self.tr("Your name"))
        self.role = QLineEdit(profile.role if profile else "")
        self.role.setAccessibleName(self.tr("Your role"))
        self.role.setPlaceholderText(self.tr("optional, e.g. Desk officer"))
        self.unit = QLineEdit(profile.unit if profile else "")
        self.unit.setAccessibleName(self.tr("Your unit"))
        self.unit.setPlaceholderText(self.tr("optional, e.g. Crisis Unit"))
        self.identity = QLineEdit(profile.identity if profile else "")
        self.identity.setAccessibleName(self.tr("Default signing identity"))
        self.identity.setPlaceholderText(self.tr("optional: identity file (.p12) or pkcs11: URI"))
        self.browse = QPushButton(self.tr("&Browse…"))
        self.browse.setAccessibleName(self.tr("Choose the default signing identity file"))
        self.browse.clicked.connect(self._browse)
        if choose_file is None:  # (never setVisible(True) here: without a parent yet, the
            self.browse.hide()   # button would open as a window of its own)
        identity_row = QHBoxLayout()
        identity_row.addWidget(self.identity, 1)
        identity_row.addWidget(self.browse)
        self.language = self._language_choice(profile.language if profile else "")

        form = QFormLayout()
        for text, field in ((self.tr("&Name"), self.name), (self.tr("&Role"), self.role),
                            (self.tr("&Unit"), self.unit)):
            label = QLabel(text)
            label.setBuddy(field)
            form.addRow(label, field)
        identity_label = QLabel(self.tr("Default signing &identity"))
        identity_label.setBuddy(self.identity)
        form.addRow(identity_label, identity_row)
        language_label = QLabel(self.tr("&Language of the window"))
        language_label.setBuddy(self.language)
        form.addRow(language_label, self.language)

        self.recorded_as = muted("")
        self.recorded_as.setAccessibleName(self.tr("How your changes will be recorded"))
        # The window's strings are set as it is built: a new language shows from the next
        # start (switching live would mean rebuilding every open page and dialog).
        self.language_note = QLabel(self.tr(
            "The window will speak the language you chose when Concert Desk next starts."))
        self.language_note.setWordWrap(True)
        self.language_note.setAccessibleName(self.tr("When the language changes"))
        self.hint = QLabel("")
        self.hint.setWordWrap(True)
        self.hint.setAccessibleName(self.tr("What is missing or wrong"))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save.setAccessibleName(self.tr("Save the profile"))
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        if first_run:
            cancel.setText(self.tr("Not now"))
            cancel.setAccessibleName(
                self.tr("Not now: changes are recorded as {user}").format(user=os_user()))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        intro = QLabel(QCoreApplication.translate(
            "ProfileDialog", FIRST_RUN_TEXT if first_run else EDIT_TEXT))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.recorded_as)
        layout.addWidget(self.language_note)
        layout.addWidget(self.hint)
        layout.addWidget(self.buttons)
        for field in (self.name, self.role, self.unit, self.identity):
            field.textChanged.connect(self._update)
        self.language.currentIndexChanged.connect(self._update)
        self._update()
        self.name.selectAll()  # the OS user name, ready to be typed over (focus comes first)
        self.resize(560, self.sizeHint().height())

    def _language_choice(self, chosen: str) -> QComboBox:
        """"System default" (""), then each language the window speaks, named in itself."""
        box = QComboBox()
        box.setAccessibleName(self.tr("Language of the window"))
        box.addItem(self.tr("System default"), "")
        for code, own_name in i18n.LANGUAGES.items():
            box.addItem(own_name, code)
        box.setCurrentIndex(max(0, box.findData(chosen)))
        return box

    def chosen_language(self) -> str:
        return str(self.language.currentData() or "")

    def profile(self) -> Profile:
        """The profile as typed, checked (InvalidInput when it cannot be stored)."""
        from models.profile import checked_profile

        return checked_profile(self.name.text(), self.role.text(), self.unit.text(),
                               self.identity.text(), self.chosen_language())

    def _update(self) -> None:
        from playbooks.errors import UserError

        # Said only when the choice would change the language the window speaks now.
        self.language_note.setHidden(
            i18n.choose_language(self.chosen_language()) == i18n.current_language())
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
        self.recorded_as.setText(
            self.tr("Your changes will be recorded as: {actor}").format(actor=profile.actor))

    def _browse(self) -> None:
        if self._choose_file is None:
            return
        path = self._choose_file(self, self.tr("Choose your signing identity"),
                                 self.tr("Identities (*.p12 *.pfx)"))
        if path is not None:
            self.identity.setText(str(path))
