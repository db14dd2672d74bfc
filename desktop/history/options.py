"""A case's options side by side in the record's detail: one column per option, its verdict,
overall score and weakest margin, then each criterion's score and margin, the best-judged and
the chosen option marked, and below it each option's fragility (what would turn its verdict).
Reads the plain rows of models.option_rows (nothing computed here)."""

from __future__ import annotations

from collections.abc import Sequence
from html import escape
from typing import Any

from PySide6.QtCore import QCoreApplication

from desktop import locale_format
from desktop.widgets.vocabulary import criterion_status_words, verdict_words


def _verdict(row: dict[str, Any]) -> str:
    """The option's verdict in the official's language (models.option_rows gives English)."""
    return verdict_words(row["verdict"]) if "verdict" in row else row["verdict_label"]


def options_html(rows: Sequence[dict[str, Any]], *, decided: bool) -> str:
    if not rows:
        return ""

    def header(row: dict[str, Any]) -> str:
        marks = [m for m, on in (
            (QCoreApplication.translate("OptionsComparison", "best-judged"), row["best"]),
            (QCoreApplication.translate("OptionsComparison", "chosen"), row["chosen"])) if on]
        joined = QCoreApplication.translate("OptionsComparison", ", ").join(marks)
        note = f"<br><small>{escape(joined)}</small>" if marks else ""
        return f"<th>{escape(row['title'])}{note}</th>"

    def cell(text: str, bold: bool = False) -> str:
        return f"<td>{'<b>' if bold else ''}{escape(text)}{'</b>' if bold else ''}</td>"

    def margin(value: float | None) -> str:
        return "" if value is None else f" ({locale_format.margin(value)})"

    table = ["<table border='1' cellspacing='0' cellpadding='3'>",
             "<tr><th></th>" + "".join(header(r) for r in rows) + "</tr>",
             "<tr><th>" + escape(QCoreApplication.translate("OptionsComparison", "Verdict"))
             + "</th>"
             + "".join(cell(_verdict(r), bold=True) for r in rows) + "</tr>",
             "<tr><th>"
             + escape(QCoreApplication.translate("OptionsComparison", "Overall score"))
             + "</th>" + "".join(
                 cell("—" if r["overall_score"] is None
                      else locale_format.score(r["overall_score"]))
                 for r in rows) + "</tr>",
             "<tr><th>"
             + escape(QCoreApplication.translate("OptionsComparison", "Weakest margin"))
             + "</th>" + "".join(
                 cell(margin(r["weakest_margin"]).strip(" ()") or "—") for r in rows) + "</tr>"]
    for index, criterion in enumerate(rows[0]["criteria"]):
        table.append(
            f"<tr><th>{escape(criterion['title'])}</th>" + "".join(
                cell(f"{r['criteria'][index]['score_text']}"
                     f"{margin(r['criteria'][index]['margin'])} "
                     f"{criterion_status_words(r['criteria'][index]['status'])}")
                for r in rows) + "</tr>")
    table.append("</table>")
    heading = (QCoreApplication.translate("OptionsComparison",
                                          "Options compared (as judged when decided)")
               if decided else QCoreApplication.translate("OptionsComparison", "Options compared"))
    best = next(r for r in rows if r["best"])
    # Each option's key risk: the smallest change that would turn its verdict.
    risks = "".join(f"<li><b>{escape(r['title'])}</b>: {escape(r['fragility'])}</li>"
                    for r in rows if r.get("fragility"))
    return (f"<h3>{escape(heading)}</h3>" + "".join(table)
            + "<p>" + QCoreApplication.translate(
                "OptionsComparison", "Best-judged option: <b>{option}</b> ({verdict}).").format(
                    option=escape(best["title"]), verdict=escape(_verdict(best))) + "</p>"
            + ("<p>" + escape(QCoreApplication.translate("OptionsComparison",
                                                         "What would turn each verdict:"))
               + f"</p><ul>{risks}</ul>" if risks else ""))
