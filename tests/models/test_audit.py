"""The audit chain: appended with every change, verified entry by entry, never forked."""

from __future__ import annotations

import itertools
import json
import threading

import pytest
import sqlalchemy as sa

from models.audit import chain_head, compute_entry_hash
from models.audit_check import verify_chain
from models.db import Database
from models.memos import store_memo
from models.opening import open_record
from models.tables import AuditEntry
from models.workflow import add_dissent, create_assessment, decide, save_answer
from tests.models.tamper import without_triggers
from tests.models.test_workflow import PLAYBOOK, answer, complete_draft, new_draft

PDF = b"%PDF-1.7\n% memo\n%%EOF\n"


def entries(db: Database) -> list[AuditEntry]:
    with db.session() as session:
        return list(session.execute(sa.select(AuditEntry).order_by(AuditEntry.seq)).scalars())


@pytest.fixture
def history(database: Database) -> Database:
    """A record with a few changes: two drafts, answers, a decision, a dissent and a memo."""
    decided = complete_draft(database)
    decide(database, decided, decision="approve", by="minister", playbook=PLAYBOOK)
    add_dissent(database, decided, reviewer="Legal adviser", text="Thin legal basis")
    store_memo(database, assessment_id=decided, pdf=PDF, stage="unsigned", actor="clerk")
    draft = new_draft(database, "Second crisis")
    answer(database, draft, "gravity", 1)
    return database


def test_every_change_appends_one_linked_entry(history: Database) -> None:
    chain = entries(history)
    start = chain[0].seq
    actions = [e.action for e in chain]
    assert actions[-9:] == [
        "playbook.store",  # the first assessment to use the playbook keeps its file
        "assessment.create",
        "answer.save",
        "answer.save",
        "assessment.decide",
        "dissent.add",
        "memo.store",
        "assessment.create",
        "answer.save",
    ]
    assert [e.seq for e in chain] == list(range(start, start + len(chain)))
    for previous, entry in itertools.pairwise(chain):
        assert entry.prev_hash == previous.entry_hash
    assert chain_head(history) == chain[-1].entry_hash
    report = verify_chain(history)
    assert report.ok, report.problem
    assert report.entries == len(chain) and report.first_bad_seq is None
    # the decided record, the dissent, the memo, the kept playbook file
    assert report.records_checked == 4


def test_entry_hash_is_sha256_of_canonical_content(history: Database) -> None:
    entry = entries(history)[-1]
    assert json.loads(entry.payload)["question_id"] == "gravity"
    assert entry.entry_hash == compute_entry_hash(
        seq=entry.seq,
        at=entry.at,
        actor=entry.actor,
        action=entry.action,
        entity_type=entry.entity_type,
        entity_id=entry.entity_id,
        payload=entry.payload,
        prev_hash=entry.prev_hash,
        login=entry.login,
    )
    # The login is the server's session_user on PostgreSQL (sealed into the hash); SQLite is
    # single-user and has none, so its entries hash as they did before schema 0008.
    if history.dialect == "postgresql":
        with history.session() as session:
            assert entry.login == session.execute(sa.text("SELECT session_user")).scalar_one()
        assert entry.entry_hash != compute_entry_hash(
            seq=entry.seq, at=entry.at, actor=entry.actor, action=entry.action,
            entity_type=entry.entity_type, entity_id=entry.entity_id, payload=entry.payload,
            prev_hash=entry.prev_hash,
        )  # fmt: skip
    else:
        assert entry.login is None


def test_an_altered_entry_is_named(history: Database) -> None:
    target = entries(history)[3].seq
    without_triggers(
        history, "UPDATE audit_entry SET actor = 'someone else' WHERE seq = :s", s=target
    )
    report = verify_chain(history)
    assert not report.ok and report.first_bad_seq == target
    assert f"entry {target} was altered" in report.problem
    assert f"broken at entry {target}" in str(report)


def test_a_rewritten_entry_with_a_recomputed_hash_breaks_the_next_link(history: Database) -> None:
    entry = entries(history)[2]
    forged = compute_entry_hash(
        seq=entry.seq,
        at=entry.at,
        actor="forger",
        action=entry.action,
        entity_type=entry.entity_type,
        entity_id=entry.entity_id,
        payload=entry.payload,
        prev_hash=entry.prev_hash,
        login=entry.login,
    )
    without_triggers(
        history,
        "UPDATE audit_entry SET actor = 'forger', entry_hash = :h WHERE seq = :s",
        h=forged,
        s=entry.seq,
    )
    report = verify_chain(history)
    assert not report.ok and report.first_bad_seq == entry.seq
    assert "rewritten" in report.problem


def test_a_deleted_entry_is_named(history: Database) -> None:
    target = entries(history)[4].seq
    without_triggers(history, "DELETE FROM audit_entry WHERE seq = :s", s=target)
    report = verify_chain(history)
    assert not report.ok and report.first_bad_seq == target
    assert f"entry {target} is missing" in report.problem


def test_deleting_the_last_entries_is_found(history: Database) -> None:
    last = entries(history)[-1].seq
    without_triggers(history, "DELETE FROM audit_entry WHERE seq >= :s", s=last - 1)
    report = verify_chain(history)
    assert not report.ok and report.first_bad_seq == last - 1
    assert "last entries were deleted" in report.problem


def test_an_inserted_entry_is_found(history: Database) -> None:
    chain = entries(history)
    middle = chain[3].seq
    without_triggers(
        history,
        "UPDATE audit_entry SET seq = seq + 1000 WHERE seq > :m",
        "UPDATE audit_entry SET seq = seq - 999 WHERE seq > 1000",
        "INSERT INTO audit_entry (seq, at, actor, action, entity_type, entity_id, payload,"
        " prev_hash, entry_hash) VALUES (:n, :at, 'intruder', 'assessment.create', 'assessment',"
        " 'x', '{}', :prev, :h)",
        "UPDATE audit_head SET seq = seq + 1",
        m=middle,
        n=middle + 1,
        at=chain[3].at,
        prev=chain[3].entry_hash,
        h="e" * 64,
    )
    report = verify_chain(history)
    assert not report.ok and report.first_bad_seq == middle + 1


def test_a_decided_answer_changed_behind_the_triggers_is_found(history: Database) -> None:
    decide_seq = next(e.seq for e in entries(history) if e.action == "assessment.decide")
    without_triggers(
        history,
        "UPDATE answer SET value = '0' WHERE question_id = 'gravity' AND assessment_id ="
        " (SELECT assessment_id FROM decision)",
    )
    report = verify_chain(history)
    assert not report.ok and report.first_bad_seq == decide_seq
    assert "has changed since its decision" in report.problem
    assert verify_chain(history, check_records=False).ok  # the chain itself is intact


@pytest.mark.parametrize(
    ("statement", "what"),
    [
        ("UPDATE dissent SET text = 'I agree'", "dissent"),
        ("UPDATE memo SET pdf = :pdf", "memo"),
        ("DELETE FROM memo", "memo"),
    ],
)
def test_changed_dissent_or_memo_is_found(history: Database, statement: str, what: str) -> None:
    without_triggers(history, statement, pdf=PDF + b"%tampered\n")
    report = verify_chain(history)
    assert not report.ok and report.problem.startswith(what)


def test_two_writers_keep_one_unbroken_chain(database_url: str) -> None:
    """Two programs (each with its own engine and connections) writing at once."""
    databases = [open_record(database_url) for _ in range(2)]
    errors: list[BaseException] = []
    start = threading.Barrier(len(databases))

    def work(db: Database, name: str) -> None:
        try:
            start.wait()
            for number in range(8):
                assessment_id = create_assessment(
                    db, PLAYBOOK, title=f"{name} {number}", actor=name
                )
                save_answer(db, assessment_id, "gravity", 1, actor=name, playbook=PLAYBOOK)
        except BaseException as error:  # reported below, in the test's thread
            errors.append(error)

    threads = [
        threading.Thread(target=work, args=(db, f"writer-{i}")) for i, db in enumerate(databases)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    try:
        assert errors == []
        report = verify_chain(databases[0])
        assert report.ok, report.problem
        chain = entries(databases[0])
        writers = {e.actor for e in chain}
        assert {"writer-0", "writer-1"} <= writers
        work_entries = [e for e in chain if e.actor.startswith("writer-")]
        # The playbook file is kept once, by whichever writer used it first.
        assert [e.action for e in work_entries].count("playbook.store") == 1
        assert len(work_entries) == 2 * 8 * 2 + 1
    finally:
        for db in databases:
            db.close()


def test_verifying_while_another_program_writes_raises_no_false_alarm(database_url: str) -> None:
    writer_db, reader_db = open_record(database_url), open_record(database_url)
    done = threading.Event()
    errors: list[BaseException] = []

    def write() -> None:
        try:
            assessment_id = create_assessment(writer_db, PLAYBOOK, title="Busy", actor="writer")
            for grade in [0, 1, 2] * 6:
                save_answer(
                    writer_db, assessment_id, "gravity", grade, actor="w", playbook=PLAYBOOK
                )
        except BaseException as error:
            errors.append(error)
        finally:
            done.set()

    thread = threading.Thread(target=write)
    thread.start()
    reports = []
    while not done.is_set():
        reports.append(verify_chain(reader_db))
    thread.join()
    reports.append(verify_chain(reader_db))
    writer_db.close()
    reader_db.close()
    assert errors == []
    assert [r.problem for r in reports if not r.ok] == []
    assert reports[-1].entries >= 19
