"""The memo helper process (python -m reports.memo_service), driven through its pipes as the
desktop drives it: progress then one final reply per job, a wrong passphrase refused with
nothing stored, a playbook file changed since the decision refused, garbage input answered
without ending the helper, and a memo issued, stored and countersigned later."""

from __future__ import annotations

import base64
import json
import subprocess
import sys
from pathlib import Path

from models.db import Database
from models.workflow import get_memo
from tests.models.sample import PLAYBOOK_YAML
from tests.reports.conftest import PASSPHRASE, Identities
from tests.reports.test_issue import _decided, _memo_count

ROOT = Path(__file__).resolve().parents[2]


class Helper:
    def __init__(self, command: tuple[str, ...] = ("-m", "reports.memo_service")) -> None:
        self.process = subprocess.Popen(
            [sys.executable, *command], cwd=ROOT, text=True,
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        self.jobs = 0

    def ask(self, **request) -> tuple[list[list], dict]:
        """Send one job; return its progress steps and its final reply."""
        self.jobs += 1
        assert self.process.stdin and self.process.stdout
        self.process.stdin.write(json.dumps({"job": self.jobs, **request}) + "\n")
        self.process.stdin.flush()
        steps = []
        while True:
            reply = json.loads(self.process.stdout.readline())
            assert reply["job"] == self.jobs
            if "progress" not in reply:
                return steps, reply
            steps.append(reply["progress"])

    def close(self) -> str:
        _out, errors = self.process.communicate(timeout=60)
        assert self.process.returncode == 0, errors
        return errors


def signer(path: Path, passphrase: bytes = PASSPHRASE) -> dict[str, str]:
    return {"path": str(path), "passphrase": base64.b64encode(passphrase).decode()}


def test_the_helper_issues_refuses_and_signs_later(database: Database, identities: Identities,
                                                    tmp_path: Path) -> None:
    playbook_file = tmp_path / "test.yaml"
    playbook_file.write_text(PLAYBOOK_YAML, encoding="utf-8")
    from playbooks.loader import load_playbook

    playbook = load_playbook(playbook_file)
    assessment_id = _decided(database)
    common = {"database": database.url, "actor": "Ana"}
    issue = {**common, "action": "issue", "assessment_id": assessment_id,
             "playbook_file": str(playbook_file), "playbook_hash": playbook.content_hash}
    helper = Helper()
    try:
        steps, reply = helper.ask(**issue, signers=[signer(identities.drafter_p12, b"wrong")])
        assert "wrong passphrase" in reply["refused"]
        assert [step[0] for step in steps] == ["Unlocking identity 1 of 1…"]
        assert _memo_count(database) == 0

        helper.process.stdin.write("this is not json\n")  # answered, and the helper goes on
        helper.process.stdin.flush()
        assert "not a request" in json.loads(helper.process.stdout.readline())["failed"]

        _steps, reply = helper.ask(**{**issue, "playbook_hash": "0" * 64}, signers=[])
        assert "changed after the assessment was decided" in reply["refused"]
        assert _memo_count(database) == 0

        steps, reply = helper.ask(**issue, signers=[signer(identities.drafter_p12)])
        drafted = get_memo(database, reply["issued"])
        assert drafted.stage == "drafted"
        assert any(step[0].startswith("Signing as drafting official") for step in steps)

        _steps, reply = helper.ask(**common, action="sign", memo_id=drafted.id,
                                   signers=[signer(identities.minister_p12)])
        countersigned = get_memo(database, reply["issued"])
        assert countersigned.stage == "countersigned"
        assert countersigned.reference == drafted.reference
    finally:
        errors = helper.close()  # closing its input ends the helper
    # No passphrase ever reaches the helper's error output (which the window keeps for reports).
    assert PASSPHRASE.decode() not in errors and "wrong" not in errors


# Starts the helper as main() does, but prints to standard output from Python and from C-level
# file descriptor 1 once the helper has set itself up, as a noisy library would.
NOISY_HELPER = """
import os, reports.memo_service as service
serve = service.serve
def noisy_serve(requests, replies):
    print("noise from Python", flush=True)
    os.write(1, b"noise from C\\n")
    serve(requests, replies)
service.serve = noisy_serve
service.main()
"""


def test_what_libraries_print_cannot_corrupt_the_replies(identities: Identities) -> None:
    helper = Helper(("-c", NOISY_HELPER))
    try:
        _steps, reply = helper.ask(action="sign", database="sqlite:///unused.db", actor="Ana",
                                   memo_id="none", signers=[signer(identities.drafter_p12,
                                                                   b"wrong")])
        assert "wrong passphrase" in reply["refused"]
    finally:
        errors = helper.close()
    assert "noise from Python" in errors and "noise from C" in errors
