"""Stored memos (immutable stages of one reference) and trust roots."""

from __future__ import annotations

import hashlib
import re
from datetime import UTC, datetime, timedelta

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from models.audit import chain_head
from models.audit_check import verify_chain
from models.db import Database
from models.errors import ConcurrentEdit, InvalidInput, NotFound
from models.memos import (
    MemoAlreadyIssued,
    add_trust_root,
    find_memo_by_sha256,
    get_memo,
    is_memo_reference,
    list_trust_roots,
    memos_with_reference,
    next_memo_reference,
    store_memo,
)
from models.records import SignatureInput
from models.workflow import decide, load_assessment
from tests.models.test_workflow import PLAYBOOK, complete_draft, new_draft

UNSIGNED = b"%PDF-1.7\n% unsigned memo\n%%EOF\n"
DRAFTED = UNSIGNED + b"% drafting official's signature\n%%EOF\n"
COUNTERSIGNED = DRAFTED + b"% minister's signature\n%%EOF\n"
DRAFTER = SignatureInput("drafting_official", "Ana Drafter", "a" * 64, datetime.now(UTC))
MINISTER = SignatureInput("minister", "Mina Minister", "b" * 64, datetime.now(UTC))


@pytest.fixture
def decided(database: Database) -> str:
    assessment_id = complete_draft(database)
    decide(database, assessment_id, decision="approve", by="minister", playbook=PLAYBOOK)
    return assessment_id


def test_a_memo_lineage_grows_stage_by_stage(database: Database, decided: str) -> None:
    year = datetime.now(UTC).year
    assert re.fullmatch(f"CD-{year}-0001-[0-9A-F]{{8}}", next_memo_reference(database))
    head = chain_head(database)
    first = store_memo(
        database,
        assessment_id=decided,
        pdf=UNSIGNED,
        stage="unsigned",
        actor="clerk",
        audit_head=head,
    )
    assert first.reference.startswith(f"CD-{year}-0001-") and first.audit_head == head
    assert first.sha256 == hashlib.sha256(UNSIGNED).hexdigest() and first.pdf is None
    second = store_memo(
        database,
        assessment_id=decided,
        pdf=DRAFTED,
        stage="drafted",
        signatures=[DRAFTER],
        actor="clerk",
        supersedes_memo_id=first.id,
    )
    third = store_memo(
        database,
        assessment_id=decided,
        pdf=COUNTERSIGNED,
        stage="countersigned",
        signatures=[DRAFTER, MINISTER],
        actor="clerk",
        supersedes_memo_id=second.id,
    )
    assert second.reference == third.reference == first.reference
    assert [s.signer for s in third.signatures] == ["Ana Drafter", "Mina Minister"]
    latest = get_memo(database, first.reference)
    assert latest.id == third.id and latest.pdf == COUNTERSIGNED
    assert get_memo(database, first.reference, latest=False).pdf == UNSIGNED
    assert get_memo(database, second.id).pdf == DRAFTED
    assert [m.stage for m in memos_with_reference(database, first.reference)] == [
        "unsigned",
        "drafted",
        "countersigned",
    ]
    found = find_memo_by_sha256(database, hashlib.sha256(DRAFTED).hexdigest())
    assert found is not None and found.id == second.id
    assert find_memo_by_sha256(database, "0" * 64) is None
    assert [m.id for m in load_assessment(database, decided).memos] == [
        first.id,
        second.id,
        third.id,
    ]
    assert next_memo_reference(database).startswith(f"CD-{year}-0002-")
    assert verify_chain(database).ok


@pytest.mark.parametrize(
    ("kwargs", "fragment"),
    [
        ({"pdf": b"not a pdf"}, "not a PDF"),
        ({"stage": "final"}, "stage 'final'"),
        ({"stage": "drafted"}, "carries the signatures drafting_official"),
        ({"stage": "countersigned", "signatures": [MINISTER, DRAFTER]}, "in that order"),
        (
            {"stage": "drafted", "signatures": [SignatureInput("drafting_official", "x", "XYZ")]},
            "fingerprint",
        ),
        ({"reference": "memo one"}, "not like CD-2026-0001-7F3A09C2"),
        ({"audit_head": "f" * 64}, "not an entry of this record"),
        ({"actor": ""}, "actor"),
    ],
)
def test_bad_memos_are_refused(
    database: Database, decided: str, kwargs: dict, fragment: str
) -> None:
    arguments = {"assessment_id": decided, "pdf": UNSIGNED, "stage": "unsigned", "actor": "c"}
    with pytest.raises(InvalidInput, match=fragment):
        store_memo(database, **{**arguments, **kwargs})
    assert load_assessment(database, decided).memos == ()


def test_only_decided_assessments_get_memos(database: Database, decided: str) -> None:
    draft = new_draft(database)
    with pytest.raises(InvalidInput, match="not decided"):
        store_memo(database, assessment_id=draft, pdf=UNSIGNED, stage="unsigned", actor="c")
    with pytest.raises(NotFound):
        store_memo(database, assessment_id="nope", pdf=UNSIGNED, stage="unsigned", actor="c")
    with pytest.raises(NotFound):
        get_memo(database, "CD-1999-0001")


def test_a_stage_is_stored_once_per_reference(database: Database, decided: str) -> None:
    memo = store_memo(database, assessment_id=decided, pdf=UNSIGNED, stage="unsigned", actor="c")
    with pytest.raises(InvalidInput, match="already stored at stage unsigned"):
        store_memo(
            database,
            assessment_id=decided,
            pdf=UNSIGNED,
            stage="unsigned",
            actor="c",
            reference=memo.reference,
        )
    with pytest.raises(InvalidInput, match="cannot supersede"):
        store_memo(
            database,
            assessment_id=decided,
            pdf=UNSIGNED,
            stage="unsigned",
            actor="c",
            supersedes_memo_id=memo.id,
        )


def test_references_are_never_issued_twice_by_two_records_or_after_a_restore(
    database: Database, decided: str
) -> None:
    """Each record counts from 0001, and a record put back from an older copy counts again
    from where the copy ended: the random tag drawn with each number keeps every reference
    apart (docs/guarantees.md, "References")."""
    drawn = {next_memo_reference(database) for _ in range(50)}  # what 50 installations draw
    year = datetime.now(UTC).year
    assert {r[: len(f"CD-{year}-0001")] for r in drawn} == {f"CD-{year}-0001"}
    assert len(drawn) == 50
    assert is_memo_reference("CD-2026-0001") and is_memo_reference("CD-2026-0001-7F3A09C2")
    assert not is_memo_reference("CD-2026-0001-7f3a09c2") and not is_memo_reference(decided)


def test_a_decision_gets_one_memo_and_a_number_is_taken_once(database: Database,
                                                          decided: str) -> None:
    year = datetime.now(UTC).year
    store_memo(database, assessment_id=decided, pdf=UNSIGNED, stage="unsigned", actor="c",
               reference=f"CD-{year}-0007-00000001")
    with pytest.raises(MemoAlreadyIssued, match=f"already issued as CD-{year}-0007-00000001"):
        store_memo(database, assessment_id=decided, pdf=UNSIGNED, stage="unsigned", actor="c")
    other = complete_draft(database)
    decide(database, other, decision="approve", by="minister", playbook=PLAYBOOK)
    with pytest.raises(ConcurrentEdit, match=f"number CD-{year}-0007 was taken"):
        store_memo(database, assessment_id=other, pdf=UNSIGNED, stage="unsigned", actor="c",
                   reference=f"CD-{year}-0007-00000002")
    assert len(load_assessment(database, other).memos) == 0


def make_certificate(name: str) -> bytes:
    key = ec.generate_private_key(ec.SECP256R1())
    subject = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, name)])
    now = datetime.now(UTC)
    certificate = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now)
        .not_valid_after(now + timedelta(days=1))
        .sign(key, hashes.SHA256())
    )
    return certificate.public_bytes(serialization.Encoding.PEM)


def test_trust_roots_are_added_once(database: Database) -> None:
    pem = make_certificate("Test Ministry CA")
    root = add_trust_root(database, pem, actor="admin")
    assert root.subject == "CN=Test Ministry CA" and len(root.fingerprint) == 64
    assert add_trust_root(database, pem, actor="admin") == root
    assert list_trust_roots(database) == [root]
    with pytest.raises(InvalidInput, match=r"not an X\.509 certificate"):
        add_trust_root(database, b"-----BEGIN CERTIFICATE-----\ngarbage\n", actor="admin")
