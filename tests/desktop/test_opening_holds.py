"""What the official asks for as the window first shows goes before the record's opening.

A case opened or a search typed at History's first page is read ahead of the opening (with the
plain driver) and shown before the opening begins, not beside it: both are mostly Python, which
runs one thread at a time (bench/README.md, "holds"). The page or the search holds the opening
(desktop.opening.RecordOpening.hold) until what it read has painted; a read that cannot be made
ahead lets the opening go at once, since it waits for the record itself.

The opening here begins as desktop.app begins it (`open_behind`), with HOLD_LIMIT_S made so long
that only a release can let it begin: a hold never released would fail these tests, not slow
them."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

import desktop.opening
from desktop.opening import OpeningHold, RecordOpening
from models.workflow import create_assessment
from playbooks.loader import PlaybookCatalog
from tests.desktop.test_startup import _shown_while_opening, add_assessments

OPENED_IN_S = 20  # far below the limit below: the opening began because a hold was released


@pytest.fixture(autouse=True)
def _only_a_release_lets_the_opening_begin(monkeypatch) -> None:
    monkeypatch.setattr(desktop.opening, "HOLD_LIMIT_S", 600)


class Opener:
    """The record opened behind the window on a thread, as desktop.app opens it."""

    def __init__(self, record: RecordOpening) -> None:
        self.record = record
        painted = threading.Event()
        painted.set()
        self.thread = threading.Thread(target=lambda: record.open_behind(painted, 0),
                                       daemon=True)
        self.thread.start()

    def finish(self, context, window) -> None:
        """The record open: the window told so, as desktop.app tells it."""
        self.thread.join(OPENED_IN_S)
        assert not self.thread.is_alive(), "the opening was held past every release"
        context.record_now_open(*self.record.opened())
        window.record_opened()


def _opened_at_once(window, record: RecordOpening, assessment_id: str):
    """The case opened as the window first shows, then the opening begun as desktop.app
    begins it: (the page, its Opener)."""
    window.open_assessment(assessment_id)
    return window.assessment_page, Opener(record)


def _close(record: RecordOpening, opener: Opener | None, window) -> None:
    if opener is not None:
        opener.thread.join(OPENED_IN_S)
    if not record.has_begun():
        record.open()
    window.close()
    record.close()


def test_a_case_opened_as_the_window_shows_is_shown_before_the_record_opens(
    database, database_url, catalog, tmp_path, qtbot, contexts
) -> None:
    playbook = catalog.get("use-of-force", "1.0")
    assessment_id = create_assessment(database, playbook, title="Opened at once",
                                      proposed_action="Interdiction", actor="analyst")
    record, context, window = _shown_while_opening(database_url, tmp_path, qtbot, contexts)
    opener = None
    try:
        page, opener = _opened_at_once(window, record, assessment_id)
        with qtbot.waitSignal(page.loaded, timeout=10000):
            pass
        assert not record.has_begun()  # the step first, alone
        assert page.title.text() == "Opened at once" and page.verdict.evaluation is not None
        qtbot.waitUntil(record.is_done, timeout=OPENED_IN_S * 1000)  # then the opening
        opener.finish(context, window)
        qtbot.waitUntil(lambda: context.runner.is_idle() and context.background.is_idle())
    finally:
        _close(record, opener, window)


def test_a_case_that_cannot_be_read_ahead_lets_the_opening_begin(
    database, database_url, tmp_path, qtbot, contexts
) -> None:
    """A case made with a ministry's own playbook file needs the catalog, so it waits for the
    record: its hold is released as soon as that is known, or neither would go on."""
    builtin = PlaybookCatalog.load(None).get("use-of-force", "1.0")
    own_folder = tmp_path / "playbooks"  # the user's playbooks, as the opening reads them
    own_folder.mkdir()
    own_file = own_folder / "ministry-own.yaml"
    own_file.write_text(Path(builtin.file).read_text("utf-8").replace(
        "id: use-of-force", "id: ministry-own", 1), "utf-8")
    own = PlaybookCatalog.load(own_folder).get("ministry-own")
    assessment_id = create_assessment(database, own, title="Our own playbook",
                                      proposed_action="Interdiction", actor="analyst")
    record, context, window = _shown_while_opening(database_url, tmp_path, qtbot, contexts)
    opener = None
    try:
        page, opener = _opened_at_once(window, record, assessment_id)
        qtbot.waitUntil(record.has_begun, timeout=OPENED_IN_S * 1000)
        opener.finish(context, window)
        qtbot.waitUntil(lambda: page.record is not None, timeout=10000)
        assert page.title.text() == "Our own playbook"
        assert page.playbook.id == "ministry-own"
    finally:
        _close(record, opener, window)


def test_a_search_typed_as_the_window_shows_is_answered_before_the_record_opens(
    database, database_url, catalog, tmp_path, qtbot, contexts
) -> None:
    add_assessments(database, catalog, ["Blockade of the strait", "Evacuation"])
    record, context, window = _shown_while_opening(database_url, tmp_path, qtbot, contexts)
    history = window.history
    opener = None
    try:
        with qtbot.waitSignal(history.model.page_loaded, timeout=10000):
            history.search.setText("evacu")
            history.apply_query()
            opener = Opener(record)
        assert not record.has_begun()  # the answer first, alone
        assert [row.title for row in history.model.rows] == ["Evacuation"]
        qtbot.waitUntil(record.is_done, timeout=OPENED_IN_S * 1000)  # then the opening
        opener.finish(context, window)
        qtbot.waitUntil(lambda: context.runner.is_idle() and context.background.is_idle())
    finally:
        _close(record, opener, window)


def test_a_search_that_cannot_be_read_ahead_lets_the_opening_begin(
    database, database_url, catalog, tmp_path, qtbot, contexts
) -> None:
    add_assessments(database, catalog, ["Evacuation"])
    record, context, window = _shown_while_opening(database_url, tmp_path, qtbot, contexts)
    history = window.history
    opener = None
    try:
        history.use_from.setChecked(True)  # a date filter: read through the record only
        history.apply_query()
        opener = Opener(record)
        qtbot.waitUntil(record.has_begun, timeout=OPENED_IN_S * 1000)
        opener.finish(context, window)
        qtbot.waitUntil(lambda: not history.model.is_loading() and context.runner.is_idle(),
                        timeout=10000)
        assert [row.title for row in history.model.rows] == ["Evacuation"]
    finally:
        _close(record, opener, window)


def test_a_hold_released_before_it_is_taken_holds_nothing(database_url, tmp_path) -> None:
    record = RecordOpening(database_url, tmp_path)
    hold = OpeningHold(record)
    hold.release()  # the page closed before its read was queued
    hold.take()
    opener = Opener(record)
    opener.thread.join(OPENED_IN_S)
    assert record.is_done()
    hold.release()  # again: harmless
    record.close()


def test_a_hold_never_released_delays_the_opening_no_longer_than_its_limit(
    database_url, tmp_path, monkeypatch
) -> None:
    monkeypatch.setattr(desktop.opening, "HOLD_LIMIT_S", 0.2)
    record = RecordOpening(database_url, tmp_path)
    record.hold()  # say, a page closed while its read was held: nobody releases it
    opener = Opener(record)
    opener.thread.join(OPENED_IN_S)
    assert record.is_done() and record.opened()
    record.close()
