"""Two writers at once: two processes saving answers to one draft (each with the row_version it
last saw, retrying after "changed elsewhere") and to drafts of their own, on one database.
Memos issued at once: several processes each issue the memo of a decision of their own.

No lost update: every save a writer was told succeeded is in the audit chain with its own
row_version, the versions of both writers together are exactly 2, 3, …, n+1, and the draft's
row_version is n+1. No forked chain: `verify_chain` walks one unbroken line of entries.
"""

from __future__ import annotations

import json
import random
from typing import Any

import sqlalchemy as sa

from models.db import Database
from models.errors import ConcurrentEdit
from models.workflow import create_assessment, load_assessment, save_answer, update_details
from tests.reliability.harness import (
    PLAYBOOK,
    Backend,
    Identities,
    Outcome,
    all_problems,
    decided_assessment,
    opened,
    trust,
)
from tests.reliability.procs import ChildRun, KillPlan, PhaseClock, run_and_kill


def two_writers(backend: Backend, rounds: int, saves: int, rng: random.Random) -> Outcome:
    outcome = Outcome(f"two processes writing at once ({backend.kind})")
    conflicts = 0
    for _ in range(rounds):
        with backend.database() as url:
            with opened(url) as db:
                shared = create_assessment(db, PLAYBOOK, title="Shared draft", actor="lead")
                own = [create_assessment(db, PLAYBOOK, title=f"Own {i}", actor="lead")
                       for i in range(2)]
            runs = _run_pair(url, shared, own, saves)
            problems = []
            versions: list[int] = []
            for run in runs:
                problems += [f"writer raised: {e.strip().splitlines()[-1]}" for e in run.errors]
                acks = run.acks
                if not acks or not acks[-1].get("done"):
                    problems.append("a writer did not finish")
                    continue
                conflicts += acks[-1]["conflicts"]
                versions += [ack["version"] for ack in acks[:-1]]
            with opened(url) as db:
                problems += _lost_updates(db, shared, versions, 2 * saves)
                problems += all_problems(db)
            outcome.trial(problems)
    outcome.note(f"{2 * saves} saves per round to one draft; {conflicts} “changed elsewhere, "
                 f"reload” retries in all; own drafts updated {saves} times per writer between")
    return outcome


def _run_pair(url: str, shared: str, own: list[str], saves: int) -> list:
    """Both writers started together; each runs to its end."""
    return _run_together("concurrent", [{
        "url": url, "assessment_id": shared, "own_id": own[index], "count": saves,
        "start": 10_000 * (index + 1), "actor": f"writer {index + 1}",
    } for index in range(2)])


def _run_together(scenario: str, params: list[dict[str, Any]],
                  plans: list[KillPlan | None] | None = None) -> list[ChildRun]:
    """One child per entry of `params`, all started together; each runs to its end, or is
    killed as its entry in `plans` says."""
    import threading

    results: list[Any] = [None] * len(params)

    def child(index: int) -> None:
        plan = plans[index] if plans else None
        results[index] = run_and_kill(scenario, params[index], plan, timeout=600.0)

    threads = [threading.Thread(target=child, args=(i,)) for i in range(len(params))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return results


def memos_at_once(backend: Backend, rounds: int, count: int, identities: Identities
                  ) -> Outcome:
    """`count` officials' processes issue the memos of `count` decisions at the same moment,
    each signed by drafter and minister: every memo is stored, under its own reference, and
    verifies (signatures trusted, byte for byte the stored memo); the chain is one line."""
    from reports.verify import verify_memo_file

    outcome = Outcome(f"{count} memos issued at once ({backend.kind})")
    for _ in range(rounds):
        with backend.database() as url:
            with opened(url) as db:
                trust(db, identities)
                decided = [decided_assessment(db, f"Decision {i}") for i in range(count)]
            runs = _run_together("one_memo", [{
                "url": url, "assessment_id": assessment_id, "actor": f"official {i + 1}",
                "identities": [str(identities.drafter), str(identities.minister)],
                "passphrase": identities.passphrase.decode("utf-8"),
            } for i, assessment_id in enumerate(decided)])
            problems = [f"an official's memo failed: {e.strip().splitlines()[-1]}"
                        for run in runs for e in run.errors]
            acks = [ack for run in runs for ack in run.acks]
            references = [ack["reference"] for ack in acks]
            if len(set(references)) != len(references):
                problems.append(f"references issued twice: {sorted(references)}")
            with opened(url) as db:
                for ack in acks:
                    from models.workflow import get_memo

                    stored = get_memo(db, ack["reference"])
                    report = verify_memo_file(db, stored.pdf)
                    if stored.sha256 != ack["sha256"] or not report.ok:
                        problems.append(f"memo {ack['reference']} does not verify: "
                                        f"{report.reason}")
                problems += all_problems(db)
            if len(acks) != count:
                problems.append(f"{len(acks)} of {count} memos were stored")
            outcome.trial(problems)
            outcome.note(f"references: {', '.join(sorted(references))}")
    return outcome


def _lost_updates(db: Database, shared: str, versions: list[int], expected: int) -> list[str]:
    problems = []
    if len(versions) != expected:
        problems.append(f"{len(versions)} acknowledged saves, expected {expected}")
    if sorted(versions) != list(range(2, 2 + len(versions))):
        duplicates = len(versions) - len(set(versions))
        problems.append(f"acknowledged row versions are not 2…{len(versions) + 1} "
                        f"({duplicates} duplicated): an update was lost")
    record = load_assessment(db, shared)
    if record.row_version != 1 + expected:
        problems.append(f"the draft is at row_version {record.row_version}, expected "
                        f"{1 + expected}")
    with db.engine.connect() as connection:
        audited = sorted(
            json.loads(payload)["row_version"]
            for payload in connection.execute(sa.text(
                "SELECT payload FROM audit_entry WHERE entity_id = :id AND action = 'answer.save'"
            ), {"id": shared}).scalars()
        )
    if audited != sorted(versions):
        problems.append("the audited saves differ from the acknowledged ones")
    return problems


def stale_edits(backend: Backend, trials: int) -> Outcome:
    """Two people load the same draft; the second to save gets "changed elsewhere, reload"
    (ConcurrentEdit), whatever they change (an answer, the details, the decision)."""
    outcome = Outcome(f"two people editing the same draft ({backend.kind})")
    with backend.database() as url:
        for number in range(trials):
            with opened(url) as first, opened(url) as second:
                draft = create_assessment(first, PLAYBOOK, title=f"Edited twice {number}",
                                          actor="lead")
                loaded_a = load_assessment(first, draft).row_version
                loaded_b = load_assessment(second, draft).row_version
                save_answer(first, draft, "gravity", 2, actor="A", playbook=PLAYBOOK,
                            expected_row_version=loaded_a)
                problems = []
                attempts = {
                    "answer": (save_answer, (second, draft, "gravity", 0),
                               {"actor": "B", "playbook": PLAYBOOK}),
                    "details": (update_details, (second, draft), {"title": "B's title",
                                                                  "actor": "B"}),
                }
                for what, (function, args, options) in attempts.items():
                    try:
                        function(*args, expected_row_version=loaded_b, **options)
                        problems.append(f"a stale {what} edit was saved over A's")
                    except ConcurrentEdit as error:
                        if "elsewhere" not in str(error) or "reload" not in str(error):
                            problems.append(f"unclear message: {error}")
                kept = load_assessment(first, draft).answers["gravity"].value
                if kept != 2:
                    problems.append(f"A's answer was replaced by {kept!r}")
                outcome.trial(problems)
    return outcome


def kills_under_load(backend: Backend, rounds: int, officials: int, rng: random.Random
                     ) -> Outcome:
    """`officials` processes record cases at once (create, answer, decide, dissent, revise:
    tests.reliability.child.record_decisions), and each is SIGKILLed at its own random moment
    in a random step while the others go on writing. Then every write any of them was told
    succeeded is in the record, the chain is one line, the database is whole, and a new
    writer is not blocked by a lock a killed official held."""
    from tests.reliability.crashes import _child_failed, _decision_problems

    outcome = Outcome(f"SIGKILL officials mid-write, {officials} at once ({backend.kind})")
    clock = PhaseClock({"create": 0.03, "answer": 0.03, "decide": 0.05, "dissent": 0.03,
                        "revise": 0.05})
    for _ in range(rounds):
        with backend.database() as url:
            plans: list[KillPlan | None] = [
                clock.plan(rng, ["answer", "decide", "dissent", "revise"], max_occurrence=4)
                for _ in range(officials)]
            runs = _run_together("decisions", [{"url": url, "start": 1000 * (index + 1)}
                                               for index in range(officials)], plans)
            problems: list[str] = []
            for run in runs:
                clock.learn(run.messages)
                problems += _child_failed(run)
                outcome.landings[run.killed_in] += 1
            acknowledged = [ack for run in runs for ack in run.acks]
            with opened(url) as db:
                problems += _decision_problems(db, acknowledged)
                problems += all_problems(db)
                try:  # the killed officials' sessions hold no lock any more
                    create_assessment(db, PLAYBOOK, title="After the kills", actor="lead")
                except Exception as error:
                    problems.append(f"a write after the kills failed: {error}")
            outcome.trial(problems, "kills in " + ", ".join(run.killed_in for run in runs))
    outcome.note("kills landed in: " + ", ".join(
        f"{phase} {count}" for phase, count in sorted(outcome.landings.items())))
    return outcome
