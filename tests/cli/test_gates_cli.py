"""`assess show` on a use-of-force 2.0 case (issue 10): the verdict "justified in substance;
authority short" in its own words, the legal basis beside it, and each criterion's margin."""

from __future__ import annotations

from pathlib import Path

import yaml

from tests.cli.conftest import EXAMPLES, Run

REASON = "Planners' estimate, checked against two comparable operations."


def strait_case_2_0() -> dict:
    """The Northern Strait example (authority just short) answered for use-of-force 2.0."""
    case = yaml.safe_load((EXAMPLES / "northern-strait-strikes.yaml").read_text("utf-8"))
    positions = case["answers"]["member_positions"]
    case["playbook"] = {"id": "use-of-force", "version": "2.0"}
    case["answers"] = {
        "harm_gravity": {"answer": 3, "confidence": "high"},
        "harm_timing": {"answer": "under_way"},
        "primary_purpose": {"answer": "protection"},
        "collective_support": {"answer": "partial"},
        "non_coercive_options": {"answer": 2},
        "limited_means": {"answer": True},
        "civilian_harm": {"answer": "very_unlikely", "rationale": REASON},
        "exit_condition": {"answer": True},
        "success_likelihood": {"answer": "very_likely", "rationale": REASON},
        "escalation_likelihood": {"answer": "roughly_even_chance", "rationale": REASON},
        "partner_commitment": {"answer": "firm"},
        "member_positions": positions,
        "security_council": {"answer": "veto_threatened_no_draft"},
        "regional_support": {"answer": False},
        "chapter_vii_authorisation": {"answer": False},
        "territorial_consent": {"answer": False},
        "armed_attack": {"answer": "occurred"},
        "self_defence_necessary": {"answer": True},
        "self_defence_proportionate": {"answer": True},
        "reported_to_council": {"answer": False},
        "extreme_distress": {"answer": False},
        "no_practicable_alternative": {"answer": False},
        "strictly_limited": {"answer": False},
    }
    return case


def test_assess_show_prints_authority_short_in_its_own_words_and_the_legal_basis_apart(
    cli: Run, tmp_path: Path
) -> None:
    file = tmp_path / "strait-2.yaml"
    file.write_text(yaml.safe_dump(strait_case_2_0(), allow_unicode=True), "utf-8")
    imported = cli("assess", "import", str(file))
    assert imported.code == 0, imported.err
    shown = cli("assess", "show", imported.out.strip())
    assert shown.code == 0, shown.err
    out = " ".join(shown.out.split())
    assert "Verdict: JUSTIFIED IN SUBSTANCE; AUTHORITY SHORT" in out
    assert "Deciding rule: justified in substance; authority short by 1 member" in out
    assert "Legal basis (judged apart): no legal basis established" in out
    assert "reported to the Security Council" in out  # the Article 51 element that fails
    assert "margin +" in out
