"""Keys and secrets: a whole memo session run through the command line — test identities made,
trust root added, a case imported and decided, the memo issued with two signatures and verified,
plus failures (wrong passphrase, damaged identity, damaged memo) — then the passphrases and the
signers' private keys are searched for everywhere the run could have left them:
- what every command printed (stdout, stderr);
- the user data folder (logs and all), except the identity files themselves and the test CA's
  own key file;
- the temporary folder (TMPDIR pointed at a fresh folder for the run);
- the database: every table's rows, and on SQLite the raw bytes of the file and its WAL;
- exception messages raised in-process for the same failures.
The test CA's key file must not be opened by `memo` or `verify` (only by `identity new`),
which Python's audit hook shows (tests.reliability.audited_main).
"""

from __future__ import annotations

import base64
import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.serialization import pkcs12

from tests.reliability.harness import PASSPHRASE, Backend, Outcome, full_dump, opened

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "desktop" / "help" / "examples" / "port-amsel-evacuation.yaml"
WRONG_PASSPHRASE = "Wrong-Horse ♞ 42 reliability"
MINISTER_PASSPHRASE = "Minister's own ⚖ 9b1c-reliability"  # each identity has its own


@dataclass
class Command:
    args: tuple[str, ...]
    code: int
    out: str
    err: str
    opened: list[str]


def key_needles(p12: Path, passphrase: bytes) -> dict[str, bytes]:
    """Byte strings that would show the signer's private key: windows of its DER encodings
    (PKCS#8 and PKCS#1), of the PEM text, and of the private exponent and primes (raw and hex)."""
    key, _, _ = pkcs12.load_key_and_certificates(p12.read_bytes(), passphrase)
    assert key is not None
    needles: dict[str, bytes] = {}
    for label, fmt in (("PKCS#8", serialization.PrivateFormat.PKCS8),
                       ("PKCS#1", serialization.PrivateFormat.TraditionalOpenSSL)):
        der = key.private_bytes(serialization.Encoding.DER, fmt, serialization.NoEncryption())
        pem = key.private_bytes(serialization.Encoding.PEM, fmt, serialization.NoEncryption())
        middle = len(der) // 2
        needles[f"{p12.name} {label} DER"] = der[middle:middle + 32]
        body = b"".join(pem.splitlines()[1:-1])
        needles[f"{p12.name} {label} PEM"] = body[len(body) // 2:len(body) // 2 + 40]
        # From the middle (the private exponent and primes): the first few hundred bytes hold the
        # public modulus, which the certificate carries too.
        encoded = base64.b64encode(der)
        needles[f"{p12.name} {label} base64"] = encoded[len(encoded) // 2:len(encoded) // 2 + 40]
    numbers = key.private_numbers()  # type: ignore[union-attr]
    for label, value in (("d", numbers.d), ("p", numbers.p), ("q", numbers.q)):
        raw = value.to_bytes((value.bit_length() + 7) // 8, "big")
        needles[f"{p12.name} private {label}"] = raw[8:32]
        needles[f"{p12.name} private {label} hex"] = raw[8:32].hex().encode()
    return needles


def secret_needles(identities: list[tuple[Path, str]]) -> dict[str, bytes]:
    needles = {}
    for label, text in (("passphrase", PASSPHRASE), ("minister's passphrase", MINISTER_PASSPHRASE),
                        ("wrong passphrase", WRONG_PASSPHRASE),
                        ("test CA passphrase", os.environ["CONCERT_CA_PASSPHRASE"])):
        needles[f"{label} (UTF-8)"] = text.encode("utf-8")
        needles[f"{label} (UTF-16)"] = text.encode("utf-16-le")
    for path, passphrase in identities:
        needles.update(key_needles(path, passphrase.encode("utf-8")))
    return needles


def run_cli(args: tuple[str, ...], url: str, env: dict[str, str], log: Path) -> Command:
    log.write_text("")
    completed = subprocess.run(
        [sys.executable, "-m", "tests.reliability.audited_main", "--db", url, *args],
        cwd=ROOT, capture_output=True, text=True, encoding="utf-8", timeout=300, check=False,
        env={**os.environ, **env, "CONCERT_OPEN_LOG": str(log), "PYTHONIOENCODING": "utf-8"},
    )
    opened = log.read_text(encoding="utf-8").splitlines()
    return Command(args, completed.returncode, completed.stdout, completed.stderr, opened)


def memo_session(backend: Backend, folder: Path) -> Outcome:
    outcome = Outcome(f"passphrase and keys searched for after a memo session ({backend.kind})")
    data_dir, tmp_dir, work = folder / "user-data", folder / "tmp", folder / "work"
    for path in (data_dir, tmp_dir, work):
        path.mkdir(parents=True, exist_ok=True)
    log = folder / "opened.log"
    env = {"CONCERT_DATA_DIR": str(data_dir), "TMPDIR": str(tmp_dir), "TMP": str(tmp_dir),
           "TEMP": str(tmp_dir), "CONCERT_PASSPHRASE": PASSPHRASE}
    ca_key = data_dir / "test-ca" / "test-ca-key.pem"
    drafter, minister = work / "drafter.p12", work / "minister.p12"
    damaged_p12 = work / "damaged.p12"
    commands: list[Command] = []
    problems: list[str] = []
    with backend.database(migrated=False) as url:
        def cli(*args: str, expect: int = 0, **extra: str) -> Command:
            result = run_cli(args, url, {**env, **extra}, log)
            commands.append(result)
            if result.code != expect:
                problems.append(f"`{' '.join(args[:3])}…` exited {result.code}, expected "
                                f"{expect}: {result.err.strip()[:200]}")
            if "Traceback" in result.err:
                problems.append(f"`{' '.join(args[:3])}…` printed a traceback")
            return result

        cli("identity", "new", "--name", "Ana Drafter", "--role", "Drafting official",
            "-o", str(drafter))
        cli("identity", "new", "--name", "Mina Minister", "--role", "Minister",
            "-o", str(minister), CONCERT_PASSPHRASE=MINISTER_PASSPHRASE)
        if not ca_key.exists():
            problems.append(f"no test CA key at {ca_key}: the suite looks in the wrong place")
        cli("trust", "add", str(data_dir / "test-ca" / "test-ca.pem"), "--by", "security")
        imported = cli("assess", "import", str(EXAMPLE), "--by", "analyst")
        assessment_id = imported.out.strip().splitlines()[-1].split()[-1] if imported.out else ""
        cli("decide", assessment_id, "--decision", "approve", "--by", "Mina Minister")
        key_free = []
        key_free.append(cli("memo", assessment_id, "-o", str(work / "memo.pdf"),
                            "--sign", str(drafter), "--sign", str(minister),
                            CONCERT_PASSPHRASE_1=PASSPHRASE,
                            CONCERT_PASSPHRASE_2=MINISTER_PASSPHRASE))
        key_free.append(cli("verify", str(work / "memo.pdf")))
        # Failures: their messages and logs must not carry the secrets either.
        key_free.append(cli("memo", assessment_id, "-o", str(work / "other.pdf"), "--sign",
                            str(drafter), expect=2, CONCERT_PASSPHRASE=WRONG_PASSPHRASE))
        damaged_p12.write_bytes(drafter.read_bytes()[:-40] + b"\0" * 40)
        key_free.append(cli("memo", assessment_id, "-o", str(work / "other.pdf"), "--sign",
                            str(damaged_p12), expect=2))
        damaged_pdf = bytearray((work / "memo.pdf").read_bytes())
        damaged_pdf[len(damaged_pdf) // 2] ^= 0x20
        (work / "damaged.pdf").write_bytes(bytes(damaged_pdf))
        key_free.append(cli("verify", str(work / "damaged.pdf"), expect=1))
        for command in key_free:
            touched = [p for p in command.opened if Path(p).name == ca_key.name]
            if touched:
                problems.append(f"`{' '.join(command.args[:2])}` opened the test CA key")
        needles = secret_needles([(drafter, PASSPHRASE), (minister, MINISTER_PASSPHRASE)])
        control = _control_place(drafter)  # the search must find what it looks for
        missed = [label for label, needle in needles.items()
                  if label.startswith(drafter.name) and needle not in control]
        if missed:
            problems.append(f"the search misses key material it should find: {missed}")
        places = _places(data_dir, tmp_dir, {drafter, minister, damaged_p12, ca_key})
        places += [(f"output of `{' '.join(c.args[:2])}`", (c.out + c.err).encode("utf-8"))
                   for c in commands]
        places += _database_places(url)
        places += _exception_places(drafter, damaged_p12)
        for where, content in places:
            for label, needle in needles.items():
                if needle in content:
                    problems.append(f"{label} found in {where}")
        outcome.note(f"{len(commands)} commands, {len(places)} places searched for "
                     f"{len(needles)} needles (passphrases in UTF-8/16; private-key DER, PEM, "
                     "base64, exponent and primes raw and hex)")
        outcome.note("the test CA key file was opened by: " + (", ".join(sorted({
            " ".join(c.args[:2]) for c in commands
            if any(Path(p).name == ca_key.name for p in c.opened)})) or "nothing"))
    outcome.trial(problems)
    return outcome


def _control_place(identity: Path) -> bytes:
    """The drafter's key written out in every form the needles describe."""
    key, _, _ = pkcs12.load_key_and_certificates(identity.read_bytes(),
                                                 PASSPHRASE.encode("utf-8"))
    assert key is not None
    parts = []
    for fmt in (serialization.PrivateFormat.PKCS8, serialization.PrivateFormat.TraditionalOpenSSL):
        der = key.private_bytes(serialization.Encoding.DER, fmt, serialization.NoEncryption())
        parts += [der, b"".join(key.private_bytes(serialization.Encoding.PEM, fmt,
                                                  serialization.NoEncryption()).splitlines()),
                  base64.b64encode(der)]
    numbers = key.private_numbers()  # type: ignore[union-attr]
    for value in (numbers.d, numbers.p, numbers.q):
        raw = value.to_bytes((value.bit_length() + 7) // 8, "big")
        parts += [raw, raw.hex().encode()]
    return b"\n".join(parts)


def _places(data_dir: Path, tmp_dir: Path, skip: set[Path]) -> list[tuple[str, bytes]]:
    places = []
    for root in (data_dir, tmp_dir):
        for path in sorted(root.rglob("*")):
            if path.is_file() and path not in skip:
                places.append((str(path), path.read_bytes()))
    return places


def _database_places(url: str) -> list[tuple[str, bytes]]:
    places = []
    with opened(url) as db:
        places.append(("every table of the database", repr(full_dump(db)).encode("utf-8")))
        if db.dialect == "sqlite":
            path = Path(db.engine.url.database or "")
            for file in (path, Path(f"{path}-wal")):
                if file.exists():
                    places.append((f"raw bytes of {file.name}", file.read_bytes()))
    return places


def _exception_places(identity: Path, damaged: Path) -> list[tuple[str, bytes]]:
    """The same failures in-process: the exception texts (and the unlocked identity's repr)."""
    from reports.identity import unlock_identity

    places = []
    for path, secret in ((identity, WRONG_PASSPHRASE), (damaged, PASSPHRASE)):
        try:
            unlock_identity(path, secret.encode("utf-8"))
        except Exception as error:
            places.append((f"exception for {path.name}",
                           f"{error!r} {error} {error.__cause__!r}".encode()))
    unlocked = unlock_identity(identity, PASSPHRASE.encode("utf-8"))
    places.append(("repr of an unlocked identity", repr(unlocked).encode("utf-8")))
    return places
