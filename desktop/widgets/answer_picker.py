"""Picking an answer in a table cell (the what-if panel's Scenario column): a question with a
fixed set of answers (grades, likelihood terms, yes/no, choices, confidence, the Security
Council's position) is edited with a list of those answers in words, so nobody has to know or
type their codes; numbers and text are typed as before. The cell keeps the answer as text in
the form `answer_text` writes and playbooks.scenario_input.answer_from_text reads back, and
shows it in words."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractItemModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem, QWidget

from desktop.widgets.common import QuietComboBox
from desktop.widgets.questions import choices_for
from playbooks.model import Question, QuestionKind

UNANSWERED = QT_TRANSLATE_NOOP("AnswerPicker", "(unanswered)")
PICKED_KINDS = (QuestionKind.SCALE, QuestionKind.LIKELIHOOD, QuestionKind.CONFIDENCE,
                QuestionKind.YES_NO, QuestionKind.CHOICE, QuestionKind.SECURITY_COUNCIL)
Index = QModelIndex | QPersistentModelIndex


def answer_text(question: Question, value: Any) -> str:
    """An answer as the cell holds it ("" for unanswered)."""
    if value is None:
        return ""
    if question.kind is QuestionKind.YES_NO:
        return "yes" if value else "no"
    return str(value)


def picked_choices(question: Question) -> list[tuple[str, str]]:
    """(cell text, words) for each answer a picked question takes, unanswered first."""
    unanswered = QCoreApplication.translate("AnswerPicker", str(UNANSWERED))
    return [("", unanswered)] + [(answer_text(question, value), words)
                                 for value, words in choices_for(question)]


class AnswerPicker(QStyledItemDelegate):
    """The delegate of one column whose rows are questions (`question_of(row)`, None: a row
    to leave as it is)."""

    def __init__(self, question_of: Callable[[int], Question | None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._question_of = question_of

    def _picked(self, index: Index) -> Question | None:
        question = self._question_of(index.row())
        return question if question is not None and question.kind in PICKED_KINDS else None

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,
                     index: Index) -> QWidget:
        question = self._picked(index)
        if question is None:
            return super().createEditor(parent, option, index)
        box = QuietComboBox(parent)
        box.setAccessibleName(
            self.tr("Scenario answer to: {question}").format(question=question.prompt))
        for text, words in picked_choices(question):
            box.addItem(words, text)
        # A pick is the edit: commit it at once, as pressing Enter after typing would.
        box.activated.connect(lambda _index: self.commitData.emit(box))
        return box

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        if isinstance(editor, QuietComboBox) and self._picked(index) is not None:
            found = editor.findData(str(index.data(Qt.ItemDataRole.EditRole) or "").strip())
            editor.setCurrentIndex(max(0, found))
            return
        super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        if isinstance(editor, QuietComboBox) and self._picked(index) is not None:
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
            return
        super().setModelData(editor, model, index)

    def initStyleOption(self, option: QStyleOptionViewItem, index: Index) -> None:
        super().initStyleOption(option, index)
        question = self._picked(index)
        if question is not None:
            words = dict(picked_choices(question))
            text = str(index.data(Qt.ItemDataRole.EditRole) or "").strip()
            option.text = words.get(text, text) if text else ""
