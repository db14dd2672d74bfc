"""The memo commands end to end as real processes: identity new, trust add/list, memo, verify."""

from __future__ import annotations

import sqlalchemy as sa

from models.opening import open_record
from tests.cli.conftest import EXAMPLES, Run

PORT_AMSEL = str(EXAMPLES / "port-amsel-evacuation.yaml")  # verdict: legitimate
KESSARY = str(EXAMPLES / "early-draft-kessary.yaml")  # insufficient information
SECRET = {"CONCERT_PASSPHRASE": "a long test passphrase"}
# Two identities, each its own passphrase (the scripted form for two --sign).
TWO_SECRETS = {"CONCERT_PASSPHRASE_1": "a long test passphrase",
               "CONCERT_PASSPHRASE_2": "a long test passphrase"}


def imported(cli: Run, file: str) -> str:
    result = cli("assess", "import", file)
    assert result.code == 0, result.err
    return result.out.strip().splitlines()[-1].split()[-1]


def decided(cli: Run) -> str:
    assessment_id = imported(cli, PORT_AMSEL)
    result = cli("decide", assessment_id, "--decision", "approve", "--by", "Amara Diallo")
    assert result.code == 0, result.err
    return assessment_id


def memo_rows(database_url: str) -> int:
    db = open_record(database_url)
    try:
        with db.session() as session:
            return session.execute(sa.text("SELECT count(*) FROM memo")).scalar_one()
    finally:
        db.close()


def identities(cli: Run, tmp_path, *, trusted: bool = True) -> tuple[str, str]:
    """Two TEST identities; the record trusts their test CA unless told otherwise."""
    drafter, minister = str(tmp_path / "drafter.p12"), str(tmp_path / "minister.p12")
    for name, role, path in (("Ana Łukasiewicz", "Drafting official", drafter),
                             ("Amara Diallo", "Minister", minister)):
        made = cli("identity", "new", "--name", name, "--role", role, "-o", path, env=SECRET)
        assert made.code == 0, made.err
    if trusted:
        assert cli("trust", "add", str(cli_test_ca())).code == 0
    return drafter, minister


def cli_test_ca():
    from models.db import user_data_dir  # the CLI's test CA lives in this test's data folder

    return user_data_dir() / "test-ca" / "test-ca.pem"


def test_issue_sign_verify(cli: Run, tmp_path, database_url: str) -> None:
    assessment_id = decided(cli)
    drafter, minister = identities(cli, tmp_path, trusted=False)
    out = tmp_path / "memo.pdf"
    untrusted = cli("memo", assessment_id, "-o", str(out), "--sign", drafter,
                    "--sign", minister, env=TWO_SECRETS)
    assert untrusted.code == 2 and "trusts no certification authority" in untrusted.error_line
    assert cli("trust", "add", str(cli_test_ca())).code == 0
    assert "Concert Desk TEST CA" in cli("trust", "list").out
    shared = cli("memo", assessment_id, "-o", str(out), "--sign", drafter, "--sign", minister,
                 env=SECRET)
    assert shared.code == 2 and "cannot share CONCERT_PASSPHRASE" in shared.error_line
    issued = cli("memo", assessment_id, "-o", str(out), "--sign", drafter, "--sign", minister,
                 env=TWO_SECRETS)
    assert issued.code == 0, issued.err
    assert "countersigned" in issued.out and out.read_bytes().startswith(b"%PDF-")
    assert memo_rows(database_url) == 1

    verified = cli("verify", str(out))
    assert verified.code == 0, verified.err
    assert "matches the stored memo (countersigned)" in verified.out
    assert "Decided by: Amara Diallo (the minister who countersigned)" in verified.out

    tampered = tmp_path / "tampered.pdf"
    data = bytearray(out.read_bytes())
    data[len(data) // 3] ^= 0x01
    tampered.write_bytes(bytes(data))
    assert cli("verify", str(tampered)).code == 1


def test_unsigned_then_signed_in_order(cli: Run, tmp_path, database_url: str) -> None:
    assessment_id = decided(cli)
    drafter, minister = identities(cli, tmp_path)
    first = cli("memo", assessment_id, "-o", str(tmp_path / "unsigned.pdf"))
    assert first.code == 0, first.err
    reference = first.out.split()[1]
    out_of_order = cli("memo", reference, "-o", str(tmp_path / "x.pdf"), "--sign", minister,
                       env=SECRET)
    # The next field in order is the drafting official's; the minister's certificate does not
    # grant that role.
    assert out_of_order.code == 2
    assert "the drafting official field needs the drafting official role" in \
        out_of_order.error_line
    second = cli("memo", reference, "-o", str(tmp_path / "drafted.pdf"), "--sign", drafter,
                 env=SECRET)
    assert second.code == 0, second.err
    again = cli("memo", reference, "-o", str(tmp_path / "x.pdf"), "--sign", drafter, env=SECRET)
    assert again.code == 2 and "the minister field needs the minister role" in again.error_line
    final = cli("memo", reference, "-o", str(tmp_path / "final.pdf"), "--sign", minister,
                env=SECRET)
    assert final.code == 0, final.err
    assert "countersigned" in final.out
    third = cli("memo", reference, "-o", str(tmp_path / "more.pdf"), "--sign", drafter,
                env=SECRET)
    assert third.code == 2 and "locked" in third.error_line
    assert memo_rows(database_url) == 3


def test_refusals_store_nothing(cli: Run, tmp_path, database_url: str) -> None:
    draft_id = imported(cli, KESSARY)
    undecided = cli("memo", draft_id, "-o", str(tmp_path / "m.pdf"))
    assert undecided.code == 2 and "not decided" in undecided.error_line
    assessment_id = decided(cli)
    drafter, _ = identities(cli, tmp_path)
    wrong = cli("memo", assessment_id, "-o", str(tmp_path / "m.pdf"), "--sign", drafter,
                env={"CONCERT_PASSPHRASE": "wrong"})
    assert wrong.code == 2 and "wrong passphrase" in wrong.error_line
    junk = tmp_path / "junk.p12"
    junk.write_bytes(b"not a key")
    corrupt = cli("memo", assessment_id, "-o", str(tmp_path / "m.pdf"), "--sign", str(junk),
                  env=SECRET)
    assert corrupt.code == 2 and "not a PKCS#12" in corrupt.error_line
    assert memo_rows(database_url) == 0
    assert not (tmp_path / "m.pdf").exists()


def test_memo_in_the_language_asked(cli: Run, tmp_path, database_url: str) -> None:
    import subprocess

    assessment_id = decided(cli)
    drafter, minister = identities(cli, tmp_path)
    refused = cli("memo", assessment_id, "-o", str(tmp_path / "de.pdf"), "--language", "de")
    assert refused.code == 2 and "en, fr, he, ja" in refused.error_line
    assert memo_rows(database_url) == 0
    out = tmp_path / "memo-he.pdf"
    issued = cli("memo", assessment_id, "-o", str(out), "--language", "he", "--sign", drafter,
                 "--sign", minister, env=TWO_SECRETS)
    assert issued.code == 0, issued.err
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True,
                          check=True).stdout
    assert "מזכר החלטה" in text and "חתימות" in text  # the title and "Signatures"
    assert b"/Lang (he)" in out.read_bytes()
    assert cli("verify", str(out)).code == 0
