"""Fast part of the tampering scenarios, on a rich record (decided, dissent, memo in three
stages, trust root): flipped bytes, appended updates, rows changed with and without the
triggers, memo bytes replaced, and consistent rewrites that only the anchors see."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from tests.reliability import anchors, pdf_tampering, row_tampering, tampering
from tests.reliability.harness import Backend, Identities
from tests.reliability.tampering import RichRecord

pytestmark = pytest.mark.db


@pytest.fixture(scope="module")
def nss(identities: Identities, tmp_path_factory: pytest.TempPathFactory) -> str:
    return pdf_tampering.make_nss_trust(tmp_path_factory.mktemp("nss"), identities.ca_certificate)


def test_every_flipped_byte_is_rejected_and_pdfsig_agrees(rich_record: RichRecord,
                                                           tmp_path: Path, nss: str) -> None:
    pdf_tampering.byte_flips(rich_record, 20, random.Random(5), 3, tmp_path, nss).assert_ok()


def test_a_flip_inside_a_signature_container_is_rejected_not_raised(
    rich_record: RichRecord,
) -> None:
    pdf_tampering.flips_in_signature_containers(rich_record, 15).assert_ok()


def test_a_damaged_info_dictionary_is_a_failed_verification(rich_record: RichRecord) -> None:
    """Found by the 1,000 flips: a flip in the Info dictionary of a revision made `verify`
    raise instead of answering."""
    from reports.verify import record_lookup, verify_pdf
    from tests.reliability.harness import opened

    pdf = rich_record.countersigned_pdf
    with opened(rich_record.url) as db:
        roots, lookup = tampering.trust_roots(db), record_lookup(db)
        start = 0
        while (found := pdf.find(b"/ConcertReference", start)) >= 0:
            flipped = bytearray(pdf)
            flipped[found] = ord("x")
            assert not verify_pdf(bytes(flipped), roots, lookup).ok
            start = found + 1


def test_a_damaged_signature_field_is_a_failed_verification(rich_record: RichRecord) -> None:
    """Found by the reliability suite's flips (reports.verify reads objects as it first uses
    them): a flipped byte in the minister's field lock or in a field's name made `verify` raise
    instead of answering. Each flip below raised before; each is now a failed verification."""
    from reports.verify import record_lookup, verify_pdf
    from tests.reliability.harness import opened

    pdf = rich_record.countersigned_pdf
    lock = pdf.find(b"/Action /All")  # the minister's field lock: an object of its own
    header = pdf.rfind(b"\n", 0, pdf.rfind(b" obj", 0, lock)) + 1
    # The drafting field's name ("_" escaped) as the minister's revision wrote it again.
    name = pdf.rfind(b"(drafting\\137official)")
    assert min(lock, header, name) > 0
    flips = {
        "the lock object's number (object header read error)": (header, 0x01),
        "the slash of /Action (a key that is not a name)": (lock, 0x01),
        "the slash of /All (a malformed number: decimal.InvalidOperation)": (lock + 8, 0x01),
        "a digit of the field name's escape (a name that is not text)": (name + 11, 0x80),
    }
    with opened(rich_record.url) as db:
        roots, lookup = tampering.trust_roots(db), record_lookup(db)
        for what, (position, xor) in flips.items():
            flipped = bytearray(pdf)
            flipped[position] ^= xor
            report = verify_pdf(bytes(flipped), roots, lookup)
            assert not report.ok, what
            assert report.reason, what


def test_an_appended_update_is_rejected(rich_record: RichRecord, tmp_path: Path,
                                        nss: str) -> None:
    pdf_tampering.incremental_updates(rich_record, tmp_path, nss).assert_ok()


@pytest.mark.parametrize("triggers", [True, False], ids=["triggers", "no-triggers"])
def test_every_row_change_is_refused_or_reported(module_backend: Backend,
                                                 rich_record: RichRecord, tmp_path: Path,
                                                 triggers: bool) -> None:
    rogue = row_tampering.rogue_root(tmp_path)
    outcome = row_tampering.row_tampering(module_backend, rich_record, rogue, triggers)
    outcome.assert_ok()
    if triggers:  # with the triggers in place, no change to history gets as far as the chain
        refused = [n for n in outcome.notes if n.startswith(("UPDATE", "DELETE"))
                   and "trust_root" not in n]
        assert all("refused by the database" in n for n in refused), refused


def test_replaced_memo_bytes_are_reported_by_verify_and_audit(
    module_backend: Backend, rich_record: RichRecord, identities: Identities, tmp_path: Path
) -> None:
    row_tampering.replaced_memo_bytes(module_backend, rich_record, identities, tmp_path).assert_ok()


def test_a_consistent_rewrite_is_caught_by_the_anchors(module_backend: Backend,
                                                        rich_record: RichRecord,
                                                        tmp_path: Path) -> None:
    anchors.consistent_rewrites(module_backend, rich_record, tmp_path).assert_ok()


def test_a_damaged_sqlite_file_never_opens_silently(module_backend: Backend,
                                                     rich_record: RichRecord) -> None:
    if module_backend.kind != "sqlite":
        pytest.skip("SQLite file damage")
    anchors.damaged_file(module_backend, rich_record, pages=3).assert_ok()


@pytest.mark.parametrize("last_byte", [0x00, 0x30, 0x07])
def test_a_container_is_read_to_its_own_length_not_to_its_last_nonzero_digit(
        last_byte: int) -> None:
    """CI once failed here: a real container whose DER ended in a zero digit lost it when the
    padding was cut by stripping zeros, and the flips then read a truncated container."""
    from asn1crypto import cms

    der = cms.ContentInfo({"content_type": "data",
                           "content": b"signature bytes" + bytes([last_byte])}).dump()
    reserved = der.hex().encode() + b"0" * 64
    assert pdf_tampering.der_hex(reserved) == der.hex().encode()
