"""Starting an assessment: choose a playbook (seeing what it asks and where its criteria come
from), then give the title, the proposed action, the crisis and the classification marking."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop.context import DeskContext
from desktop.widgets.common import heading
from desktop.widgets.vocabulary import classification_words
from models.changes import Part, RecordChange
from playbooks.errors import UserError
from playbooks.model import Playbook

CLASSIFICATIONS = ("UNCLASSIFIED", "OFFICIAL", "RESTRICTED", "CONFIDENTIAL", "SECRET", "TOP SECRET")
def playbook_html(playbook: Playbook) -> str:
    """The description, sources and criteria of a playbook as readable rich text."""
    return PlaybookDescription().html(playbook)


class PlaybookDescription(QObject):
    """Writes playbook_html; a QObject so that its words (plural forms included) are
    translated under one context."""

    def html(self, playbook: Playbook) -> str:
        parts = [
            f"<h2>{escape(playbook.title)}</h2>",
            "<p><small>" + self.tr("{id} · version {version}").format(
                id=escape(playbook.id), version=escape(playbook.version)) + "</small></p>",
            f"<p>{escape(playbook.description)}</p>",
            "<h3>" + self.tr("Criteria") + "</h3><ol>",
        ]
        for criterion in playbook.criteria:
            gate = " <i>" + self.tr("(gate: must pass)") + "</i>" if criterion.gate else ""
            count = len(criterion.questions)
            questions = (self.tr("1 question") if count == 1 else
                         self.tr("%n questions", "", count))
            parts.append(
                f"<li><b>{escape(criterion.title)}</b>{gate} — {questions}"
                f"<br>{escape(criterion.guidance)}</li>"
            )
        parts.append("</ol>")
        if playbook.sources:
            parts.append("<h3>" + self.tr("Sources") + "</h3><ul>")
            for source in playbook.sources:
                by = f", {escape(source.author)}" if source.author else ""
                year = f" ({source.year})" if source.year else ""
                note = f" — {escape(source.note)}" if source.note else ""
                parts.append(f"<li><i>{escape(source.title)}</i>{by}{year}{note}</li>")
            parts.append("</ul>")
        return "".join(parts)


class NewAssessmentPage(QWidget):
    created = Signal(str)  # the new assessment's id

    def __init__(self, context: DeskContext, parent=None) -> None:
        super().__init__(parent)
        self.context = context
        self.playbook_list = QListWidget()
        self.playbook_list.setAccessibleName(self.tr("Playbooks to choose from"))
        self.playbook_list.currentItemChanged.connect(self._on_playbook)
        self.description = QTextBrowser()
        self.description.setAccessibleName(
            self.tr("Chosen playbook: description, criteria and sources"))
        self.description.setOpenLinks(False)

        self.title = QLineEdit()
        self.title.setAccessibleName(self.tr("Title"))
        self.title.setPlaceholderText(self.tr("e.g. Maritime interdiction in the Strait of …"))
        self.title.textChanged.connect(self._update_button)
        self.action = QPlainTextEdit()
        self.action.setAccessibleName(self.tr("Proposed action"))
        self.action.setTabChangesFocus(True)
        self.action.setFixedHeight(80)
        self.crisis = QPlainTextEdit()
        self.crisis.setAccessibleName(self.tr("Crisis"))
        self.crisis.setTabChangesFocus(True)
        self.crisis.setFixedHeight(80)
        self.classification = QComboBox()
        self.classification.setEditable(True)
        for marking in CLASSIFICATIONS:
            self.classification.addItem(classification_words(marking), marking)
        self.classification.setAccessibleName(self.tr("Classification marking"))
        self.create_button = QPushButton(self.tr("Create and start"))
        self.create_button.setAccessibleName(
            self.tr("Create the assessment and start answering"))
        self.create_button.setDefault(True)
        self.create_button.clicked.connect(self.start_assessment)
        self.hint = QLabel("")
        self.hint.setWordWrap(True)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("&Title"), self.title)
        form.addRow(self.tr("Proposed &action"), self.action)
        form.addRow(self.tr("Cr&isis"), self.crisis)
        form.addRow(self.tr("C&lassification"), self.classification)
        buttons = QHBoxLayout()
        buttons.addWidget(self.hint, 1)
        buttons.addWidget(self.create_button)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.addWidget(QLabel(self.tr("&Playbook")))
        left_layout.itemAt(0).widget().setBuddy(self.playbook_list)  # type: ignore[union-attr]
        left_layout.addWidget(self.playbook_list, 1)
        left_layout.addLayout(form)
        left_layout.addLayout(buttons)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(self.description)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([460, 600])

        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("New assessment")))
        layout.addWidget(splitter, 1)
        self.setTabOrder(self.playbook_list, self.title)
        self.setTabOrder(self.title, self.action)
        self.setTabOrder(self.action, self.crisis)
        self.setTabOrder(self.crisis, self.classification)
        self.setTabOrder(self.classification, self.create_button)
        self.reload_playbooks()

    def reload_playbooks(self) -> None:
        self.playbook_list.clear()
        for playbook in self.context.catalog.latest():
            item = QListWidgetItem(
                self.tr("{title}  (v{version})").format(title=playbook.title,
                                                       version=playbook.version))
            item.setData(Qt.ItemDataRole.UserRole, (playbook.id, playbook.version))
            item.setToolTip(playbook.id)
            self.playbook_list.addItem(item)
        if self.playbook_list.count():
            self.playbook_list.setCurrentRow(0)
        self._update_button()

    def activated(self) -> None:
        if self.playbook_list.count() == 0:
            self.reload_playbooks()
        self.title.setFocus()

    def selected_playbook(self) -> Playbook | None:
        item = self.playbook_list.currentItem()
        if item is None:
            return None
        playbook_id, version = item.data(Qt.ItemDataRole.UserRole)
        return self.context.catalog.get(playbook_id, version)

    def select_playbook(self, playbook_id: str) -> None:
        for row in range(self.playbook_list.count()):
            if self.playbook_list.item(row).data(Qt.ItemDataRole.UserRole)[0] == playbook_id:
                self.playbook_list.setCurrentRow(row)
                return
        raise KeyError(playbook_id)

    def _on_playbook(self, *_args) -> None:
        playbook = self.selected_playbook()
        self.description.setHtml(playbook_html(playbook) if playbook else "")
        self._update_button()

    def _update_button(self) -> None:
        ready = self.selected_playbook() is not None and bool(self.title.text().strip())
        self.create_button.setEnabled(ready)
        self.hint.setText(
            "" if ready else self.tr("Choose a playbook and give the assessment a title."))

    def start_assessment(self) -> None:
        from models.workflow import create_assessment

        playbook = self.selected_playbook()
        if playbook is None or not self.title.text().strip():
            return
        db, actor = self.context.db, self.context.actor
        title = self.title.text().strip()
        action, crisis = self.action.toPlainText().strip(), self.crisis.toPlainText().strip()
        shown = self.classification.currentText().strip()
        picked = self.classification.findText(shown, Qt.MatchFlag.MatchExactly)
        # a marking picked from the list is stored in English; one typed, as typed
        classification = (self.classification.itemData(picked) if picked >= 0 else shown) \
            or "UNCLASSIFIED"
        self.create_button.setEnabled(False)
        self.hint.setText(self.tr("Creating…"))

        def work() -> str:
            return create_assessment(
                db, playbook, title=title, proposed_action=action, crisis=crisis,
                classification=classification, actor=actor,
            )

        self.context.write(
            work, lambda new_id: RecordChange.of(Part.ASSESSMENTS, assessments=[new_id]),
            self._created, self._failed, owner=self, label="create assessment",
        )

    def _created(self, assessment_id: str) -> None:
        self.title.clear()
        self.action.clear()
        self.crisis.clear()
        self._update_button()
        self.created.emit(assessment_id)

    def _failed(self, error: BaseException) -> None:
        self._update_button()
        if isinstance(error, UserError):
            self.context.dialogs.error(self, self.tr("Cannot create the assessment"), str(error))
        else:
            raise error
