"""What an export may write over (models.files): never the open record, an identity or a
device; another existing file only when the user said so; always whole, owner-only."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from models.db import database_files
from models.files import OverwriteRefused, write_atomically
from models.location import private_folder


def test_an_existing_file_is_kept_unless_overwrite_is_asked(tmp_path: Path) -> None:
    target = tmp_path / "case.yaml"
    target.write_text("someone's notes")
    with pytest.raises(OverwriteRefused, match="give --force"):
        write_atomically(target, b"new", overwrite=False)
    assert target.read_text() == "someone's notes"
    write_atomically(target, b"new", overwrite=True)
    assert target.read_bytes() == b"new"
    assert stat.S_IMODE(target.stat().st_mode) == 0o600


def test_the_open_record_and_its_side_files_are_never_written_over(tmp_path: Path) -> None:
    record = tmp_path / "concert.db"
    protected = database_files(f"sqlite:///{record}")
    assert [p.name for p in protected] == ["concert.db", "concert.db-wal", "concert.db-shm",
                                           "concert.db-journal"]
    for path in protected:  # existing or not yet: the WAL appears with the first write
        with pytest.raises(OverwriteRefused, match="open record database"):
            write_atomically(path, b"x", overwrite=True, protected=protected)
        assert not path.exists()
    link = tmp_path / "innocent.yaml"
    record.write_bytes(b"SQLite format 3\0")
    link.symlink_to(record)
    with pytest.raises(OverwriteRefused, match="open record database"):
        write_atomically(link, b"x", overwrite=True, protected=protected)
    assert record.read_bytes() == b"SQLite format 3\0"


def test_an_identity_is_never_written_over_even_with_force(tmp_path: Path) -> None:
    from reports.identity import create_test_identity

    pkcs12 = create_test_identity("Ana", b"secret pass")
    for name in ("drafter.p12", "backup-of-my-key.bin"):
        path = tmp_path / name
        path.write_bytes(pkcs12)
        with pytest.raises(OverwriteRefused, match="signing identity"):
            write_atomically(path, b"x", overwrite=True)
        assert path.read_bytes() == pkcs12


def test_a_pipe_is_never_replaced(tmp_path: Path) -> None:
    pipe = tmp_path / "pipe"
    os.mkfifo(pipe)
    with pytest.raises(OverwriteRefused, match="not a regular file"):
        write_atomically(pipe, b"x", overwrite=True)
    assert stat.S_ISFIFO(pipe.stat().st_mode)


def test_a_private_folder_is_owner_only_even_when_it_existed_wider(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    folder.mkdir(mode=0o755)
    folder.chmod(0o755)
    assert stat.S_IMODE(private_folder(folder).stat().st_mode) == 0o700
    assert stat.S_IMODE(private_folder(tmp_path / "new" / "one").stat().st_mode) == 0o700


def test_a_new_sqlite_record_and_its_wal_are_owner_only(tmp_path: Path) -> None:
    from models.opening import open_record

    db = open_record(f"sqlite:///{tmp_path / 'fresh.db'}")
    try:
        for path in database_files(f"sqlite:///{tmp_path / 'fresh.db'}")[:2]:
            assert path.exists() and stat.S_IMODE(path.stat().st_mode) == 0o600, path
    finally:
        db.close()


def test_the_test_ca_key_is_encrypted_and_an_old_plain_one_gets_encrypted(
    tmp_path: Path,
) -> None:
    from cryptography.hazmat.primitives import serialization

    from reports.identity import IdentityError, load_or_create_test_ca

    authority = load_or_create_test_ca(tmp_path / "ca", passphrase=b"ca pass")
    key_file = tmp_path / "ca" / "test-ca-key.pem"
    assert b"ENCRYPTED PRIVATE KEY" in key_file.read_bytes()
    assert stat.S_IMODE((tmp_path / "ca").stat().st_mode) == 0o700
    with pytest.raises(IdentityError, match="wrong passphrase for the test CA"):
        load_or_create_test_ca(tmp_path / "ca", passphrase=b"not it")
    key_file.write_bytes(authority.key.private_bytes(  # as an earlier version left it
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption()))
    again = load_or_create_test_ca(tmp_path / "ca", passphrase=b"ca pass")
    assert again.key.private_numbers() == authority.key.private_numbers()
    assert b"ENCRYPTED PRIVATE KEY" in key_file.read_bytes()
