"""The member-positions answer: every registry member with its population, its voting power under
the playbook's authority rule and a position, and the running double-majority tally underneath
(pivotal members in bold).

The tally itself is computed by playbooks.evaluate (the stepper passes the evaluation's
AuthorityTally in through `set_tally`); this widget only shows it.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from desktop.widgets.common import QuietComboBox
from desktop.widgets.questions import AnswerInput
from playbooks.authority import describe_concert
from playbooks.model import POSITIONS, AuthorityTally, MemberInfo, Question

NO_POSITION = "—"


def position_label(position: str) -> str:
    return position.replace("_", " ")


def tally_text(tally: AuthorityTally | None) -> str:
    if tally is None:
        return "Double majority: no positions recorded yet."
    counts = ", ".join(f"{position_label(p)} {n}" for p, n in tally.positions.items() if n)
    if tally.concert_met is not None:
        # Under the playbook's authority section: the routes first, then the Concert.
        routes = "\n".join(
            f"{'✓' if r.met else '✗'} {r.label}" + (f" — lacks {r.missing}" if r.missing else "")
            for r in tally.routes
        )
        return (
            ("Authority met by the route “" + tally.route + "”." if tally.route
             else "Authority not met: no route is met.")
            + ("\n" + routes if routes else "")
            + "\n" + describe_concert(tally) + "."
            + (f"\nPositions: {counts}." if counts else "")
        )
    verdict = "met" if tally.met else "not met"
    return (
        f"Double majority {verdict}: "
        f"{tally.states_endorsing} of {tally.states_counted} members endorse "
        f"({tally.state_share:.0%}, needs {tally.state_threshold:.0%}); "
        f"{tally.population_endorsing:,} of {tally.population_counted:,} people "
        f"({tally.population_share:.0%}, needs {tally.population_threshold:.0%})."
        + (f"\nPositions: {counts}." if counts else "")
    )


class MemberPositionsInput(AnswerInput):
    COLUMNS = ("Member", "ISO", "Population", "Standing", "Voting power", "Position")
    POWER_COLUMN = 4

    def __init__(self, question: Question, members: list[MemberInfo], parent=None) -> None:
        super().__init__(parent)
        self._members = sorted(members, key=lambda m: m.name)
        self._combos: dict[str, QComboBox] = {}
        self._loading = False
        self.table = QTableWidget(len(self._members), len(self.COLUMNS))
        self.table.setAccessibleName(f"{question.prompt}: member positions")
        self.table.setHorizontalHeaderLabels(self.COLUMNS)
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setTabKeyNavigation(False)
        for row, member in enumerate(self._members):
            self._set_text(row, 0, member.name)
            self._set_text(row, 1, member.iso)
            self._set_text(row, 2, f"{member.population:,}", right=True)
            self._set_text(row, 3, member.standing)
            self._set_text(row, self.POWER_COLUMN, NO_POSITION, right=True)
            combo = QuietComboBox()
            combo.addItem(NO_POSITION, None)
            for position in POSITIONS:
                combo.addItem(position_label(position), position)
            combo.setAccessibleName(f"Position of {member.name}")
            combo.currentIndexChanged.connect(self._on_changed)
            self._combos[member.iso] = combo
            self.table.setCellWidget(row, len(self.COLUMNS) - 1, combo)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, len(self.COLUMNS)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setMinimumHeight(300)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.setMinimumWidth(440)
        self.tally = QLabel(tally_text(None))
        self.tally.setWordWrap(True)
        self.tally.setAccessibleName("Double-majority tally")
        self.tally.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # Most consultations end with most members in one camp: set the rest in one go.
        self.fill_position = QuietComboBox()
        for position in POSITIONS:
            self.fill_position.addItem(position_label(position), position)
        self.fill_position.setAccessibleName("Position to give every member not yet set")
        self.fill_button = QPushButton("Give to every member without a position")
        self.fill_button.setAccessibleName("Give every member without a position the chosen one")
        self.fill_button.clicked.connect(self.fill_unset)
        # Choose the position, then press: the keyboard meets them in that order too.
        fill = QHBoxLayout()
        fill.addWidget(self.fill_position)
        fill.addWidget(self.fill_button)
        fill.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(fill)
        layout.addWidget(self.tally)

    def _set_text(self, row: int, column: int, text: str, right: bool = False) -> None:
        item = QTableWidgetItem(text)
        if right:
            item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.table.setItem(row, column, item)

    def _on_changed(self) -> None:
        if not self._loading:
            self.changed.emit()

    def set_position(self, iso: str, position: str | None) -> None:
        """Choose a member's position as the user would (emits `changed`)."""
        combo = self._combos[iso]
        combo.setCurrentIndex(0 if position is None else combo.findData(position))

    def fill_unset(self) -> None:
        """Give every member without a position the chosen one; one change, one save."""
        position = self.fill_position.currentData()
        self._loading = True
        try:
            changed = False
            for combo in self._combos.values():
                if combo.currentData() is None:
                    combo.setCurrentIndex(combo.findData(position))
                    changed = True
        finally:
            self._loading = False
        if changed:
            self.changed.emit()

    def value(self) -> Any:
        chosen = {iso: combo.currentData() for iso, combo in self._combos.items()}
        positions = {iso: p for iso, p in chosen.items() if p is not None}
        return positions or None

    def set_value(self, value: Any) -> None:
        self._loading = True
        try:
            for iso, combo in self._combos.items():
                position = (value or {}).get(iso)
                combo.setCurrentIndex(max(0, combo.findData(position)) if position else 0)
        finally:
            self._loading = False

    def set_tally(self, tally: AuthorityTally | None) -> None:
        self.tally.setText(tally_text(tally))
        power = {p.iso: p for p in tally.voting_power} if tally is not None else {}
        pivotal = set(tally.pivotal) if tally is not None else set()
        for row, member in enumerate(self._members):
            weighed = power.get(member.iso)
            item = self.table.item(row, self.POWER_COLUMN)
            item.setText(f"{weighed.power:.1%}" if weighed else NO_POSITION)
            item.setToolTip(
                f"square-root weight {weighed.weight}; normalised Banzhaf index" if weighed else
                "voting power is shown under a playbook's authority rule"
            )
            name = self.table.item(row, 0)
            font = name.font()
            font.setBold(member.iso in pivotal)
            name.setFont(font)
            name.setToolTip("pivotal in the current tally" if member.iso in pivotal else "")

    def set_read_only(self, read_only: bool) -> None:
        for combo in self._combos.values():
            combo.setEnabled(not read_only)
        self.fill_button.setVisible(not read_only)
        self.fill_position.setVisible(not read_only)
