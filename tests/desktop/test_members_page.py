"""The Members page shows the registry's version and hash, the basis of each standing, a
member's history, and applies a decided membership review as an audited registry revision."""

from __future__ import annotations

from PySide6.QtCore import Qt

from desktop.main_window import MEMBERS
from desktop.pages.members import COLUMNS
from models.audit_check import verify_chain
from models.members import registry_entries
from models.registry_revisions import current_revision
from models.workflow import create_assessment, decide, save_answer
from tests.models.test_registry_revisions import ESTABLISHED


def _row(page, code: str) -> int:
    return next(r for r in range(page.table.rowCount()) if page.table.item(r, 1).text() == code)


def _decided_review(context, title: str) -> str:
    playbook = context.catalog.get("membership-review", "1.0")
    db = context.db
    assessment_id = create_assessment(db, playbook, title=title, actor="analyst")
    for question_id, value in ESTABLISHED.items():
        save_answer(db, assessment_id, question_id, value, actor="analyst", playbook=playbook)
    decide(db, assessment_id, decision="approve", by="Minister", playbook=playbook)
    return assessment_id


def test_members_page_shows_the_registry_version_and_the_basis_of_each_standing(
    make_window, qtbot
):
    window = make_window()
    window.show_page(MEMBERS)
    page = window.members
    qtbot.waitUntil(lambda: page.loaded_once and window.context.runner.is_idle())
    revision = current_revision(window.context.db)
    assert revision is not None
    assert revision.label in page.version.text() and revision.content_hash in page.version.text()
    india = _row(page, "IND")
    def cell(column: str) -> str:
        return page.table.item(india, COLUMNS.index(column)).text()

    assert cell("Standing") == "candidate *"  # borderline
    assert cell("Index").startswith("Partly free 66")
    assert cell("Reviewed") == "2026-12-05"

    page.table.selectRow(india)
    page.history_button.click()
    qtbot.waitUntil(lambda: bool(window.context.dialogs.infos))
    title, text = window.context.dialogs.infos[-1]
    assert title == "Member history: IND" and "r1" in text and "added as candidate" in text


def test_applying_a_decided_review_from_the_members_page_admits_the_candidate(
    make_window, qtbot
):
    window = make_window()
    window.show_page(MEMBERS)
    page = window.members
    qtbot.waitUntil(lambda: page.loaded_once and window.context.runner.is_idle())
    review = _decided_review(window.context, "Membership review: India")
    dialogs = window.context.dialogs
    page.table.clearSelection()
    page.table.setCurrentCell(-1, -1)
    page.review_button.click()
    qtbot.waitUntil(lambda: bool(dialogs.infos) and window.context.runner.is_idle())
    assert dialogs.choices and review[:8] in dialogs.choices[0][1][0]
    assert "the member the review's title names" in dialogs.choices[0][0]
    title, text = dialogs.infos[-1]
    assert title == "Membership review applied"
    assert "IND India: candidate → full" in text and "r2" in text
    # The page reloads on the registry change: the new standing and version are shown.
    qtbot.waitUntil(lambda: "r2" in page.version.text())
    assert page.table.item(_row(page, "IND"), 4).text() == "full"
    assert {e.iso: e.standing for e in registry_entries(window.context.db)}["IND"] == "full"
    assert verify_chain(window.context.db).ok

    page.review_button.click()  # nothing left to apply
    qtbot.waitUntil(lambda: "No decided membership review" in dialogs.infos[-1][1])


def test_members_are_listed_a_to_z_with_populations_grouped_and_sorted_by_value(
    make_window, qtbot
):
    """Issue 14: the page showed raw populations (334915000) sorted Z to A."""
    window = make_window()
    window.show_page(MEMBERS)
    page = window.members
    qtbot.waitUntil(lambda: page.loaded_once and window.context.runner.is_idle())
    table = page.table
    names = [table.item(r, 0).text() for r in range(table.rowCount())]
    assert len(names) > 5 and names == sorted(names)
    members = {m.iso: m for m in registry_entries(window.context.db)}
    population, year = COLUMNS.index("Population"), COLUMNS.index("Year")
    for r in range(table.rowCount()):
        member = members[table.item(r, 1).text()]
        assert table.item(r, population).text() == f"{member.population:,}"
        assert table.item(r, year).text() == str(member.population_year)  # a year is not grouped

    table.sortByColumn(population, Qt.SortOrder.DescendingOrder)
    shown = [members[table.item(r, 1).text()].population for r in range(table.rowCount())]
    assert shown == sorted(shown, reverse=True)  # by value: "99,000" does not beat "1,200,000"
