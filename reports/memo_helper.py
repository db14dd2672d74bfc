"""The memo helper process: issues and signs memos for the desktop, and holds signing keys
unlocked for the time the official set.

Why a process: rendering and signing are a second or more of pure-Python work (ReportLab layout,
pyHanko, PKCS#12 decryption). Run on a thread of the window's process, that work holds the
interpreter lock, and every time Qt calls into Python on the UI thread (a timer, a paint, a
widget being destroyed) the UI thread waits for the lock, up to one switch interval each time:
the window froze for more than a second while a memo was signed. In its own process the work
shares nothing with the window. The window starts it early and keeps it (desktop/memo/client.py);
it serves any number of jobs until its standard input closes.

Started by `main.py --memo-helper` (memo_protocol.helper_command), so a frozen build runs it
from its own executable. Requests and replies are the typed lines of reports.memo_protocol.

Keys: a request's signer either brings a passphrase (the identity is unlocked now, and kept
for `keep_unlocked_s` when that is above 0) or names an identity held unlocked from earlier
(reports.unlocked_keys). Keys never leave this process; the window hears only who is unlocked
and for how long (KeysState), whenever that changes, including when a key's time runs out.

Secrets travel only through the pipe (never the command line or the environment), and are
never written to standard error or echoed: a line that cannot be read is answered with what
was expected, not with what it held.
"""

from __future__ import annotations

import os
import sys
import threading
import traceback
from collections.abc import Callable
from typing import IO, Any

from playbooks.errors import UserError
from reports.memo_protocol import (
    Failed,
    Issued,
    IssueMemo,
    KeysState,
    LockKeys,
    Progress,
    ProtocolError,
    Ready,
    Refused,
    Reply,
    Request,
    SignerRequest,
    SignMemo,
    job_of,
)
from reports.unlocked_keys import UnlockedKeys


class IdentityLocked(UserError):
    """A signer named a key held unlocked earlier, but it is locked again."""


class _Replies:
    """Writes protocol lines to the protocol's own copy of standard output (anything a library
    prints goes to standard error instead); one line at a time, from the request loop or the
    timer that locks keys when their time is up."""

    def __init__(self, stream: IO[str]) -> None:
        self._stream = stream
        self._lock = threading.Lock()

    def __call__(self, reply: Reply) -> None:
        with self._lock:
            self._stream.write(reply.to_line())
            self._stream.flush()


class MemoHelper:
    def __init__(self, reply: Callable[[Reply], None]) -> None:
        self._reply = reply
        self._databases: dict[str, Any] = {}
        self.keys = UnlockedKeys()
        self._timer: threading.Timer | None = None
        self._timer_lock = threading.Lock()

    def warm_up(self) -> None:
        """Load now what the first memo would (modules, fonts, the template), so the first
        memo after the window opened costs what every later one does."""
        import models.workflow  # noqa: F401
        from reports.warm_up import warm_up

        warm_up()
        self._reply(Ready())

    def handle(self, line: str) -> None:
        try:
            request = Request.from_line(line)
        except ProtocolError as error:  # its message never quotes the line
            self._reply(Failed(job_of(line), f"the memo helper could not read a request: {error}"))
            return
        if isinstance(request, LockKeys):
            self.keys.forget_all()
            self._log_out_idle_tokens()
            self._keys_changed()
        elif isinstance(request, IssueMemo | SignMemo):
            self._run_job(request)

    def _run_job(self, request: IssueMemo | SignMemo) -> None:
        job = request.job

        def progress(step: str, done: int, total: int) -> None:
            self._reply(Progress(job, step, done, total))

        held_before = self.keys.state()
        try:
            memo = self._run(request, progress)
        except UserError as error:
            self._reply(Refused(job, str(error)))
        except Exception:  # reported to the window, which shows the crash dialog
            self._reply(Failed(job, traceback.format_exc()))
        else:
            self._reply(Issued(job, memo.id, memo.assessment_id))
        finally:
            self._log_out_idle_tokens()
            if [k.identity for k in self.keys.state()] != [k.identity for k in held_before]:
                self._keys_changed()

    def _log_out_idle_tokens(self) -> None:
        """A token stays logged in only while a key of it is held unlocked: once none is (the
        memo done with "lock after this memo", the time up, the keys locked), log out, so the
        token signs nothing more without its PIN."""
        tokens = sys.modules.get("reports.tokens")  # never imported: no token was used
        if tokens is not None and not any(tokens.is_token_uri(k.identity.path)
                                          for k in self.keys.state()):
            tokens.log_out_all()

    def _run(self, request: IssueMemo | SignMemo, progress) -> Any:
        """The stored memo (models.workflow.MemoRecord)."""
        from models.startup import guard_writes
        from reports.issue import issue_memo, sign_stored_memo

        identities = self._identities(request.signers, request.keep_unlocked_s, progress)
        db, actor = self._database(request.database), request.actor
        guard_writes(db)  # a record rolled back and not accepted gets no memo (models.startup)
        if isinstance(request, SignMemo):
            if len(identities) != 1:
                raise UserError("adding a signature to a stored memo takes exactly one identity")
            return sign_stored_memo(
                db, request.memo_id, identities[0], actor=actor, progress=progress
            ).memo
        playbook = _playbook(request.playbook_file, request.playbook_hash)
        return issue_memo(
            db,
            request.assessment_id,
            playbook,
            actor=actor,
            identities=identities,
            progress=progress,
            drafted_by=request.drafted_by or None,
            language=request.language or None,
            second_language=request.second_language or None,
        ).memo

    def _identities(self, signers: tuple[SignerRequest, ...], keep_s: int, progress) -> list:
        """Every signer's identity, unlocked now or held from before: all of them before
        anything is rendered, so a wrong passphrase or a locked key fails first."""
        from reports.issue import unlock

        identities = []
        for index, signer in enumerate(signers, start=1):
            ref = signer.identity
            if signer.passphrase is None:
                identity = self.keys.get(ref)
                if identity is None:
                    raise IdentityLocked(
                        f"{ref.path}: this identity is locked again (its "
                        "time ran out, or the keys were locked): give its "
                        "passphrase"
                    )
            else:
                progress(f"Unlocking identity {index} of {len(signers)}…", 0, 1)
                identity = unlock(ref.path, signer.passphrase)
                self.keys.hold(ref, identity, keep_s)
            identities.append(identity)
        return identities

    # keeping keys on time ---------------------------------------------------------------------
    def _keys_changed(self) -> None:
        self._reply(KeysState(self.keys.state()))
        self._arm_timer()

    def _arm_timer(self) -> None:
        """Lock each key when its time is up, even when no request comes."""
        with self._timer_lock:
            if self._timer is not None:
                self._timer.cancel()
                self._timer = None
            wait = self.keys.seconds_to_next_expiry()
            if wait is not None:
                self._timer = threading.Timer(wait + 0.05, self._expire)
                self._timer.daemon = True
                self._timer.start()

    def _expire(self) -> None:
        if self.keys.forget_expired():
            self._log_out_idle_tokens()
            self._reply(KeysState(self.keys.state()))
        self._arm_timer()

    def _database(self, url: str) -> Any:
        from models.opening import open_database

        if url not in self._databases:
            # The window opened (and migrated) this database already.
            self._databases[url] = open_database(url, migrate=False)
        return self._databases[url]

    def close(self) -> None:
        with self._timer_lock:
            if self._timer is not None:
                self._timer.cancel()
        self.keys.forget_all()
        self._log_out_idle_tokens()
        for db in self._databases.values():
            db.close()


def _playbook(path: str, content_hash: str):
    from playbooks.loader import load_playbook

    playbook = load_playbook(path)
    if playbook.content_hash != content_hash:
        raise UserError(
            f"{path}: the playbook file changed after the assessment was decided "
            "under it; restore that file to issue the memo"
        )
    return playbook


def serve(requests: IO[str], replies: IO[str]) -> None:
    helper = MemoHelper(_Replies(replies))
    try:
        helper.warm_up()
        for line in requests:
            if line.strip():
                helper.handle(line)
    finally:
        helper.close()


def main() -> int:
    # The protocol gets its own copy of standard output; file descriptor 1 itself and
    # sys.stdout then point at standard error, so nothing a library prints, from Python or from
    # C, can corrupt the protocol.
    protocol_out = os.fdopen(os.dup(1), "w", encoding="ascii")
    os.dup2(2, 1)
    sys.stdout = sys.stderr
    serve(sys.stdin, protocol_out)
    return 0
