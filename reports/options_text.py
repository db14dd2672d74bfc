"""Options side by side, as text (`assess show`): one row per option with its verdict,
overall score and weakest margin, the best-judged and the chosen marked, then each criterion's
score and margin per option. Reads the plain rows of models.options (snapshot_option_rows)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from playbooks import figures
from reports.console import table_lines, wrap


def options_lines(rows: Sequence[dict[str, Any]], *, decided: bool) -> list[str]:
    if not rows:
        return []
    best = next(r for r in rows if r["best"])
    heading = "Options compared" + (" (as judged when decided)" if decided else "")
    table = []
    for row in rows:
        marks = [m for m, on in (("best-judged", row["best"]), ("CHOSEN", row["chosen"])) if on]
        score = row["overall_score"]
        margin = row["weakest_margin"]
        table.append((
            f"  {row['rank']}. {row['name']}",
            row["verdict_label"],
            "score —" if score is None else f"score {figures.score(score)}",
            "" if margin is None else f"weakest margin {figures.margin(margin)}",
            ", ".join(marks),
        ))
    lines = [f"\n{heading}", *table_lines(None, table)]
    criteria = [c["criterion_id"] for c in rows[0]["criteria"]]
    per_criterion = []
    for index, criterion_id in enumerate(criteria):
        cells = []
        for row in rows:
            c = row["criteria"][index]
            margin = "" if c["margin"] is None else f" ({figures.margin(c['margin'])})"
            cells.append(f"{c['score_text']}{margin} {c['status']}")
        per_criterion.append((f"  {criterion_id}", *cells))
    lines += ["Per criterion: score (margin) status",
              *table_lines(("", *(r["name"] for r in rows)), per_criterion)]
    lines.append(wrap(f"Best-judged option: {best['name']} ({best['title']}), "
                      f"{best['verdict_label']}", hanging="  "))
    for row in rows:
        lines.append(wrap(f"Fragility of {row['name']}: {row['fragility']}", hanging="  "))
    return lines
