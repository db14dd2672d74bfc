"""The scenario panel (Record > What-if scenario, Ctrl+T), driven through its widgets: an
answer changed flips the verdict beside the record's; the members "what it would take" names,
endorsed in the panel, carry authority; the same seed draws the same shares twice; a scenario
saved as a note is kept on the case. Whatever is tried, the stored answers, the verdict and
the audit chain head stay as they were (issue 15 item 3: "never changes answers, verdicts or
the chain"); saving the note is the one audited append, and changes no answer either."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from models.audit_check import verify_chain
from models.notes import notes_of
from models.records import answer_values, load_assessment
from models.workflow import evaluate_assessment
from playbooks.model import Verdict
from tests.models.test_what_if_record import PLAYBOOK, snapshot, stored_case


def open_panel(qtbot, window, assessment_id):
    window.open_assessment(assessment_id)
    qtbot.waitUntil(lambda: window.assessment_page.playbook is not None, timeout=20000)
    window.commands.scenario.trigger()  # the menu entry, as Ctrl+T does
    dialog = window.scenario_dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(lambda: dialog.answer is not None, timeout=20000)
    return dialog


def settled(qtbot, dialog) -> None:
    context = dialog.context
    qtbot.waitUntil(lambda: context.background.is_idle() and context.runner.is_idle(),
                    timeout=20000)


def stored_state(db, assessment_id):
    return (snapshot(db), answer_values(load_assessment(db, assessment_id)),
            evaluate_assessment(db, assessment_id, PLAYBOOK).verdict)


def test_an_answer_changed_in_the_panel_flips_the_verdict_beside_the_record(
        qtbot, make_window, database):
    assessment_id, _members = stored_case(database)
    before = stored_state(database, assessment_id)
    dialog = open_panel(qtbot, make_window(), assessment_id)
    assert dialog.answer.report.result.record.verdict is Verdict.AUTHORITY_SHORT
    assert "AUTHORITY SHORT" in dialog.verdict.text()

    dialog.set_answer("harm_gravity", "")  # unanswered
    settled(qtbot, dialog)
    result = dialog.answer.report.result
    assert result.scenario.verdict is Verdict.INSUFFICIENT_INFORMATION
    assert result.record.verdict is Verdict.AUTHORITY_SHORT
    assert dialog.answer.flips == ("harm_gravity",)
    assert "INSUFFICIENT INFORMATION" in dialog.verdict.text()
    assert "(changed)" in dialog.verdict.text()
    prompt = PLAYBOOK.question("harm_gravity").prompt
    assert prompt in dialog.flips.text() and "harm_gravity" not in dialog.flips.text()  # no ids
    assert dialog.answers_table.item(0, 0).text() == PLAYBOOK.questions()[0].prompt
    assert dialog.criteria_table.rowCount() == len(result.criteria)
    assert [dialog.criteria_table.item(r, 0).text() for r in range(len(result.criteria))] == [
        c.title for c in PLAYBOOK.criteria if any(x.criterion_id == c.id for x in result.criteria)]

    dialog.set_answer("harm_gravity", "not a grade")
    assert dialog.problem.isVisibleTo(dialog)
    assert prompt in dialog.problem.text()  # the question, in its words
    dialog.reset()
    settled(qtbot, dialog)
    assert not dialog.problem.isVisibleTo(dialog)
    assert not dialog.answer.report.result.verdict_changed
    assert stored_state(database, assessment_id) == before


def test_endorsing_the_members_named_by_what_it_would_take_reaches_legitimate(
        qtbot, make_window, database):
    assessment_id, _members = stored_case(database)
    before = stored_state(database, assessment_id)
    dialog = open_panel(qtbot, make_window(), assessment_id)
    needed = dialog.answer.report.endorsements
    assert needed is not None and needed.reachable and needed.members
    for member in needed.members:
        assert member.name in dialog.endorsements.text()

    dialog.set_position(needed.members[0].iso, "endorse")  # one at a time, as a user might
    settled(qtbot, dialog)
    assert dialog.answer.report.result.scenario.verdict is Verdict.AUTHORITY_SHORT
    dialog.endorse_button.click()  # then the rest
    settled(qtbot, dialog)
    answer = dialog.answer
    assert answer.report.result.scenario.verdict is Verdict.LEGITIMATE
    assert answer.report.endorsements.carried
    assert "LEGITIMATE" in dialog.verdict.text()
    assert stored_state(database, assessment_id) == before


def test_draws_with_the_same_seed_give_the_same_shares_and_show_the_seed(
        qtbot, make_window, database):
    assessment_id, _members = stored_case(database)
    before = stored_state(database, assessment_id)
    dialog = open_panel(qtbot, make_window(), assessment_id)
    dialog.draws_box.setValue(2000)
    dialog.seed_box.setValue(7)
    shown = []
    for _ in range(2):
        dialog.draw_button.click()
        settled(qtbot, dialog)
        shown.append((dialog.draw_shares.counts, dialog.draws.text()))
    assert shown[0] == shown[1]
    assert dialog.draw_shares.drawn  # the case's likelihood answers were drawn
    assert "seed 7" in dialog.draws.text() and "% of 2,000 draws" in dialog.draws.text()
    dialog.seed_box.setValue(8)
    dialog.draw_button.click()
    settled(qtbot, dialog)
    assert "seed 8" in dialog.draws.text()
    assert stored_state(database, assessment_id) == before


def test_a_scenario_saved_as_a_note_is_kept_and_changes_no_answer_or_verdict(
        qtbot, make_window, database):
    assessment_id, _members = stored_case(database)
    answers_before = answer_values(load_assessment(database, assessment_id))
    verdict_before = evaluate_assessment(database, assessment_id, PLAYBOOK).verdict
    window = make_window()
    dialog = open_panel(qtbot, window, assessment_id)
    dialog.set_answer("harm_gravity", "")
    settled(qtbot, dialog)
    dialog.save_button.click()
    settled(qtbot, dialog)

    [note] = notes_of(database, assessment_id)
    assert note.kind == "scenario" and note.author == "test official"
    assert "harm_gravity" in note.text and "Verdict" in note.text
    assert answer_values(load_assessment(database, assessment_id)) == answers_before
    assert evaluate_assessment(database, assessment_id, PLAYBOOK).verdict is verdict_before
    assert verify_chain(database).ok
    assert window.context.dialogs.infos[-1][0] == "Scenario saved"
    assert not window.context.dialogs.errors


def test_the_panel_is_reached_by_keyboard_and_listed_with_its_shortcut(
        qtbot, make_window, database):
    from desktop.menus import shortcut_rows

    assessment_id, _members = stored_case(database)
    window = make_window()
    assert ("Ctrl+T", "What-if scenario") in shortcut_rows(window)
    window.open_assessment(assessment_id)
    qtbot.waitUntil(lambda: window.assessment_page.playbook is not None, timeout=20000)
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.scenario_dialog is not None, timeout=5000)
    dialog = window.scenario_dialog
    qtbot.waitUntil(lambda: dialog.answer is not None, timeout=20000)
    dialog.reject()
    QApplication.processEvents()
    assert window.scenario_dialog is None


def test_an_answer_from_a_fixed_set_is_picked_in_words_not_typed_as_a_code(
        qtbot, make_window, database):
    from PySide6.QtWidgets import QComboBox, QStyleOptionViewItem

    assessment_id, _members = stored_case(database)
    before = stored_state(database, assessment_id)
    dialog = open_panel(qtbot, make_window(), assessment_id)
    table = dialog.answers_table
    row = next(r for r in range(table.rowCount())
               if table.item(r, 0).data(Qt.ItemDataRole.UserRole) == "harm_gravity")
    question = PLAYBOOK.question("harm_gravity")
    recorded = answer_values(load_assessment(database, assessment_id))["harm_gravity"]

    table.setFocus()
    table.setCurrentCell(row, 2)
    qtbot.keyClick(table, Qt.Key.Key_F2)  # the keyboard's way into a cell
    box = QApplication.focusWidget()
    assert isinstance(box, QComboBox)
    assert [box.itemText(i) for i in range(box.count())] == [
        "(unanswered)", *(f"{g.value} — {g.label}" for g in question.grades)]
    assert box.currentData() == str(recorded)  # opens on the answer the cell holds
    wanted = next(g for g in question.grades if g.value != recorded)
    box.setCurrentIndex(box.findData(str(wanted.value)))
    box.activated.emit(box.currentIndex())  # what choosing it from the list does
    qtbot.keyClick(box, Qt.Key.Key_Return)
    settled(qtbot, dialog)

    assert dialog.scenario().answers == {"harm_gravity": wanted.value}
    shown = QStyleOptionViewItem()
    table.itemDelegateForColumn(2).initStyleOption(shown, table.model().index(row, 2))
    assert shown.text == f"{wanted.value} — {wanted.label}"  # the cell reads in words
    assert stored_state(database, assessment_id) == before  # nothing of it reached the record
