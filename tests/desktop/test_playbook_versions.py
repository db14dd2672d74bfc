"""Playbook versions in the window: moving a draft to another version, the Playbooks page's
report of clashes and of versions only the record keeps, and a memo from the record's copy."""

from __future__ import annotations

import tempfile
from pathlib import Path

from desktop.main_window import PLAYBOOKS
from desktop.memo.signing import UNSIGNED
from models.playbook_store import RecordPlaybooks
from models.user_playbooks import add_playbook_file
from models.workflow import load_assessment, save_answer
from playbooks.loader import PlaybookCatalog, load_playbook
from playbooks.model import QuestionKind
from tests.desktop.helpers import decided_record, supportive_value
from tests.desktop.test_assessment import create
from tests.desktop.test_memo import fill_signing

# The use-of-force 1.0 file (the user copies below are made from it), and its text.
DEFAULT = PlaybookCatalog.load(None).get("use-of-force", "1.0")
USE_OF_FORCE = Path(DEFAULT.file).read_text("utf-8")
NEXT = "90.0"  # a version no built-in playbook will have
# What a new use-of-force assessment starts from (the newest built-in version), and its text.
NEWEST = PlaybookCatalog.load(None).get("use-of-force")
NEWEST_TEXT = Path(NEWEST.file).read_text("utf-8")


def _write(folder: Path, name: str, text: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(text, "utf-8")
    return path


def test_a_draft_moves_to_another_version_after_seeing_the_plan(qtbot, make_window, tmp_path):
    window = make_window()
    context = window.context
    # The next version no longer asks the first free-text question (it asks another instead).
    text_question = next(q for q in NEWEST.questions() if q.kind is QuestionKind.TEXT)
    scored = next(q for q in NEWEST.questions() if q.kind is QuestionKind.SCALE)
    renamed = f"      - id: {text_question.id}\n"
    assert NEWEST_TEXT.count(renamed) == 1
    next_version = NEWEST_TEXT.replace(f'version: "{NEWEST.version}"', f'version: "{NEXT}"', 1)
    next_version = next_version.replace(renamed, "      - id: new_account\n", 1)
    # Its translations follow the renamed id (a translation of an id the file lacks is refused).
    next_version = next_version.replace(f"\n      {text_question.id}:\n", "\n      new_account:\n")
    add_playbook_file(_write(tmp_path, "uof-next.yaml", next_version), context.catalog,
                      context.user_playbooks)
    page = create(qtbot, window, title="Strait interdiction")
    old_id = page.assessment_id
    playbook = page.playbook
    for question, value in ((scored, supportive_value(scored)), (text_question, "Ships sunk")):
        save_answer(context.db, old_id, question.id, value, actor="analyst", playbook=playbook)
    assert page.move_button.isVisible() and not page.revise_button.isVisible()

    shown = {}

    def choose_next(dialog) -> bool:
        shown["versions"] = [dialog.versions.itemText(i) for i in range(dialog.versions.count())]
        shown["plan"] = dialog.plan.toPlainText()
        return True

    context.dialogs.exec_dialog = choose_next
    page.move_button.click()
    qtbot.waitUntil(lambda: window.assessment_page is not page
                    and window.assessment_page.record is not None, timeout=20000)
    assert f"{NEWEST.title} — version {NEXT} (user folder)" in shown["versions"]
    assert (f"1 answer(s) carried over from version {NEWEST.version} to {NEXT}"
            in shown["plan"])
    assert f"dropped: {text_question.id}: version {NEXT} no longer asks it" in shown["plan"]
    assert "new question: new_account" in shown["plan"]
    moved = window.assessment_page.record
    assert (moved.playbook_version, moved.revision, moved.supersedes_id) == (NEXT, 2, old_id)
    assert moved.answers[scored.id].value == supportive_value(scored)
    assert load_assessment(context.db, old_id).status == "superseded"
    assert not context.dialogs.errors


def test_without_another_version_nothing_moves(qtbot, make_context, make_window, tmp_path):
    # Every built-in playbook has two versions now; a ministry's own playbook has one.
    context = make_context()
    own = USE_OF_FORCE.replace("id: use-of-force", "id: ministry-own-single", 1)
    add_playbook_file(_write(tmp_path, "own.yaml", own), context.catalog, context.user_playbooks)
    window = make_window(context)
    page = create(qtbot, window, title="Only one version", playbook="ministry-own-single")
    page.move_button.click()
    qtbot.waitUntil(lambda: bool(window.context.dialogs.infos), timeout=20000)
    assert window.context.dialogs.infos[-1][0] == "No other version"
    assert window.assessment_page is page


def test_the_playbooks_page_reports_clashes_and_versions_kept_only_in_the_record(
        qtbot, make_window, make_context, database, tmp_path):
    folder = tmp_path / "user-playbooks"
    ministry = _write(folder, "ministry.yaml",
                      USE_OF_FORCE.replace("id: use-of-force", "id: ministry-force", 1))
    sanctions = PlaybookCatalog.load(None).get("sanctions")
    _write(folder, "sanctions-70.yaml", Path(sanctions.file).read_text("utf-8")
           .replace(f'version: "{sanctions.version}"', 'version: "70.0"', 1))
    first = PlaybookCatalog.load(folder, record=RecordPlaybooks(database))
    from models.workflow import create_assessment

    create_assessment(database, first.get("ministry-force"), title="Kept", actor="analyst")
    ministry.unlink()  # the file is gone; the record keeps its copy

    context = make_context()
    context.catalog = PlaybookCatalog.load(folder, record=RecordPlaybooks(database))
    window = make_window(context)
    window.show_page(PLAYBOOKS)
    page = window.playbooks
    labels = [page.list.item(i).text() for i in range(page.list.count())]
    assert any("ministry-force · version 1.0  (kept in the record)" in label for label in labels)
    assert "uses the id of a built-in playbook" in page.problems.text()
    assert page.problems.isVisible()
    row = next(i for i, label in enumerate(labels) if "ministry-force" in label)
    page.list.setCurrentRow(row)
    assert "Kept in the record only" in page.details.toPlainText()
    assert "Weights and scores" in page.details.toPlainText()

    # A changed file under the version the record keeps is refused, naming both.
    changed = _write(tmp_path, "changed.yaml", USE_OF_FORCE.replace(
        "id: use-of-force", "id: ministry-force", 1).replace("title: Joint use of force",
                                                             "title: Edited", 1))
    context.dialogs.files.append(changed)
    page.add_button.click()
    qtbot.waitUntil(lambda: bool(context.dialogs.errors), timeout=20000)
    assert "differs from the copy the record keeps" in context.dialogs.errors[-1][1]
    assert not (context.user_playbooks / "ministry-force-1.0.yaml").exists()


class _OnePlaybook:
    def __init__(self, playbook) -> None:
        self.playbook = playbook

    def get(self, *_args):
        return self.playbook


def test_a_memo_is_issued_from_the_records_copy_of_its_playbook(
        qtbot, make_window, make_context, database, tmp_path, monkeypatch):
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path / "temporary"))
    (tmp_path / "temporary").mkdir()
    folder = tmp_path / "user-playbooks"
    path = _write(folder, "ministry.yaml",
                  USE_OF_FORCE.replace("id: use-of-force", "id: ministry-force", 1))
    assessment_id, _ = decided_record(database, _OnePlaybook(load_playbook(path)))
    path.unlink()

    context = make_context()
    context.catalog = PlaybookCatalog.load(folder, record=RecordPlaybooks(database))
    window = make_window(context)
    window.open_assessment(assessment_id)
    qtbot.waitUntil(lambda: window.assessment_page.record is not None, timeout=20000)
    memos = window.assessment_page.decision.memos
    context.dialogs.exec_dialog = fill_signing({}, mode=UNSIGNED)
    with qtbot.waitSignal(memos.memo_actions.issued, timeout=60000) as issued:
        memos.issue_button.click()
    assert issued.args[0].stage == "unsigned"
    for viewer in list(memos.memo_actions.viewers):
        viewer.close()
    assert not context.dialogs.errors
    assert not list((tmp_path / "temporary").iterdir())  # the helper's copy is removed
