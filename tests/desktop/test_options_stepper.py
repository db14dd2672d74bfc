"""Options in one case, in the window (issue 15 item 1): the official names the courses of
action, answers the situation once and the means and prospects once per option, compares them
side by side at the decision, and the minister chooses one; choosing another than the
best-judged needs a justification, as `decide --option` does. A single proposed action shows
none of this."""

from __future__ import annotations

from PySide6.QtCore import Qt

from models.workflow import load_assessment, member_infos
from playbooks.model import QuestionKind
from playbooks.options import NO_ACTION
from tests.desktop.helpers import (
    answer,
    select_in_history,
    settle,
    supportive_value,
    unnamed_controls,
)
from tests.desktop.test_assessment import create
from tests.desktop.test_mnemonics import clashes

# The means and prospects of each option (humanitarian protection 2.1 asks them per option).
PER_OPTION = {
    NO_ACTION: {"halts_suffering": "very_unlikely", "worse_than_inaction": "likely",
                "civilian_harm": "almost_no_chance"},
    "proposed_action": {"halts_suffering": "likely", "worse_than_inaction": "unlikely",
                        "civilian_harm": "roughly_even_chance"},
    "air_cover": {"halts_suffering": "very_likely", "worse_than_inaction": "very_unlikely",
                  "civilian_harm": "unlikely"},
}


def give(qtbot, editor, value) -> None:
    answer(qtbot, editor, value)
    if editor.question.kind == QuestionKind.LIKELIHOOD:
        # Format 2 playbooks judge a likelihood only with its rationale (ICD 203).
        editor.backing.rationale.setPlainText("From the planners' estimate and precedents.")


def answer_situation(qtbot, page) -> None:
    for step in page.steps:
        for editor in step.editors.values():
            question = editor.question
            if question.kind == QuestionKind.MEMBER_POSITIONS:
                table = editor.input
                table.fill_position.setCurrentIndex(table.fill_position.findData("endorse"))
                table.fill_button.click()
            elif question.kind == QuestionKind.TEXT or not question.required:
                continue
            else:
                give(qtbot, editor, supportive_value(question))


def answer_options(qtbot, page) -> None:
    for step in page.steps:
        for option, editors in step.option_editors.items():
            step.show_option(option)
            for question_id, editor in editors.items():
                value = PER_OPTION[option].get(question_id)
                give(qtbot, editor, supportive_value(editor.question) if value is None else value)


def test_a_three_option_case_is_answered_compared_and_decided_in_the_window(
        qtbot, make_window):
    window = make_window()
    page = create(qtbot, window, title="Velm Valley", playbook="humanitarian-protection")
    assert page.playbook.asks_per_option and page.options_step is None
    assert page.compare_button.isVisible()
    assert not clashes(window, menu_bar=window.menuBar())

    with qtbot.waitSignal(page.loaded, timeout=20000):
        page.compare_button.click()
    options = page.options_step
    assert options is not None and page.current_step() == 0
    assert [o.name for o in options.options()] == [NO_ACTION, "proposed_action"]
    assert not clashes(window, menu_bar=window.menuBar())
    assert unnamed_controls(window) == []
    # two options: none can go, and "no action" never can
    options.table.selectRow(0)
    assert not options.remove_button.isEnabled()
    qtbot.keyClicks(options.new_title, "Air cover")
    qtbot.keyClick(options.new_title, Qt.Key.Key_Return)
    assert [o.name for o in options.options()] == [NO_ACTION, "proposed_action", "air_cover"]
    options.table.item(1, 0).setText("Protection force")  # renamed: keeps its name
    options.table.item(1, 1).setText("6,000 troops in the villages for six months")
    options.table.selectRow(0)
    assert not options.remove_button.isEnabled()
    options.table.selectRow(2)
    assert options.remove_button.isEnabled()
    settle(qtbot, page)
    # every step asking per option has a tab per option, titled as renamed
    asking = [s for s in page.steps if s.option_tabs is not None]
    assert {s.criterion.id for s in asking} == {"proportional_means", "reasonable_prospects"}
    tabs = asking[0].option_tabs
    assert [tabs.tabText(i) for i in range(tabs.count())] == [
        "No action", "Protection force", "Air cover"]
    # situation questions are answered once: none of them sits on an option's tab
    assert all(q.id not in asking[0].editors for q in page.playbook.option_questions())
    page.go_to_step(page.steps.index(asking[1]) + 1)
    assert unnamed_controls(window) == []

    answer_situation(qtbot, page)
    answer_options(qtbot, page)
    settle(qtbot, page)
    assert page.save_state.text().startswith("✔ Saved"), page.save_state.text()

    stored = load_assessment(page.context.db, page.assessment_id)
    by_name = {o.name: o for o in stored.options}
    assert by_name["proposed_action"].title == "Protection force"
    assert by_name["air_cover"].answers["halts_suffering"].value == "very_likely"
    assert by_name[NO_ACTION].answers["halts_suffering"].value == "very_unlikely"
    assert "halts_suffering" not in {a.question_id for a in stored.answers.values()}

    assert "Best-judged option: Air cover" in page.verdict.verdict.text()  # the verdict panel's
    page.go_to_step(page.step_count() - 1)
    decision = page.decision
    compared = decision.options_compared.text()
    for title in ("No action", "Protection force", "Air cover"):
        assert title in compared
    assert "best-judged" in compared
    assert "What would turn each verdict" in compared  # each option's key risk
    choice = decision.option_choice
    assert choice is not None and choice.comparison.best.name == "air_cover"
    assert "(best-judged)" in choice.buttons["air_cover"].text()

    decision.choose("approve")
    assert not decision.submit.isEnabled()
    assert "Choose an option" in decision.blocker.text()
    assert not clashes(window, menu_bar=window.menuBar())
    assert unnamed_controls(window) == []
    choice.choose("proposed_action")
    assert "Protection force" in decision.verdict.text()
    assert not decision.submit.isEnabled()
    assert "departs from the best-judged option" in decision.blocker.text()
    qtbot.keyClicks(decision.justification, "Troops on the ground reassure the villages.")
    assert decision.submit.isEnabled(), decision.blocker.text()
    with qtbot.waitSignal(page.loaded, timeout=20000):
        decision.submit.click()

    record = load_assessment(page.context.db, page.assessment_id)
    assert record.status == "decided"
    assert record.decision.options.chosen_option == "proposed_action"
    assert record.decision.options.best_option == "air_cover"
    assert record.decision.options.departs_from_best_option
    assert "Option chosen: <b>Protection force</b>" in page.decision.options_compared.text()
    assert page.options_step is not None and not page.options_step.add_button.isVisible()

    select_in_history(qtbot, window, page.assessment_id)
    detail = window.history.detail.text.toPlainText()
    assert "Options compared" in detail and "Protection force" in detail
    assert "chosen" in detail


def test_choosing_the_best_judged_option_or_none_needs_no_justification(qtbot, make_window):
    window = make_window()
    page = create(qtbot, window, title="Velm Valley", playbook="humanitarian-protection")
    with qtbot.waitSignal(page.loaded, timeout=20000):
        page.compare_button.click()
    qtbot.keyClicks(page.options_step.new_title, "Air cover")
    page.options_step.add_button.click()
    settle(qtbot, page)
    answer_situation(qtbot, page)
    answer_options(qtbot, page)
    settle(qtbot, page)
    page.go_to_step(page.step_count() - 1)
    decision = page.decision
    assert decision.missing_box.isHidden()
    decision.choose("approve")
    decision.option_choice.choose("air_cover")
    assert decision.submit.isEnabled(), decision.blocker.text()
    decision.option_choice.choose("")  # none of them: the best-judged verdict governs
    assert decision.submit.isEnabled(), decision.blocker.text()
    # no action is not legitimate here: approving it departs from its verdict
    decision.option_choice.choose(NO_ACTION)
    assert not decision.submit.isEnabled()


def test_a_single_action_case_shows_no_options(qtbot, make_window):
    window = make_window()
    page = create(qtbot, window)  # use-of-force: asks nothing per option
    assert page.options_step is None
    assert not page.compare_button.isVisible()
    assert page.step_count() == len(page.playbook.criteria) + 1
    assert page.step_list.item(0).text().startswith("1. ")
    assert all(step.option_tabs is None and not step.option_editors for step in page.steps)
    assert sum(len(step.editors) for step in page.steps) == len(page.playbook.questions())
    page.go_to_step(page.step_count() - 1)
    assert page.decision.option_choice is None
    assert page.decision.options_compared.isHidden()
    assert "Best-judged" not in page.verdict.verdict.text()
    assert member_infos(page.context.db)  # the record's members, as the stepper shows them


def test_an_option_removed_goes_with_its_answers_and_tabs(qtbot, make_window):
    window = make_window()
    page = create(qtbot, window, title="Velm Valley", playbook="humanitarian-protection")
    with qtbot.waitSignal(page.loaded, timeout=20000):
        page.compare_button.click()
    options = page.options_step
    for title in ("Air cover", "Naval blockade"):
        qtbot.keyClicks(options.new_title, title)
        qtbot.keyClick(options.new_title, Qt.Key.Key_Return)
    settle(qtbot, page)
    step = next(s for s in page.steps if s.option_tabs is not None)
    give(qtbot, step.option_editors["naval_blockade"]["minimum_scale"], True)
    settle(qtbot, page)
    options.table.selectRow(3)
    qtbot.mouseClick(options.remove_button, Qt.MouseButton.LeftButton)
    settle(qtbot, page)
    stored = load_assessment(page.context.db, page.assessment_id)
    assert [o.name for o in stored.options] == [NO_ACTION, "proposed_action", "air_cover"]
    assert step.option_tabs.count() == 3 and "naval_blockade" not in step.option_editors
    assert page.save_state.text().startswith("✔ Saved")


def test_a_missing_answer_of_an_option_leads_to_that_option_s_tab(qtbot, make_window):
    window = make_window()
    page = create(qtbot, window, title="Velm Valley", playbook="humanitarian-protection")
    with qtbot.waitSignal(page.loaded, timeout=20000):
        page.compare_button.click()
    qtbot.keyClicks(page.options_step.new_title, "Air cover")
    page.options_step.add_button.click()
    settle(qtbot, page)
    page.go_to_step(page.step_count() - 1)
    decision = page.decision
    decision.option_choice.choose("air_cover")
    items = [decision.missing.item(i) for i in range(decision.missing.count())]
    halts = next(i for i in items if i.data(Qt.ItemDataRole.UserRole) == "halts_suffering")
    assert "(option: Air cover)" in halts.text()
    decision.missing.itemActivated.emit(halts)
    step = page.steps[page.current_step() - 1]  # the Options step comes first
    assert step.criterion.id == "reasonable_prospects"
    assert step.option_tabs.currentWidget() is step.option_editors["air_cover"][
        "halts_suffering"].parentWidget()
