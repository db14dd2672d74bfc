"""The memo helper process (`main.py --memo-helper`, as the desktop starts it), driven through
its pipes with the typed lines of reports.memo_protocol: progress then one final reply per
job; a wrong passphrase refused with nothing stored; a playbook file changed since the
decision refused; a line that is not a request answered without quoting it and without
ending the helper; keys held unlocked for the time asked, used without their passphrase,
locked on demand and on time; library output kept out of the replies."""

from __future__ import annotations

import queue
import subprocess
import threading
from dataclasses import replace
from pathlib import Path

from models.db import Database
from models.workflow import get_memo
from playbooks.loader import load_playbook
from reports.memo_protocol import (
    Failed,
    IdentityRef,
    Issued,
    IssueMemo,
    KeysState,
    LockKeys,
    Progress,
    Ready,
    Refused,
    Reply,
    Request,
    SignerRequest,
    SignMemo,
    helper_command,
)
from tests.models.sample import PLAYBOOK_YAML
from tests.reports.conftest import PASSPHRASE, Identities
from tests.reports.test_issue import _decided, _memo_count

ROOT = Path(__file__).resolve().parents[2]
REPLY_WAIT_S = 120


class Helper:
    """The helper as a child process; every line it writes is kept in `replies`."""

    def __init__(self, command: list[str] | None = None) -> None:
        self.process = subprocess.Popen(
            command or helper_command(), cwd=ROOT, text=True,
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        self.jobs = 0
        self.replies: list[str] = []
        self._lines: queue.Queue[str] = queue.Queue()
        threading.Thread(target=self._read, daemon=True).start()
        assert isinstance(self.next_reply(), Ready)

    def _read(self) -> None:
        assert self.process.stdout
        for line in self.process.stdout:
            self._lines.put(line)

    def send(self, line: str) -> None:
        assert self.process.stdin
        self.process.stdin.write(line)
        self.process.stdin.flush()

    def next_reply(self) -> Reply:
        try:
            line = self._lines.get(timeout=REPLY_WAIT_S)
        except queue.Empty:
            raise AssertionError("the helper did not answer") from None
        self.replies.append(line)
        return Reply.from_line(line)

    def ask(self, request: IssueMemo | SignMemo) -> tuple[list[Progress], Reply, list[Reply]]:
        """Send one job: (its progress, its final reply, what else came, e.g. KeysState)."""
        self.jobs += 1
        self.send(replace(request, job=self.jobs).to_line())
        steps: list[Progress] = []
        others: list[Reply] = []
        while True:
            reply = self.next_reply()
            if isinstance(reply, Progress):
                assert reply.job == self.jobs
                steps.append(reply)
            elif isinstance(reply, Issued | Refused | Failed):
                assert reply.job == self.jobs
                if isinstance(reply, Failed):
                    raise AssertionError(reply.details)
                break
            else:
                others.append(reply)
        # The keys' new state follows the final reply when they changed.
        return steps, reply, others

    def close(self) -> str:
        assert self.process.stdin and self.process.stderr
        self.process.stdin.close()  # the helper ends when its input ends
        errors = self.process.stderr.read()
        assert self.process.wait(timeout=60) == 0, errors
        while not self._lines.empty():
            self.replies.append(self._lines.get())
        return errors


def signer(path: Path, passphrase: bytes | None = PASSPHRASE,
           fingerprint: str = "") -> SignerRequest:
    return SignerRequest(IdentityRef(str(path), fingerprint), passphrase)


def issue_request(database: Database, tmp_path: Path, assessment_id: str, *signers,
                  keep: int = 0) -> IssueMemo:
    playbook_file = tmp_path / "test.yaml"
    playbook_file.write_text(PLAYBOOK_YAML, encoding="utf-8")
    return IssueMemo(database=database.connection_url(), actor="Ana",
                     assessment_id=assessment_id, playbook_file=str(playbook_file),
                     playbook_hash=load_playbook(playbook_file).content_hash,
                     signers=tuple(signers), keep_unlocked_s=keep)


def test_the_helper_issues_refuses_and_signs_later(database: Database, identities: Identities,
                                                    tmp_path: Path) -> None:
    assessment_id = _decided(database)
    issue = issue_request(database, tmp_path, assessment_id)
    helper = Helper()
    try:
        steps, reply, _ = helper.ask(
            replace(issue, signers=(signer(identities.drafter_p12, b"wrong"),))
        )
        assert isinstance(reply, Refused) and "wrong passphrase" in reply.reason
        assert [step.step for step in steps] == ["Unlocking identity 1 of 1…"]
        assert _memo_count(database) == 0

        steps, reply, _ = helper.ask(replace(issue, playbook_hash="0" * 64))
        assert isinstance(reply, Refused)
        assert "changed after the assessment was decided" in reply.reason
        assert _memo_count(database) == 0

        steps, reply, _ = helper.ask(
            replace(issue, signers=(signer(identities.drafter_p12),))
        )
        assert isinstance(reply, Issued) and reply.assessment_id == assessment_id
        drafted = get_memo(database, reply.memo_id)
        assert drafted.stage == "drafted"
        assert any(step.step.startswith("Signing as drafting official") for step in steps)

        _steps, reply, _ = helper.ask(SignMemo(
            database=database.connection_url(), actor="Ana", memo_id=drafted.id,
            signers=(signer(identities.minister_p12),)))
        assert isinstance(reply, Issued)
        countersigned = get_memo(database, reply.memo_id)
        assert countersigned.stage == "countersigned"
        assert countersigned.reference == drafted.reference
    finally:
        errors = helper.close()  # closing its input ends the helper
    # No passphrase ever reaches the helper's error output (which the window keeps for reports).
    assert PASSPHRASE.decode() not in errors and "wrong" not in errors


def test_a_line_that_is_not_a_request_is_answered_without_quoting_it(
        database: Database, identities: Identities, tmp_path: Path) -> None:
    secret = "hunter2-the-passphrase"
    request = issue_request(database, tmp_path, _decided(database),
                            signer(identities.drafter_p12, secret.encode()))
    line = request.to_line()
    helper = Helper()
    try:
        for bad in (f"not json {secret}\n", f'{{"type": "{secret}"}}\n',
                    line.replace('"job": 0', '"job": 7, "extra": "' + secret + '"'),
                    line.replace('"job": 0', '"job": 8').replace('"actor": "Ana"', '"actor": 5')):
            helper.send(bad)
            reply = helper.next_reply()
            assert isinstance(reply, Failed), reply
            assert "could not read a request" in reply.details
            assert secret not in reply.details
        # A request the helper could read far enough fails its own job, so the window's
        # waiting job ends instead of waiting forever.
        assert [Reply.from_line(r).job for r in helper.replies[-4:]] == [0, 0, 7, 8]
        helper.send(LockKeys().to_line())  # and the helper still serves
        assert isinstance(helper.next_reply(), KeysState)
        assert _memo_count(database) == 0
    finally:
        errors = helper.close()
    assert secret not in errors
    assert not any(secret in reply for reply in helper.replies)


def test_keys_stay_unlocked_for_the_time_asked_and_lock_on_demand(
        database: Database, identities: Identities, tmp_path: Path) -> None:
    first = issue_request(database, tmp_path, _decided(database),
                          signer(identities.drafter_p12), signer(identities.minister_p12),
                          keep=600)
    helper = Helper()
    try:
        steps, reply, others = helper.ask(first)
        assert isinstance(reply, Issued)
        assert sum(s.step.startswith("Unlocking") for s in steps) == 2
        if not others:
            others = [helper.next_reply()]
        (state,) = others
        assert isinstance(state, KeysState)
        held_keys = {Path(key.identity.path): key for key in state.keys}
        assert set(held_keys) == {identities.drafter_p12, identities.minister_p12}
        assert held_keys[identities.drafter_p12].name.startswith("Ana Łukasiewicz")
        assert held_keys[identities.minister_p12].role == "Minister"
        assert all(500 < key.seconds_left <= 600 for key in state.keys)
        assert all(len(key.identity.fingerprint) == 64 for key in state.keys)

        # The next memo names the unlocked keys: no passphrase, nothing unlocked again.
        held = [signer(path, None, held_keys[path].identity.fingerprint)
                for path in (identities.drafter_p12, identities.minister_p12)]
        second = issue_request(database, tmp_path, _decided(database), *held)
        steps, reply, _ = helper.ask(second)
        assert isinstance(reply, Issued), reply
        assert get_memo(database, reply.memo_id).stage == "countersigned"
        assert not any(s.step.startswith("Unlocking") for s in steps)

        # A fingerprint that is not the one unlocked from that file finds nothing.
        wrong = signer(identities.drafter_p12, None, "f" * 64)
        _steps, reply, _ = helper.ask(issue_request(database, tmp_path, _decided(database),
                                                    wrong))
        assert isinstance(reply, Refused) and "locked" in reply.reason

        helper.send(LockKeys().to_line())
        assert helper.next_reply() == KeysState(())
        count = _memo_count(database)
        _steps, reply, _ = helper.ask(issue_request(database, tmp_path, _decided(database),
                                                    *held))
        assert isinstance(reply, Refused)
        assert "locked again" in reply.reason and "give its passphrase" in reply.reason
        assert _memo_count(database) == count
    finally:
        errors = helper.close()
    # Only names, roles, fingerprints and times came back: no key, no passphrase.
    everything = "".join(helper.replies) + errors
    assert "PRIVATE KEY" not in everything and PASSPHRASE.decode() not in everything


def test_a_key_locks_itself_when_its_time_is_up(database: Database, identities: Identities,
                                               tmp_path: Path) -> None:
    request = issue_request(database, tmp_path, _decided(database),
                            signer(identities.drafter_p12), keep=1)
    helper = Helper()
    try:
        _steps, reply, others = helper.ask(request)
        assert isinstance(reply, Issued)
        states = [r for r in others if isinstance(r, KeysState)]
        while not states or states[-1].keys:  # unlocked, then locked by the helper's timer
            reply = helper.next_reply()
            assert isinstance(reply, KeysState)
            states.append(reply)
        assert [len(state.keys) for state in states] == [1, 0]
    finally:
        helper.close()


# Starts the helper as main() does, but prints to standard output from Python and from C-level
# file descriptor 1 once the helper has set itself up, as a noisy library would.
NOISY_HELPER = """
import os, reports.memo_helper as helper
serve = helper.serve
def noisy_serve(requests, replies):
    print("noise from Python", flush=True)
    os.write(1, b"noise from C\\n")
    serve(requests, replies)
helper.serve = noisy_serve
helper.main()
"""


def test_what_libraries_print_cannot_corrupt_the_replies(identities: Identities) -> None:
    helper = Helper([helper_command()[0], "-c", NOISY_HELPER])
    try:
        _steps, reply, _ = helper.ask(SignMemo(
            database="sqlite:///unused.db", actor="Ana", memo_id="none",
            signers=(signer(identities.drafter_p12, b"wrong"),)))
        assert isinstance(reply, Refused) and "wrong passphrase" in reply.reason
    finally:
        errors = helper.close()
    assert "noise from Python" in errors and "noise from C" in errors


def test_the_request_types_read_back_as_written() -> None:
    request = SignMemo(database="sqlite:///x.db", actor="Ana", memo_id="m",
                       signers=(signer(Path("/a.p12")), signer(Path("/b.p12"), None, "ab")),
                       keep_unlocked_s=900, job=3)
    assert Request.from_line(request.to_line()) == request
