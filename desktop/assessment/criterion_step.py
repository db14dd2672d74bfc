"""One step of the stepper: a criterion's questions, with the criterion's guidance beside them.

Each question shows its prompt, its own guidance, the fitting input control, what the
evaluation made of the answer, and the rationale / confidence / evidence behind it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QBoxLayout,
    QFrame,
    QGroupBox,
    QLabel,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.assessment.saver import AnswerDraft
from desktop.widgets.common import heading, muted
from desktop.widgets.evidence import EvidenceRow, RationaleEditor
from desktop.widgets.member_positions import MemberPositionsInput
from desktop.widgets.questions import AnswerInput, make_input
from playbooks import figures
from playbooks.model import Criterion, Evaluation, MemberInfo, Question

QWIDGETSIZE_MAX = 16_777_215
GUIDANCE_WIDTH = 240
# The width the questions need beside the guidance: below it the guidance folds above them.
QUESTIONS_BESIDE_GUIDANCE = 560
GUIDANCE_FOLDED_HEIGHT = 200


class QuestionEditor(QGroupBox):
    """A question with its answer and what backs it."""

    edited = Signal(str, bool)  # question id, typing (save after a pause) or not (save now)

    def __init__(self, question: Question, members: list[MemberInfo], parent=None) -> None:
        super().__init__(parent)
        self.question = question
        self.setAccessibleName(f"Question: {question.prompt}")
        prompt = QLabel(
            f"<b>{question.prompt}</b>"
            + ("" if question.required else " <i>(optional)</i>")
        )
        prompt.setWordWrap(True)
        prompt.setTextFormat(Qt.TextFormat.RichText)
        self.input: AnswerInput = make_input(question, members)
        self.result = muted("")
        self.result.setAccessibleName(f"How the answer to '{question.prompt}' counts")
        self.backing = RationaleEditor(question.prompt)
        layout = QVBoxLayout(self)
        layout.addWidget(prompt)
        if question.guidance:
            layout.addWidget(muted(question.guidance))
        layout.addWidget(self.input)
        layout.addWidget(self.result)
        layout.addWidget(self.backing)
        self.input.changed.connect(lambda: self.edited.emit(question.id, self.input.typing))
        self.backing.changed.connect(lambda: self.edited.emit(question.id, False))
        self.backing.typing_changed.connect(lambda: self.edited.emit(question.id, True))

    def draft(self) -> AnswerDraft:
        rationale, confidence, evidence = self.backing.values()
        return AnswerDraft(self.input.value(), rationale, confidence, tuple(evidence))

    def show_answer(self, answer) -> None:
        """Show a stored AnswerRecord (or None) without triggering a save."""
        self.input.blockSignals(True)
        try:
            self.input.set_value(answer.value if answer else None)
        finally:
            self.input.blockSignals(False)
        rows = [
            EvidenceRow(e.summary, e.source, e.reliability, e.credibility)
            for e in (answer.evidence if answer else ())
        ]
        self.backing.set_values(
            answer.rationale if answer else "", answer.confidence if answer else None, rows
        )

    def show_result(self, evaluation: Evaluation | None) -> None:
        result = evaluation.questions.get(self.question.id) if evaluation else None
        if isinstance(self.input, MemberPositionsInput):
            # The tally under the table says it in full; the note would repeat it.
            self.input.set_tally(evaluation.authority if evaluation else None)
            return
        self.result.setText(result.note if result and result.note else "")

    def set_read_only(self, read_only: bool) -> None:
        self.input.set_read_only(read_only)
        self.backing.set_read_only(read_only)


class CriterionStep(QWidget):
    edited = Signal(str, bool)

    def __init__(self, number: int, criterion: Criterion, members: list[MemberInfo],
                 parent=None) -> None:
        super().__init__(parent)
        self.criterion = criterion
        self.editors: dict[str, QuestionEditor] = {}
        questions = QWidget()
        questions_layout = QVBoxLayout(questions)
        title = f"{number}. {criterion.title}" + ("  (gate)" if criterion.gate else "")
        questions_layout.addWidget(heading(title))
        self.status = muted("")
        self.status.setAccessibleName(f"Result of {criterion.title}")
        questions_layout.addWidget(self.status)
        for question in criterion.questions:
            editor = QuestionEditor(question, members)
            editor.edited.connect(self.edited)
            self.editors[question.id] = editor
            questions_layout.addWidget(editor)
        questions_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        # Questions wrap to the width there is: never a horizontal scrollbar over them.
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(questions)
        scroll.setAccessibleName(f"Questions on {criterion.title}")
        self.scroll = scroll

        # Guidance beside the questions when there is room; above them, folded behind a
        # button, when there is not (a 1024-pixel window left the questions ~95 pixels).
        self.guidance = QFrame()
        self.guidance.setFrameShape(QFrame.Shape.StyledPanel)
        self.guidance.setAccessibleName(f"Guidance for {criterion.title}")
        self.guidance_toggle = QToolButton()
        self.guidance_toggle.setText(f"Guidance on {criterion.title}")
        self.guidance_toggle.setAccessibleName(f"Show or hide the guidance on {criterion.title}")
        self.guidance_toggle.setCheckable(True)
        self.guidance_toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.guidance_toggle.setAutoRaise(True)
        self.guidance_toggle.toggled.connect(self._show_guidance_body)
        self.guidance_title = heading("Guidance", 3)
        body = QWidget()
        body_layout = QVBoxLayout(body)
        body_layout.setContentsMargins(0, 0, 0, 0)
        text = QLabel(criterion.guidance)
        text.setWordWrap(True)
        text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        body_layout.addWidget(text)
        if criterion.gate:
            body_layout.addWidget(muted(
                "This criterion is a gate: if it fails, the action cannot be legitimate "
                "whatever the other criteria say."
            ))
        body_layout.addWidget(muted(
            f"Passes at a weighted score of {criterion.pass_threshold:.2f} or more."
        ))
        body_layout.addStretch(1)
        self.guidance_body = QScrollArea()
        self.guidance_body.setWidgetResizable(True)
        self.guidance_body.setFrameShape(QFrame.Shape.NoFrame)
        self.guidance_body.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.guidance_body.setWidget(body)
        self.guidance_body.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        guidance_layout = QVBoxLayout(self.guidance)
        guidance_layout.addWidget(self.guidance_toggle)
        guidance_layout.addWidget(self.guidance_title)
        guidance_layout.addWidget(self.guidance_body, 1)

        self.layout_box = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        self.layout_box.setContentsMargins(0, 0, 0, 0)
        self.layout_box.addWidget(scroll, 1)
        self.layout_box.addWidget(self.guidance)
        self.compact: bool | None = None
        self.set_compact(False)

    def set_compact(self, compact: bool) -> None:
        """Compact: the guidance folded above the questions, the full width theirs."""
        if compact == self.compact:
            return
        self.compact = compact
        # BottomToTop puts the guidance (the second item) above the questions.
        self.layout_box.setDirection(QBoxLayout.Direction.BottomToTop if compact
                                     else QBoxLayout.Direction.LeftToRight)
        self.guidance_toggle.setVisible(compact)
        self.guidance_title.setVisible(not compact)
        if compact:
            self.guidance.setMinimumWidth(0)
            self.guidance.setMaximumWidth(QWIDGETSIZE_MAX)
            self.guidance_body.setMaximumHeight(GUIDANCE_FOLDED_HEIGHT)
            self.guidance_toggle.setChecked(False)
            self._show_guidance_body(False)
        else:
            self.guidance.setFixedWidth(GUIDANCE_WIDTH)
            self.guidance_body.setMaximumHeight(QWIDGETSIZE_MAX)
            self.guidance_body.setVisible(True)

    def _show_guidance_body(self, shown: bool) -> None:
        self.guidance_toggle.setArrowType(Qt.ArrowType.DownArrow if shown
                                          else Qt.ArrowType.RightArrow)
        if self.compact:
            self.guidance_body.setVisible(shown)

    def resizeEvent(self, event) -> None:
        self.set_compact(event.size().width() < GUIDANCE_WIDTH + QUESTIONS_BESIDE_GUIDANCE)
        super().resizeEvent(event)

    def show_evaluation(self, evaluation: Evaluation | None) -> None:
        for editor in self.editors.values():
            editor.show_result(evaluation)
        result = None
        if evaluation is not None:
            result = next(
                (r for r in evaluation.criteria if r.criterion_id == self.criterion.id), None
            )
        if result is None:
            self.status.setText("")
            return
        threshold = result.pass_threshold
        score = ("no score yet" if result.score is None
                 else f"score {figures.score(result.score, threshold)}")
        self.status.setText(f"{result.status} · {score} (passes at {figures.score(threshold)})")

    def first_input(self) -> QWidget | None:
        for editor in self.editors.values():
            return editor.input
        return None

    def set_read_only(self, read_only: bool) -> None:
        for editor in self.editors.values():
            editor.set_read_only(read_only)
