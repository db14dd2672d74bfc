"""Dissent after a decision: recorded from the decision step or from the History detail view,
and shown in the detail view (it is in the record, and memos issued afterwards carry it)."""

from __future__ import annotations

from models.workflow import load_assessment
from tests.desktop.helpers import decided_record, select_in_history
from tests.desktop.test_memo import decided_page


def test_dissent_recorded_on_the_decision_step_appears_in_the_detail_view(qtbot, make_window):
    window = make_window()
    page = decided_page(qtbot, window, title="Dissent on the step")
    decision = page.decision
    decision.reviewer.setFocus()
    qtbot.keyClicks(decision.reviewer, "Legal adviser")
    decision.dissent_text.setFocus()
    qtbot.keyClicks(decision.dissent_text, "The regional mandate is not in writing.")
    decision.add_dissent_button.click()
    qtbot.waitUntil(lambda: decision.dissents.count() == 1
                    and window.context.runner.is_idle(), timeout=20000)
    assert decision.dissents.item(0).text() == (
        "Legal adviser: The regional mandate is not in writing.")
    assert decision.dissent_text.toPlainText() == ""
    assert not window.context.dialogs.errors

    select_in_history(qtbot, window, page.assessment_id)
    text = window.history.detail.text.toPlainText()
    assert "Dissent (Legal adviser): The regional mandate is not in writing." in text


def test_an_empty_dissent_is_refused_with_a_plain_message(qtbot, make_window):
    window = make_window()
    page = decided_page(qtbot, window, title="Empty dissent")
    page.decision.add_dissent_button.click()
    assert window.context.dialogs.errors[-1] == (
        "Dissent", "Give the reviewer's name and the dissent.")
    assert load_assessment(window.context.db, page.assessment_id).decision.dissents == ()


def test_dissent_can_be_recorded_from_the_history_detail_view(qtbot, make_window, database,
                                                               catalog):
    decided_id, _ = decided_record(database, catalog, title="Decided elsewhere")
    window = make_window()
    select_in_history(qtbot, window, decided_id)
    detail = window.history.detail
    assert detail.dissent_button.isEnabled()

    def fill(dialog) -> bool:
        assert not dialog.ok.isEnabled()  # both fields are needed
        dialog.reviewer.setText("Treasury reviewer")
        dialog.text.setPlainText("The cost estimate leaves out the escort ships.")
        assert dialog.ok.isEnabled()
        return True

    window.context.dialogs.exec_dialog = fill
    detail.dissent_button.click()
    qtbot.waitUntil(lambda: "Treasury reviewer" in detail.text.toPlainText()
                    and window.context.runner.is_idle(), timeout=20000)
    assert ("Dissent (Treasury reviewer): The cost estimate leaves out the escort ships."
            in detail.text.toPlainText())
    dissents = load_assessment(database, decided_id).decision.dissents
    assert [(d.reviewer, d.text) for d in dissents] == [
        ("Treasury reviewer", "The cost estimate leaves out the escort ships.")]

    # Cancelling records nothing.
    window.context.dialogs.exec_dialog = lambda dialog: False
    detail.dissent_button.click()
    qtbot.waitUntil(lambda: window.context.runner.is_idle())
    assert len(load_assessment(database, decided_id).decision.dissents) == 1


def test_a_draft_has_no_decision_to_dissent_from(qtbot, make_window, database, catalog):
    from models.workflow import create_assessment

    draft = create_assessment(database, catalog.get("sanctions"), title="Still a draft",
                              actor="analyst")
    window = make_window()
    select_in_history(qtbot, window, draft)
    assert not window.history.detail.dissent_button.isEnabled()
