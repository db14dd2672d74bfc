"""Words the layers below the desktop hand up to be shown — an assessment's status, a verdict, a
decision, a member's position, a routing stage, a likelihood, a confidence, an Admiralty
grade — in the window's language.

models/, playbooks/ and reports/ have no Qt, so they cannot translate: each keeps its words as
constant English texts (the stable keys: models.tables.ASSESSMENT_STATUSES, playbooks.verdict.
Verdict's labels, models.routing_words…). Here every such text is listed for Qt's lupdate
(QT_TRANSLATE_NOOP, one context per kind of word) and translated where it is shown. A word added
below without a line here shows in English; tests/desktop/test_source_words.py fails then.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from desktop.locale_format import number

if TYPE_CHECKING:
    from playbooks.model import LikelihoodTerm

STATUSES = frozenset({  # models.tables.ASSESSMENT_STATUSES
    QT_TRANSLATE_NOOP("AssessmentStatus", "draft"),
    QT_TRANSLATE_NOOP("AssessmentStatus", "decided"),
    QT_TRANSLATE_NOOP("AssessmentStatus", "superseded"),
})
VERDICTS = frozenset({  # playbooks.verdict.Verdict's labels
    QT_TRANSLATE_NOOP("Verdict", "legitimate"),
    QT_TRANSLATE_NOOP("Verdict", "legitimate with conditions"),
    QT_TRANSLATE_NOOP("Verdict", "justified in substance; authority short"),
    QT_TRANSLATE_NOOP("Verdict", "not legitimate"),
    QT_TRANSLATE_NOOP("Verdict", "insufficient information"),
})
DECISIONS = frozenset({  # models.tables.DECISIONS, "_" read as a space
    QT_TRANSLATE_NOOP("Decision", "approve"),
    QT_TRANSLATE_NOOP("Decision", "approve with conditions"),
    QT_TRANSLATE_NOOP("Decision", "reject"),
    QT_TRANSLATE_NOOP("Decision", "defer"),
})
POSITIONS = frozenset({  # playbooks.model.POSITIONS, "_" read as a space
    QT_TRANSLATE_NOOP("MemberPosition", "endorse"),
    QT_TRANSLATE_NOOP("MemberPosition", "oppose"),
    QT_TRANSLATE_NOOP("MemberPosition", "abstain"),
    QT_TRANSLATE_NOOP("MemberPosition", "not consulted"),
})
STAGES = frozenset({  # models.routing_words.STAGE_NAMES and DONE_WORDS
    QT_TRANSLATE_NOOP("RoutingStage", "a draft, not yet submitted for review"),
    QT_TRANSLATE_NOOP("RoutingStage", "submitted for review"),
    QT_TRANSLATE_NOOP("RoutingStage", "returned to the drafter"),
    QT_TRANSLATE_NOOP("RoutingStage", "with the minister"),
    QT_TRANSLATE_NOOP("RoutingStage", "decided"),
    QT_TRANSLATE_NOOP("RoutingStage", "superseded by a later revision"),
    QT_TRANSLATE_NOOP("RoutingStage", "passed to the minister"),
})

LIKELIHOODS = frozenset({  # playbooks.model.LIKELIHOOD_TERMS' labels
    QT_TRANSLATE_NOOP("Likelihood", "almost no chance"),
    QT_TRANSLATE_NOOP("Likelihood", "very unlikely"),
    QT_TRANSLATE_NOOP("Likelihood", "unlikely"),
    QT_TRANSLATE_NOOP("Likelihood", "roughly even chance"),
    QT_TRANSLATE_NOOP("Likelihood", "likely"),
    QT_TRANSLATE_NOOP("Likelihood", "very likely"),
    QT_TRANSLATE_NOOP("Likelihood", "almost certain"),
})
CONFIDENCES = frozenset({  # playbooks.model.CONFIDENCE_LEVELS
    QT_TRANSLATE_NOOP("Confidence", "low"),
    QT_TRANSLATE_NOOP("Confidence", "moderate"),
    QT_TRANSLATE_NOOP("Confidence", "high"),
})
RELIABILITIES = frozenset({  # playbooks.model.SOURCE_RELIABILITY (Admiralty A–F)
    QT_TRANSLATE_NOOP("SourceReliability", "completely reliable"),
    QT_TRANSLATE_NOOP("SourceReliability", "usually reliable"),
    QT_TRANSLATE_NOOP("SourceReliability", "fairly reliable"),
    QT_TRANSLATE_NOOP("SourceReliability", "not usually reliable"),
    QT_TRANSLATE_NOOP("SourceReliability", "unreliable"),
    QT_TRANSLATE_NOOP("SourceReliability", "reliability cannot be judged"),
})
CREDIBILITIES = frozenset({  # playbooks.model.INFORMATION_CREDIBILITY (Admiralty 1–6)
    QT_TRANSLATE_NOOP("InformationCredibility", "confirmed by other sources"),
    QT_TRANSLATE_NOOP("InformationCredibility", "probably true"),
    QT_TRANSLATE_NOOP("InformationCredibility", "possibly true"),
    QT_TRANSLATE_NOOP("InformationCredibility", "doubtful"),
    QT_TRANSLATE_NOOP("InformationCredibility", "improbable"),
    QT_TRANSLATE_NOOP("InformationCredibility", "truth cannot be judged"),
})


def _spoken(value: str) -> str:
    return value.replace("_", " ")


def status(value: str) -> str:
    """An assessment's status ("draft") as the window says it."""
    return QCoreApplication.translate("AssessmentStatus", value)


def verdict(label: str) -> str:
    """A verdict's label (playbooks.verdict.Verdict.label) as the window says it."""
    return QCoreApplication.translate("Verdict", label)


def decision(value: str) -> str:
    """A decision ("approve_with_conditions") as the window says it."""
    return QCoreApplication.translate("Decision", _spoken(value))


def position(value: str) -> str:
    """A member's position ("not_consulted") as the window says it."""
    return QCoreApplication.translate("MemberPosition", _spoken(value))


def stage(text: str) -> str:
    """A routing stage's name or step's words (models.routing_words) as the window says it."""
    return QCoreApplication.translate("RoutingStage", text)


def likelihood(term: LikelihoodTerm) -> str:
    """A likelihood with its range, "likely (55–80%)" (LikelihoodTerm.display), translated."""
    return QCoreApplication.translate("Likelihood", "{term} ({low}–{high}%)").format(
        term=QCoreApplication.translate("Likelihood", term.label), low=number(term.low),
        high=number(term.high))


def confidence(level: str) -> str:
    return QCoreApplication.translate("Confidence", level)


def reliability(words: str) -> str:
    """A source's reliability (playbooks.model.SOURCE_RELIABILITY's words)."""
    return QCoreApplication.translate("SourceReliability", words)


def credibility(words: str) -> str:
    """An information's credibility (playbooks.model.INFORMATION_CREDIBILITY's words)."""
    return QCoreApplication.translate("InformationCredibility", words)
