"""`assess what-if`: the scenario's verdict beside the record's, the changes, the fewest
endorsements and the draw shares, as a real process; bad input named in one line (exit 2); the
record untouched."""

from __future__ import annotations

from tests.cli.conftest import Run
from tests.cli.test_assessments import KESSARY, NORTHERN_STRAIT, count_rows, imported


def test_what_if_prints_the_scenario_beside_the_record(cli: Run, database_url: str) -> None:
    assessment_id = imported(cli, NORTHERN_STRAIT)
    audit_before = count_rows(database_url, "audit_entry")
    answers_before = cli("assess", "export", assessment_id).out
    result = cli("assess", "what-if", assessment_id, "--endorse", "GHA",
                 "--set", "harm_gravity=3", "--draws", "500", "--seed", "7")
    assert result.code == 0, result.err
    out = result.out
    assert "Nothing is saved" in out
    assert "harm_gravity: 2 – serious harm to many people → 3" in out
    assert "member_positions GHA: abstain → endorse" in out or (
        "member_positions GHA: not consulted → endorse" in out
    )
    assert "Verdict  NOT LEGITIMATE  LEGITIMATE" in out and "CHANGED" in out
    assert "authority        fail 0.13 (-0.47)" in out
    assert "What it would take" in out
    assert "carried by the endorsements given" in out
    assert "Likelihood draws (500, seed 7" in out
    assert "of 500 draws" in out
    # Nothing written: no audit entry, the same case file.
    assert count_rows(database_url, "audit_entry") == audit_before
    assert cli("assess", "export", assessment_id).out == answers_before


def test_what_if_names_the_fewest_endorsements_and_draws_reproducibly(cli: Run) -> None:
    assessment_id = imported(cli, NORTHERN_STRAIT)
    first = cli("assess", "what-if", assessment_id, "--draws", "300", "--seed", "3")
    assert first.code == 0, first.err
    assert "Changes tried:\n  none (the record as it stands)" in first.out
    assert "1 more endorsement at the fewest:" in first.out
    assert "with them, authority holds" in first.out
    again = cli("assess", "what-if", assessment_id, "--draws", "300", "--seed", "3")
    assert again.out == first.out


def test_what_if_on_an_incomplete_draft_can_try_the_missing_answer(cli: Run) -> None:
    assessment_id = imported(cli, KESSARY)
    result = cli("assess", "what-if", assessment_id, "--set", "cause_evidence_confidence=high")
    assert result.code == 0, result.err
    assert "Verdict  INSUFFICIENT INFORMATION" in result.out
    assert "cause_evidence_confidence: not answered → high" in result.out


def test_bad_what_if_input_is_one_line_naming_the_field(cli: Run) -> None:
    assessment_id = imported(cli, NORTHERN_STRAIT)
    cases = [
        (["--set", "harm_gravity=lots"], "--set harm_gravity=lots: not a valid answer"),
        (["--set", "gravity=3"], "--set gravity: not a question of playbook use-of-force 1.0"),
        (["--set", "harm_gravity"], "expected QUESTION=VALUE"),
        (["--endorse", "XYZ"], "member XYZ: not in the member registry"),
        (["--position", "GHA=cheer"], "--position GHA=cheer: 'cheer' is not one of"),
        (["--draws", "-3"], "--draws: '-3' is not a whole number"),
    ]
    for extra, words in cases:
        result = cli("assess", "what-if", assessment_id, *extra)
        assert result.code == 2, (extra, result.err)
        assert words in result.error_line, (extra, result.err)
    missing = cli("assess", "what-if", "no-such-id")
    assert missing.code == 2
    assert "no assessment with id no-such-id" in missing.error_line
