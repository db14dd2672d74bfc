"""The signing dialog: who signs the memo now.

The drafting official signs first, then the minister countersigns (which locks the memo); or
the memo is issued unsigned and signed later. Each signer gives a PKCS#12 identity file and its
passphrase; the passphrase is handed to the worker as bytes and never stored.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desktop.widgets.common import muted

BOTH, DRAFTER_ONLY, UNSIGNED = "both", "drafter", "unsigned"
MODES = (
    (BOTH, "Sign as the drafting official, then countersign as the minister"),
    (DRAFTER_ONLY, "Sign as the drafting official only (the minister countersigns later)"),
    (UNSIGNED, "Issue unsigned (sign later)"),
)


@dataclass(frozen=True)
class SignerChoice:
    path: Path
    passphrase: bytes


@dataclass(frozen=True)
class IssuePlan:
    signers: tuple[SignerChoice, ...]  # in signing order; empty: unsigned


class IdentityRow(QGroupBox):
    def __init__(self, title: str, browse, parent=None) -> None:
        super().__init__(title, parent)
        self.path = QLineEdit()
        self.path.setAccessibleName(f"{title}: identity file")
        self.path.setPlaceholderText("identity file (.p12)")
        self.browse = QPushButton("Browse…")
        self.browse.setAccessibleName(f"{title}: choose the identity file")
        self.browse.clicked.connect(lambda: browse(self))
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(f"{title}: passphrase")
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(self.browse)
        form = QFormLayout(self)
        form.addRow("Identity", row)
        form.addRow("Passphrase", self.passphrase)

    def filled(self) -> bool:
        return bool(self.path.text().strip()) and bool(self.passphrase.text())

    def choice(self) -> SignerChoice:
        return SignerChoice(Path(self.path.text().strip()),
                            self.passphrase.text().encode("utf-8"))

    def forget(self) -> None:
        self.passphrase.clear()


class SigningDialog(QDialog):
    def __init__(self, parent: QWidget | None = None, *, choose_file=None,
                 countersign_only: bool = False) -> None:
        super().__init__(parent)
        self.setWindowTitle("Sign the memo" if countersign_only else "Issue the decision memo")
        self._choose_file = choose_file
        self.mode = QButtonGroup(self)
        self.mode_buttons: dict[str, QRadioButton] = {}
        modes = QVBoxLayout()
        for index, (value, label) in enumerate(MODES):
            button = QRadioButton(label)
            button.setAccessibleName(label)
            self.mode.addButton(button, index)
            self.mode_buttons[value] = button
            modes.addWidget(button)
        self.drafter = IdentityRow("Drafting official", self._browse)
        self.minister = IdentityRow("Minister", self._browse)
        self.countersign_only = countersign_only
        if countersign_only:
            self.drafter.setTitle("Next signer")
            for button in self.mode_buttons.values():
                button.setVisible(False)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText("Sign" if countersign_only else "Issue")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.hint = muted("")
        layout = QVBoxLayout(self)
        layout.addWidget(muted(
            "The memo is rendered from the frozen record. Keys stay in their files; "
            "passphrases are used once and not kept."
        ))
        layout.addLayout(modes)
        layout.addWidget(self.drafter)
        layout.addWidget(self.minister)
        layout.addWidget(self.hint)
        layout.addWidget(self.buttons)
        for row in (self.drafter, self.minister):
            row.path.textChanged.connect(self._update)
            row.passphrase.textChanged.connect(self._update)
        self.mode.idToggled.connect(lambda *_: self._update())
        self.mode_buttons[BOTH].setChecked(True)
        self._update()
        self.resize(560, self.sizeHint().height())

    def selected_mode(self) -> str:
        if self.countersign_only:
            return DRAFTER_ONLY
        return MODES[max(0, self.mode.checkedId())][0]

    def choose(self, mode: str) -> None:
        self.mode_buttons[mode].setChecked(True)

    def _browse(self, row: IdentityRow) -> None:
        if self._choose_file is None:
            return
        path = self._choose_file(self, "Choose a signing identity", "Identities (*.p12 *.pfx)")
        if path is not None:
            row.path.setText(str(path))

    def _update(self) -> None:
        mode = self.selected_mode()
        self.drafter.setVisible(mode in (BOTH, DRAFTER_ONLY))
        self.minister.setVisible(mode == BOTH)
        needed = {BOTH: [self.drafter, self.minister], DRAFTER_ONLY: [self.drafter],
                  UNSIGNED: []}[mode]
        missing = [row.title() for row in needed if not row.filled()]
        self.ok.setEnabled(not missing)
        self.hint.setText(
            f"Give the identity file and passphrase of: {', '.join(missing)}." if missing else ""
        )

    def plan(self) -> IssuePlan:
        mode = self.selected_mode()
        rows = {BOTH: [self.drafter, self.minister], DRAFTER_ONLY: [self.drafter],
                UNSIGNED: []}[mode]
        plan = IssuePlan(tuple(row.choice() for row in rows))
        for row in (self.drafter, self.minister):
            row.forget()
        return plan
