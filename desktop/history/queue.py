"""History's "For me" queue: the drafts waiting for a role (models.routing.queue) — a
reviewer's submitted ones, a minister's passed ones, a drafter's returned ones — listed in
place of the search results while chosen.

On PostgreSQL "For me" is the login's role; SQLite is single-user, so its official may look at
the queue of each role ("For me as reviewer"…)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QComboBox, QListWidget, QListWidgetItem

from desktop.context import DeskContext
from desktop.locale_format import moment
from desktop.routing import stage_words
from playbooks.errors import UserError

ROLES = ("drafter", "reviewer", "minister")
# The chooser's entries and the count line, one sentence per role (its grammar differs by
# language: « le rédacteur », « le ministre »…).
FOR_ME = {
    "drafter": QT_TRANSLATE_NOOP("QueuePanel", "For me (drafter)"),
    "reviewer": QT_TRANSLATE_NOOP("QueuePanel", "For me (reviewer)"),
    "minister": QT_TRANSLATE_NOOP("QueuePanel", "For me (minister)"),
}
FOR_ME_AS = {
    "drafter": QT_TRANSLATE_NOOP("QueuePanel", "For me as drafter"),
    "reviewer": QT_TRANSLATE_NOOP("QueuePanel", "For me as reviewer"),
    "minister": QT_TRANSLATE_NOOP("QueuePanel", "For me as minister"),
}
WAITING_FOR = {
    "drafter": QT_TRANSLATE_NOOP("QueuePanel", "Waiting for the drafter"),
    "reviewer": QT_TRANSLATE_NOOP("QueuePanel", "Waiting for the reviewer"),
    "minister": QT_TRANSLATE_NOOP("QueuePanel", "Waiting for the minister"),
}
NOTHING_WAITS = {
    "drafter": QT_TRANSLATE_NOOP("QueuePanel", "Nothing waits for the drafter."),
    "reviewer": QT_TRANSLATE_NOOP("QueuePanel", "Nothing waits for the reviewer."),
    "minister": QT_TRANSLATE_NOOP("QueuePanel", "Nothing waits for the minister."),
}


def _shown(words: dict[str, object], role: str) -> str:
    return QCoreApplication.translate("QueuePanel", str(words[role]))


def login_role_of(context: DeskContext) -> tuple[bool, str | None]:
    """Runs on the database thread: (roles apply, the login's role)."""
    from models.routing import login_role

    return context.db.dialect == "postgresql", login_role(context.db)


class QueuePanel(QObject):
    """The queue chooser (for the filters) and the list it fills (beside the table)."""

    chosen = Signal(str)  # an assessment selected in the list
    opened = Signal(str)  # an assessment activated (Enter, double click)
    toggled = Signal(bool)  # a queue is shown (True) or the search results again (False)
    counted = Signal(str)  # what the count line says about the queue

    def __init__(self, context: DeskContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.combo = QComboBox()
        self.combo.setAccessibleName(self.tr("For me: the drafts waiting for a role"))
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Drafts waiting"))
        self.list.setWordWrap(True)
        self.list.setVisible(False)
        self.list.currentItemChanged.connect(self._on_current)
        self.list.itemActivated.connect(
            lambda item: self.opened.emit(item.data(Qt.ItemDataRole.UserRole)))
        self.set_roles(False, None)
        self.combo.currentIndexChanged.connect(self._on_choice)

    def set_roles(self, multi_user: bool, role: str | None) -> None:
        """Offer "For me" for the login's role (PostgreSQL), or for each role (SQLite)."""
        chosen = self.role()
        self.combo.blockSignals(True)
        self.combo.clear()
        self.combo.addItem(self.tr("All assessments"), None)
        if multi_user:
            if role in ROLES:
                self.combo.addItem(_shown(FOR_ME, role), role)
            for other in ROLES:
                if other != role:
                    self.combo.addItem(_shown(WAITING_FOR, other), other)
        else:
            for other in ROLES:
                self.combo.addItem(_shown(FOR_ME_AS, other), other)
        self.combo.setCurrentIndex(max(0, self.combo.findData(chosen)))
        self.combo.blockSignals(False)

    def load_roles(self) -> None:
        context = self.context
        context.runner.submit(lambda: login_role_of(context),
                              lambda found: self.set_roles(*found), None, owner=self,
                              label="login role")  # fmt: skip

    def role(self) -> str | None:
        data = self.combo.currentData()
        return data if isinstance(data, str) else None

    def active(self) -> bool:
        return self.role() is not None

    def choose(self, role: str | None) -> None:
        self.combo.setCurrentIndex(max(0, self.combo.findData(role)))

    def _on_choice(self, _index: int) -> None:
        self.list.setVisible(self.active())
        self.toggled.emit(self.active())
        self.refresh()

    def refresh(self) -> None:
        role = self.role()
        if role is None:
            return
        from models.routing import queue

        db = self.context.db
        self.context.runner.submit(lambda: queue(db, role), lambda rows: self._show(role, rows),
                                   self._failed, owner=self, label="queue")  # fmt: skip

    def _show(self, role: str, rows) -> None:
        if role != self.role():
            return  # another queue was chosen meanwhile
        current = self.list.currentItem()
        keep = current.data(Qt.ItemDataRole.UserRole) if current is not None else None
        self.list.clear()
        for row in rows:
            text = self.tr("{title} — {stage} by {who}, {when}").format(
                title=row.title, stage=stage_words(row.stage), who=row.by,
                when=moment(row.since))
            if row.comment:
                text += "\n    " + " ".join(row.comment.split())
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, row.assessment_id)
            self.list.addItem(item)
            if row.assessment_id == keep:
                self.list.setCurrentItem(item)
        self.counted.emit(self._waiting(role, len(rows)) if rows
                          else _shown(NOTHING_WAITS, role))

    def _waiting(self, role: str, count: int) -> str:
        if role == "drafter":
            return self.tr("%n waiting for the drafter", "", count)
        if role == "reviewer":
            return self.tr("%n waiting for the reviewer", "", count)
        return self.tr("%n waiting for the minister", "", count)

    def _failed(self, error: BaseException) -> None:
        if not isinstance(error, UserError):
            raise error
        self.counted.emit(str(error))

    def assessment_ids(self) -> list[str]:
        return [self.list.item(i).data(Qt.ItemDataRole.UserRole)
                for i in range(self.list.count())]  # fmt: skip

    def _on_current(self, current, _previous) -> None:
        if current is not None:
            self.chosen.emit(current.data(Qt.ItemDataRole.UserRole))
