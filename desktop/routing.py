"""Routing a draft from the desktop (models.routing): the bar on the assessment page that names
the stage and offers the acts allowed at it, the dialog asking why a draft is returned, and
the stage and steps as rich text for History's detail view.

On PostgreSQL the bar offers only the acts of the login's role (the server would refuse the
others: migrations/ddl_0010); SQLite is single-user, so every act of the stage is offered."""

from __future__ import annotations

from collections.abc import Sequence
from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.context import DeskContext
from desktop.locale_format import moment
from desktop.widgets.common import muted
from models.changes import Part, RecordChange
from models.routing_words import DONE_WORDS, stage_name
from playbooks.errors import UserError

if TYPE_CHECKING:
    from models.routing import StepRecord



# The words of models.routing_words as the window shows them (the command line keeps those).
STAGE_WORDS = {
    "draft": QT_TRANSLATE_NOOP("RoutingWords", "a draft, not yet submitted for review"),
    "submitted": QT_TRANSLATE_NOOP("RoutingWords", "submitted for review"),
    "returned": QT_TRANSLATE_NOOP("RoutingWords", "returned to the drafter"),
    "passed": QT_TRANSLATE_NOOP("RoutingWords", "with the minister"),
    "decided": QT_TRANSLATE_NOOP("RoutingWords", "decided"),
    "superseded": QT_TRANSLATE_NOOP("RoutingWords", "superseded by a later revision"),
}
STEP_WORDS = {
    "submit": QT_TRANSLATE_NOOP("RoutingWords", "submitted for review"),
    "return": QT_TRANSLATE_NOOP("RoutingWords", "returned to the drafter"),
    "pass": QT_TRANSLATE_NOOP("RoutingWords", "passed to the minister"),
}


def stage_words(stage: str) -> str:
    """A stage's name in the official's language; one the window does not know, as models
    names it."""
    words = STAGE_WORDS.get(stage)
    return stage_name(stage) if words is None else QCoreApplication.translate(
        "RoutingWords", str(words))


def step_words(act: str) -> str:
    words = STEP_WORDS.get(act)
    return DONE_WORDS.get(act, act) if words is None else QCoreApplication.translate(
        "RoutingWords", str(words))


def stage_text(stage: str) -> str:
    """The stage's name, as a label starts: with a capital."""
    name = stage_words(stage)
    return name[:1].upper() + name[1:]


def routing_html(stage: str, steps: Sequence[StepRecord]) -> str:
    """The stage, then every step with its comment (History's detail)."""
    translate = QCoreApplication.translate
    parts = [translate("Routing", "<p><b>Stage:</b> {stage}</p>").format(
        stage=escape(stage_text(stage)))]
    if steps:
        parts.append(translate("Routing", "<h3>Routing</h3>") + "<ol>")
        for step in steps:
            parts.append("<li>" + translate("Routing", "{when} {done} by {actor}").format(
                when=escape(moment(step.recorded_at)), done=step_words(step.act),
                actor=escape(step.actor)))
            if step.comment:
                parts.append(f"<br><small>{escape(step.comment)}</small>")
            parts.append("</li>")
        parts.append("</ol>")
    return "".join(parts)


class ReturnDialog(QDialog):
    """Why the draft goes back to its drafter: the comment a return needs."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Return to the drafter"))
        self.comment = QPlainTextEdit()
        self.comment.setAccessibleName(self.tr("Comment to the drafter"))
        self.comment.setTabChangesFocus(True)
        self.comment.setPlaceholderText(self.tr("What the drafter should change, and why"))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("Return"))
        self.ok.setAccessibleName(
            self.tr("Return the draft with this comment (kept in the record)"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(muted(self.tr("“{title}” goes back to its drafter with your comment. "
                                       "The comment is kept in the record and cannot be "
                                       "changed later.").format(title=title)))
        label = QLabel(self.tr("&Comment"))
        label.setBuddy(self.comment)
        layout.addWidget(label)
        layout.addWidget(self.comment, 1)
        layout.addWidget(self.buttons)
        self.comment.textChanged.connect(self._update)
        self._update()
        self.resize(480, 260)

    def text(self) -> str:
        return self.comment.toPlainText().strip()

    def _update(self) -> None:
        self.ok.setEnabled(bool(self.text()))


def load_routing(context: DeskContext, assessment_id: str
                 ) -> tuple[str, str | None, StepRecord | None]:
    """Runs on the database thread: the stage, the login's role (None: any, SQLite) and the
    last routing step (None: never routed)."""
    from models.routing import login_role, stage_of, steps_of

    steps = steps_of(context.db, assessment_id)
    return (stage_of(context.db, assessment_id), login_role(context.db),
            steps[-1] if steps else None)


def stage_line(stage: str, last: StepRecord | None) -> str:
    """The stage in words; with who took the last act, when, and its comment, if it has one
    (a draft returned shows its drafter what to change without opening History)."""
    translate = QCoreApplication.translate
    if last is not None and last.stage == stage and last.comment:
        return translate("Routing", "Stage: {stage} by {actor} on {when}: “{comment}”"
                         ).format(stage=stage_text(stage), actor=last.actor,
                                  when=moment(last.recorded_at),
                                  comment=last.comment)
    return translate("Routing", "Stage: {stage}").format(stage=stage_text(stage))


class RoutingBar(QWidget):
    """The stage of the open assessment and the buttons of the acts allowed at it."""

    def __init__(self, context: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.assessment_id: str | None = None
        self.title = ""
        self.stage: str | None = None
        self.stage_label = muted("")
        self.stage_label.setAccessibleName(self.tr("Routing stage"))
        self.stage_label.setWordWrap(True)  # a return's comment can be a sentence or two
        self.submit_button = QPushButton(self.tr("S&ubmit for review"))
        self.submit_button.setAccessibleName(self.tr("Submit this draft for review"))
        self.pass_button = QPushButton(self.tr("Pa&ss to the minister"))
        self.pass_button.setAccessibleName(self.tr("Pass this draft to the minister"))
        self.return_button = QPushButton(self.tr("Re&turn to the drafter…"))
        self.return_button.setAccessibleName(
            self.tr("Return this draft to its drafter with a comment"))
        self.buttons = {"submit": self.submit_button, "pass": self.pass_button,
                        "return": self.return_button}  # fmt: skip
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stage_label, 1)
        for act, button in self.buttons.items():
            button.setVisible(False)
            button.clicked.connect(lambda _checked=False, act=act: self.take(act))
            layout.addWidget(button)
        context.record_changed.connect(self._on_record_changed)

    def show_for(self, assessment_id: str, title: str) -> None:
        self.assessment_id, self.title = assessment_id, title
        context = self.context
        # Shown ahead of the record: read once it is open (DeskContext.once_open).
        self.context.once_open(self, lambda: self.context.runner.submit(
            lambda: load_routing(context, assessment_id), self._show, self._failed,
            owner=self, label="load routing"))

    def _show(self, loaded: tuple[str, str | None, StepRecord | None]) -> None:
        from models.routing import acts_allowed

        self.stage, role, last = loaded
        self.stage_label.setText(stage_line(self.stage, last))
        allowed = acts_allowed(self.stage, role)
        for act, button in self.buttons.items():
            button.setVisible(act in allowed)

    def _failed(self, error: BaseException) -> None:
        if not isinstance(error, UserError):
            raise error
        self.stage_label.setText(str(error))

    def _on_record_changed(self, change: RecordChange) -> None:
        # A decision or revision reloads the whole page, which shows the stage again.
        if self.assessment_id is not None and change.touches(self.assessment_id) \
                and change.has(Part.ROUTING):
            self.show_for(self.assessment_id, self.title)

    def take(self, act: str) -> None:
        """Take `act` on the open draft; a return asks for its comment first."""
        from models.routing import route

        if self.assessment_id is None:
            return
        comment = ""
        if act == "return":
            dialog = ReturnDialog(self.title, self)
            accepted = self.context.dialogs.exec_dialog(dialog)
            comment = dialog.text()
            dialog.deleteLater()
            if not accepted:
                return
        db, actor, assessment_id = self.context.db, self.context.actor, self.assessment_id
        self.context.write(
            lambda: route(db, assessment_id, act, actor=actor, comment=comment),
            RecordChange.of(Part.ROUTING, assessments=[assessment_id]),
            None,
            self.context.dialogs.error_shown(self, self.tr("Not routed")),
            owner=self, label=f"routing: {act}",
        )
