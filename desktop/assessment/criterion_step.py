"""One step of the stepper: a criterion's questions, with the criterion's guidance beside them.

Each question shows its prompt, its own guidance, the fitting input control, what the
evaluation made of the answer, and the rationale / confidence / evidence behind it.

On a case with options, the questions the playbook asks per option (`about: option`) are shown
once per option, one tab each ("Answered for each option"), below the situation's questions,
which are answered once. A case without options shows every question once, as before.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QBoxLayout,
    QFrame,
    QGroupBox,
    QLabel,
    QScrollArea,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop import locale_format
from desktop.assessment.bidi import isolated
from desktop.assessment.saver import AnswerDraft
from desktop.phrases import say
from desktop.widgets.common import heading, muted
from desktop.widgets.evidence import EvidenceRow, RationaleEditor
from desktop.widgets.member_positions import MemberPositionsInput
from desktop.widgets.questions import AnswerInput, make_input
from desktop.widgets.vocabulary import criterion_status_words as status_words
from playbooks.model import ABOUT_OPTION, Criterion, Evaluation, MemberInfo, Question
from playbooks.options import OptionsComparison

# Called for each per-option editor made: the page connects its saves (option name, editor).
OptionEditorHook = Callable[[str, "QuestionEditor"], None]

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
        self.setAccessibleName(self.tr("Question: {prompt}").format(prompt=question.prompt))
        optional = self.tr("(optional)")
        prompt = QLabel(
            f"<b>{question.prompt}</b>" + ("" if question.required else f" <i>{optional}</i>"))
        prompt.setWordWrap(True)
        prompt.setTextFormat(Qt.TextFormat.RichText)
        self.input: AnswerInput = make_input(question, members)
        self.result = muted("")
        self.result.setAccessibleName(
            self.tr("How the answer to '{prompt}' counts").format(prompt=question.prompt))
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
        """Show a stored AnswerRecord or OptionAnswerRecord (or None) without triggering a
        save."""
        self.input.blockSignals(True)
        try:
            self.input.set_value(answer.value if answer else None)
        finally:
            self.input.blockSignals(False)
        rows = [
            EvidenceRow(e.summary, e.source, e.reliability, e.credibility)
            for e in (getattr(answer, "evidence", ()) if answer else ())
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
        self.result.setText(say(result.note) if result and result.note else "")

    def set_read_only(self, read_only: bool) -> None:
        self.input.set_read_only(read_only)
        self.backing.set_read_only(read_only)


class CriterionStep(QWidget):
    edited = Signal(str, bool)

    def __init__(self, number: int, criterion: Criterion, members: list[MemberInfo],
                 parent=None, *, options: Sequence[tuple[str, str]] = (),
                 option_answers: Mapping[str, Mapping[str, Any]] | None = None,
                 on_option_editor: OptionEditorHook | None = None) -> None:
        super().__init__(parent)
        self.criterion = criterion
        self.members = members
        self.editors: dict[str, QuestionEditor] = {}  # the questions answered once
        # On a case with options: option name -> question id -> its editor for that option.
        self.option_editors: dict[str, dict[str, QuestionEditor]] = {}
        self.option_questions = [q for q in criterion.questions
                                 if options and q.about == ABOUT_OPTION]
        self.option_tabs: QTabWidget | None = None
        self._on_option_editor = on_option_editor
        self._read_only = False
        questions = QWidget()
        questions_layout = QVBoxLayout(questions)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        # Questions wrap to the width there is: never a horizontal scrollbar over them.
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        # Set while still empty: setWidget lays its widget out at once, at the width of a
        # scroll area not yet shown, and that layout of every wrapped line is thrown away when
        # the step is shown at its real width (most of the time a step took to build).
        scroll.setWidget(questions)
        scroll.setAccessibleName(
            self.tr("Questions on {criterion}").format(criterion=criterion.title))
        self.questions_scroll = scroll  # not `scroll`: that is QWidget.scroll()
        title = f"{number}. {isolated(criterion.title)}" + (
            "  " + self.tr("(gate)") if criterion.gate else "")
        questions_layout.addWidget(heading(title))
        self.status = muted("")
        self.status.setAccessibleName(
            self.tr("Result of {criterion}").format(criterion=criterion.title))
        questions_layout.addWidget(self.status)
        for question in criterion.questions:
            if question in self.option_questions:
                continue
            editor = QuestionEditor(question, members)
            editor.edited.connect(self.edited)
            self.editors[question.id] = editor
            questions_layout.addWidget(editor)
        if self.option_questions:
            questions_layout.addWidget(heading(self.tr("Answered for each option"), 3))
            self.options_status = muted("")
            self.options_status.setAccessibleName(
                self.tr("Result of {criterion} per option").format(criterion=criterion.title))
            questions_layout.addWidget(self.options_status)
            self.option_tabs = QTabWidget()
            self.option_tabs.setAccessibleName(
                self.tr("Options answered on {criterion}, one tab each").format(
                    criterion=criterion.title))
            self.option_tabs.setDocumentMode(True)
            questions_layout.addWidget(self.option_tabs)
            self.set_options(options, option_answers or {})
        questions_layout.addStretch(1)

        # Guidance beside the questions when there is room; above them, folded behind a
        # button, when there is not (a 1024-pixel window left the questions ~95 pixels).
        self.guidance = QFrame()
        self.guidance.setFrameShape(QFrame.Shape.StyledPanel)
        self.guidance.setAccessibleName(
            self.tr("Guidance for {criterion}").format(criterion=criterion.title))
        self.guidance_toggle = QToolButton()
        self.guidance_toggle.setText(
            self.tr("Guidance on {criterion}").format(criterion=criterion.title))
        self.guidance_toggle.setAccessibleName(
            self.tr("Show or hide the guidance on {criterion}").format(criterion=criterion.title))
        self.guidance_toggle.setCheckable(True)
        self.guidance_toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.guidance_toggle.setAutoRaise(True)
        self.guidance_toggle.toggled.connect(self._show_guidance_body)
        self.guidance_title = heading(self.tr("Guidance"), 3)
        body = QWidget()
        body_layout = QVBoxLayout(body)
        body_layout.setContentsMargins(0, 0, 0, 0)
        self.guidance_body = QScrollArea()
        self.guidance_body.setWidgetResizable(True)
        self.guidance_body.setFrameShape(QFrame.Shape.NoFrame)
        self.guidance_body.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.guidance_body.setWidget(body)  # while empty, as the questions' (above)
        self.guidance_body.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        text = QLabel(criterion.guidance)
        text.setWordWrap(True)
        text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        body_layout.addWidget(text)
        if criterion.gate:
            body_layout.addWidget(muted(self.tr(
                "This criterion is a gate: if it fails, the action cannot be legitimate "
                "whatever the other criteria say."
            )))
        body_layout.addWidget(muted(
            self.tr("Passes at a weighted score of {threshold} or more.").format(
                threshold=locale_format.number(criterion.pass_threshold, 2))
        ))
        body_layout.addStretch(1)
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
        # Folded, the arrow points the way the text reads (left in a right-to-left layout).
        folded = (Qt.ArrowType.LeftArrow if self.isRightToLeft() else Qt.ArrowType.RightArrow)
        self.guidance_toggle.setArrowType(Qt.ArrowType.DownArrow if shown else folded)
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
        score = (self.tr("no score yet") if result.score is None
                 else self.tr("score {score}").format(
                     score=locale_format.score(result.score, threshold)))
        line = self.tr("{status} · {score} (passes at {threshold})").format(
            status=status_words(result.status), score=score,
            threshold=locale_format.score(threshold))
        # With options, the line above the tabs gives each option's result: this is the
        # best-judged option's (what the verdict panel shows).
        if self.option_tabs is not None:
            line = self.tr("best-judged option: {result}").format(result=line)
        self.status.setText(line)

    # options --------------------------------------------------------------------------------
    def set_options(self, options: Sequence[tuple[str, str]],
                    answers: Mapping[str, Mapping[str, Any]] | None = None) -> None:
        """One tab per option (name, title), in this order: an option kept keeps its editors
        (and what is typed in them), a new one gets editors showing `answers[name]`."""
        if self.option_tabs is None:
            return
        tabs = self.option_tabs
        wanted = [name for name, _title in options]
        for name in list(self.option_editors):
            if name not in wanted:
                page = self._page_of(name)
                tabs.removeTab(tabs.indexOf(page))
                page.deleteLater()
                del self.option_editors[name]
        for position, (name, title) in enumerate(options):
            if name not in self.option_editors:
                self._add_option_page(name, (answers or {}).get(name, {}))
            page = self._page_of(name)
            index = tabs.indexOf(page)
            if index != position:
                tabs.tabBar().moveTab(index, position)
            tabs.setTabText(position, title.replace("&", "&&"))
            tabs.setTabToolTip(position,
                               self.tr("The answers for the option “{option}”").format(
                                   option=title))

    def _page_of(self, name: str) -> QWidget:
        editor = next(iter(self.option_editors[name].values()))
        page = editor.parentWidget()
        assert page is not None  # each option's editors sit on its own tab page
        return page

    def _add_option_page(self, name: str, answers: Mapping[str, Any]) -> None:
        assert self.option_tabs is not None
        page = QWidget()
        page.setObjectName(f"option-{name}")
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 4, 0, 0)
        editors: dict[str, QuestionEditor] = {}
        for question in self.option_questions:
            editor = QuestionEditor(question, self.members)
            editor.backing.hide_evidence()
            editor.show_answer(answers.get(question.id))
            editor.set_read_only(self._read_only)
            editors[question.id] = editor
            layout.addWidget(editor)
            if self._on_option_editor is not None:
                self._on_option_editor(name, editor)
        self.option_editors[name] = editors
        self.option_tabs.addTab(page, name)

    def show_option(self, name: str) -> None:
        if self.option_tabs is not None and name in self.option_editors:
            self.option_tabs.setCurrentWidget(self._page_of(name))

    def show_comparison(self, comparison: OptionsComparison | None) -> None:
        """Each option's tab shows what its own evaluation made of its answers; the line above
        the tabs gives this criterion's result for every option."""
        if self.option_tabs is None or comparison is None:
            return
        parts = []
        for judged in comparison.options:
            for editor in self.option_editors.get(judged.name, {}).values():
                editor.show_result(judged.evaluation)
            result = next((r for r in judged.evaluation.criteria
                           if r.criterion_id == self.criterion.id), None)
            if result is not None:
                score = (self.tr("no score yet") if result.score is None
                         else locale_format.score(result.score, result.pass_threshold))
                parts.append(self.tr("{option}: {status} · {score}").format(
                    option=isolated(judged.title), status=status_words(result.status), score=score))
        self.options_status.setText("\n".join(parts))

    def first_input(self) -> QWidget | None:
        for editor in self.editors.values():
            return editor.input
        return None

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        for editor in self.editors.values():
            editor.set_read_only(read_only)
        for editors in self.option_editors.values():
            for editor in editors.values():
                editor.set_read_only(read_only)
