"""The member registry: who is in the Concert, with standing, population and the review each
standing rests on. Import and export as YAML (models.members reads and writes the files)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.context import DeskContext
from desktop.widgets.common import heading, muted
from models.changes import Part, RecordChange
from models.files import write_atomically

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
COLUMNS = ("Member", "ISO", "Population", "Year", "Standing", "Review", "Note")


class MembersPage(QWidget):
    def __init__(self, context: DeskContext, parent=None) -> None:
        super().__init__(parent)
        self.context = context
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setAccessibleName("Member registry")
        self.table.setHorizontalHeaderLabels(COLUMNS)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.setSortingEnabled(True)
        self.table.setAlternatingRowColors(True)
        self.table.setTabKeyNavigation(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(6, QHeaderView.ResizeMode.Stretch)
        self.summary = muted("")
        self.summary.setAccessibleName("Registry summary")
        self.import_button = QPushButton("&Import YAML…")
        self.import_button.setAccessibleName("Import a member registry file")
        self.import_button.clicked.connect(self.import_file)
        self.export_button = QPushButton("&Export YAML…")
        self.export_button.setAccessibleName("Export the member registry to a file")
        self.export_button.clicked.connect(self.export_file)
        buttons = QHBoxLayout()
        buttons.addWidget(self.summary, 1)
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.addWidget(heading("Members"))
        layout.addWidget(muted(
            "Only members in full standing count in the double-majority tally. Importing adds "
            "and updates the members a file lists; members are never deleted."
        ))
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.loaded_once = False
        context.record_changed.connect(self._on_record_changed)

    def _on_record_changed(self, change: RecordChange) -> None:
        if change.has(Part.REGISTRY) and self.loaded_once:
            self.reload()

    def activated(self) -> None:
        self.reload()

    def reload(self) -> None:
        from models.members import registry_entries

        db = self.context.db
        self.context.runner.submit(lambda: registry_entries(db), self._show, owner=self,
                                   label="list members")

    def _show(self, members) -> None:
        self.loaded_once = True
        self.table.setSortingEnabled(False)
        self.table.setRowCount(len(members))
        for row, member in enumerate(members):
            cells = (member.name, member.iso, member.population, member.population_year,
                     member.standing, member.review_reference, member.note)
            for column, value in enumerate(cells):
                item = QTableWidgetItem()
                if isinstance(value, int):
                    item.setData(Qt.ItemDataRole.DisplayRole, value)
                    item.setTextAlignment(RIGHT)
                else:
                    item.setText(value or "")
                self.table.setItem(row, column, item)
        self.table.setSortingEnabled(True)
        full = sum(1 for m in members if m.standing == "full")
        people = sum(m.population for m in members if m.standing == "full")
        self.summary.setText(f"{len(members)} members, {full} in full standing ({people:,} people)")

    def import_file(self) -> None:
        from models.members import import_registry

        path = self.context.dialogs.open_file(self, "Import member registry", "YAML (*.yaml *.yml)")
        if path is None:
            return
        db, actor = self.context.db, self.context.actor

        def done(summary) -> None:
            text = summary.one_line() if hasattr(summary, "one_line") else "Imported."
            self.context.dialogs.info(self, "Member registry imported", text)

        self.context.write(lambda: import_registry(db, path, actor=actor),
                           RecordChange.of(Part.REGISTRY), done,
                           self.context.dialogs.error_shown(self, "Member registry"),
                           owner=self, label="import members")

    def export_file(self) -> None:
        from models.members import export_registry

        path = self.context.dialogs.save_file(
            self, "Export member registry", "members.yaml", "YAML (*.yaml *.yml)"
        )
        if path is None:
            return
        db = self.context.db

        def work() -> None:
            write_atomically(path, export_registry(db).encode("utf-8"))

        self.context.runner.submit(work, lambda _r: self.summary.setText(f"Exported to {path}"),
                                   self.context.dialogs.error_shown(self, "Member registry"),
                                   owner=self, label="export members")
