"""Plain text of the member registry's revisions for the command line: the version line that
`members list` and memos print, one member's entry with its history, the registry's history,
and the confirmation of an applied membership review."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from reports.console import stamp, table, wrap

if TYPE_CHECKING:  # records only
    from models.members import RegistryEntry
    from models.registry_revisions import MemberChange, RevisionInfo

NOT_RECORDED = "not recorded (decided before the member registry was versioned)"


def registry_line(info: RevisionInfo | None) -> str:
    """e.g. `member registry 2026-12-fiw2024 r3 (SHA-256 1a2b…)`, or that none is recorded."""
    if info is None:
        return "member registry: no revision recorded yet"
    return f"member registry {info.label}, SHA-256 {info.content_hash}"


def registry_reference(label: str | None, revision: int | None, content_hash: str | None) -> str:
    """The registry a decision was judged against, as a memo prints it."""
    if revision is None:
        return NOT_RECORDED
    return f"{label or 'revision'} r{revision} · SHA-256 {content_hash}"


def member_detail(entry: RegistryEntry, changes: Sequence[MemberChange]) -> str:
    """`members show CODE`: the entry, the basis of its standing, and every revision of it."""
    index = entry.index_status.replace("_", " ") or "not recorded"
    if entry.index_score is not None:
        index += f", score {entry.index_score}/100"
    if entry.free_editions:
        index += f", Free in each of the last {entry.free_editions} editions"
    lines = [
        f"{entry.iso}  {entry.name}",
        f"  standing      {entry.standing}" + ("  (borderline)" if entry.borderline else ""),
        f"  population    {entry.population:,} ({entry.population_year or 'year unknown'}; "
        f"{entry.population_source or 'source not recorded'})",
        f"  index         {index}",
        f"  review        {entry.review_reference}"
        + (f", reviewed on {entry.reviewed_on}" if entry.reviewed_on else ""),
    ]
    if entry.note:
        lines.append(wrap(entry.note, "  note          ", hanging=" " * 16))
    lines += ["", "History (oldest first):"]
    if not changes:
        lines.append("  no registry revision has recorded this member yet")
    for change in changes:
        info = change.revision
        if change.before is None:
            what = f"added as {change.after.standing}"
        else:
            what = _difference(change.before, change.after)
        lines.append(
            f"  r{info.revision}  {stamp(info.created_at)}  {info.action}  by {info.actor}: {what}"
        )
    return "\n".join(lines)


def _difference(before: RegistryEntry, after: RegistryEntry) -> str:
    if before.standing != after.standing:
        return f"standing {before.standing} → {after.standing}"
    changed = [k for k, v in before.__dict__.items() if getattr(after, k) != v]
    return ("changed " + ", ".join(changed)) if changed else "unchanged"


def registry_history_text(history: Sequence[tuple[RevisionInfo, int]]) -> str:
    """`members history`: every revision of the registry, oldest first."""
    if not history:
        return "No registry revision is recorded yet."
    rows = [
        (
            f"r{info.revision}",
            stamp(info.created_at),
            info.action,
            info.actor,
            str(count),
            info.content_hash[:12],
        )
        for info, count in history
    ]
    lines = [table(("REV", "WHEN", "ACTION", "BY", "CHANGED", "SHA-256"), rows)]
    for info, _count in history:
        if info.summary:
            lines.append(wrap(f"r{info.revision}: {info.summary}", hanging="    "))
    return "\n".join(lines)


def review_applied_text(info: RevisionInfo, before: RegistryEntry, after: RegistryEntry) -> str:
    return (
        f"{after.iso} {after.name}: {before.standing} → {after.standing} "
        f"(registry revision r{info.revision}, {registry_line(info)})"
    )
