"""The window's side of the memo helper process (reports.memo_service).

One helper process per window, started when the signing dialog first opens (its imports take
about a second, done while the user types passphrases) and kept for later memos. Requests and
replies are JSON lines over its standard input and output; QProcess delivers replies through
the event loop, so the window never waits for the helper. If the helper dies, every job it had
is reported as failed with the end of its error output, and the next job starts a new helper.
"""

from __future__ import annotations

import base64
import itertools
import json
import os
import sys
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QProcess, QProcessEnvironment, Signal

import desktop

PROJECT_ROOT = Path(desktop.__file__).resolve().parent.parent
STDERR_KEPT = 20_000  # characters of the helper's error output kept for a report


class MemoHelperStopped(RuntimeError):
    """The helper process ended or failed unexpectedly; the message has its error output."""


class MemoService(QObject):
    progress = Signal(int, str, int, int)  # job, step, done, total
    issued = Signal(int, str)  # job, the stored memo's id
    refused = Signal(int, str)  # job, a readable reason (nothing was stored)
    failed = Signal(int, str)  # job, details of an unexpected error (for the crash report)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._process: QProcess | None = None
        self._jobs = itertools.count(1)
        self._pending: set[int] = set()
        self._stdout = b""
        self._stderr = ""

    def warm_up(self) -> None:
        """Start the helper now if it is not running, so it is ready when asked."""
        if self._process is None:
            self._start_process()

    def issue(self, database_url: str, actor: str, assessment_id: str, playbook_file: str,
              playbook_hash: str, signers: list[tuple[str, bytes]]) -> int:
        return self._submit({"action": "issue", "database": database_url, "actor": actor,
                             "assessment_id": assessment_id, "playbook_file": playbook_file,
                             "playbook_hash": playbook_hash, "signers": _signers(signers)})

    def sign(self, database_url: str, actor: str, memo_id: str,
             signers: list[tuple[str, bytes]]) -> int:
        return self._submit({"action": "sign", "database": database_url, "actor": actor,
                             "memo_id": memo_id, "signers": _signers(signers)})

    def is_idle(self) -> bool:
        return not self._pending

    def stop(self, timeout_ms: int = 30000) -> None:
        """Let the current job finish (its memo is stored or not, never half), then end."""
        process = self._process
        if process is None:
            return
        process.closeWriteChannel()  # the helper ends when its input ends
        if not process.waitForFinished(timeout_ms):
            process.kill()
            process.waitForFinished(5000)
        self._read_replies()
        self._forget_process()

    # --------------------------------------------------------------------------------------
    def _submit(self, request: dict[str, Any]) -> int:
        self.warm_up()
        assert self._process is not None
        job = next(self._jobs)
        self._pending.add(job)
        self._process.write((json.dumps({"job": job, **request}) + "\n").encode())
        return job

    def _start_process(self) -> None:
        process = QProcess(self)
        environment = QProcessEnvironment.systemEnvironment()
        path = environment.value("PYTHONPATH")
        environment.insert("PYTHONPATH", os.pathsep.join(filter(None, [str(PROJECT_ROOT), path])))
        process.setProcessEnvironment(environment)
        process.readyReadStandardOutput.connect(self._read_replies)
        process.readyReadStandardError.connect(self._read_errors)
        process.finished.connect(self._ended)
        process.errorOccurred.connect(self._could_not_run)
        self._process, self._stdout, self._stderr = process, b"", ""
        process.start(sys.executable, ["-m", "reports.memo_service"])

    def _read_replies(self) -> None:
        if self._process is None:
            return
        self._stdout += bytes(self._process.readAllStandardOutput().data())
        *lines, self._stdout = self._stdout.split(b"\n")
        for line in lines:
            try:
                reply = json.loads(line) if line.strip() else None
            except ValueError:  # not ours (the helper keeps its output clean): keep for a report
                self._stderr = (self._stderr + line.decode(errors="replace") + "\n")[-STDERR_KEPT:]
                continue
            if isinstance(reply, dict):
                self._dispatch(reply)

    def _dispatch(self, reply: dict[str, Any]) -> None:
        job = reply.get("job")
        if job not in self._pending:
            return
        if "progress" in reply:
            step, done, total = reply["progress"]
            self.progress.emit(job, step, done, total)
            return
        self._pending.discard(job)
        if "issued" in reply:
            self.issued.emit(job, reply["issued"])
        elif "refused" in reply:
            self.refused.emit(job, reply["refused"])
        else:
            self.failed.emit(job, reply.get("failed", "no details"))

    def _read_errors(self) -> None:
        if self._process is not None:
            text = bytes(self._process.readAllStandardError().data()).decode(errors="replace")
            self._stderr = (self._stderr + text)[-STDERR_KEPT:]

    def _ended(self, exit_code: int, _status: QProcess.ExitStatus) -> None:
        self._read_replies()
        self._read_errors()
        self._fail_pending(f"the memo helper process ended (exit code {exit_code})")
        self._forget_process()

    def _could_not_run(self, error: QProcess.ProcessError) -> None:
        if error == QProcess.ProcessError.FailedToStart:
            self._fail_pending(f"the memo helper process could not start ({sys.executable})")
            self._forget_process()

    def _fail_pending(self, what: str) -> None:
        details = f"{what}\n{self._stderr}".strip()
        for job in sorted(self._pending):
            self.failed.emit(job, details)
        self._pending.clear()

    def _forget_process(self) -> None:
        if self._process is not None:
            self._process.finished.disconnect(self._ended)
            self._process.deleteLater()
            self._process = None


def _signers(signers: list[tuple[str, bytes]]) -> list[dict[str, str]]:
    return [{"path": str(path), "passphrase": base64.b64encode(passphrase).decode()}
            for path, passphrase in signers]
