"""The legal basis, judged apart from legitimacy (issue 10: the two are never folded together).

A playbook's legal-basis criterion (`role: legal_basis`) lists the bases it recognises, each
with the elements that must all hold (conditions on single answers). The result is the first
established basis made out, else the first contested one (a doctrine whose standing in law is
disputed, such as humanitarian intervention without Council authorisation), else none — with,
for each basis, the first element that fails, or the questions still open.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from playbooks.conditions import describe_condition
from playbooks.model import ROLE_LEGAL_BASIS, LegalBasis, LegalBasisResult, Playbook


def judge_legal_basis(
    playbook: Playbook, values: Mapping[str, Any], unsettled: Mapping[str, str]
) -> LegalBasisResult | None:
    criterion = next((c for c in playbook.criteria if c.role == ROLE_LEGAL_BASIS), None)
    if criterion is None:
        return None
    questions = {q.id: q for q in criterion.questions}
    made_out: list[LegalBasis] = []
    reasons: list[str] = []
    open_ids: list[str] = []
    for basis in criterion.bases:
        open_here = [
            r.question_id
            for r in basis.requires
            if values.get(r.question_id) is None or r.question_id in unsettled
        ]
        failing = next(
            (
                r
                for r in basis.requires
                if r.question_id not in open_here
                and not r.holds(questions[r.question_id], values[r.question_id])
            ),
            None,
        )
        if failing is not None:
            reasons.append(
                f"{basis.title}: not made out — "
                + describe_condition(failing, questions[failing.question_id])
                + (f" ({failing.because})" if failing.because else "")
            )
        elif open_here:
            open_ids.extend(q for q in open_here if q not in open_ids)
            reasons.append(f"{basis.title}: open until answered: " + ", ".join(open_here))
        else:
            made_out.append(basis)
            reasons.append(f"{basis.title}: every element holds ({basis.status})")
    chosen = next((b for b in made_out if b.status == "established"), None) or next(
        iter(made_out), None
    )
    if chosen is not None:
        word = "established" if chosen.status == "established" else "contested"
        summary = f"{word}: {chosen.title}"
        if word == "contested":
            summary += " (a basis whose standing in international law is disputed)"
        return LegalBasisResult(chosen.status, chosen.id, summary, tuple(reasons))
    if open_ids:
        return LegalBasisResult(
            "incomplete", None,
            # A count: the questions themselves are in the reasons, basis by basis (a list of
            # nine prompts made the memo's one legal-basis line a paragraph).
            f"not yet assessed: {len(open_ids)} question{'s' if len(open_ids) != 1 else ''} "
            "open",
            tuple(reasons),
        )
    return LegalBasisResult("none", None, "no legal basis established", tuple(reasons))
