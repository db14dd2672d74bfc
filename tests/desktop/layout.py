"""Layout checks at a window size, shared by the in-process tests and the 200 % scale run
(QT_SCALE_FACTOR is read when Qt starts, so that one runs in a process of its own):

    QT_SCALE_FACTOR=2 python -m tests.desktop.layout --size 1024x700 --out DIR

Seeds a record (a decided assessment for History's verdict and decision, a draft with some
answers), opens the real window at the size, walks every step of the draft and History, saves
a PNG of each screen into DIR and returns what a user would find wrong: question text behind a
horizontal scrollbar or clipped, a question column too narrow to read, the member table's
names or positions cut, History's verdict or decision out of sight."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

# The narrowest question column a user can read a grade label and a member table in.
QUESTION_COLUMN_AT_LEAST = 480
MEMBER_NAME_AT_LEAST = 120
ARTEFACTS_ENV = "CONCERT_TEST_ARTEFACTS"


def artefacts_folder(default: Path) -> Path:
    """Where screenshots go: $CONCERT_TEST_ARTEFACTS/layout when CI keeps them, else `default`."""
    kept = os.environ.get(ARTEFACTS_ENV)
    folder = Path(kept) / "layout" if kept else default
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def seed(db, catalog) -> tuple[str, str]:
    """(a decided assessment, a draft answered in its first three criteria)."""
    from desktop.screenshots import answer_all
    from models.workflow import create_assessment, decide, member_infos
    from tests.models.sample import A_CONDITION

    playbook = catalog.get("use-of-force")
    members = member_infos(db)
    decided = create_assessment(
        db, playbook, title="Naval interdiction in the Strait of Karsa, ninety days with review",
        proposed_action="A joint naval task force stops arms shipments.", actor="analyst")
    answer_all(db, decided, playbook, members)
    decide(db, decided, decision="approve_with_conditions", by="M. Ister",
           justification="On condition of a review at 90 days.", playbook=playbook,
           conditions=[A_CONDITION])
    draft = create_assessment(db, playbook, title="Air policing over the disputed enclave",
                              proposed_action="Deny hostile aircraft the enclave.",
                              actor="analyst")
    answer_all(db, draft, playbook, members,
               only={q.id for c in playbook.criteria[:3] for q in c.questions})
    return decided, draft


def step_problems(step, label: str) -> list[str]:
    from desktop.widgets.member_positions import MemberPositionsInput

    problems = []
    scroll = step.questions_scroll
    if scroll.horizontalScrollBar().isVisible():
        problems.append(f"{label}: a horizontal scrollbar over the questions")
    column = scroll.viewport().width()
    if column < QUESTION_COLUMN_AT_LEAST:
        problems.append(f"{label}: the question column is {column} px "
                        f"(needs {QUESTION_COLUMN_AT_LEAST})")
    needed = scroll.widget().minimumSizeHint().width()
    if needed > column:
        problems.append(f"{label}: the questions need {needed} px and have {column}: cut off")
    for editor in step.editors.values():
        widget = editor.input
        if isinstance(widget, MemberPositionsInput):
            table = widget.table
            name = table.columnWidth(0)
            if name < MEMBER_NAME_AT_LEAST:
                problems.append(f"{label}: member names get {name} px")
            position = widget.POSITION_COLUMN
            right = table.columnViewportPosition(position) + table.columnWidth(position)
            if table.isColumnHidden(position) or right > table.viewport().width():
                problems.append(f"{label}: the position column is out of sight")
    return problems


def clipped_labels(root, label: str) -> list[str]:
    """Wrapped text given fewer lines than it needs (its last lines cut through)."""
    from PySide6.QtWidgets import QLabel

    problems = []
    for text in root.findChildren(QLabel):
        if not (text.wordWrap() and text.isVisible() and text.text()):
            continue
        needed = text.heightForWidth(text.width())
        if text.height() < needed - 2:
            problems.append(f"{label}: {text.text()[:40]!r} gets {text.height()} px of "
                            f"{needed}")
    return problems


def history_problems(history, label: str) -> list[str]:
    from desktop.history.columns import NARROWEST

    table, problems = history.table, []
    if table.horizontalScrollBar().isVisible():
        problems.append(f"{label}: a horizontal scrollbar under History")
    width = table.viewport().width()
    for column, name in ((0, "Title"), (2, "Status"), (3, "Verdict"), (4, "Decision")):
        right = table.columnViewportPosition(column) + table.columnWidth(column)
        if table.isColumnHidden(column) or table.columnWidth(column) < NARROWEST or right > width:
            problems.append(f"{label}: History's {name} column is out of sight")
    return problems


def check_size(app, window, ids, size: tuple[int, int], out: Path, wait) -> list[str]:
    """Resize, walk History and every step of the draft; PNGs into `out`."""
    from desktop.main_window import HISTORY

    decided, draft = ids
    name = f"{size[0]}x{size[1]}"
    window.resize(*size)
    window.show_page(HISTORY)
    window.history.refresh()
    wait(lambda: window.history.model.rowCount() == 2)
    row = next(r for r in range(2) if window.history.model.assessment_id(r) == decided)
    window.history.table.selectRow(row)
    wait(lambda: window.history.detail.record is not None)
    problems = history_problems(window.history, f"History at {name}")
    window.grab().save(str(out / f"history-{name}.png"))
    window.open_assessment(draft)
    wait(lambda: window.assessment_page is not None
         and window.assessment_page.record is not None)
    page = window.assessment_page
    for index, step in enumerate(page.steps):
        page.go_to_step(index)
        wait(lambda: True)
        problems += step_problems(step, f"step {index + 1} at {name}")
        problems += clipped_labels(page, f"step {index + 1} at {name}")
        if index in (0, 5):
            window.grab().save(str(out / f"step{index + 1}-{name}.png"))
    page.go_to_step(page.step_count() - 1)
    wait(lambda: True)
    window.grab().save(str(out / f"decision-{name}.png"))
    return problems


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", default="1024x700")
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args()
    size = tuple(int(part) for part in args.size.split("x"))
    import tempfile
    import time

    with tempfile.TemporaryDirectory(prefix="concert-layout-") as folder:
        os.environ["CONCERT_DATA_DIR"] = folder
        from PySide6.QtCore import QSettings

        from desktop.app import application
        from desktop.context import DeskContext
        from desktop.dialogs import Dialogs
        from desktop.main_window import MainWindow
        from desktop.tasks import BackgroundRunner, DatabaseRunner
        from models.opening import open_record
        from models.playbook_store import RecordPlaybooks
        from playbooks.loader import PlaybookCatalog

        app = application()
        QSettings.setDefaultFormat(QSettings.Format.IniFormat)
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope,
                          str(Path(folder) / "settings"))
        db = open_record(f"sqlite:///{Path(folder) / 'concert.db'}")
        catalog = PlaybookCatalog.load(None, record=RecordPlaybooks(db))
        ids = seed(db, catalog)
        context = DeskContext(db, catalog, DatabaseRunner(), BackgroundRunner(), Dialogs(),
                              "analyst", Path(folder) / "playbooks")
        window = MainWindow(context)
        window.show()

        def wait(condition) -> None:
            deadline = time.monotonic() + 60
            while True:
                for _ in range(3):
                    app.processEvents()
                if context.runner.is_idle() and context.background.is_idle() and condition():
                    return
                if time.monotonic() > deadline:
                    raise TimeoutError("the window did not settle")
                time.sleep(0.02)

        wait(lambda: True)
        args.out.mkdir(parents=True, exist_ok=True)
        problems = check_size(app, window, ids, size, args.out, wait)
        window.close()
        context.shutdown()
        db.close()
    for problem in problems:
        print(problem)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
