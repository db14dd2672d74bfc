"""The signing dialog: who signs the memo now, and for how long the keys stay unlocked.

The drafting official signs first, then the minister countersigns (which locks the memo); or
the memo is issued unsigned and signed later. Each signer gives a PKCS#12 identity file and its
passphrase, or chooses a key on a smart card or token (a pkcs11: URI, listed when a PKCS#11
module is configured: reports.tokens.configured_module) and gives its PIN; the passphrase or PIN
is handed to the worker as bytes and never stored. An identity the
memo helper holds unlocked from earlier in the session (desktop/memo/client.py) needs no
passphrase until its time runs out: the row says so. How long keys stay unlocked is the
official's setting (`KEEP_UNLOCKED_KEY`, 0 = lock them again after each memo); the identity
files last used are remembered (their paths only) so the next memo needs one click.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSettings
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.memo.client import HeldKey
from desktop.widgets.common import muted
from reports.memo_protocol import MAX_KEEP_UNLOCKED_S
from reports.tokens import TokenKey, is_token_uri

BOTH, DRAFTER_ONLY, UNSIGNED = "both", "drafter", "unsigned"
MODES = (
    (BOTH, QT_TRANSLATE_NOOP("SigningDialog",
                             "Sign as the drafting official, then countersign as the minister")),
    (DRAFTER_ONLY, QT_TRANSLATE_NOOP(
        "SigningDialog", "Sign as the drafting official only (the minister countersigns later)")),
    (UNSIGNED, QT_TRANSLATE_NOOP("SigningDialog", "Issue unsigned (sign later)")),
)
KEEP_UNLOCKED_KEY = "signing/keep_unlocked_minutes"
DEFAULT_KEEP_UNLOCKED_MIN = 15
IDENTITY_KEY = "signing/identity/{role}"  # the identity file last used in each row
# The identity whose certificate named the decider of an assessment (desktop.assessment's
# decision step): its memo is countersigned with it, so the minister's row starts there.
DECIDER_KEY = "signing/decider/{assessment_id}"


def remember_decider(assessment_id: str, identity: str) -> None:
    QSettings().setValue(DECIDER_KEY.format(assessment_id=assessment_id), identity)


def remembered_decider(assessment_id: str) -> str:
    value = QSettings().value(DECIDER_KEY.format(assessment_id=assessment_id), "")
    return value if isinstance(value, str) else ""


@dataclass(frozen=True)
class SignerChoice:
    path: Path | str  # an identity file, or a token key's pkcs11: URI
    passphrase: bytes | None  # None: the key the memo helper holds unlocked
    fingerprint: str = ""  # of the unlocked key meant, when passphrase is None


@dataclass(frozen=True)
class IssuePlan:
    signers: tuple[SignerChoice, ...]  # in signing order; empty: unsigned
    keep_unlocked_s: int = 0  # how long the helper keeps keys unlocked now
    language: str = ""  # the memo's (reports.memo_language); "": English
    second_language: str = ""  # a bilingual memo's other language; "": none


# The memo's languages, each named in itself (reports/locale holds their wording).
MEMO_LANGUAGES = (("en", "English"), ("fr", "Français"), ("ja", "日本語"), ("he", "עברית"))


def default_memo_language(profile_language: str, window_language: str) -> str:
    """The profile's language when the memo has it, else the window's, else English."""
    codes = [code for code, _ in MEMO_LANGUAGES]
    for code in (profile_language, window_language):
        if code and code.split("_")[0] in codes:
            return code.split("_")[0]
    return "en"


def identity_path(text: str) -> str:
    """The identity file named in a row, as the memo helper's keys are found by it (a token
    key's URI as it is)."""
    if is_token_uri(text.strip()):
        return text.strip()
    return os.path.abspath(os.path.expanduser(text.strip())) if text.strip() else ""


def keep_unlocked_minutes() -> int:
    """The official's setting (QSettings), within the range the helper accepts."""
    value = QSettings().value(KEEP_UNLOCKED_KEY, DEFAULT_KEEP_UNLOCKED_MIN)
    try:
        minutes = int(str(value))
    except (TypeError, ValueError):
        minutes = DEFAULT_KEEP_UNLOCKED_MIN
    return max(0, min(minutes, MAX_KEEP_UNLOCKED_S // 60))


class IdentityRow(QGroupBox):
    def __init__(self, title: str, role: str, browse,
                 unlocked: Callable[[str], HeldKey | None], parent=None,
                 token_keys: tuple[TokenKey, ...] = ()) -> None:
        super().__init__(title, parent)
        self.role = role
        self._unlocked = unlocked
        self.path = QLineEdit()
        self.path.setAccessibleName(self.tr("{signer}: identity file").format(signer=title))
        self.path.setPlaceholderText(self.tr("identity file (.p12)"))
        self.browse = QPushButton(self.tr("Browse…"))
        self.browse.setAccessibleName(
            self.tr("{signer}: choose the identity file").format(signer=title))
        self.browse.clicked.connect(lambda: browse(self))
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("{signer}: passphrase").format(signer=title))
        self.key_state = QLabel("")
        self.key_state.setAccessibleName(
            self.tr("{signer}: whether the key is unlocked").format(signer=title))
        self.key_state.setWordWrap(True)
        self.token_key = QComboBox()  # shown only when a token holds keys
        self.token_key.setAccessibleName(
            self.tr("{signer}: key on a smart card or token").format(signer=title))
        self.token_key.addItem(self.tr("an identity file (above)"), "")
        for key in token_keys:
            self.token_key.addItem(key.describe(), key.uri)
        self.token_key.activated.connect(self._token_key_chosen)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(self.browse)
        form = QFormLayout(self)
        form.addRow(self.tr("Identity"), row)
        if token_keys:
            form.addRow(self.tr("or token key"), self.token_key)
        form.addRow(self.tr("Passphrase / PIN") if token_keys else self.tr("Passphrase"),
                    self.passphrase)
        form.addRow("", self.key_state)
        self.path.textChanged.connect(lambda _text: self.show_key_state())

    def _token_key_chosen(self, index: int) -> None:
        uri = self.token_key.itemData(index)
        if uri:
            self.path.setText(uri)

    def select_identity(self, identity: str) -> None:
        """An identity file's path, or a token key's URI (chosen in the list when listed)."""
        self.path.setText(identity)
        index = self.token_key.findData(identity.strip()) if is_token_uri(identity.strip()) else -1
        if index > 0:
            self.token_key.setCurrentIndex(index)

    def held(self) -> HeldKey | None:
        path = identity_path(self.path.text())
        return self._unlocked(path) if path else None

    def show_key_state(self) -> None:
        held = self.held()
        if held is None:
            self.key_state.setText("")
            self.passphrase.setPlaceholderText("")
            return
        minutes = max(1, round(held.seconds_left() / 60))
        # English reads right with no translator: a source text for one minute and for more.
        state = (self.tr("{name} is unlocked for %n more minute: no passphrase needed.", "",
                         minutes) if minutes == 1
                 else self.tr("{name} is unlocked for %n more minutes: no passphrase needed.",
                              "", minutes))
        self.key_state.setText(state.format(name=held.key.name))
        self.passphrase.setPlaceholderText(self.tr("not needed: the key is unlocked"))

    def filled(self) -> bool:
        return bool(self.path.text().strip()) and (bool(self.passphrase.text())
                                                    or self.held() is not None)

    def choice(self) -> SignerChoice:
        held = self.held()
        path = identity_path(self.path.text())
        where = path if is_token_uri(path) else Path(path)
        if self.passphrase.text() or held is None:
            return SignerChoice(where, self.passphrase.text().encode("utf-8"))
        return SignerChoice(where, None, held.identity.fingerprint)

    def forget(self) -> None:
        self.passphrase.clear()

    def owns(self, signer: SignerChoice) -> bool:
        return bool(self.path.text().strip()) and identity_path(self.path.text()) == str(
            signer.path)


# What the memo helper says when a signer's secret did not open its key (reports.identity,
# reports.tokens, reports.memo_helper), after the identity's path or URI and ": ".
SECRET_REFUSALS = ("wrong passphrase", "wrong PIN", "locked again")


def refused_secret(plan: IssuePlan, reason: str) -> int | None:
    """The index (in `plan.signers`) of the signer whose passphrase or PIN `reason` refuses, or
    None when the reason is about something else (a wrong role, an untrusted issuer…)."""
    for index, signer in enumerate(plan.signers):
        prefix = f"{signer.path}: "
        if reason.startswith(prefix) and any(
                words in reason[len(prefix):] for words in SECRET_REFUSALS):
            return index
    return None


class SigningDialog(QDialog):
    def __init__(self, parent: QWidget | None = None, *, choose_file=None,
                 countersign_only: bool = False,
                 unlocked: Callable[[str], HeldKey | None] = lambda _path: None,
                 token_keys: tuple[TokenKey, ...] = (),
                 default_identity: str = "", decider_identity: str = "",
                 memo_language: str = "en") -> None:
        """`default_identity`: the official's own (desktop.profile), pre-selected as the
        drafting official's when issuing, in preference to the identity last used there;
        `decider_identity`: the one that named the decider (remembered_decider), pre-selected
        as the minister's: only that certificate may countersign."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("Sign the memo") if countersign_only
                            else self.tr("Issue the decision memo"))
        self._choose_file = choose_file
        self.mode = QButtonGroup(self)
        self.mode_buttons: dict[str, QRadioButton] = {}
        modes = QVBoxLayout()
        for index, (value, label) in enumerate(MODES):
            button = QRadioButton(QCoreApplication.translate("SigningDialog", str(label)))
            button.setAccessibleName(button.text())
            self.mode.addButton(button, index)
            self.mode_buttons[value] = button
            modes.addWidget(button)
        self.drafter = IdentityRow(self.tr("Drafting official"), "drafter", self._browse,
                                   unlocked, token_keys=token_keys)
        self.minister = IdentityRow(self.tr("Minister"), "minister", self._browse, unlocked,
                                    token_keys=token_keys)
        self.countersign_only = countersign_only
        if countersign_only:
            self.drafter.setTitle(self.tr("Next signer"))
            self.drafter.role = ""  # which signer comes next depends on the memo
            for button in self.mode_buttons.values():
                button.setVisible(False)
        else:
            for row in (self.drafter, self.minister):
                remembered = QSettings().value(IDENTITY_KEY.format(role=row.role), "")
                row.path.setText(remembered if isinstance(remembered, str) else "")
            if default_identity:
                self.drafter.select_identity(default_identity)
            if decider_identity:
                self.minister.select_identity(decider_identity)
        self.keep = QSpinBox()
        self.keep.setRange(0, MAX_KEEP_UNLOCKED_S // 60)
        self.keep.setSuffix(self.tr(" min"))
        self.keep.setSpecialValueText(self.tr("lock after this memo"))
        self.keep.setValue(keep_unlocked_minutes())
        self.keep.setAccessibleName(
            self.tr("Keep the signing keys unlocked for this many minutes"))
        keep_row = QHBoxLayout()
        keep_row.addWidget(QLabel(self.tr("Keep signing keys unlocked for")))
        keep_row.addWidget(self.keep)
        keep_row.addStretch(1)
        self.language = QComboBox()
        self.second_language = QComboBox()
        self.second_language.addItem(self.tr("none"), "")
        for code, name in MEMO_LANGUAGES:
            self.language.addItem(name, code)
            self.second_language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(memo_language)))
        self.language.setAccessibleName(self.tr("Language of the memo"))
        self.second_language.setAccessibleName(
            self.tr("Second language of a bilingual memo"))
        language_row = QHBoxLayout()
        language_label = QLabel(self.tr("Memo &language:"))
        language_label.setBuddy(self.language)
        second_label = QLabel(self.tr("bilin&gual with:"))
        second_label.setBuddy(self.second_language)
        for widget in (language_label, self.language, second_label, self.second_language):
            language_row.addWidget(widget)
            widget.setVisible(not countersign_only)  # the memo exists: its language is set
        language_row.addStretch(1)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("Sign") if countersign_only else self.tr("Issue"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.hint = muted("")
        self._focus_when_shown: QWidget | None = None
        layout = QVBoxLayout(self)
        layout.addWidget(muted(self.tr(
            "The memo is rendered from the frozen record. Keys stay in their files; an "
            "unlocked key is held only by the memo helper process, for the time set below, "
            "and locked again when the window closes or with Record > Lock signing keys."
        )))
        layout.addLayout(modes)
        layout.addWidget(self.drafter)
        layout.addWidget(self.minister)
        layout.addLayout(keep_row)
        layout.addLayout(language_row)
        layout.addWidget(self.hint)
        layout.addWidget(self.buttons)
        for row in (self.drafter, self.minister):
            row.path.textChanged.connect(self._update)
            row.passphrase.textChanged.connect(self._update)
            row.show_key_state()
        self.mode.idToggled.connect(lambda *_: self._update())
        self.mode_buttons[BOTH].setChecked(True)
        self._update()
        self.resize(600, self.sizeHint().height())

    def selected_mode(self) -> str:
        if self.countersign_only:
            return DRAFTER_ONLY
        return MODES[max(0, self.mode.checkedId())][0]

    def choose(self, mode: str) -> None:
        self.mode_buttons[mode].setChecked(True)

    def _browse(self, row: IdentityRow) -> None:
        if self._choose_file is None:
            return
        path = self._choose_file(self, self.tr("Choose a signing identity"),
                                 self.tr("Identities (*.p12 *.pfx)"))
        if path is not None:
            row.path.setText(str(path))

    def _rows(self) -> list[IdentityRow]:
        return {BOTH: [self.drafter, self.minister], DRAFTER_ONLY: [self.drafter],
                UNSIGNED: []}[self.selected_mode()]  # fmt: skip

    def _update(self) -> None:
        mode = self.selected_mode()
        self.drafter.setVisible(mode in (BOTH, DRAFTER_ONLY))
        self.minister.setVisible(mode == BOTH)
        rows = self._rows()
        missing = [row.title() for row in rows if not row.filled()]
        # The same file in both rows is one person in both fields, which signing refuses
        # (reports.signer_rules): say so before the official presses Issue.
        paths = [identity_path(row.path.text()) for row in rows if row.path.text().strip()]
        same_file = len(paths) == 2 and paths[0] == paths[1]
        self.ok.setEnabled(not missing and not same_file)
        if missing:
            self.hint.setText(self.tr("Give the identity file and passphrase of: {signers}."
                                      ).format(signers=self.tr(", ").join(missing)))
        elif same_file:
            self.hint.setText(self.tr("The drafting official and the minister must be two "
                                      "different people: choose the minister's own identity "
                                      "file."))
        else:
            self.hint.setText("")

    def secret_refused(self, plan: IssuePlan, index: int, reason: str) -> None:
        """Ready the dialog to be shown again after the helper refused the passphrase (or PIN)
        of `plan.signers[index]`: the identities and the mode stay as chosen, the hint says
        whose secret was wrong, and the cursor waits in that field."""
        signer = plan.signers[index]
        row = next((r for r in self._rows() if r.owns(signer)), self._rows()[index])
        why = reason.removeprefix(f"{signer.path}: ")
        name = signer.path if is_token_uri(str(signer.path)) else Path(signer.path).name
        self.hint.setText(self.tr("{signer}: {why} ({name}). Type it again.").format(
            signer=row.title(), why=why, name=name))
        self._focus_when_shown = row.passphrase
        row.passphrase.setFocus()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._focus_when_shown is not None:
            self._focus_when_shown.setFocus()

    def plan(self) -> IssuePlan:
        """What to do, read once: the passphrases are cleared from the dialog, the identity
        files and the unlock time remembered."""
        rows = self._rows()
        plan = IssuePlan(tuple(row.choice() for row in rows), self.keep.value() * 60,
                         language=self.language.currentData() or "",
                         second_language=self.second_language.currentData() or "")
        settings = QSettings()
        settings.setValue(KEEP_UNLOCKED_KEY, self.keep.value())
        for row in rows:
            if row.role:
                settings.setValue(IDENTITY_KEY.format(role=row.role),
                                  identity_path(row.path.text()))
        for row in (self.drafter, self.minister):
            row.forget()
        return plan
