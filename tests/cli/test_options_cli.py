"""Options on the command line (issue 15 item 1), as a real process: a case file with three
options imports, `assess show` prints them side by side with the best-judged marked,
`decide --option` records the choice (another than the best-judged needs a justification), and
bad option input is one line naming file, line and field (exit 2)."""

from __future__ import annotations

from pathlib import Path

from tests.cli.conftest import Run
from tests.cli.test_assessments import imported

FIXTURE = Path(__file__).resolve().parents[1] / "playbooks" / "fixtures" / (
    "use-of-force-options.yaml"
)
REASON = "From the planners' estimate and two precedents."

CASE = f"""format_version: 1
title: Northern Strait, three courses of action
playbook:
  id: use-of-force-options
  version: "1.0"
answers:
  harm_gravity: {{answer: 4, rationale: Documented by two counts}}
  harm_timing: {{answer: under_way}}
  cause_evidence_confidence: {{answer: high}}
  collective_support: {{answer: broad}}
  non_coercive_options: {{answer: 2}}
  security_council: {{answer: authorised}}
  member_positions: {{answer: {{CAN: endorse, DEU: endorse}}}}
  regional_support: {{answer: true}}
options:
  - name: no_action
    title: No action
    description: Keep the naval escorts and wait
    answers:
      primary_purpose: {{answer: protection}}
      limited_means: {{answer: true}}
      civilian_harm: {{answer: unlikely, rationale: "{REASON}"}}
      exit_condition: {{answer: true}}
      success_likelihood: {{answer: very_unlikely, rationale: "{REASON}"}}
      escalation_likelihood: {{answer: unlikely, rationale: "{REASON}"}}
      partner_commitment: {{answer: firm}}
  - name: air_strikes
    title: Air strikes on the batteries
    answers:
      primary_purpose: {{answer: protection}}
      limited_means: {{answer: true}}
      civilian_harm: {{answer: unlikely, rationale: "{REASON}"}}
      exit_condition: {{answer: true}}
      success_likelihood: {{answer: likely, rationale: "{REASON}"}}
      escalation_likelihood: {{answer: unlikely, rationale: "{REASON}"}}
      partner_commitment: {{answer: firm}}
  - name: blockade
    title: Naval blockade
    answers:
      primary_purpose: {{answer: protection}}
      limited_means: {{answer: true}}
      civilian_harm: {{answer: unlikely, rationale: "{REASON}"}}
      exit_condition: {{answer: true}}
      success_likelihood: {{answer: roughly_even_chance, rationale: "{REASON}"}}
      escalation_likelihood: {{answer: unlikely, rationale: "{REASON}"}}
      partner_commitment: {{answer: partial}}
"""


def options_case(cli: Run, tmp_path: Path, text: str = CASE) -> str:
    assert cli("playbooks", "add", str(FIXTURE)).code == 0
    path = tmp_path / "options.yaml"
    path.write_text(text, encoding="utf-8")
    return imported(cli, str(path))


def test_assess_show_compares_the_options_side_by_side(cli: Run, tmp_path: Path) -> None:
    assessment_id = options_case(cli, tmp_path)
    result = cli("assess", "show", assessment_id)
    assert result.code == 0, result.err
    out = result.out
    assert "Options compared" in out
    assert "1. air_strikes  legitimate" in out
    assert "best-judged" in out.split("1. air_strikes")[1].splitlines()[0]
    assert "Best-judged option: air_strikes (Air strikes on the batteries), legitimate" in out
    assert "Per criterion: score (margin) status" in out
    assert "no_action" in out and "blockade" in out
    assert "Fragility of no_action:" in out


def test_decide_option_records_the_choice_and_asks_why_it_departs(
    cli: Run, tmp_path: Path
) -> None:
    assessment_id = options_case(cli, tmp_path)
    refused = cli("decide", assessment_id, "--decision", "approve", "--by", "Ana Lindqvist",
                  "--option", "blockade")
    assert refused.code == 2
    assert "departs from the best-judged option air_strikes" in refused.error_line
    decided = cli("decide", assessment_id, "--decision", "reject", "--by", "Ana Lindqvist",
                  "--option", "blockade", "--justification", "Partners will not commit")
    assert decided.code == 0, decided.err
    assert "option blockade, best-judged air_strikes (departs from it)" in decided.out
    shown = cli("assess", "show", assessment_id).out
    assert "Options compared (as judged when decided)" in shown
    assert "CHOSEN" in shown.split("blockade")[1].splitlines()[0] or "CHOSEN" in shown


def test_decide_option_on_an_unknown_option_is_one_line(cli: Run, tmp_path: Path) -> None:
    assessment_id = options_case(cli, tmp_path)
    result = cli("decide", assessment_id, "--decision", "approve", "--by", "M",
                 "--option", "invasion")
    assert result.code == 2
    assert "no option 'invasion'" in result.error_line


def test_a_bad_option_in_a_case_file_names_file_line_and_field(
    cli: Run, tmp_path: Path
) -> None:
    assert cli("playbooks", "add", str(FIXTURE)).code == 0
    path = tmp_path / "bad.yaml"
    path.write_text(CASE.replace("  - name: blockade", "  - name: air_strikes"), "utf-8")
    result = cli("assess", "import", str(path))
    assert result.code == 2
    line = CASE.splitlines().index("  - name: blockade") + 1
    assert result.error_line.startswith(f"concert-desk: {path}:{line}: options[2].name: "
                                        "`air_strikes` is named twice")


def test_an_exported_case_with_options_imports_again_the_same(cli: Run, tmp_path: Path) -> None:
    assessment_id = options_case(cli, tmp_path)
    exported = cli("assess", "export", assessment_id)
    assert exported.code == 0, exported.err
    again = tmp_path / "again.yaml"
    again.write_text(exported.out, encoding="utf-8")
    second = imported(cli, str(again))
    assert cli("assess", "export", second).out == exported.out


def test_what_if_on_a_case_with_options_tries_one_option_and_names_it(
    cli: Run, tmp_path: Path
) -> None:
    assessment_id = options_case(cli, tmp_path)
    default = cli("assess", "what-if", assessment_id)
    assert default.code == 0, default.err
    assert "Tried on option air_strikes (Air strikes on the batteries), best-judged" in default.out
    assert "INSUFFICIENT" not in default.out  # the option's own answers are in the sandbox
    asked = cli("assess", "what-if", assessment_id, "--option", "no_action")
    assert asked.code == 0, asked.err
    assert "Tried on option no_action" in asked.out and "asked for" in asked.out
    unknown = cli("assess", "what-if", assessment_id, "--option", "invasion")
    assert unknown.code == 2 and "no option 'invasion'" in unknown.error_line


def test_playbooks_try_judges_each_option_of_a_case_with_options(
    cli: Run, tmp_path: Path
) -> None:
    case = tmp_path / "options.yaml"
    case.write_text(CASE, encoding="utf-8")
    tried = cli("playbooks", "try", str(FIXTURE), str(case))
    assert tried.code == 0, tried.err
    assert "option air_strikes (Air strikes on the batteries): legitimate" in tried.out
    assert "option no_action" in tried.out and "option blockade" in tried.out
    assert "shown below: the best-judged option, air_strikes" in tried.out
    assert "INSUFFICIENT" not in tried.out  # the options' own answers were read
