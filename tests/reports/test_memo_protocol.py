"""The memo protocol's types (reports.memo_protocol), read and written without a process: every
message reads back as written; anything else is a ProtocolError that says what was expected and
never quotes the line; reprs keep passphrases and database passwords out. And the helper's
cache of unlocked keys (reports.unlocked_keys), on a clock the test moves."""

from __future__ import annotations

import sys
from base64 import b64encode
from dataclasses import replace
from pathlib import Path

import pytest

from reports import memo_protocol as protocol
from reports.memo_protocol import (
    IdentityRef,
    IssueMemo,
    KeysState,
    LockKeys,
    ProtocolError,
    Reply,
    Request,
    SignerRequest,
    UnlockedKey,
    helper_command,
    job_of,
)
from reports.unlocked_keys import UnlockedKeys

SECRET = "s3cret-passphrase"
PASSWORD = "db-password-77"

ISSUE = IssueMemo(
    database=f"postgresql+psycopg://ana:{PASSWORD}@db.example/record", actor="Ana",
    assessment_id="a1", playbook_file="/p/use-of-force.yaml", playbook_hash="f" * 64,
    signers=(SignerRequest(IdentityRef("/ids/ana.p12"), SECRET.encode()),
             SignerRequest(IdentityRef("/ids/min.p12", "ab" * 32), None)),
    keep_unlocked_s=900, job=4,
)

REPLIES = (
    protocol.Ready(), protocol.Progress(4, "Signing as minister (Min Ister)…", 2, 4),
    protocol.Issued(4, "m1", "a1"), protocol.Refused(4, "wrong passphrase"),
    protocol.Failed(4, "Traceback…"),
    KeysState((UnlockedKey(IdentityRef("/ids/ana.p12", "ab" * 32), "Ana", "Drafting official",
                           840),)),
)


def test_every_message_reads_back_as_written() -> None:
    requests = (ISSUE, replace(ISSUE, signers=()),
                protocol.SignMemo(database="sqlite:///r.db", actor="Ana", memo_id="m1", job=5),
                LockKeys())
    for request in requests:
        line = request.to_line()
        assert line.endswith("\n") and line.count("\n") == 1 and line.isascii()
        assert Request.from_line(line) == request
        assert Request.from_line(line.encode()) == request
    for reply in REPLIES:
        assert Reply.from_line(reply.to_line()) == reply


def test_a_reply_is_not_a_request_nor_the_other_way_round() -> None:
    with pytest.raises(ProtocolError, match="not a request"):
        Request.from_line(protocol.Ready().to_line())
    with pytest.raises(ProtocolError, match="not a reply"):
        Reply.from_line(LockKeys().to_line())


@pytest.mark.parametrize("line, expected", [
    (f"{SECRET}\n", "expected one JSON object per line"),
    (f'["{SECRET}"]', "expected one JSON object per line"),
    (f'{{"type": "{SECRET}"}}', "its type is not one of issue, lock, sign"),
    (ISSUE.to_line().replace('"job": 4', f'"job": 4, "{SECRET}": 1'), "expected the fields"),
    (ISSUE.to_line().replace(', "actor": "Ana"', ""), "required: actor"),
    (ISSUE.to_line().replace('"job": 4', '"job": true'), "field job: expected int"),
    (ISSUE.to_line().replace('"job": 4', f'"job": "{SECRET}"'), "field job: expected int"),
    (ISSUE.to_line().replace('"keep_unlocked_s": 900', '"keep_unlocked_s": 9.5'),
     "field keep_unlocked_s: expected int"),
    (ISSUE.to_line().replace(b64encode(SECRET.encode()).decode(), f"{SECRET}!"),
     "field passphrase: expected base64 text"),
    (ISSUE.to_line().replace('"signers": [', f'"signers": ["{SECRET}", '),
     "field signers: expected an object"),
])
def test_anything_else_is_a_protocol_error_that_never_quotes_the_line(line, expected) -> None:
    with pytest.raises(ProtocolError) as raised:
        Request.from_line(line)
    assert expected in str(raised.value)
    assert SECRET not in str(raised.value)


def test_job_numbers_are_read_from_an_unreadable_request_when_they_are_there() -> None:
    assert job_of(ISSUE.to_line().replace('"actor": "Ana"', '"actor": 1')) == 4
    assert job_of(f"{SECRET}\n") == job_of('{"job": true}') == job_of('{"job": -2}') == 0


def test_reprs_keep_the_passphrase_and_the_database_password_out() -> None:
    shown = repr(ISSUE)
    assert SECRET not in shown and PASSWORD not in shown
    assert "/ids/ana.p12" in shown  # the rest is there to debug with
    assert SECRET.encode() == ISSUE.signers[0].passphrase  # and the line carries them
    assert PASSWORD in ISSUE.to_line()


def test_the_helper_is_started_through_main_py_or_the_frozen_executable(monkeypatch) -> None:
    program, script, flag = helper_command()
    assert (program, flag) == (sys.executable, protocol.HELPER_FLAG)
    assert Path(script).name == "main.py" and Path(script).is_file()
    assert f'sys.argv[1:] == ["{protocol.HELPER_FLAG}"]' in Path(script).read_text()
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    assert helper_command() == [sys.executable, protocol.HELPER_FLAG]


# ---------------------------------------------------------------------------- unlocked keys


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def identity(fingerprint: str, name: str = "Ana"):
    from types import SimpleNamespace

    return SimpleNamespace(fingerprint=fingerprint, name=name, role="Drafting official")


def test_keys_are_held_per_identity_for_their_time_then_forgotten() -> None:
    clock = Clock()
    keys = UnlockedKeys(clock)
    ana, minister = IdentityRef("/ids/ana.p12"), IdentityRef("/ids/min.p12")
    held_ana = keys.hold(ana, identity("aa"), 60)
    keys.hold(minister, identity("bb", "Min"), 600)
    assert held_ana == IdentityRef("/ids/ana.p12", "aa")
    assert keys.get(held_ana).name == "Ana"
    assert keys.get(ana).name == "Ana"  # by the file alone: the one identity held from it
    assert keys.get(IdentityRef("/ids/ana.p12", "cc")) is None  # another identity: not held
    assert [k.seconds_left for k in keys.state()] == [60, 600]
    assert keys.seconds_to_next_expiry() == 60

    clock.now += 60
    assert keys.get(held_ana) is None  # its time is up
    assert [k.name for k in keys.state()] == ["Min"]
    assert not keys.forget_expired()  # already forgotten
    assert keys.forget_all() and keys.state() == () and keys.seconds_to_next_expiry() is None


def test_unlocking_a_file_again_replaces_what_was_held_from_it() -> None:
    keys = UnlockedKeys(Clock())
    ref = IdentityRef("/ids/ana.p12")
    keys.hold(ref, identity("aa"), 600)
    keys.hold(ref, identity("dd", "Ana (new certificate)"), 600)
    assert [k.identity.fingerprint for k in keys.state()] == ["dd"]
    keys.hold(ref, identity("dd"), 0)  # "lock after this memo": nothing is kept
    assert keys.state() == ()
    keys.hold(ref, identity("ee"), 10 ** 9)  # capped at the longest an official may set
    assert keys.state()[0].seconds_left == protocol.MAX_KEEP_UNLOCKED_S
