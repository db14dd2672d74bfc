"""Hand-built memo contexts for the reports tests (no database needed).

The multi-script case carries names and text in every script the memo must draw."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

from reports.context import (
    AnswerView,
    AuthorityView,
    CriterionView,
    DissentView,
    EvidenceView,
    MemoContext,
    PositionView,
)
from reports.memo_options import single_action

# Strings the tests look for in the extracted text, by script.
SCRIPTS = {
    "latin": "Łódź Žluťoučký Ærøskøbing",
    "greek": "Αθήνα Ελευθερία",
    "cyrillic": "Украина Свобода",
    "hebrew": "דוד בן־גוריון",
    "arabic": "الأمم المتحدة",
    "devanagari": "नरेन्द्र मोदी",
    "chinese": "联合国安理会",
    "japanese": "東京都の避難民",
    "korean": "대한민국 서울",
}

ISSUED = datetime(2026, 3, 14, 10, 32, tzinfo=UTC)


def multiscript_context(**changes: object) -> MemoContext:
    s = SCRIPTS
    evidence = (
        EvidenceView(f"Field report from {s['cyrillic']}: 40 000 displaced", "UNHCR situation "
                     "report 12", "B2", "usually reliable; probably true"),
        EvidenceView(f"Satellite imagery reviewed in {s['japanese']}", "Allied imagery cell",
                     "A1", "completely reliable; confirmed by other sources"),
    )
    criteria = (
        CriterionView(
            "just_cause", f"Just cause ({s['greek']})", True, 0.82, 0.6, "pass",
            ("Harm is grave and imminent: the answers score 0.82 against a pass mark of 0.60.",),
            (
                AnswerView("harm_scale", "How grave is the harm?", "4 – large-scale loss of life",
                           f"Reports by {s['hebrew']} and {s['arabic']} agree.", "high",
                           evidence, "scores 0.90", "Analyst Ana Łukasiewicz"),
                AnswerView("harm_imminent", "How likely is further harm within 30 days?",
                           "likely (55–80%)", f"Trend analysis ({s['devanagari']}).", "moderate",
                           (), "scores 0.68", "Analyst"),
            ),
            ("No evidence recorded for: How likely is further harm within 30 days?",),
        ),
        CriterionView(
            "proportionality", "Proportionality and last resort", True, 0.55, 0.6, "fail",
            ("Non-coercive options are not exhausted.",),
            (AnswerView("last_resort", "Have non-coercive options been exhausted?", "no",
                        f"Talks in {s['chinese']} continue.", "moderate", (), "scores 0.00"),),
            (),
        ),
        CriterionView(
            "authority", "Right authority", False, 0.7, 0.5, "pass", (),
            (AnswerView("positions", "Positions of Concert members", "3 endorse, 1 oppose",
                        "", "", ()),), (),
        ),
        CriterionView(
            "success", "Likelihood of success", False, None, 0.5, "incomplete", (),
            (AnswerView("success_odds", "How likely is the action to succeed?", "", "", "",
                        ()),),
            ("Required question not answered: How likely is the action to succeed?",),
        ),
    )
    authority = AuthorityView(
        positions=(
            PositionView("DEU", "Germany", 83_200_000, "endorse"),
            PositionView("IND", f"India ({s['devanagari']})", 1_428_600_000, "endorse"),
            PositionView("ISR", f"Israel ({s['hebrew']})", 9_800_000, "oppose"),
            PositionView("JPN", "Japan (日本)", 124_500_000, "endorse"),
            PositionView("KOR", f"Republic of Korea ({s['korean']})", 51_700_000, "abstain"),
        ),
        states_endorsing=3, states_counted=5, state_share=0.6, state_threshold=0.55,
        population_endorsing=1_636_300_000, population_counted=1_697_800_000,
        population_share=0.9638, population_threshold=0.65, met=True,
        security_council="blocked by veto", regional_support="yes",
    )
    ctx = MemoContext(
        reference="CD-2026-0042",
        issued_at=ISSUED,
        issued_by=f"Drafting official {s['latin']}",
        classification="SECRET",
        title=f"Humanitarian corridor for {s['arabic']} / {s['cyrillic']}",
        proposed_action=(f"Open a protected corridor near {s['korean']} with partners from "
                         f"{s['chinese']}; the operation is named “{s['greek']}”."),
        crisis=f"Displacement reported by {s['hebrew']} and {s['devanagari']}.\nSecond line.",
        assessment_id="5b3f0a52-6c1e-4c55-9b1e-3d1e0f7a9c11",
        revision=2,
        decision="Approve with conditions",
        decision_code="approve_with_conditions",
        decided_by=f"Minister {s['latin']}",
        decided_at=datetime(2026, 3, 13, 18, 5, tzinfo=UTC),
        justification="The failing proportionality gate is met by a strict time limit.",
        verdict="not legitimate",
        verdict_code="not_legitimate",
        departs_from_verdict=True,
        deciding_rule="Gate criterion proportionality failed (0.55 < 0.60).",
        reasons=("Proportionality fails: talks continue.", "Just cause passes clearly."),
        overall_score=0.64,
        criteria=criteria,
        authority=authority,
        fragility="Changing “Have non-coercive options been exhausted?” from no to yes changes "
                  "the verdict to legitimate with conditions.",
        dissents=(DissentView(f"Reviewer {s['hebrew']}",
                              f"I dissent. {s['arabic']} has not been consulted.\n"
                              "The corridor plan lacks an exit date.",
                              datetime(2026, 3, 13, 19, 0, tzinfo=UTC)),),
        playbook_id="use_of_force",
        playbook_version="1.0",
        playbook_title="Use of force: legitimacy assessment",
        playbook_hash="a" * 64,
        record_hash="b" * 64,
        audit_head="c" * 64,
    )
    # Page 1's option and recommendation follow the verdict and decision asked for, as
    # build_context derives them for a single-action case.
    return single_action(replace(ctx, **changes) if changes else ctx)
