"""Driving the stepper the way an official would: click, type, move between steps."""

from __future__ import annotations

from PySide6.QtCore import Qt

from desktop.widgets.member_positions import MemberPositionsInput
from desktop.widgets.questions import ChoiceInput, NumberInput, TextInput
from playbooks.model import QuestionKind


def supportive_value(question):
    """The answer that most supports legitimacy (what a strong case looks like)."""
    kind = question.kind
    higher = question.better in ("higher", "yes", "")
    if kind == QuestionKind.SCALE:
        return (question.grades[-1] if higher else question.grades[0]).value
    if kind == QuestionKind.CHOICE:
        return max(question.options, key=lambda o: o.score).id
    if kind == QuestionKind.LIKELIHOOD:
        return "almost_certain" if higher else "almost_no_chance"
    if kind == QuestionKind.CONFIDENCE:
        return "high" if higher else "low"
    if kind == QuestionKind.YES_NO:
        return question.better != "no"
    if kind == QuestionKind.SECURITY_COUNCIL:
        return max(question.status_scores, key=question.status_scores.get)
    if kind == QuestionKind.NUMBER:
        return question.full_score_at if question.full_score_at is not None else 1
    return None


def answer(qtbot, editor, value) -> None:
    """Give one answer through its control (clicks and typing, not set_value)."""
    widget = editor.input
    if isinstance(widget, ChoiceInput):
        widget.choose(value)
    elif isinstance(widget, NumberInput):
        widget.line_edit().clear()
        qtbot.keyClicks(widget.line_edit(), f"{value:g}")
    elif isinstance(widget, TextInput):
        widget.text_edit().setFocus()
        qtbot.keyClicks(widget.text_edit(), value)
    elif isinstance(widget, MemberPositionsInput):
        for iso, position in value.items():
            widget.set_position(iso, position)
    else:
        raise AssertionError(f"no way to answer {type(widget).__name__}")


def answer_everything(qtbot, page, member_isos, *, skip=()) -> None:
    """Answer every question of the open assessment, step by step with the keyboard."""
    page.go_to_step(0)
    for index, step in enumerate(page.steps):
        assert page.current_step() == index
        for question_id, editor in step.editors.items():
            if question_id in skip:
                continue
            question = editor.question
            if question.kind == QuestionKind.TEXT:
                answer(qtbot, editor, f"Answer to {question.id}")
            elif question.kind == QuestionKind.MEMBER_POSITIONS:
                table = editor.input
                table.fill_position.setCurrentIndex(table.fill_position.findData("endorse"))
                table.fill_button.click()  # every member endorses, in one change
                assert set(table.value()) >= set(member_isos)
            else:
                answer(qtbot, editor, supportive_value(question))
        qtbot.keyClick(page, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)


def settle(qtbot, page) -> None:
    """Wait until every edit is written and the verdict recomputed."""
    page.flush()
    qtbot.waitUntil(lambda: page.is_settled() and page.context.runner.is_idle(), timeout=20000)
