"""History shows a search's page without waiting for its count: the rows at once, "Counting…"
on the count line, then the count, then the rows' snippets; typing on drops the counts of what
was typed before (none is shown for an older query, and one still waiting for its turn does not
even run)."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import Qt

import desktop.history.model as history_model
import models.search
from desktop.main_window import HISTORY
from models.workflow import create_assessment


@pytest.fixture
def small_pages(monkeypatch: pytest.MonkeyPatch) -> int:
    """Pages of 3 rows and counts stopping at 6: the behaviour of 100 and 1,000 with a few
    records."""
    monkeypatch.setattr(history_model, "PAGE_SIZE", 3)
    monkeypatch.setattr(history_model, "COUNT_LIMIT", 6)
    return 3


@pytest.fixture
def counted(monkeypatch: pytest.MonkeyPatch) -> dict:
    """The texts models.search.count_matches was asked to count, and a gate holding each count
    on the database thread until the test opens it."""
    seen: dict = {"texts": [], "gate": threading.Event()}
    seen["gate"].set()
    real = models.search.count_matches

    def count_matches(db, text="", **options):
        seen["texts"].append(text)
        assert seen["gate"].wait(20), "the test never let the count finish"
        return real(db, text, **options)

    monkeypatch.setattr(models.search, "count_matches", count_matches)
    return seen


def seed(database, catalog, titles: dict[str, int]) -> None:
    if database.dialect == "postgresql":  # models.search_sql: SearchStatement.chosen
        pytest.skip("PostgreSQL's page of a text search carries its count unless the planner "
                    "expects more matches than the count's window (tested in models)")
    playbook = catalog.get("sanctions")
    for title, count in titles.items():
        for index in range(count):
            create_assessment(database, playbook, title=f"{title} {index:02d}", actor="seeder")


def history_of(qtbot, make_window):
    window = make_window()
    window.show_page(HISTORY)
    qtbot.waitUntil(lambda: window.context.runner.is_idle())
    return window, window.history


def search(history, text: str) -> None:
    history.search.setText(text)
    history.apply_query()  # as the pause after typing does


def test_the_page_is_shown_before_its_count_and_the_count_after(
    qtbot, make_window, database, catalog, small_pages, counted
) -> None:
    seed(database, catalog, {"Blockade": 4, "Evacuation": 9})
    window, history = history_of(qtbot, make_window)
    counted["texts"].clear()
    counted["gate"].clear()  # the count waits on the database thread
    shown: list[str] = []
    history.model.total_changed.connect(lambda _total: shown.append(history.count.text()))

    search(history, "blockad")
    qtbot.waitUntil(lambda: history.model.rowCount() == small_pages, timeout=20000)
    assert history.count.text() == "Counting…"
    assert history.model.is_counting() and history.table.isVisible()
    assert [history.model.data(history.model.index(row, 0)) for row in range(3)] == [
        "Blockade 03", "Blockade 02", "Blockade 01"]  # newest first, before any count
    assert counted["texts"] == ["blockad"]
    # The rows' text (their snippets, in the tooltips) comes after the count, not with the page.
    assert [row.snippet for row in history.model.rows] == ["", "", ""]

    counted["gate"].set()
    qtbot.waitUntil(lambda: history.count.text() == "4 assessments", timeout=20000)
    assert not history.model.is_counting()
    assert shown == ["4 assessments"]
    qtbot.waitUntil(lambda: window.context.runner.is_idle())
    assert [row.snippet for row in history.model.rows] == [
        "Blockade 03", "Blockade 02", "Blockade 01", "Blockade 00"]  # the view read on
    tooltip = history.model.data(history.model.index(1, 0), Qt.ItemDataRole.ToolTipRole)
    assert tooltip == "Blockade 02"

    shown.clear()
    search(history, "evacuat")  # more matches than the count goes to
    qtbot.waitUntil(lambda: window.context.runner.is_idle() and history.model.rowCount() == 9,
                    timeout=20000)  # the view reads on: it is taller than 3 rows
    assert shown[0] == "6+ assessments"  # the count stopped at its limit...
    assert history.count.text() == "9 assessments"  # ...and the last page told the rest
    assert all(row.snippet.startswith("Evacuation") for row in history.model.rows)


def test_a_short_page_needs_no_count(
    qtbot, make_window, database, catalog, small_pages, counted
) -> None:
    seed(database, catalog, {"Blockade": 2, "Evacuation": 4})
    window, history = history_of(qtbot, make_window)
    counted["texts"].clear()
    search(history, "blocka")
    qtbot.waitUntil(lambda: window.context.runner.is_idle() and history.model.rowCount() == 2)
    assert history.count.text() == "2 assessments"
    assert counted["texts"] == []  # the page said how many: nothing else was asked


def test_typing_on_leaves_only_the_last_querys_count(
    qtbot, make_window, database, catalog, small_pages, counted
) -> None:
    seed(database, catalog, {"Blockade": 4, "Embargo": 5, "Evacuation": 7})
    window, history = history_of(qtbot, make_window)
    runner = window.context.runner
    counted["texts"].clear()
    shown: list[str] = []
    history.model.total_changed.connect(lambda _total: shown.append(history.count.text()))

    # A count already running when the next query comes: its answer is dropped.
    counted["gate"].clear()
    search(history, "blockad")
    qtbot.waitUntil(lambda: counted["texts"] == ["blockad"], timeout=20000)
    search(history, "embarg")
    assert history.model.rowCount() == 0  # the new query's page is on its way
    # A count still waiting for its turn when the next query comes: it never runs.
    released = threading.Event()
    history.model.counting.connect(lambda: runner.submit(lambda: released.wait(20)))
    counted["gate"].set()
    qtbot.waitUntil(lambda: history.model.query.text == "embarg"
                    and history.count.text() == "Counting…", timeout=20000)
    search(history, "evacua")
    released.set()
    qtbot.waitUntil(lambda: runner.is_idle() and history.model.rowCount() == 7, timeout=20000)
    assert counted["texts"] == ["blockad", "evacua"]  # embargo's count skipped itself
    # No count of an older query was ever shown: only evacuation's, capped, then exact once
    # the view had read to the last page.
    assert shown and set(shown) <= {"6+ assessments", "7 assessments"}
    assert history.count.text() == "7 assessments"
    assert [history.model.data(history.model.index(row, 0)) for row in range(3)] == [
        "Evacuation 06", "Evacuation 05", "Evacuation 04"]


def test_a_filtered_list_shows_its_page_before_its_count_on_either_database(
    qtbot, make_window, database, catalog, small_pages, counted
) -> None:
    """Without search text both databases count apart from the page (PostgreSQL's text
    search is the one whose page carries its count)."""
    playbook = catalog.get("sanctions")
    for index in range(5):
        create_assessment(database, playbook, title=f"Blockade {index:02d}", actor="seeder")
    window, history = history_of(qtbot, make_window)
    counted["texts"].clear()
    counted["gate"].clear()
    history.status.setCurrentIndex(history.status.findData("draft"))  # applies the filter
    qtbot.waitUntil(lambda: history.model.rowCount() >= small_pages, timeout=20000)
    assert history.count.text() == "Counting…" and history.model.is_counting()
    counted["gate"].set()
    qtbot.waitUntil(lambda: window.context.runner.is_idle()
                    and history.count.text() == "5 assessments", timeout=20000)
    assert counted["texts"] == [""]
