"""The work a child process does until it is killed: real workflow code on a real database.

Children are forked from a multiprocessing fork server that has imported (and warmed up) all
of this once, so a trial costs milliseconds of start-up instead of seconds. Each child reports
over a one-way pipe, one message per event, each sent with a single write (atomic on a pipe):
- ("ready", t)                     set up, about to start its loop;
- ("phase", t, name)               about to start one step (the parent kills inside steps);
- ("ack", t, {...})                the step before it returned: it is committed (or written);
- ("error", t, text)               an unexpected exception (the trial then fails).
`t` is time.monotonic(), comparable across processes on one machine.

Start-up of the fork server imports this module; when CONCERT_RELIABILITY_WARM names identity
files (JSON: {"paths": [...], "passphrase": ...}), they are unlocked there once, so children
do not each spend a second on key validation and stamp fonts.
"""

from __future__ import annotations

import json
import os
import time
import traceback
from collections.abc import Callable
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

import models.audit
import models.casefile  # noqa: F401  (imported here so children start warm)
import models.workflow as workflow
import reports.issue
import reports.verify
from models.opening import open_record
from reports.fonts import chooser
from tests.reliability.harness import PLAYBOOK

WARM_ENV = "CONCERT_RELIABILITY_WARM"
QUESTIONS = ("gravity", "summary", "positions", "lawful")
MEMBERS = ("CAN", "DEU", "JPN", "CRI", "ISR")
POSITIONS = ("endorse", "oppose", "abstain", "not_consulted")

_unlocked: dict[str, Any] = {}


def _warm_up() -> None:
    chooser()  # font discovery: done once in the fork server
    spec = os.environ.get(WARM_ENV)
    if spec:
        data = json.loads(spec)
        for path in data["paths"]:
            _unlocked[path] = reports.issue.unlock(path, data["passphrase"].encode("utf-8"))


def identity(path: str, passphrase: str) -> Any:
    if path not in _unlocked:
        _unlocked[path] = reports.issue.unlock(path, passphrase.encode("utf-8"))
    return _unlocked[path]


_warm_up()


class Reporter:
    def __init__(self, connection: Connection) -> None:
        self._connection = connection

    def send(self, kind: str, *rest: Any) -> None:
        self._connection.send_bytes(json.dumps([kind, time.monotonic(), *rest]).encode())

    def phase(self, name: str) -> None:
        self.send("phase", name)

    def ack(self, **data: Any) -> None:
        self.send("ack", data)


def main(scenario: str, params: dict[str, Any], connection: Connection) -> None:
    """Entry point of every child (the target of multiprocessing.Process)."""
    reporter = Reporter(connection)
    if params.get("data_dir"):
        os.environ["CONCERT_DATA_DIR"] = params["data_dir"]
    try:
        SCENARIOS[scenario](params, reporter)
    except BaseException:
        reporter.send("error", traceback.format_exc())
        raise


# ---------------------------------------------------------------------------------------------
# Saving answers


def answer_for(n: int) -> tuple[str, Any, dict[str, Any]]:
    """Save number n: which question, which value, and the extras that make it several rows.

    The rationale carries n, so the parent can tell which save is in the database; odd saves
    carry an evidence item with n too, so a half-saved answer would show."""
    question = QUESTIONS[n % len(QUESTIONS)]
    if question == "gravity":
        value: Any = n % 3
    elif question == "summary":
        value = f"summary #{n}"
    elif question == "positions":
        value = {iso: POSITIONS[(n + i) % len(POSITIONS)] for i, iso in enumerate(MEMBERS)}
    else:
        value = n % 2 == 0
    evidence = (
        (workflow.EvidenceInput(f"evidence #{n}", "field report", "B", 2),) if n % 2 else ()
    )
    return question, value, {"rationale": f"#{n}", "evidence": evidence}


def save_answers(params: dict[str, Any], reporter: Reporter) -> None:
    db = open_record(params["url"])
    assessment_id = params["assessment_id"]
    reporter.send("ready")
    n = params["start"]
    while True:
        question, value, extras = answer_for(n)
        reporter.phase("save")
        workflow.save_answer(db, assessment_id, question, value, actor="analyst",
                             playbook=PLAYBOOK, **extras)
        reporter.ack(n=n, question=question)
        n += 1


# ---------------------------------------------------------------------------------------------
# Recording decisions (with the steps around them)


def record_decisions(params: dict[str, Any], reporter: Reporter) -> None:
    db = open_record(params["url"])
    reporter.send("ready")
    round_ = params["start"]
    while True:
        reporter.phase("create")
        assessment_id = workflow.create_assessment(db, PLAYBOOK, title=f"Round {round_}",
                                                   actor="analyst")
        reporter.ack(step="create", assessment_id=assessment_id)
        for question, value in (("gravity", 2), ("lawful", True)):
            reporter.phase("answer")
            workflow.save_answer(db, assessment_id, question, value, actor="analyst",
                                 playbook=PLAYBOOK, rationale=f"round {round_}")
            reporter.ack(step="answer", assessment_id=assessment_id, question=question)
        reporter.phase("decide")
        decision_id = workflow.decide(db, assessment_id, decision="approve", by="Mina Minister",
                                      playbook=PLAYBOOK)
        reporter.ack(step="decide", assessment_id=assessment_id, decision_id=decision_id)
        reporter.phase("dissent")
        dissent_id = workflow.add_dissent(db, assessment_id, reviewer="Reviewer",
                                          text=f"Dissent in round {round_}")
        reporter.ack(step="dissent", assessment_id=assessment_id, dissent_id=dissent_id)
        reporter.phase("revise")
        revision_id = workflow.revise(db, assessment_id, actor="analyst")
        reporter.ack(step="revise", assessment_id=assessment_id, revision_id=revision_id)
        reporter.phase("decide")
        decision_id = workflow.decide(db, revision_id, decision="reject", by="Mina Minister",
                                      justification=f"Changed circumstances {round_}",
                                      playbook=PLAYBOOK)
        reporter.ack(step="decide", assessment_id=revision_id, decision_id=decision_id)
        round_ += 1


# ---------------------------------------------------------------------------------------------
# Issuing memos: render, sign, store, export — and signing a stored memo later


def issue_memos(params: dict[str, Any], reporter: Reporter) -> None:
    db = open_record(params["url"])
    signers = [identity(path, params["passphrase"]) for path in params["identities"]]
    export = Path(params["export"])
    reporter.send("ready")

    def progress(step: str, done: int, total: int) -> None:
        words = step.lower()
        for marker, name in (("render", "render"), ("signing", "sign"), ("storing", "store"),
                             ("writing", "export")):
            if marker in words:
                reporter.phase(name)

    # A decision gets one memo (models.memos): each round issues the memo of a new decision,
    # and replaces the export file as the user's --force would.
    from tests.reliability.harness import decided_assessment

    export = reports.issue.ExportTarget(export, overwrite=True)
    round_ = params["start"]
    while True:
        assessment_id = decided_assessment(db)  # the parent's stays unissued
        if round_ % 3 == 2:  # issued unsigned, then signed later, one signature at a time
            issued = reports.issue.issue_memo(db, assessment_id, PLAYBOOK, actor="officer",
                                              export_to=export, progress=progress)
            _ack_memo(reporter, issued)
            for signer in signers:
                issued = reports.issue.sign_stored_memo(db, issued.memo.id, signer,
                                                        actor="officer", export_to=export,
                                                        progress=progress)
                _ack_memo(reporter, issued)
        else:  # issued with both signatures at once
            issued = reports.issue.issue_memo(db, assessment_id, PLAYBOOK, actor="officer",
                                              identities=signers, export_to=export,
                                              progress=progress)
            _ack_memo(reporter, issued)
        round_ += 1


def _ack_memo(reporter: Reporter, issued: Any) -> None:
    memo = issued.memo
    reporter.ack(memo_id=memo.id, reference=memo.reference, stage=memo.stage,
                 sha256=memo.sha256)


# ---------------------------------------------------------------------------------------------
# Opening a new database (create, migrate, seed the member registry)


def first_open(params: dict[str, Any], reporter: Reporter) -> None:
    reporter.send("ready")
    reporter.phase("open")
    open_record(params["url"]).close()
    reporter.ack(step="open")
    reporter.phase("idle")
    while True:  # wait to be killed
        time.sleep(1)


# ---------------------------------------------------------------------------------------------
# Two writers at once (concurrency)


def concurrent_writer(params: dict[str, Any], reporter: Reporter) -> None:
    """Saves `count` answers, each with the row_version it last saw (optimistic concurrency),
    to a draft another process writes too; a ConcurrentEdit reloads and retries."""
    from models.errors import ConcurrentEdit

    db = open_record(params["url"])
    assessment_id = params["assessment_id"]
    reporter.send("ready")
    version = workflow.load_assessment(db, assessment_id).row_version
    conflicts = 0
    for i in range(params["count"]):
        n = params["start"] + i
        question, value, extras = answer_for(n)
        while True:
            try:
                version = workflow.save_answer(db, assessment_id, question, value,
                                               actor=params["actor"], playbook=PLAYBOOK,
                                               expected_row_version=version, **extras)
                break
            except ConcurrentEdit:
                conflicts += 1
                version = workflow.load_assessment(db, assessment_id).row_version
        reporter.ack(n=n, question=question, version=version)
        # A second draft each writer owns: writes that never conflict, interleaved.
        workflow.update_details(db, params["own_id"], title=f"{params['actor']} {n}",
                                actor=params["actor"])
    reporter.ack(done=True, conflicts=conflicts)


def issue_one_memo(params: dict[str, Any], reporter: Reporter) -> None:
    """Issues the memo of one decided assessment, signed by both identities, as an official
    does; several children run this at once on one record (memos issued at once)."""
    db = open_record(params["url"])
    signers = [identity(path, params["passphrase"]) for path in params["identities"]]
    reporter.send("ready")
    reporter.phase("issue")
    issued = reports.issue.issue_memo(db, params["assessment_id"], PLAYBOOK,
                                      actor=params["actor"], identities=signers)
    _ack_memo(reporter, issued)


SCENARIOS: dict[str, Callable[[dict[str, Any], Reporter], None]] = {
    "answers": save_answers,
    "decisions": record_decisions,
    "memos": issue_memos,
    "first_open": first_open,
    "concurrent": concurrent_writer,
    "one_memo": issue_one_memo,
}
