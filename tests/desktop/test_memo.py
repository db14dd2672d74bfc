"""Issuing a signed memo from the window, viewing it with its badge, finding and verifying it
in History; a wrong passphrase issues nothing; the window keeps running while signing; the
memo helper is warm before the first memo; signing keys stay unlocked for the next memo until
their time is up, the official locks them, or the window closes."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QTimer

from desktop.main_window import HISTORY
from desktop.memo.signing import BOTH, DRAFTER_ONLY, UNSIGNED
from models.workflow import add_trust_root, load_assessment
from reports.identity import create_test_identity, load_or_create_test_ca
from tests.desktop.helpers import answer_everything, settle
from tests.desktop.test_assessment import _members, create

PASSPHRASE = "correct horse"


@pytest.fixture
def identities(tmp_path, database):
    authority = load_or_create_test_ca()
    add_trust_root(database, authority.certificate_path.read_bytes(), actor="test")
    paths = {}
    for name, role in (("Ana Drafter", "Drafting official"), ("Min Ister", "Minister")):
        path = tmp_path / f"{name.split()[0].lower()}.p12"
        path.write_bytes(create_test_identity(name, PASSPHRASE.encode(), role=role,
                                              authority=authority))
        paths[role] = path
    return paths


def decided_page(qtbot, window, title="Strait interdiction"):
    page = create(qtbot, window, title=title)
    answer_everything(qtbot, page, [m.iso for m in _members(page)])
    settle(qtbot, page)
    page.decision.choose("approve")
    page.decision.decided_by.setText("Min Ister")  # the minister who countersigns
    with qtbot.waitSignal(page.loaded, timeout=20000):
        page.decision.submit.click()
    return page


def fill_signing(identities, passphrase=PASSPHRASE, mode=BOTH):
    def exec_dialog(dialog) -> bool:
        dialog.choose(mode)
        if mode != UNSIGNED:
            dialog.drafter.path.setText(str(identities["Drafting official"]))
            dialog.drafter.passphrase.setText(passphrase)
            dialog.minister.path.setText(str(identities["Minister"]))
            dialog.minister.passphrase.setText(passphrase)
        assert dialog.ok.isEnabled(), dialog.hint.text()
        return True

    return exec_dialog


def test_issue_sign_view_find_and_verify(qtbot, make_window, identities):
    window = make_window()
    page = decided_page(qtbot, window)
    memos = page.decision.memos
    window.context.dialogs.exec_dialog = fill_signing(identities)

    ticks_while_signing = []
    heartbeat = QTimer()
    heartbeat.setInterval(5)
    heartbeat.timeout.connect(
        lambda: ticks_while_signing.append(1) if memos.memo_actions.worker
        and memos.memo_actions.worker.running else None
    )
    heartbeat.start()
    try:
        with qtbot.waitSignal(memos.memo_actions.viewer_opened, timeout=60000) as opened:
            memos.issue_button.click()
    finally:
        heartbeat.stop()
    assert len(ticks_while_signing) >= 2, (
        f"the event loop stalled while the memo was signed: the 5 ms heartbeat fired "
        f"{len(ticks_while_signing)} time(s) (typically 200+)"
    )
    assert not window.context.dialogs.errors

    viewer = opened.args[0]
    with qtbot.waitSignal(viewer.badge_shown, timeout=30000) as shown:
        pass
    badge = shown.args[0]
    assert badge.state == "valid", badge.reason
    assert "Ana Drafter" in badge.headline and "Min Ister" in badge.headline
    assert "intact" in viewer.badge_label.text() and "trusted" in viewer.badge_label.text()
    qtbot.waitUntil(lambda: bool(viewer.images), timeout=30000)
    assert viewer.pages_layout.count() == len(viewer.images) >= 1
    viewer.close()

    record = load_assessment(window.context.db, page.assessment_id)
    assert [m.stage for m in record.memos][-1] == "countersigned"

    # Find it again by typing in History, then verify the stored memo from there.
    window.show_page(HISTORY)
    history = window.history
    history.search.setFocus()
    qtbot.keyClicks(history.search, "Strait interd")
    qtbot.waitUntil(lambda: history.model.rowCount() == 1
                    and history.model.query.text == "Strait interd"
                    and window.context.runner.is_idle(), timeout=20000)
    history.table.selectRow(0)
    qtbot.waitUntil(lambda: history.detail.record is not None
                    and history.detail.memo_choice.count() == 1, timeout=20000)
    assert "Strait interdiction" in history.detail.text.toPlainText()
    with qtbot.waitSignal(history.detail.memos.verified, timeout=30000) as verified:
        history.detail.verify_memo.click()
    assert verified.args[0].state == "valid"
    assert window.context.dialogs.infos[-1][0] == "Memo verification"


def test_a_wrong_passphrase_issues_nothing_and_asks_again(qtbot, make_window, identities):
    window = make_window()
    page = decided_page(qtbot, window)
    memos = page.decision.memos
    wrong = fill_signing(identities, passphrase="wrong")
    asked = []

    def wrong_then_cancel(dialog) -> bool:
        asked.append(dialog.hint.text())
        return wrong(dialog) if len(asked) == 1 else False

    window.context.dialogs.exec_dialog = wrong_then_cancel
    with qtbot.waitSignal(memos.memo_actions.failed_to_issue, timeout=30000) as failed:
        memos.issue_button.click()
    assert "wrong passphrase" in failed.args[0]
    assert len(asked) == 2 and "wrong passphrase" in asked[1]  # the dialog said it
    assert load_assessment(window.context.db, page.assessment_id).memos == ()
    assert memos.list.count() == 0


def test_an_unsigned_memo_can_be_signed_later(qtbot, make_window, identities):
    window = make_window()
    page = decided_page(qtbot, window)
    memos = page.decision.memos
    window.context.dialogs.exec_dialog = fill_signing(identities, mode=UNSIGNED)
    with qtbot.waitSignal(memos.memo_actions.issued, timeout=60000) as issued:
        memos.issue_button.click()
    assert issued.args[0].stage == "unsigned"
    for viewer in list(memos.memo_actions.viewers):
        viewer.close()
    qtbot.waitUntil(lambda: memos.list.count() == 1 and memos.sign_button.isVisible())

    def sign_as_drafter(dialog) -> bool:
        dialog.drafter.path.setText(str(identities["Drafting official"]))
        dialog.drafter.passphrase.setText(PASSPHRASE)
        return True

    window.context.dialogs.exec_dialog = sign_as_drafter
    with qtbot.waitSignal(memos.memo_actions.issued, timeout=60000) as signed:
        memos.sign_button.click()
    assert signed.args[0].stage == "drafted"
    for viewer in list(memos.memo_actions.viewers):
        viewer.close()


def test_a_memo_helper_that_dies_reports_it_and_the_next_issue_works(qtbot, make_window,
                                                                      identities):
    window = make_window()
    page = decided_page(qtbot, window)
    memos = page.decision.memos
    window.context.dialogs.exec_dialog = fill_signing(identities)
    helper = window.context.memo_helper()

    def kill_helper(*_progress) -> None:
        if memos.memo_actions.worker.job is not None:  # the helper has the job
            memos.memo_actions.progress.disconnect(kill_helper)
            helper._process.kill()

    memos.memo_actions.progress.connect(kill_helper)
    with qtbot.captureExceptions() as raised, \
            qtbot.waitSignal(memos.memo_actions.failed_to_issue, timeout=60000) as failed:
        memos.issue_button.click()
    assert failed.args[0] == "an unexpected error; see the report"
    assert [kind.__name__ for kind, *_ in raised] == ["MemoHelperStopped"]
    assert "memo helper process ended" in str(raised[0][1])
    assert load_assessment(window.context.db, page.assessment_id).memos == ()

    with qtbot.waitSignal(memos.memo_actions.issued, timeout=60000) as issued:
        memos.issue_button.click()
    assert issued.args[0].stage == "countersigned"
    for viewer in list(memos.memo_actions.viewers):
        viewer.close()


def test_keys_stay_unlocked_for_the_next_memo_until_the_official_locks_them(
        qtbot, make_window, identities, database, catalog):
    from tests.desktop.helpers import decided_record

    second, _ = decided_record(database, catalog, title="Second interdiction")  # no memo yet
    window = make_window()
    page = decided_page(qtbot, window)
    memos = page.decision.memos
    status, lock = window.keys_status, window.commands.lock_keys
    assert not status.isVisible() and not lock.isEnabled()

    window.context.dialogs.exec_dialog = fill_signing(identities)  # keep: the default 15 min
    with qtbot.waitSignal(memos.memo_actions.viewer_opened, timeout=60000):
        memos.issue_button.click()
    qtbot.waitUntil(lambda: status.isVisible() and lock.isEnabled(), timeout=20000)
    assert status.label.text() == "Signing keys unlocked: 2 (the first locks in 15 min)"
    assert "Ana Drafter" in status.toolTip() and "Min Ister" in status.toolTip()

    def issue_without_passphrases(dialog) -> bool:
        for row, role in ((dialog.drafter, "Drafting official"), (dialog.minister, "Minister")):
            assert row.path.text() == str(identities[role])  # remembered from the last memo
            assert row.passphrase.text() == ""
            assert "is unlocked for 15 more minutes" in row.key_state.text()
        assert dialog.ok.isEnabled(), dialog.hint.text()
        return True

    for viewer in list(memos.memo_actions.viewers):
        viewer.close()
    # The next memo is another decision's: this one's is issued, so Issue is off here.
    qtbot.waitUntil(lambda: memos.list.count() == 1 and not memos.issue_button.isEnabled(),
                    timeout=20000)
    window.open_assessment(second)
    qtbot.waitUntil(lambda: window.assessment_page is not None
                    and window.assessment_page.decision is not None, timeout=20000)
    page = window.assessment_page
    page.go_to_step(page.step_count() - 1)
    memos = page.decision.memos
    assert memos.issue_button.isEnabled()
    steps = []
    memos.memo_actions.progress.connect(lambda step, *_: steps.append(step))
    window.context.dialogs.exec_dialog = issue_without_passphrases
    with qtbot.waitSignal(memos.memo_actions.issued, timeout=60000) as issued:
        memos.issue_button.click()
    assert issued.args[0].stage == "countersigned"
    assert not [step for step in steps if step.startswith("Unlocking")]

    lock.trigger()  # Record > Lock signing keys (Ctrl+L)
    qtbot.waitUntil(lambda: not status.isVisible() and not lock.isEnabled(), timeout=20000)

    def passphrases_needed_again(dialog) -> bool:
        assert dialog.drafter.key_state.text() == ""
        assert not dialog.ok.isEnabled()
        assert "Drafting official" in dialog.hint.text() and "Minister" in dialog.hint.text()
        return False  # cancelled

    window.context.dialogs.exec_dialog = passphrases_needed_again
    memos.memo_actions.issue(memos.record)  # as the Issue button would, had this decision no memo
    assert len(load_assessment(window.context.db, page.assessment_id).memos) == 1
    for viewer in list(memos.memo_actions.viewers):
        viewer.close()


def test_closing_the_window_ends_the_helper_and_its_unlocked_keys(qtbot, make_window,
                                                                  identities):
    window = make_window()
    page = decided_page(qtbot, window)
    window.context.dialogs.exec_dialog = fill_signing(identities)
    with qtbot.waitSignal(page.decision.memos.memo_actions.viewer_opened, timeout=60000):
        page.decision.memos.issue_button.click()
    helper = window.context.memo_helper()
    qtbot.waitUntil(lambda: len(helper.unlocked) == 2, timeout=20000)
    pid = helper._process.processId()
    for viewer in list(page.decision.memos.memo_actions.viewers):
        viewer.close()
    window.close()
    assert helper._process is None and helper.unlocked == ()
    assert not Path(f"/proc/{pid}").exists()  # the process that held them has ended


def test_the_helper_is_started_and_warmed_once_the_record_is_open(qtbot, make_context,
                                                                   make_window):
    context = make_context()
    context.warm_memo_helper_after_ms = 0  # desktop.app sets a few seconds
    window = make_window(context)
    qtbot.waitUntil(lambda: context.has_memo_helper() and context.memo_helper().is_ready,
                    timeout=60000)  # its imports done and a throwaway memo rendered
    assert context.memo_helper().is_idle()
    window.close()
    assert context.memo_helper()._process is None


def test_the_signing_dialog_refuses_one_identity_file_in_both_fields(qtbot, make_window,
                                                                     identities):
    """Issue 12: one person cannot fill both fields; the dialog says so before Issue (and the
    memo helper refuses it anyway, through reports.signer_rules)."""
    from desktop.memo.signing import SigningDialog

    window = make_window()
    dialog = SigningDialog(window)
    qtbot.addWidget(dialog)
    dialog.choose(BOTH)
    for row in (dialog.drafter, dialog.minister):
        row.path.setText(str(identities["Drafting official"]))
        row.passphrase.setText(PASSPHRASE)
    assert not dialog.ok.isEnabled()
    assert "two different people" in dialog.hint.text()
    dialog.minister.path.setText(str(identities["Minister"]))
    assert dialog.ok.isEnabled() and dialog.hint.text() == ""


def test_the_signing_dialog_offers_the_keys_on_a_token_and_asks_their_pin(qtbot) -> None:
    """Issue 12 item 2: a signer chooses a key on a smart card or token besides a file; the
    choice is the key's pkcs11: URI with the PIN typed, and nothing is offered when no module
    lists keys (reports.tokens lists them; tests/cli/test_token_signing.py signs with them)."""
    from desktop.memo.signing import SigningDialog
    from reports.tokens import TokenKey

    plain = SigningDialog(None)
    qtbot.addWidget(plain)
    assert not plain.drafter.isAncestorOf(plain.drafter.token_key)
    key = TokenKey("pkcs11:token=Drafting%20card;object=drafter;id=%01", "Drafting card",
                   "drafter", "Élodie Martin (TEST)")
    dialog = SigningDialog(None, token_keys=(key,))
    qtbot.addWidget(dialog)
    dialog.show()
    combo = dialog.drafter.token_key
    assert combo.isVisible()
    assert combo.itemText(1) == "Élodie Martin (TEST) — token Drafting card (drafter)"
    combo.setCurrentIndex(1)
    combo.activated.emit(1)
    dialog.drafter.passphrase.setText("1234")
    dialog.choose(DRAFTER_ONLY)
    assert dialog.ok.isEnabled()
    plan = dialog.plan()
    assert [(str(s.path), s.passphrase) for s in plan.signers] == [(key.uri, b"1234")]
    assert dialog.drafter.passphrase.text() == ""  # the PIN is not kept by the dialog


def test_token_keys_are_listed_off_the_ui_thread_before_the_signing_dialog_opens(
        qtbot, make_window, tmp_path, monkeypatch) -> None:
    """A card reader may take seconds to list its keys: the click returns at once, the keys
    are listed on the background thread, then the dialog offers them (a real SoftHSM2 token,
    its key made by `identity new -o pkcs11:…`); cancelling it issues nothing."""
    import os
    import shutil
    import subprocess
    import sys

    module = "/usr/lib/softhsm/libsofthsm2.so"
    if shutil.which("softhsm2-util") is None or not Path(module).is_file():
        pytest.skip("SoftHSM2 is not installed (.ci/install installs it)")
    conf = tmp_path / "softhsm2.conf"
    (tmp_path / "tokens").mkdir()
    conf.write_text(f"directories.tokendir = {tmp_path / 'tokens'}\nobjectstore.backend = file\n")
    monkeypatch.setenv("SOFTHSM2_CONF", str(conf))
    monkeypatch.setenv("CONCERT_PKCS11_MODULE", module)
    subprocess.run(["softhsm2-util", "--init-token", "--free", "--label", "Drafting card",
                    "--so-pin", "so-pin-1", "--pin", "pin-4471"], check=True, capture_output=True)
    made = subprocess.run(
        [sys.executable, str(Path(__file__).resolve().parents[2] / "main.py"), "identity", "new",
         "--name", "Élodie Martin", "--role", "drafting-official",
         "-o", "pkcs11:token=Drafting%20card;object=drafter"],
        capture_output=True, text=True, env={**os.environ, "CONCERT_PASSPHRASE": "pin-4471"})
    assert made.returncode == 0, made.stderr
    window = make_window()
    page = decided_page(qtbot, window)
    memos = page.decision.memos
    offered: list[list[str]] = []

    def cancel(dialog) -> bool:
        combo = dialog.drafter.token_key
        offered.append([combo.itemText(i) for i in range(combo.count())])
        return False

    window.context.dialogs.exec_dialog = cancel
    memos.issue_button.click()
    assert offered == []  # not yet: the listing runs on the background thread
    qtbot.waitUntil(lambda: bool(offered), timeout=30000)
    assert any(text.startswith("Élodie Martin (TEST) — token Drafting card")
               for text in offered[0])
    assert memos.progress.text() == ""  # "Looking for keys…" is gone once they are listed
    assert not load_assessment(window.context.db, page.assessment_id).memos


def test_the_memo_is_issued_in_the_language_chosen_in_the_signing_dialog(
        qtbot, make_window, identities, tmp_path):
    """The dialog offers the memo's languages (default: the profile's, else the window's) and
    a second one for a bilingual memo; the stored memo is written in them and declares its
    language."""
    import subprocess

    import sqlalchemy as sa

    from models.tables import Memo

    window = make_window()
    page = decided_page(qtbot, window)
    unsigned = fill_signing(identities, mode=UNSIGNED)
    offered = []

    def in_french_and_english(dialog) -> bool:
        offered.append([dialog.language.itemData(i) for i in range(dialog.language.count())])
        assert dialog.language.currentData() == "en"  # an English window, no profile language
        dialog.language.setCurrentIndex(dialog.language.findData("fr"))
        dialog.second_language.setCurrentIndex(dialog.second_language.findData("en"))
        return unsigned(dialog)

    window.context.dialogs.exec_dialog = in_french_and_english
    memos = page.decision.memos
    with qtbot.waitSignal(memos.memo_actions.viewer_opened, timeout=60000) as opened:
        memos.issue_button.click()
    opened.args[0].close()
    assert offered == [["en", "fr", "ja", "he"]]
    with window.context.db.session() as session:
        pdf = session.execute(sa.select(Memo.pdf).where(  # type: ignore[call-overload]
            Memo.assessment_id == page.assessment_id)).scalar_one()
    path = tmp_path / "memo.pdf"
    path.write_bytes(pdf)
    text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout
    assert "En bref" in text and "Bottom line" in text  # both languages, in parallel
    assert b"/Lang (fr)" in pdf
