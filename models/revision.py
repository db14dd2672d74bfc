"""The schema revision the migration scripts lead to, read without alembic or SQLAlchemy.

Opening a database compares this with the revision it records: alembic (about half a second
to import) is only loaded when they differ, and the desktop's first page of History is only
read early from a database that needs no migration (models.first_page).
"""

from __future__ import annotations

import re
from pathlib import Path

VERSIONS_DIR = Path(__file__).resolve().parent / "migrations" / "versions"

_REVISION_LINE = re.compile(r"""^revision\s*=\s*["']([^"']+)["']""", re.MULTILINE)
_DOWN_REVISION_LINE = re.compile(r"^down_revision\s*=\s*(.+)$", re.MULTILINE)


def script_head_revision() -> str | None:
    """The newest migration's revision, read from the migration scripts' own lines; None when
    that is not certain (a script it cannot read, or branches), and alembic then decides."""
    revisions: set[str] = set()
    parents: set[str] = set()
    for script in VERSIONS_DIR.glob("*.py"):
        if script.name == "__init__.py":
            continue
        text = script.read_text(encoding="utf-8")
        revision, down = _REVISION_LINE.search(text), _DOWN_REVISION_LINE.search(text)
        if revision is None or down is None:
            return None
        revisions.add(revision[1])
        parents.update(re.findall(r"""["']([^"']+)["']""", down[1]))
    heads = revisions - parents
    return heads.pop() if len(heads) == 1 else None
