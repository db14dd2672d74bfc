"""The words a memo prints for values the record holds as codes or fixed English labels
(decisions, verdicts, results, positions, evidence grades, signature roles).

The context keeps them in English (reports.context, playbooks.model); the memo translates each
when it prints it (`render` filter `word`). They are listed here, marked with `N_`, so that
Babel's extraction puts them in the catalogs (reports/locale/README.md).
"""

from __future__ import annotations


def N_(message: str) -> str:
    return message


WORDS = (
    # decisions (reports.context.DECISION_LABELS)
    N_("Approve"), N_("Approve with conditions"), N_("Reject"), N_("Defer"),
    # verdicts (playbooks.model.Verdict.label)
    N_("legitimate"), N_("legitimate with conditions"),
    N_("justified in substance; authority short"), N_("not legitimate"),
    N_("insufficient information"),
    # a criterion's result
    N_("pass"), N_("fail"), N_("incomplete"),
    # a member's position
    N_("endorse"), N_("oppose"), N_("abstain"), N_("not consulted"),
    # confidence
    N_("high"), N_("moderate"), N_("low"),
    # signature roles (reports.context.SIGNATURE_FIELDS, reports.sigfields.FIELD_LABELS) and
    # the stamp's words (reports.signing)
    N_("Drafting official"), N_("Minister"), N_("Signed"), N_("Digitally signed"),
    # evidence grades (playbooks.model.SOURCE_RELIABILITY, INFORMATION_CREDIBILITY)
    N_("completely reliable"), N_("usually reliable"), N_("fairly reliable"),
    N_("not usually reliable"), N_("unreliable"), N_("reliability cannot be judged"),
    N_("confirmed by other sources"), N_("probably true"), N_("possibly true"),
    N_("doubtful"), N_("improbable"), N_("truth cannot be judged"),
)
