"""The window's side of the memo helper process (reports/memo_helper.py).

One helper per window, started early (a few seconds after the record opens, or when the
signing dialog opens, whichever comes first) and kept for every later memo: its imports and a
throwaway render are done before the official clicks Issue. Requests and replies are the
typed lines of reports.memo_protocol over its standard input and output; QProcess delivers
replies through the event loop, so the window never waits for the helper.

Each job gets its own `MemoJob`, and a reply reaches only the job it names. Every memo the
helper stores is announced on the change bus as soon as its reply arrives. The keys the helper
holds unlocked are mirrored in `unlocked` (the bus's `signing_keys_changed` says when they
change) for the signing dialog and the status bar; the keys themselves never leave the helper.
If the helper dies, every job it had fails with the end of its error output, the unlocked keys
are gone with it, and the next job starts a new helper.
"""

from __future__ import annotations

import dataclasses
import itertools
import time

from PySide6.QtCore import QObject, QProcess, Signal

from desktop.context import ChangeBus
from models.changes import Part, RecordChange
from reports.memo_protocol import (
    Failed,
    IdentityRef,
    Issued,
    JobRequest,
    KeysState,
    LockKeys,
    Progress,
    ProtocolError,
    Ready,
    Refused,
    Reply,
    UnlockedKey,
    helper_command,
)

STDERR_KEPT = 20_000  # characters of the helper's error output kept for a report


class MemoHelperStopped(RuntimeError):
    """The helper process ended or failed unexpectedly; the message has its error output."""


@dataclasses.dataclass(frozen=True)
class HeldKey:
    """An identity the helper holds unlocked, and until when (time.monotonic())."""

    key: UnlockedKey
    until: float

    @property
    def identity(self) -> IdentityRef:
        return self.key.identity

    def seconds_left(self) -> int:
        return max(0, round(self.until - time.monotonic()))


class MemoJob(QObject):
    """One request to the helper and its replies: some `progress`, then exactly one of
    `issued`, `refused` or `failed`."""

    progress = Signal(str, int, int)  # step, done, total
    issued = Signal(str)  # the stored memo's id
    refused = Signal(str)  # a readable reason (nothing was stored)
    failed = Signal(str)  # details of an unexpected error, for the crash report

    def __init__(self, number: int, parent: QObject) -> None:
        super().__init__(parent)
        self.number = number
        self.finished = False

    def _deliver(self, reply: Progress | Issued | Refused | Failed) -> None:
        if isinstance(reply, Progress):
            self.progress.emit(reply.step, reply.done, reply.total)
            return
        self.finished = True
        if isinstance(reply, Issued):
            self.issued.emit(reply.memo_id)
        elif isinstance(reply, Refused):
            self.refused.emit(reply.reason)
        else:
            self.failed.emit(reply.details)
        self.deleteLater()


class MemoHelperClient(QObject):
    ready = Signal()  # the helper is warm: the next job starts at once

    def __init__(self, bus: ChangeBus) -> None:
        """`bus`: told of every memo the helper stores (whether or not the job's asker is
        still there to hear it) and of every change to the keys it holds unlocked."""
        super().__init__(bus)
        self._bus = bus
        self._process: QProcess | None = None
        self._numbers = itertools.count(1)
        self._jobs: dict[int, MemoJob] = {}
        self._stdout = b""
        self._stderr = ""
        self.is_ready = False
        self.unlocked: tuple[HeldKey, ...] = ()

    def warm_up(self) -> None:
        """Start the helper now if it is not running, so it is ready when asked."""
        if self._process is None:
            self._start_process()

    def submit(self, request: JobRequest) -> MemoJob:
        """Send `request` (its job number is set here); its replies reach the job returned."""
        self.warm_up()
        assert self._process is not None
        job = MemoJob(next(self._numbers), self)
        self._jobs[job.number] = job
        self._process.write(dataclasses.replace(request, job=job.number).to_line().encode())
        return job

    def unlocked_key(self, path: str) -> HeldKey | None:
        """The key held unlocked from the identity file `path`, if any."""
        return next(
            (k for k in self.unlocked if k.identity.path == path and k.seconds_left() > 0), None
        )

    def lock_keys(self) -> None:
        """Forget every unlocked key (the helper confirms with the new, empty state)."""
        if self._process is not None:
            self._process.write(LockKeys().to_line().encode())

    def is_idle(self) -> bool:
        return not self._jobs

    def stop(self, timeout_ms: int = 30000) -> None:
        """Let the current job finish (its memo is stored or not, never half), then end; the
        helper forgets every unlocked key as it ends."""
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
    def _start_process(self) -> None:
        process = QProcess(self)
        process.readyReadStandardOutput.connect(self._read_replies)
        process.readyReadStandardError.connect(self._read_errors)
        process.finished.connect(self._ended)
        process.errorOccurred.connect(self._could_not_run)
        self._process, self._stdout, self._stderr, self.is_ready = process, b"", "", False
        program, *arguments = helper_command()
        process.start(program, arguments)

    def _read_replies(self) -> None:
        if self._process is None:
            return
        self._stdout += bytes(self._process.readAllStandardOutput().data())
        *lines, self._stdout = self._stdout.split(b"\n")
        for line in lines:
            if not line.strip():
                continue
            try:
                reply = Reply.from_line(line)
            except ProtocolError:  # not ours (the helper keeps its output clean): for a report
                self._keep_error_output(line.decode(errors="replace") + "\n")
                continue
            self._dispatch(reply)

    def _dispatch(self, reply: Reply) -> None:
        if isinstance(reply, Ready):
            self.is_ready = True
            self.ready.emit()
        elif isinstance(reply, KeysState):
            now = time.monotonic()
            self.unlocked = tuple(HeldKey(k, now + k.seconds_left) for k in reply.keys)
            self._bus.signing_keys_changed.emit()
        elif isinstance(reply, Progress | Issued | Refused | Failed):
            job = self._jobs.get(reply.job)
            if job is None:  # a request it could not read, with no job: keep for a report
                if isinstance(reply, Failed):
                    self._keep_error_output(reply.details + "\n")
                return
            if not isinstance(reply, Progress):
                del self._jobs[reply.job]
            if isinstance(reply, Issued):
                change = RecordChange.of(Part.MEMOS, assessments=[reply.assessment_id])
                self._bus.record_changed.emit(change)
            job._deliver(reply)

    def _keep_error_output(self, text: str) -> None:
        self._stderr = (self._stderr + text)[-STDERR_KEPT:]

    def _read_errors(self) -> None:
        if self._process is not None:
            text = bytes(self._process.readAllStandardError().data()).decode(errors="replace")
            self._keep_error_output(text)

    def _ended(self, exit_code: int, _status: QProcess.ExitStatus) -> None:
        self._read_replies()
        self._read_errors()
        self._fail_jobs(f"the memo helper process ended (exit code {exit_code})")
        self._forget_process()

    def _could_not_run(self, error: QProcess.ProcessError) -> None:
        if error == QProcess.ProcessError.FailedToStart:
            self._fail_jobs(
                f"the memo helper process could not start ({' '.join(helper_command())})"
            )
            self._forget_process()

    def _fail_jobs(self, what: str) -> None:
        details = f"{what}\n{self._stderr}".strip()
        jobs, self._jobs = self._jobs, {}
        for number in sorted(jobs):
            jobs[number]._deliver(Failed(number, details))

    def _forget_process(self) -> None:
        if self._process is not None:
            self._process.finished.disconnect(self._ended)
            self._process.deleteLater()
            self._process = None
        self.is_ready = False
        if self.unlocked:  # the keys ended with the process
            self.unlocked = ()
            self._bus.signing_keys_changed.emit()
