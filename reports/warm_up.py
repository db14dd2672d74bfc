"""What the memo helper does before its first job, so that job costs what every later one does.

The first memo rendered in a process pays for loading its fonts (ReportLab parses each TrueType
file, fontTools reads its character map), compiling the template and the first pass through
the layout code: bench/memo_bench.py measured 430 ms against 160 ms for every later render.
`warm_up()` renders a small throwaway memo (plain Latin text, one criterion of each kind, the
authority table, a dissent), which is never stored or signed, and loads the signing modules.
"""

from __future__ import annotations

from datetime import UTC, datetime


def warm_up() -> None:
    import reports.issue  # noqa: F401  (pyHanko, the signing and storing modules)
    from reports.render import render_memo

    render_memo(_throwaway_context())


def _throwaway_context():
    from reports.context import (
        AnswerView,
        AuthorityView,
        CriterionView,
        DissentView,
        EvidenceView,
        MemoContext,
        PositionView,
    )

    moment = datetime(2026, 1, 1, tzinfo=UTC)
    evidence = (EvidenceView("Field report", "Situation report", "B2", "usually reliable"),)
    answers = (
        AnswerView(
            "q", "Question?", "4 – large", "Rationale.", "high", evidence, "scores 0.90", "Analyst"
        ),
    )
    criteria = (
        CriterionView("a", "Just cause", True, 0.8, 0.6, "pass", ("Passes.",), answers, ()),
        CriterionView(
            "b",
            "Proportionality",
            False,
            0.4,
            0.6,
            "fail",
            ("Fails.",),
            answers,
            ("Missing: a question",),
        ),
        CriterionView("c", "Success", False, None, 0.5, "incomplete", (), answers, ()),
    )
    authority = AuthorityView(
        positions=(
            PositionView("DEU", "Germany", 83_200_000, "endorse"),
            PositionView("JPN", "Japan", 124_500_000, "oppose"),
        ),
        states_endorsing=1,
        states_counted=2,
        state_share=0.5,
        state_threshold=0.55,
        population_endorsing=83_200_000,
        population_counted=207_700_000,
        population_share=0.4,
        population_threshold=0.65,
        met=False,
        security_council="not asked",
        regional_support="yes",
    )
    return MemoContext(
        reference="CD-0000-0000",
        issued_at=moment,
        issued_by="Warm-up",
        classification="OFFICIAL",
        title="Warm-up",
        proposed_action="None.",
        crisis="None.",
        assessment_id="warm-up",
        revision=1,
        decision="Approve",
        decision_code="approve",
        decided_by="Warm-up",
        decided_at=moment,
        justification="None.",
        verdict="legitimate",
        verdict_code="legitimate",
        departs_from_verdict=False,
        deciding_rule="None.",
        reasons=("None.",),
        overall_score=0.6,
        criteria=criteria,
        authority=authority,
        fragility="None.",
        dissents=(DissentView("Reviewer", "None.", moment),),
        playbook_id="warm-up",
        playbook_version="1",
        playbook_title="Warm-up",
        playbook_hash="0" * 64,
        record_hash="0" * 64,
        audit_head="0" * 64,
    )
