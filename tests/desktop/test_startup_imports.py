"""The window opens without loading what only memos and migrations need.

Each check runs in a fresh interpreter (this test process has imported everything already):
the memo and signing libraries (ReportLab, pyHanko, Jinja2) are imported the first time a memo
is rendered or verified, never to show the window; alembic only when a database needs
migrating. bench/ measures what this saves; these tests keep it from coming back.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
MEMO_LIBRARIES = ("reportlab", "pyhanko", "jinja2")


def _modules_after(code: str) -> set[str]:
    done = subprocess.run(
        [sys.executable, "-c", f"{code}\nimport sys\nprint(' '.join(sorted(sys.modules)))"],
        capture_output=True, text=True, cwd=ROOT, timeout=120, check=True,
    )  # fmt: skip
    return set(done.stdout.split())


def _top_level(modules: set[str]) -> set[str]:
    return {name.split(".")[0] for name in modules}


def test_the_window_modules_do_not_import_memo_libraries() -> None:
    loaded = _top_level(_modules_after("import desktop.app, desktop.main_window"))
    assert not loaded & set(MEMO_LIBRARIES), sorted(loaded & set(MEMO_LIBRARIES))


def test_the_pages_made_as_the_record_opens_do_not_import_memo_libraries() -> None:
    # MainWindow.record_opened makes them on the UI thread: ReportLab and its fonts there held
    # the window (and a step opened meanwhile) for a tenth of a second and more.
    pages = ", ".join(f"desktop.pages.{name}" for name in (
        "due", "members", "new_assessment", "playbooks", "review", "trust_roots"))
    loaded = _top_level(_modules_after(f"import desktop.main_window, {pages}"))
    assert not loaded & set(MEMO_LIBRARIES), sorted(loaded & set(MEMO_LIBRARIES))


def test_opening_an_up_to_date_database_does_not_import_alembic(database_url: str) -> None:
    loaded = _top_level(_modules_after(
        f"from models.opening import open_record\nopen_record({database_url!r}).close()"
    ))  # fmt: skip
    assert "alembic" not in loaded
    assert not loaded & set(MEMO_LIBRARIES)


def test_the_head_read_from_the_scripts_is_alembics_head() -> None:
    from models.db import script_head_revision
    from models.migrations.runner import head_revision

    assert script_head_revision() == head_revision()


DATABASE_LIBRARIES = ("sqlalchemy", "sqlmodel", "alembic")


def test_an_assessment_opened_as_the_record_opens_needs_no_database_library() -> None:
    # The page, its step and its read ahead (models.assessment_ahead) come before SQLAlchemy
    # has loaded (bench: "a step opened"); one of them importing it waits for the opening.
    loaded = _top_level(_modules_after(
        "import desktop.main_window, desktop.assessment.page, models.assessment_ahead, "
        "models.option_rows"
    ))  # fmt: skip
    assert not loaded & set(DATABASE_LIBRARIES), sorted(loaded & set(DATABASE_LIBRARIES))


def test_the_first_page_reader_stays_small() -> None:
    # Read on a thread while the window's modules import: neither the database libraries nor
    # the playbooks' parser (YAML) belong on that path.
    loaded = _top_level(_modules_after("import models.first_page"))
    assert not loaded & {*DATABASE_LIBRARIES, "yaml"}, sorted(loaded & {*DATABASE_LIBRARIES,
                                                                         "yaml"})


# Opens each assessment named on the command line in a window whose record is never opened,
# as one opened from History's first page is shown while the record still opens. SQLAlchemy
# is kept from every other thread, so an import of it here can only be the UI thread's own.
AHEAD_SCRIPT = r"""
import json, os, sys, threading
from pathlib import Path

UI, on_ui = threading.main_thread(), []

class KeepDatabaseLibrariesToTheUI:
    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] in ("sqlalchemy", "sqlmodel"):
            if threading.current_thread() is not UI:
                raise ImportError(name + " is kept from other threads in this check")
            on_ui.append(name)
        return None

sys.meta_path.insert(0, KeepDatabaseLibrariesToTheUI())
from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication
app = QApplication([])
from desktop.context import DeskContext
from desktop.dialogs import Dialogs
from desktop.history.model import read_opening_page
from desktop.main_window import MainWindow
from desktop.opening import RecordOpening
from desktop.tasks import BackgroundRunner, DatabaseRunner

url, folder, ids = sys.argv[1], Path(sys.argv[2]), sys.argv[3:]
record = RecordOpening(url, folder)  # never opened
context = DeskContext(db=record.db, catalog=record.catalog, runner=DatabaseRunner(),
                      background=BackgroundRunner(), dialogs=Dialogs(), actor="official",
                      user_playbooks=folder / "playbooks", opening=record)
window = MainWindow(context, first_page=read_opening_page(url), record_open=False)
window.show()
shown = {}
for assessment_id in ids:
    window.open_assessment(assessment_id)
    page, loop = window.assessment_page, QEventLoop()
    page.loaded.connect(loop.quit)
    QTimer.singleShot(20000, loop.quit)  # never loaded: reported below, not waited for
    if page.record is None:
        loop.exec()
    shown[assessment_id] = page.record is not None and len(page.steps) > 0
print(json.dumps({"shown": shown, "imported_on_the_ui_thread": sorted(set(on_ui))}))
sys.stdout.flush()
os._exit(0)
"""


def test_every_kind_of_assessment_shows_before_the_record_opens(database, database_url,
                                                                 tmp_path: Path) -> None:
    # Drafts (one comparing options, one with evidence) and decided cases, built-in playbooks:
    # each is read ahead, and nothing its page does on the UI thread imports SQLAlchemy (which
    # would wait for the opening's own import). Bench: "a step opened".
    from tests.models.test_bundle_search import fill

    ids = sorted(set(fill(database).values()))
    home = tmp_path / "home"
    home.mkdir()
    done = subprocess.run(
        [sys.executable, "-c", AHEAD_SCRIPT, database_url, str(tmp_path), *ids],
        capture_output=True, text=True, cwd=ROOT, timeout=180,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(home),
             "XDG_CONFIG_HOME": str(home / ".config"), "XDG_DATA_HOME": str(home / ".local")},
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-3000:]
    said = json.loads(done.stdout.strip().splitlines()[-1])
    assert said["shown"] == {assessment_id: True for assessment_id in ids}, done.stderr[-3000:]
    assert said["imported_on_the_ui_thread"] == []
