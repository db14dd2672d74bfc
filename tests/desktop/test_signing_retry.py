"""A wrong passphrase in the signing dialog costs the official only that passphrase: the dialog
comes back with both identities still chosen, says whose passphrase was wrong and puts the
cursor in that field; with the right one the memo is issued and pdfsig accepts both
signatures."""

from __future__ import annotations

import shutil
import subprocess

import pytest

from desktop.memo.signing import BOTH
from models.workflow import load_assessment
from reports.identity import load_or_create_test_ca
from tests.desktop.test_memo import PASSPHRASE, decided_page, identities  # noqa: F401


def nss_trusting_the_test_ca(folder) -> str:
    if shutil.which("certutil") is None:
        pytest.fail("certutil is missing: install the Debian package libnss3-tools")
    spec = f"sql:{folder}"
    subprocess.run(["certutil", "-N", "-d", spec, "--empty-password"], check=True)
    subprocess.run(["certutil", "-A", "-d", spec, "-n", "concert-test-ca", "-t", "CT,C,C",
                    "-i", str(load_or_create_test_ca().certificate_path)], check=True)
    return spec


def test_after_a_wrong_passphrase_the_dialog_returns_with_both_identities_and_the_cursor_in_it(
        qtbot, make_window, identities, tmp_path):  # noqa: F811
    window = make_window()
    page = decided_page(qtbot, window)
    memos = page.decision.memos
    seen = []

    def exec_dialog(dialog) -> bool:
        seen.append({
            "drafter": dialog.drafter.path.text(), "minister": dialog.minister.path.text(),
            "hint": dialog.hint.text(), "focus": dialog.focusWidget(),
            "minister_field": dialog.minister.passphrase,
            "mode_both": dialog.mode_buttons[BOTH].isChecked(),
        })
        if len(seen) == 1:
            dialog.choose(BOTH)
            dialog.drafter.path.setText(str(identities["Drafting official"]))
            dialog.drafter.passphrase.setText(PASSPHRASE)
            dialog.minister.path.setText(str(identities["Minister"]))
            dialog.minister.passphrase.setText("wrong")
        else:
            # only the wrong passphrase needs typing again (the others may be cleared)
            dialog.drafter.passphrase.setText(PASSPHRASE)
            dialog.minister.passphrase.setText(PASSPHRASE)
        assert dialog.ok.isEnabled(), dialog.hint.text()
        return True

    window.context.dialogs.exec_dialog = exec_dialog
    issued, failed = [], []
    memos.memo_actions.issued.connect(issued.append)
    memos.memo_actions.failed_to_issue.connect(failed.append)
    memos.issue_button.click()
    qtbot.waitUntil(lambda: bool(issued or failed), timeout=60000)
    assert not failed, failed

    assert len(seen) == 2, "the dialog did not come back after the wrong passphrase"
    again = seen[1]
    assert again["drafter"] == str(identities["Drafting official"])
    assert again["minister"] == str(identities["Minister"])
    assert again["mode_both"]
    assert "Minister" in again["hint"] and "wrong passphrase" in again["hint"]
    assert again["focus"] is again["minister_field"]
    assert not window.context.dialogs.errors  # the dialog said it; no second error box
    for viewer in list(memos.memo_actions.viewers):
        viewer.close()

    memo = issued[0]
    assert memo.stage == "countersigned"
    assert [m.stage for m in load_assessment(window.context.db, page.assessment_id).memos] \
        == ["countersigned"]
    pdf = tmp_path / "memo.pdf"
    pdf.write_bytes(memo.pdf)
    nss = tmp_path / "nss"
    nss.mkdir()
    report = subprocess.run(["pdfsig", "-nssdir", nss_trusting_the_test_ca(nss), str(pdf)],
                            capture_output=True, text=True, check=False).stdout
    assert report.count("Signature is Valid.") == 2, report
