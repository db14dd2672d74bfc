"""The playbooks: every version with its criteria and sources, problems with user playbook
files, and adding a playbook file (its errors shown with their line)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop.context import DeskContext
from desktop.pages.new_assessment import playbook_html
from desktop.widgets.common import heading, muted
from models.files import write_atomically
from playbooks.errors import InputError, UserError


class PlaybooksPage(QWidget):
    catalog_changed = Signal()

    def __init__(self, context: DeskContext, parent=None) -> None:
        super().__init__(parent)
        self.context = context
        self.list = QListWidget()
        self.list.setAccessibleName("Playbooks and their versions")
        self.list.currentItemChanged.connect(self._on_current)
        self.details = QTextBrowser()
        self.details.setAccessibleName("Playbook details")
        self.problems = QLabel("")
        self.problems.setWordWrap(True)
        self.problems.setAccessibleName("Problems with playbook files")
        self.problems.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.add_button = QPushButton("&Add playbook file…")
        self.add_button.setAccessibleName("Add a playbook file")
        self.add_button.clicked.connect(self.add_file)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.list)
        splitter.addWidget(self.details)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([320, 700])
        buttons = QHBoxLayout()
        buttons.addWidget(muted(f"Added playbooks are kept in {context.user_playbooks}"), 1)
        buttons.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.addWidget(heading("Playbooks"))
        layout.addWidget(splitter, 1)
        layout.addWidget(self.problems)
        layout.addLayout(buttons)
        self.reload()

    def activated(self) -> None:
        self.reload()

    def reload(self) -> None:
        current = self.list.currentItem()
        keep = current.data(Qt.ItemDataRole.UserRole) if current else None
        self.list.clear()
        for playbook in self.context.catalog.all():
            label = f"{playbook.title}\n    {playbook.id} · version {playbook.version}"
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, (playbook.id, playbook.version))
            item.setToolTip(f"{playbook.file}\nSHA-256 {playbook.content_hash}")
            self.list.addItem(item)
            if keep == (playbook.id, playbook.version):
                self.list.setCurrentItem(item)
        if self.list.currentItem() is None and self.list.count():
            self.list.setCurrentRow(0)
        errors = self.context.catalog.errors
        self.problems.setText(
            "Playbook files that could not be loaded:\n" + "\n".join(str(e) for e in errors)
            if errors else ""
        )
        self.problems.setVisible(bool(errors))

    def _on_current(self, item, _previous=None) -> None:
        if item is None:
            self.details.clear()
            return
        playbook_id, version = item.data(Qt.ItemDataRole.UserRole)
        playbook = self.context.catalog.get(playbook_id, version)
        self.details.setHtml(
            playbook_html(playbook)
            + f"<p><small>File: {playbook.file}<br>SHA-256: {playbook.content_hash}</small></p>"
        )

    def add_file(self) -> None:
        from playbooks.loader import load_playbook

        path = self.context.dialogs.open_file(self, "Add a playbook", "Playbooks (*.yaml *.yml)")
        if path is None:
            return
        context = self.context

        def work():
            playbook = load_playbook(path)  # InputError names file, line and field
            return playbook, Path(path).read_bytes()

        context.background.submit(work, self._add_loaded, self._add_failed, owner=self,
                                  label="check playbook")

    def _add_loaded(self, loaded) -> None:
        playbook, content = loaded
        folder = self.context.user_playbooks
        target = folder / f"{playbook.id}-{playbook.version}.yaml"
        try:
            self.context.catalog.add(playbook)  # refuses a changed file under an old version
        except UserError as error:
            self._add_failed(error)
            return
        folder.mkdir(parents=True, exist_ok=True)
        write_atomically(target, content)
        self.reload()
        self.catalog_changed.emit()
        self.context.dialogs.info(
            self, "Playbook added",
            f"{playbook.title} (version {playbook.version}) is now available.",
        )

    def _add_failed(self, error: BaseException) -> None:
        if not isinstance(error, UserError):
            raise error
        where = ""
        if isinstance(error, InputError) and error.line is not None:
            where = f"\n\nSee line {error.line} of {Path(error.file).name}."
        self.context.dialogs.error(self, "The playbook was not added", f"{error}{where}")
