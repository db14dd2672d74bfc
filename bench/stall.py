"""In the desktop window (run by bench.gui_probe): type searches, then issue a memo, while a
16 ms heartbeat timer measures how long the event loop is ever kept from running.

Typing: each query is typed key by key into History's search field (QTest key clicks, one key
every 110 ms: a brisk typist), then the scenario waits until the page for the complete text has
arrived; "answer after the last key" is measured from the last key to that page.
Issuing: the same worker the decision page uses (desktop.memo.issue.IssueWorker) issues a
memo signed by both test identities, from unlocking them to the stored memo.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtTest import QTest

HEARTBEAT_MS = 16
KEY_INTERVAL_MS = 110
PAGE_WAIT_S = 60
IDLE_WAIT_S = 30


class Heartbeat(QObject):
    """Longest gap between two ticks of a 16 ms timer while `running`."""

    def __init__(self) -> None:
        super().__init__()
        self.timer = QTimer(self)
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(HEARTBEAT_MS)
        self.timer.timeout.connect(self._tick)
        self.last = 0.0
        self.longest = 0.0
        self.timer.start()

    def reset(self) -> None:
        self.last = time.perf_counter()
        self.longest = 0.0

    def _tick(self) -> None:
        now = time.perf_counter()
        self.longest = max(self.longest, now - self.last)
        self.last = now

    def read(self) -> float:
        self._tick()  # a stall still going on counts too
        return self.longest


class StallScenario(QObject):
    def __init__(self, window: Any, scenario: dict[str, Any],
                 report: Callable[..., None]) -> None:
        super().__init__()
        self.window = window
        self.queries: list[str] = list(scenario.get("queries", []))
        self.signers: list[str] = list(scenario.get("signers", []))
        self.passphrase: bytes = scenario.get("passphrase", "").encode()
        self.assessment_id: str = scenario.get("assessment_id", "")
        self.report = report
        self.heartbeat = Heartbeat()
        self.typing_stall = 0.0
        self.answers: list[float] = []

    def start(self) -> None:
        # Typing begins once the database thread has finished what opening queued on it (the
        # opening checks; waited for at most IDLE_WAIT_S, and how long is reported): the
        # figure is about the event loop while typing, not about that queue.
        self.opening = time.monotonic()
        self._when_idle()

    def _when_idle(self) -> None:
        context = self.window.context
        waited = time.monotonic() - self.opening
        if not (context.runner.is_idle() and context.background.is_idle()) \
                and waited < IDLE_WAIT_S:
            QTimer.singleShot(50, self._when_idle)
            return
        self.busy_after_opening = waited
        self.idle_when_typing = context.runner.is_idle()
        self.heartbeat.reset()
        self.window.history.search.setFocus()
        QTimer.singleShot(0, self._next_query)

    # typing --------------------------------------------------------------------------------
    def _next_query(self) -> None:
        if not self.queries:
            self.typing_stall = self.heartbeat.read()
            QTimer.singleShot(0, self._issue)
            return
        self.text = self.queries.pop(0)
        search = self.window.history.search
        search.clear()
        self.keys = list(self.text)
        QTimer.singleShot(KEY_INTERVAL_MS, self._next_key)

    def _next_key(self) -> None:
        QTest.keyClick(self.window.history.search, self.keys.pop(0))
        if self.keys:
            QTimer.singleShot(KEY_INTERVAL_MS, self._next_key)
        else:
            self.last_key = time.perf_counter()
            self.waited_since = time.monotonic()
            self._wait_for_page()

    def _wait_for_page(self) -> None:
        history = self.window.history
        model = history.model
        if model.query.text == self.text.strip() and not model.is_loading():
            self.answers.append(time.perf_counter() - self.last_key)
            QTimer.singleShot(KEY_INTERVAL_MS * 3, self._next_query)  # reading the results
        elif time.monotonic() - self.waited_since > PAGE_WAIT_S:
            self.answers.append(float("inf"))
            QTimer.singleShot(0, self._next_query)
        else:
            QTimer.singleShot(2, self._wait_for_page)

    # issuing -------------------------------------------------------------------------------
    def _issue(self) -> None:
        from pathlib import Path

        from desktop.memo.issue import IssueWorker
        from desktop.memo.signing import IssuePlan, SignerChoice

        plan = IssuePlan(tuple(SignerChoice(Path(p), self.passphrase) for p in self.signers))
        self.worker = IssueWorker(self.window.context, self.assessment_id, plan)
        self.worker.succeeded.connect(lambda _memo: self._issued(""))
        self.worker.failed.connect(self._issued)
        self.heartbeat.reset()
        self.issue_started = time.perf_counter()
        self.worker.start()

    def _issued(self, problem: str) -> None:
        issue_stall = self.heartbeat.read()
        self.report("stall", typing_stall_s=self.typing_stall, issue_stall_s=issue_stall,
                    issue_s=time.perf_counter() - self.issue_started, issue_problem=problem,
                    answers_s=self.answers, busy_after_opening_s=self.busy_after_opening,
                    idle_when_typing=self.idle_when_typing)
        import os

        os._exit(0)
