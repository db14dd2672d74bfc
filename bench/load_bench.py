"""Many officials at once (issue 18, item 5): K officials, each a process of its own, work on
one PostgreSQL record for a fixed time — create a case, save answers, search History, decide,
issue the memo — against one official alone on the same record in the same run.

    CONCERT_TEST_PG_URL=postgresql+psycopg://postgres@127.0.0.1:55433/postgres \
        .venv/bin/python -m bench.load_bench [--officials 32] [--seconds 60] [--think 2]
                                             [--quick] [--json]

Officials pause between actions as people do: a think time drawn at random (exponential, mean
--think seconds, 2 by default; each official its own seeded draw). With --think 0 they work
flat out, which measures the server's capacity rather than what an official waits.

Figures: saves per second (all officials together) and the p95 of one answer save, alone and
with K at once (goal: p95 with 32 at once <= 3x p95 alone). Then the record is checked: every
save, decision and memo an official was told succeeded is in it exactly once (no lost or
doubled write), memo references are all different, and `verify_chain` walks one unbroken
chain (no fork). Every error an official met is counted by its type (a lock timeout or a
deadlock would be one): none is expected. Each official logs in as PostgreSQL roles of its
own, made as a ministry's administrator would (models.roles: `admin roles init`, then `admin
grant`): a drafter login that creates, answers, searches and issues the memo, and a minister
login that decides; the check also finds every official's entries under its own logins (who
acted, as the server wrote it). The record lives in a database of its own (concert_load_*),
dropped at the end with the logins. --quick: 4 officials for 10 s, think time 0.5 s
(a smoke check). No figure is asserted anywhere (tests never assert times).
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import statistics
import sys
import time
import traceback
import uuid
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa

# Imported before the officials are forked, so each starts warm.
import models.workflow as workflow
import reports.issue
from models.opening import open_record
from models.search import search_assessments
from playbooks.loader import PlaybookCatalog
from playbooks.model import Playbook, Question, QuestionKind

PLAYBOOK_ID = "use-of-force"
SEARCH_WORDS = ("harbour", "strait", "official", "case", "relief", "border")
MEMO_EVERY = 4  # one case in four gets its memo (rendering is seconds of CPU on 2 cores)


def _value(question: Question, n: int) -> Any:
    """A valid answer to `question` (None for kinds this load leaves unanswered)."""
    kind = question.kind
    if kind == QuestionKind.SCALE:
        return question.grades[n % len(question.grades)].value
    if kind == QuestionKind.CHOICE:
        return question.options[n % len(question.options)].id
    if kind == QuestionKind.LIKELIHOOD:
        return ("unlikely", "likely", "roughly_even_chance")[n % 3]
    if kind == QuestionKind.CONFIDENCE:
        return ("low", "moderate", "high")[n % 3]
    if kind == QuestionKind.YES_NO:
        return n % 2 == 0
    if kind == QuestionKind.NUMBER:
        return question.minimum if question.minimum is not None else 1
    if kind == QuestionKind.TEXT:
        return f"Assessment note {n} on the harbour relief"
    return None


def _answerable(playbook: Playbook) -> list[Question]:
    per_option = playbook.option_questions()
    return [q for q in playbook.questions()
            if q not in per_option and _value(q, 0) is not None][:6]


class _TimeUp(Exception):
    """The official's time is over."""


@dataclass(frozen=True)
class Logins:
    """One official's two logins: as drafter and as minister (the URLs to the record)."""

    drafter: str
    minister: str
    drafter_url: str
    minister_url: str


def official(number: int, logins: Logins, seconds: float, think: float, start: Any,
             results: Any) -> None:
    """One official's process: work in cycles until `seconds` after `start` is set, pausing
    a random think time (mean `think` seconds) before each action."""
    import random

    rng = random.Random(number)
    deadline = float("inf")

    def pause() -> None:
        """Think, then stop when the time is up (in the middle of a case, as people do)."""
        if think > 0:
            time.sleep(rng.expovariate(1 / think))
        if time.perf_counter() >= deadline:
            raise _TimeUp

    acks: dict[str, list[Any]] = {"saves": [], "decisions": [], "memos": [], "cases": []}
    latencies: list[float] = []
    errors: Counter[str] = Counter()
    searches = 0
    try:
        playbook = PlaybookCatalog.load(None).get(PLAYBOOK_ID)
        questions = _answerable(playbook)
        db = open_record(logins.drafter_url)
        minister = open_record(logins.minister_url)
        actor = f"official {number}"
        start.wait()
        deadline = time.perf_counter() + seconds
        cycle = 0
        while True:
            try:
                pause()
                case = workflow.create_assessment(
                    db, playbook, title=f"Harbour relief case {number}-{cycle}", actor=actor)
                acks["cases"].append(case)
                for index, question in enumerate(questions):
                    pause()
                    began = time.perf_counter()
                    workflow.save_answer(db, case, question.id, _value(question, cycle + index),
                                         rationale=f"o{number}c{cycle}q{index}", actor=actor,
                                         playbook=playbook)
                    latencies.append(time.perf_counter() - began)
                    acks["saves"].append([case, question.id])
                pause()
                search_assessments(db, SEARCH_WORDS[cycle % len(SEARCH_WORDS)], limit=50)
                searches += 1
                pause()
                workflow.decide(minister, case, decision="defer", by="Mina Minister",
                                justification="More evidence is needed.", playbook=playbook)
                acks["decisions"].append(case)
                if cycle % MEMO_EVERY == number % MEMO_EVERY:
                    pause()
                    issued = reports.issue.issue_memo(db, case, playbook, actor=actor)
                    acks["memos"].append([case, issued.memo.reference])
            except _TimeUp:
                break
            except Exception as error:  # counted: every one is a failure of the scenario
                errors[f"{type(error).__name__}: {str(error).splitlines()[0][:160]}"] += 1
            cycle += 1
        db.close()
        minister.close()
    except Exception:
        errors[traceback.format_exc().strip().splitlines()[-1]] += 1
    results.put({"official": number, "latencies": latencies, "acks": acks, "searches": searches,
                 "errors": dict(errors)})


def run_officials(officials: list[Logins], seconds: float, think: float) -> dict[str, Any]:
    """These officials at once for `seconds`; their figures and acknowledgements together."""
    count = len(officials)
    context = multiprocessing.get_context("fork")
    start = context.Event()
    results = context.Queue()
    processes = [context.Process(target=official,
                                 args=(n + 1, logins, seconds, think, start, results))
                 for n, logins in enumerate(officials)]
    for process in processes:
        process.start()
    time.sleep(min(30.0, 1.0 + 0.5 * count))  # each opens the record before the start
    began = time.perf_counter()
    start.set()
    reports_ = [results.get(timeout=seconds + 600) for _ in processes]
    elapsed = time.perf_counter() - began
    for process in processes:
        process.join(timeout=60)
    latencies = sorted(x for r in reports_ for x in r["latencies"])
    errors: Counter[str] = Counter()
    for r in reports_:
        errors.update(r["errors"])
    acks = {key: [a for r in reports_ for a in r["acks"][key]]
            for key in ("saves", "decisions", "memos", "cases")}
    return {
        "officials": count, "logins": [[o.drafter, o.minister] for o in officials],
        "seconds": elapsed, "saves": len(latencies),
        "saves_per_s": len(latencies) / elapsed if elapsed else 0.0,
        "p50_save_s": statistics.median(latencies) if latencies else None,
        "p95_save_s": _p95(latencies), "decisions": len(acks["decisions"]),
        "memos": len(acks["memos"]), "searches": sum(r["searches"] for r in reports_),
        "errors": dict(errors), "acks": acks,
    }


def _p95(values: list[float]) -> float | None:
    if not values:
        return None
    return values[min(len(values) - 1, round(0.95 * (len(values) - 1)))]


def check_record(url: str, runs: list[dict[str, Any]]) -> list[str]:
    """What the record must hold after the load: each acknowledged write exactly once."""
    from models.audit_check import verify_chain

    problems: list[str] = []
    saves = Counter(tuple(a) for run in runs for a in run["acks"]["saves"])
    decided = Counter(c for run in runs for c in run["acks"]["decisions"])
    memos = [tuple(m) for run in runs for m in run["acks"]["memos"]]
    db = open_record(url)
    try:
        with db.engine.connect() as connection:
            audited = Counter(
                (entity_id, json.loads(payload)["question_id"])
                for entity_id, payload in connection.execute(sa.text(
                    "SELECT entity_id, payload FROM audit_entry WHERE action = 'answer.save'")))
            decisions = Counter(connection.execute(sa.text(
                "SELECT assessment_id FROM decision")).scalars())
            stored = Counter(connection.execute(sa.text(
                "SELECT reference FROM memo WHERE stage = 'unsigned'")).scalars())
            answered = {tuple(row) for row in connection.execute(sa.text(
                "SELECT assessment_id, question_id FROM answer"))}
        lost = [s for s in saves if audited[s] == 0 or s not in answered]
        doubled = [s for s, n in audited.items() if n > 1 or (s in saves and saves[s] > 1)]
        if lost:
            problems.append(f"{len(lost)} acknowledged saves missing, e.g. {lost[0]}")
        if doubled:
            problems.append(f"{len(doubled)} saves recorded twice, e.g. {doubled[0]}")
        undecided = [c for c in decided if decisions[c] != 1]
        if undecided:
            problems.append(f"{len(undecided)} acknowledged decisions not stored once")
        references = [r for _, r in memos]
        if len(set(references)) != len(references):
            problems.append("a memo reference was acknowledged twice")
        missing = [r for r in references if stored[r] != 1]
        if missing:
            problems.append(f"{len(missing)} acknowledged memos not stored once")
            problems.extend(_who_acted(connection, runs))
        report = verify_chain(db)
        if not report.ok:
            problems.append(f"the chain does not verify: {report}")
    finally:
        db.close()
    return problems


def _who_acted(connection: sa.Connection, runs: list[dict[str, Any]]) -> list[str]:
    """Every official's saves and decisions are the server's word for its own logins."""
    rows = connection.execute(sa.text(
        "SELECT action, login, count(*) FROM audit_entry "
        "WHERE action IN ('answer.save', 'assessment.decide') GROUP BY action, login")).all()
    by_login = {(action, login): n for action, login, n in rows}
    problems = []
    for run in runs:
        for drafter, minister in run["logins"]:
            if not by_login.get(("answer.save", drafter)):
                problems.append(f"no save is recorded under the drafter login {drafter}")
            if not by_login.get(("assessment.decide", minister)):
                problems.append(f"no decision is recorded under the minister login {minister}")
    known = {login for run in runs for pair in run["logins"] for login in pair}
    strangers = sorted({login or "(none)" for (_, login) in by_login if login not in known})
    if strangers:
        problems.append(f"saves or decisions recorded under other logins: {strangers}")
    return problems


@contextmanager
def load_database(server_url: str, officials: int) -> Iterator[tuple[str, list[Logins]]]:
    """A new, migrated record in a database of its own on the server, with the groups set up
    and `officials` officials' logins granted; the database and the logins dropped after."""
    from models.roles import grant_official, init_roles

    admin = sa.create_engine(sa.engine.make_url(server_url).set(drivername="postgresql+psycopg"),
                             isolation_level="AUTOCOMMIT")
    tag = uuid.uuid4().hex[:8]
    name = f"concert_load_{tag}"
    with admin.connect() as connection:
        connection.exec_driver_sql(f'CREATE DATABASE "{name}"')
    url = admin.url.set(database=name)
    made: list[str] = []
    try:
        owner = open_record(url.render_as_string(hide_password=False))
        try:
            init_roles(owner)
            logins = []
            for n in range(1, officials + 1):
                pair = []
                for kind in ("drafter", "minister"):
                    login = f"load_{tag}_{kind[0]}{n}"
                    made.append(login)
                    grant_official(owner, login, kind, name=f"Official {n} ({kind})",
                                   actor="load bench")
                    pair.append(login)
                logins.append(Logins(*pair, *(
                    url.set(username=login, password=None).render_as_string(
                        hide_password=False) for login in pair)))
        finally:
            owner.close()
        yield url.render_as_string(hide_password=False), logins
    finally:
        with admin.connect() as connection:
            connection.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
            for login in made:
                connection.exec_driver_sql(f'DROP ROLE IF EXISTS "{login}"')
        admin.dispose()


def measure(server_url: str, officials: int, seconds: float, think: float = 2.0
            ) -> dict[str, Any]:
    with load_database(server_url, officials + 1) as (url, logins):
        alone = run_officials(logins[:1], seconds, think)
        many = run_officials(logins[1:], seconds, think)
        problems = check_record(url, [alone, many])
    ratio = (many["p95_save_s"] / alone["p95_save_s"]
             if many["p95_save_s"] and alone["p95_save_s"] else None)
    for run in (alone, many):
        run.pop("acks")
    return {"alone": alone, "many": many, "p95_ratio": ratio, "problems": problems,
            "think_s": think, "cores": os.cpu_count(), "load": os.getloadavg()}


def _ms(value: float | None) -> str:
    return "—" if value is None else f"{value * 1000:.1f} ms"


def describe(figures: dict[str, Any]) -> list[str]:
    alone, many = figures["alone"], figures["many"]
    ratio = figures["p95_ratio"]
    lines = [f"think time between actions: mean {figures['think_s']:g} s"]
    for label, run in (("1 official alone", alone), (f"{many['officials']} officials", many)):
        lines.append(
            f"{label:16} {run['seconds']:6.1f} s: {run['saves']:6} saves "
            f"({run['saves_per_s']:6.1f}/s), {run['decisions']:5} decisions, {run['memos']:4} "
            f"memos, {run['searches']:5} searches; save p50 {_ms(run['p50_save_s'])}, "
            f"p95 {_ms(run['p95_save_s'])}")
    lines.append(f"p95 save with {many['officials']} at once / alone: "
                 + ("—" if ratio is None else f"{ratio:.2f}x") + " (goal <= 3x)")
    errors = {**alone["errors"], **many["errors"]}
    lines.append("errors met by officials: " + (
        "none" if not errors else "; ".join(f"{n} x {e}" for e, n in errors.items())))
    lines.append("record: " + ("every acknowledged write present once, references distinct, "
                               "chain verifies" if not figures["problems"]
                               else "; ".join(figures["problems"])))
    lines.append(f"machine: {figures['cores']} cores, load {figures['load'][0]:.1f}")
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="K officials at once on one PostgreSQL record")
    parser.add_argument("--officials", type=int, default=32)
    parser.add_argument("--seconds", type=float, default=60.0)
    parser.add_argument("--think", type=float, default=2.0,
                        help="mean seconds an official pauses before each action (0: none)")
    parser.add_argument("--quick", action="store_true", help="4 officials, 10 s, think 0.5 s")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON last")
    parser.add_argument("--db", default=os.environ.get("CONCERT_TEST_PG_URL"),
                        help="a PostgreSQL superuser's URL (default: CONCERT_TEST_PG_URL)")
    args = parser.parse_args(argv)
    if not args.db or not args.db.startswith("postgresql"):
        print("load_bench: needs PostgreSQL: set CONCERT_TEST_PG_URL or give --db URL",
              file=sys.stderr)
        return 2
    officials, seconds, think = ((4, 10.0, 0.5) if args.quick
                                 else (args.officials, args.seconds, args.think))
    figures = measure(args.db, officials, seconds, think)
    for line in describe(figures):
        print(line, file=sys.stderr if args.json else sys.stdout)
    if args.json:
        print(json.dumps(figures))
    return 1 if figures["problems"] else 0


if __name__ == "__main__":
    sys.exit(main())
