"""A ministry database over TLS (issue 18 item 6): the record opens, works and verifies over a
connection with `sslmode=verify-full` and a client certificate, against a real PostgreSQL
server started here with a test certificate authority; a server or client certificate from
another authority is refused in one line naming the cause, with nothing written.

The server is this machine's PostgreSQL (the binaries .ci/install brings), run in a folder of
its own for this module; the URL carries only file paths (libpq's sslrootcert, sslcert,
sslkey), never a secret."""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from models.audit_check import verify_chain
from models.errors import DatabaseUnavailable
from models.opening import open_record
from models.workflow import create_assessment
from playbooks.loader import PlaybookCatalog
from tests.pg_server import PG_BIN, needs_pg_binaries
from tests.pg_server import as_postgres as _as_postgres
from tests.pg_server import free_port as _free_port

ROLE = "concert_tls"  # the client certificate's common name: PostgreSQL's cert login

pytestmark = needs_pg_binaries


@dataclass(frozen=True)
class Authority:
    key: ec.EllipticCurvePrivateKey
    certificate: x509.Certificate


def _name(common_name: str) -> x509.Name:
    return x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, common_name)])


def _authority(common_name: str) -> Authority:
    key = ec.generate_private_key(ec.SECP256R1())
    now = datetime.now(UTC)
    certificate = (
        x509.CertificateBuilder().subject_name(_name(common_name)).issuer_name(_name(common_name))
        .public_key(key.public_key()).serial_number(x509.random_serial_number())
        .not_valid_before(now - timedelta(minutes=5)).not_valid_after(now + timedelta(days=1))
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .add_extension(x509.KeyUsage(
            digital_signature=True, key_cert_sign=True, crl_sign=True, content_commitment=False,
            key_encipherment=False, data_encipherment=False, key_agreement=False,
            encipher_only=False, decipher_only=False), critical=True)
        .sign(key, hashes.SHA256())
    )
    return Authority(key, certificate)


def _issue(authority: Authority, common_name: str, folder: Path, stem: str, *,
           server: bool) -> tuple[Path, Path]:
    key = ec.generate_private_key(ec.SECP256R1())
    now = datetime.now(UTC)
    builder = (
        x509.CertificateBuilder().subject_name(_name(common_name))
        .issuer_name(authority.certificate.subject).public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - timedelta(minutes=5)).not_valid_after(now + timedelta(days=1))
    )
    if server:
        # Named `localhost` only: a URL naming the server by its address must be refused.
        builder = builder.add_extension(x509.SubjectAlternativeName(
            [x509.DNSName("localhost")]), critical=False)
    certificate = builder.sign(authority.key, hashes.SHA256())
    cert_path, key_path = folder / f"{stem}.crt", folder / f"{stem}.key"
    cert_path.write_bytes(certificate.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(key.private_bytes(serialization.Encoding.PEM,
                                           serialization.PrivateFormat.PKCS8,
                                           serialization.NoEncryption()))
    key_path.chmod(0o600)  # libpq and the server refuse a key others can read
    return cert_path, key_path


def _pem(authority: Authority, path: Path) -> Path:
    path.write_bytes(authority.certificate.public_bytes(serialization.Encoding.PEM))
    return path


@dataclass(frozen=True)
class TlsServer:
    port: int
    client: Path  # the client's files: root.crt, client.crt, client.key, other-*.{crt,key}

    def url(self, *, root: str = "root.crt", cert: str = "client.crt",
            key: str = "client.key", host: str = "localhost") -> str:
        return (f"postgresql+psycopg://{ROLE}@{host}:{self.port}/concert?sslmode=verify-full"
                f"&sslrootcert={self.client / root}&sslcert={self.client / cert}"
                f"&sslkey={self.client / key}")


@pytest.fixture(scope="module")
def tls_server() -> Iterator[TlsServer]:
    assert PG_BIN is not None
    server_dir = Path(tempfile.mkdtemp(prefix="concert-tls-server-"))
    client_dir = Path(tempfile.mkdtemp(prefix="concert-tls-client-"))
    try:
        authority, stranger = _authority("Concert test CA"), _authority("Another CA")
        _issue(authority, "localhost", server_dir, "server", server=True)
        _pem(authority, server_dir / "root.crt")
        _pem(authority, client_dir / "root.crt")
        _pem(stranger, client_dir / "other-root.crt")
        _issue(authority, ROLE, client_dir, "client", server=False)
        _issue(stranger, ROLE, client_dir, "other-client", server=False)
        if os.geteuid() == 0:
            shutil.chown(server_dir, "postgres")
            for path in server_dir.iterdir():
                shutil.chown(path, "postgres")
        data = server_dir / "data"
        _as_postgres(str(PG_BIN / "initdb"), "-D", str(data), "-A", "trust", "-U", "postgres")
        (data / "pg_hba.conf").write_text(
            "local all all trust\n"
            "hostssl all all 127.0.0.1/32 cert clientcert=verify-full\n"
            "hostssl all all ::1/128 cert clientcert=verify-full\n", encoding="utf-8")
        port = _free_port()
        options = (f"-p {port} -k {server_dir} -c listen_addresses=localhost -c ssl=on "
                   f"-c ssl_cert_file={server_dir / 'server.crt'} "
                   f"-c ssl_key_file={server_dir / 'server.key'} "
                   f"-c ssl_ca_file={server_dir / 'root.crt'}")
        _as_postgres(str(PG_BIN / "pg_ctl"), "-D", str(data), "-o", options,
                     "-l", str(server_dir / "server.log"), "-w", "start")
        try:
            for sql in (f"CREATE ROLE {ROLE} LOGIN", f"CREATE DATABASE concert OWNER {ROLE}"):
                _as_postgres(str(PG_BIN / "psql"), "-h", str(server_dir), "-p", str(port),
                             "-U", "postgres", "-d", "postgres", "-c", sql)
            yield TlsServer(port, client_dir)
        finally:
            _as_postgres(str(PG_BIN / "pg_ctl"), "-D", str(data), "-m", "fast", "stop")
    finally:
        shutil.rmtree(server_dir, ignore_errors=True)
        shutil.rmtree(client_dir, ignore_errors=True)


def test_the_record_opens_and_verifies_over_verify_full_tls_with_a_client_certificate(
    tls_server: TlsServer,
) -> None:
    db = open_record(tls_server.url())
    try:
        with db.engine.connect() as connection:
            in_use = connection.exec_driver_sql(
                "SELECT ssl, version FROM pg_stat_ssl WHERE pid = pg_backend_pid()").one()
            login = connection.exec_driver_sql("SELECT session_user").scalar_one()
        assert in_use[0] is True and str(in_use[1]).startswith("TLS")
        assert login == ROLE  # logged in by its certificate: no password anywhere
        catalog = PlaybookCatalog.load(None)
        create_assessment(db, catalog.get("sanctions"), title="Over TLS", actor="official")
        assert verify_chain(db).ok
        assert "client.key" not in db.display_name and "sslkey" not in db.display_name
    finally:
        db.close()


@pytest.mark.parametrize(
    ("files", "cause"),
    [
        ({"root": "other-root.crt"}, "is not from the authority in sslrootcert"),
        ({"cert": "other-client.crt", "key": "other-client.key"},
         "the server does not trust the client certificate (sslcert)"),
        ({"host": "127.0.0.1"}, "for another host name than the url's"),
    ],
    ids=["server-from-another-authority", "client-from-another-authority", "another-host-name"],
)
def test_a_certificate_the_other_side_does_not_trust_is_refused_in_one_line(
    tls_server: TlsServer, files: dict[str, str], cause: str
) -> None:
    with pytest.raises(DatabaseUnavailable) as refused:
        open_record(tls_server.url(**files))
    message = str(refused.value)
    assert "\n" not in message, repr(message)
    assert cause in message.lower()
    assert "SELECT" not in message and "BEGIN" not in message  # the cause, no statement
