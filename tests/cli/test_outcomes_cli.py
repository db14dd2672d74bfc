"""`outcomes due|record|retrospective|date` and `report calibration` (issue 16), run as a real
process: what is due listed, outcomes recorded and audited, the calibration summary as text and
JSON with numbers checked by hand, the lessons PDF written with every font embedded; bad input
refused in one line (exit 2), nothing written."""

from __future__ import annotations

import json
import shutil
import subprocess
from datetime import timedelta
from pathlib import Path

import pytest

from models.tables import utc_now
from tests.cli.conftest import EXAMPLES, Run
from tests.cli.test_assessments import count_rows, imported

PORT_AMSEL = str(EXAMPLES / "port-amsel-evacuation.yaml")  # success likely, escalation unlikely
TODAY = utc_now().date()
SOON = TODAY + timedelta(days=10)
SUCCESS_PROMPT = "How likely is the action to achieve its stated aim?"


def decided(cli: Run, *, dates: bool = True) -> str:
    assessment_id = imported(cli, PORT_AMSEL)
    if dates:
        for args in (["--question", "success_likelihood"], []):
            result = cli("outcomes", "date", assessment_id, *args, "--on", SOON.isoformat(),
                         "--by", "Analyst")
            assert result.code == 0, result.err
    result = cli("decide", assessment_id, "--decision", "approve", "--by", "Minister")
    assert result.code == 0, result.err
    return assessment_id


def test_due_record_and_retrospective(cli: Run, database_url: str) -> None:
    assessment_id = decided(cli)
    assert cli("outcomes", "due").out.startswith("no outcome is due on or before")
    due = cli("outcomes", "due", "--as-of", SOON.isoformat())
    assert due.code == 0, due.err
    lines = due.out.strip().splitlines()
    assert "success_likelihood" in lines[1] and "likely (55–80%)" in lines[1]
    assert "(decision)" in lines[2] and assessment_id in lines[2]
    assert lines[-1].startswith(f"2 due on or before {SOON.isoformat()} (0 overdue)")
    recorded = cli("outcomes", "record", assessment_id, "--question", "success_likelihood",
                   "--result", "not-occurred", "--note", "The corridor closed on day 3.",
                   "--evidence", "B2: UN situation report | OCHA", "--by", "Analyst")
    assert recorded.code == 0, recorded.err
    assert "success_likelihood not occurred" in recorded.out
    retro = cli("outcomes", "retrospective", assessment_id, "--wrong", "Trusted the pledges.",
                "--again", "Ask the region first.", "--by", "Head of analysis")
    assert retro.code == 0, retro.err
    assert cli("outcomes", "due", "--as-of", SOON.isoformat()).out.startswith("no outcome")
    assert count_rows(database_url, "outcome") == 1
    verified = cli("audit", "verify")
    assert verified.code == 0, verified.err


@pytest.mark.parametrize(
    ("args", "fragment"),
    [
        (["--question", "harm_gravity", "--result", "occurred", "--note", "n"],
         "not a likelihood question"),
        (["--question", "success_likelihood", "--result", "maybe", "--note", "n"],
         "invalid choice"),
        (["--question", "success_likelihood", "--result", "occurred", "--note", "n",
          "--evidence", "Z9: no such grade"], "expected GRADE: SUMMARY"),
        (["--question", "success_likelihood", "--result", "occurred", "--note", "   "],
         "note: cannot be empty"),
    ],
)
def test_bad_outcomes_are_one_line_and_write_nothing(
        cli: Run, database_url: str, args: list[str], fragment: str) -> None:
    assessment_id = decided(cli, dates=False)
    result = cli("outcomes", "record", assessment_id, *args, "--by", "Analyst")
    assert result.code == 2 and fragment in result.error_line, result.err
    assert count_rows(database_url, "outcome") == 0


def test_a_date_after_the_decision_is_refused(cli: Run, database_url: str) -> None:
    assessment_id = decided(cli, dates=False)
    result = cli("outcomes", "date", assessment_id, "--on", SOON.isoformat(), "--by", "A")
    assert result.code == 2 and "before the decision" in result.error_line
    assert count_rows(database_url, "resolution_date") == 0


def record_calls(cli: Run) -> None:
    """Three decided cases: success said likely (0.675) twice, occurred once; escalation said
    unlikely (0.325) three times, never occurred; one cannot tell."""
    for success, escalation in (("occurred", "not-occurred"), ("not-occurred", "not-occurred"),
                                ("cannot-tell", "not-occurred")):
        assessment_id = decided(cli, dates=False)
        for question, result in (("success_likelihood", success),
                                 ("escalation_likelihood", escalation)):
            done = cli("outcomes", "record", assessment_id, "--question", question,
                       "--result", result, "--note", f"{question} {result}", "--by", "Analyst")
            assert done.code == 0, done.err


def test_report_calibration_text_and_json(cli: Run) -> None:
    record_calls(cli)
    result = cli("report", "calibration", "--json", "--from", TODAY.isoformat())
    assert result.code == 0, result.err
    report = json.loads(result.out)
    overall = report["overall"]
    # By hand: calls (0.675,1), (0.675,0), 3 × (0.325,0): Brier = (0.325² + 0.675² + 3 ×
    # 0.325²) / 5 = (4 × 0.105625 + 0.455625) / 5 = 0.175625; base rate 0.2, uncertainty 0.16;
    # reliability = (2 × (0.675 − 0.5)² + 3 × 0.325²) / 5 = 0.075625; resolution = (2 × 0.3² +
    # 3 × 0.2²) / 5 = 0.06.
    assert overall["calls"] == 5 and overall["cannot_tell"] == 1
    assert overall["brier"] == pytest.approx(0.175625)
    assert overall["reliability"] == pytest.approx(0.075625)
    assert overall["resolution"] == pytest.approx(0.06)
    assert overall["uncertainty"] == pytest.approx(0.16)
    assert overall["too_few_calls"] is True
    assert report["decisions"] == 3 and report["unresolved_calls"] == 3  # civilian_harm
    assert [s["label"] for s in report["slices"]["question"]] == [
        "use-of-force: escalation_likelihood", "use-of-force: success_likelihood"]
    titles = [s["title"] for s in report["slices"]["question"]]  # for people: the question
    assert all(t.startswith("use-of-force: ") and "_likelihood" not in t for t in titles)
    assert titles[1] == f"use-of-force: {SUCCESS_PROMPT}"
    assert report["largest_misses"][0]["term"] == "likely"
    assert report["largest_misses"][0]["result"] == "not_occurred"
    text = cli("report", "calibration").out
    assert "all calls: 5 resolved calls, Brier 0.176" in text
    assert "too few calls" in text and "Largest misses:" in text
    none = cli("report", "calibration", "--to", (TODAY - timedelta(days=1)).isoformat())
    assert "all calls: 0 resolved calls, Brier –" in none.out


def test_report_calibration_refuses_a_reversed_period(cli: Run) -> None:
    result = cli("report", "calibration", "--from", SOON.isoformat(), "--to", TODAY.isoformat())
    assert result.code == 2 and "is after --to" in result.error_line


@pytest.mark.skipif(shutil.which("pdffonts") is None, reason="needs poppler's pdffonts")
def test_the_lessons_pdf_embeds_every_font(cli: Run, tmp_path: Path) -> None:
    record_calls(cli)
    pdf = tmp_path / "lessons.pdf"
    result = cli("report", "calibration", "-o", str(pdf))
    assert result.code == 0, result.err
    assert pdf.read_bytes().startswith(b"%PDF")
    fonts = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True,
                           check=True).stdout.splitlines()[2:]
    assert fonts, "no fonts listed"
    for line in fonts:
        assert line.split()[-5] == "yes", line  # the "emb" column
    if shutil.which("pdftotext"):  # the per-question slice is named by the question's text
        words = " ".join(subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True,
                                        text=True, check=True).stdout.split())
        assert f"use-of-force: {SUCCESS_PROMPT}" in words, words
    again = cli("report", "calibration", "-o", str(pdf))
    assert again.code == 2 and "exists" in again.error_line  # no silent overwrite
