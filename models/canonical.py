"""Canonical JSON and hashing: the same content always gives the same bytes, on any machine.

Keys sorted, no insignificant whitespace, UTF-8 text kept as is, no NaN or infinity, timestamps as
ISO 8601 UTC with microseconds. Used for audit entries and for the hash of a frozen record.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict, is_dataclass
from datetime import UTC, datetime
from enum import Enum
from typing import Any

ZERO_HASH = "0" * 64


def iso_utc(moment: datetime) -> str:
    if moment.tzinfo is None:
        raise ValueError("naive datetime in canonical content")
    return moment.astimezone(UTC).isoformat(timespec="microseconds")


def _default(value: Any) -> Any:
    if isinstance(value, datetime):
        return iso_utc(value)
    if isinstance(value, Enum):
        return value.value
    if is_dataclass(value) and not isinstance(value, type):
        return asdict(value)
    if isinstance(value, tuple | set | frozenset):
        return list(value)
    raise TypeError(f"not canonical JSON: {type(value).__name__}")


def canonical_json(value: Any) -> str:
    return json.dumps(
        value,
        sort_keys=True,
        separators=(",", ":"),
        ensure_ascii=False,
        allow_nan=False,
        default=_default,
    )


def sha256_hex(data: str | bytes) -> str:
    return hashlib.sha256(data.encode("utf-8") if isinstance(data, str) else data).hexdigest()


def content_hash(value: Any) -> str:
    return sha256_hex(canonical_json(value))


def to_json_value(value: Any) -> Any:
    """A plain JSON value (dicts, lists, str, numbers, bools, None) for `value`."""
    return json.loads(canonical_json(value))
