"""Child processes for the crash and concurrency scenarios, and killing them at random moments.

Children come from a multiprocessing fork server that preloads tests.reliability.child (all
of models/ and reports/ imported, fonts found, identities unlocked), so each is a real process
running the real workflow code, started in milliseconds.
"""

from __future__ import annotations

import itertools
import json
import multiprocessing
import os
import random
import signal
import statistics
import time
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from multiprocessing.connection import Connection
from typing import Any

from tests.reliability.harness import Identities

_context: Any = None


def start_fork_server(identities: Identities | None = None) -> Any:
    """The fork-server context (started once per process; later calls return it)."""
    global _context
    if _context is not None:
        return _context
    from tests.reliability.child import WARM_ENV

    if identities is not None:
        os.environ[WARM_ENV] = json.dumps({
            "paths": [str(identities.drafter), str(identities.minister)],
            "passphrase": identities.passphrase.decode("utf-8"),
        })
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(["tests.reliability.child"])
    _context = context
    return context


@dataclass
class Message:
    kind: str
    at: float
    data: Any = None


@dataclass
class ChildRun:
    """What a child said before it died, and how it died."""

    messages: list[Message]
    exitcode: int | None
    killed_in: str  # the phase the kill landed in ("" when it ended on its own)

    @property
    def acks(self) -> list[dict[str, Any]]:
        return [m.data for m in self.messages if m.kind == "ack"]

    @property
    def errors(self) -> list[str]:
        return [m.data for m in self.messages if m.kind == "error"]


def _receive(connection: Connection) -> Message | None:
    try:
        raw = connection.recv_bytes()
    except (EOFError, OSError):
        return None
    kind, at, *rest = json.loads(raw)
    return Message(kind, at, rest[0] if rest else None)


@dataclass
class KillPlan:
    """Where to kill: after the `occurrence`-th start of `phase`, `delay` seconds later."""

    phase: str
    occurrence: int
    delay: float


@dataclass
class PhaseClock:
    """Typical duration of each phase, learnt from the children's own timestamps, so kill
    delays spread over the whole of a phase on any machine."""

    defaults: dict[str, float]
    seen: dict[str, list[float]] = field(default_factory=lambda: defaultdict(list))

    def learn(self, messages: Sequence[Message]) -> None:
        for current, following in itertools.pairwise(messages):
            if current.kind == "phase":
                self.seen[current.data].append(following.at - current.at)

    def duration(self, phase: str) -> float:
        samples = self.seen.get(phase)
        if samples:
            return statistics.median(samples[-50:])
        return self.defaults.get(phase, 0.05)

    def plan(self, rng: random.Random, phases: Sequence[str], max_occurrence: int = 3
             ) -> KillPlan:
        phase = rng.choice(list(phases))
        # Up to a little past the phase's typical end: kills also land between steps.
        return KillPlan(phase, rng.randint(1, max_occurrence),
                        rng.uniform(0, 1.2 * self.duration(phase)))


def run_and_kill(scenario: str, params: dict[str, Any], plan: KillPlan | None,
                 timeout: float = 120.0) -> ChildRun:
    """Start a child on `scenario`; SIGKILL it as `plan` says (None: let it finish)."""
    from tests.reliability import child

    context = start_fork_server()
    receiver, sender = context.Pipe(duplex=False)
    process = context.Process(target=child.main, args=(scenario, params, sender), daemon=True)
    process.start()
    sender.close()
    messages: list[Message] = []
    killed_in = ""
    deadline = time.monotonic() + timeout
    try:
        if plan is not None:
            seen = 0
            while True:
                if not receiver.poll(max(0.0, deadline - time.monotonic())):
                    raise TimeoutError(f"{scenario}: no {plan.phase!r} within {timeout} s")
                message = _receive(receiver)
                if message is None:
                    break  # the child ended before the planned moment (an error: see messages)
                messages.append(message)
                if message.kind == "phase" and message.data == plan.phase:
                    seen += 1
                    if seen == plan.occurrence:
                        time.sleep(plan.delay)  # the random moment inside the phase
                        os.kill(process.pid, signal.SIGKILL)
                        killed_in = plan.phase
                        break
        while True:  # drain: what was written before the kill is still in the pipe
            if not receiver.poll(max(0.0, deadline - time.monotonic())):
                raise TimeoutError(f"{scenario}: child did not end within {timeout} s")
            message = _receive(receiver)
            if message is None:
                break
            messages.append(message)
    finally:
        if process.is_alive():
            process.kill()
        process.join()
        receiver.close()
    if killed_in:
        killed_in = _landing(messages, plan) if plan else killed_in
    return ChildRun(messages, process.exitcode, killed_in)


def _landing(messages: Sequence[Message], plan: KillPlan) -> str:
    """The phase the child was in when it died: the last one it started, or "after" it when
    the step had finished (acknowledged) before the kill."""
    finished = False
    for message in reversed(messages):
        if message.kind == "ack":
            finished = True
        elif message.kind == "phase":
            return f"after {message.data}" if finished else message.data
    return plan.phase
