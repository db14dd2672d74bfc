"""The window opens without loading what only memos and migrations need.

Each check runs in a fresh interpreter (this test process has imported everything already):
the memo and signing libraries (ReportLab, pyHanko, Jinja2) are imported the first time a memo
is rendered or verified, never to show the window; alembic only when a database needs
migrating. bench/ measures what this saves; these tests keep it from coming back.
"""

from __future__ import annotations

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
