"""File > Signing identities…: a TEST identity made in the app is issued by the test CA for the
chosen role and becomes the default identity; an identity file is imported only when it chains
to a trust root of the record and carries a signing role, copied owner-only and never over an
existing file; the signing dialog then pre-selects the default identity."""

from __future__ import annotations

import os
import stat

import pytest

from desktop.identities import IdentitiesDialog
from desktop.memo.signing import SigningDialog
from desktop.profile import load_profile
from models.profile import Profile
from models.workflow import add_trust_root
from reports.identity import create_test_identity, load_or_create_test_ca, unlock_identity
from reports.identity_files import identity_folder
from reports.roles import MINISTER

CA_PASSPHRASE = os.environ["CONCERT_CA_PASSPHRASE"]  # the suite's (tests/conftest.py)
SECRET = "a new passphrase"


@pytest.fixture
def window(make_window):
    made = make_window()
    made.context.use_profile(Profile("Ana Drafter", "Desk officer"))
    return made


def run_dialog(qtbot, window, fill):
    """Open File > Signing identities… and let `fill` use the dialog while it is open."""
    seen = []

    def exec_dialog(dialog) -> bool:
        seen.append(dialog)
        fill(dialog)
        qtbot.waitUntil(lambda: not dialog.busy, timeout=30000)
        seen.append(dialog.status.text())
        return False

    window.context.dialogs.exec_dialog = exec_dialog
    window.commands.identities.trigger()
    qtbot.waitUntil(lambda: len(seen) == 2, timeout=30000)
    return seen[0], seen[1]


def owner_only(path) -> bool:
    return stat.S_IMODE(path.stat().st_mode) == 0o600


def test_a_test_identity_made_in_the_app_grants_its_role_and_becomes_the_default(
        qtbot, window):
    def fill(dialog: IdentitiesDialog) -> None:
        dialog.name.setText("Min Ister")
        dialog.role.setCurrentIndex(dialog.role.findData(MINISTER.key))
        dialog.passphrase.setText(SECRET)
        dialog.again.setText(SECRET)
        dialog.ca_passphrase.setText(CA_PASSPHRASE)
        dialog.create_button.click()

    dialog, said = run_dialog(qtbot, window, fill)
    made = [p for p in identity_folder().iterdir() if p.suffix == ".p12"]
    assert len(made) == 1, said
    assert owner_only(made[0])
    assert "TEST identity of Min Ister as Minister" in said
    identity = unlock_identity(made[0], SECRET.encode())
    assert identity.roles == (MINISTER,)
    assert identity.certificate.issuer.native["common_name"] == \
        load_or_create_test_ca().certificate.subject.get_attributes_for_oid(
            __import__("cryptography").x509.oid.NameOID.COMMON_NAME)[0].value
    assert not dialog.passphrase.text() and not dialog.ca_passphrase.text()
    # the profile's default identity, kept in the settings and pre-selected when issuing
    assert window.context.profile.identity == str(made[0])
    assert load_profile().identity == str(made[0])
    signing = SigningDialog(window, default_identity=window.context.profile.identity)
    qtbot.addWidget(signing)
    assert signing.drafter.path.text() == str(made[0])


def test_two_different_passphrases_create_nothing(qtbot, window):
    def fill(dialog: IdentitiesDialog) -> None:
        dialog.passphrase.setText(SECRET)
        dialog.again.setText("something else")
        dialog.create_button.click()

    _dialog, said = run_dialog(qtbot, window, fill)
    assert "differ" in said
    assert not list(identity_folder().glob("*.p12"))


def test_an_identity_file_is_imported_only_when_trusted_and_with_a_role_never_over_a_file(
        qtbot, window, database, tmp_path):
    authority = load_or_create_test_ca()
    source = tmp_path / "from-security-office.p12"
    source.write_bytes(create_test_identity("Min Ister", SECRET.encode(), role="minister",
                                            authority=authority))
    roleless = tmp_path / "no-role.p12"
    roleless.write_bytes(create_test_identity("No Role", SECRET.encode(), authority=authority))

    def importing(path, passphrase=SECRET):
        def fill(dialog: IdentitiesDialog) -> None:
            window.context.dialogs.files.append(path)
            dialog.browse.click()
            dialog.source_passphrase.setText(passphrase)
            dialog.import_button.click()
        return run_dialog(qtbot, window, fill)[1]

    said = importing(source)  # the record trusts no CA yet
    assert "Nothing was written" in said and "trusts no certification authority" in said
    assert "trust add" not in said  # the app's words, not the command line's
    assert not list(identity_folder().glob("*.p12"))

    add_trust_root(database, authority.certificate_path.read_bytes(), actor="test")
    assert "wrong passphrase" in importing(source, "wrong")
    said = importing(roleless)
    assert "carries no signing role" in said
    assert not list(identity_folder().glob("*.p12"))

    said = importing(source)
    assert "Imported the identity of Min Ister (TEST), Minister" in said, said
    first = identity_folder() / "from-security-office.p12"
    assert first.read_bytes() == source.read_bytes() and owner_only(first)
    assert source.exists()  # the original stays where it was
    assert window.context.profile.identity == str(first)

    said = importing(source)  # again: a file of its own, the first one untouched
    second = identity_folder() / "from-security-office-2.p12"
    assert str(second) in said
    assert second.read_bytes() == first.read_bytes()


def test_a_key_on_a_token_is_chosen_once_as_the_default_identity(qtbot, window):
    from reports.tokens import TokenKey

    key = TokenKey("pkcs11:token=Minister%20card;object=min;id=%02", "Minister card", "min",
                   "Min Ister (TEST)")
    dialog = IdentitiesDialog(window.context, window, token_keys=(key,))
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.token_key.isVisible()
    dialog.use_key.click()
    assert window.context.profile.identity == key.uri == load_profile().identity
    assert "Min Ister (TEST) — token Minister card" in dialog.status.text()
    signing = SigningDialog(window, token_keys=(key,),
                            default_identity=window.context.profile.identity)
    qtbot.addWidget(signing)
    assert signing.drafter.token_key.currentData() == key.uri
