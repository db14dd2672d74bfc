"""The doors issue 12 found open, tried as an attacker or a careless script would, through the
command line as a real process (one scenario per door; each was shown failing before its fix):

- files: an export or identity written over the open database, its WAL, an identity, a pipe or
  an existing file without --force; the record, logs and test CA created readable by others;
  the test CA's key unencrypted.
"""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import sqlalchemy as sa

from tests.reliability.harness import Outcome

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "desktop" / "help" / "examples" / "port-amsel-evacuation.yaml"
PASSPHRASE = "a passphrase for the doors"


class Cli:
    """main.py as a real process, in its own user data folder and database."""

    def __init__(self, folder: Path, db_url: str) -> None:
        self.folder = folder
        self.data_dir = folder / "user-data"
        self.db_url = db_url

    def __call__(self, *args: str, **env: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, str(ROOT / "main.py"), "--db", self.db_url, *args],
            cwd=ROOT, capture_output=True, text=True, encoding="utf-8", timeout=120,
            check=False,
            env={**os.environ, "CONCERT_DATA_DIR": str(self.data_dir),
                 "CONCERT_PASSPHRASE": PASSPHRASE, "PYTHONIOENCODING": "utf-8", **env},
        )


def refused(result: subprocess.CompletedProcess[str], *words: str) -> list[str]:
    """Exit 2 with one line on stderr that holds `words`, and no traceback."""
    lines = result.stderr.strip().splitlines()
    problems = []
    if result.returncode != 2:
        problems.append(f"exit {result.returncode}, expected 2 ({result.stderr.strip()[:160]})")
    if len(lines) != 1:
        problems.append(f"{len(lines)} lines on stderr: {result.stderr[:200]!r}")
    if "Traceback" in result.stderr or "internal error" in result.stderr:
        problems.append("a traceback or internal error")
    missing = [w for w in words if lines and w not in lines[-1]]
    if missing:
        problems.append(f"the line does not say {missing}: {lines[-1][:160] if lines else ''}")
    return problems


def _imported(cli: Cli) -> str:
    result = cli("assess", "import", str(EXAMPLE))
    assert result.returncode == 0, result.stderr
    return result.stdout.strip().splitlines()[-1].split()[-1]


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def files(folder: Path) -> Outcome:
    """Nothing written over without intent; owner-only files; the test CA key encrypted."""
    outcome = Outcome("files: nothing written over without intent, owner-only, keys encrypted")
    folder.mkdir(parents=True, exist_ok=True)
    db_path = folder / "record.db"
    cli = Cli(folder, f"sqlite:///{db_path}")
    assessment = _imported(cli)
    identity = folder / "drafter.p12"
    made = cli("identity", "new", "--name", "Ana Drafter", "--role", "drafting-official",
               "-o", str(identity))
    outcome.trial([] if made.returncode == 0 else [f"identity new: {made.stderr.strip()}"],
                  "a first identity")

    def kept(path: Path, check: Callable[[], list[str]], label: str, *words: str,
             args: tuple[str, ...] = ()) -> None:
        before = path.read_bytes() if path.is_file() else None
        problems = check()
        if before is not None and (not path.is_file() or path.read_bytes() != before):
            problems.append(f"{path.name} was written over")
        outcome.trial(problems, label)

    def export_to(target: Path, *extra: str) -> subprocess.CompletedProcess[str]:
        return cli("assess", "export", assessment, "-o", str(target), *extra)

    kept(db_path, lambda: refused(export_to(db_path, "--force"), "open record database"),
         "assess export -o the open database (--force)")
    wal = db_path.with_name(db_path.name + "-wal")
    kept(wal, lambda: refused(export_to(wal, "--force"), "open record database"),
         "assess export -o the database's WAL")
    new_over_identity = ("identity", "new", "--name", "Eve", "--role", "drafting-official",
                         "-o", str(identity), "--force")
    kept(identity, lambda: refused(cli(*new_over_identity), "signing identity"),
         "identity new -o an existing identity (--force)")
    renamed = folder / "key-backup.bin"
    renamed.write_bytes(identity.read_bytes())
    kept(renamed, lambda: refused(export_to(renamed, "--force"), "signing identity"),
         "assess export -o an identity under another name")
    pipe = folder / "a-pipe"
    os.mkfifo(pipe)
    link = folder / "link-to-pipe"
    link.symlink_to(pipe)
    for target in (pipe, link):
        problems = refused(export_to(target, "--force"), "not a regular file")
        if not stat.S_ISFIFO(os.stat(target).st_mode):
            problems.append("the pipe was replaced by a file")
        outcome.trial(problems, f"assess export -o {target.name}")
    existing = folder / "notes.yaml"
    existing.write_text("someone's notes\n")
    kept(existing, lambda: refused(export_to(existing), "--force"),
         "assess export -o an existing file without --force")
    forced = export_to(existing, "--force")
    outcome.trial([] if forced.returncode == 0 and existing.read_text() != "someone's notes\n"
                  else [f"--force did not replace it: {forced.stderr.strip()}"],
                  "assess export -o an existing file with --force")
    decided = cli("decide", assessment, "--decision", "approve", "--by", "Minister")
    memo_file = folder / "memo.pdf"
    memo_file.write_bytes(b"an older file\n")
    kept(memo_file, lambda: refused(cli("memo", assessment, "-o", str(memo_file)), "--force")
         + _memo_count_problems(cli.db_url, 0) if decided.returncode == 0
         else [f"decide: {decided.stderr.strip()}"],
         "memo -o an existing file: refused before anything is issued")
    # Owner-only: the user folder, the record and its side files, the test CA, logs.
    problems = []
    for path in (cli.data_dir, cli.data_dir / "test-ca"):
        if _mode(path) & 0o077:
            problems.append(f"{path.name} is {oct(_mode(path))}")
    for path in (db_path, wal, cli.data_dir / "test-ca" / "test-ca-key.pem", existing):
        if path.exists() and _mode(path) & 0o077:
            problems.append(f"{path.name} is {oct(_mode(path))}")
    outcome.trial(problems, "owner-only folders and files")
    key = (cli.data_dir / "test-ca" / "test-ca-key.pem").read_bytes()
    outcome.trial([] if b"ENCRYPTED PRIVATE KEY" in key else ["the test CA key is not encrypted"],
                  "the test CA's key encrypted at rest")
    return outcome


def _memo_count_problems(url: str, expected: int) -> list[str]:
    engine = sa.create_engine(url)
    try:
        with engine.connect() as connection:
            count = connection.execute(sa.text("SELECT count(*) FROM memo")).scalar_one()
    finally:
        engine.dispose()
    return [] if count == expected else [f"{count} memos stored, expected {expected}"]


# ---------------------------------------------------------------------------------------------
# Every bad input a clear line


def _ed25519_identity(path: Path) -> None:
    """A PKCS#12 identity with an Ed25519 key (what `openssl genpkey -algorithm ed25519` and a
    self-made certificate give): a key type memo verifiers do not check."""
    from datetime import UTC, datetime, timedelta

    from cryptography import x509
    from cryptography.hazmat.primitives.asymmetric import ed25519
    from cryptography.hazmat.primitives.serialization import BestAvailableEncryption, pkcs12
    from cryptography.x509.oid import NameOID

    key = ed25519.Ed25519PrivateKey.generate()
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Eddie")])
    now = datetime.now(UTC)
    certificate = (
        x509.CertificateBuilder().subject_name(name).issuer_name(name)
        .public_key(key.public_key()).serial_number(x509.random_serial_number())
        .not_valid_before(now - timedelta(hours=1)).not_valid_after(now + timedelta(days=30))
        .add_extension(x509.KeyUsage(digital_signature=True, content_commitment=True,
                                     key_encipherment=False, data_encipherment=False,
                                     key_agreement=False, key_cert_sign=False, crl_sign=False,
                                     encipher_only=False, decipher_only=False), critical=True)
        .sign(key, None)
    )
    path.write_bytes(pkcs12.serialize_key_and_certificates(
        b"Eddie", key, certificate, None, BestAvailableEncryption(PASSPHRASE.encode())))


def _sqlite_tables(path: Path) -> list[str]:
    import sqlite3

    connection = sqlite3.connect(path)
    try:
        return sorted(r[0] for r in connection.execute("SELECT name FROM sqlite_master"))
    finally:
        connection.close()


def bad_inputs(folder: Path) -> Outcome:
    """Bidi controls, numbers out of range, unsupported keys, postgres:// URLs, special and
    oversized files, another program's database: each exit 2 with one line, nothing changed."""
    outcome = Outcome("bad input: one clear line (bidi, numbers, keys, URLs, special files)")
    folder.mkdir(parents=True, exist_ok=True)
    db_path = folder / "record.db"
    cli = Cli(folder, f"sqlite:///{db_path}")
    assessment = _imported(cli)
    case = EXAMPLE.read_text(encoding="utf-8")

    def trial(label: str, result: subprocess.CompletedProcess[str], *words: str) -> None:
        outcome.trial(refused(result, *words), label)

    trial("a title with a right-to-left override",
          cli("assess", "new", "--playbook", "use-of-force",
              "--title", "Decision: \u202eTCEJER\u202c"), "U+202E")
    hostile_case = folder / "bidi-case.yaml"
    hostile_case.write_text(case.replace("classification: ", "classification: \u2067", 1)
                            if "classification: " in case else
                            case + "classification: \u2067TOP SECRET\u2069\n", encoding="utf-8")
    trial("a case file's classification with an isolate",
          cli("assess", "import", str(hostile_case)), "bidi-case.yaml:", "classification")
    trial("a decider's name with an override",
          cli("decide", assessment, "--decision", "approve", "--by", "Min\u202eister"),
          "U+202E")
    trial("a 401-digit --limit", cli("assess", "list", "--limit", "9" * 401), "--limit")
    ed = folder / "ed25519.p12"
    _ed25519_identity(ed)
    decided = cli("decide", assessment, "--decision", "approve", "--by", "Minister")
    trial("an Ed25519 identity", cli("memo", assessment, "-o", str(folder / "m.pdf"),
                                     "--sign", str(ed)) if decided.returncode == 0 else decided,
          "Ed25519")
    outcome.trial(_memo_count_problems(cli.db_url, 0), "nothing issued with the Ed25519 key")
    postgres = Cli(folder, "postgres://someone@127.0.0.1:1/record")
    trial("a postgres:// URL", postgres("assess", "list"), "postgresql+psycopg://")
    pipe = folder / "input-pipe"
    os.mkfifo(pipe)
    big = folder / "huge.yaml"
    with open(big, "wb") as stream:  # sparse: 20 MB that take no room on the disk
        stream.truncate(20 * 1024 * 1024)
    huge_pdf = folder / "huge.pdf"
    with open(huge_pdf, "wb") as stream:
        stream.write(b"%PDF-1.7\n")
        stream.truncate(60 * 1024 * 1024)
    for label, args, words in (
        ("assess import /dev/zero", ("assess", "import", "/dev/zero"), ("not a regular file",)),
        ("assess import a named pipe", ("assess", "import", str(pipe)), ("not a regular file",)),
        ("assess import a 20 MB file", ("assess", "import", str(big)), ("too large",)),
        ("members import /dev/zero", ("members", "import", "/dev/zero"), ("not a regular",)),
        ("playbooks check /dev/zero", ("playbooks", "check", "/dev/zero"), ("not a regular",)),
        ("trust add /dev/zero", ("trust", "add", "/dev/zero"), ("not a regular file",)),
        ("verify /dev/zero", ("verify", "/dev/zero"), ("not a regular file",)),
        ("verify a 60 MB file", ("verify", str(huge_pdf)), ("too large",)),
        ("memo --sign /dev/zero", ("memo", assessment, "-o", str(folder / "m.pdf"), "--sign",
                                   "/dev/zero"), ("not a regular file",)),
    ):
        try:
            result = cli(*args)
        except subprocess.TimeoutExpired:
            outcome.trial(["hung"], label)
            continue
        trial(label, result, *words)
    other = folder / "notes.sqlite"
    import sqlite3

    connection = sqlite3.connect(other)
    connection.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT)")
    connection.execute("INSERT INTO notes (text) VALUES ('my own notes')")
    connection.commit()
    connection.close()
    before = _sqlite_tables(other)
    result = Cli(folder, f"sqlite:///{other}")("assess", "list")
    problems = refused(result, "not a Concert Desk record")
    if _sqlite_tables(other) != before:
        problems.append("another program's database was converted into a record")
    outcome.trial(problems, "--db on another program's SQLite file")
    return outcome


def memo_exports(folder: Path) -> Outcome:
    """`memo REF -o FILE` exports the stored memo again without signing; a retry of `memo ID`
    after the memo was stored never issues a second one."""
    outcome = Outcome("memo re-export and retry: never a second memo")
    folder.mkdir(parents=True, exist_ok=True)
    cli = Cli(folder, f"sqlite:///{folder / 'record.db'}")
    assessment = _imported(cli)
    cli("decide", assessment, "--decision", "approve", "--by", "Minister")
    drafter = folder / "drafter.p12"
    cli("identity", "new", "--name", "Ana Drafter", "--role", "drafting-official",
        "-o", str(drafter))
    cli("trust", "add", str(cli.data_dir / "test-ca" / "test-ca.pem"))
    first = cli("memo", assessment, "-o", str(folder / "memo.pdf"), "--sign", str(drafter))
    outcome.trial([] if first.returncode == 0 else [first.stderr.strip()], "the first memo")
    reference = first.stdout.split()[1] if first.returncode == 0 else "CD-0000-0000"
    again = cli("memo", reference, "-o", str(folder / "copy.pdf"))
    problems = [] if again.returncode == 0 else [f"exit {again.returncode}: "
                                                 f"{again.stderr.strip()[:160]}"]
    copy = folder / "copy.pdf"
    if not copy.exists() or copy.read_bytes() != (folder / "memo.pdf").read_bytes():
        problems.append("the re-exported file is not the stored memo byte for byte")
    outcome.trial(problems + _memo_count_problems(cli.db_url, 1), "memo REF -o FILE")
    retry = cli("memo", assessment, "-o", str(folder / "retry.pdf"), "--sign", str(drafter))
    outcome.trial(refused(retry, reference) + _memo_count_problems(cli.db_url, 1),
                  "memo ID again after the memo was stored")
    return outcome


# ---------------------------------------------------------------------------------------------
# References unique across installations and time


def _issued(cli: Cli, folder: Path, name: str, *signers: Path) -> tuple[str, Path]:
    """A new decided assessment's memo: (reference, file)."""
    assessment = _imported(cli)
    decided = cli("decide", assessment, "--decision", "approve", "--by", "Minister")
    assert decided.returncode == 0, decided.stderr
    out = folder / f"{name}.pdf"
    sign = [arg for signer in signers for arg in ("--sign", str(signer))]
    issued = cli("memo", assessment, "-o", str(out), *sign)
    assert issued.returncode == 0, issued.stderr
    return issued.stdout.split()[1], out


def references(folder: Path) -> Outcome:
    """A memo of another record, or one issued before an older copy of the record was put
    back, is foreign, never a tampered copy of ours; a superseded decision's memo says so."""
    import shutil

    outcome = Outcome("references: unique across records and restores; superseded memos")
    folder.mkdir(parents=True, exist_ok=True)
    ours = Cli(folder, f"sqlite:///{folder / 'ours.db'}")
    partner = Cli(folder, f"sqlite:///{folder / 'partner.db'}")
    drafter = folder / "drafter.p12"
    ours("identity", "new", "--name", "Ana Drafter", "--role", "drafting-official",
        "-o", str(drafter))
    ours("trust", "add", str(ours.data_dir / "test-ca" / "test-ca.pem"))
    partner("trust", "add", str(partner.data_dir / "test-ca" / "test-ca.pem"))
    partner_reference, partner_memo = _issued(partner, folder, "partner", drafter)
    our_reference, _ = _issued(ours, folder, "ours", drafter)
    problems = [] if partner_reference != our_reference else [
        f"two records issued the same reference {our_reference}"]
    verified = ours("verify", str(partner_memo))
    if verified.returncode != 0 or "foreign" not in verified.stdout:
        problems.append(f"a partner's memo: exit {verified.returncode}: "
                        f"{(verified.stdout + verified.stderr).strip()[-200:]}")
    outcome.trial(problems, "a partner's memo (both records' first memo of the year)")

    shutil.copy(folder / "ours.db", folder / "ours-backup.db")
    before_restore, before_file = _issued(ours, folder, "before-restore", drafter)
    shutil.copy(folder / "ours-backup.db", folder / "ours.db")  # the older copy put back
    ours("audit", "verify", "--accept-head")  # looked into, accepted (issue 12, door 5)
    after_restore, _ = _issued(ours, folder, "after-restore", drafter)
    problems = [] if after_restore != before_restore else [
        f"the reference {after_restore} was issued again after the restore"]
    verified = ours("verify", str(before_file))
    if verified.returncode != 0 or "foreign" not in verified.stdout:
        problems.append(f"a memo issued before the restore: exit {verified.returncode}: "
                        f"{(verified.stdout + verified.stderr).strip()[-200:]}")
    outcome.trial(problems, "a memo issued before an older copy of the record was put back")

    assessment = _imported(ours)
    ours("decide", assessment, "--decision", "approve", "--by", "Minister")
    memo_file = folder / "superseded.pdf"
    ours("memo", assessment, "-o", str(memo_file), "--sign", str(drafter))
    revised = ours("revise", assessment)
    verified = ours("verify", str(memo_file))
    problems = []
    if verified.returncode != 0 or "superseded by revision 2" not in verified.stdout:
        problems.append(f"exit {verified.returncode}: "
                        f"{(verified.stdout + verified.stderr).strip()[-200:]}")
    if revised.returncode == 0 and revised.stdout.strip().split()[-1] not in verified.stdout:
        problems.append("the superseding revision is not named")
    outcome.trial(problems, "a superseded decision's memo")
    return outcome


# ---------------------------------------------------------------------------------------------
# Rollback refused, not just warned


def rollback(folder: Path) -> Outcome:
    """An older copy of the record put back, and the note of the head seen deleted: writes are
    refused until accepted, reading goes on, and exported memos the record lost are named."""
    import shutil

    outcome = Outcome("rollback: writes refused until accepted; a deleted anchor reported")
    folder.mkdir(parents=True, exist_ok=True)
    db_path = folder / "record.db"
    cli = Cli(folder, f"sqlite:///{db_path}")
    _imported(cli)
    shutil.copy(db_path, folder / "yesterday.db")
    exported = folder / "exported"
    exported.mkdir()
    drafter = folder / "drafter.p12"
    cli("identity", "new", "--name", "Ana Drafter", "--role", "drafting-official",
        "-o", str(drafter))
    cli("trust", "add", str(cli.data_dir / "test-ca" / "test-ca.pem"))
    lost_reference, _ = _issued(cli, exported, "lost", drafter)
    shutil.copy(folder / "yesterday.db", db_path)  # yesterday's copy put back

    write = cli("assess", "import", str(EXAMPLE))
    problems = refused(write, "writes are refused", "audit verify --accept-head")
    outcome.trial(problems, "a write on the older copy")
    listed = cli("assess", "list")
    outcome.trial([] if listed.returncode == 0 else [f"assess list: exit {listed.returncode}"],
                  "reading the older copy goes on")
    archive = cli("audit", "verify", "--archive", "--memos", str(exported))
    problems = []
    if archive.returncode != 1 or lost_reference not in archive.stdout + archive.stderr:
        problems.append(f"exit {archive.returncode}, lost memo {lost_reference} not named: "
                        f"{(archive.stdout + archive.stderr).strip()[-200:]}")
    outcome.trial(problems, "audit verify --archive --memos DIR names the memo the record lost")
    accepted = cli("audit", "verify", "--accept-head")
    again = cli("assess", "import", str(EXAMPLE))
    outcome.trial([] if accepted.returncode == 0 and again.returncode == 0 else
                  [f"after --accept-head: exit {accepted.returncode}, then {again.returncode}: "
                   f"{again.stderr.strip()[:160]}"], "writes allowed once accepted")

    notes = cli.data_dir / "seen-audit-heads"
    for note in notes.glob("*.json"):
        note.unlink()  # the anchor deleted, to hide a rollback to come
    write = cli("assess", "import", str(EXAMPLE))
    outcome.trial(refused(write, "is missing", "writes are refused"), "the anchor note deleted")
    accepted = cli("audit", "verify", "--accept-head")
    again = cli("assess", "import", str(EXAMPLE))
    outcome.trial([] if accepted.returncode == 0 and again.returncode == 0 else
                  [f"after --accept-head: exit {accepted.returncode}, then {again.returncode}"],
                  "writes allowed once the missing anchor was accepted")
    return outcome
