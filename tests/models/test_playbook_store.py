"""The record keeps every playbook file its assessments used: once per hash, audited, never
changed, and read back by the catalog when the installed file is gone or changed."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest
import sqlalchemy as sa

from models.audit_check import verify_chain
from models.case_template import case_template
from models.casefile import import_case, parse_case_file
from models.db import Database
from models.errors import InvalidInput, RecordFrozen
from models.playbook_store import RecordPlaybooks, playbooks_not_kept
from models.tables import Assessment, AuditEntry, PlaybookFile
from models.workflow import (
    create_assessment,
    decide,
    evaluate_assessment,
    load_assessment,
    revise,
    save_answer,
)
from playbooks.loader import PlaybookCatalog, load_playbook
from playbooks.model import Verdict
from reports.assessment_text import answer_lines
from tests.models.sample import PLAYBOOK_YAML, add_members
from tests.models.tamper import without_triggers

MINISTRY_YAML = PLAYBOOK_YAML.replace("id: test-joint-action", "id: ministry-cyber", 1)


def _install(folder: Path, text: str = MINISTRY_YAML, name: str = "ministry-cyber.yaml") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(text, "utf-8")
    return path


def _catalog(db: Database, folder: Path) -> PlaybookCatalog:
    return PlaybookCatalog.load(folder, record=RecordPlaybooks(db))


def _kept_rows(db: Database) -> list[PlaybookFile]:
    with db.session() as session:
        return list(session.execute(sa.select(PlaybookFile)).scalars())


def _actions(db: Database) -> list[str]:
    with db.session() as session:
        return list(
            session.execute(sa.select(AuditEntry.action).order_by(AuditEntry.seq)).scalars()
        )


def _decided(db: Database, catalog: PlaybookCatalog) -> str:
    playbook = catalog.get("ministry-cyber")
    add_members(db)
    assessment_id = create_assessment(db, playbook, title="Joint response", actor="analyst")
    for question_id, value in (("gravity", 2), ("lawful", True), ("summary", "Grave harm")):
        save_answer(db, assessment_id, question_id, value, actor="analyst", playbook=playbook)
    decide(db, assessment_id, decision="approve", by="Minister", playbook=playbook)
    return assessment_id


def test_the_first_use_keeps_the_file_once_with_its_audit_entry(
    database: Database, tmp_path: Path
) -> None:
    path = _install(tmp_path / "playbooks")
    catalog = _catalog(database, tmp_path / "playbooks")
    playbook = catalog.get("ministry-cyber")
    for title in ("First", "Second"):
        create_assessment(database, playbook, title=title, actor="analyst")
    rows = _kept_rows(database)
    assert [(r.sha256, r.playbook_id, r.version, r.stored_by) for r in rows] == [
        (playbook.content_hash, "ministry-cyber", "1.0", "analyst")
    ]
    assert rows[0].content == path.read_bytes()
    assert _actions(database).count("playbook.store") == 1
    with database.session() as session:
        entry = session.execute(
            sa.select(AuditEntry).where(AuditEntry.action == "playbook.store")
        ).scalar_one()
    assert entry.entity_id == playbook.content_hash
    assert json.loads(entry.payload) == {
        "sha256": playbook.content_hash,
        "playbook_id": "ministry-cyber",
        "version": "1.0",
        "bytes": len(path.read_bytes()),
    }
    assert verify_chain(database).ok


def test_a_decided_record_reads_and_re_evaluates_in_words_once_its_file_is_gone(
    database: Database, tmp_path: Path
) -> None:
    folder = tmp_path / "playbooks"
    path = _install(folder)
    assessment_id = _decided(database, _catalog(database, folder))
    path.unlink()

    catalog = _catalog(database, folder)  # a later start: the file is not installed any more
    record = load_assessment(database, assessment_id)
    playbook = catalog.by_hash(record.playbook_hash)
    assert playbook is not None and catalog.origin(playbook) == "record"
    shown = "\n".join(answer_lines(record, playbook))
    assert "gravity: 2 – grave" in shown and "lawful: yes" in shown  # words, not raw values
    assert "Cause (gate)" in shown
    evaluation = evaluate_assessment(database, assessment_id, playbook)
    assert evaluation.verdict is Verdict.LEGITIMATE
    assert record.decision is not None and record.decision.verdict == evaluation.verdict.value

    # Revising and deciding again: no dead end.
    revision = revise(database, assessment_id, actor="analyst", playbook=playbook)
    decide(database, revision, decision="approve", by="Minister", playbook=playbook)
    assert load_assessment(database, revision).status == "decided"
    assert verify_chain(database).ok


def test_a_changed_file_under_a_used_version_is_refused_and_the_record_copy_stays(
    database: Database, tmp_path: Path
) -> None:
    folder = tmp_path / "playbooks"
    path = _install(folder)
    assessment_id = _decided(database, _catalog(database, folder))
    path.write_text(MINISTRY_YAML.replace("title: Cause", "title: Cause (edited)"), "utf-8")

    catalog = _catalog(database, folder)
    assert len(catalog.errors) == 1
    assert "differs from the copy the record keeps" in str(catalog.errors[0])
    playbook = catalog.by_hash(load_assessment(database, assessment_id).playbook_hash)
    assert playbook is not None and playbook.criteria[0].title == "Cause"
    assert catalog.get("ministry-cyber", "1.0") is playbook


def test_the_workflow_refuses_to_keep_a_second_content_under_one_version(
    database: Database, tmp_path: Path
) -> None:
    folder = tmp_path / "playbooks"
    _install(folder)
    create_assessment(database, _catalog(database, folder).get("ministry-cyber"), title="A",
                      actor="analyst")
    edited = load_playbook(_install(tmp_path / "other", MINISTRY_YAML + "# edited\n"))
    with pytest.raises(InvalidInput, match=r"playbook ministry-cyber 1\.0 from .*other.* \(hash "
                       r"[0-9a-f]{12}…\) differs from the copy of ministry-cyber 1\.0 the record "
                       r"keeps \(hash [0-9a-f]{12}…\): give the changed playbook a new version"):
        create_assessment(database, edited, title="B", actor="analyst")
    with database.session() as session:
        assert session.execute(sa.select(sa.func.count()).select_from(Assessment)).scalar() == 1
    assert len(_kept_rows(database)) == 1


def test_an_import_keeps_the_playbook_it_names(database: Database, tmp_path: Path) -> None:
    folder = tmp_path / "playbooks"
    _install(folder)
    catalog = _catalog(database, folder)
    playbook = catalog.get("ministry-cyber")
    text = case_template(playbook)  # every question, unanswered: imports as an empty draft
    draft = import_case(database, parse_case_file(text, "case.yaml", catalog), actor="clerk")
    assert [r.sha256 for r in _kept_rows(database)] == [playbook.content_hash]
    assert _actions(database)[-2:] == ["playbook.store", "assessment.import"]
    assert load_assessment(database, draft).answers == {}


def test_kept_files_cannot_be_changed_or_deleted(database: Database, tmp_path: Path) -> None:
    folder = tmp_path / "playbooks"
    _install(folder)
    create_assessment(database, _catalog(database, folder).get("ministry-cyber"), title="A",
                      actor="analyst")
    for statement in (
        "UPDATE playbook_file SET content = :forged",
        "UPDATE playbook_file SET version = '9.0'",
        "DELETE FROM playbook_file",
    ):
        with pytest.raises(RecordFrozen, match="a playbook file kept in the record cannot be "
                           "changed or deleted"), database.write_session() as session:
            session.execute(sa.text(statement), {"forged": b"id: forged\n"})


@pytest.mark.parametrize(
    ("statement", "problem"),
    [
        ("UPDATE playbook_file SET content = :forged", "the file of playbook ministry-cyber 1.0 "
         "kept in entry"),
        ("DELETE FROM playbook_file", "the file of playbook ministry-cyber 1.0 kept in entry"),
        ("INSERT INTO playbook_file (sha256, playbook_id, version, content, stored_at, "
         "stored_by) VALUES (:fake, 'forged', '1.0', :forged, '2030-01-01 00:00:00', 'x')",
         "kept playbook file " + hashlib.sha256(b"id: forged\n").hexdigest()),
    ],
)
def test_audit_verify_finds_kept_files_changed_behind_its_back(
    database: Database, tmp_path: Path, statement: str, problem: str
) -> None:
    folder = tmp_path / "playbooks"
    _install(folder)
    create_assessment(database, _catalog(database, folder).get("ministry-cyber"), title="A",
                      actor="analyst")
    forged = b"id: forged\n"
    without_triggers(database, statement, forged=forged, fake=hashlib.sha256(forged).hexdigest())
    report = verify_chain(database)
    assert not report.ok
    assert report.problem.startswith(problem), report.problem


def test_opening_the_record_reads_no_kept_file(database: Database, tmp_path: Path) -> None:
    folder = tmp_path / "playbooks"
    _install(folder)
    _decided(database, _catalog(database, folder))

    class Counting(RecordPlaybooks):
        reads = 0

        def content(self, sha256: str) -> bytes | None:
            Counting.reads += 1
            return super().content(sha256)

    catalog = PlaybookCatalog.load(folder, record=Counting(database))
    catalog.all(), catalog.latest(), catalog.get("ministry-cyber")
    assert Counting.reads == 0  # installed files answer; the record is read when one is missing


def test_assessments_whose_playbook_is_not_kept_are_listed(database: Database) -> None:
    assert playbooks_not_kept(database) == []
    add_members(database)
    catalog = PlaybookCatalog.load(None, record=RecordPlaybooks(database))
    create_assessment(database, catalog.get("sanctions", "1.0"), title="S", actor="a")
    without_triggers(database, "DELETE FROM playbook_file")
    (unkept,) = playbooks_not_kept(database)
    assert (unkept.playbook_id, unkept.version, unkept.assessments) == ("sanctions", "1.0", 1)
