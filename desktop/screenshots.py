"""Render screenshots of the main screens offscreen into docs/screenshots/*.png.

    .venv/bin/python -m desktop.screenshots [--out docs/screenshots] [--language he]

With --language (fr, ja, he) the window speaks that language (the .qm files built by
`python -m desktop.translations build`; Hebrew right to left) and only History, the stepper
page and the decision page are saved, as history-he.png, stepper-he.png, decision-he.png (the
README's screenshots per language).

Builds a throwaway record in a temporary folder (a few assessments across playbooks, one
decided and memoed with two TEST identities), opens the real main window on it with the Qt
offscreen platform, and saves: the history with records, a stepper page, the decision page,
the memo viewer, the trust roots and the archive check; then issues a memo from the decision
page through the memo helper (keys kept unlocked) and saves the signing dialog for the next memo
(no passphrase needed) and the decision page with its memos and the status bar's unlocked
keys. Nothing outside the temporary folder and the output folder is touched.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

    from desktop.assessment.page import AssessmentPage
    from desktop.main_window import MainWindow

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ["QT_QPA_PLATFORM"] = "offscreen"

WINDOW_SIZE = (1440, 900)
SCREENS = ("history", "stepper", "decision", "memo-viewer", "trust-roots", "archive-check",
           "signing", "memo-issued")
PASSPHRASE = b"screenshot passphrase"


def supportive(question):
    """An answer that supports legitimacy (the seeded records look like a strong case)."""
    from playbooks.model import QuestionKind

    kind, higher = question.kind, question.better in ("higher", "yes", "")
    if kind == QuestionKind.SCALE:
        return (question.grades[-1] if higher else question.grades[0]).value
    if kind == QuestionKind.CHOICE:
        return max(question.options, key=lambda o: o.score).id
    if kind == QuestionKind.LIKELIHOOD:
        return "likely" if higher else "unlikely"
    if kind == QuestionKind.CONFIDENCE:
        return "moderate" if higher else "low"
    if kind == QuestionKind.YES_NO:
        return question.better != "no"
    if kind == QuestionKind.SECURITY_COUNCIL:
        return "blocked_by_veto"
    if kind == QuestionKind.NUMBER:
        return question.full_score_at if question.full_score_at is not None else 1
    if kind == QuestionKind.TEXT:
        return "Sustained shelling of the port city; 40,000 people displaced in a week."
    return None


def answer_all(db, assessment_id, playbook, members, *, only=None):
    from models.workflow import EvidenceInput, save_answer
    from playbooks.model import QuestionKind

    full = [m.iso for m in members if m.standing == "full"]
    for index, question in enumerate(playbook.questions()):
        if only is not None and question.id not in only:
            continue
        if question.kind == QuestionKind.MEMBER_POSITIONS:
            value = {iso: ("oppose" if i % 7 == 3 else "abstain" if i % 11 == 5 else "endorse")
                     for i, iso in enumerate(full)}
        else:
            value = supportive(question)
        evidence = ()
        if index % 3 == 0:
            evidence = (EvidenceInput("Field report from the monitoring mission",
                                      "Concert secretariat", "B", 2),)
        save_answer(db, assessment_id, question.id, value,
                    rationale="Consistent across three independent sources.",
                    confidence="moderate", evidence=evidence, actor="analyst",
                    playbook=playbook)


def seed(db, catalog, data_dir: Path):
    """A small but realistic record; returns ids for the screens."""
    from models.condition_records import ConditionInput
    from models.workflow import (
        add_dissent,
        add_trust_root,
        create_assessment,
        decide,
        member_infos,
    )
    from reports.identity import create_test_identity, load_or_create_test_ca
    from reports.issue import issue_memo, unlock

    members = member_infos(db)
    titles = [
        ("sanctions", "Targeted sanctions on the junta's financiers"),
        ("public-health-emergency", "Joint quarantine support for the delta outbreak"),
        ("counter-proliferation-interdiction", "Interdiction of centrifuge parts at sea"),
        ("humanitarian-protection", "Protection corridor for the northern provinces"),
        ("sanctions", "Export controls on surveillance equipment"),
        ("un-high-level-panel", "Stabilisation mission review"),
    ]
    for playbook_id, title in titles:
        playbook = catalog.get(playbook_id)
        create_assessment(db, playbook, title=title, proposed_action="", actor="analyst")
    use_of_force = catalog.get("use-of-force")
    decided = create_assessment(
        db, use_of_force, title="Naval interdiction in the Strait of Karsa",
        proposed_action="A joint naval task force stops arms shipments for 90 days.",
        crisis="Arms flows sustaining attacks on civilians in the port city.",
        classification="RESTRICTED", actor="analyst",
    )
    answer_all(db, decided, use_of_force, members)
    decide(db, decided, decision="approve_with_conditions", by="M. Ister",
           justification="Approved on condition of a 90-day review.", playbook=use_of_force,
           conditions=[ConditionInput(
               "Inspections stay within the agreed zone", "Task force commander",
               "Weekly boarding log, read by the legal adviser",
               date.today() + timedelta(days=90), "A boarding outside the zone")])
    add_dissent(db, decided, reviewer="Legal adviser",
                text="The regional mandate should be confirmed in writing first.")
    authority = load_or_create_test_ca(data_dir / "test-ca",
                                       passphrase=b"TEST CA of this throwaway run")
    add_trust_root(db, authority.certificate_path.read_bytes(), actor="screenshots")
    identities, paths = [], []
    for name, role in (("Ana Drafter", "Drafting official"), ("M. Ister", "Minister")):
        path = data_dir / f"{name.split()[-1].lower()}.p12"
        path.write_bytes(create_test_identity(name, PASSPHRASE, role=role, authority=authority))
        identities.append(unlock(path, PASSPHRASE))
        paths.append(path)
    memo = issue_memo(db, decided, use_of_force, actor="analyst", identities=identities).memo
    draft = create_assessment(
        db, use_of_force, title="Air policing over the disputed enclave",
        proposed_action="Deny hostile aircraft access to the enclave for 30 days.",
        crisis="Repeated strikes on the enclave's water plant.", actor="analyst",
    )
    first_two = {q.id for c in use_of_force.criteria[:2] for q in c.questions}
    authority_ids = {q.id for q in use_of_force.criteria[2].questions}
    answer_all(db, draft, use_of_force, members, only=first_two | authority_ids)
    complete = create_assessment(
        db, use_of_force, title="Evacuation of foreign nationals from the capital",
        proposed_action="A joint airlift with armed escort for seven days.", actor="analyst",
    )
    answer_all(db, complete, use_of_force, members)
    # Decided, no memo yet: its memo is issued from the window (a decision gets one memo).
    unissued = create_assessment(
        db, use_of_force, title="Escort of grain convoys through the strait",
        proposed_action="Naval escort of grain convoys for 60 days.", actor="analyst",
    )
    answer_all(db, unissued, use_of_force, members)
    decide(db, unissued, decision="approve", by="M. Ister", playbook=use_of_force)
    return {"decided": decided, "memo": memo.id, "draft": draft, "complete": complete,
            "unissued": unissued, "identities": paths}


def wait_until(app, condition, timeout=60.0) -> None:
    from PySide6.QtCore import QEventLoop

    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError("the screen did not finish loading")
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)


def settle(app, window) -> None:
    wait_until(app, lambda: window.context.runner.is_idle()
               and window.context.background.is_idle())
    for _ in range(5):
        app.processEvents()


def issue_with_kept_keys(app, window, ids, out: Path) -> None:
    """A memo issued from the decision page with the keys kept unlocked; then the signing
    dialog of the next memo (no passphrase needed) and the page with the status bar."""
    from desktop.memo.signing import BOTH, SigningDialog

    drafter, minister = ids["identities"]

    def fill(dialog) -> bool:
        dialog.choose(BOTH)
        for row, path in ((dialog.drafter, drafter), (dialog.minister, minister)):
            row.path.setText(str(path))
            row.passphrase.setText(PASSPHRASE.decode())
        return True

    window.context.dialogs.exec_dialog = fill

    def refused(_parent, title: str, text: str) -> None:
        # A modal error box would wait offscreen for a click that never comes.
        raise RuntimeError(f"{title}: {text}")

    window.context.dialogs.error = refused
    window.open_assessment(ids["unissued"])
    wait_until(app, lambda: window.assessment_page.decision is not None)
    page = window.assessment_page
    page.go_to_step(page.step_count() - 1)
    memos = page.decision.memos
    memos.issue_button.click()
    helper = window.context.memo_helper()
    wait_until(app, lambda: bool(memos.memo_actions.viewers) and len(helper.unlocked) == 2
               and memos.list.count() == 1 and not memos.issue_button.isEnabled())
    for viewer in list(memos.memo_actions.viewers):
        wait_until(app, lambda v=viewer: v.badge is not None)
        viewer.close()
    page.decision.ensureWidgetVisible(memos)
    settle(app, window)
    window.grab().save(str(out / "memo-issued.png"))
    dialog = SigningDialog(window, unlocked=helper.unlocked_key)
    dialog.show()
    settle(app, window)
    dialog.grab().save(str(out / "signing.png"))
    dialog.close()


def opened_page(app: QApplication, window: MainWindow) -> AssessmentPage:
    """The assessment page the window opened, once its record is loaded."""
    from desktop.assessment.page import AssessmentPage

    wait_until(app, lambda: isinstance(window.assessment_page, AssessmentPage)
               and window.assessment_page.record is not None)
    assert isinstance(window.assessment_page, AssessmentPage)
    return window.assessment_page


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--language", choices=("fr", "ja", "he"), default=None,
                        help="the window's language: History, stepper and decision only")
    args = parser.parse_args()
    suffix = f"-{args.language}" if args.language else ""
    args.out.mkdir(parents=True, exist_ok=True)

    with tempfile.TemporaryDirectory(prefix="concert-shots-") as folder:
        data_dir = Path(folder)
        os.environ["CONCERT_DATA_DIR"] = str(data_dir)
        from PySide6.QtCore import QSettings

        from desktop.app import application
        from desktop.context import DeskContext
        from desktop.dialogs import Dialogs
        from desktop.main_window import HISTORY, TRUST, MainWindow
        from desktop.tasks import BackgroundRunner, DatabaseRunner
        from models.opening import open_record
        from models.playbook_store import RecordPlaybooks
        from playbooks.loader import PlaybookCatalog

        app = application()
        if args.language:
            from desktop import i18n
            from desktop.translations import build

            build()
            i18n.install(args.language)
        QSettings.setDefaultFormat(QSettings.Format.IniFormat)
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope,
                          str(data_dir / "settings"))
        db = open_record(f"sqlite:///{data_dir / 'concert.db'}")
        catalog = PlaybookCatalog.load(None, record=RecordPlaybooks(db))
        ids = seed(db, catalog, data_dir)
        context = DeskContext(db, catalog, DatabaseRunner(), BackgroundRunner(), Dialogs(),
                              "analyst", data_dir / "playbooks")
        window = MainWindow(context)
        window.resize(*WINDOW_SIZE)
        window.show()
        settle(app, window)

        window.show_page(HISTORY)
        window.history.refresh()
        settle(app, window)
        row = next(r for r in range(window.history.model.rowCount())
                   if window.history.model.assessment_id(r) == ids["decided"])
        # the current row as a click makes it (selectRow finds no row right to left)
        window.history.table.setCurrentIndex(window.history.model.index(row, 0))
        settle(app, window)
        window.grab().save(str(args.out / f"history{suffix}.png"))

        window.open_assessment(ids["draft"])
        page = opened_page(app, window)
        page.go_to_step(2)  # authority: member positions and the tally
        settle(app, window)
        window.grab().save(str(args.out / f"stepper{suffix}.png"))

        window.open_assessment(ids["complete"])
        page = opened_page(app, window)
        page.go_to_step(page.step_count() - 1)
        assert page.decision is not None  # made when its step is shown
        page.decision.choose("reject")
        settle(app, window)
        window.grab().save(str(args.out / f"decision{suffix}.png"))
        if args.language:
            window.close()
            context.shutdown()
            db.close()
            for name in ("history", "stepper", "decision"):
                print(args.out / f"{name}{suffix}.png")
            return 0

        from desktop.memo.viewer import MemoViewer

        viewer = MemoViewer(context, ids["memo"], window)
        viewer.resize(980, 1000)
        viewer.show()
        wait_until(app, lambda: viewer.badge is not None and bool(viewer.images))
        settle(app, window)
        viewer.grab().save(str(args.out / "memo-viewer.png"))
        viewer.close()

        window.show_page(TRUST)
        settle(app, window)
        window.grab().save(str(args.out / "trust-roots.png"))

        archive = window.verify_archive()
        wait_until(app, lambda: not archive.running)
        settle(app, window)
        archive.grab().save(str(args.out / "archive-check.png"))
        archive.close()
        issue_with_kept_keys(app, window, ids, args.out)
        window.close()
        context.shutdown()
        db.close()
    for name in SCREENS:
        print(args.out / f"{name}.png")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

