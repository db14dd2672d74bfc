"""The official's profile: asked at first run when no name is set, editable with File >
Profile…, and used from then on: the actor of the audit entries, the memo's From line, the
identity the signing dialog pre-selects."""

from __future__ import annotations

import subprocess

import pytest
import sqlalchemy as sa
from PySide6.QtCore import QSettings

from desktop.memo.signing import UNSIGNED
from desktop.profile import ProfileDialog, load_profile, os_user
from models.errors import InvalidInput
from models.location import user_data_dir
from models.profile import Profile, checked_profile, read_profile
from models.tables import AuditEntry
from models.workflow import get_memo
from tests.desktop.test_assessment import create
from tests.desktop.test_memo import decided_page

ANA = "Ana Drafter (Desk officer, Crisis Unit)"


def last_actor(db) -> str:
    with db.session() as session:
        return session.execute(
            sa.select(AuditEntry.actor).order_by(AuditEntry.seq.desc()).limit(1)
        ).scalar_one()


def fill_profile(asked: list[dict], name="Ana Drafter", role="Desk officer",
                 unit="Crisis Unit", identity=""):
    def exec_dialog(dialog: ProfileDialog) -> bool:
        asked.append({"first_run": dialog.first_run, "title": dialog.windowTitle(),
                      "parent": dialog.parent()})
        dialog.name.setText(name)
        dialog.role.setText(role)
        dialog.unit.setText(unit)
        dialog.identity.setText(identity)
        assert dialog.save.isEnabled(), dialog.hint.text()
        return True

    return exec_dialog


def test_the_actor_is_the_name_with_role_and_unit_and_bad_names_are_refused() -> None:
    assert checked_profile("  Ana Drafter ", " Desk officer", "Crisis Unit ").actor == ANA
    assert checked_profile("Ana", unit="Crisis Unit").actor == "Ana (Crisis Unit)"
    assert Profile("Ana").actor == "Ana"
    for person, role in (("", ""), ("   ", ""), ("Ana\nDrafter", ""), ("Ana\u202e", ""),
                         ("Ana", "Desk\u2066officer"), ("Ana", "x" * 200)):
        with pytest.raises(InvalidInput):
            checked_profile(person, role)


def test_the_first_run_asks_and_the_answer_is_the_actor_of_the_next_change(
        qtbot, make_context, make_window):
    context = make_context()
    assert load_profile() is None  # fresh settings: the first run
    asked: list[dict] = []
    context.dialogs.exec_dialog = fill_profile(asked)
    window = make_window(context, first_run_profile=True)
    qtbot.waitUntil(lambda: bool(asked))
    assert asked == [{"first_run": True, "title": "Welcome to Concert Desk", "parent": window}]
    assert context.actor == ANA and load_profile() == Profile("Ana Drafter", "Desk officer",
                                                               "Crisis Unit")
    # Kept where the command line reads it too (tests/cli/test_profile_cli.py), not in Qt's
    # settings, so a script run by the same official records the same name.
    assert read_profile(user_data_dir()) == load_profile()
    assert QSettings().value("user/name") is None

    page = create(qtbot, window)  # the next change
    qtbot.waitUntil(lambda: context.runner.is_idle())
    assert last_actor(context.db) == ANA
    assert page.record.created_by == ANA
    assert page.decision.decided_by.text() == "Ana Drafter"  # a decision names a person


def test_the_first_run_question_cancelled_keeps_the_os_user_and_a_set_profile_is_not_asked(
        qtbot, make_context, make_window):
    context = make_context()
    asked = []

    def cancel(dialog) -> bool:
        asked.append(dialog.name.text())
        return False

    context.dialogs.exec_dialog = cancel
    make_window(context, first_run_profile=True)
    qtbot.waitUntil(lambda: bool(asked))
    assert asked == [os_user()]  # pre-filled with the operating system's user name
    assert context.actor == "test official" and load_profile() is None

    QSettings().setValue("user/name", "Ana Drafter")
    again = make_context()
    again.dialogs.exec_dialog = cancel
    make_window(again, first_run_profile=True)
    qtbot.wait(50)
    assert len(asked) == 1  # a name is set: not asked


def test_a_profile_edited_by_hand_into_something_unrecordable_is_asked_for_again(
        qtbot, make_context, make_window):
    QSettings().setValue("user/name", "Ana\u202eDrafter")
    context = make_context()
    seen = []

    def look_and_cancel(dialog) -> bool:
        seen.append((dialog.name.text(), dialog.save.isEnabled(), dialog.hint.text()))
        return False

    context.dialogs.exec_dialog = look_and_cancel
    make_window(context, first_run_profile=True)
    qtbot.waitUntil(lambda: bool(seen))
    name, can_save, hint = seen[0]
    assert name == "Ana\u202eDrafter" and not can_save and "bidirectional" in hint
    assert context.actor == os_user() and context.profile is None  # not the unrecordable one


def test_editing_the_profile_from_the_menu_changes_the_actor_of_later_writes(
        qtbot, make_window):
    window = make_window()
    context = window.context
    create(qtbot, window, title="Before")
    qtbot.waitUntil(lambda: context.runner.is_idle())
    assert last_actor(context.db) == "test official"

    file_menu = window.menuBar().actions()[0].menu()
    assert window.commands.profile in file_menu.actions()
    asked: list[dict] = []
    context.dialogs.exec_dialog = fill_profile(asked, name="Bo Lindqvist", role="Head of unit",
                                               unit="Sanctions")
    window.commands.profile.trigger()
    assert len(asked) == 1 and not asked[0]["first_run"]
    assert context.actor == "Bo Lindqvist (Head of unit, Sanctions)"

    create(qtbot, window, title="After")
    qtbot.waitUntil(lambda: context.runner.is_idle())
    assert last_actor(context.db) == "Bo Lindqvist (Head of unit, Sanctions)"

    # Opened again, the dialog shows what is stored; a refused name cannot be saved.
    def check_and_cancel(dialog) -> bool:
        assert (dialog.name.text(), dialog.role.text(), dialog.unit.text()) == (
            "Bo Lindqvist", "Head of unit", "Sanctions")
        dialog.name.setText("Bo\u202eLindqvist")
        assert not dialog.save.isEnabled() and "bidirectional" in dialog.hint.text()
        return False

    context.dialogs.exec_dialog = check_and_cancel
    window.commands.profile.trigger()
    assert context.actor == "Bo Lindqvist (Head of unit, Sanctions)"


def test_the_memo_is_from_the_profile_and_signing_preselects_its_identity(
        qtbot, make_window, tmp_path):
    window = make_window()
    context = window.context
    identity = tmp_path / "ana.p12"
    context.dialogs.exec_dialog = fill_profile([], identity=str(identity))
    window.commands.profile.trigger()
    assert context.profile is not None and context.profile.identity == str(identity)

    page = decided_page(qtbot, window)
    seen = {}

    def issue_unsigned(dialog) -> bool:
        seen["drafter"] = dialog.drafter.path.text()
        dialog.choose(UNSIGNED)
        return True

    context.dialogs.exec_dialog = issue_unsigned
    memos = page.decision.memos
    with qtbot.waitSignal(memos.memo_actions.issued, timeout=60000) as issued:
        memos.issue_button.click()
    assert seen["drafter"] == str(identity)  # pre-selected as the drafting official's
    for viewer in list(memos.memo_actions.viewers):
        viewer.close()
    memo = get_memo(context.db, issued.args[0].id)
    pdf = tmp_path / "memo.pdf"
    pdf.write_bytes(memo.pdf)
    text = " ".join(subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True,
                                   text=True, check=True).stdout.split())  # fmt: skip
    assert f"FROM {ANA} DATE" in text, text[:400]
    assert last_actor(context.db) == ANA  # the memo stored in the record by the profile too


ASK_AND_CLOSE = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
import desktop.app
from desktop.main_window import MainWindow
from desktop.profile import ProfileDialog

def close_when_asked():
    windows = QApplication.topLevelWidgets()
    asked = [w for w in windows if isinstance(w, ProfileDialog) and w.isVisible()]
    if not asked:
        QTimer.singleShot(20, close_when_asked)
        return
    print("asked:", asked[0].windowTitle(), "|", asked[0].name.text(), flush=True)
    for window in windows:
        if isinstance(window, MainWindow):
            window.close()  # with the question open: the app still ends

QTimer.singleShot(0, close_when_asked)
sys.exit(desktop.app.run(sys.argv[1]))
"""


def test_the_app_asks_at_first_run_and_ends_when_closed_with_the_question_open(
        database_url, tmp_path):
    import os
    import sys
    from pathlib import Path

    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen",
           "XDG_CONFIG_HOME": str(tmp_path / "config"),
           "CONCERT_DATA_DIR": str(tmp_path / "data")}
    done = subprocess.run([sys.executable, "-c", ASK_AND_CLOSE, database_url],
                          cwd=Path(__file__).resolve().parents[2], env=env,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert f"asked: Welcome to Concert Desk | {os_user()}" in done.stdout
