"""Plain text of the record for a terminal: tables, wrapped paragraphs, and the listings and
one-line confirmations that the command line prints.

Every function takes records (from models/) or playbooks and returns a string without a final
newline; nothing here prints, parses arguments or touches the database, so the command line
stays a thin caller and the same text can be checked in a test. The text report of one
assessment (`assess show`) is in `reports.assessment_text`; playbooks are in
`reports.playbook_text`.
"""

from __future__ import annotations

import textwrap
from collections.abc import Iterable, Sequence
from datetime import datetime
from typing import TYPE_CHECKING

from playbooks.model import Verdict

if TYPE_CHECKING:  # records only: importing them here would load the database stack
    from models.members import RegistryEntry
    from models.memos import TrustRootRecord
    from models.records import DecisionRecord, MemoRecord
    from models.search_rows import SearchPage

WIDTH = 96  # columns; fits a terminal beside a narrow side panel


def stamp(moment: datetime) -> str:
    """A stored moment (UTC) to the minute."""
    return moment.strftime("%Y-%m-%d %H:%M UTC")


_VERDICT_LABELS = {verdict.value: verdict.label for verdict in Verdict}


def words(value: str) -> str:
    """A stored enumeration value as words: "approve_with_conditions" -> "approve with
    conditions"; a verdict by its own label ("justified in substance; authority short")."""
    if value in _VERDICT_LABELS:
        return _VERDICT_LABELS[value]
    return value.replace("_", " ")


def wrap(text: str, indent: str = "", width: int = WIDTH, hanging: str | None = None) -> str:
    """Paragraphs of `text` filled to `width`; continuation lines indented by `hanging`."""
    paragraphs = [p for p in text.strip().split("\n\n") if p.strip()]
    later = indent if hanging is None else hanging
    return "\n\n".join(
        textwrap.fill(" ".join(p.split()), width, initial_indent=indent, subsequent_indent=later)
        for p in paragraphs
    )


def table_lines(header: Sequence[str] | None, rows: Iterable[Sequence[str]]) -> list[str]:
    """Columns padded to their widest cell, two spaces apart; no trailing blanks."""
    lines = [tuple(header), *rows] if header else list(rows)
    if not lines:
        return []
    widths = [max(len(line[column]) for line in lines) for column in range(len(lines[0]))]
    return [
        "  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)).rstrip()
        for row in lines
    ]


def table(header: Sequence[str] | None, rows: Iterable[Sequence[str]]) -> str:
    return "\n".join(table_lines(header, rows))


# --- members, assessments, trust roots --------------------------------------------------------


def member_table(entries: Sequence[RegistryEntry], registry_line: str = "") -> str:
    """`members list`: the registry's version, the registry, then how many members and people
    are in full standing. A borderline entry is marked `*` beside its standing."""
    rows = [
        (
            e.iso,
            e.name,
            f"{e.population:,}",
            str(e.population_year or ""),
            e.standing + (" *" if e.borderline else ""),
            e.reviewed_on,
            e.review_reference,
        )
        for e in entries
    ]
    full = [e for e in entries if e.standing == "full"]
    return "\n".join(
        ([registry_line, ""] if registry_line else [])
        + [
            table(("ISO", "NAME", "POPULATION", "YEAR", "STANDING", "REVIEWED", "REVIEW"), rows),
            f"\n{len(entries)} members, {len(full)} in full standing, "
            f"population in full standing {sum(e.population for e in full):,}",
        ]
        + (["* borderline: see main.py members show CODE"] if any(e.borderline for e in entries)
           else [])
    )


def assessment_table(page: SearchPage) -> str:
    """`assess list`: one row per assessment, and how many more the search found."""
    rows = [
        (
            row.id,
            row.updated_at.strftime("%Y-%m-%d %H:%M"),
            row.status,
            words(row.verdict or ""),
            (row.decision or "").replace("_", "-"),  # as typed in `decide --decision`
            row.playbook_id,
            row.title,
        )
        for row in page.rows
    ]
    header = ("ID", "UPDATED (UTC)", "STATUS", "VERDICT", "DECISION", "PLAYBOOK", "TITLE")
    lines = [table(header, rows)]
    if page.total > len(rows):
        lines.append(f"\n{len(rows)} of {page.total} shown (use --limit)")
    return "\n".join(lines)


def trust_root_table(roots: Sequence[TrustRootRecord]) -> str:
    """`trust list`: the roots memo verification accepts (a note when there are none)."""
    rows = [(r.fingerprint[:16], stamp(r.added_at), r.added_by, r.subject) for r in roots]
    lines = [] if rows else ["no trust roots: `verify` trusts no signer until one is added"]
    lines.append(table(("SHA-256", "ADDED", "BY", "SUBJECT"), rows))
    return "\n".join(lines)


# --- one-line confirmations --------------------------------------------------------------------


def short_fingerprint(fingerprint: str) -> str:
    """A certificate's SHA-256 as shown beside a name: its first 16 hex digits in fours."""
    head = fingerprint[:16].upper()
    return " ".join(head[i:i + 4] for i in range(0, len(head), 4)) + " …"


def decider_text(decision: DecisionRecord) -> str:
    """Who decided: the name, and the certificate's short fingerprint when the decision names
    one (only that certificate's holder countersigns the memo)."""
    if not decision.decided_by_certificate:
        return decision.decided_by
    return (f"{decision.decided_by} (certificate "
            f"{short_fingerprint(decision.decided_by_certificate)})")


def decision_recorded(decision: DecisionRecord) -> str:
    """What `decide` confirms: the decision, who took it (and by which certificate), and
    whether it departs from the verdict."""
    departs = " (departs from the verdict)" if decision.departs_from_verdict else ""
    option = ""
    if decision.options is not None:  # a case with options: which one, and the best-judged
        chosen = decision.options.chosen_option or "none"
        away = " (departs from it)" if decision.options.departs_from_best_option else ""
        option = f"; option {chosen}, best-judged {decision.options.best_option}{away}"
    return (
        f"decided: {words(decision.decision)} by {decider_text(decision)}; "
        f"verdict {words(decision.verdict)}{departs}{option}; decision {decision.id}"
    )


def memo_written(memo: MemoRecord, output: str) -> str:
    """What `memo` confirms: reference, stage, signers, where the file went and its digest."""
    signers = ", ".join(s.signer for s in memo.signatures) or "unsigned"
    return (
        f"memo {memo.reference} ({memo.stage}; {signers}) written to {output}; "
        f"SHA-256 {memo.sha256}"
    )


def memo_reexported(memo: MemoRecord, output: str) -> str:
    """What `memo REF -o FILE` (no --sign) confirms: the stored bytes, nothing signed."""
    return (f"{memo_written(memo, output)}; exported again as stored, nothing signed")


def trust_root_added(root: TrustRootRecord) -> str:
    return f"trusted: {root.subject} (SHA-256 {root.fingerprint})"
