"""Keys and secrets, in-process (the long run does the same through the command line): after
issuing and verifying memos, and after failures, neither the passphrase nor the signers' keys
are in exception messages, the database, temporary files or the user data folder; the test
CA's key is not read."""

from __future__ import annotations

import io
import tempfile
from pathlib import Path

import pytest

import reports.identity
from models.db import Database, user_data_dir
from reports.identity import IdentityError, unlock_identity
from reports.issue import issue_memo, unlock
from reports.verify import verify_memo_file
from tests.reliability import secrets_scan as secrets
from tests.reliability.harness import PLAYBOOK, Identities, decided_assessment, trust


def test_no_secret_is_left_behind_and_the_ca_key_is_not_read(
    database: Database, identities: Identities, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    temporary = tmp_path / "tmp"
    temporary.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(temporary))
    monkeypatch.setenv("TMPDIR", str(temporary))
    opened: list[str] = []
    real_open = io.open

    def recording_open(file, *args, **kwargs):  # type: ignore[no-untyped-def]
        opened.append(str(file))
        return real_open(file, *args, **kwargs)

    def no_test_ca(*args: object, **kwargs: object) -> None:
        raise AssertionError("the test CA was loaded while issuing or verifying a memo")

    trust(database, identities)
    assessment_id = decided_assessment(database)
    monkeypatch.setattr(io, "open", recording_open)
    monkeypatch.setattr(reports.identity, "load_or_create_test_ca", no_test_ca)
    signers = [unlock(identities.drafter, identities.passphrase),
               unlock(identities.minister, identities.passphrase)]
    issued = issue_memo(database, assessment_id, PLAYBOOK, actor="officer", identities=signers,
                        export_to=tmp_path / "memo.pdf")
    assert verify_memo_file(database, issued.pdf).ok
    messages = []
    damaged = tmp_path / "damaged.p12"
    damaged.write_bytes(identities.drafter.read_bytes()[:-40] + b"\0" * 40)
    for path, secret in ((identities.drafter, secrets.WRONG_PASSPHRASE),
                         (damaged, secrets.PASSPHRASE)):
        with pytest.raises(IdentityError) as raised:
            unlock_identity(path, secret.encode("utf-8"))
        messages.append(f"{raised.value!r} {raised.value}")
    flipped = bytearray(issued.pdf)
    flipped[len(flipped) // 2] ^= 1
    messages.append(verify_memo_file(database, bytes(flipped)).reason)
    monkeypatch.setattr(io, "open", real_open)

    assert not [p for p in opened if p.startswith(str(identities.ca_key.parent))]
    places = [("exception messages", "\n".join(messages).encode("utf-8"))]
    places += secrets._database_places(database.connection_url())
    places += secrets._places(user_data_dir(), temporary, set())
    needles = secrets.secret_needles([(identities.drafter, secrets.PASSPHRASE),
                                      (identities.minister, secrets.PASSPHRASE)])
    found = [f"{label} in {where}" for where, content in places
             for label, needle in needles.items() if needle in content]
    assert not found
    control = secrets._control_place(identities.drafter)
    assert all(needle in control for label, needle in needles.items()
               if label.startswith(identities.drafter.name))
