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

from playbooks.conditions import condition_with_reason
from playbooks.model import ROLE_LEGAL_BASIS, LegalBasis, LegalBasisResult, Playbook
from playbooks.phrases import Figure, phrase, phrase_plural


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
            condition = condition_with_reason(failing, questions[failing.question_id])
            reasons.append(phrase("{basis}: not made out — {condition}", basis=basis.title,
                                  condition=condition))
        elif open_here:
            open_ids.extend(q for q in open_here if q not in open_ids)
            reasons.append(phrase("{basis}: open until answered: {questions}",
                                  basis=basis.title, questions=", ".join(open_here)))
        else:
            made_out.append(basis)
            reasons.append(phrase("{basis}: every element holds (established)", basis=basis.title)
                           if basis.status == "established" else
                           phrase("{basis}: every element holds (contested)", basis=basis.title)
                           if basis.status == "contested" else
                           f"{basis.title}: every element holds ({basis.status})")
    chosen = next((b for b in made_out if b.status == "established"), None) or next(
        iter(made_out), None
    )
    if chosen is not None:
        summary: str = phrase("established: {basis}", basis=chosen.title) \
            if chosen.status == "established" else phrase(
            "contested: {basis} (a basis whose standing in international law is disputed)",
            basis=chosen.title)
        return LegalBasisResult(chosen.status, chosen.id, summary, tuple(reasons))
    if open_ids:
        return LegalBasisResult(
            "incomplete", None,
            # A count: the questions themselves are in the reasons, basis by basis (a list of
            # nine prompts made the memo's one legal-basis line a paragraph).
            phrase_plural("not yet assessed: {count} question open",
                          "not yet assessed: {count} questions open", len(open_ids),
                          count=Figure(str(len(open_ids)), len(open_ids), "count")),
            tuple(reasons),
        )
    return LegalBasisResult("none", None, phrase("no legal basis established"), tuple(reasons))
