"""The notice a write sends other officials' desktops through PostgreSQL (NOTIFY), and reading
it back as a models.changes.RecordChange.

Each write transaction on PostgreSQL that appended audit entries sends one notice on CHANNEL
just before it commits (`Database.write_session()`), so the server delivers it only if the
write commits, and in commit order. The notice is small JSON that names parts and assessment
ids only, never any of the case's text:

    {"v": 1, "origin": "<the writing Database's id>", "parts": ["answers", "audit"],
     "ids": ["<assessment id>", …]}

or, when the ids would not fit PostgreSQL's payload limit (under 8000 bytes), the same without
"ids" and with "full": true: anything may have changed, read again what is shown. `origin` lets
a window ignore its own writes, which it has announced on its own bus already.
"""

from __future__ import annotations

import json
from typing import Any

from models.changes import Part, RecordChange

CHANNEL = "concert_desk_changes"
FORMAT = 1
# PostgreSQL refuses a payload of 8000 bytes or more; keep well under it.
MAX_PAYLOAD_BYTES = 7500
# Where a write session gathers what its audit entries changed (models.audit.append_entry).
CHANGE_KEY = "concert_change"


def note_change(info: dict[str, Any], change: RecordChange) -> None:
    """Add `change` to what the write transaction whose session.info is `info` changed."""
    noted = info.get(CHANGE_KEY)
    info[CHANGE_KEY] = change if noted is None else noted | change


def noted_change(info: dict[str, Any]) -> RecordChange | None:
    """What the write transaction changed (None: it appended no audit entry)."""
    return info.get(CHANGE_KEY)


def encode(change: RecordChange, origin: str) -> str:
    """The notice for `change` made by `origin`: under MAX_PAYLOAD_BYTES whatever it names."""
    if not change.full:
        text = _dump({"v": FORMAT, "origin": origin, "parts": sorted(change.parts),
                      "ids": sorted(change.assessment_ids)})
        if len(text.encode()) < MAX_PAYLOAD_BYTES:
            return text
    return _dump({"v": FORMAT, "origin": origin, "parts": sorted(change.parts), "full": True})


def decode(text: str) -> tuple[str | None, RecordChange]:
    """The origin and the change a notice names, marked as made elsewhere. A notice this
    version cannot read (another format, damaged) is a full refresh, from no known origin."""
    try:
        notice = json.loads(text)
        if not isinstance(notice, dict) or notice.get("v") != FORMAT:
            raise ValueError("not a notice of this format")
        origin = notice.get("origin")
        if notice.get("full"):
            return _str_or_none(origin), RecordChange.full_refresh()
        parts = frozenset(Part(name) for name in notice["parts"])
        ids = frozenset(notice["ids"])
        if not all(isinstance(i, str) for i in ids):
            raise ValueError("an assessment id that is not text")
    except (ValueError, KeyError, TypeError):
        return None, RecordChange.full_refresh()
    return _str_or_none(origin), RecordChange(parts, ids, elsewhere=True)


def _dump(notice: dict[str, Any]) -> str:
    return json.dumps(notice, separators=(",", ":"), ensure_ascii=True)


def _str_or_none(value: object) -> str | None:
    return value if isinstance(value, str) else None
