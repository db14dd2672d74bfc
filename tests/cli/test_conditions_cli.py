"""`decide --conditions FILE`, `conditions due` and `conditions review` (issue 15 item 2), run
as a real process: conditions frozen with the decision, what is due listed, reviews recorded
and audited, a breached tripwire opening a revision; bad input refused in one line (exit 2),
nothing written."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from models.tables import utc_now
from tests.cli.conftest import EXAMPLES, Run
from tests.cli.test_assessments import count_rows, imported

PORT_AMSEL = str(EXAMPLES / "port-amsel-evacuation.yaml")  # legitimate
SOON = utc_now().date() + timedelta(days=20)
LATER = SOON + timedelta(days=40)


def conditions_file(tmp_path: Path) -> str:
    path = tmp_path / "conditions.yaml"
    path.write_text(f"""conditions:
  - what: The port authority keeps berth 4 open to the evacuation ships
    owner: Head of consular crisis unit
    how_checked: Daily call with the port authority, logged
    review_on: {SOON.isoformat()}
    tripwire: Berth 4 is closed for more than 24 hours
  - what: Partners carry half of the evacuees
    owner: Director, Europe
    how_checked: Weekly manifest totals
    review_on: {LATER.isoformat()}
""", "utf-8")
    return str(path)


def decided(cli: Run, tmp_path: Path) -> str:
    assessment_id = imported(cli, PORT_AMSEL)
    result = cli("decide", assessment_id, "--decision", "approve-with-conditions",
                 "--by", "Minister Amara Diallo", "--conditions", conditions_file(tmp_path))
    assert result.code == 0, result.err
    return assessment_id


def condition_ids(cli: Run, as_of: str) -> list[str]:
    lines = cli("conditions", "due", "--as-of", as_of).out.strip().splitlines()
    return [line.split()[-1] for line in lines[1:-1]]


def test_decide_with_a_conditions_file_records_and_shows_them(cli: Run, tmp_path: Path) -> None:
    assessment_id = decided(cli, tmp_path)
    shown = cli("assess", "show", assessment_id).out
    assert f"Condition 1 (next review {SOON.isoformat()}): The port authority keeps" in shown
    assert "tripwire: Berth 4 is closed for more than 24 hours" in shown
    assert "Condition 2" in shown and "tripwire: none stated" in shown


def test_conditions_due_lists_them_by_date_and_marks_the_overdue(cli: Run, tmp_path: Path) -> None:
    decided(cli, tmp_path)
    assert cli("conditions", "due").out.startswith("no condition is due on or before")
    due = cli("conditions", "due", "--as-of", LATER.isoformat())
    assert due.code == 0, due.err
    lines = due.out.strip().splitlines()
    assert lines[1].startswith(f"{SOON.isoformat()}  overdue  Head of consular crisis unit")
    assert lines[2].startswith(f"{LATER.isoformat()}  due      Director, Europe")
    assert lines[-1] == f"2 due on or before {LATER.isoformat()} (1 overdue)"
    bad = cli("conditions", "due", "--as-of", "next week")
    assert bad.code == 2 and "is not a date written YYYY-MM-DD" in bad.error_line


def test_a_review_moves_the_condition_and_the_chain_verifies(cli: Run, tmp_path: Path) -> None:
    decided(cli, tmp_path)
    first, _second = condition_ids(cli, LATER.isoformat())
    reviewed = cli("conditions", "review", first, "--outcome", "met", "--by", "Consul",
                   "--note", "Open every day", "--next-review", (LATER + timedelta(days=1))
                   .isoformat())
    assert reviewed.code == 0, reviewed.err
    assert reviewed.out.startswith("reviewed: met; review ")
    assert len(condition_ids(cli, LATER.isoformat())) == 1  # moved past the day
    assert cli("audit", "verify").code == 0


def test_a_breached_tripwire_opens_a_revision(cli: Run, tmp_path: Path) -> None:
    assessment_id = decided(cli, tmp_path)
    first, second = condition_ids(cli, LATER.isoformat())
    no_tripwire = cli("conditions", "review", second, "--outcome", "not-met", "--by", "D",
                      "--note", "Short", "--tripwire-breached")
    assert no_tripwire.code == 2 and "states no tripwire" in no_tripwire.error_line
    breached = cli("conditions", "review", first, "--outcome", "not-met", "--by", "Consul",
                   "--note", "Berth 4 closed since Monday", "--tripwire-breached")
    assert breached.code == 0, breached.err
    assert "the approval no longer stands, draft revision" in breached.out
    revision_id = breached.out.strip().split()[-2]
    shown = cli("assess", "show", revision_id).out
    assert "Decision: none yet (draft)" in shown
    assert "superseded" in cli("assess", "show", assessment_id).out
    assert condition_ids(cli, LATER.isoformat()) == []
    assert cli("audit", "verify").code == 0


def test_bad_conditions_are_refused_in_one_line_and_nothing_is_decided(
    cli: Run, database_url: str, tmp_path: Path
) -> None:
    assessment_id = imported(cli, PORT_AMSEL)
    bad = tmp_path / "bad.yaml"
    bad.write_text("conditions:\n  - what: x\n    owner: y\n    how_checked: z\n"
                   "    review_on: 12/31/2027\n", "utf-8")
    result = cli("decide", assessment_id, "--decision", "approve-with-conditions", "--by", "M",
                 "--conditions", str(bad))
    assert result.code == 2
    assert result.error_line.endswith("bad.yaml:5: conditions[0].review_on: `12/31/2027` is not "
                                      "valid (expected a date written YYYY-MM-DD)")
    result = cli("decide", assessment_id, "--decision", "approve", "--by", "M",
                 "--conditions", conditions_file(tmp_path))
    assert result.code == 2 and "only approve with conditions takes" in result.error_line
    assert count_rows(database_url, "decision") == 0
    unknown = cli("conditions", "review", "no-such", "--outcome", "met", "--by", "x",
                  "--note", "n")
    assert unknown.code == 2 and "no condition with id no-such" in unknown.error_line
