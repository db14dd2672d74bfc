"""Errors a user can cause while working with the record.

Each is a `UserError`: the command line prints its message as one line and exits 2, the desktop
shows it in a plain dialog. Messages say what happened and what to do, never a traceback.
"""

from __future__ import annotations

from playbooks.errors import UserError


class NotFound(UserError):
    """An assessment, memo or other record id that is not in this database."""


class RecordFrozen(UserError):
    """A decided or superseded record was about to change: history is never edited."""


class ConcurrentEdit(UserError):
    """The record changed elsewhere since it was loaded (optimistic concurrency)."""

    def __init__(self, message: str = "") -> None:
        super().__init__(message or "the assessment was changed elsewhere; reload it and try again")


class DatabaseUnavailable(UserError):
    """A wrong or unreachable database URL, or a database that cannot be migrated."""


class WriterBusy(UserError):
    """Another session held the writers' lock longer than this write would wait (the lock
    timeout, models.lock_wait): nothing was written; the message names the holder if known."""


class MissingRight(UserError):
    """The database refused this login role a right the action needs (PostgreSQL's
    insufficient_privilege): one line naming the right, never the statement or its values."""


class InvalidInput(UserError, ValueError):
    """A value given to the workflow that it cannot store (empty title, unknown grade…)."""


class InvalidAnswer(InvalidInput):
    """An answer value of the wrong shape for its question kind; names the question."""

    def __init__(self, question_id: str, problem: str) -> None:
        self.question_id = question_id
        self.problem = problem
        super().__init__(f"answer to {question_id}: {problem}")


class WritesRefused(UserError):
    """The record's audit chain ends before what this installation saw (an older copy put back,
    entries cut or rewritten), or the note of what it saw is gone: nothing is written until
    someone has looked into it and accepted the record as it is now."""


class NoWriteRight(UserError):
    """The database login lacks the right a change needs (PostgreSQL roles, models.roles)."""


class ReadOnlyServer(UserError):
    """The server refused a write because it only reads: a hot standby (PostgreSQL), or a
    read-only transaction. Nothing was written; the message says which."""


class Cancelled(UserError):
    """The official stopped a long operation (a bundle import) before it committed: nothing was
    written."""
