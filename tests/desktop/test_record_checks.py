"""Checking the record from the window: the checks made on opening (status bar, and a warning
when an older copy of the record was put back), Record > Verify the whole archive with its
progress and result, and Record > Verify a memo file."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from models.opening import open_record
from models.workflow import add_trust_root, get_memo
from tests.desktop.helpers import decided_record, untrusted_signers


def sqlite_copy(source: Path, target: Path) -> None:
    """A consistent copy through SQLite's backup API (the WAL file included)."""
    reader, writer = sqlite3.connect(source), sqlite3.connect(target)
    try:
        reader.backup(writer)
    finally:
        reader.close()
        writer.close()


def test_opening_a_sound_record_says_so_in_the_status_bar(make_window):
    window = make_window()
    assert window.startup_report is not None and window.startup_report.ok
    assert window.startup_label.text() == "Opening check: ✔ sound"
    assert "continues the one this installation saw last" in window.startup_label.toolTip()
    assert not window.context.dialogs.warnings


def test_an_older_copy_put_back_refuses_writes_until_the_official_accepts_it(
    qtbot, make_window, make_context, database, database_url, catalog, tmp_path
):
    if database.dialect != "sqlite":
        pytest.skip("putting an older copy of the file back is the SQLite case")
    make_window().close()  # this installation sees the chain
    path = Path(database.display_name)
    backup = tmp_path / "yesterday.db"
    sqlite_copy(path, backup)
    decided_record(database, catalog)  # the chain grows…
    make_window(make_context()).close()  # …and this installation sees it grow
    database.close()
    sqlite_copy(backup, path)  # someone puts yesterday's copy back

    older = open_record(database_url)
    try:
        context = make_context(older)
        window = make_window(context)  # the dialog's answer: "Later"
        assert window.startup_report.writes_refused
        assert window.startup_label.text().endswith("writes refused")
        title, text = context.dialogs.warnings[-1]
        assert title == "The record was rolled back"
        assert "older copy of the database was put back" in text
        assert "nothing can be saved, decided or issued" in text

        def create(title: str) -> None:
            window.show_page(1)
            window.new_assessment.select_playbook("sanctions")
            window.new_assessment.title.clear()
            qtbot.keyClicks(window.new_assessment.title, title)
            window.new_assessment.create_button.click()

        create("Written on the old copy")
        qtbot.waitUntil(lambda: bool(context.dialogs.errors), timeout=20000)
        assert "writes are refused until someone has looked into it" in \
            context.dialogs.errors[-1][1]
        assert window.assessment_page is None or window.assessment_page.record is None

        window.accept_record_head()  # what the dialog's "Accept the record as it is now" does
        qtbot.waitUntil(lambda: window.startup_report.ok and not older.writes_refused,
                        timeout=20000)
        create("Written once accepted")
        qtbot.waitUntil(lambda: window.assessment_page is not None
                        and window.assessment_page.record is not None, timeout=20000)
        window.close()
    finally:
        older.close()


def test_verify_the_whole_archive_reports_the_count_and_the_problems(qtbot, make_window,
                                                                      database, catalog,
                                                                      tmp_path):
    authority, signers = untrusted_signers(tmp_path)
    decided_record(database, catalog, signers=signers)
    window = make_window()
    progress: list[tuple[int, int]] = []

    window.commands.verify_archive.trigger()  # Record > Verify the whole archive…
    dialog = window.archive_dialog
    dialog._relay.progress.connect(lambda done, total: progress.append((done, total)))
    with qtbot.waitSignal(dialog.finished_check, timeout=60000) as finished:
        pass
    report = finished.args[0]
    assert report.memos_checked == 1 and not report.ok  # signed by a CA nobody trusts yet
    assert dialog.status.text().startswith("⚠")
    assert "1 stored memo" in dialog.status.text()
    assert dialog.problems.isVisible() and "memo" in dialog.problems.toPlainText()

    add_trust_root(database, authority.certificate_path.read_bytes(), actor="test")
    window.commands.verify_archive.trigger()  # the same dialog runs again
    assert window.archive_dialog is dialog
    with qtbot.waitSignal(dialog.finished_check, timeout=60000) as finished:
        pass
    report = finished.args[0]
    assert report.ok, report.problems
    assert dialog.status.text().startswith("✔ The archive is intact")
    assert "1 stored memo" in dialog.status.text()
    assert not dialog.problems.isVisible()
    assert progress and progress[-1] == (1, 1)
    dialog.close()


def test_verify_a_memo_file_from_disk(qtbot, make_window, database, catalog, tmp_path):
    authority, signers = untrusted_signers(tmp_path)
    add_trust_root(database, authority.certificate_path.read_bytes(), actor="test")
    _assessment, memo_id = decided_record(database, catalog, signers=signers)
    pdf = get_memo(database, memo_id).pdf
    good, flipped, other = tmp_path / "memo.pdf", tmp_path / "flipped.pdf", tmp_path / "x.pdf"
    good.write_bytes(pdf)
    damaged = bytearray(pdf)
    damaged[len(pdf) // 3] ^= 0x01
    flipped.write_bytes(bytes(damaged))
    other.write_bytes(b"%PDF-1.4 not really\n")
    window = make_window()
    dialogs = window.context.dialogs

    def verify(path):
        seen = len(dialogs.infos) + len(dialogs.errors)
        dialogs.files.append(path)
        window.commands.verify_memo_file.trigger()
        qtbot.waitUntil(lambda: len(dialogs.infos) + len(dialogs.errors) > seen
                        and window.context.runner.is_idle(), timeout=30000)

    verify(good)
    title, text = dialogs.infos[-1]
    assert title == "Memo verification"
    assert "✔ Valid" in text and "Ana Drafter" in text and "Min Ister" in text
    assert "matches the stored memo" in text and "Memo reference: CD-" in text

    verify(flipped)
    title, text = dialogs.errors[-1]
    assert title == "Memo verification" and "✘ Not valid" in text

    verify(other)
    title, text = dialogs.errors[-1]
    assert title == "Memo verification" and "✘ Not a verifiable memo" in text
    assert "not a readable PDF" in text and "Traceback" not in text

    verify(tmp_path / "missing.pdf")
    assert "cannot be read" in dialogs.errors[-1][1]


def test_an_unsigned_memo_reads_unsigned_and_a_non_memo_reads_not_verifiable(database, catalog):
    from desktop.memo.badge import INVALID, UNSIGNED, badge_for
    from reports.issue import issue_memo
    from reports.verify import verify_memo_file

    assessment_id, _ = decided_record(database, catalog)
    playbook = catalog.get("use-of-force", "1.0")  # the version decided_record uses
    memo = issue_memo(database, assessment_id, playbook, actor="test").memo
    unsigned = badge_for(verify_memo_file(database, get_memo(database, memo.id).pdf))
    assert unsigned.state == UNSIGNED and unsigned.headline.startswith("Unsigned memo")
    stranger = badge_for(verify_memo_file(database, b"%PDF-1.4\n%%EOF\n"))
    assert stranger.state == INVALID and stranger.headline == "✘ Not a verifiable memo"
