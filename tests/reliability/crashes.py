"""Crash scenarios: a child process doing real work is SIGKILLed at a random moment, then the
parent opens the database and checks that nothing acknowledged was lost and nothing is broken.

Each scenario keeps one database for `per_database` kills in a row (a crashed record is
reopened and worked on again, as after a real crash), then starts a new one, so the checks
(which read the whole record) stay quick.
"""

from __future__ import annotations

import hashlib
import random
import uuid
from pathlib import Path
from typing import Any

import sqlalchemy as sa

from models.db import Database
from models.opening import open_record
from models.workflow import create_assessment
from tests.reliability.child import QUESTIONS, answer_for
from tests.reliability.harness import (
    PLAYBOOK,
    Backend,
    Identities,
    Outcome,
    all_problems,
    decided_assessment,
    integrity_problems,
    opened,
    record_problems,
    trust,
)
from tests.reliability.procs import ChildRun, PhaseClock, run_and_kill

PER_DATABASE = 25


def _child_failed(run: ChildRun) -> list[str]:
    if run.errors:
        return ["child raised: " + run.errors[0].strip().splitlines()[-1]]
    if not run.killed_in:
        return [f"child ended by itself (exit code {run.exitcode}) before the kill"]
    return []


# ---------------------------------------------------------------------------------------------
# Saving answers


def _stored_answers(db: Database, assessment_id: str) -> dict[str, tuple[int, Any, list[str]]]:
    """question -> (save number in its rationale, value, evidence summaries)."""
    from models.workflow import load_assessment

    record = load_assessment(db, assessment_id)
    stored = {}
    for question, answer in record.answers.items():
        number = int(answer.rationale.lstrip("#"))
        stored[question] = (number, answer.value, [e.summary for e in answer.evidence])
    return stored


def _answer_problems(db: Database, assessment_id: str, expected: dict[str, int],
                     in_flight: int) -> list[str]:
    problems = []
    stored = _stored_answers(db, assessment_id)
    in_flight_question = QUESTIONS[in_flight % len(QUESTIONS)]
    for question in QUESTIONS:
        acknowledged = expected.get(question)
        found = stored.get(question)
        if found is None:
            if acknowledged is not None:
                problems.append(f"LOST: acknowledged save #{acknowledged} of {question} missing")
            continue
        number, value, evidence = found
        allowed = {acknowledged} | ({in_flight} if question == in_flight_question else set())
        if number not in allowed:
            problems.append(f"{question} holds save #{number}; acknowledged #{acknowledged}"
                            + (f", in flight #{in_flight}" if question == in_flight_question
                               else ""))
            continue
        _, want_value, extras = answer_for(number)
        want_evidence = [item.summary for item in extras["evidence"]]
        if value != want_value or evidence != want_evidence:
            problems.append(f"{question} save #{number} is partial: value {value!r}, "
                            f"evidence {evidence}")
        expected[question] = number  # durable now, whatever the acknowledgement said
    with db.engine.connect() as connection:
        positions = dict(connection.execute(
            sa.text("SELECT member_iso, position FROM member_position "
                    "WHERE assessment_id = :id"), {"id": assessment_id}).all())
        version = connection.execute(
            sa.text("SELECT row_version FROM assessment WHERE id = :id"), {"id": assessment_id}
        ).scalar_one()
        saves = connection.execute(
            sa.text("SELECT count(*) FROM audit_entry WHERE entity_id = :id "
                    "AND action LIKE 'answer.%'"), {"id": assessment_id}).scalar_one()
    if "positions" in stored and positions != stored["positions"][1]:
        problems.append(f"member_position rows {positions} differ from the answer")
    if version != 1 + saves:
        problems.append(f"row_version {version} but {saves} audited saves")
    return problems


def crash_answers(backend: Backend, kills: int, rng: random.Random,
                  per_database: int = PER_DATABASE) -> Outcome:
    outcome = Outcome(f"SIGKILL while saving answers ({backend.kind})")
    clock = PhaseClock({"save": 0.03})
    done = 0
    while done < kills:
        with backend.database() as url:
            with opened(url) as db:
                assessment_id = create_assessment(db, PLAYBOOK, title="Crash test",
                                                  actor="analyst")
            expected: dict[str, int] = {}
            start = 1000
            for _ in range(min(per_database, kills - done)):
                plan = clock.plan(rng, ["save"], max_occurrence=8)
                run = run_and_kill("answers", {"url": url, "assessment_id": assessment_id,
                                               "start": start}, plan)
                clock.learn(run.messages)
                problems = _child_failed(run)
                numbers = [ack["n"] for ack in run.acks]
                for ack in run.acks:
                    expected[ack["question"]] = ack["n"]
                in_flight = (numbers[-1] + 1) if numbers else start
                with opened(url) as db:
                    problems += _answer_problems(db, assessment_id, expected, in_flight)
                    problems += all_problems(db)
                outcome.landings[run.killed_in] += 1
                outcome.trial(problems, f"kill {done + 1} in {run.killed_in}")
                start = in_flight + 1
                done += 1
    outcome.note(f"kills landed in: {_phases_hit(outcome, clock)}")
    return outcome


def _phases_hit(outcome: Outcome, clock: PhaseClock) -> str:
    return ", ".join(f"{phase} {count}" + (f" (~{clock.duration(phase) * 1000:.0f} ms each)"
                                            if phase in clock.seen else "")
                     for phase, count in sorted(outcome.landings.items()))


# ---------------------------------------------------------------------------------------------
# Recording decisions


def _decision_problems(db: Database, acks: list[dict[str, Any]]) -> list[str]:
    problems = []
    with db.engine.connect() as connection:
        for ack in acks:
            step = ack["step"]
            if step == "decide":
                status = connection.execute(
                    sa.text("SELECT a.status FROM assessment a JOIN decision d ON "
                            "d.assessment_id = a.id WHERE d.id = :id"),
                    {"id": ack["decision_id"]}).scalar_one_or_none()
                if status not in ("decided", "superseded"):
                    problems.append(f"LOST: acknowledged decision {ack['decision_id']} "
                                    f"(assessment status {status})")
            elif step == "dissent":
                found = connection.execute(sa.text("SELECT count(*) FROM dissent WHERE id = :id"),
                                           {"id": ack["dissent_id"]}).scalar_one()
                if not found:
                    problems.append(f"LOST: acknowledged dissent {ack['dissent_id']}")
            elif step == "revise":
                old = connection.execute(
                    sa.text("SELECT status, superseded_by_id FROM assessment WHERE id = :id"),
                    {"id": ack["assessment_id"]}).one()
                if tuple(old) != ("superseded", ack["revision_id"]) and old[0] != "superseded":
                    problems.append(f"LOST: acknowledged revision {ack['revision_id']}")
            elif step in ("create", "answer"):
                found = connection.execute(
                    sa.text("SELECT count(*) FROM assessment WHERE id = :id"),
                    {"id": ack["assessment_id"]}).scalar_one()
                if not found:
                    problems.append(f"LOST: acknowledged assessment {ack['assessment_id']}")
    return problems


def crash_decisions(backend: Backend, kills: int, rng: random.Random,
                    per_database: int = PER_DATABASE) -> Outcome:
    outcome = Outcome(f"SIGKILL while recording decisions ({backend.kind})")
    clock = PhaseClock({"decide": 0.05, "dissent": 0.03, "revise": 0.05})
    done = 0
    while done < kills:
        with backend.database() as url:
            acknowledged: list[dict[str, Any]] = []
            start = 0
            for _ in range(min(per_database, kills - done)):
                plan = clock.plan(rng, ["decide", "decide", "dissent", "revise"],
                                  max_occurrence=3)
                run = run_and_kill("decisions", {"url": url, "start": start}, plan)
                clock.learn(run.messages)
                acknowledged += run.acks
                problems = _child_failed(run)
                with opened(url) as db:
                    problems += _decision_problems(db, acknowledged)
                    problems += all_problems(db)
                outcome.landings[run.killed_in] += 1
                outcome.trial(problems, f"kill {done + 1} in {run.killed_in}")
                start += 10
                done += 1
    outcome.note(f"kills landed in: {_phases_hit(outcome, clock)}")
    return outcome


# ---------------------------------------------------------------------------------------------
# Issuing memos


def _memo_problems(db: Database, acks: list[dict[str, Any]], export: Path) -> list[str]:
    problems = []
    with db.engine.connect() as connection:
        stored = {row.id: row for row in connection.execute(
            sa.text("SELECT id, reference, stage, sha256 FROM memo")).all()}
    for ack in acks:
        row = stored.get(ack["memo_id"])
        if row is None:
            problems.append(f"LOST: acknowledged memo {ack['reference']} ({ack['stage']})")
        elif (row.stage, row.sha256) != (ack["stage"], ack["sha256"]):
            problems.append(f"memo {ack['reference']} stored as {row.stage} {row.sha256[:12]}, "
                            f"acknowledged {ack['stage']} {ack['sha256'][:12]}")
    if export.exists():
        digest = hashlib.sha256(export.read_bytes()).hexdigest()
        known = {row.sha256 for row in stored.values()}
        older = {ack["sha256"] for ack in acks[:-1]} - ({acks[-1]["sha256"]} if acks else set())
        if digest not in known:
            problems.append(f"the export {export.name} ({export.stat().st_size} bytes) is not "
                            "any stored memo: truncated or torn")
        elif digest in older:
            problems.append(f"the export {export.name} is an older memo than the last "
                            "acknowledged one")
    elif acks:
        problems.append(f"the export {export.name} vanished")
    return problems


def crash_memos(backend: Backend, kills: int, rng: random.Random, identities: Identities,
                folder: Path, per_database: int = PER_DATABASE) -> Outcome:
    outcome = Outcome(f"SIGKILL while issuing memos ({backend.kind})")
    clock = PhaseClock({"render": 0.1, "sign": 0.1, "store": 0.05, "export": 0.01})
    done = 0
    leftovers = 0
    while done < kills:
        with backend.database() as url:
            with opened(url) as db:
                assessment_id = decided_assessment(db)
                trust(db, identities)
            export = folder / f"memo-{uuid.uuid4().hex[:8]}.pdf"
            acknowledged: list[dict[str, Any]] = []
            seen: set[str] = set()
            start = 0
            for _ in range(min(per_database, kills - done)):
                plan = clock.plan(rng, ["render", "sign", "store", "store", "export"],
                                  max_occurrence=3)
                run = run_and_kill("memos", {
                    "url": url, "assessment_id": assessment_id, "export": str(export),
                    "identities": [str(identities.drafter), str(identities.minister)],
                    "passphrase": identities.passphrase.decode("utf-8"), "start": start,
                    "data_dir": str(folder / "user-data"),
                }, plan)
                clock.learn(run.messages)
                acknowledged += run.acks
                problems = _child_failed(run)
                with opened(url) as db:
                    problems += _memo_problems(db, acknowledged, export)
                    problems += all_problems(db, seen)
                temporary = list(folder.glob(f".{export.name}.*.tmp"))
                leftovers += len(temporary)
                for path in temporary:  # never the export itself; counted, then cleared
                    path.unlink()
                outcome.landings[run.killed_in] += 1
                outcome.trial(problems, f"kill {done + 1} in {run.killed_in}")
                start += 3
                done += 1
            export.unlink(missing_ok=True)
    outcome.note(f"kills landed in: {_phases_hit(outcome, clock)}")
    outcome.note(f"{leftovers} hidden temporary files (.NAME.*.tmp) left beside the export by "
                 "kills during the write; the export itself was never torn")
    return outcome


# ---------------------------------------------------------------------------------------------
# Opening a new database


def crash_first_open(backend: Backend, kills: int, rng: random.Random) -> Outcome:
    from models.members import default_registry_path, load_registry_file

    outcome = Outcome(f"SIGKILL while creating a new database ({backend.kind})")
    members = len(load_registry_file(default_registry_path()))
    clock = PhaseClock({"open": 0.5})
    for number in range(kills):
        with backend.database(migrated=False) as url:
            plan = clock.plan(rng, ["open"], max_occurrence=1)
            run = run_and_kill("first_open", {"url": url}, plan)
            if any(m.kind == "ack" for m in run.messages):
                clock.learn(run.messages)
            problems = run.errors[:1]
            try:
                db = open_record(url)
            except Exception as error:
                outcome.trial([f"reopening failed: {error}"], f"kill {number + 1}")
                continue
            try:
                problems += integrity_problems(db) + record_problems(db)
                with db.engine.connect() as connection:
                    count = connection.execute(sa.text("SELECT count(*) FROM member_state")
                                               ).scalar_one()
                if count != members:
                    problems.append(f"{count} members after reopening, expected {members}")
            finally:
                db.close()
            outcome.landings["open" if not run.acks else "after open"] += 1
            outcome.trial(problems, f"kill {number + 1} in {run.killed_in}")
    outcome.note(f"kills landed in: {_phases_hit(outcome, clock)}")
    return outcome
