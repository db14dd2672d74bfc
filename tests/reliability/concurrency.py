"""Two writers at once: two processes saving answers to one draft (each with the row_version it
last saw, retrying after "changed elsewhere") and to drafts of their own, on one database.

No lost update: every save a writer was told succeeded is in the audit chain with its own
row_version, the versions of both writers together are exactly 2, 3, …, n+1, and the draft's
row_version is n+1. No forked chain: `verify_chain` walks one unbroken line of entries.
"""

from __future__ import annotations

import json
import random

import sqlalchemy as sa

from models.db import Database
from models.errors import ConcurrentEdit
from models.workflow import create_assessment, load_assessment, save_answer, update_details
from tests.reliability.harness import PLAYBOOK, Backend, Outcome, all_problems, opened
from tests.reliability.procs import run_and_kill


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
    import threading

    results: list = [None, None]

    def writer(index: int) -> None:
        results[index] = run_and_kill("concurrent", {
            "url": url, "assessment_id": shared, "own_id": own[index], "count": saves,
            "start": 10_000 * (index + 1), "actor": f"writer {index + 1}",
        }, None)

    threads = [threading.Thread(target=writer, args=(i,)) for i in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return results


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
