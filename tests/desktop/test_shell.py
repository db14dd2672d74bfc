"""The application shell: crash reporting, one window per database, the status bar, remembered
layout, and the members and playbooks pages."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest
from PySide6.QtCore import QSize, QTimer

import desktop.app
from desktop.crash import CrashReporter, configure_logging
from desktop.instance import InstanceLock
from desktop.main_window import MEMBERS, PLAYBOOKS
from playbooks.errors import UserError
from tests.desktop.conftest import RecordingDialogs
from tests.desktop.helpers import unnamed_controls


def test_unexpected_error_is_logged_and_shown_with_details_and_the_app_carries_on(
    qtbot, tmp_path
):
    reporter = CrashReporter(configure_logging(tmp_path / "logs"))
    shown: list[tuple[str, str]] = []
    reporter.show_dialog = lambda summary, details: shown.append((summary, details))
    reporter.install()
    try:
        def broken_handler() -> None:
            raise RuntimeError("boom in a slot")

        timer = QTimer()
        timer.setSingleShot(True)
        timer.timeout.connect(broken_handler)
        with qtbot.waitSignal(timer.timeout):
            timer.start(0)
        qtbot.waitUntil(lambda: bool(shown))
    finally:
        reporter.uninstall()
        for handler in logging.getLogger("concert_desk").handlers:
            handler.flush()
    summary, details = shown[0]
    assert summary == "boom in a slot"
    assert "RuntimeError" in details and "broken_handler" in details
    assert "boom in a slot" in (tmp_path / "logs" / "concert-desk.log").read_text()


def test_crash_dialog_copies_details(qtbot, qapp, tmp_path):
    from desktop.crash import CrashDialog

    dialog = CrashDialog("boom", "Traceback: details", tmp_path / "x.log", None)
    qtbot.addWidget(dialog)
    dialog.copy_details()
    assert qapp.clipboard().text() == "Traceback: details"


def test_second_launch_on_the_same_database_says_so(database_url, monkeypatch, tmp_path):
    from models.db import user_data_dir

    first = InstanceLock(user_data_dir() / "locks", database_url)
    first.acquire()
    said: list[str] = []
    monkeypatch.setattr(desktop.app, "show_startup_problem", said.append)
    try:
        assert desktop.app.run(database_url) == 1
    finally:
        first.release()
    assert "already open on this database" in said[0]


def test_unreachable_database_is_a_plain_message(monkeypatch, tmp_path):
    said: list[str] = []
    monkeypatch.setattr(desktop.app, "show_startup_problem", said.append)
    url = f"sqlite:///{tmp_path}/missing-folder/concert.db"
    assert desktop.app.run(url) == 2
    assert "does not exist" in said[0]


def test_status_bar_shows_database_and_audit_chain(make_window, qtbot):
    window = make_window()
    assert window.context.db.display_name in window.database_label.text()
    # The chain is walked beside the database thread: wait for it rather than for that thread.
    qtbot.waitUntil(lambda: window.chain_label.text().startswith("Audit chain: intact"))


def test_window_geometry_is_remembered(make_window, make_context, qtbot):
    window = make_window()
    window.resize(QSize(780, 560))
    window.splitter.setSizes([150, 630])
    window.close()
    again = make_window(make_context())
    assert again.size() == QSize(780, 560)
    assert again.splitter.sizes()[0] == 150


def test_members_page_lists_the_registry_and_reports_bad_files_by_line(
    make_window, qtbot, tmp_path
):
    window = make_window()
    window.show_page(MEMBERS)
    page = window.members
    qtbot.waitUntil(lambda: page.loaded_once and window.context.runner.is_idle())
    assert page.table.rowCount() > 30
    isos = {page.table.item(r, 1).text() for r in range(page.table.rowCount())}
    assert {"CAN", "IND", "BRA"} <= isos

    bad = tmp_path / "members.yaml"
    bad.write_text("registry_version: 1\nmembers:\n  - iso: XXX1\n")
    window.context.dialogs.files.append(bad)
    page.import_button.click()
    qtbot.waitUntil(lambda: bool(window.context.dialogs.errors))
    _title, text = window.context.dialogs.errors[0]
    assert str(bad) in text and ":" in text

    exported = tmp_path / "out.yaml"
    window.context.dialogs.files.append(exported)
    page.export_button.click()
    qtbot.waitUntil(lambda: exported.exists() and window.context.runner.is_idle())
    assert "CAN" in exported.read_text()


def test_adding_a_playbook_file_shows_its_errors_with_their_line(make_window, qtbot, tmp_path):
    window = make_window()
    window.show_page(PLAYBOOKS)
    page = window.playbooks
    dialogs = window.context.dialogs
    source = Path(window.context.catalog.get("sanctions", "1.0").file).read_text(encoding="utf-8")

    broken = tmp_path / "broken.yaml"
    broken.write_text(source.replace("kind: scale", "kind: sliding_scale", 1), encoding="utf-8")
    dialogs.files.append(broken)
    page.add_button.click()
    qtbot.waitUntil(lambda: bool(dialogs.errors))
    message = dialogs.errors[0][1]
    line = next(i for i, text in enumerate(broken.read_text().splitlines(), 1)
                if "sliding_scale" in text)
    assert f"{broken}:{line}:" in message
    assert f"See line {line}" in message

    good = tmp_path / "sanctions-2.yaml"
    good.write_text(source.replace('version: "1.0"', 'version: "70.0"', 1), encoding="utf-8")
    dialogs.files.append(good)
    page.add_button.click()
    qtbot.waitUntil(lambda: bool(dialogs.infos))
    labels = [page.list.item(i).text() for i in range(page.list.count())]
    assert any("sanctions · version 70.0" in label for label in labels)
    assert (window.context.user_playbooks / "sanctions-70.0.yaml").exists()


def test_adding_a_playbook_file_with_several_problems_lists_them_all(make_window, qtbot,
                                                                      tmp_path):
    # An author fixing a file should see every problem at once (the linter's list, as
    # `playbooks check` prints it), not one per attempt.
    window = make_window()
    window.show_page(PLAYBOOKS)
    dialogs = window.context.dialogs
    source = Path(window.context.catalog.get("sanctions", "1.0").file).read_text(encoding="utf-8")
    broken = tmp_path / "twice-broken.yaml"
    text = source.replace("kind: scale", "kind: sliding_scale", 1)
    text = text.replace("gate: true", "gate: maybe", 1)
    broken.write_text(text, encoding="utf-8")
    lines = [i for i, row in enumerate(text.splitlines(), 1)
             if "sliding_scale" in row or "gate: maybe" in row]
    assert len(lines) == 2
    dialogs.files.append(broken)
    window.playbooks.add_button.click()
    qtbot.waitUntil(lambda: bool(dialogs.errors))
    message = dialogs.errors[0][1]
    assert message.startswith("2 problems in twice-broken.yaml")
    for line in lines:
        assert f"{broken}:{line}:" in message
    assert f"See line {min(lines)} of twice-broken.yaml first." in message
    assert not (window.context.user_playbooks / "sanctions-1.0.yaml").exists()


@pytest.fixture(autouse=True)
def _quiet_logger():
    yield
    log = logging.getLogger("concert_desk")
    for handler in list(log.handlers):
        log.removeHandler(handler)
        handler.close()


RUN_AND_CLOSE = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
import desktop.app
from desktop.main_window import MainWindow

def close_when_ready():
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, MainWindow) and widget.isVisible():
            if not widget.chain_label.text().startswith("Audit chain: intact"):
                QTimer.singleShot(20, close_when_ready)
                return
            print(widget.database_label.text())
            widget.close()
            return
    QTimer.singleShot(20, close_when_ready)

QTimer.singleShot(0, close_when_ready)
sys.exit(desktop.app.run(sys.argv[1]))
"""


def test_run_opens_the_window_on_the_database_and_returns_when_it_closes(database_url,
                                                                          tmp_path):
    # A process of its own, as `python main.py` would be (app.exec() runs the real loop).
    import os
    import subprocess
    import sys

    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen",
           "XDG_CONFIG_HOME": str(tmp_path / "config")}
    root = Path(__file__).resolve().parents[2]
    for _ in range(2):  # the lock is released on exit: a second launch opens too
        done = subprocess.run([sys.executable, "-c", RUN_AND_CLOSE, database_url], cwd=root,
                              env=env, capture_output=True, text=True, timeout=120)
        assert done.returncode == 0, done.stderr
        assert "Database: " in done.stdout


def test_every_control_has_an_accessible_name_and_shortcuts_work(qtbot, make_window):
    from PySide6.QtCore import Qt

    window = make_window()
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page() is window.new_assessment
    page = window.new_assessment
    page.select_playbook("use-of-force")
    qtbot.keyClicks(page.title, "Names")
    assert page.create_button.isEnabled(), (page.hint.text(), page.title.text())
    page.create_button.click()
    qtbot.waitUntil(lambda: window.assessment_page is not None
                    and window.assessment_page.record is not None, timeout=20000)
    assert not unnamed_controls(window)
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page() is window.history
    assert window.history.search.hasFocus()


def test_a_task_failure_is_shown_when_expected_and_raised_when_not():
    dialogs = RecordingDialogs()
    on_error = dialogs.error_shown(None, "The dissent was not recorded")
    on_error(UserError("the dissent has no text"))
    assert dialogs.errors == [("The dissent was not recorded", "the dissent has no text")]
    with pytest.raises(RuntimeError, match="a bug"):  # left to the crash reporter
        on_error(RuntimeError("a bug"))
    assert len(dialogs.errors) == 1
