"""Files whose bytes the application hashes check out byte for byte on every system.

The record keeps each built-in playbook by the SHA-256 of its file; Git for Windows' CRLF
conversion changed those bytes, and records made on Linux read "not installed here" on Windows.
`.gitattributes` turns conversion off for these folders and SHA256SUMS pins the bytes, so a
checkout that changed them (or an edit of a released playbook version) fails here."""

from __future__ import annotations

import subprocess

import pytest

from tests.packaging.sums import HASHED_FOLDERS, MANIFEST, REFRESH_COMMAND, ROOT, differences


@pytest.mark.parametrize("folder", HASHED_FOLDERS)
def test_hashed_files_match_their_checked_in_sums(folder: str) -> None:
    problems = differences(ROOT / folder)
    assert not problems, (
        f"{folder}: the files differ from {MANIFEST}:\n  " + "\n  ".join(problems) + "\n"
        "A new built-in playbook version (a new file), a registry or template change made on "
        f"purpose: refresh the manifests with `{REFRESH_COMMAND}` and commit them. "
        "A released playbook version's file must never change (records keep its hash): put the "
        "change in a new version's file instead. CRLF line ends? check .gitattributes."
    )


@pytest.mark.parametrize("folder", HASHED_FOLDERS)
def test_git_never_converts_line_ends_of_hashed_files(folder: str) -> None:
    if not (ROOT / ".git").exists():
        pytest.skip("not a git checkout")
    names = [f"{folder}/{p.name}" for p in (ROOT / folder).iterdir() if p.is_file()]
    attributes = subprocess.run(["git", "check-attr", "text", "--", *names], cwd=ROOT,
                                capture_output=True, text=True, check=True).stdout
    for line in attributes.splitlines():
        assert line.endswith(": text: unset"), f"{line} (.gitattributes must say -text)"


def test_hashed_text_files_have_unix_line_ends() -> None:
    for folder in HASHED_FOLDERS:
        for path in (ROOT / folder).iterdir():
            if path.is_file():
                assert b"\r\n" not in path.read_bytes(), f"{path}: CRLF line ends"
