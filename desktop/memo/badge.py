"""The verification badge: reports.verify's verdict on a memo, put in a few words.

Runs `verify_memo_file` (roots from the record's trust roots, the memo's reference looked up
in this record) on the database thread; this module only words and colours the result.
"""

from __future__ import annotations

from dataclasses import dataclass
from html import escape

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from desktop.context import DeskContext
from desktop.trust_words import in_app_words

VALID, INVALID, UNSIGNED = "valid", "invalid", "unsigned"
# A signature's three states, by whether each holds.
INTACT = {True: QT_TRANSLATE_NOOP("Badge", "intact"),
          False: QT_TRANSLATE_NOOP("Badge", "NOT intact")}
TRUSTED = {True: QT_TRANSLATE_NOOP("Badge", "trusted"),
           False: QT_TRANSLATE_NOOP("Badge", "NOT trusted")}
PERMITTED = {True: QT_TRANSLATE_NOOP("Badge", "permitted"),
             False: QT_TRANSLATE_NOOP("Badge", "changes NOT permitted")}


@dataclass(frozen=True)
class Badge:
    state: str  # VALID | INVALID | UNSIGNED
    headline: str
    signers: tuple[str, ...]  # "Drafting official: Ana Silva — intact, trusted"
    reason: str  # reports' one-line reason
    report: object  # the reports.verify.VerificationReport behind it


def badge_for(report) -> Badge:
    from reports.sigfields import FIELD_LABELS

    def t(text: object) -> str:  # one of the states above
        return QCoreApplication.translate("Badge", str(text))

    signers = tuple(
        QCoreApplication.translate("Badge", "{field}: {signer} — {states}").format(
            field=FIELD_LABELS.get(s.field, s.field), signer=s.signer,
            states=QCoreApplication.translate("Badge", ", ").join([
                t(INTACT[s.intact]), t(TRUSTED[s.trusted]), t(PERMITTED[s.permitted])]))
        for s in report.signers
    )
    if not report.signers and report.reference is None:
        # Not readable, or no memo reference in it: not a memo this app issued at all.
        state = INVALID
        headline = QCoreApplication.translate("Badge", "✘ Not a verifiable memo")
    elif not report.signers:
        state = UNSIGNED
        headline = QCoreApplication.translate("Badge",
                                              "Unsigned memo: sign it to make it official")
    elif report.ok:
        names = QCoreApplication.translate("Badge", " and ").join(
            s.signer for s in report.signers)
        state = VALID
        headline = QCoreApplication.translate("Badge", "✔ Valid: signed by {names}").format(
            names=names)
    else:
        state, headline = INVALID, QCoreApplication.translate("Badge", "✘ Not valid")
    return Badge(state, headline, signers, in_app_words(report.reason), report)


def verify_stored_memo(context: DeskContext, memo) -> Badge:
    """Runs on the database thread."""
    from reports.verify import verify_memo_file

    return badge_for(verify_memo_file(context.db, memo.pdf))


def badge_html(badge: Badge) -> str:
    lines = "".join(f"<br>{escape(line)}" for line in badge.signers)
    return f"<b>{escape(badge.headline)}</b>{lines}<br><small>{escape(badge.reason)}</small>"


def badge_text(badge: Badge) -> str:
    return "\n".join([badge.headline, *badge.signers, badge.reason])
