"""The assessment by keyboard alone: the member positions table edited like a spreadsheet
(arrow keys move and never change a position, a letter sets it, one Tab stop, a bulk set for
a selection) on the Authority gate of a real assessment, with what was saved read back."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop.widgets.member_positions import MemberPositionsInput
from models.workflow import load_assessment
from tests.desktop.helpers import settle
from tests.desktop.test_assessment import create

SHIFT = Qt.KeyboardModifier.ShiftModifier


def positions_step(qtbot, window):
    """A new use-of-force draft opened at its Authority step (a gate), the table focused."""
    page = create(qtbot, window, title="Positions by keyboard")
    for index, step in enumerate(page.steps):
        for editor in step.editors.values():
            if isinstance(editor.input, MemberPositionsInput):
                page.go_to_step(index)
                assert step.criterion.gate
                window.activateWindow()  # on a real X server keys go to the active window
                qtbot.waitUntil(window.isActiveWindow)
                editor.input.table.setFocus()
                qtbot.waitUntil(lambda t=editor.input.table: t.hasFocus())
                return page, editor.input
    raise AssertionError("the playbook asks for no member positions")


def test_a_letter_then_down_sets_one_member_and_moves_on_without_changing_it(qtbot,
                                                                           make_window):
    window = make_window()
    page, positions = positions_step(qtbot, window)
    table = positions.table
    members = [table.item(r, 1).text() for r in range(table.rowCount())]
    table.setCurrentCell(0, 0)
    qtbot.keyClick(table, Qt.Key.Key_E)          # the first member endorses
    qtbot.keyClick(table, Qt.Key.Key_Down)       # Down moves: it never changes a value
    qtbot.keyClick(table, Qt.Key.Key_O)          # the second opposes
    qtbot.keyClick(table, Qt.Key.Key_Down)
    qtbot.keyClick(table, Qt.Key.Key_Down)
    qtbot.keyClick(table, Qt.Key.Key_A)          # the fourth abstains
    qtbot.keyClick(table, Qt.Key.Key_Up)
    qtbot.keyClick(table, Qt.Key.Key_N)          # the third was not consulted
    qtbot.keyClick(table, Qt.Key.Key_Up)
    qtbot.keyClick(table, Qt.Key.Key_Up)
    qtbot.keyClick(table, Qt.Key.Key_Down)
    assert table.currentRow() == 1
    expected = {members[0]: "endorse", members[1]: "oppose", members[2]: "not_consulted",
                members[3]: "abstain"}
    assert positions.value() == expected
    qtbot.keyClick(table, Qt.Key.Key_Delete)     # the second has no position after all
    del expected[members[1]]
    settle(qtbot, page)
    assert load_assessment(page.context.db, page.assessment_id).answers[
        "member_positions"].value == expected


def test_other_letters_neither_move_nor_set_and_a_decided_record_takes_no_key(qtbot,
                                                                             make_window):
    window = make_window()
    _page, positions = positions_step(qtbot, window)
    table = positions.table
    table.setCurrentCell(2, 0)
    qtbot.keyClicks(table, "zxq")  # not a position, and no jump to a member named so
    assert table.currentRow() == 2 and positions.value() is None
    positions.set_read_only(True)
    qtbot.keyClick(table, Qt.Key.Key_E)
    qtbot.keyClick(table, Qt.Key.Key_Down)
    assert table.currentRow() == 3 and positions.value() is None


def test_shift_down_selects_rows_and_one_letter_sets_them_all(qtbot, make_window):
    window = make_window()
    page, positions = positions_step(qtbot, window)
    table = positions.table
    members = [table.item(r, 1).text() for r in range(table.rowCount())]
    table.setCurrentCell(1, 0)
    for _ in range(4):
        qtbot.keyClick(table, Qt.Key.Key_Down, SHIFT)
    qtbot.keyClick(table, Qt.Key.Key_O)
    assert positions.value() == {iso: "oppose" for iso in members[1:6]}
    # Ctrl+A then E: everyone endorses, the opposed included (a letter sets what is selected).
    qtbot.keyClick(table, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(table, Qt.Key.Key_E)
    assert positions.value() == {iso: "endorse" for iso in members}
    # The mouse's way: select, choose, press "Give to the selected".
    table.clearSelection()
    table.selectRow(0)
    positions.fill_position.setCurrentIndex(positions.fill_position.findData("abstain"))
    positions.selected_button.click()
    assert positions.value()[members[0]] == "abstain"
    settle(qtbot, page)
    saved = load_assessment(page.context.db, page.assessment_id).answers["member_positions"]
    assert saved.value == positions.value()


def test_the_positions_table_is_one_tab_stop(qtbot, make_window):
    window = make_window()
    _page, positions = positions_step(qtbot, window)
    table = positions.table
    table.setCurrentCell(0, 0)
    qtbot.keyClick(table, Qt.Key.Key_Tab)
    after = QApplication.focusWidget()
    assert after is not table and not table.isAncestorOf(after)
    assert after is positions.fill_position  # what follows the table, not another row
    qtbot.keyClick(after, Qt.Key.Key_Tab, SHIFT)
    assert QApplication.focusWidget() is table


def test_a_new_evidence_item_is_in_the_tab_chain_where_it_stands(qtbot, make_window):
    window = make_window()
    page = create(qtbot, window, title="Evidence by keyboard")
    page.go_to_step(0)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    editors = list(page.steps[0].editors.values())
    evidence = editors[0].backing.evidence
    evidence.add_button.setFocus()
    qtbot.keyClick(evidence.add_button, Qt.Key.Key_Space)  # add one by keyboard
    item = evidence.items[-1]
    qtbot.waitUntil(item.remove.isVisible)  # a widget added to a shown page shows a moment later
    assert QApplication.focusWidget() is item.summary
    reached = []
    for _ in range(6):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        reached.append(QApplication.focusWidget())
    assert reached[:5] == [item.source, item.reliability, item.credibility, item.remove,
                           evidence.add_button]
    assert editors[1].isAncestorOf(reached[5])  # then on to the next question


def test_clear_answer_shows_where_the_focus_is(qtbot, make_window):
    window = make_window()
    page = create(qtbot, window, title="Focus ring")
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    choice = next(e.input for e in page.steps[0].editors.values() if hasattr(e.input, "choose"))
    choice.choose(choice._values[0])
    clear = choice._clear
    unfocused = clear.grab().toImage()
    choice.buttons()[0].setFocus()
    qtbot.keyClick(choice.buttons()[0], Qt.Key.Key_Tab)  # reached by keyboard, as a user does
    assert clear.hasFocus()
    assert clear.grab().toImage() != unfocused  # the focus is drawn, not only held
    qtbot.keyClick(clear, Qt.Key.Key_Space)
    assert choice.value() is None


def test_down_from_historys_search_reaches_the_results(qtbot, make_window, database, catalog):
    from tests.desktop.helpers import decided_record

    decided_record(database, catalog, title="Naval interdiction")
    window = make_window()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    history = window.history
    history.refresh()
    qtbot.waitUntil(lambda: history.model.rowCount() == 1, timeout=20000)
    window.focus_search()
    qtbot.waitUntil(lambda: window.context.runner.is_idle() and history.model.rowCount() == 1,
                    timeout=20000)
    qtbot.keyClick(history.search, Qt.Key.Key_Down)
    assert QApplication.focusWidget() is history.table
    assert history.table.currentIndex().row() == 0
    qtbot.waitUntil(lambda: history.detail.record is not None, timeout=20000)


def test_help_lists_the_keyboard_shortcuts(make_window):
    window = make_window()
    window.commands.shortcuts.trigger()
    title, text = window.context.dialogs.infos[-1]
    assert title == "Keyboard shortcuts"
    for expected in ("Ctrl+N", "New assessment", "Ctrl+F", "E / O / A / N", "Page Down",
                     "Alt+L"):
        assert expected in text


def test_the_memo_viewer_scrolls_with_page_down_without_a_click(qtbot, make_context,
                                                                database, catalog, tmp_path):
    from desktop.memo.viewer import MemoViewer
    from tests.desktop.helpers import decided_record, untrusted_signers

    _authority, signers = untrusted_signers(tmp_path)
    _id, memo_id = decided_record(database, catalog, signers=signers)
    viewer = MemoViewer(make_context(), memo_id)
    qtbot.addWidget(viewer)
    viewer.resize(700, 500)
    viewer.show()
    viewer.activateWindow()
    qtbot.waitUntil(lambda: bool(viewer.images) and viewer.badge is not None, timeout=60000)
    bar = viewer.page_area.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0)
    assert bar.value() == 0
    qtbot.keyClick(QApplication.focusWidget() or viewer, Qt.Key.Key_PageDown)
    assert bar.value() > 0
    viewer.close()
