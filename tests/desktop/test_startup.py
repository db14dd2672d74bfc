"""Starting the desktop: History's first page shows before the record is open (read with the
plain driver, before SQLAlchemy is loaded), and the record then opens behind it with every
guarantee of the normal opening: work waits for it, a database that needs migrating shows
nothing, and a record that fails to open ends the app with a plain message."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest
import sqlalchemy as sa

import desktop.app
import desktop.opening
from desktop.context import DeskContext
from desktop.history.model import read_opening_page
from desktop.main_window import MEMBERS, NEW, MainWindow
from desktop.opening import RecordNotOpened, RecordOpening
from desktop.tasks import BackgroundRunner, DatabaseRunner
from models.errors import DatabaseUnavailable
from models.location import sqlite_url
from models.search import search_assessments
from models.workflow import create_assessment
from tests.desktop.conftest import RecordingDialogs

ROOT = Path(__file__).resolve().parents[2]

# Runs main.py unchanged; a QApplication subclass notes what the window holds when it first
# paints, waits until the record is open and checked, then closes the window.
WATCH_MAIN = r"""
import json, runpy, sys
from PySide6 import QtWidgets
from PySide6.QtCore import QEvent, QObject, QTimer

seen = {}

def note(window):
    from desktop.main_window import NEW

    rows = window.history.model
    return {"record_open": window.record_is_open, "rows": [rows.assessment_id(r)
            for r in range(rows.rowCount())], "sqlalchemy": "sqlalchemy" in sys.modules,
            "playbook_filter": window.history.playbook.count(),
            "new_page": type(window.pages.widget(NEW)).__name__}

def finish(window):
    if not (window.record_is_open and window.chain_label.text().startswith("Audit chain: ")
            and window.chain_label.text() != "Audit chain: checking…"):
        QTimer.singleShot(20, lambda: finish(window))
        return
    seen["opened"] = note(window)
    print(json.dumps(seen), flush=True)
    window.close()

class Watcher(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and isinstance(watched, QtWidgets.QWidget):
            window = watched.window()
            if hasattr(window, "history") and "first_paint" not in seen:
                seen["first_paint"] = note(window)
                if mode == "close at once":
                    print(json.dumps(seen), flush=True)
                    QTimer.singleShot(0, window.close)
                else:
                    QTimer.singleShot(0, lambda: finish(window))
        return False

class Watched(QtWidgets.QApplication):
    def __init__(self, *args):
        super().__init__(*args)
        self.watcher = Watcher()
        self.installEventFilter(self.watcher)

QtWidgets.QApplication = Watched
mode = sys.argv[3]
sys.argv = [sys.argv[1], "--db", sys.argv[2]]
runpy.run_path(sys.argv[0], run_name="__main__")
"""


def run_main(database_url: str, tmp_path: Path, mode: str = "wait until open") -> dict:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen",
           "XDG_CONFIG_HOME": str(tmp_path / "config")}  # fmt: skip
    done = subprocess.run(
        [sys.executable, "-c", WATCH_MAIN, str(ROOT / "main.py"), database_url, mode],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])


def add_assessments(database, catalog, titles: list[str]) -> None:
    for title in titles:
        create_assessment(database, catalog.get("sanctions"), title=title, actor="seeder")


def test_history_shows_its_first_page_before_the_database_libraries_load(
    database, database_url, catalog, tmp_path
) -> None:
    add_assessments(database, catalog, ["Blockade of the strait", "Evacuation", "Asset freeze"])
    expected = [row.id for row in search_assessments(database, "", limit=100).rows]

    seen = run_main(database_url, tmp_path)

    first = seen["first_paint"]
    assert first["rows"] == expected  # the page models.search gives, newest first
    assert not first["record_open"] and not first["sqlalchemy"]
    assert first["new_page"] == "QLabel"  # "Opening the record…" until it is
    opened = seen["opened"]
    assert opened["record_open"] and opened["rows"] == expected
    assert opened["new_page"] == "NewAssessmentPage"
    assert opened["playbook_filter"] == 1 + len({p.id for p in catalog.all()})


def test_closing_the_window_while_the_record_opens_ends_the_app(
    database, database_url, catalog, tmp_path
) -> None:
    add_assessments(database, catalog, ["Blockade of the strait"])
    seen = run_main(database_url, tmp_path, "close at once")  # exits 0, does not hang
    assert not seen["first_paint"]["record_open"]
    # Closing noted the audit head for the next opening, once the record was open.
    assert list((tmp_path / "user-data" / "seen-audit-heads").iterdir())


def test_a_new_database_is_made_before_the_window_shows(tmp_path) -> None:
    path = tmp_path / "data" / "new.db"
    path.parent.mkdir()
    seen = run_main(sqlite_url(path), tmp_path)
    assert seen["first_paint"]["record_open"]  # no early page: created and migrated first
    assert seen["first_paint"]["rows"] == []
    assert path.exists()


def test_a_database_needing_migration_shows_nothing(database, database_url, catalog,
                                                    monkeypatch) -> None:
    add_assessments(database, catalog, ["Blockade of the strait"])
    with database.engine.begin() as connection:
        connection.execute(sa.text("UPDATE alembic_version SET version_num = 'older'"))
    said: list[str] = []
    monkeypatch.setattr(desktop.app, "show_startup_problem", said.append)
    shown: list[MainWindow] = []
    monkeypatch.setattr(MainWindow, "show", lambda window: shown.append(window))
    assert desktop.app.run(database_url) == 2
    assert "schema revision 'older'" in said[0]
    assert shown == []  # no window with any of its data


def test_a_record_failing_to_open_behind_its_first_page_ends_with_a_plain_message(
    database, database_url, catalog, monkeypatch
) -> None:
    add_assessments(database, catalog, ["Blockade of the strait"])
    shown: list[MainWindow] = []
    real_show = MainWindow.show

    def show(window: MainWindow) -> None:
        shown.append(window)
        real_show(window)

    def broken(_url: str, _data_dir: Path, _database_ready=None):
        raise DatabaseUnavailable("database somewhere: server closed the connection")

    said: list[str] = []
    monkeypatch.setattr(desktop.app, "show_startup_problem", said.append)
    monkeypatch.setattr(MainWindow, "show", show)
    monkeypatch.setattr(desktop.opening, "open_record", broken)
    assert desktop.app.run(database_url) == 2
    assert said == ["database somewhere: server closed the connection"]
    assert len(shown) == 1 and shown[0].history.model.rowCount() == 1
    assert not shown[0].isVisible()


def test_work_waits_for_the_record_being_opened(database_url, tmp_path) -> None:
    record = RecordOpening(database_url, tmp_path)
    answers: list[str] = []
    reader = threading.Thread(target=lambda: answers.append(record.db.dialect))
    reader.start()
    reader.join(0.2)
    assert reader.is_alive() and answers == []  # waiting: nothing reads an unopened record
    db, catalog = record.open()
    reader.join(10)
    assert answers == [db.dialect]
    assert record.catalog.get("sanctions") is catalog.get("sanctions")
    record.close()


def _hold_the_playbooks_read(monkeypatch) -> tuple[threading.Event, threading.Event]:
    """Reading the playbooks (PlaybookCatalog.load) waits, once started, until the second
    event is set: (started reading, let it finish)."""
    from playbooks.loader import PlaybookCatalog

    reading_playbooks, let_it_finish = threading.Event(), threading.Event()
    real_load = PlaybookCatalog.load

    def slow_load(*args, **kwargs):
        reading_playbooks.set()
        let_it_finish.wait(10)
        return real_load(*args, **kwargs)

    monkeypatch.setattr(PlaybookCatalog, "load", slow_load)
    return reading_playbooks, let_it_finish


def test_work_needing_only_the_database_goes_on_while_the_playbooks_are_read(
    database_url, tmp_path, monkeypatch
) -> None:

    reading_playbooks, let_it_finish = _hold_the_playbooks_read(monkeypatch)
    record = RecordOpening(database_url, tmp_path)
    opener = threading.Thread(target=record.open)
    opener.start()
    assert reading_playbooks.wait(10)
    assert record.db.dialect in ("sqlite", "postgresql")  # answered: the database is open
    playbooks: list[object] = []
    reader = threading.Thread(target=lambda: playbooks.append(record.catalog.get("sanctions")))
    reader.start()
    reader.join(0.2)
    assert reader.is_alive() and playbooks == []  # the catalog waits for the playbooks
    let_it_finish.set()
    opener.join(10)
    reader.join(10)
    assert playbooks and playbooks[0] is not None
    record.close()


def test_an_assessment_opened_while_the_playbooks_are_read_loads_without_waiting_for_them(
    database, database_url, tmp_path, monkeypatch
) -> None:
    # Opened from History's first page as the record opens: its built-in playbook is read
    # alone, not after every playbook (bench/README.md, "Start-up").
    from types import SimpleNamespace

    from desktop.assessment.page import load_everything
    from playbooks.loader import PlaybookCatalog

    playbook = PlaybookCatalog.load(None).get("use-of-force", "1.0")
    assessment_id = create_assessment(database, playbook, title="Opened early",
                                      proposed_action="Interdiction", actor="analyst")
    reading_playbooks, let_it_finish = _hold_the_playbooks_read(monkeypatch)
    record = RecordOpening(database_url, tmp_path)
    context = SimpleNamespace(db=record.db, catalog=record.catalog, opening=record)
    opener = threading.Thread(target=record.open)
    opener.start()
    try:
        assert reading_playbooks.wait(10)
        loaded, playbook_loaded, _members, judged = load_everything(context, assessment_id)
        assert not record.is_done()  # the playbooks are still being read
        assert loaded.title == "Opened early"
        assert playbook_loaded == playbook and judged.evaluation is not None
    finally:
        let_it_finish.set()
        opener.join(10)
    # Once they are read, the catalog answers as before.
    context.opening = None
    assert load_everything(context, assessment_id)[1] is record.catalog.by_hash(
        playbook.content_hash)
    record.close()


def test_work_for_a_record_that_failed_to_open_fails_with_why(tmp_path) -> None:
    record = RecordOpening(sqlite_url(tmp_path / "missing-folder" / "x.db"), tmp_path)
    with pytest.raises(DatabaseUnavailable):
        record.open()
    with pytest.raises(RecordNotOpened, match="does not exist"):
        record.db.session()
    record.close()  # nothing to close


def test_the_window_shown_before_the_record_opens_catches_up(
    database, database_url, catalog, tmp_path, qtbot, contexts
) -> None:
    add_assessments(database, catalog, ["Blockade of the strait", "Evacuation"])
    record = RecordOpening(database_url, tmp_path)
    context = DeskContext(db=record.db, catalog=record.catalog, runner=DatabaseRunner(),
                          background=BackgroundRunner(), dialogs=RecordingDialogs(),
                          actor="test official", user_playbooks=tmp_path / "playbooks")
    contexts.append(context)
    window = MainWindow(context, first_page=read_opening_page(database_url), record_open=False)
    qtbot.addWidget(window)
    window.show()
    try:
        history = window.history
        assert context.runner.is_idle()  # the page it was given: no query (nor a sort's) asked
        assert history.model.rowCount() == 2 and history.count.text() == "2 assessments"
        assert history.playbook.count() == 1 and "opening" in window.database_label.text()
        window.show_page(MEMBERS)
        history.search.setText("evacu")
        history.apply_query()  # a search typed meanwhile waits for the record
        assert not context.runner.is_idle()

        context.db, context.catalog = record.open()
        window.record_opened()
        qtbot.waitUntil(lambda: context.runner.is_idle() and context.background.is_idle())
        assert [history.model.data(history.model.index(r, 0))
                for r in range(history.model.rowCount())] == ["Evacuation"]  # fmt: skip
        assert window.current_page() is window.members  # the page asked for, now made
        assert window.pages.widget(NEW) is window.new_assessment
        assert history.playbook.findData("sanctions") > 0
        assert context.db.display_name in window.database_label.text()
    finally:
        if not record.is_done():
            record.open()  # work queued in the window waits for it: let it finish
        window.close()
        record.close()


def _shown_while_opening(database_url, tmp_path, qtbot, contexts):
    """The main window shown on its first page while the record is still unopened, with the
    opening in its context (as desktop.app starts it): (record opening, context, window)."""
    record = RecordOpening(database_url, tmp_path)
    context = DeskContext(db=record.db, catalog=record.catalog, runner=DatabaseRunner(),
                          background=BackgroundRunner(), dialogs=RecordingDialogs(),
                          actor="test official", user_playbooks=tmp_path / "playbooks",
                          opening=record)
    contexts.append(context)
    window = MainWindow(context, first_page=read_opening_page(database_url), record_open=False)
    qtbot.addWidget(window)
    window.show()
    return record, context, window


def test_one_case_after_another_opened_while_the_record_opens_each_shows_at_once(
    database, database_url, catalog, tmp_path, qtbot, contexts
) -> None:
    """What a shown case reads from the record itself (its routing stage, its resolution
    dates) waits for the opening without holding the database thread: the next case opened
    meanwhile is read ahead and shown too, not queued behind it."""
    playbook = catalog.get("use-of-force", "1.0")
    first, second = (create_assessment(database, playbook, title=title,
                                       proposed_action="Interdiction", actor="analyst")
                     for title in ("Opened first", "Opened next"))
    record, context, window = _shown_while_opening(database_url, tmp_path, qtbot, contexts)
    try:
        for assessment_id, title in ((first, "Opened first"), (second, "Opened next")):
            window.open_assessment(assessment_id)
            page = window.assessment_page
            with qtbot.waitSignal(page.loaded, timeout=10000):
                pass
            assert page.title.text() == title
            assert len(page.steps) > 0
        assert not record.is_done()  # both shown while the record is still unopened
        context.record_now_open(*record.open())
        window.record_opened()
        qtbot.waitUntil(lambda: page.routing.stage_label.text().startswith("Stage:"),
                        timeout=10000)
    finally:
        if not record.is_done():
            record.open()
        window.close()
        record.close()


def test_a_search_typed_while_the_record_opens_is_answered_without_waiting_for_it(
    database, database_url, catalog, tmp_path, qtbot, contexts
) -> None:
    """The record usable sooner: a search typed at the first page is read with the plain driver
    (models.first_page, models.search's own statement) while the record is still opening; what
    that way cannot read (a date filter) waits for the record."""
    add_assessments(database, catalog, ["Blockade of the strait", "Evacuation"])
    record, context, window = _shown_while_opening(database_url, tmp_path, qtbot, contexts)
    history = window.history
    try:
        with qtbot.waitSignal(history.model.page_loaded, timeout=10000):
            history.search.setText("evacu")
            history.apply_query()
        assert not record.is_done()  # answered while the record is still unopened
        titles = [history.model.data(history.model.index(r, 0))
                  for r in range(history.model.rowCount())]  # fmt: skip
        assert titles == ["Evacuation"]
        expected = search_assessments(database, "evacu", limit=100, count_limit=1000)
        assert history.model.rows == expected.rows

        history.use_from.setChecked(True)  # dates: not read ahead, so it waits for the record
        history.apply_query()
        qtbot.wait(200)
        assert history.model.is_loading()
        context.record_now_open(*record.open())
        window.record_opened()
        qtbot.waitUntil(lambda: context.runner.is_idle() and context.background.is_idle())
        assert not history.model.is_loading()
    finally:
        if not record.is_done():
            record.open()
        window.close()
        record.close()


def test_an_assessment_opened_while_the_record_opens_shows_its_step_without_waiting_for_it(
    database, database_url, catalog, tmp_path, qtbot, contexts
) -> None:
    """Opened from a search answered ahead (the record usable sooner): the assessment, its
    built-in playbook and the members are read with the plain driver (models.assessment_ahead)
    while the record is still opening, and the step shows what is stored; an answer changed
    meanwhile is kept and saved once the record is open."""
    from models.outcome_calls import DECISION
    from models.workflow import load_assessment, save_answer
    from tests.desktop.helpers import answer, supportive_value

    playbook = catalog.get("use-of-force", "1.0")
    assessment_id = create_assessment(database, playbook, title="Opened early",
                                      proposed_action="Interdiction", actor="analyst")
    gravity = playbook.question("harm_gravity")
    stored = supportive_value(gravity)
    save_answer(database, assessment_id, gravity.id, stored, actor="analyst", playbook=playbook,
                rationale="Stored before the window opened")
    record, context, window = _shown_while_opening(database_url, tmp_path, qtbot, contexts)
    try:
        window.open_assessment(assessment_id)
        page = window.assessment_page
        with qtbot.waitSignal(page.loaded, timeout=10000):
            pass
        assert not record.is_done()  # shown while the record is still unopened
        assert page.title.text() == "Opened early"
        editor = page.steps[0].editors[gravity.id]
        assert editor.input.value() == stored
        assert editor.backing.rationale.toPlainText() == "Stored before the window opened"
        assert page.verdict.evaluation is not None  # judged from what was read ahead

        values = [g.value for g in gravity.grades] or [o.id for o in gravity.options]
        changed = next(v for v in values if v != stored)
        answer(qtbot, editor, changed)  # saved once the record is open: nothing is lost
        # What needs the record itself waits for it without holding the database thread
        # (DeskContext.once_open): the stage and the resolution dates are not read yet.
        assert page.routing.stage_label.text() == ""
        assert page.decision is not None  # built when asked for: the decision's own date
        assert not page.resolution.edits[DECISION].isEnabled()
        context.record_now_open(*record.open())
        window.record_opened()
        page.flush()
        qtbot.waitUntil(lambda: context.runner.is_idle() and page.is_settled(), timeout=10000)
        assert load_assessment(database, assessment_id).answers[gravity.id].value == changed
        assert page.routing.stage_label.text().startswith("Stage:")
        assert page.resolution.edits[DECISION].isEnabled()
    finally:
        if not record.is_done():
            record.open()
        window.close()
        record.close()
