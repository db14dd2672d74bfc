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


def test_a_save_without_the_right_names_it_and_quotes_no_case_text(
        qtbot, make_window, make_context, database, database_url, tmp_path):
    """A reader's login answering a question: the save state says it may only read;
    nothing crashes, and no log file holds the statement or the case's text."""
    if database_url.startswith("sqlite"):
        pytest.skip("SQLite has no roles (single user)")
    from models.opening import open_record
    from models.workflow import create_assessment
    from tests.sessions import official_login

    case_text = "Quiet Harbour 7731"
    draft = create_assessment(database, make_context().catalog.get("use-of-force"),
                              title="Draft", actor="analyst")
    with official_login(database_url, "reader") as (role, url):
        reader = open_record(url)
        try:
            window = make_window(make_context(reader))
            window.open_assessment(draft)
            qtbot.waitUntil(lambda: window.assessment_page is not None
                            and window.assessment_page.record is not None, timeout=20000)
            page = window.assessment_page
            text_editor = next(e for e in page.steps[0].editors.values()
                               if isinstance(supportive_value(e.question), type(None))
                               and hasattr(e.input, "text_edit"))
            answer(qtbot, text_editor, case_text)
            page.flush()
            qtbot.waitUntil(lambda: "may only read" in page.save_state.text(), timeout=20000)
            assert f"the database login {role} may only read" in page.save_state.text()
            assert case_text not in page.save_state.text()
            settle(qtbot, page)
            assert not window.context.dialogs.errors
        finally:
            window.close()
            reader.close()
    for path in tmp_path.rglob("*.log"):
        text = path.read_text(encoding="utf-8", errors="replace")
        assert case_text not in text and "INSERT INTO" not in text, path
