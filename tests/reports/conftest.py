"""Fixtures for the memo tests: TEST identities from a test CA, a trust store for pdfsig, and
rendered/signed memos built once per session (rendering and key generation take a while)."""

from __future__ import annotations

import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

import pytest

from reports.identity import TestAuthority, create_test_identity, load_or_create_test_ca
from reports.issue import unlock
from reports.render import render_memo
from reports.signing import sign_memo
from tests.reports.samples import multiscript_context

PASSPHRASE = b"correct horse battery staple"
DRAFTER_NAME, MINISTER_NAME = "Ana Łukasiewicz", "דוד בן־גוריון"


@dataclass(frozen=True)
class Identities:
    authority: TestAuthority
    ca_pem: Path
    drafter_p12: Path
    minister_p12: Path
    folder: Path


@pytest.fixture(scope="session")
def identities(tmp_path_factory: pytest.TempPathFactory) -> Identities:
    folder = tmp_path_factory.mktemp("identities")
    authority = load_or_create_test_ca(folder / "ca")
    drafter = folder / "drafter.p12"
    minister = folder / "minister.p12"
    drafter.write_bytes(create_test_identity(DRAFTER_NAME, PASSPHRASE, role="Drafting official",
                                             authority=authority))
    minister.write_bytes(create_test_identity(MINISTER_NAME, PASSPHRASE, role="Minister",
                                              authority=authority))
    return Identities(authority, authority.certificate_path, drafter, minister, folder)


@pytest.fixture(autouse=True)
def record_trusts_the_test_ca(request: pytest.FixtureRequest) -> None:
    """A record these tests sign in trusts the test CA, as an installation's security officer
    would set it up: signing refuses identities that chain to no trust root of the record."""
    if "database" not in request.fixturenames:
        return
    from models.workflow import add_trust_root

    database = request.getfixturevalue("database")
    ca = request.getfixturevalue("identities").ca_pem
    add_trust_root(database, ca.read_bytes(), "security officer")


@pytest.fixture(scope="session")
def unlocked(identities: Identities) -> tuple:
    return unlock(identities.drafter_p12, PASSPHRASE), unlock(identities.minister_p12, PASSPHRASE)


@pytest.fixture(scope="session")
def unsigned_pdf() -> bytes:
    return render_memo(multiscript_context()).pdf


@pytest.fixture(scope="session")
def drafted_pdf(unsigned_pdf: bytes, unlocked: tuple) -> bytes:
    return sign_memo(unsigned_pdf, unlocked[0], "drafting_official")


@pytest.fixture(scope="session")
def countersigned_pdf(drafted_pdf: bytes, unlocked: tuple) -> bytes:
    return sign_memo(drafted_pdf, unlocked[1], "minister")


@pytest.fixture(scope="session")
def nss_dir(identities: Identities, tmp_path_factory: pytest.TempPathFactory) -> str:
    """An NSS database trusting only the test CA (what pdfsig reads with -nssdir)."""
    if shutil.which("certutil") is None:
        pytest.fail("certutil is missing: install the Debian package libnss3-tools")
    folder = tmp_path_factory.mktemp("nss")
    spec = f"sql:{folder}"
    subprocess.run(["certutil", "-N", "-d", spec, "--empty-password"], check=True)
    subprocess.run(["certutil", "-A", "-d", spec, "-n", "concert-test-ca", "-t", "CT,C,C",
                    "-i", str(identities.ca_pem)], check=True)
    return spec


def pdfsig(pdf: Path, nss: str) -> str:
    """pdfsig's report (it exits 0 whatever it finds: the text is what counts)."""
    return subprocess.run(["pdfsig", "-nssdir", nss, str(pdf)], capture_output=True, text=True,
                          check=False).stdout
