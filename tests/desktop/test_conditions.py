"""The decision step takes an approval's conditions as rows (issue 15 item 2): shown only for
"approve with conditions", required and complete before the decision can be recorded, then
recorded with the decision and shown with it."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtWidgets import QLabel

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
    assert any("Partners escort the convoys" in t and f"next review {REVIEW}" in t
               for t in texts)
