"""Authority as `assess show` and the memo show it under a playbook's authority section: the
routes, the Concert's double majority with its shortfall and pivotal members, and each member's
voting power (normalised Banzhaf index)."""

from __future__ import annotations

import subprocess
from dataclasses import replace
from pathlib import Path

from models.judgement import evaluation_snapshot
from playbooks.evaluate import evaluate
from reports.assessment_text import evaluation_lines
from reports.context import AnswerInput, _authority
from reports.render import render_memo
from tests.playbooks.legacy_cases import REGISTRY
from tests.playbooks.test_authority_rules import ROUTES, all_but, answers
from tests.reports.samples import multiscript_context

COUNCIL_ONLY = answers(all_but("IND", "USA", "BRA", "JPN", "DEU", "ZAF", "ESP", "ARG",
                               position="oppose"), "authorised")


def test_assess_show_lists_routes_the_concert_tally_and_voting_power() -> None:
    evaluation = evaluate(ROUTES, COUNCIL_ONLY, REGISTRY)
    text = " ".join(" ".join(evaluation_lines(evaluation_snapshot(evaluation))).split())
    assert "Authority: met by the route “Security Council authorisation under Chapter VII”" in text
    assert "- route “Concert double majority, the Council blocked”: not met — lacks the " \
           "Concert double majority (short by" in text
    assert "Concert double majority not met: 9 of 17 members endorse" in text
    assert "voting power (normalised Banzhaf index; weight √population in thousands): IND 18.2% ·" \
        in text


def test_a_1_0_snapshot_is_shown_as_before() -> None:
    legacy = evaluation_snapshot(evaluate(ROUTES, COUNCIL_ONLY, REGISTRY))
    tally = legacy["authority"]
    old = {key: tally[key] for key in (
        "states_endorsing", "states_counted", "state_share", "population_endorsing",
        "population_counted", "population_share", "state_threshold", "population_threshold",
        "met", "positions", "security_council", "regional_support")}
    lines = evaluation_lines({**legacy, "authority": old})
    assert any(line.startswith("Authority: 9 of 17 members endorse (52.9%, needs 55%); "
                               "population") for line in lines)


def test_the_memo_shows_routes_voting_power_and_pivotal_members(tmp_path: Path) -> None:
    evaluation = evaluate(ROUTES, COUNCIL_ONLY, REGISTRY)
    given = {qid: AnswerInput(value) for qid, value in COUNCIL_ONLY.items()}
    view = _authority(ROUTES, evaluation, given, REGISTRY)
    assert view is not None and view.concert and view.positions
    pdf = tmp_path / "memo.pdf"
    pdf.write_bytes(render_memo(replace(multiscript_context(), authority=view)).pdf)
    text = " ".join(subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True,
                                   text=True, check=True).stdout.split())
    assert "Authority: met by the route “Security Council authorisation under Chapter VII”" in text
    assert "Voting power" in text and "Pivotal members are marked *" in text
    assert "short by 1 member" in text
    india = next(p for p in view.positions if p.iso == "IND")
    assert india.power is not None and f"{india.power * 100:.1f}%" in text
