"""The fixed vocabularies the window shows in the official's language: verdicts, record
statuses, decisions, member positions, confidence levels, the ICD 203 likelihood terms, the
Security Council's positions, the Admiralty grades, a memo's stages and signers, and the
states of an approval's conditions.

The stored values stay the identifiers playbooks/ and models/ define (the record, the memo's
English text and the command line keep using their own words); only what the window displays
goes through Qt translation here. A value this module does not know is shown as before, its
underscores turned to spaces, so a vocabulary that grows below never shows an empty cell."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from playbooks.model import LikelihoodTerm

CONTEXT = "Vocabulary"

VERDICTS = {
    "legitimate": QT_TRANSLATE_NOOP("Vocabulary", "legitimate"),
    "legitimate_with_conditions": QT_TRANSLATE_NOOP("Vocabulary", "legitimate with conditions"),
    "justified_authority_short": QT_TRANSLATE_NOOP(
        "Vocabulary", "justified in substance; authority short"),
    "not_legitimate": QT_TRANSLATE_NOOP("Vocabulary", "not legitimate"),
    "insufficient_information": QT_TRANSLATE_NOOP("Vocabulary", "insufficient information"),
}
STATUSES = {
    "draft": QT_TRANSLATE_NOOP("Vocabulary", "draft"),
    "decided": QT_TRANSLATE_NOOP("Vocabulary", "decided"),
    "superseded": QT_TRANSLATE_NOOP("Vocabulary", "superseded"),
}
DECISIONS = {
    "approve": QT_TRANSLATE_NOOP("Vocabulary", "approve"),
    "approve_with_conditions": QT_TRANSLATE_NOOP("Vocabulary", "approve with conditions"),
    "reject": QT_TRANSLATE_NOOP("Vocabulary", "reject"),
    "defer": QT_TRANSLATE_NOOP("Vocabulary", "defer"),
}
POSITIONS = {
    "endorse": QT_TRANSLATE_NOOP("Vocabulary", "endorse"),
    "oppose": QT_TRANSLATE_NOOP("Vocabulary", "oppose"),
    "abstain": QT_TRANSLATE_NOOP("Vocabulary", "abstain"),
    "not_consulted": QT_TRANSLATE_NOOP("Vocabulary", "not consulted"),
}
CONFIDENCE = {
    "low": QT_TRANSLATE_NOOP("Vocabulary", "low"),
    "moderate": QT_TRANSLATE_NOOP("Vocabulary", "moderate"),
    "high": QT_TRANSLATE_NOOP("Vocabulary", "high"),
}
LIKELIHOOD = {
    "almost_no_chance": QT_TRANSLATE_NOOP("Vocabulary", "almost no chance"),
    "very_unlikely": QT_TRANSLATE_NOOP("Vocabulary", "very unlikely"),
    "unlikely": QT_TRANSLATE_NOOP("Vocabulary", "unlikely"),
    "roughly_even_chance": QT_TRANSLATE_NOOP("Vocabulary", "roughly even chance"),
    "likely": QT_TRANSLATE_NOOP("Vocabulary", "likely"),
    "very_likely": QT_TRANSLATE_NOOP("Vocabulary", "very likely"),
    "almost_certain": QT_TRANSLATE_NOOP("Vocabulary", "almost certain"),
}
SECURITY_COUNCIL = {
    "authorised": QT_TRANSLATE_NOOP("Vocabulary", "authorised by the Security Council"),
    "blocked_by_veto": QT_TRANSLATE_NOOP("Vocabulary", "blocked by a veto"),
    "not_sought": QT_TRANSLATE_NOOP("Vocabulary", "not sought"),
    "rejected_on_merits": QT_TRANSLATE_NOOP("Vocabulary", "rejected on its merits"),
    "veto_threatened_no_draft": QT_TRANSLATE_NOOP(
        "Vocabulary", "veto threatened, no draft put to a vote"),
    "relies_on_earlier_resolutions": QT_TRANSLATE_NOOP(
        "Vocabulary", "relies on earlier resolutions"),
}
RELIABILITY = {
    "A": QT_TRANSLATE_NOOP("Vocabulary", "completely reliable"),
    "B": QT_TRANSLATE_NOOP("Vocabulary", "usually reliable"),
    "C": QT_TRANSLATE_NOOP("Vocabulary", "fairly reliable"),
    "D": QT_TRANSLATE_NOOP("Vocabulary", "not usually reliable"),
    "E": QT_TRANSLATE_NOOP("Vocabulary", "unreliable"),
    "F": QT_TRANSLATE_NOOP("Vocabulary", "reliability cannot be judged"),
}
CREDIBILITY = {
    1: QT_TRANSLATE_NOOP("Vocabulary", "confirmed by other sources"),
    2: QT_TRANSLATE_NOOP("Vocabulary", "probably true"),
    3: QT_TRANSLATE_NOOP("Vocabulary", "possibly true"),
    4: QT_TRANSLATE_NOOP("Vocabulary", "doubtful"),
    5: QT_TRANSLATE_NOOP("Vocabulary", "improbable"),
    6: QT_TRANSLATE_NOOP("Vocabulary", "truth cannot be judged"),
}
CRITERION_STATUSES = {
    "pass": QT_TRANSLATE_NOOP("Vocabulary", "pass"),
    "fail": QT_TRANSLATE_NOOP("Vocabulary", "fail"),
    "incomplete": QT_TRANSLATE_NOOP("Vocabulary", "incomplete"),
}
STANDINGS = {
    "full": QT_TRANSLATE_NOOP("Vocabulary", "full"),
    "suspended": QT_TRANSLATE_NOOP("Vocabulary", "suspended"),
    "candidate": QT_TRANSLATE_NOOP("Vocabulary", "candidate"),
    "withdrawn": QT_TRANSLATE_NOOP("Vocabulary", "withdrawn"),
}

# The markings as the list shows them in the official's language; the record keeps the English
# marking (the memo, the command line and other members read it). The translations use each
# language's official equivalents: French the markings NATO and the EU publish in French
# (SANS CLASSIFICATION, DIFFUSION RESTREINTE, CONFIDENTIEL, SECRET, TRÈS SECRET); Japanese the
# grades of Japan's ministries (秘, 極秘, 機密; 取扱注意 for restricted handling); Hebrew the
# Israeli grades (בלמ״ס, שמור, סודי, סודי ביותר). OFFICIAL, the UK's everyday tier, has no
# equivalent elsewhere and is translated by its meaning.
CLASSIFICATION_WORDS = {
    "UNCLASSIFIED": QT_TRANSLATE_NOOP("Vocabulary", "UNCLASSIFIED"),
    "OFFICIAL": QT_TRANSLATE_NOOP("Vocabulary", "OFFICIAL"),
    "RESTRICTED": QT_TRANSLATE_NOOP("Vocabulary", "RESTRICTED"),
    "CONFIDENTIAL": QT_TRANSLATE_NOOP("Vocabulary", "CONFIDENTIAL"),
    "SECRET": QT_TRANSLATE_NOOP("Vocabulary", "SECRET"),
    "TOP SECRET": QT_TRANSLATE_NOOP("Vocabulary", "TOP SECRET"),
}


def _shown(table: dict, value, fallback: str | None = None) -> str:
    words = table.get(value)
    if words is None:
        return fallback if fallback is not None else str(value or "").replace("_", " ")
    return QCoreApplication.translate(CONTEXT, str(words))


def verdict_words(value: str | None) -> str:
    return _shown(VERDICTS, value)


def status_words(value: str | None) -> str:
    return _shown(STATUSES, value)


def decision_words(value: str | None) -> str:
    return _shown(DECISIONS, value)


def position_words(value: str | None) -> str:
    return _shown(POSITIONS, value)


def confidence_words(value: str | None) -> str:
    return _shown(CONFIDENCE, value)


def criterion_status_words(value: str) -> str:
    return _shown(CRITERION_STATUSES, value)


def standing_words(value: str) -> str:
    """A member's standing in the registry ("full", "suspended"…)."""
    return _shown(STANDINGS, value)


# A memo's stage and its signature fields (models.tables MEMO_STAGES, SIGNATURE_FIELDS), and the
# state of an approval's condition or a review's outcome (models.condition_records). Their words
# carry a disambiguation ("withdrawn" is said of a member and of a condition, and a language
# may not say both alike: French retiré, retirée). lupdate reads a disambiguation only in a
# call to translate with literal arguments, so each word is looked up here where it is shown.

def memo_stage_words(stage: str) -> str:
    """A memo's stage ("unsigned", "drafted", "countersigned")."""
    words = {
        "unsigned": QCoreApplication.translate("Vocabulary", "unsigned", "a memo's stage"),
        "drafted": QCoreApplication.translate("Vocabulary", "drafted", "a memo's stage"),
        "countersigned": QCoreApplication.translate("Vocabulary", "countersigned",
                                                    "a memo's stage"),
    }
    return words.get(stage) or stage.replace("_", " ")


def signer_words(field: str) -> str:
    """Who signs a memo in a signature field ("drafting_official", "minister")."""
    words = {
        "drafting_official": QCoreApplication.translate("Vocabulary", "drafting official",
                                                        "who signs a memo"),
        "minister": QCoreApplication.translate("Vocabulary", "minister", "who signs a memo"),
    }
    return words.get(field) or field.replace("_", " ")


def condition_state_words(state: str) -> str:
    """Where an approval's condition stands, or what a review of it found ("met")."""
    words = {
        "open": QCoreApplication.translate("Vocabulary", "open", "an approval's condition"),
        "met": QCoreApplication.translate("Vocabulary", "met", "an approval's condition"),
        "not_met": QCoreApplication.translate("Vocabulary", "not met", "an approval's condition"),
        "withdrawn": QCoreApplication.translate("Vocabulary", "withdrawn",
                                                "an approval's condition"),
        "tripwire breached": QCoreApplication.translate("Vocabulary", "tripwire breached",
                                                        "an approval's condition"),
    }
    return words.get(state) or state.replace("_", " ")


def security_council_words(status: str, fallback: str) -> str:
    """`fallback`: the words playbooks.answers gives a status this module does not know."""
    return _shown(SECURITY_COUNCIL, status, fallback)


def reliability_words(grade: str, fallback: str) -> str:
    return _shown(RELIABILITY, grade, fallback)


def credibility_words(number: int, fallback: str) -> str:
    return _shown(CREDIBILITY, number, fallback)


def likelihood_display(term: LikelihoodTerm) -> str:
    """A likelihood term with its range, e.g. 'likely (55–80%)' (LikelihoodTerm.display)."""
    label = _shown(LIKELIHOOD, term.id, term.label)
    return QCoreApplication.translate(CONTEXT, "{term} ({low}–{high}%)").format(
        term=label, low=term.low, high=term.high)


def sentence_case(words: str) -> str:
    """The first letter in capitals and the rest as written ("Décidé", "Not consulted")."""
    return words[:1].upper() + words[1:]


def classification_words(marking: str) -> str:
    """A stored (English) marking as the window shows it; one it does not know, as typed."""
    return _shown(CLASSIFICATION_WORDS, marking, marking)
