"""The member-positions answer: every registry member with its population, its voting power under
the playbook's authority rule and a position, and the running double-majority tally underneath
(pivotal members in bold).

The tally itself is computed by playbooks.evaluate (the stepper passes the evaluation's
AuthorityTally in through `set_tally`); this widget only shows it.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QContextMenuEvent, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from desktop import locale_format
from desktop.phrases import say
from desktop.widgets.common import QuietComboBox
from desktop.widgets.questions import AnswerInput
from desktop.widgets.vocabulary import position_words, sentence_case, standing_words
from playbooks.authority import describe_concert
from playbooks.figures import percent
from playbooks.model import POSITIONS, AuthorityTally, MemberInfo, Question

NO_POSITION = "—"


def position_label(position: str) -> str:
    """A position in the official's language ("not consulted")."""
    return position_words(position)


def _tally(text: object) -> str:
    return QCoreApplication.translate("AuthorityTally", str(text))


DOUBLE_MAJORITY = {
    True: QT_TRANSLATE_NOOP(
        "AuthorityTally",
        "Double majority met: {endorsing} of {counted} members endorse ({share}, needs "
        "{needed}); {people} of {population} people ({people_share}, needs {people_needed})."),
    False: QT_TRANSLATE_NOOP(
        "AuthorityTally",
        "Double majority not met: {endorsing} of {counted} members endorse ({share}, needs "
        "{needed}); {people} of {population} people ({people_share}, needs {people_needed})."),
}


def tally_text(tally: AuthorityTally | None) -> str:
    if tally is None:
        return QCoreApplication.translate("AuthorityTally",
                                          "Double majority: no positions recorded yet.")
    counts = QCoreApplication.translate("AuthorityTally", ", ").join(
        QCoreApplication.translate("AuthorityTally", "{position} {count}").format(
            position=position_label(p), count=n)
        for p, n in tally.positions.items() if n)
    positions = ("\n" + QCoreApplication.translate("AuthorityTally", "Positions: {counts}.")
                 .format(counts=counts)) if counts else ""
    if tally.concert_met is not None:
        # Under the playbook's authority section: the routes first, then the Concert.
        routes = "\n".join(
            f"{'✓' if r.met else '✗'} {r.label}" + (
                QCoreApplication.translate("AuthorityTally", " — lacks {what}").format(
                    what=r.missing) if r.missing else "")
            for r in tally.routes
        )
        return (
            (QCoreApplication.translate("AuthorityTally", "Authority met by the route “{route}”.")
             .format(route=tally.route) if tally.route
             else QCoreApplication.translate("AuthorityTally",
                                             "Authority not met: no route is met."))
            + ("\n" + routes if routes else "")
            + "\n" + say(describe_concert(tally)) + "."
            + positions
        )
    return _tally(DOUBLE_MAJORITY[bool(tally.met)]).format(
        endorsing=tally.states_endorsing, counted=tally.states_counted,
        share=percent(tally.state_share, tally.state_threshold),
        needed=percent(tally.state_threshold, trim=True),
        people=f"{tally.population_endorsing:,}", population=f"{tally.population_counted:,}",
        people_share=percent(tally.population_share, tally.population_threshold),
        people_needed=percent(tally.population_threshold, trim=True),
    ) + positions


# The key that sets a position on the selected rows: its first letter (Delete clears).
POSITION_KEYS = {position[0]: position for position in POSITIONS}
assert len(POSITION_KEYS) == len(POSITIONS), "each position needs its own first letter"
POSITION_ROLE = Qt.ItemDataRole.UserRole


class PositionsTable(QTableWidget):
    """The members, edited like a spreadsheet: the arrow keys (with Shift to select) only move;
    a position's first letter (e, o, a, n) sets it on every selected row and Delete clears it.
    There is no editor in the cells, so no key can change a value while moving — the
    per-row drop-downs this replaces took Down after a typed letter as a change of position.
    One Tab stop: Tab leaves the table."""

    position_keyed = Signal(object)  # the position (None: cleared) for the selected rows

    def __init__(self, rows: int, columns: int, parent=None) -> None:
        super().__init__(rows, columns, parent)
        self.read_only = False
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setTabKeyNavigation(False)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.DefaultContextMenu)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        plain = modifiers in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.ShiftModifier)
        text = event.text().lower()
        if plain and text in POSITION_KEYS:
            if not self.read_only:
                self.position_keyed.emit(POSITION_KEYS[text])
            event.accept()  # never a jump to a member whose name starts with the letter
            return
        if plain and event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            if not self.read_only:
                self.position_keyed.emit(None)
            event.accept()
            return
        if plain and text.isprintable() and text.strip():
            event.accept()  # other letters: nothing (no search that moves the cursor away)
            return
        super().keyPressEvent(event)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        if self.read_only or not self.selectionModel().selectedRows():
            return
        menu = QMenu(self)
        for key, position in POSITION_KEYS.items():
            action = menu.addAction(f"{sentence_case(position_label(position))}\t{key.upper()}")
            action.triggered.connect(lambda _c=False, p=position: self.position_keyed.emit(p))
        menu.addSeparator()
        clear = menu.addAction(self.tr("No position") + "\tDel")
        clear.triggered.connect(lambda _c=False: self.position_keyed.emit(None))
        menu.exec(event.globalPos())

    def selected_rows(self) -> list[int]:
        rows = sorted(index.row() for index in self.selectionModel().selectedRows())
        if not rows and self.currentRow() >= 0:
            rows = [self.currentRow()]
        return rows


class MemberPositionsInput(AnswerInput):
    COLUMNS = (
        QT_TRANSLATE_NOOP("MemberPositionsInput", "Member"),
        QT_TRANSLATE_NOOP("MemberPositionsInput", "ISO"),
        QT_TRANSLATE_NOOP("MemberPositionsInput", "Population"),
        QT_TRANSLATE_NOOP("MemberPositionsInput", "Standing"),
        QT_TRANSLATE_NOOP("MemberPositionsInput", "Voting power"),
        QT_TRANSLATE_NOOP("MemberPositionsInput", "Position"),
    )
    POWER_COLUMN = 4
    POSITION_COLUMN = 5

    def __init__(self, question: Question, members: list[MemberInfo], parent=None) -> None:
        super().__init__(parent)
        self._members = sorted(members, key=lambda m: m.name)
        self._rows = {member.iso: row for row, member in enumerate(self._members)}
        self.table = PositionsTable(len(self._members), len(self.COLUMNS))
        self.table.setAccessibleName(
            self.tr("{question}: member positions").format(question=question.prompt))
        self.table.setAccessibleDescription(self.tr(
            "Arrow keys move, Shift+arrows select; E endorse, O oppose, A abstain, "
            "N not consulted, Delete clears, for every selected member."
        ))
        self.table.setToolTip(self.tr("E endorse · O oppose · A abstain · N not consulted · "
                                      "Delete: no position — for the selected members"))
        self.table.setHorizontalHeaderLabels([self.tr(str(column)) for column in self.COLUMNS])
        self.table.verticalHeader().setVisible(False)
        for row, member in enumerate(self._members):
            self._set_text(row, 0, member.name)
            self._set_text(row, 1, member.iso)
            self._set_text(row, 2, locale_format.population(member.population), right=True)
            self._set_text(row, 3, standing_words(member.standing))
            self._set_text(row, self.POWER_COLUMN, NO_POSITION, right=True)
            self._set_text(row, self.POSITION_COLUMN, NO_POSITION)
        self.table.position_keyed.connect(self.set_selected)
        if self._members:
            self.table.setCurrentCell(0, 0, QItemSelectionModel.SelectionFlag.NoUpdate)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, len(self.COLUMNS)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setMinimumHeight(300)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.setMinimumWidth(360)
        self.tally = QLabel(tally_text(None))
        self.tally.setWordWrap(True)
        self.tally.setAccessibleName(self.tr("Double-majority tally"))
        self.tally.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # Most consultations end with most members in one camp: set the rest in one go, or
        # the selected rows (the mouse's way to what the letter keys do).
        self.fill_position = QuietComboBox()
        for position in POSITIONS:
            self.fill_position.addItem(position_label(position), position)
        self.fill_position.setAccessibleName(self.tr("Position to give"))
        self.selected_button = QPushButton(self.tr("Give to the selected"))
        self.selected_button.setAccessibleName(
            self.tr("Give the selected members the chosen position"))
        self.selected_button.clicked.connect(
            lambda: self.set_selected(self.fill_position.currentData()))
        self.fill_button = QPushButton(self.tr("Give to every member without a position"))
        self.fill_button.setAccessibleName(
            self.tr("Give every member without a position the chosen one"))
        self.fill_button.clicked.connect(self.fill_unset)
        # Choose the position, then press: the keyboard meets them in that order too.
        fill = QHBoxLayout()
        fill.addWidget(self.fill_position)
        fill.addWidget(self.selected_button)
        fill.addWidget(self.fill_button)
        fill.addStretch(1)
        self.keys_hint = QLabel(self.tr("Keys on the table: E endorse · O oppose · A abstain · "
                                        "N not consulted · Delete none; Shift+arrows select "
                                        "rows."))
        self.keys_hint.setWordWrap(True)
        self.keys_hint.setEnabled(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addWidget(self.keys_hint)
        layout.addLayout(fill)
        layout.addWidget(self.tally)

    def _set_text(self, row: int, column: int, text: str, right: bool = False) -> None:
        item = QTableWidgetItem(text)
        if right:
            item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.table.setItem(row, column, item)

    def _cell(self, row: int, column: int) -> QTableWidgetItem:
        item = self.table.item(row, column)
        assert item is not None  # every cell is filled when the table is built
        return item

    def position_of(self, iso: str) -> str | None:
        return self._cell(self._rows[iso], self.POSITION_COLUMN).data(POSITION_ROLE)

    def _show_position(self, row: int, position: str | None) -> bool:
        """Show a row's position; True when it changed."""
        item = self._cell(row, self.POSITION_COLUMN)
        if item.data(POSITION_ROLE) == position:
            return False
        item.setData(POSITION_ROLE, position)
        item.setText(position_label(position) if position else NO_POSITION)
        return True

    def set_position(self, iso: str, position: str | None) -> None:
        """Set one member's position as the user would (emits `changed`)."""
        if self._show_position(self._rows[iso], position):
            self.changed.emit()

    def set_selected(self, position: str | None) -> None:
        """Give every selected member (or the current one) `position`; one change, one save."""
        if self.table.read_only:
            return
        changed = [self._show_position(row, position) for row in self.table.selected_rows()]
        if any(changed):
            self.changed.emit()

    def fill_unset(self) -> None:
        """Give every member without a position the chosen one; one change, one save."""
        position = self.fill_position.currentData()
        changed = [self._show_position(row, position) for row, member in enumerate(self._members)
                   if self.position_of(member.iso) is None]
        if any(changed):
            self.changed.emit()

    def value(self) -> Any:
        positions = {m.iso: self.position_of(m.iso) for m in self._members}
        positions = {iso: p for iso, p in positions.items() if p is not None}
        return positions or None

    def set_value(self, value: Any) -> None:
        for row, member in enumerate(self._members):
            position = (value or {}).get(member.iso)
            self._show_position(row, position if position in POSITIONS else None)

    def set_tally(self, tally: AuthorityTally | None) -> None:
        self.tally.setText(tally_text(tally))
        power = {p.iso: p for p in tally.voting_power} if tally is not None else {}
        pivotal = set(tally.pivotal) if tally is not None else set()
        for row, member in enumerate(self._members):
            weighed = power.get(member.iso)
            item = self._cell(row, self.POWER_COLUMN)
            item.setText(locale_format.percent(weighed.power, 1) if weighed else NO_POSITION)
            item.setToolTip(
                self.tr("square-root weight {weight}; normalised Banzhaf index").format(
                    weight=weighed.weight) if weighed else
                self.tr("voting power is shown under a playbook's authority rule")
            )
            name = self._cell(row, 0)
            font = name.font()
            font.setBold(member.iso in pivotal)
            name.setFont(font)
            name.setToolTip(
                self.tr("pivotal in the current tally") if member.iso in pivotal else "")

    def set_read_only(self, read_only: bool) -> None:
        # Still focusable and movable (a decided record is read by keyboard too); no key sets.
        self.table.read_only = read_only
        for widget in (self.fill_button, self.fill_position, self.selected_button,
                       self.keys_hint):
            widget.setVisible(not read_only)
