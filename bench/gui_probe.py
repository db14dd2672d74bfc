"""Run a Qt program unchanged and report, on stdout, when things happen in it.

    python bench/gui_probe.py bare                       the 5-line bare window (baseline)
    python bench/gui_probe.py app DB_URL                 `main.py --db DB_URL` (the desktop)
    python bench/gui_probe.py usable DB_URL              the desktop, then a search typed at once
    python bench/gui_probe.py opened DB_URL              the desktop, then its newest case opened
    python bench/gui_probe.py stall DB_URL SCENARIO.json the desktop, then typing and issuing

Each report is one JSON line. Times are `time.time()` (the parent compares them with its own
clock taken just before it started this process, so interpreter start-up counts):
  {"event": "shown", "at": …}          the first paint of a main window (the opening one)
  {"event": "main_shown", "at": …}     the first paint of the application's main window
  {"event": "first_page", "at": …}     History holds its first page of rows
  {"event": "usable", "at": …}         (usable) a search typed as the first page showed has
                                       its answer (as Enter gives it: see bench/README.md)
  {"event": "step_opened", "at": …}    (usable) then its first result, opened, shows its step
                                       (the assessment loaded and its step built); (opened)
                                       the first page's newest case, opened as the first page
                                       shows, shows its step
  {"event": "memory", "rss_kib": …, "idle": true}  once background work settled (or gave up)
  {"event": "stall", …}                the stall scenario's results
  {"event": "problem", "text": …}      the app stopped with a message box (no window to time)
The probe wraps QApplication in a subclass that watches events (installed before the program
imports Qt widgets); it changes nothing the program does. The process ends with os._exit as
soon as its reports are written: shutting down is not measured.
"""

from __future__ import annotations

import json
import os
import runpy
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
IDLE_WAIT_S = float(os.environ.get("BENCH_IDLE_WAIT_S", "90"))


def report(event: str, **fields: Any) -> None:
    sys.stdout.write(json.dumps({"event": event, **fields}) + "\n")
    sys.stdout.flush()


def rss_kib() -> tuple[int, int]:
    values = {}
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(("VmRSS:", "VmHWM:")):
            key, amount = line.split(":")
            values[key] = int(amount.split()[0])
    return values.get("VmRSS", 0), values.get("VmHWM", 0)


def install(mode: str, scenario: dict[str, Any] | None) -> None:
    from PySide6 import QtWidgets
    from PySide6.QtCore import QEvent, QObject, QTimer

    class Watcher(QObject):
        def __init__(self) -> None:
            super().__init__()
            self.window: Any = None
            self.shown = False

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() != QEvent.Type.Paint or not isinstance(watched, QtWidgets.QWidget):
                return False
            window = watched.window()
            if not isinstance(window, QtWidgets.QMainWindow):
                return False
            if not self.shown:
                self.shown = True
                report("shown", at=time.time(), title=window.windowTitle())
                if mode == "bare":
                    os._exit(0)
            if self.window is None and hasattr(window, "history"):
                # The application's main window (it may follow an opening window).
                self.window = window
                report("main_shown", at=time.time())
                # Nothing after this is found by watching events: stop watching, so that the
                # probe's own cost (a Python call for every event) is not counted as the app's.
                QtWidgets.QApplication.instance().removeEventFilter(self)
                QTimer.singleShot(0, self.follow)
            return False

        def follow(self) -> None:
            model = self.window.history.model
            if model.rowCount() > 0:
                self.first_page()
            else:
                model.page_loaded.connect(self.first_page)

        def first_page(self) -> None:
            model = self.window.history.model
            if model.rowCount() == 0 or getattr(self, "_paged", False):
                return
            self._paged = True
            report("first_page", at=time.time(), rows=model.rowCount(), total=model.total)
            if mode == "stall":
                from bench.stall import StallScenario

                self.scenario = StallScenario(self.window, scenario or {}, report)
                self.scenario.start()
            elif mode == "usable":
                self.type_a_search()
            elif mode == "opened":  # the newest case, opened as soon as it is listed
                self.open_first_result()
            else:
                self.started_waiting = time.monotonic()
                self.wait_for_idle()

        def type_a_search(self) -> None:
            # The first word of the newest title, cut short as if still being typed.
            history = self.window.history
            title = str(history.model.data(history.model.index(0, 0)) or "")
            typed = (title.split() or ["a"])[0][:4]
            history.model.page_loaded.connect(lambda: self.answered(typed))
            history.search.setText(typed)
            history.apply_query()

        def answered(self, typed: str) -> None:
            model = self.window.history.model
            if model.query.text == typed and not getattr(self, "_answered", False):
                self._answered = True
                report("usable", at=time.time(), rows=model.rowCount())
                if model.rowCount() == 0:
                    os._exit(0)
                self.open_first_result()

        def open_first_result(self) -> None:
            self.window.open_assessment(self.window.history.model.assessment_id(0))
            self.window.assessment_page.loaded.connect(self.step_opened)

        def step_opened(self) -> None:
            report("step_opened", at=time.time())
            os._exit(0)

        def wait_for_idle(self) -> None:
            context = self.window.context
            idle = context.runner.is_idle() and context.background.is_idle()
            if idle or time.monotonic() - self.started_waiting > IDLE_WAIT_S:
                rss, peak = rss_kib()
                report("memory", rss_kib=rss, peak_kib=peak, idle=idle,
                       waited_s=round(time.monotonic() - self.started_waiting, 2))
                os._exit(0)
            QTimer.singleShot(50, self.wait_for_idle)

    class ProbedApplication(QtWidgets.QApplication):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._watcher = Watcher()
            self.installEventFilter(self._watcher)

    QtWidgets.QApplication = ProbedApplication  # type: ignore[misc]

    def problem(_parent: Any, _title: str, text: str, *_args: Any) -> Any:
        # A start-up problem would wait for a click that never comes: report it and end.
        report("problem", text=text)
        os._exit(1)

    QtWidgets.QMessageBox.warning = problem  # type: ignore[method-assign,assignment]


def main() -> None:
    mode = sys.argv[1]
    scenario = None
    if mode == "stall":
        scenario = json.loads(Path(sys.argv[3]).read_text())
    sys.path[0] = str(ROOT)  # not bench/: its modules are imported as bench.*
    install(mode, scenario)
    if mode == "bare":
        sys.argv = [str(ROOT / "bench" / "bare_window.py")]
        runpy.run_path(sys.argv[0], run_name="__main__")
    else:
        sys.argv = [str(ROOT / "main.py"), "--db", sys.argv[2]]
        runpy.run_path(sys.argv[0], run_name="__main__")


if __name__ == "__main__":
    main()
