"""The Review page (issue 16 item 3): the calibration diagram and scores of the resolved calls,
a point clicked showing the calls behind it, and an outcome recorded from the calls due —
audited, and the diagram read again."""

from __future__ import annotations

from PySide6.QtCore import Qt

from models.tables import utc_now

# Calls are named by their question's prompt, as the stepper asks it (not its id).
SUCCESS = "How likely is the action to achieve its stated aim?"


def _record(qtbot, make_window, database, catalog):
    from desktop.main_window import REVIEW
    from models.outcomes import record_outcome, set_resolution_date
    from models.workflow import decide, revise
    from tests.desktop.helpers import decided_record

    window = make_window()
    first, _memo = decided_record(database, catalog, title="Evacuation by sea")
    playbook = catalog.get("use-of-force", "1.0")
    # success said almost certain (0.97), civilian harm almost no chance (0.03)
    record_outcome(database, first, "success_likelihood", "occurred", note="Aim met.",
                   actor="analyst", playbook=playbook)
    record_outcome(database, first, "civilian_harm", "not_occurred", note="None reported.",
                   actor="analyst", playbook=playbook)
    draft = revise(database, first, actor="analyst", playbook=playbook)
    set_resolution_date(database, draft, "success_likelihood", utc_now().date(),
                        actor="analyst", playbook=playbook)
    decide(database, draft, decision="approve", by="M. Ister", playbook=playbook)
    page = window.review
    with qtbot.waitSignal(page.shown, timeout=20000):
        window.show_page(REVIEW)
    return window, page, draft


def test_the_review_page_shows_the_diagram_and_the_calls_behind_a_point(
        qtbot, make_window, database, catalog):
    _window, page, _draft = _record(qtbot, make_window, database, catalog)
    assert page.scores.text().startswith("all calls: 2 resolved calls, Brier 0.001")
    assert "too few calls" in page.scores.text()
    point = page.view.point_of("almost_certain")
    assert point is not None and page.view.point_of("likely") is None
    with qtbot.waitSignal(page.calls_shown, timeout=20000):  # a point's calls are read then
        qtbot.mouseClick(page.view, Qt.MouseButton.LeftButton, pos=point.toPoint())
    assert page.view.selected == "almost_certain"
    assert page.calls.rowCount() == 1
    assert [page.calls.item(0, c).text() for c in range(4)] == [
        "Evacuation by sea", SUCCESS, "almost certain (95–99%)", "occurred"]
    assert page.terms.currentItem().text().startswith("almost certain (95–99%): 1 of 1")
    with qtbot.waitSignal(page.calls_shown, timeout=20000):
        page.terms.setCurrentRow(0)  # the keyboard's way to the same: almost no chance
    assert page.calls.item(0, 3).text() == "did not occur"


def test_an_outcome_recorded_from_the_review_page_is_audited_and_scored(
        qtbot, make_window, database, catalog):
    from models.audit_check import verify_chain

    window, page, draft = _record(qtbot, make_window, database, catalog)
    assert page.due.rowCount() == 1
    assert page.due.item(0, 3).text() == SUCCESS
    assert not page.record_button.isEnabled()
    page.due.selectRow(0)
    assert page.record_button.isEnabled()

    def fill(dialog) -> bool:
        assert not dialog.submit.isEnabled()  # no outcome without a note
        dialog.happened.setCurrentIndex(dialog.happened.findData("not_occurred"))
        dialog.note.setPlainText("The corridor closed on day 3.")
        dialog.evidence.setText("UN situation report")
        dialog.reliability.setCurrentIndex(dialog.reliability.findData("B"))
        assert dialog.submit.isEnabled()
        return True

    window.context.dialogs.exec_dialog = fill
    with qtbot.waitSignal(page.shown, timeout=20000):  # read again after the write
        page.record_button.click()
    assert page.due.rowCount() == 0
    assert page.scores.text().startswith("all calls: 3 resolved calls")
    assert verify_chain(database).ok
    from models.outcome_calls import latest_outcomes

    with database.session() as session:
        outcome = latest_outcomes(session, draft)["success_likelihood"]
    assert outcome.result == "not_occurred" and outcome.recorded_by == window.context.actor
    assert outcome.evidence[0]["reliability"] == "B"


def test_a_retrospective_recorded_from_the_review_page(qtbot, make_window, database, catalog):
    from models.audit_check import verify_chain
    from models.outcome_calls import case_calls
    from models.outcomes import set_resolution_date
    from models.workflow import decide, revise
    from tests.desktop.helpers import decided_record

    window = make_window()
    first, _memo = decided_record(database, catalog, title="Corridor")
    playbook = catalog.get("use-of-force", "1.0")
    draft = revise(database, first, actor="analyst", playbook=playbook)
    set_resolution_date(database, draft, None, utc_now().date(), actor="analyst",
                        playbook=playbook)
    decide(database, draft, decision="approve", by="M. Ister", playbook=playbook)
    page = window.review
    from desktop.main_window import REVIEW

    with qtbot.waitSignal(page.shown, timeout=20000):
        window.show_page(REVIEW)
    assert page.due.item(0, 3).text() == "(the decision)"
    page.due.selectRow(0)
    assert page.record_button.text().replace("&", "") == "Record a retrospective…"

    def fill(dialog) -> bool:
        assert not dialog.submit.isEnabled()
        dialog.wrong.setPlainText("We waited for the Council too long.")
        assert not dialog.submit.isEnabled()  # both parts are needed
        dialog.again.setPlainText("Consult the region first.")
        assert dialog.submit.isEnabled()
        return True

    window.context.dialogs.exec_dialog = fill
    with qtbot.waitSignal(page.shown, timeout=20000):
        page.record_button.click()
    assert page.due.rowCount() == 0
    with database.session() as session:
        case = case_calls(session, catalog.by_hash, draft)
    assert case is not None and case.decision.retrospective is not None
    assert case.decision.retrospective.again == "Consult the region first."
    assert verify_chain(database).ok
