"""Criterion steps and the decision step are built when first shown
(desktop.assessment.lazy_steps): opening an assessment builds the step it shows and no other,
yet every step is reached by the keyboard, shows what was stored, and saves what is typed in
it."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt

from desktop.assessment.criterion_step import CriterionStep
from desktop.assessment.decision_step import DecisionStep
from desktop.assessment.page import STEP_KEY
from models.workflow import create_assessment, load_assessment, member_infos, save_answer
from playbooks.model import QuestionKind
from tests.desktop.helpers import answer_everything, settle, supportive_value


def open_page(qtbot, window, assessment_id):
    """Open the assessment and return its page the moment it has loaded (no pause after)."""
    window.open_assessment(assessment_id)
    page = window.assessment_page
    with qtbot.waitSignal(page.loaded, timeout=20000):
        pass
    return page


def built_criteria(page) -> list[str]:
    """The criteria whose steps exist as widgets on the page."""
    return [step.criterion.id for step in page.findChildren(CriterionStep)]


def draft(database, catalog, title="Lazy steps"):
    playbook = catalog.get("use-of-force", "1.0")
    return playbook, create_assessment(database, playbook, title=title,
                                       proposed_action="Interdiction", actor="analyst")


def test_opening_an_assessment_builds_only_the_step_it_shows(qtbot, make_window, database,
                                                             catalog):
    playbook, assessment_id = draft(database, catalog)
    window = make_window()
    page = open_page(qtbot, window, assessment_id)
    criteria = [c.id for c in playbook.criteria]
    assert page.step_count() == len(criteria) + 1  # every step listed, and the decision
    assert page.step_list.count() == len(criteria) + 1
    assert page.current_step() == 0
    assert built_criteria(page) == [criteria[0]]
    assert page.findChildren(DecisionStep) == []
    window.close_assessment()

    # Reopened where it was left (the third step): that step alone is built.
    QSettings().setValue(STEP_KEY.format(id=assessment_id), 2)
    page = open_page(qtbot, window, assessment_id)
    assert page.current_step() == 2
    assert built_criteria(page) == [criteria[2]]
    assert page.stack.currentWidget().isAncestorOf(page.steps[2])
    # In a pause, the step after the one shown is built, so that moving on is at once.
    qtbot.waitUntil(lambda: page.steps.is_built(3), timeout=20000)
    assert sorted(built_criteria(page)) == sorted([criteria[2], criteria[3]])
    assert page.current_step() == 2
    assert page.findChildren(DecisionStep) == []
    window.close_assessment()

    # Reopened at the last criterion: in a pause, the decision step after it is built.
    QSettings().setValue(STEP_KEY.format(id=assessment_id), len(criteria) - 1)
    page = open_page(qtbot, window, assessment_id)
    assert page.findChildren(DecisionStep) == []
    qtbot.waitUntil(lambda: len(page.findChildren(DecisionStep)) == 1, timeout=20000)
    assert page.current_step() == len(criteria) - 1


def test_every_step_is_reached_by_keyboard_and_what_is_typed_in_it_is_saved(
        qtbot, make_window, database, catalog):
    playbook, assessment_id = draft(database, catalog, title="Walked by keyboard")
    # One answer stored before opening, on the last criterion: shown when that step is built.
    last = playbook.criteria[-1]
    stored = next(q for q in last.questions if q.kind not in (QuestionKind.TEXT,
                                                               QuestionKind.MEMBER_POSITIONS))
    save_answer(database, assessment_id, stored.id, supportive_value(stored), actor="analyst",
                playbook=playbook)
    window = make_window()
    page = open_page(qtbot, window, assessment_id)
    assert len(built_criteria(page)) == 1
    assert page.steps[-1].editors[stored.id].input.value() == supportive_value(stored)

    members = [m.iso for m in member_infos(database) if m.standing == "full"]
    answer_everything(qtbot, page, members)  # each step in turn, Ctrl+PgDown to the next
    settle(qtbot, page)
    assert page.current_step() == page.step_count() - 1  # the keyboard walked to the decision
    assert sorted(built_criteria(page)) == sorted(c.id for c in playbook.criteria)
    saved = load_assessment(database, assessment_id).answers
    assert set(saved) == {q.id for q in playbook.questions()}
    assert page.verdict.verdict_text() == "legitimate"
    # The step list marks each criterion from the verdict, built or not.
    assert all("\n" in page.step_list.item(i).text() for i in range(len(playbook.criteria)))

    # Back with the keyboard: a step once built keeps what was typed in it.
    qtbot.keyClick(page, Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
    assert page.current_step() == page.step_count() - 2
    assert page.steps[-1].editors[stored.id].input.value() == supportive_value(stored)


def test_a_missing_answer_at_the_decision_opens_its_step_not_built_yet(qtbot, make_window,
                                                                       database, catalog):
    playbook, assessment_id = draft(database, catalog, title="From the decision")
    window = make_window()
    QSettings().setValue(STEP_KEY.format(id=assessment_id), len(playbook.criteria))
    page = open_page(qtbot, window, assessment_id)
    assert page.findChildren(DecisionStep) == [page.decision]
    assert page.stack.currentWidget().isAncestorOf(page.decision)
    assert page.decision.isVisible()
    assert built_criteria(page) == []
    # The first missing answer asked on the last criterion, as the decision step lists it.
    last = playbook.criteria[-1]
    wanted = next(q.id for q in last.questions if q.required)
    page.go_to_question(wanted)
    assert page.current_step() == len(playbook.criteria) - 1
    assert built_criteria(page) == [last.id]
    assert page.stack.currentWidget().isAncestorOf(page.steps[-1].editors[wanted])
