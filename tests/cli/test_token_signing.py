"""Signing with a key that never leaves a PKCS#11 token (issue 12 item 2), end to end as real
processes against a real SoftHSM2 token in this test's own SOFTHSM2_CONF folder.

Each process loads the module afresh, so every test gets tokens of its own. The TEST identity
is generated on the token by `identity new -o pkcs11:…` (the private key is created there and
marked not extractable); its PIN comes the way a PKCS#12 passphrase does (CONCERT_PASSPHRASE
for one identity, CONCERT_PASSPHRASE_1/_2 for the first/second --sign) and must never be
printed or logged.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.cli.conftest import Run
from tests.cli.test_memo_cli import cli_test_ca, decided, memo_rows

SOFTHSM_MODULE = "/usr/lib/softhsm/libsofthsm2.so"  # Debian's softhsm2: tests only
DRAFTER_PIN = "drafter-pin-40913"  # distinctive, so that any leak is found
MINISTER_PIN = "minister-pin-77251"
P12_SECRET = "a long test passphrase"
DRAFTER_URI = "pkcs11:token=Drafting%20card;object=drafter"


@pytest.fixture
def tokens(tmp_path: Path) -> dict[str, str]:
    """Two initialised SoftHSM2 tokens ("Drafting card", PIN DRAFTER_PIN; "Minister card",
    PIN MINISTER_PIN) and the environment that makes main.py use them."""
    if shutil.which("softhsm2-util") is None or not Path(SOFTHSM_MODULE).is_file():
        pytest.skip("SoftHSM2 is not installed (Debian package softhsm2; .ci/install installs "
                    "it, so CI runs these tests)")
    folder = tmp_path / "softhsm"
    (folder / "tokens").mkdir(parents=True)
    conf = folder / "softhsm2.conf"
    conf.write_text(f"directories.tokendir = {folder / 'tokens'}\nobjectstore.backend = file\n"
                    "log.level = ERROR\n")
    env = {"SOFTHSM2_CONF": str(conf), "CONCERT_PKCS11_MODULE": SOFTHSM_MODULE}
    for label, pin in (("Drafting card", DRAFTER_PIN), ("Minister card", MINISTER_PIN)):
        subprocess.run(["softhsm2-util", "--init-token", "--free", "--label", label,
                        "--so-pin", "so-pin-3141", "--pin", pin], check=True,
                       capture_output=True, env={**os.environ, **env})
    return env


def token_identity(cli: Run, env: dict[str, str], uri: str, pin: str, name: str,
                   role: str) -> str:
    made = cli("identity", "new", "--name", name, "--role", role, "-o", uri,
               env={**env, "CONCERT_PASSPHRASE": pin})
    assert made.code == 0, made.err
    assert pin not in made.out + made.err
    return uri


def p12_minister(cli: Run, tmp_path: Path, name: str = "Amara Diallo") -> str:
    path = str(tmp_path / "minister.p12")
    made = cli("identity", "new", "--name", name, "--role", "minister", "-o", path,
               env={"CONCERT_PASSPHRASE": P12_SECRET})
    assert made.code == 0, made.err
    return path


def drafter_on_token(cli: Run, tokens: dict[str, str]) -> str:
    return token_identity(cli, tokens, DRAFTER_URI, DRAFTER_PIN, "Élodie Martin",
                          "drafting-official")


def signing_env(tokens: dict[str, str], first: str, second: str) -> dict[str, str]:
    return {**tokens, "CONCERT_PASSPHRASE_1": first, "CONCERT_PASSPHRASE_2": second}


def nss_trusting(folder: Path, ca_pem: Path) -> str:
    spec = f"sql:{folder}"
    folder.mkdir()
    subprocess.run(["certutil", "-N", "-d", spec, "--empty-password"], check=True)
    subprocess.run(["certutil", "-A", "-d", spec, "-n", "concert-test-ca", "-t", "CT,C,C",
                    "-i", str(ca_pem)], check=True)
    return spec


def listed_token_keys(env: dict[str, str]) -> list[str]:
    """The token keys the desktop's signing dialog lists, read in a process of its own (a
    process reads SOFTHSM2_CONF once)."""
    listing = subprocess.run(
        [sys.executable, "-c", "from desktop.memo.actions import listed_token_keys\n"
         "for key in listed_token_keys(): print(key.uri)"],
        capture_output=True, text=True, check=True, env={**os.environ, **env})
    return listing.stdout.split()


def files_holding(folder: Path, secret: str) -> list[Path]:
    return [path for path in folder.rglob("*") if path.is_file()
            and secret.encode() in path.read_bytes()]


def test_a_memo_signed_with_a_token_key_and_a_p12_file_verifies_with_pdfsig_and_verify(
        cli: Run, tokens: dict[str, str], tmp_path: Path, database_url: str) -> None:
    assessment_id = decided(cli)  # decided by Amara Diallo
    drafter_on_token(cli, tokens)
    drafter, = listed_token_keys(tokens)  # as the desktop's signing dialog offers it
    assert drafter.startswith(DRAFTER_URI + ";id=")
    minister = p12_minister(cli, tmp_path)
    assert cli("trust", "add", str(cli_test_ca())).code == 0
    out = tmp_path / "memo.pdf"
    issued = cli("memo", assessment_id, "-o", str(out), "--sign", drafter, "--sign", minister,
                 env=signing_env(tokens, DRAFTER_PIN, P12_SECRET))
    assert issued.code == 0, issued.err
    assert "countersigned" in issued.out and memo_rows(database_url) == 1

    verified = cli("verify", str(out))
    assert verified.code == 0, verified.err
    assert "Élodie Martin" in verified.out and "matches the stored memo" in verified.out
    report = subprocess.run(["pdfsig", "-nssdir", nss_trusting(tmp_path / "nss", cli_test_ca()),
                             str(out)], capture_output=True, text=True, check=False).stdout
    assert report.count("Signature is Valid.") == 2, report
    assert report.count("Certificate is Trusted.") == 2, report
    assert "Élodie Martin" in report
    # The PIN is in no output and in no file the app keeps (record, logs, settings).
    assert DRAFTER_PIN not in issued.out + issued.err + verified.out
    assert files_holding(tmp_path / "user-data", DRAFTER_PIN) == []


def test_the_token_key_never_leaves_the_token(cli: Run, tokens: dict[str, str]) -> None:
    """The key pair is generated on the token, its private half sensitive and not extractable
    (PKCS#11 CKA_SENSITIVE, CKA_EXTRACTABLE): nothing can read it out, not even with the PIN."""
    drafter_on_token(cli, tokens)
    listing = subprocess.run(
        ["pkcs11-tool", "--module", SOFTHSM_MODULE, "--token-label", "Drafting card", "--login",
         "--pin", DRAFTER_PIN, "--list-objects", "--type", "privkey"],
        capture_output=True, text=True, check=False, env={**os.environ, **tokens})
    if listing.returncode != 0 and shutil.which("pkcs11-tool") is None:
        pytest.skip("pkcs11-tool (Debian package opensc) is not installed")
    assert "label:      drafter" in listing.stdout, listing.stdout
    assert "sensitive" in listing.stdout and "never extractable" in listing.stdout, listing.stdout


def test_an_untrusted_token_key_is_refused_and_nothing_written(
        cli: Run, tokens: dict[str, str], tmp_path: Path, database_url: str) -> None:
    from reports.identity import load_or_create_test_ca

    assessment_id = decided(cli)
    drafter = drafter_on_token(cli, tokens)
    minister = p12_minister(cli, tmp_path)
    other = load_or_create_test_ca(tmp_path / "other-ca", passphrase=b"another CA")
    assert cli("trust", "add", str(other.certificate_path)).code == 0  # not the token's CA
    out = tmp_path / "memo.pdf"
    refused = cli("memo", assessment_id, "-o", str(out), "--sign", drafter, "--sign", minister,
                  env=signing_env(tokens, DRAFTER_PIN, P12_SECRET))
    assert refused.code == 2
    assert (f"{drafter} (Élodie Martin (TEST)): the certificate does not chain to a trust root "
            "of this record") in refused.error_line
    assert not out.exists() and memo_rows(database_url) == 0


def test_a_token_key_of_the_wrong_role_is_refused(
        cli: Run, tokens: dict[str, str], tmp_path: Path, database_url: str) -> None:
    assessment_id = decided(cli)
    minister = token_identity(cli, tokens, "pkcs11:token=Minister%20card;object=minister",
                              MINISTER_PIN, "Amara Diallo", "minister")
    drafter = drafter_on_token(cli, tokens)
    assert cli("trust", "add", str(cli_test_ca())).code == 0
    out = tmp_path / "memo.pdf"
    swapped = cli("memo", assessment_id, "-o", str(out), "--sign", minister, "--sign", drafter,
                  env=signing_env(tokens, MINISTER_PIN, DRAFTER_PIN))
    assert swapped.code == 2 and "drafting official" in swapped.error_line.lower()
    assert f": {minister} (Amara Diallo (TEST))" in swapped.error_line
    assert not out.exists() and memo_rows(database_url) == 0
    assert MINISTER_PIN not in swapped.err and DRAFTER_PIN not in swapped.err


def test_one_person_with_two_token_keys_cannot_fill_both_fields(
        cli: Run, tokens: dict[str, str], tmp_path: Path, database_url: str) -> None:
    assessment_id = decided(cli)
    drafter = drafter_on_token(cli, tokens)
    as_minister = token_identity(cli, tokens, "pkcs11:token=Drafting%20card;object=again",
                                 DRAFTER_PIN, "Élodie Martin", "minister")
    assert cli("trust", "add", str(cli_test_ca())).code == 0
    out = tmp_path / "memo.pdf"
    refused = cli("memo", assessment_id, "-o", str(out), "--sign", drafter, "--sign",
                  as_minister, env=signing_env(tokens, DRAFTER_PIN, DRAFTER_PIN))
    assert refused.code == 2 and "a memo needs two different people" in refused.error_line
    assert not out.exists() and memo_rows(database_url) == 0


def test_a_token_minister_other_than_the_decider_is_refused(
        cli: Run, tokens: dict[str, str], tmp_path: Path, database_url: str) -> None:
    assessment_id = decided(cli)  # decided by Amara Diallo
    drafter = drafter_on_token(cli, tokens)
    other = token_identity(cli, tokens, "pkcs11:token=Minister%20card;object=minister",
                           MINISTER_PIN, "Jonas Berg", "minister")
    assert cli("trust", "add", str(cli_test_ca())).code == 0
    out = tmp_path / "memo.pdf"
    refused = cli("memo", assessment_id, "-o", str(out), "--sign", drafter, "--sign", other,
                  env=signing_env(tokens, DRAFTER_PIN, MINISTER_PIN))
    assert refused.code == 2
    assert "the decision was taken by Amara Diallo" in refused.error_line
    assert not out.exists() and memo_rows(database_url) == 0


def test_a_wrong_pin_is_refused_clearly_and_nothing_is_written(
        cli: Run, tokens: dict[str, str], tmp_path: Path, database_url: str) -> None:
    assessment_id = decided(cli)
    drafter = drafter_on_token(cli, tokens)
    minister = p12_minister(cli, tmp_path)
    assert cli("trust", "add", str(cli_test_ca())).code == 0
    out = tmp_path / "memo.pdf"
    wrong = "wrong-pin-99117"
    refused = cli("memo", assessment_id, "-o", str(out), "--sign", drafter, "--sign", minister,
                  env=signing_env(tokens, wrong, P12_SECRET))
    assert refused.code == 2
    assert refused.error_line.endswith(f": {drafter}: wrong PIN for this token")
    assert not out.exists() and memo_rows(database_url) == 0
    assert wrong not in refused.out + refused.err
    assert files_holding(tmp_path / "user-data", wrong) == []


def test_a_pin_in_the_uri_is_refused(cli: Run, tokens: dict[str, str], tmp_path: Path) -> None:
    assessment_id = decided(cli)
    refused = cli("memo", assessment_id, "-o", str(tmp_path / "memo.pdf"), "--sign",
                  f"{DRAFTER_URI}?pin-value={DRAFTER_PIN}",
                  env={**tokens, "CONCERT_PASSPHRASE": DRAFTER_PIN})
    assert refused.code == 2 and "a PIN in the URI (pin-value) is refused" in refused.error_line
    assert DRAFTER_PIN not in refused.err


TOKEN_SESSIONS_SCRIPT = """
import asyncio, sys
from reports import tokens
from reports.identity import IdentityError
uri, pin = sys.argv[1], sys.argv[2].encode()
def sign(identity):
    return asyncio.run(identity.signer.async_sign_raw(b"data", "sha256"))
first = tokens.unlock_token_identity(uri, pin)
again = tokens.unlock_token_identity(uri, pin)  # same PIN: the same login
sign(first), sign(again)
tokens.log_out_all()
try:
    sign(again)
    print("signed after logging out")
except Exception as error:
    print("logged out:", type(error).__name__)
tokens.unlock_token_identity(uri, pin)
try:
    tokens.unlock_token_identity(uri, b"not-the-pin")
    print("a wrong PIN was taken")
except IdentityError as error:
    print("refused:", error)
"""


def test_a_token_login_is_shared_only_with_the_same_pin_and_ends_on_log_out(
        cli: Run, tokens: dict[str, str]) -> None:
    """PKCS#11 logs in per token: a second unlock of a token already logged in must still
    check its PIN (a wrong one is refused, never taken on the first one's login), and logging
    out (the memo helper does when no key of the token is held unlocked) stops its keys."""
    drafter_on_token(cli, tokens)
    run = subprocess.run([sys.executable, "-c", TOKEN_SESSIONS_SCRIPT, DRAFTER_URI, DRAFTER_PIN],
                         capture_output=True, text=True, check=False, env={**os.environ, **tokens})
    assert run.returncode == 0, run.stderr
    assert f"refused: {DRAFTER_URI}: wrong PIN for this token" in run.stdout
    assert "logged out: " in run.stdout and "signed after" not in run.stdout
