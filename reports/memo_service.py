"""Issuing and signing memos in a helper process, for the desktop.

Why a process: rendering and signing are a second or more of pure-Python work (ReportLab layout,
pyHanko, PKCS#12 decryption). Run on a thread of the window's process, that work holds the
interpreter lock, and every time Qt calls into Python on the UI thread (a timer, a paint, a
widget being destroyed) the UI thread waits for the lock, up to one switch interval each time:
the window froze for more than a second while a memo was signed. In its own process the work
shares nothing with the window. The process is started when the signing dialog opens, so its
imports are done by the time the user has typed the passphrases, and it serves any number of
jobs until its standard input closes.

Protocol: one JSON object per line. Requests on standard input:

    {"job": 1, "action": "issue", "database": URL, "actor": NAME, "assessment_id": ID,
     "playbook_file": PATH, "playbook_hash": SHA256, "signers": [{"path": P12, "passphrase": B64}]}
    {"job": 2, "action": "sign", "database": URL, "actor": NAME, "memo_id": ID,
     "signers": [{"path": P12, "passphrase": B64}]}

Replies on standard output, for each job some "progress" lines and then exactly one of
"issued" (the stored memo's id), "refused" (a readable reason; nothing was stored) or
"failed" (an unexpected error, with its traceback for the report):

    {"job": 1, "progress": ["Signing as minister (…)…", 2, 4]}
    {"job": 1, "issued": MEMO_ID}

Secrets travel only through the pipe (never the command line or the environment), live only
while their job runs, and are never written to standard error.
"""

from __future__ import annotations

import base64
import binascii
import json
import os
import sys
import traceback
from typing import IO, Any

from playbooks.errors import UserError


class _Reply:
    """Writes protocol lines to the real standard output; anything a library prints goes to
    standard error instead, so it cannot corrupt the protocol."""

    def __init__(self, stream: IO[str]) -> None:
        self._stream = stream

    def __call__(self, job: Any, **fields: Any) -> None:
        self._stream.write(json.dumps({"job": job, **fields}) + "\n")
        self._stream.flush()


class MemoService:
    def __init__(self, reply: _Reply) -> None:
        self._reply = reply
        self._databases: dict[str, Any] = {}

    def warm_up(self) -> None:
        """Import what issuing needs now, while the user is still typing passphrases."""
        import models.workflow  # noqa: F401
        import reports.issue
        import reports.render  # noqa: F401

    def handle(self, line: str) -> None:
        try:
            request = json.loads(line)
            job = request["job"]
        except (ValueError, KeyError, TypeError):
            # Not echoed: a broken request line may still hold a passphrase.
            self._reply(None, failed="not a request: expected one JSON object per line, got "
                                     f"{len(line)} characters")
            return
        try:
            memo_id = self._run(request, lambda step, done, total:
                                self._reply(job, progress=[step, done, total]))
        except UserError as error:
            self._reply(job, refused=str(error))
        except Exception:  # reported to the window, which shows the crash dialog
            self._reply(job, failed=traceback.format_exc())
        else:
            self._reply(job, issued=memo_id)

    def _run(self, request: dict[str, Any], progress) -> str:
        from reports.issue import issue_memo, sign_stored_memo, unlock

        signers = request.get("signers", [])
        identities = []
        for index, signer in enumerate(signers, start=1):
            progress(f"Unlocking identity {index} of {len(signers)}…", 0, 1)
            identities.append(unlock(signer["path"], _passphrase(signer)))
        db, actor = self._database(request["database"]), request["actor"]
        if request["action"] == "sign":
            if len(identities) != 1:
                raise UserError("adding a signature to a stored memo takes exactly one identity")
            return sign_stored_memo(db, request["memo_id"], identities[0], actor=actor,
                                    progress=progress).memo.id
        if request["action"] != "issue":
            raise ValueError(f"unknown action {request['action']!r}")
        playbook = _playbook(request["playbook_file"], request["playbook_hash"])
        return issue_memo(db, request["assessment_id"], playbook, actor=actor,
                          identities=identities, progress=progress).memo.id

    def _database(self, url: str) -> Any:
        from models.db import open_database

        if url not in self._databases:
            # The window opened (and migrated) this database already.
            self._databases[url] = open_database(url, migrate=False, seed=False)
        return self._databases[url]

    def close(self) -> None:
        for db in self._databases.values():
            db.engine.dispose()


def _passphrase(signer: dict[str, Any]) -> bytes:
    try:
        return base64.b64decode(signer["passphrase"], validate=True)
    except (binascii.Error, TypeError) as error:
        raise ValueError("a passphrase must be sent as base64") from error


def _playbook(path: str, content_hash: str):
    from playbooks.loader import load_playbook

    playbook = load_playbook(path)
    if playbook.content_hash != content_hash:
        raise UserError(f"{path}: the playbook file changed after the assessment was decided "
                        "under it; restore that file to issue the memo")
    return playbook


def serve(requests: IO[str], replies: IO[str]) -> None:
    service = MemoService(_Reply(replies))
    service.warm_up()
    try:
        for line in requests:
            if line.strip():
                service.handle(line)
    finally:
        service.close()


def main() -> None:
    # The protocol gets its own copy of standard output; file descriptor 1 itself and
    # sys.stdout then point at standard error, so nothing a library prints, from Python or from
    # C, can corrupt the protocol.
    protocol_out = os.fdopen(os.dup(1), "w", encoding="ascii")
    os.dup2(2, 1)
    sys.stdout = sys.stderr
    serve(sys.stdin, protocol_out)


if __name__ == "__main__":
    main()
