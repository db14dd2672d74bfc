"""Words the layers below the desktop hand up to be shown — an assessment's status, a verdict, a
decision, a member's position, a routing stage — in the window's language.

models/, playbooks/ and reports/ have no Qt, so they cannot translate: each keeps its words as
constant English texts (the stable keys: models.tables.ASSESSMENT_STATUSES, playbooks.verdict.
Verdict's labels, models.routing_words…). Here every such text is listed for Qt's lupdate
(QT_TRANSLATE_NOOP, one context per kind of word) and translated where it is shown. A word added
below without a line here shows in English; tests/desktop/test_source_words.py fails then.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

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
