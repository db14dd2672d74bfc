"""One input control per question kind, all with the same small interface.

`value()` returns the answer's JSON value as playbooks.model.QuestionKind describes it (None when
unanswered), `set_value()` shows a stored value without emitting `changed`, and `changed` fires
on every user edit. `typing` tells the stepper whether edits arrive keystroke by keystroke (and
should be saved after a short pause) or as single clicks (saved at once).

Every choice is shown in full (grade labels, each ICD 203 term with its range) rather than
hidden in a drop-down: the official sees the whole scale while choosing.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QDoubleValidator, QTextCursor
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desktop.widgets.vocabulary import (
    confidence_words,
    likelihood_display,
    sentence_case,
)
from desktop.widgets.vocabulary import security_council_words as council_words
from desktop.widgets.wrapping import WrappingRadioButton
from playbooks.answers import format_number, security_council_words
from playbooks.model import (
    CONFIDENCE_LEVELS,
    LIKELIHOOD_TERMS,
    SECURITY_COUNCIL_STATUSES,
    Question,
    QuestionKind,
)


class AnswerInput(QWidget):
    changed = Signal()
    typing = False

    def value(self) -> Any:
        raise NotImplementedError

    def set_value(self, value: Any) -> None:
        raise NotImplementedError

    def set_read_only(self, read_only: bool) -> None:
        self.setEnabled(not read_only)


class ChoiceInput(AnswerInput):
    """A column of radio buttons, one per allowed value, with a way back to 'no answer'."""

    def __init__(self, question: Question, choices: list[tuple[Any, str]], parent=None) -> None:
        super().__init__(parent)
        self._values = [value for value, _ in choices]
        self._group = QButtonGroup(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        for index, (_value, label) in enumerate(choices):
            button = WrappingRadioButton(label)
            button.setAccessibleName(self.tr("{question}: {answer}").format(
                question=question.prompt, answer=label))
            self._group.addButton(button, index)
            layout.addWidget(button)
        # A plain (not flat) button: Fusion draws a flat button's focus as nothing at all.
        self._clear = QPushButton(self.tr("Clear answer"))
        self._clear.setAccessibleName(
            self.tr("Clear the answer to: {question}").format(question=question.prompt))
        self._clear.clicked.connect(self._on_clear)
        row = QHBoxLayout()
        row.addWidget(self._clear)
        row.addStretch(1)
        layout.addLayout(row)
        # A decided record shows the answer as text, not as a column of greyed-out buttons
        # (barely legible in dark mode); unchosen values are not the record's answer.
        self.decided_label = QLabel()
        self.decided_label.setWordWrap(True)
        self.decided_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                              | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.decided_label.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # read by keyboard too
        self.decided_label.setAccessibleName(
            self.tr("{question}: answer").format(question=question.prompt))
        self.decided_label.hide()
        layout.addWidget(self.decided_label)
        self._labels = [label for _, label in choices]
        self._group.idClicked.connect(lambda _id: self.changed.emit())
        self._update_clear()
        self._group.idToggled.connect(lambda *_: self._update_clear())

    def set_read_only(self, read_only: bool) -> None:
        for button in self.buttons():
            button.setVisible(not read_only)
        self.decided_label.setVisible(read_only)
        self._show_decided()
        self._update_clear()

    def _show_decided(self) -> None:
        checked = self._group.checkedId()
        self.decided_label.setText(
            self._labels[checked] if checked >= 0 else self.tr("Not answered"))
        font = self.decided_label.font()
        font.setItalic(checked < 0)
        self.decided_label.setFont(font)

    def buttons(self) -> list[QRadioButton]:
        return [self._group.button(i) for i in range(len(self._values))]  # type: ignore[misc]

    def value(self) -> Any:
        checked = self._group.checkedId()
        return None if checked < 0 else self._values[checked]

    def set_value(self, value: Any) -> None:
        self._uncheck_all()
        if value is not None and value in self._values:
            self._group.button(self._values.index(value)).setChecked(True)
        self._show_decided()
        self._update_clear()

    def choose(self, value: Any) -> None:
        """Pick a value as a click would (emits `changed`)."""
        self._group.button(self._values.index(value)).click()

    def _uncheck_all(self) -> None:
        self._group.setExclusive(False)
        for button in self._group.buttons():
            button.setChecked(False)
        self._group.setExclusive(True)

    def _on_clear(self) -> None:
        if self.value() is not None:
            self._uncheck_all()
            self._update_clear()
            self.changed.emit()

    def _update_clear(self) -> None:
        answered = self._group.checkedId() >= 0
        self._clear.setVisible(answered and not self.decided_label.isVisibleTo(self))


class NumberInput(AnswerInput):
    typing = True

    def __init__(self, question: Question, parent=None) -> None:
        super().__init__(parent)
        self._edit = QLineEdit()
        self._edit.setAccessibleName(question.prompt)
        validator = QDoubleValidator(self)
        validator.setNotation(QDoubleValidator.Notation.StandardNotation)
        if question.minimum is not None:
            validator.setBottom(question.minimum)
        if question.maximum is not None:
            validator.setTop(question.maximum)
        self._edit.setValidator(validator)
        self._edit.setMaximumWidth(220)
        self._edit.textEdited.connect(lambda _t: self.changed.emit())
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._edit)
        if question.unit:
            layout.addWidget(QLabel(question.unit))
        limits = _range_text(question.minimum, question.maximum)
        if limits:
            hint = QLabel(limits)
            hint.setEnabled(False)
            layout.addWidget(hint)
        layout.addStretch(1)

    def line_edit(self) -> QLineEdit:
        return self._edit

    def value(self) -> Any:
        text = self._edit.text().strip().replace(",", "")
        if not text or not self._edit.hasAcceptableInput():
            return None
        number = float(text)
        return int(number) if number.is_integer() and "." not in text else number

    def set_value(self, value: Any) -> None:
        self._edit.setText("" if value is None else format_number(value, grouped=False))

    def set_read_only(self, read_only: bool) -> None:
        self._edit.setReadOnly(read_only)


class TextInput(AnswerInput):
    typing = True

    def __init__(self, question: Question, parent=None) -> None:
        super().__init__(parent)
        self._edit = QPlainTextEdit()
        self._edit.setAccessibleName(question.prompt)
        self._edit.setTabChangesFocus(True)
        self._edit.setMinimumHeight(70)
        self._edit.setMaximumHeight(140)
        self._edit.textChanged.connect(self._on_text)
        self._loading = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._edit)

    def text_edit(self) -> QPlainTextEdit:
        return self._edit

    def _on_text(self) -> None:
        if not self._loading:
            self.changed.emit()

    def value(self) -> Any:
        text = self._edit.toPlainText()
        return text if text.strip() else None

    def set_value(self, value: Any) -> None:
        self._loading = True
        try:
            self._edit.setPlainText(value or "")
            self._edit.moveCursor(QTextCursor.MoveOperation.End)  # carry on where it ended
        finally:
            self._loading = False

    def set_read_only(self, read_only: bool) -> None:
        self._edit.setReadOnly(read_only)


def _range_text(minimum: float | None, maximum: float | None) -> str:
    if minimum is not None and maximum is not None:
        return QCoreApplication.translate("AnswerLimits", "from {minimum} to {maximum}").format(
            minimum=format_number(minimum), maximum=format_number(maximum))
    if minimum is not None:
        return QCoreApplication.translate("AnswerLimits", "at least {minimum}").format(
            minimum=format_number(minimum))
    if maximum is not None:
        return QCoreApplication.translate("AnswerLimits", "at most {maximum}").format(
            maximum=format_number(maximum))
    return ""


def choices_for(question: Question) -> list[tuple[Any, str]]:
    """The allowed values of a choice-like question with the words shown for each."""
    kind = question.kind
    if kind == QuestionKind.SCALE:
        return [(g.value, f"{g.value} — {g.label}") for g in question.grades]
    if kind == QuestionKind.LIKELIHOOD:
        return [(term.id, likelihood_display(term)) for term in LIKELIHOOD_TERMS]
    if kind == QuestionKind.CONFIDENCE:
        return [(level, confidence_words(level)) for level in CONFIDENCE_LEVELS]
    if kind == QuestionKind.YES_NO:
        return [(True, QCoreApplication.translate("AnswerChoices", "Yes")),
                (False, QCoreApplication.translate("AnswerChoices", "No"))]
    if kind == QuestionKind.CHOICE:
        return [(o.id, o.label) for o in question.options]
    if kind == QuestionKind.SECURITY_COUNCIL:
        return [
            (status, sentence_case(council_words(status, security_council_words(status))))
            for status in (question.status_scores or SECURITY_COUNCIL_STATUSES)
        ]
    raise ValueError(f"not a choice kind: {kind}")


def make_input(question: Question, members: list | None = None, parent=None) -> AnswerInput:
    """The fitting control for a question (members: the registry, for member positions)."""
    if question.kind == QuestionKind.NUMBER:
        return NumberInput(question, parent)
    if question.kind == QuestionKind.TEXT:
        return TextInput(question, parent)
    if question.kind == QuestionKind.MEMBER_POSITIONS:
        from desktop.widgets.member_positions import MemberPositionsInput

        return MemberPositionsInput(question, members or [], parent)
    return ChoiceInput(question, choices_for(question), parent)
