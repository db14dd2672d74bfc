"""The Trust roots page: listing the roots, adding a CA certificate (PEM or DER) after a
confirmation that shows its subject and fingerprint, and refusing files that are not
certificates. A memo that verified as "not trusted" verifies as trusted once its CA is added."""

from __future__ import annotations

from html import escape

import pytest
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.x509.oid import NameOID

from desktop.certificates import grouped
from desktop.main_window import TRUST
from models.workflow import list_trust_roots
from tests.desktop.helpers import decided_record, select_in_history, untrusted_signers


@pytest.fixture
def window(make_window):
    return make_window()


def open_trust_roots(qtbot, window):
    page = window.trust_roots
    window.commands.trust_roots.trigger()  # Record > Trust roots…
    assert window.current_page() is page
    qtbot.waitUntil(lambda: page.loaded_once and window.context.runner.is_idle(), timeout=20000)
    return page


def add_file(qtbot, window, page, path) -> None:
    dialogs = window.context.dialogs
    seen = len(dialogs.infos) + len(dialogs.errors)
    dialogs.files.append(path)
    page.add_button.click()
    qtbot.waitUntil(lambda: len(dialogs.infos) + len(dialogs.errors) > seen
                    and window.context.runner.is_idle() and window.context.background.is_idle(),
                    timeout=20000)


def verify_from_history(qtbot, window, assessment_id):
    select_in_history(qtbot, window, assessment_id)
    detail = window.history.detail
    with qtbot.waitSignal(detail.memos.verified, timeout=30000) as verified:
        detail.verify_memo.click()
    return verified.args[0]


def test_adding_the_signers_ca_makes_a_memo_verify_as_trusted(qtbot, window, database, catalog,
                                                               tmp_path):
    authority, signers = untrusted_signers(tmp_path)
    assessment_id, _memo = decided_record(database, catalog, signers=signers)
    dialogs = window.context.dialogs

    before = verify_from_history(qtbot, window, assessment_id)
    assert before.state == "invalid"
    assert "NOT trusted" in "\n".join(before.signers)
    assert dialogs.errors[-1][0] == "Memo verification"
    # in a minister's words, with what to do in the app; never the command line's
    shown = dialogs.errors[-1][1]
    assert "certificate this record does not trust" in shown
    assert "security officer" in shown and "Record > Trust roots" in shown
    assert "trust add" not in shown and "--trust" not in shown

    page = open_trust_roots(qtbot, window)
    assert page.table.rowCount() == 0
    assert "No trust roots yet" in page.summary.text()
    assert "security officer" in page.summary.text()
    add_file(qtbot, window, page, authority.certificate_path)
    assert not dialogs.errors[1:], dialogs.errors
    title, text = dialogs.confirms[-1]
    assert title == "Trust this certificate?"
    subject = authority.certificate.subject.rfc4514_string()
    fingerprint = authority.certificate.fingerprint(hashes.SHA256()).hex()
    assert subject in text and grouped(fingerprint) in text
    assert "TEST certificate authority" in text  # the test CA says what it is
    assert dialogs.infos[-1][0] == "Trust root added"

    qtbot.waitUntil(lambda: page.table.rowCount() == 1, timeout=20000)
    name = authority.certificate.subject.get_attributes_for_oid(NameOID.COMMON_NAME)[0].value
    assert page.table.item(0, 0).text() == name
    assert page.table.item(0, 1).text() == "Concert Desk TEST"
    assert page.table.item(0, 5).text() == "test official"
    assert grouped(fingerprint) in page.details.text()
    assert escape(subject) in page.details.text()
    roots = list_trust_roots(database)
    assert [r.fingerprint for r in roots] == [fingerprint]

    after = verify_from_history(qtbot, window, assessment_id)
    assert after.state == "valid", after.reason
    assert all("trusted" in line and "NOT trusted" not in line for line in after.signers)
    assert dialogs.infos[-1][0] == "Memo verification"


def test_a_der_certificate_is_accepted_and_adding_it_twice_says_so(qtbot, window, database,
                                                                    tmp_path):
    authority, _signers = untrusted_signers(tmp_path)
    der = tmp_path / "ca.cer"
    der.write_bytes(authority.certificate.public_bytes(serialization.Encoding.DER))
    page = open_trust_roots(qtbot, window)
    dialogs = window.context.dialogs

    add_file(qtbot, window, page, der)
    assert dialogs.infos[-1][0] == "Trust root added"
    qtbot.waitUntil(lambda: page.table.rowCount() == 1, timeout=20000)

    add_file(qtbot, window, page, authority.certificate_path)  # the same CA, now as PEM
    assert dialogs.infos[-1][0] == "Already trusted"
    assert len(dialogs.confirms) == 1  # not asked again
    assert len(list_trust_roots(database)) == 1


def test_declining_the_confirmation_trusts_nothing(qtbot, window, database, tmp_path):
    authority, _signers = untrusted_signers(tmp_path)
    page = open_trust_roots(qtbot, window)
    dialogs = window.context.dialogs
    dialogs.confirm_answer = False
    dialogs.files.append(authority.certificate_path)
    page.add_button.click()
    qtbot.waitUntil(lambda: bool(dialogs.confirms) and window.context.runner.is_idle()
                    and window.context.background.is_idle(), timeout=20000)
    assert list_trust_roots(database) == []
    assert page.table.rowCount() == 0
    assert not dialogs.infos and not dialogs.errors


@pytest.mark.parametrize(
    ("name", "content", "expected"),
    [
        ("notes.pem", b"not a certificate at all\n", "not an X.509 certificate"),
        ("ana.p12", b"\x30\x82\x01\x00garbage", "signing identity (PKCS#12"),
        ("key.pem", b"-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n",
         "holds a private key"),
        ("empty.der", b"", "not an X.509 certificate"),
    ],
)
def test_a_file_that_is_not_a_certificate_gets_a_clear_error_and_changes_nothing(
    qtbot, window, database, tmp_path, name, content, expected
):
    path = tmp_path / name
    path.write_bytes(content)
    page = open_trust_roots(qtbot, window)
    dialogs = window.context.dialogs
    add_file(qtbot, window, page, path)
    title, text = dialogs.errors[-1]
    assert title == "The certificate was not added"
    assert text.startswith(f"{path}: ") and expected in text
    assert "\n" not in text and "Traceback" not in text
    assert not dialogs.confirms
    assert list_trust_roots(database) == []


def test_trust_roots_is_in_the_navigation(qtbot, window):
    assert window.nav.item(TRUST).text() == "Trust roots"
    window.nav.setCurrentRow(TRUST)
    assert window.current_page() is window.trust_roots
