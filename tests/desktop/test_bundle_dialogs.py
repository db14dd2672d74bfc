"""Bundles from the window (desktop.bundles): export the chosen case signed by the official,
import another record's bundle with progress, refuse a damaged one with its problems named and
nothing written, and stop an import on Cancel with nothing written."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
import sqlalchemy as sa
from PySide6.QtWidgets import QPushButton

from desktop.bundles import BundleExportDialog, ImportResult
from models.opening import open_record
from models.workflow import add_trust_root
from reports.bundle import check_bundle, export_bundle
from reports.identity import create_test_identity, load_or_create_test_ca, unlock_identity
from reports.verify import configured_roots
from tests.desktop.helpers import decided_record, select_in_history

PASSPHRASE = "a bundle passphrase"


@pytest.fixture
def identity(tmp_path: Path, database) -> Path:
    authority = load_or_create_test_ca()
    add_trust_root(database, authority.certificate_path.read_bytes(), actor="test")
    path = tmp_path / "exporter.p12"
    path.write_bytes(create_test_identity("Ana Exporter", PASSPHRASE.encode(),
                                          role="Drafting official", authority=authority))
    return path


def count(db, table: str) -> int:
    with db.session() as session:
        return session.execute(sa.text(f"SELECT count(*) FROM {table}")).scalar_one()


def wait_idle(qtbot, window) -> None:
    qtbot.waitUntil(lambda: window.context.runner.is_idle(), timeout=60000)


def test_export_the_chosen_case_signed_by_the_official(qtbot, make_window, database, catalog,
                                                       identity, tmp_path) -> None:
    decided, _ = decided_record(database, catalog, title="Strait escort")
    decided_record(database, catalog, title="Another case")
    window = make_window()
    bundles = window.bundles
    select_in_history(qtbot, window, decided)
    seen: list[BundleExportDialog] = []

    def fill(dialog: BundleExportDialog) -> bool:
        seen.append(dialog)
        assert dialog.chosen.isChecked() and "Strait escort" in dialog.chosen.text()
        assert not dialog.export_button.isEnabled()  # no identity or passphrase yet
        dialog.identity.setText(str(identity))
        dialog.passphrase.setText(PASSPHRASE)
        assert dialog.export_button.isEnabled()
        return True

    window.context.dialogs.exec_dialog = fill
    target = tmp_path / "out" / "strait.bundle"
    target.parent.mkdir()
    window.context.dialogs.files.append(target)
    with qtbot.waitSignal(bundles.exported, timeout=60000):
        window.commands.export_bundle.trigger()  # File > Export bundle…
    assert seen and window.context.dialogs.infos[-1][0] == "Bundle exported"
    checked = check_bundle(target.read_bytes(), configured_roots(database))
    assert checked.ok, checked.problems
    assert list(checked.cases) == [decided]  # the chosen case only
    assert checked.signer.startswith("Ana Exporter")


def test_a_wrong_passphrase_writes_no_bundle(qtbot, make_window, database, catalog, identity,
                                             tmp_path) -> None:
    decided, _ = decided_record(database, catalog)
    window = make_window()
    bundles = window.bundles
    select_in_history(qtbot, window, decided)

    def fill(dialog: BundleExportDialog) -> bool:
        dialog.identity.setText(str(identity))
        dialog.passphrase.setText("not the passphrase")
        return True

    window.context.dialogs.exec_dialog = fill
    target = tmp_path / "wrong.bundle"
    window.context.dialogs.files.append(target)
    bundles.export(*window.chosen_assessment())
    wait_idle(qtbot, window)
    qtbot.waitUntil(lambda: bool(window.context.dialogs.errors))
    title, text = window.context.dialogs.errors[-1]
    assert title == "The bundle was not exported" and "passphrase" in text.lower()
    assert not target.exists()


@pytest.fixture
def other_record(tmp_path: Path, catalog, identity):
    """Another record (SQLite) with a decided case, and its bundle signed by the exporter."""
    (tmp_path / "field").mkdir()
    db = open_record(f"sqlite:///{tmp_path / 'field' / 'concert.db'}")
    try:
        case_id, _ = decided_record(db, catalog, title="Field case from the embassy")
        data, _cases = export_bundle(db, None, unlock_identity(identity, PASSPHRASE.encode()))
    finally:
        db.close()
    path = tmp_path / "field.bundle"
    path.write_bytes(data)
    return case_id, path


def test_import_a_bundle_with_progress(qtbot, make_window, database, other_record) -> None:
    case_id, path = other_record
    window = make_window()
    bundles = window.bundles
    steps: list[str] = []
    hold = threading.Event()  # the import waits behind this until the test listens
    window.context.runner.submit(lambda: hold.wait(30), label="hold the database thread")
    window.context.dialogs.files.append(path)
    window.commands.import_bundle.trigger()  # File > Import bundle…
    assert bundles.progress is not None
    bundles.progress.relay.step.connect(lambda step, done, total: steps.append(step))
    with qtbot.waitSignal(bundles.imported, timeout=60000) as signal:
        hold.set()
    result = signal.args[0]
    assert isinstance(result, ImportResult) and result.imported == (case_id,)
    assert window.context.dialogs.infos[-1][0] == "Bundle imported"
    assert "Assessments imported: 1," in window.context.dialogs.infos[-1][1]
    assert "Writing the cases" in steps and bundles.progress is None  # shown, then closed
    select_in_history(qtbot, window, case_id)  # History lists it (the change was announced)
    assert window.history.detail.record.title == "Field case from the embassy"

    window.context.dialogs.files.append(path)  # the same bundle again changes nothing
    audit = count(database, "audit_entry")
    with qtbot.waitSignal(bundles.imported, timeout=60000) as again:
        bundles.import_file()
    assert again.args[0].imported == () and again.args[0].held == 1
    assert window.context.dialogs.infos[-1][0] == "Nothing to import"
    assert count(database, "audit_entry") == audit


def test_a_damaged_bundle_is_refused_naming_its_problem(qtbot, make_window, database,
                                                         other_record, tmp_path) -> None:
    _case_id, path = other_record
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0x01
    damaged = tmp_path / "damaged.bundle"
    damaged.write_bytes(bytes(data))
    window = make_window()
    bundles = window.bundles
    before = count(database, "assessment"), count(database, "audit_entry")
    window.context.dialogs.files.append(damaged)
    with qtbot.waitSignal(bundles.imported, timeout=60000):
        bundles.import_file()
    title, text = window.context.dialogs.errors[-1]
    assert title == "The bundle was not imported"
    assert "not a readable bundle" in text and "Nothing was written" in text
    assert (count(database, "assessment"), count(database, "audit_entry")) == before


def test_cancel_stops_an_import_with_nothing_written(qtbot, make_window, database,
                                                     other_record) -> None:
    _case_id, path = other_record
    window = make_window()
    bundles = window.bundles
    before = count(database, "assessment"), count(database, "audit_entry")
    # Hold the database thread so the import is queued behind it, cancel, then let it run.
    hold = threading.Event()
    window.context.runner.submit(lambda: hold.wait(30), label="hold the database thread")
    window.context.dialogs.files.append(path)
    bundles.import_file()
    assert bundles.progress is not None
    bundles.progress.findChild(QPushButton).click()  # the progress window's Cancel
    hold.set()
    wait_idle(qtbot, window)
    qtbot.waitUntil(lambda: bool(window.context.dialogs.errors))
    title, text = window.context.dialogs.errors[-1]
    assert title == "The bundle was not imported" and "before anything was written" in text
    assert (count(database, "assessment"), count(database, "audit_entry")) == before
