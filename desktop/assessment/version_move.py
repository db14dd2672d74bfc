"""Moving a draft to another version of its playbook: the dialog that lets the official choose
the version and see, before anything moves, which answers carry over, which must be answered
again, which stay behind and which questions are new (models.version_move)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from models.version_move import plan_move
from playbooks.model import Playbook


def record_and_other_versions(db, catalog, assessment_id: str):
    """Runs on the database thread: the assessment as saved now (answers given since the page
    loaded included), and every other version of its playbook, newest first, each with where it
    comes from ("built-in", "user", "record")."""
    from models.workflow import load_assessment

    record = load_assessment(db, assessment_id)
    found = []
    for version, origin in catalog.versions(record.playbook_id):
        playbook = catalog.get(record.playbook_id, version)
        if playbook.content_hash != record.playbook_hash:
            found.append((origin, playbook))
    return record, found


ORIGIN_WORDS = {
    "built-in": QT_TRANSLATE_NOOP("PlaybookOrigin", "built-in"),
    "user": QT_TRANSLATE_NOOP("PlaybookOrigin", "user folder"),
    "record": QT_TRANSLATE_NOOP("PlaybookOrigin", "kept in the record"),
}


class MoveVersionDialog(QDialog):
    def __init__(self, record, current: Playbook | None,
                 versions: list[tuple[str, Playbook]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.record, self.current = record, current
        self.setWindowTitle(self.tr("Move to another playbook version"))
        self.setMinimumWidth(560)
        self.versions = QComboBox()
        self.versions.setAccessibleName(self.tr("Playbook version to move to"))
        for origin, playbook in versions:
            self.versions.addItem(
                self.tr("{title} — version {version} ({origin})").format(
                    title=playbook.title, version=playbook.version,
                    origin=QCoreApplication.translate("PlaybookOrigin", str(ORIGIN_WORDS[origin]))),
                playbook,
            )
        label = QLabel(self.tr("&Version:"))
        label.setBuddy(self.versions)
        intro = QLabel(self.tr(
            "This draft follows {playbook} version {version}. Moving it makes a new draft "
            "revision under the version chosen; this one is kept, superseded, exactly as it is."
        ).format(playbook=record.playbook_id, version=record.playbook_version))
        intro.setWordWrap(True)
        self.plan = QPlainTextEdit()
        self.plan.setReadOnly(True)
        self.plan.setAccessibleName(self.tr("What happens to each answer"))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Move"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(label)
        layout.addWidget(self.versions)
        layout.addWidget(QLabel(self.tr("What happens to the answers:")))
        layout.addWidget(self.plan, 1)
        layout.addWidget(self.buttons)
        self.versions.currentIndexChanged.connect(self._show_plan)
        self._show_plan()

    def target(self) -> Playbook | None:
        return self.versions.currentData()

    def plan_lines(self) -> list[str]:
        target = self.target()
        if target is None:
            return []
        return plan_move(self.record, self.current, target).lines()

    def _show_plan(self, *_args) -> None:
        self.plan.setPlainText("\n".join(self.plan_lines()))


def move_page_to_another_version(page) -> None:
    """The "Move to playbook version…" flow of an open assessment page
    (desktop.assessment.page.AssessmentPage): list the other versions on the database thread,
    let the official choose in MoveVersionDialog, move, and open the moved draft. Its words
    keep the page's translation context, where they were first translated."""
    if page.record is None:
        return
    page.flush()  # saves go first: the database thread runs work in order
    context, assessment_id = page.context, page.assessment_id
    db, catalog = context.db, context.catalog
    context.runner.submit(
        lambda: record_and_other_versions(db, catalog, assessment_id),
        lambda found: _choose_version(page, found),
        context.dialogs.error_shown(page, QCoreApplication.translate(
            "AssessmentPage", "Cannot move to another version")),
        owner=page, label="list playbook versions",
    )


def _choose_version(page, found) -> None:
    from models.changes import Part, RecordChange
    from models.version_move import move_to_version

    context = page.context
    record, versions = found
    if not versions:
        context.dialogs.info(
            page, QCoreApplication.translate("AssessmentPage", "No other version"),
            QCoreApplication.translate(
                "AssessmentPage",
                "No other version of {playbook} is installed or kept in the record. "
                "Add one on the Playbooks page.").format(playbook=record.playbook_id),
        )
        return
    dialog = MoveVersionDialog(record, page.playbook, versions, page)
    if not context.dialogs.exec_dialog(dialog) or dialog.target() is None:
        return
    db, actor, assessment_id = context.db, context.actor, page.assessment_id
    target, current = dialog.target(), page.playbook
    if target is None or current is None:
        return
    context.write(
        lambda: move_to_version(db, assessment_id, target, actor=actor, old_playbook=current),
        lambda result: RecordChange.of(Part.REVISIONS, Part.ASSESSMENTS,
                                       assessments=[assessment_id, result.assessment_id]),
        lambda result: page.open_assessment.emit(result.assessment_id),
        context.dialogs.error_shown(page, QCoreApplication.translate(
            "AssessmentPage", "Cannot move to another version")),
        owner=page, label="move to another playbook version",
    )
