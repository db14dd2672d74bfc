"""An answer saved while another session holds the writers' lock: the window says, in its save
state, what the save waited for (and on PostgreSQL who holds it) instead of waiting silently;
the next change saves once the lock is free."""

from __future__ import annotations

import pytest

from tests.desktop.helpers import answer, settle, supportive_value
from tests.desktop.test_assessment import create
from tests.sessions import writers_lock_held


@pytest.fixture
def quick_lock_timeout(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CONCERT_LOCK_TIMEOUT_S", "0.5")  # before the database is opened


def test_a_save_behind_a_held_lock_says_so_in_the_window(qtbot, quick_lock_timeout,
                                                          make_window, database_url):
    window = make_window()
    page = create(qtbot, window)
    answerable = [(editor, supportive_value(editor.question))
                  for editor in page.steps[0].editors.values()]
    (first, first_value), (second, second_value) = [
        pair for pair in answerable if pair[1] is not None][:2]
    with writers_lock_held(database_url) as holder:
        answer(qtbot, first, first_value)
        qtbot.waitUntil(lambda: "being written by another session" in page.save_state.text(),
                        timeout=20000)
        shown = page.save_state.text()
        assert "waited 0.5 s for it, nothing was saved: try again" in shown
        if holder is not None:
            assert f"database role {holder}" in shown
        assert "INSERT" not in shown and "SELECT" not in shown
        settle(qtbot, page)
    answer(qtbot, second, second_value)
    qtbot.waitUntil(lambda: page.save_state.text().startswith("✔ Saved"), timeout=20000)
