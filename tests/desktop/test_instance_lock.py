"""One window per database whatever URL names it: the lock is keyed on the SQLite file's real
path, not on the URL's spelling (a relative path, a symlinked folder, percent escapes)."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.instance import AlreadyOpen, InstanceLock, lock_key


def test_one_sqlite_file_named_in_several_ways_is_locked_once(tmp_path: Path, monkeypatch) -> None:
    folder = tmp_path / "record folder"
    folder.mkdir()
    (tmp_path / "alias").symlink_to(folder)
    monkeypatch.chdir(tmp_path)
    spellings = [
        f"sqlite:///{folder}/concert.db",
        f"sqlite:///{str(folder).replace(' ', '%20')}/concert.db",
        "sqlite:///record folder/concert.db",
        f"sqlite:///{tmp_path}/alias/concert.db",
        f"sqlite:///{folder}/../record folder/concert.db",
    ]
    first = InstanceLock(tmp_path / "locks", spellings[0])
    first.acquire()
    try:
        for url in spellings[1:]:
            with pytest.raises(AlreadyOpen):
                InstanceLock(tmp_path / "locks", url).acquire()
    finally:
        first.release()


def test_other_files_and_other_servers_have_their_own_lock(tmp_path: Path) -> None:
    keys = {
        lock_key(f"sqlite:///{tmp_path}/a.db"),
        lock_key(f"sqlite:///{tmp_path}/b.db"),
        lock_key("postgresql+psycopg://desk@db1/concert"),
        lock_key("postgresql+psycopg://desk@db2/concert"),
    }
    assert len(keys) == 4
    other = InstanceLock(tmp_path / "locks", f"sqlite:///{tmp_path}/b.db")
    first = InstanceLock(tmp_path / "locks", f"sqlite:///{tmp_path}/a.db")
    first.acquire()
    try:
        other.acquire()
        other.release()
    finally:
        first.release()
