"""The change bus: every write made from the window is announced once it has committed
(DeskContext.record_changed, a models.changes.RecordChange), and every view that shows what
changed reads it again without anyone wiring it to the writer: the status bar's audit chain,
the History list and detail, the open assessment's memo and dissent lists, an open memo
viewer's badge, the Trust roots page."""

from __future__ import annotations

import threading

from PySide6.QtWidgets import QWidget

from desktop.main_window import HISTORY, TRUST
from desktop.memo.signing import UNSIGNED
from models.audit_check import verify_chain
from models.changes import Part, RecordChange
from tests.desktop.helpers import (
    answer,
    decided_record,
    select_in_history,
    settle,
    supportive_value,
    untrusted_signers,
)
from tests.desktop.test_assessment import create
from tests.desktop.test_memo import fill_signing
from tests.desktop.test_trust_roots import add_file


def chain_shows_the_record(qtbot, window) -> int:
    """Wait until the status bar shows the audit chain as it is in the database; its count."""
    qtbot.waitUntil(window.context.runner.is_idle, timeout=20000)
    entries = verify_chain(window.context.db, check_records=False).entries
    qtbot.waitUntil(lambda: window.chain_label.text() == f"Audit chain: intact ({entries} "
                    "entries)", timeout=20000)
    return entries


def test_the_status_bar_counts_the_entries_of_answers_saved_and_assessments_made(
        qtbot, make_window):
    window = make_window()
    before = chain_shows_the_record(qtbot, window)
    page = create(qtbot, window, title="Counted in the chain")
    created = chain_shows_the_record(qtbot, window)
    assert created == before + 2  # the playbook's file kept in the record, the assessment
    create(qtbot, window, title="Counted again")
    assert chain_shows_the_record(qtbot, window) == created + 1  # the file is kept once
    page = create(qtbot, window, title="Counted in the chain, answered")
    created += 2
    step = page.steps[0]
    for editor in list(step.editors.values())[:2]:
        answer(qtbot, editor, supportive_value(editor.question))
    settle(qtbot, page)
    assert chain_shows_the_record(qtbot, window) == created + 2


def test_adding_a_trust_root_updates_the_status_bar_and_an_open_memos_badge(
        qtbot, make_window, database, catalog, tmp_path):
    authority, signers = untrusted_signers(tmp_path)
    assessment_id, _memo = decided_record(database, catalog, signers=signers)
    window = make_window()
    before = chain_shows_the_record(qtbot, window)
    select_in_history(qtbot, window, assessment_id)
    detail = window.history.detail
    with qtbot.waitSignal(detail.memos.viewer_opened, timeout=20000) as opened:
        detail.view_memo.click()
    viewer = opened.args[0]
    try:
        qtbot.waitUntil(lambda: viewer.badge is not None, timeout=30000)
        assert viewer.badge.state == "invalid"
        assert "NOT trusted" in viewer.badge_label.text()

        window.show_page(TRUST)
        page = window.trust_roots
        qtbot.waitUntil(lambda: page.loaded_once and window.context.runner.is_idle())
        with qtbot.waitSignal(viewer.badge_shown, timeout=30000) as shown:
            add_file(qtbot, window, page, authority.certificate_path)
        assert shown.args[0].state == "valid", shown.args[0].reason
        assert "NOT trusted" not in viewer.badge_label.text()
        assert chain_shows_the_record(qtbot, window) == before + 1
        qtbot.waitUntil(lambda: page.table.rowCount() == 1)
    finally:
        viewer.close()


def test_a_memo_the_helper_stores_shows_wherever_its_assessment_is_shown(
        qtbot, make_window, database, catalog):
    assessment_id, _ = decided_record(database, catalog, title="Shown in two places")
    window = make_window()
    window.open_assessment(assessment_id)
    page = window.assessment_page
    qtbot.waitUntil(lambda: page.decision is not None and window.context.runner.is_idle(),
                    timeout=20000)
    memo_list = page.decision.memos.list
    assert memo_list.count() == 0
    before = chain_shows_the_record(qtbot, window)

    # Issued from History's detail view while the assessment is open in the stepper.
    select_in_history(qtbot, window, assessment_id)
    detail = window.history.detail
    window.context.dialogs.exec_dialog = fill_signing({}, mode=UNSIGNED)
    with qtbot.waitSignal(window.context.record_changed, timeout=60000) as announced:
        detail.memos.issue(detail.record)
    change = announced.args[0]
    assert change.has(Part.MEMOS) and change.touches(assessment_id)

    qtbot.waitUntil(lambda: memo_list.count() == 1 and detail.memo_choice.count() == 1,
                    timeout=20000)
    assert "unsigned" in memo_list.item(0).text()
    assert window.current_page() is window.history  # nothing took the official elsewhere
    # Two entries: the memo's reference reserved before rendering, then the memo stored.
    assert chain_shows_the_record(qtbot, window) == before + 2
    qtbot.waitUntil(lambda: bool(detail.memos.viewers), timeout=20000)
    for viewer in list(detail.memos.viewers):
        viewer.close()


def test_history_on_screen_follows_a_decision_made_in_the_stepper(qtbot, make_window):
    from tests.desktop.test_memo import decided_page

    window = make_window()
    page = decided_page(qtbot, window, title="Decided in the stepper")
    select_in_history(qtbot, window, page.assessment_id)
    detail = window.history.detail
    assert detail.record.status == "decided"

    # A dissent recorded on the open assessment's decision step, with History on screen.
    window.show_page(HISTORY)
    step = page.decision
    step.reviewer.setText("Legal adviser")
    step.dissent_text.setPlainText("No written mandate.")
    step.add_dissent_button.click()
    qtbot.waitUntil(lambda: "Dissent (Legal adviser)" in detail.text.toPlainText()
                    and step.dissents.count() == 1, timeout=20000)
    row = next(r for r in range(window.history.model.rowCount())
               if window.history.model.assessment_id(r) == page.assessment_id)
    assert window.history.table.currentIndex().row() == row  # still selected after the refresh


def test_a_write_is_announced_once_committed_even_when_its_asker_has_gone(qtbot, make_context):
    context = make_context()
    heard: list[RecordChange] = []
    order: list[str] = []
    context.record_changed.connect(lambda change: (heard.append(change), order.append("bus")))
    owner = QWidget()
    change = RecordChange.of(Part.TRUST_ROOTS)

    context.write(lambda: 1, change, lambda _r: order.append("on_done"), owner=owner)
    qtbot.waitUntil(context.runner.is_idle)
    assert heard == [change] and order == ["bus", "on_done"]

    asker_gone = threading.Event()

    def write() -> int:
        asker_gone.wait(20)
        return 2

    context.write(write, lambda result: RecordChange.of(Part.ASSESSMENTS,
                                                        assessments=[f"id-{result}"]),
                  lambda _r: order.append("late on_done"), owner=owner)
    with qtbot.waitSignal(owner.destroyed):
        owner.deleteLater()  # the asker goes before the write is done
    asker_gone.set()
    qtbot.waitUntil(context.runner.is_idle)
    assert heard[-1].touches("id-2") and Part.AUDIT in heard[-1].parts
    assert "late on_done" not in order

    def fails() -> None:
        raise ValueError("not written")

    errors: list[BaseException] = []
    context.write(fails, change, on_error=errors.append)
    qtbot.waitUntil(context.runner.is_idle)
    assert len(heard) == 2 and isinstance(errors[0], ValueError)  # nothing announced
