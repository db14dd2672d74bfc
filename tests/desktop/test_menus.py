"""The menu bar and the keyboard: every command where an official looks for it, case files in
and out through File, About, Quit, the Go keys, and the tab order of the stepper and the
decision step."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDateEdit

from desktop.main_window import HISTORY, MEMBERS, NEW, PLAYBOOKS, REVIEW, TRUST
from desktop.menus import app_version
from models.workflow import load_assessment
from tests.desktop.helpers import answer_everything, decided_record, select_in_history, settle
from tests.desktop.test_assessment import _members, create


def menu_texts(window) -> dict[str, list[str]]:
    menus = {}
    for action in window.menuBar().actions():
        menu = action.menu()
        menus[action.text().replace("&", "")] = [
            item.text().replace("&", "") for item in menu.actions() if not item.isSeparator()
        ]
    return menus


def test_the_menu_bar_offers_every_command(make_window):
    window = make_window()
    assert menu_texts(window) == {
        "File": ["New assessment…", "Import case file…", "Export case file…",
                 "Import bundle…", "Export bundle…", "Profile…", "Signing identities…",
                 "Quit"],
        "Record": ["What-if scenario…", "Verify a memo file…", "Verify the whole archive…",
                   "Trust roots…", "Lock signing keys"],
        "Go": ["History", "New assessment…", "Members", "Playbooks", "Trust roots…",
               "Conditions due", "Review", "Search history"],
        "Help": ["User guide", "Keyboard shortcuts", "About Concert Desk"],
    }
    commands = window.commands
    assert commands.new_assessment.shortcut().toString() == "Ctrl+N"
    assert commands.quit.shortcut().toString() == "Ctrl+Q"
    assert commands.lock_keys.shortcut().toString() == "Ctrl+L"
    assert commands.scenario.shortcut().toString() == "Ctrl+T"
    assert not commands.lock_keys.isEnabled()  # no signing key is unlocked yet


def test_go_keys_reach_every_page(qtbot, make_window):
    window = make_window()
    for key, page in ((Qt.Key.Key_1, HISTORY), (Qt.Key.Key_2, NEW), (Qt.Key.Key_3, MEMBERS),
                      (Qt.Key.Key_4, PLAYBOOKS), (Qt.Key.Key_5, TRUST), (Qt.Key.Key_7, REVIEW)):
        qtbot.keyClick(window, key, Qt.KeyboardModifier.ControlModifier)
        assert window.nav.currentRow() == page
    qtbot.waitUntil(lambda: window.context.runner.is_idle())


def test_about_names_the_version_and_the_database(make_window):
    window = make_window()
    window.commands.about.trigger()
    title, text = window.context.dialogs.infos[-1]
    assert title == "About Concert Desk"
    assert f"Concert Desk {app_version()}" in text
    assert app_version() != "unknown"
    assert window.context.db.display_name in text


def test_quit_closes_the_window_after_saving(qtbot, make_window):
    window = make_window()
    page = create(qtbot, window, title="Typed just before quitting")
    editor = page.steps[0].editors[next(iter(page.steps[0].editors))]
    editor.backing.rationale.setFocus()
    qtbot.keyClicks(editor.backing.rationale, "the last words")
    window.commands.quit.trigger()
    assert not window.isVisible()
    QApplication.processEvents()
    answer = load_assessment(window.context.db, page.assessment_id).answers[editor.question.id]
    assert answer.rationale == "the last words"


def test_export_and_import_a_case_file_through_the_file_menu(qtbot, make_window, database,
                                                              catalog, tmp_path):
    assessment_id, _ = decided_record(database, catalog, title="Cargo inspection regime")
    window = make_window()
    dialogs = window.context.dialogs
    select_in_history(qtbot, window, assessment_id)

    target = tmp_path / "cargo.yaml"
    dialogs.files.append(target)
    window.commands.export_case.trigger()
    qtbot.waitUntil(lambda: bool(dialogs.infos) and window.context.runner.is_idle(),
                    timeout=20000)
    assert dialogs.infos[-1] == ("Case file exported",
                                 f"The case file was written to {target}.")
    assert "Cargo inspection regime" in target.read_text(encoding="utf-8")

    dialogs.files.append(target)
    window.commands.import_case.trigger()
    qtbot.waitUntil(lambda: window.assessment_page is not None
                    and window.assessment_page.record is not None, timeout=20000)
    imported = window.assessment_page
    assert imported.assessment_id != assessment_id
    assert imported.record.title == "Cargo inspection regime"
    assert imported.record.status == "draft"  # a case file always arrives as a draft
    assert set(imported.record.answers) == set(load_assessment(database, assessment_id).answers)


def test_a_bad_case_file_names_its_line_and_creates_nothing(qtbot, make_window, database,
                                                             tmp_path):
    from models.search import search_assessments

    bad = tmp_path / "bad.yaml"
    bad.write_text("format_version: 1\ntitle: Broken\nplaybook: no-such-playbook\n",
                   encoding="utf-8")
    window = make_window()
    dialogs = window.context.dialogs
    dialogs.files.append(bad)
    window.commands.import_case.trigger()
    qtbot.waitUntil(lambda: bool(dialogs.errors) and window.context.runner.is_idle(),
                    timeout=20000)
    title, text = dialogs.errors[-1]
    assert title == "The case file was not imported"
    assert text.startswith(f"{bad}:") and "\n" not in text
    assert window.assessment_page is None
    assert search_assessments(database).total == 0


def test_export_without_a_chosen_assessment_says_what_to_do(make_window):
    window = make_window()
    window.commands.export_case.trigger()
    assert window.context.dialogs.infos[-1][1].startswith("Select an assessment in History")


def test_tab_goes_through_a_step_before_its_buttons_and_the_decision_in_order(qtbot,
                                                                             make_window):
    window = make_window()
    page = create(qtbot, window, title="Tab order")
    page.go_to_step(1)
    step = page.steps[1]
    page.step_list.setFocus()
    reached = []
    for _ in range(100):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        if QApplication.focusWidget() is page.previous_button:
            break
        reached.append(QApplication.focusWidget())
    else:
        raise AssertionError("Tab never reached the Previous button")
    # From the step list, Tab walks the questions of the step on screen, then the buttons.
    assert reached and all(step.isAncestorOf(widget) for widget in reached), reached
    first = step.first_input()
    assert any(widget is first or first.isAncestorOf(widget) for widget in reached)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is page.next_button
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is page.verdict_button
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is page.verdict

    answer_everything(qtbot, page, [m.iso for m in _members(page)])
    settle(qtbot, page)
    decision = page.decision
    decision.choose("approve")
    decision.choice_buttons["approve"].setFocus()
    order = []
    for _ in range(12):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        order.append(QApplication.focusWidget())
        if order[-1] is page.previous_button:
            break
    # The decision's resolution date (issue 16) is chosen with the decision: in the form,
    # before the button that records it.
    assert order[:4] == [decision.decided_by, decision.decider.identity,
                         decision.decider.browse, decision.justification]
    # (Tab walks the date's day, month and year before leaving it.)
    assert order[-2:] == [decision.submit, page.previous_button]
    assert order[4:-2] and all(isinstance(w, QDateEdit) for w in order[4:-2]), order[4:-2]
