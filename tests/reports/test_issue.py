"""Issuing through the record: render → sign → store → export, progress reported, refusals
that store and write nothing, signing a stored memo later, verification against the record."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
import sqlalchemy as sa

from models.db import Database
from models.workflow import EvidenceInput, create_assessment, decide, get_memo, save_answer
from reports.context import NotDecided
from reports.fonts import MissingGlyphs
from reports.identity import certificate_from_pem
from reports.issue import issue_memo, sign_stored_memo
from reports.signing import SigningRefused
from reports.verify import verify_memo_file
from tests.models.sample import add_members, sample_playbook
from tests.reports.conftest import MINISTER_NAME, Identities
from tests.reports.samples import SCRIPTS


def _assessment(db: Database, crisis: str = "") -> str:
    playbook = sample_playbook()
    add_members(db)
    assessment_id = create_assessment(
        db, playbook, title=f"Corridor for {SCRIPTS['arabic']} and {SCRIPTS['hebrew']}",
        proposed_action=f"Protect {SCRIPTS['korean']}; partners in {SCRIPTS['chinese']}.",
        crisis=crisis or f"Displacement near {SCRIPTS['cyrillic']} ({SCRIPTS['greek']}) and "
                      f"{SCRIPTS['latin']}.",
        classification="CONFIDENTIAL", actor="Ana Łukasiewicz")
    save_answer(db, assessment_id, "gravity", 2, rationale=f"Reports by {SCRIPTS['devanagari']}",
                confidence="high", evidence=[EvidenceInput("Field report", "UNHCR", "B", 2)],
                actor="analyst", playbook=playbook)
    save_answer(db, assessment_id, "lawful", True, rationale=SCRIPTS["japanese"],
                actor="analyst", playbook=playbook)
    save_answer(db, assessment_id, "positions", {"CAN": "endorse", "DEU": "endorse",
                                                 "JPN": "endorse", "ISR": "oppose"},
                actor="analyst", playbook=playbook)
    return assessment_id


def _decided(db: Database, crisis: str = "") -> str:
    assessment_id = _assessment(db, crisis)
    # The minister who countersigns is the one who decided (conftest's minister identity).
    decide(db, assessment_id, decision="approve", by=MINISTER_NAME, playbook=sample_playbook())
    return assessment_id


def _memo_count(db: Database) -> int:
    with db.session() as session:
        return session.execute(sa.text("SELECT count(*) FROM memo")).scalar_one()


def test_issue_countersigned_with_progress(database: Database, unlocked: tuple,
                                           identities: Identities, tmp_path: Path) -> None:
    assessment_id = _decided(database)
    steps: list[tuple[str, int, int]] = []
    out = tmp_path / "out"
    out.mkdir()
    target = out / "memo.pdf"
    issued = issue_memo(database, assessment_id, sample_playbook(), actor="Ana",
                        identities=unlocked, export_to=target,
                        progress=lambda step, done, total: steps.append((step, done, total)))
    assert issued.memo.stage == "countersigned"
    assert [s.field for s in issued.memo.signatures] == ["drafting_official", "minister"]
    assert issued.memo.signatures[0].cert_fingerprint == unlocked[0].fingerprint
    assert target.read_bytes() == issued.pdf == get_memo(database, issued.memo.reference).pdf
    assert steps[-1][1] == steps[-1][2] and any("minister" in s[0] for s in steps)
    assert [p.name for p in out.iterdir()] == ["memo.pdf"]  # no temporary file left
    text = subprocess.run(["pdftotext", str(target), "-"], capture_output=True, text=True,
                          check=True).stdout
    for word in ("Łódź", "Ελευθερία", "Украина", "नरेन्द्र", "联合国安理会", "東京都の避難民",
                 "대한민국", "CONFIDENTIAL", issued.memo.reference):
        assert word in text, word

    roots = [certificate_from_pem(identities.ca_pem.read_bytes(), "ca")]
    report = verify_memo_file(database, issued.pdf, roots)
    assert report.ok, report.reason
    assert "matches the stored memo (countersigned)" in report.record
    changed = verify_memo_file(database, issued.pdf + b"\n", roots)
    assert not changed.ok


def test_unsigned_then_signed_later(database: Database, unlocked: tuple) -> None:
    assessment_id = _decided(database)
    unsigned = issue_memo(database, assessment_id, sample_playbook(), actor="Ana")
    assert unsigned.memo.stage == "unsigned" and not unsigned.memo.signatures
    reference = unsigned.memo.reference
    drafted = sign_stored_memo(database, reference, unlocked[0], actor="Ana")
    assert drafted.memo.stage == "drafted" and drafted.memo.reference == reference
    final = sign_stored_memo(database, reference, unlocked[1], actor="Minister")
    assert final.memo.stage == "countersigned"
    assert [s.signer for s in final.memo.signatures] == [unlocked[0].name, unlocked[1].name]
    with pytest.raises(SigningRefused, match="locked"):
        sign_stored_memo(database, reference, unlocked[0], actor="Ana")
    assert _memo_count(database) == 3


def test_refusals_store_and_write_nothing(database: Database, unlocked: tuple,
                                          tmp_path: Path) -> None:
    target = tmp_path / "memo.pdf"
    draft = _assessment(database)
    with pytest.raises(NotDecided):
        issue_memo(database, draft, sample_playbook(), actor="Ana", export_to=target)
    rocket = _decided(database, crisis="Launch site 🚀 near the border")
    with pytest.raises(MissingGlyphs, match="U\\+1F680"):
        issue_memo(database, rocket, sample_playbook(), actor="Ana", identities=unlocked,
                   export_to=target)
    assert _memo_count(database) == 0
    assert not target.exists()
    with pytest.raises(Exception, match="does not exist"):
        issue_memo(database, rocket, sample_playbook(), actor="Ana",
                   export_to=tmp_path / "missing" / "memo.pdf")
    assert _memo_count(database) == 0


def test_the_memo_prints_the_member_registry_revision_the_decision_was_judged_against(
    database: Database, tmp_path: Path
) -> None:
    from models.registry_revisions import current_revision

    assessment_id = _decided(database)
    revision = current_revision(database)
    assert revision is not None
    target = tmp_path / "memo.pdf"
    issue_memo(database, assessment_id, sample_playbook(), actor="Ana", export_to=target)
    text = " ".join(subprocess.run(["pdftotext", str(target), "-"], capture_output=True,
                                   text=True, check=True).stdout.split())  # fmt: skip
    assert f"MEMBER REGISTRY {revision.label} · SHA-256 {revision.content_hash}" in text


def test_a_failed_export_keeps_the_memo_and_a_retry_never_issues_a_second(
        database: Database, unlocked: tuple, tmp_path: Path) -> None:
    """The disk fills (here: the folder goes) after the memo was stored: the message names the
    stored reference and how to export it again; issuing again is refused before any signing;
    `export_stored_memo` writes the stored bytes without signing."""
    import shutil

    from models.memos import MemoAlreadyIssued
    from reports.issue import export_stored_memo

    assessment_id = _decided(database)
    folder = tmp_path / "usb-stick"
    folder.mkdir()

    def pull_the_stick(step: str, done: int, total: int) -> None:
        if step.startswith("Writing"):
            shutil.rmtree(folder)

    with pytest.raises(Exception, match=r"memo CD-\d{4}-\d{4}-\w{8} is stored in the record: "
                       r"export it again with `memo CD-\d{4}-\d{4}-\w{8} -o FILE`"):
        issue_memo(database, assessment_id, sample_playbook(), actor="Ana",
                   identities=unlocked, export_to=folder / "memo.pdf", progress=pull_the_stick)
    assert _memo_count(database) == 1
    stored = get_memo(database, assessment_id_reference(database))
    with pytest.raises(MemoAlreadyIssued, match=stored.reference):
        issue_memo(database, assessment_id, sample_playbook(), actor="Ana",
                   identities=unlocked, export_to=tmp_path / "again.pdf")
    assert _memo_count(database) == 1 and not (tmp_path / "again.pdf").exists()
    exported = export_stored_memo(database, stored.reference, tmp_path / "copy.pdf")
    assert (tmp_path / "copy.pdf").read_bytes() == stored.pdf == exported.pdf
    assert _memo_count(database) == 1


def assessment_id_reference(db: Database) -> str:
    with db.session() as session:
        return session.execute(sa.text("SELECT reference FROM memo")).scalar_one()
