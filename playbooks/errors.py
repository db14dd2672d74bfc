"""The one error type for bad input files (playbooks, case files, member registries).

Every message names the file, the line and the dotted path of the field, so an official can
open the file and fix it without reading a traceback.
"""

from __future__ import annotations


class UserError(Exception):
    """An expected failure with a message written for the user (wrong passphrase, unknown id,
    unreachable database…). The command line prints it as one line and exits 2; the desktop
    shows it in a plain dialog. Subclasses set `exit_code` when another code is meant."""

    exit_code = 2


class IncompleteInstallation(UserError):
    """Files the application ships (built-in playbooks, data) are missing: a broken install or
    a build that dropped its package data. Exit 3, as for an internal error: no input is bad."""

    exit_code = 3


class InputError(UserError, ValueError):
    """Bad input from a file: reported as `FILE:LINE: field: problem (expected …)`."""

    def __init__(
        self,
        file: str,
        line: int | None,
        field: str,
        problem: str,
        expected: str | None = None,
    ) -> None:
        self.file = file
        self.line = line
        self.field = field
        self.problem = problem
        self.expected = expected
        super().__init__(self.one_line())

    def one_line(self) -> str:
        where = f"{self.file}:{self.line}" if self.line is not None else self.file
        field = self.field or "(document)"
        text = f"{where}: {field}: {self.problem}"
        if self.expected:
            text += f" (expected {self.expected})"
        # One line, always: parser messages and quoted keys may carry line breaks.
        return " ".join(text.split())

    def __str__(self) -> str:
        return self.one_line()
