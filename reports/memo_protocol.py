"""Everything that crosses the boundary between the window and the memo helper process, in one
module both ends import: frozen request and reply types, each written as one JSON line by
`to_line()` and read back, strictly, by `Request.from_line()` / `Reply.from_line()`.

The window (desktop/memo/client.py) sends requests on the helper's standard input; the helper
(reports/memo_helper.py) answers on its standard output:

    IssueMemo / SignMemo  →  Progress…, then exactly one of Issued, Refused or Failed
    LockKeys              →  KeysState (also sent whenever the unlocked keys change)
    (on start)            →  Ready, once the helper has loaded what issuing needs

Strict: a line that is not one JSON object, names an unknown type, lacks a field or carries
one the type does not define, or gives a field the wrong kind of value, is a ProtocolError.
Its message never quotes the line (a request may hold a passphrase), only what was expected.
Passphrases travel as base64 inside requests and nowhere else; the dataclasses keep them (and
the database URL, which may hold a password) out of their repr.

Adding a field: give it a default, so that a line without it still reads; both ends run from
the same installation, so the only reader of an old line is a test.
"""

from __future__ import annotations

import base64
import binascii
import json
import sys
import types
import typing
from dataclasses import MISSING, dataclass, field, fields, is_dataclass
from pathlib import Path
from typing import Any, ClassVar

HELPER_FLAG = "--memo-helper"  # main.py runs the helper when this is its only argument
MAX_KEEP_UNLOCKED_S = 12 * 3600  # the longest an official may keep signing keys unlocked


class ProtocolError(ValueError):
    """A line that is not a message of this protocol; says what was expected, never what the
    line held."""


# ---------------------------------------------------------------------------- pieces


@dataclass(frozen=True)
class IdentityRef:
    """Which signing identity. Today a PKCS#12 file (`path`); `kind` leaves room for a key on
    a PKCS#11 token. `fingerprint` (SHA-256 of the certificate, hex) names the identity the
    file held when it was unlocked: an unlocked key is found by kind, path and fingerprint."""

    path: str
    fingerprint: str = ""
    kind: str = "pkcs12"

    def cache_key(self) -> tuple[str, str, str]:
        return (self.kind, self.path, self.fingerprint)


@dataclass(frozen=True)
class SignerRequest:
    """One signature to make: the identity, and its passphrase when it must be unlocked now
    (None: use the key the helper holds unlocked from earlier in this session)."""

    identity: IdentityRef
    passphrase: bytes | None = field(default=None, repr=False)


@dataclass(frozen=True)
class UnlockedKey:
    """An identity the helper holds unlocked: who it is, and for how much longer."""

    identity: IdentityRef
    name: str
    role: str
    seconds_left: int


# ---------------------------------------------------------------------------- messages


class _Message:
    TYPE: ClassVar[str]

    def to_line(self) -> str:
        """One line of JSON (ASCII), ending with a newline."""
        return json.dumps({"type": self.TYPE, **_encode(self)}, ensure_ascii=True) + "\n"


class Request(_Message):
    """Sent by the window to the helper."""

    @classmethod
    def from_line(cls, line: str | bytes) -> Request:
        return _read(line, _REQUESTS, "request")


class Reply(_Message):
    """Sent by the helper to the window."""

    @classmethod
    def from_line(cls, line: str | bytes) -> Reply:
        return _read(line, _REPLIES, "reply")


@dataclass(frozen=True)
class IssueMemo(Request):
    """Render the memo of a decided assessment, sign it with `signers` in order (drafting
    official, then minister), store it. `keep_unlocked_s`: how long the helper keeps the keys
    it unlocks for this job (0: forget them when the job ends). `job` is set by the client."""

    TYPE: ClassVar[str] = "issue"
    database: str = field(repr=False)  # the URL, which may hold a password
    actor: str
    assessment_id: str
    playbook_file: str
    playbook_hash: str
    signers: tuple[SignerRequest, ...] = ()
    keep_unlocked_s: int = 0
    job: int = 0
    # The memo's FROM when no drafting official signs at issue: the official's profile
    # ("" without one; `actor` may then be the system account, which a memo never names).
    drafted_by: str = ""
    # The memo's language and a bilingual memo's second one (reports.memo_language; "" :
    # English, none): the desktop passes the profile's language or the one chosen.
    language: str = ""
    second_language: str = ""


@dataclass(frozen=True)
class SignMemo(Request):
    """Add the next signature to a stored memo (issued unsigned or signed by the drafter)."""

    TYPE: ClassVar[str] = "sign"
    database: str = field(repr=False)
    actor: str
    memo_id: str
    signers: tuple[SignerRequest, ...] = ()
    keep_unlocked_s: int = 0
    job: int = 0


@dataclass(frozen=True)
class LockKeys(Request):
    """Forget every unlocked key now (the official's "Lock signing keys")."""

    TYPE: ClassVar[str] = "lock"


JobRequest = IssueMemo | SignMemo


@dataclass(frozen=True)
class Ready(Reply):
    """The helper has loaded what issuing needs."""

    TYPE: ClassVar[str] = "ready"


@dataclass(frozen=True)
class Progress(Reply):
    TYPE: ClassVar[str] = "progress"
    job: int
    step: str  # a short sentence: "Signing as minister (…)…"
    done: int
    total: int


@dataclass(frozen=True)
class Issued(Reply):
    """The job's memo is stored (committed) under `memo_id`, for `assessment_id`."""

    TYPE: ClassVar[str] = "issued"
    job: int
    memo_id: str
    assessment_id: str


@dataclass(frozen=True)
class Refused(Reply):
    """The job could not be done for a reason the official can act on; nothing was stored."""

    TYPE: ClassVar[str] = "refused"
    job: int
    reason: str


@dataclass(frozen=True)
class Failed(Reply):
    """An unexpected error (`details`: its traceback, for the crash report); nothing was
    stored. `job` is 0 when the request could not be read far enough to know it."""

    TYPE: ClassVar[str] = "failed"
    job: int
    details: str


@dataclass(frozen=True)
class KeysState(Reply):
    """The keys the helper holds unlocked now."""

    TYPE: ClassVar[str] = "keys"
    keys: tuple[UnlockedKey, ...] = ()


JobReply = Progress | Issued | Refused | Failed

_REQUESTS: dict[str, type[Any]] = {c.TYPE: c for c in (IssueMemo, SignMemo, LockKeys)}
_REPLIES: dict[str, type[Any]] = {
    c.TYPE: c for c in (Ready, Progress, Issued, Refused, Failed, KeysState)
}


def job_of(line: str | bytes) -> int:
    """The job number of a request line that could not be read (0 when there is none): a
    number the window chose, so the helper can fail that job without quoting the line."""
    try:
        value = json.loads(line)
    except ValueError:
        return 0
    job = value.get("job") if isinstance(value, dict) else None
    return job if type(job) is int and job > 0 else 0


# ---------------------------------------------------------------------------- starting the helper


def helper_command() -> list[str]:
    """The command that starts the memo helper: this installation's main.py with HELPER_FLAG
    (dispatched before main.py builds its command line). In a frozen build (PyInstaller) the
    application's own executable takes the flag."""
    if getattr(sys, "frozen", False):
        return [sys.executable, HELPER_FLAG]
    script = Path(__file__).resolve().parent.parent / "main.py"
    if script.is_file():
        return [sys.executable, str(script), HELPER_FLAG]
    return [sys.executable, "-m", "main", HELPER_FLAG]  # installed: main is a top-level module


# ---------------------------------------------------------------------------- reading, writing


def _encode(value: Any) -> Any:
    if is_dataclass(value) and not isinstance(value, type):
        return {f.name: _encode(getattr(value, f.name)) for f in fields(value)}
    if isinstance(value, bytes):
        return base64.b64encode(value).decode("ascii")
    if isinstance(value, tuple):
        return [_encode(item) for item in value]
    return value


def _read(line: str | bytes, family: dict[str, type[Any]], what: str) -> Any:
    try:
        value = json.loads(line)
    except ValueError:
        raise ProtocolError(f"not a {what}: expected one JSON object per line") from None
    if not isinstance(value, dict):
        raise ProtocolError(f"not a {what}: expected one JSON object per line")
    kind = value.pop("type", None)
    if not isinstance(kind, str) or kind not in family:
        raise ProtocolError(f"not a {what}: its type is not one of {', '.join(sorted(family))}")
    return _decode_dataclass(family[kind], value, f"the {kind!r} {what}")


def _decode_dataclass(kind: type[Any], value: Any, where: str) -> Any:
    if not isinstance(value, dict):
        raise ProtocolError(f"{where}: expected an object")
    hints = _hints(kind)
    names = [f.name for f in fields(kind)]
    required = {
        f.name for f in fields(kind) if f.default is MISSING and f.default_factory is MISSING
    }
    if not set(value) <= set(names) or not required <= set(value):
        raise ProtocolError(
            f"{where}: expected the fields {', '.join(names)} "
            f"(required: {', '.join(sorted(required)) or 'none'})"
        )
    return kind(
        **{
            name: _decode(item, hints[name], f"{where}, field {name}")
            for name, item in value.items()
        }
    )


def _decode(value: Any, hint: Any, where: str) -> Any:
    origin, arguments = typing.get_origin(hint), typing.get_args(hint)
    if origin in (types.UnionType, typing.Union):
        if value is None and type(None) in arguments:
            return None
        (inner,) = [a for a in arguments if a is not type(None)]
        return _decode(value, inner, where)
    if origin is tuple:
        if not isinstance(value, list):
            raise ProtocolError(f"{where}: expected a list")
        return tuple(_decode(item, arguments[0], where) for item in value)
    if isinstance(hint, type) and is_dataclass(hint):
        return _decode_dataclass(hint, value, where)
    if hint is bytes:
        if not isinstance(value, str):
            raise ProtocolError(f"{where}: expected base64 text")
        try:
            return base64.b64decode(value, validate=True)
        except binascii.Error:
            raise ProtocolError(f"{where}: expected base64 text") from None
    if type(value) is not hint:  # exact: True is not an int here
        raise ProtocolError(f"{where}: expected {hint.__name__}")
    return value


_HINTS: dict[type[Any], dict[str, Any]] = {}


def _hints(kind: type[Any]) -> dict[str, Any]:
    """The resolved field types of a message class, worked out once per class."""
    if kind not in _HINTS:
        _HINTS[kind] = typing.get_type_hints(kind)
    return _HINTS[kind]
