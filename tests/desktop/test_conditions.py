"""The decision step takes an approval's conditions as rows (issue 15 item 2): shown only for
"approve with conditions", required and complete before the decision can be recorded, then
recorded with the decision and shown with it."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtWidgets import QLabel

from desktop.locale_format import day
from models.tables import utc_now
from tests.desktop.helpers import answer_everything, settle
from tests.desktop.test_assessment import _members, create

REVIEW = (utc_now().date() + timedelta(days=30)).isoformat()


@pytest.fixture
def window(make_window):
    return make_window()


def test_conditions_are_entered_as_rows_and_recorded_with_the_decision(qtbot, window):
    page = create(qtbot, window)
    answer_everything(qtbot, page, [m.iso for m in _members(page)])
    settle(qtbot, page)
    decision = page.decision
    decision.choose("approve")
    assert decision.conditions.isHidden()
    decision.choose("approve_with_conditions")
    assert not decision.conditions.isHidden()
    assert not decision.submit.isEnabled()
    assert "Add at least one condition" in decision.blocker.text()

    row = decision.conditions.add_row()
    table = decision.conditions.table
    for column, text in enumerate(("Partners escort the convoys", "Chief of naval staff",
                                   "Weekly escort roster", "next month")):
        table.item(row, column).setText(text)
    assert "write the review date as YYYY-MM-DD" in decision.blocker.text()
    table.item(row, 3).setText(REVIEW)
    table.item(row, 4).setText("An escort is withdrawn")
    assert decision.submit.isEnabled(), decision.blocker.text()
    table.item(row, 1).setText("")
    assert "Condition 1: fill in “Owner”" in decision.blocker.text()
    table.item(row, 1).setText("Chief of naval staff")

    with qtbot.waitSignal(page.loaded, timeout=20000):
        decision.submit.click()
    recorded = page.record.decision
    assert recorded is not None and recorded.decision == "approve_with_conditions"
    [condition] = recorded.conditions
    assert (condition.requirement, condition.owner, condition.review_on.isoformat(),
            condition.tripwire) == ("Partners escort the convoys", "Chief of naval staff",
                                    REVIEW, "An escort is withdrawn")
    texts = [label.text() for label in page.decision.findChildren(QLabel)]
    due = day(date.fromisoformat(REVIEW))  # as the locale writes it
    assert any("Partners escort the convoys" in t and f"next review {due}" in t for t in texts)


def test_the_due_view_lists_conditions_due_and_opens_the_case(qtbot, make_window, database,
                                                               catalog):
    from desktop.main_window import ASSESSMENT, DUE
    from models.condition_records import ConditionInput
    from models.workflow import decide, revise
    from tests.desktop.helpers import decided_record

    window = make_window()
    # A complete draft quickly: a decided record revised (answers copied), decided again with
    # a condition whose review is today.
    first, _memo = decided_record(database, catalog, title="Evacuation by sea")
    playbook = catalog.get("use-of-force", "1.0")
    draft = revise(database, first, actor="analyst", playbook=playbook)
    today = utc_now().date()
    decide(database, draft, decision="approve_with_conditions", by="M. Ister",
           playbook=playbook, conditions=[
               ConditionInput("Ships keep berth 4", "Consul", "Daily call", today,
                              "Berth 4 closes")])
    page = window.due
    with qtbot.waitSignal(page.shown, timeout=20000):
        window.show_page(DUE)
    assert page.table.rowCount() == 1
    assert [page.table.item(0, c).text() for c in (0, 1, 2, 3, 4)] == [
        day(today), "due today", "Consul", "Evacuation by sea", "Ships keep berth 4"]
    assert page.summary.text().startswith("1 condition due, 0 overdue")
    page.table.itemActivated.emit(page.table.item(0, 3))
    qtbot.waitUntil(lambda: window.assessment_page is not None
                    and window.assessment_page.record is not None, timeout=20000)
    assert window.nav.currentRow() == ASSESSMENT
    assert window.assessment_page.record.id == draft


def _due_condition(qtbot, window, database, catalog, title: str):
    """A standing approval with one condition due today, shown on the Conditions due page."""
    from desktop.main_window import DUE
    from models.condition_records import ConditionInput
    from models.workflow import decide, revise
    from tests.desktop.helpers import decided_record

    first, _memo = decided_record(database, catalog, title=title)
    playbook = catalog.get("use-of-force", "1.0")
    draft = revise(database, first, actor="analyst", playbook=playbook)
    decide(database, draft, decision="approve_with_conditions", by="M. Ister",
           playbook=playbook, conditions=[
               ConditionInput("Ships keep berth 4", "Consul", "Daily call", utc_now().date(),
                              "Berth 4 closes")])
    page = window.due
    with qtbot.waitSignal(page.shown, timeout=20000):
        window.show_page(DUE)
    page.table.selectRow(0)
    return page, draft


def test_a_review_recorded_from_the_due_view_is_audited_and_sets_the_next_date(
        qtbot, make_window, database, catalog):
    """Issue 15 item 2: reviews were recorded only on the command line."""
    from models.audit_check import verify_chain
    from models.conditions import due_conditions

    window = make_window()
    page, _draft = _due_condition(qtbot, window, database, catalog, "Evacuation by sea")
    assert page.review_button.isEnabled()
    next_on = utc_now().date() + timedelta(days=14)
    seen = {}

    def fill(dialog) -> bool:
        assert not dialog.submit.isEnabled()  # no review without a note
        assert "Write a note" in dialog.consequence.text()
        dialog.outcome.setCurrentIndex(dialog.outcome.findData("met"))
        dialog.note.setPlainText("Berth 4 open all week; consul's daily reports on file.")
        assert "closes the condition as fulfilled" in dialog.consequence.text()
        dialog.next_review.setChecked(True)
        dialog.next_date.setDate(next_on)
        seen["words"] = dialog.consequence.text()
        assert dialog.submit.isEnabled()
        return True

    window.context.dialogs.exec_dialog = fill
    with qtbot.waitSignal(page.shown, timeout=20000):  # the list is read again after the write
        page.review_button.click()
    assert f"next due on {day(next_on)}" in seen["words"]  # as the locale writes it
    assert page.table.rowCount() == 0  # no longer due today
    later = due_conditions(database, as_of=next_on)
    assert len(later) == 1
    review = later[0].condition.reviews[-1]
    assert (review.outcome, review.next_review_on) == ("met", next_on)
    assert review.reviewed_by == window.context.actor
    assert verify_chain(database).ok


def test_a_breached_tripwire_from_the_due_view_ends_the_approval(qtbot, make_window, database,
                                                                  catalog):
    from models.workflow import load_assessment

    window = make_window()
    page, draft = _due_condition(qtbot, window, database, catalog, "Corridor")

    def fill(dialog) -> bool:
        assert not dialog.breached.isEnabled()  # only a condition not met can breach
        dialog.outcome.setCurrentIndex(dialog.outcome.findData("not_met"))
        dialog.note.setPlainText("Berth 4 closed on Tuesday.")
        dialog.breached.setChecked(True)
        assert not dialog.next_review.isEnabled()
        assert "ends the approval" in dialog.consequence.text()
        return True

    window.context.dialogs.exec_dialog = fill
    with qtbot.waitSignal(page.shown, timeout=20000):
        page.review_button.click()
    qtbot.waitUntil(lambda: bool(window.context.dialogs.infos), timeout=20000)
    assert window.context.dialogs.infos[-1][0] == "The approval no longer stands"
    assert load_assessment(database, draft).status == "superseded"
    assert page.table.rowCount() == 0
