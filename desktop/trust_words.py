"""Trust, said the way a minister reads it: what an untrusted signer means and what to do in
the app. The reports speak to the command line ("`trust add`, or pass --trust"); the desktop
shows their messages with that advice replaced by its own, so both stay true to their users."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

UNTRUSTED_IN_APP = QT_TRANSLATE_NOOP(
    "TrustWords",
    "signed by a certificate this record does not trust. Ask your security officer whether "
    "it should be; if so, add the authority that issued it under Record > Trust roots…"
)
NO_ROOTS_IN_APP = QT_TRANSLATE_NOOP(
    "TrustWords",
    "ask your security officer for the certificate of the authority that issues your "
    "ministry's signing identities, and add it under Record > Trust roots…"
)


def in_app_words(message: str) -> str:
    """`message` with the command line's advice on trust replaced by the app's."""
    # Imported here: these modules load pyHanko, which the window must not load before the
    # first memo (tests/desktop/test_startup_imports.py).
    from reports.signer_rules import NO_ROOTS_CLI_HINT
    from reports.verify import UNTRUSTED_CLI_HINT

    untrusted = QCoreApplication.translate("TrustWords", str(UNTRUSTED_IN_APP))
    no_roots = QCoreApplication.translate("TrustWords", str(NO_ROOTS_IN_APP))
    return (message.replace(f"is not trusted: {UNTRUSTED_CLI_HINT}",
                            f"is not trusted: {untrusted}")
            .replace(NO_ROOTS_CLI_HINT, no_roots))
