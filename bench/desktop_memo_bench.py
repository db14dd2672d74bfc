"""Issuing a memo from the desktop: from the official's click on Issue (passphrases given, or
none needed) to the countersigned memo verified in the viewer, against issuing the same memo
in process (record read, render, two signatures, store; identities already unlocked) measured
in this same run. The goal: the desktop's figure with a warm helper and the keys unlocked
once per session is at most twice the in-process issue.

    .venv/bin/python -m bench.desktop_memo_bench [--repeat N] [--json]

(bench.run runs it with --json, which prints the medians in seconds as one JSON line.)

Runs offscreen on a temporary SQLite record with two TEST identities under a TEST CA that the
record trusts (so the badge is green). Three desktop figures, each the median of N memos:
  cold    the helper not started, keys locked: it starts at the click (the worst case);
  locked  the helper warm (started when the record opened), passphrases given at the click;
  warm    the helper warm and the keys unlocked earlier in the session (every later memo).
The click is MemoSection's Issue button with the signing dialog answered at once; the end is
the viewer's badge (verification against the trust roots) and its rendered pages, both shown.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

PASSPHRASE = "bench passphrase"
WAIT_S = 120


def wait_until(app, condition: Callable[[], bool], what: str) -> None:
    """Run the event loop until `condition` holds."""
    from PySide6.QtCore import QEventLoop

    deadline = time.monotonic() + WAIT_S
    while not condition():
        if time.monotonic() > deadline:
            raise RuntimeError(f"gave up waiting for {what}")
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)


def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--json", action="store_true", help="print the medians as JSON")
    arguments = parser.parse_args()
    repeat = arguments.repeat
    work = Path(tempfile.mkdtemp(prefix="desktop-memo-bench-"))
    os.environ["CONCERT_DATA_DIR"] = str(work / "data")
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from desktop.app import build_context, configure
    from desktop.main_window import MainWindow
    from desktop.memo.signing import BOTH
    from models.opening import open_record
    from models.workflow import add_trust_root
    from playbooks.loader import PlaybookCatalog
    from reports.identity import create_test_identity, load_or_create_test_ca
    from reports.issue import issue_memo, unlock
    from tests.desktop.helpers import decided_record

    app = QApplication(sys.argv[:1])
    configure(app)
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(work / "qs"))
    db = open_record(f"sqlite:///{work / 'bench.db'}")
    catalog = PlaybookCatalog.load(None)
    authority = load_or_create_test_ca(work / "ca",
                                       passphrase=b"TEST CA of this throwaway run")
    add_trust_root(db, authority.certificate_path.read_bytes(), actor="bench")
    paths = {}
    for name, role in (("Ana Drafter", "Drafting official"), ("Min Ister", "Minister")):
        path = work / f"{role.split()[0].lower()}.p12"
        path.write_bytes(create_test_identity(name, PASSPHRASE.encode(), role=role,
                                              authority=authority))
        paths[role] = path

    # The baseline: the same memo issued in this process, identities unlocked. A decision
    # gets one memo (issue 12), so every memo below is of a decided record of its own, made
    # the same way (decided_record: use-of-force 1.0, decided by the minister who signs).
    playbook = catalog.get("use-of-force", "1.0")
    identities = [unlock(paths[r], PASSPHRASE.encode()) for r in ("Drafting official",
                                                                    "Minister")]
    decided = iter(range(10_000))

    def fresh_record() -> str:
        return decided_record(db, catalog, title=f"Desktop memo bench {next(decided)}")[0]

    issue_memo(db, fresh_record(), playbook, actor="bench", identities=identities)  # warm
    in_process = []
    for _ in range(repeat):
        assessment_id = fresh_record()
        start = time.perf_counter()
        issue_memo(db, assessment_id, playbook, actor="bench", identities=identities)
        in_process.append(time.perf_counter() - start)

    context = build_context(db, catalog, work / "data")
    context.warm_memo_helper_after_ms = None  # started by hand below
    window = MainWindow(context)
    window.show()

    def fresh_memos():
        """The memo part of a newly decided record's decision step, open in the window."""
        window.open_assessment(fresh_record())
        wait_until(app, lambda: window.assessment_page is not None
                   and window.assessment_page.decision is not None
                   and context.runner.is_idle(), "the decision step")
        return window.assessment_page.decision.memos

    def answer(passphrases: bool) -> Callable[[object], bool]:
        def exec_dialog(dialog) -> bool:
            dialog.choose(BOTH)
            for row, role in ((dialog.drafter, "Drafting official"),
                              (dialog.minister, "Minister")):
                row.path.setText(str(paths[role]))
                row.passphrase.setText(PASSPHRASE if passphrases else "")
            if not dialog.ok.isEnabled():
                raise RuntimeError(dialog.hint.text())
            return True

        return exec_dialog

    def one_memo(passphrases: bool) -> float:
        memos = fresh_memos()
        context.dialogs.exec_dialog = answer(passphrases)  # type: ignore[method-assign]
        opened: list = []

        def on_opened(viewer) -> None:  # a Python function: PySide6 mishandles list.append
            opened.append(viewer)

        memos.memo_actions.viewer_opened.connect(on_opened)
        start = time.perf_counter()
        memos.issue_button.click()
        wait_until(app, lambda: bool(opened) and opened[0].badge is not None
                   and bool(opened[0].images), "the verified memo in the viewer")
        elapsed = time.perf_counter() - start
        memos.memo_actions.viewer_opened.disconnect(on_opened)
        viewer = opened[0]
        if viewer.badge.state != "valid":
            raise RuntimeError(f"the memo did not verify: {viewer.badge.reason}")
        viewer.close()
        wait_until(app, lambda: context.runner.is_idle() and context.background.is_idle(),
                   "the window to settle")
        return elapsed

    helper = context.memo_helper()
    cold, locked, warm = [], [], []
    for _ in range(repeat):
        helper.lock_keys()
        helper.stop()  # a new helper starts at the click
        cold.append(one_memo(passphrases=True))
    helper.warm_up()
    wait_until(app, lambda: helper.is_ready, "the warm helper")
    for _ in range(repeat):
        helper.lock_keys()
        wait_until(app, lambda: not helper.unlocked, "the keys to lock")
        locked.append(one_memo(passphrases=True))
    wait_until(app, lambda: len(helper.unlocked) == 2, "the keys unlocked for the session")
    for _ in range(repeat):
        warm.append(one_memo(passphrases=False))
    window.close()
    context.shutdown()
    db.close()

    base = statistics.median(in_process)
    if arguments.json:
        print(json.dumps({"repeat": repeat, "in_process_s": base,
                          "cold_s": statistics.median(cold),
                          "locked_s": statistics.median(locked),
                          "warm_s": statistics.median(warm)}))
        return 0
    print(f"desktop memo benchmark (median of {repeat}; click to the verified memo in the "
          f"viewer, two signatures, {db.dialect})")
    print(f"  in-process issue (unlocked)          {base * 1000:8.1f} ms   (baseline)")
    for label, times in (("desktop, helper cold, keys locked", cold),
                         ("desktop, helper warm, keys locked", locked),
                         ("desktop, helper warm, keys unlocked", warm)):
        median = statistics.median(times)
        print(f"  {label:<37}{median * 1000:8.1f} ms   {median / base:5.2f}x")
    print(f"  goal: helper warm, keys unlocked <= 2x the in-process issue: "
          f"{'met' if statistics.median(warm) <= 2 * base else 'NOT met'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
