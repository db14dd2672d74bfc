"""Live refresh in the window: what another official's process commits to the record reaches
History and the open assessment without a click (PostgreSQL LISTEN/NOTIFY, desktop.live_refresh).

The colleague is the same record opened again (another Database object: another origin, as
another official's process would be). Every test here needs a real PostgreSQL server.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
import sqlalchemy as sa

from desktop.live_refresh import LiveRefresh
from desktop.main_window import HISTORY
from models.change_feed import FEED_APPLICATION_NAME
from models.changes import Part, RecordChange
from models.db import Database
from models.opening import open_record
from models.routing import route
from models.workflow import create_assessment, save_answer
from tests.desktop.helpers import settle
from tests.desktop.test_assessment import create

WAIT_MS = 30000  # for a change to show: a failure, never a measure of speed


@pytest.fixture
def colleague(database: Database) -> Iterator[Database]:
    if database.dialect != "postgresql":
        pytest.skip("live refresh is PostgreSQL's: set CONCERT_TEST_PG_URL")
    other = open_record(database.connection_url())
    yield other
    other.close()


@pytest.fixture
def live_window(qtbot, make_context, make_window, colleague):
    """A window hearing other officials' changes, as the app opens it (started after the
    record opened, by a timer)."""
    context = make_context()
    context.live_refresh_after_ms = 0
    heard: list[RecordChange] = []
    context.record_changed.connect(heard.append)
    window = make_window(context)
    # Listening, then a first full refresh: what was committed before it listened is not missed.
    qtbot.waitUntil(lambda: any(change.full for change in heard), timeout=WAIT_MS)
    assert context.live_refresh is not None and context.live_refresh.feed.listening.is_set()
    return window


def _history_ids(window) -> set[str]:
    model = window.history.model
    return {model.assessment_id(row) for row in range(model.rowCount())}


def _feed_connections(db: Database) -> int:
    with db.engine.connect() as connection:
        return connection.execute(
            sa.text("SELECT count(*) FROM pg_stat_activity WHERE application_name = :name "
                    "AND datname = current_database()"), {"name": FEED_APPLICATION_NAME},
        ).scalar_one()


def test_a_colleagues_new_assessment_shows_in_history_without_a_click(
        qtbot, live_window, colleague, catalog):
    live_window.show_page(HISTORY)
    playbook = catalog.get("use-of-force")
    made = create_assessment(colleague, playbook, title="Colleague's corridor", actor="colleague")
    qtbot.waitUntil(lambda: made in _history_ids(live_window), timeout=WAIT_MS)


def test_a_colleagues_answer_reloads_the_open_assessment_that_has_nothing_unsaved(
        qtbot, live_window, colleague):
    page = create(qtbot, live_window, title="Shared draft")
    settle(qtbot, page)
    with qtbot.waitSignal(page.loaded, timeout=WAIT_MS):
        save_answer(colleague, page.assessment_id, "harm_gravity", 4, actor="colleague",
                    playbook=page.playbook)
    assert page.steps[0].editors["harm_gravity"].input.value() == 4
    assert not page.changed_notice.isVisible()


def test_a_colleagues_submission_moves_the_open_drafts_stage(qtbot, live_window, colleague):
    page = create(qtbot, live_window, title="Routed elsewhere")
    qtbot.waitUntil(lambda: page.routing.stage == "draft", timeout=WAIT_MS)
    route(colleague, page.assessment_id, "submit", actor="colleague")
    qtbot.waitUntil(lambda: page.routing.stage == "submitted", timeout=WAIT_MS)


def test_unsaved_edits_are_kept_and_a_notice_offers_the_reload(qtbot, live_window, colleague):
    page = create(qtbot, live_window, title="Draft in two hands")
    settle(qtbot, page)
    page.saver._timer.setInterval(3_600_000)  # the official is still typing: nothing saved yet
    editor = page.steps[0].editors["cause_summary"]
    editor.input.text_edit().setFocus()
    qtbot.keyClicks(editor.input.text_edit(), "Half a sentence")
    assert page.has_unsaved_edits()
    record_before = page.record
    save_answer(colleague, page.assessment_id, "harm_gravity", 3, actor="colleague",
                playbook=page.playbook)
    qtbot.waitUntil(page.changed_notice.isVisible, timeout=WAIT_MS)
    assert page.reload_button.isVisible()
    assert page.record is record_before  # not reloaded under the official's hands
    assert editor.input.text_edit().toPlainText() == "Half a sentence"
    with qtbot.waitSignal(page.loaded, timeout=WAIT_MS):
        page.reload_button.click()
    assert not page.changed_notice.isVisible()
    assert page.steps[0].editors["harm_gravity"].input.value() == 3


def test_a_lost_connection_is_replaced_and_the_window_reads_everything_again(
        qtbot, live_window, colleague):
    context = live_window.context
    feed = context.live_refresh.feed
    with (qtbot.waitSignal(context.record_changed, timeout=WAIT_MS,
                           check_params_cb=lambda change: change.full),
          colleague.engine.connect() as connection):
        connection.execute(sa.text("SELECT pg_terminate_backend(:pid)"),
                           {"pid": feed.backend_pid})
    qtbot.waitUntil(feed.listening.is_set, timeout=WAIT_MS)
    assert feed.connections == 2


def test_closing_the_window_stops_listening_and_closes_the_connection(
        qtbot, live_window, colleague):
    live = live_window.context.live_refresh
    assert _feed_connections(colleague) == 1
    live_window.close()
    assert live_window.context.live_refresh is None and not live.is_running()
    qtbot.waitUntil(lambda: _feed_connections(colleague) == 0, timeout=WAIT_MS)
    assert not live_window.context.start_live_refresh()  # not again once shut down


def test_sqlite_has_nothing_to_hear(qtbot, make_context, make_window, database):
    if database.dialect != "sqlite":
        pytest.skip("the SQLite case")
    context = make_context()
    context.live_refresh_after_ms = 0
    make_window(context)
    assert not context.start_live_refresh() and context.live_refresh is None


class _FakeFeed:
    """A feed that yields the given changes at once, then waits for stop()."""

    def __init__(self, changes: list[RecordChange]) -> None:
        import threading

        self._changes, self._stopped = changes, threading.Event()

    def changes(self):
        yield from self._changes
        self._stopped.wait()

    def stop(self) -> None:
        self._stopped.set()


def test_a_burst_of_changes_reaches_the_bus_as_the_first_then_one_merged(qtbot):
    burst = [RecordChange.of(Part.ANSWERS, assessments=[f"case-{n}"]) for n in range(5)]
    live = LiveRefresh(_FakeFeed(burst), throttle_ms=2000)  # type: ignore[arg-type]
    passed: list[RecordChange] = []
    live.changed.connect(passed.append)
    live.start()
    try:
        qtbot.waitUntil(lambda: len(passed) == 2, timeout=WAIT_MS)
    finally:
        assert live.stop()
    first, rest = passed
    assert first.assessment_ids == {"case-0"}  # at once, not held back
    assert rest.assessment_ids == {f"case-{n}" for n in range(1, 5)}  # the others together
