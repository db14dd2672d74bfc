"""The Options step of a case that compares courses of action: the official names them (two to
six, "no action" always among them and never removed), renames and describes them; each is
then answered on the questions the playbook asks per option, in the criterion steps.

The step edits a list and hands it on (`changed`); models.options.set_options checks and
stores it (an option kept by name keeps its answers). The name an option is stored under is
made from its first title and stays when the title is changed, so renaming loses nothing.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.widgets.common import heading, muted
from playbooks.options import MAX_OPTIONS, MIN_OPTIONS, NO_ACTION

TITLE, DESCRIPTION = 0, 1
NAME_ROLE = Qt.ItemDataRole.UserRole


@dataclass(frozen=True)
class OptionRow:
    name: str
    title: str
    description: str = ""


def name_for(title: str, taken: Sequence[str]) -> str:
    """A stored name made from a title ("Air cover, 60 days" -> "air_cover_60_days"), unique
    among `taken` and in the form playbooks.options.OPTION_NAME accepts."""
    base = re.sub(r"[^a-z0-9]+", "_", title.lower()).strip("_")[:36].strip("_")
    if not base or not base[0].isalpha():
        base = "option" + (f"_{base}" if base else "")
    name, number = base, 2
    while name in taken:
        name = f"{base}_{number}"
        number += 1
    return name


class OptionsStep(QWidget):
    changed = Signal(list)  # list[OptionRow]: the options as now named, in their order

    def __init__(self, options: Sequence[OptionRow], parent=None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Options step"))
        self._loading = False
        self._titles: dict[str, str] = {}  # the last title of each option, kept if emptied
        self.table = QTableWidget(0, 2)
        self.table.setHorizontalHeaderLabels([self.tr("Option"), self.tr("What it is")])
        self.table.setAccessibleName(
            self.tr("Options compared: edit a title or description with F2 or by typing"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setTabKeyNavigation(False)
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(DESCRIPTION, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnWidth(TITLE, 220)
        self.table.verticalHeader().setVisible(False)
        self.table.itemChanged.connect(self._on_item_changed)
        self.table.itemSelectionChanged.connect(self._update_buttons)

        self.new_title = QLineEdit()
        self.new_title.setPlaceholderText(self.tr("Title of a new option, e.g. Naval blockade"))
        self.new_title.setAccessibleName(self.tr("Title of a new option"))
        self.new_title.returnPressed.connect(self.add_option)
        self.new_title.textChanged.connect(self._update_buttons)
        self.add_button = QPushButton(self.tr("&Add option"))
        self.add_button.setAccessibleName(self.tr("Add the option"))
        self.add_button.clicked.connect(self.add_option)
        self.remove_button = QPushButton(self.tr("Re&move option"))
        self.remove_button.setAccessibleName(self.tr("Remove the selected option and its answers"))
        self.remove_button.clicked.connect(self.remove_selected)
        self.note = muted("")
        self.note.setAccessibleName(self.tr("About the options"))
        adding = QHBoxLayout()
        adding.addWidget(self.new_title, 1)
        adding.addWidget(self.add_button)
        adding.addWidget(self.remove_button)

        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Options")))
        layout.addWidget(muted(self.tr(
            "The courses of action this case compares: {least} to {most}, "
            "“No action” always among them. The questions about the situation are answered "
            "once; those about the means and the prospects once per option, in the steps "
            "that ask them. Each option is judged on its own and the best-judged is named "
            "at the decision.").format(least=MIN_OPTIONS, most=MAX_OPTIONS)))
        layout.addWidget(self.table, 1)
        layout.addLayout(adding)
        layout.addWidget(self.note)
        self.show_options(options)

    # reading and showing ------------------------------------------------------------------
    def show_options(self, options: Sequence[OptionRow]) -> None:
        self._loading = True
        try:
            self.table.setRowCount(0)
            for option in options:
                self._append(option)
        finally:
            self._loading = False
        self._titles = {o.name: o.title for o in options}
        self.table.resizeRowsToContents()
        self._update_buttons()

    def _append(self, option: OptionRow) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        title = QTableWidgetItem(option.title)
        title.setData(NAME_ROLE, option.name)
        if option.name == NO_ACTION:
            title.setToolTip(self.tr("Not acting: always one of the options, never removed."))
        self.table.setItem(row, TITLE, title)
        self.table.setItem(row, DESCRIPTION, QTableWidgetItem(option.description))

    def options(self) -> list[OptionRow]:
        rows = []
        for row in range(self.table.rowCount()):
            title, description = self.table.item(row, TITLE), self.table.item(row, DESCRIPTION)
            if title is None:
                continue
            rows.append(OptionRow(str(title.data(NAME_ROLE)), title.text().strip(),
                                  description.text().strip() if description else ""))
        return rows

    # editing ------------------------------------------------------------------------------
    def add_option(self) -> None:
        title = self.new_title.text().strip()
        if not title or self.table.rowCount() >= MAX_OPTIONS:
            return
        taken = [o.name for o in self.options()]
        self._loading = True
        try:
            self._append(OptionRow(name_for(title, taken), title))
        finally:
            self._loading = False
        self.new_title.clear()
        self._titles = {o.name: o.title for o in self.options()}
        self.table.resizeRowsToContents()
        self._update_buttons()
        self.changed.emit(self.options())

    def remove_selected(self) -> None:
        row = self.table.currentRow()
        if row < 0 or not self._removable(row):
            return
        self.table.removeRow(row)
        self._update_buttons()
        self.changed.emit(self.options())

    def _on_item_changed(self, item: QTableWidgetItem) -> None:
        if self._loading:
            return
        if item.column() == TITLE and not item.text().strip():
            self.note.setText(self.tr("An option needs a title: the old one is kept."))
            self._loading = True
            try:
                item.setText(self._titles.get(str(item.data(NAME_ROLE)), ""))
            finally:
                self._loading = False
            return
        self.note.setText("")
        self._titles = {o.name: o.title for o in self.options()}
        self.table.resizeRowsToContents()
        self.changed.emit(self.options())

    def _name_at(self, row: int) -> str:
        item = self.table.item(row, TITLE)
        return "" if item is None else str(item.data(NAME_ROLE))

    def _removable(self, row: int) -> bool:
        return self._name_at(row) not in ("", NO_ACTION) and self.table.rowCount() > MIN_OPTIONS

    def _update_buttons(self) -> None:
        count = self.table.rowCount()
        full = count >= MAX_OPTIONS
        self.add_button.setEnabled(not full and bool(self.new_title.text().strip()))
        self.new_title.setEnabled(not full)
        row = self.table.currentRow()
        self.remove_button.setEnabled(row >= 0 and self._removable(row))
        if full:
            self.note.setText(self.tr("%n options: remove one to add another.", "", MAX_OPTIONS))
        elif row >= 0 and self._name_at(row) == NO_ACTION:
            self.note.setText(self.tr("“No action” is always an option: it cannot be removed."))
        elif count <= MIN_OPTIONS:
            self.note.setText(
                self.tr("At least %n options: add one before removing one.", "", MIN_OPTIONS))
        else:
            self.note.setText("")

    def set_read_only(self, read_only: bool) -> None:
        triggers = (QAbstractItemView.EditTrigger.NoEditTriggers if read_only else
                    QAbstractItemView.EditTrigger.DoubleClicked
                    | QAbstractItemView.EditTrigger.EditKeyPressed
                    | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.table.setEditTriggers(triggers)
        for widget in (self.new_title, self.add_button, self.remove_button):
            widget.setVisible(not read_only)
        if read_only:
            self.note.setText(self.tr("The options are frozen with the decision."))
