"""The published PDF-signature attack classes (issue 12, item 3), crafted with pyHanko's API on
a memo of our record and on a memo of another record (a partner's CA, trusted here): `verify`
refuses every one. pdfsig's verdicts are kept in the notes (docs/guarantees.md shows them)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.reliability import signature_attacks
from tests.reliability.harness import Backend, Identities, make_identities, opened
from tests.reliability.pdf_tampering import make_nss_trust

pytestmark = pytest.mark.db


@pytest.fixture(scope="module")
def attacked(module_backend: Backend, identities: Identities,
             tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple]:
    """(our memo, the partner's memo, our record's URL, the partner's identities)."""
    partner = make_identities(tmp_path_factory.mktemp("partner-identities"))
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("CONCERT_DATA_DIR", str(tmp_path_factory.mktemp("attack-user-data")))
        with module_backend.database() as ours, module_backend.database() as theirs:
            our_memo = signature_attacks.memo_stages(ours, identities, "our record")
            their_memo = signature_attacks.memo_stages(theirs, partner, "another record",
                                                        skip=1)
            yield our_memo, their_memo, ours, partner


def test_every_published_attack_class_is_refused_on_our_memos_and_foreign_ones(
        attacked: tuple, identities: Identities, tmp_path: Path) -> None:
    from reports.identity import certificate_from_pem
    from reports.verify import configured_roots, record_lookup, verify_pdf

    our_memo, their_memo, url, partner = attacked
    nss = make_nss_trust(tmp_path / "nss", identities.ca_certificate)
    signature_attacks.add_nss_root(nss, partner.ca_certificate, "partner-ca")
    with opened(url) as db:
        roots = [*configured_roots(db),
                 certificate_from_pem(partner.ca_certificate.read_bytes(), "partner CA")]
        lookup = record_lookup(db)
        # Untouched, both verify: ours as the stored memo, theirs as a foreign memo.
        assert verify_pdf(our_memo.countersigned, roots, lookup).ok
        foreign = verify_pdf(their_memo.countersigned, roots, lookup)
        assert foreign.ok and "foreign" in foreign.record, foreign.reason
        outcomes = signature_attacks.attack_outcomes([our_memo, their_memo], roots, lookup,
                                                     tmp_path / "crafted", nss)
    assert len(outcomes) == 12
    for outcome in outcomes:
        outcome.assert_ok()


def test_the_wrapping_craft_is_a_real_attack_both_signatures_still_check(
        attacked: tuple, identities: Identities, tmp_path: Path) -> None:
    """The signature-wrapping file must be a PDF a reader opens, whose two signatures still
    check over their unchanged byte ranges while the page shows the attacker's objects: else
    `verify` refusing it would prove nothing (the earlier craft wrote objects into the hex of
    /Contents and pointed a cross-reference at the wrong offsets: an unreadable file)."""
    import io

    from pyhanko.pdf_utils.reader import PdfFileReader

    from reports.verify import configured_roots, record_lookup, verify_pdf
    from tests.reliability.pdf_tampering import pdfsig_verdicts

    our_memo, _their_memo, url, _partner = attacked
    crafted = signature_attacks.wrapped_signature(our_memo.countersigned, "DECISION: REJECT")
    reader = PdfFileReader(io.BytesIO(crafted))
    assert [s.field_name for s in reader.embedded_signatures] == ["drafting_official",
                                                                 "minister"]
    page = reader.root["/Pages"]["/Kids"][0].get_object()
    drawn = b"".join(part.get_object().data for part in page["/Contents"])
    assert b"(DECISION: REJECT) Tj" in drawn  # read from inside the signature's gap
    path = tmp_path / "wrapped.pdf"
    path.write_bytes(crafted)
    nss = make_nss_trust(tmp_path / "nss", identities.ca_certificate)
    assert pdfsig_verdicts(path, nss) == ["Signature is Valid."] * 2
    with opened(url) as db:
        outcome = verify_pdf(crafted, configured_roots(db), record_lookup(db))
    assert not outcome.ok


def test_who_signs_is_checked_one_person_a_look_alike_ca_and_the_decider(
        module_backend: Backend, identities: Identities, tmp_path: Path) -> None:
    from tests.reliability.signer_doors import signer_doors

    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("CONCERT_DATA_DIR", str(tmp_path / "user-data"))
        with module_backend.database() as url:
            outcome = signer_doors(url, identities, tmp_path / "doors")
    outcome.assert_ok()
    assert outcome.trials == 4
