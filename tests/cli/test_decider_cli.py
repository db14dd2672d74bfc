"""`decide --decider`: the decision names its minister by certificate (issue 12, item 1), and
only that certificate countersigns the memo — end to end as real processes, with TEST
identities from the CLI's own test CA, a SoftHSM2 token, and pdfsig beside `verify`."""

from __future__ import annotations

import subprocess
from pathlib import Path

from cryptography.hazmat.primitives.serialization import Encoding, pkcs12

from tests.cli.conftest import Run
from tests.cli.test_memo_cli import PORT_AMSEL, cli_test_ca, identities, imported, memo_rows
from tests.cli.test_token_signing import (
    MINISTER_PIN,
    nss_trusting,
    signing_env,
    token_identity,
    tokens,  # noqa: F401 (the fixture)
)

SECRET = "a long test passphrase"
TWO_SECRETS = {"CONCERT_PASSPHRASE_1": SECRET, "CONCERT_PASSPHRASE_2": SECRET}


def _status(cli: Run, assessment_id: str) -> str:
    shown = cli("assess", "show", assessment_id)
    assert shown.code == 0, shown.err
    return shown.out


def _second_minister(cli: Run, tmp_path: Path, name: str = "Amara Diallo") -> str:
    """Another minister certificate of the same name, from the same trusted CA."""
    path = str(tmp_path / "same-name.p12")
    made = cli("identity", "new", "--name", name, "--role", "minister", "-o", path,
               env={"CONCERT_PASSPHRASE": SECRET})
    assert made.code == 0, made.err
    return path


def _certificate_export(p12: str, target: Path) -> str:
    """The certificate alone, as a security office would hand it out (PEM, no key)."""
    _key, certificate, _chain = pkcs12.load_key_and_certificates(Path(p12).read_bytes(),
                                                                 SECRET.encode())
    assert certificate is not None
    target.write_bytes(certificate.public_bytes(Encoding.PEM))
    return str(target)


def test_only_the_deciders_certificate_countersigns_not_another_of_the_same_name(
        cli: Run, tmp_path: Path, database_url: str) -> None:
    drafter, minister = identities(cli, tmp_path)
    assessment_id = imported(cli, PORT_AMSEL)
    decided = cli("decide", assessment_id, "--decision", "approve", "--decider", minister,
                  env={"CONCERT_PASSPHRASE": SECRET})
    assert decided.code == 0, decided.err
    # --by defaults to the certificate's name; the confirmation names the certificate.
    assert "by Amara Diallo (TEST) (certificate " in decided.out
    shown = " ".join(_status(cli, assessment_id).split())
    assert "Decider's certificate: CN=Amara Diallo (TEST), O=Concert Desk TEST" in shown

    out = tmp_path / "memo.pdf"
    impostor = _second_minister(cli, tmp_path)
    refused = cli("memo", assessment_id, "-o", str(out), "--sign", drafter, "--sign", impostor,
                  env=TWO_SECRETS)
    assert refused.code == 2
    assert "only the decider's own certificate can countersign" in refused.error_line
    assert not out.exists() and memo_rows(database_url) == 0

    issued = cli("memo", assessment_id, "-o", str(out), "--sign", drafter, "--sign", minister,
                 env=TWO_SECRETS)
    assert issued.code == 0, issued.err
    verified = cli("verify", str(out))
    assert verified.code == 0, verified.err
    assert ("Decided by: Amara Diallo (TEST) — certificate CN=Amara Diallo (TEST), "
            "O=Concert Desk TEST") in verified.out
    assert "(the minister who countersigned with it)" in verified.out
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True,
                          check=True).stdout
    assert "only that certificate can countersign" in " ".join(text.split())
    report = subprocess.run(["pdfsig", "-nssdir", nss_trusting(tmp_path / "nss",
                                                               cli_test_ca()), str(out)],
                            capture_output=True, text=True, check=False).stdout
    assert report.count("Signature is Valid.") == 2, report
    assert report.count("Certificate is Trusted.") == 2, report


def test_a_by_that_is_not_the_certificates_person_is_refused_and_nothing_decided(
        cli: Run, tmp_path: Path) -> None:
    _drafter, minister = identities(cli, tmp_path)
    assessment_id = imported(cli, PORT_AMSEL)
    refused = cli("decide", assessment_id, "--decision", "approve", "--decider", minister,
                  "--by", "Jonas Berg", env={"CONCERT_PASSPHRASE": SECRET})
    assert refused.code == 2
    assert "--by 'Jonas Berg' is not the person of the decider's certificate" in \
        refused.error_line
    assert "Decision: none yet (draft)" in _status(cli, assessment_id)
    agreed = cli("decide", assessment_id, "--decision", "approve", "--decider", minister,
                 "--by", "Amara Diallo", env={"CONCERT_PASSPHRASE": SECRET})
    assert agreed.code == 0 and "by Amara Diallo (certificate" in agreed.out


def test_the_decider_must_be_a_trusted_minister(cli: Run, tmp_path: Path) -> None:
    drafter, minister = identities(cli, tmp_path, trusted=False)
    assessment_id = imported(cli, PORT_AMSEL)
    env = {"CONCERT_PASSPHRASE": SECRET}
    untrusted = cli("decide", assessment_id, "--decision", "approve", "--decider", minister,
                    env=env)
    assert untrusted.code == 2 and "trusts no certification authority" in untrusted.error_line
    assert cli("trust", "add", str(cli_test_ca())).code == 0
    not_a_minister = cli("decide", assessment_id, "--decision", "approve", "--decider",
                         drafter, env=env)
    assert not_a_minister.code == 2
    assert "a decider needs the minister role" in not_a_minister.error_line
    nothing = cli("decide", assessment_id, "--decision", "approve")
    assert nothing.code == 2 and "--decider" in nothing.error_line
    assert "Decision: none yet (draft)" in _status(cli, assessment_id)


def test_a_certificate_file_names_the_decider_without_any_passphrase(
        cli: Run, tmp_path: Path) -> None:
    drafter, minister = identities(cli, tmp_path)
    exported = _certificate_export(minister, tmp_path / "minister.pem")
    assessment_id = imported(cli, PORT_AMSEL)
    decided = cli("decide", assessment_id, "--decision", "approve", "--decider", exported)
    assert decided.code == 0, decided.err
    out = tmp_path / "memo.pdf"
    issued = cli("memo", assessment_id, "-o", str(out), "--sign", drafter, "--sign", minister,
                 env=TWO_SECRETS)
    assert issued.code == 0, issued.err


def test_an_identity_file_without_its_passphrase_says_how_else(
        cli: Run, tmp_path: Path) -> None:
    _drafter, minister = identities(cli, tmp_path)
    assessment_id = imported(cli, PORT_AMSEL)
    wrong = cli("decide", assessment_id, "--decision", "approve", "--decider", minister,
                env={"CONCERT_PASSPHRASE": "not the passphrase"})
    assert wrong.code == 2 and "wrong passphrase" in wrong.error_line
    not_a_certificate = tmp_path / "notes.txt"
    not_a_certificate.write_text("Amara Diallo\n")
    neither = cli("decide", assessment_id, "--decision", "approve", "--decider",
                  str(not_a_certificate))
    assert neither.code == 2 and "not a certificate (PEM or DER)" in neither.error_line


def test_a_token_key_names_the_decider_without_its_pin(
        cli: Run, tokens: dict[str, str], tmp_path: Path,  # noqa: F811
        database_url: str) -> None:
    drafter, _minister = identities(cli, tmp_path)
    on_card = token_identity(cli, tokens, "pkcs11:token=Minister%20card;object=minister",
                             MINISTER_PIN, "Amara Diallo", "minister")
    assessment_id = imported(cli, PORT_AMSEL)
    decided = cli("decide", assessment_id, "--decision", "approve", "--decider", on_card,
                  env=tokens)  # no PIN given anywhere
    assert decided.code == 0, decided.err
    out = tmp_path / "memo.pdf"
    # The same-name minister's file is refused; the card's key countersigns.
    refused = cli("memo", assessment_id, "-o", str(out), "--sign", drafter, "--sign",
                  _second_minister(cli, tmp_path), env={**tokens, **TWO_SECRETS})
    assert refused.code == 2 and "only the decider's own certificate" in refused.error_line
    issued = cli("memo", assessment_id, "-o", str(out), "--sign", drafter, "--sign", on_card,
                 env=signing_env(tokens, SECRET, MINISTER_PIN))
    assert issued.code == 0, issued.err
    assert memo_rows(database_url) == 1
