"""Voting power where the desktop shows authority: the stepper's member-positions table and
tally under a playbook's authority section, and the Members page."""

from __future__ import annotations

import pytest

from desktop.main_window import MEMBERS
from desktop.widgets.member_positions import MemberPositionsInput
from playbooks.evaluate import evaluate
from tests.playbooks.legacy_cases import REGISTRY
from tests.playbooks.test_authority_rules import ROUTES, all_but, answers


def test_the_stepper_tally_shows_routes_power_and_pivotal_members(qtbot) -> None:
    question = ROUTES.question("member_positions")
    widget = MemberPositionsInput(question, list(REGISTRY))
    qtbot.addWidget(widget)
    # Ten of seventeen endorse: exactly the 55 % needed, so each of them is pivotal.
    endorsing = ("IND", "USA", "BRA", "JPN", "DEU", "ZAF", "ESP", "ARG", "CAN", "AUS")
    positions = {iso: "endorse" for iso in endorsing}
    tally = evaluate(ROUTES, answers(positions, "blocked_by_veto"), REGISTRY).authority
    assert tally is not None and tally.met and tally.pivotal
    widget.set_tally(tally)
    text = widget.tally.text()
    assert text.startswith("Authority met by the route “Concert double majority, the Council "
                           "blocked”.")
    assert "✗ Security Council authorisation under Chapter VII" in text
    assert "pivotal (whose defection alone would defeat it): " in text
    rows = {widget.table.item(r, 1).text(): r for r in range(widget.table.rowCount())}
    power = {p.iso: p.power for p in tally.voting_power}
    column = widget.POWER_COLUMN
    assert widget.table.item(rows["IND"], column).text() == f"{power['IND']:.1%}"
    assert widget.table.item(rows["IND"], 0).font().bold()  # pivotal
    assert not widget.table.item(rows["ISL"], 0).font().bold()
    assert widget.table.item(rows["HUN"], column).text() == "—"  # suspended: no power


def test_a_1_0_tally_shows_no_voting_power(qtbot, catalog) -> None:
    legacy = catalog.get("use-of-force", "1.0")
    question = next(q for q in legacy.questions() if q.id == "member_positions")
    widget = MemberPositionsInput(question, list(REGISTRY))
    qtbot.addWidget(widget)
    widget.set_tally(evaluate(legacy, {"member_positions": all_but("IND")}, REGISTRY).authority)
    assert widget.tally.text().startswith("Double majority not met")
    assert {widget.table.item(r, widget.POWER_COLUMN).text()
            for r in range(widget.table.rowCount())} == {"—"}


def test_members_page_shows_weight_and_voting_power(make_window, qtbot) -> None:
    window = make_window()
    window.show_page(MEMBERS)
    page = window.members
    qtbot.waitUntil(lambda: page.loaded_once and window.context.runner.is_idle())
    headers = [page.table.horizontalHeaderItem(c).text() for c in range(page.table.columnCount())]
    weight, power = headers.index("Weight"), headers.index("Voting power %")
    full = [r for r in range(page.table.rowCount())
            if page.table.item(r, 4).text().startswith("full")]
    shares = [float(page.table.item(r, power).text()) for r in full]
    assert sum(shares) == pytest.approx(100, abs=0.1 * len(full))
    assert all(int(page.table.item(r, weight).text()) >= 1 for r in full)
    assert "the largest voting power" in page.summary.text()
