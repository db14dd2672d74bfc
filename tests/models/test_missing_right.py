"""An official's login refused a write: a reader saving an answer (NoWriteRight, at the
writers' lock, before any write) and a drafter adding a trust root (MissingRight, naming the
role, the right and the table). Neither message nor traceback quotes the statement or the
case's text (the driver's error, which does, is not kept as its cause). PostgreSQL only:
SQLite has no roles."""

from __future__ import annotations

import re
import traceback
from pathlib import Path

import pytest

from models.errors import MissingRight, NoWriteRight
from models.opening import open_record
from models.workflow import (
    add_trust_root,
    create_assessment,
    list_trust_roots,
    load_assessment,
    save_answer,
)
from reports.identity import load_or_create_test_ca
from tests.models.sample import sample_playbook
from tests.sessions import official_login

PLAYBOOK = sample_playbook()
CASE_TEXT = "Quiet Harbour 7731"


def _quotes_nothing(error: BaseException) -> None:
    told = "".join(traceback.format_exception(error))
    assert CASE_TEXT not in told
    assert not re.search(r"\b(INSERT INTO|UPDATE \w+ SET|DELETE FROM)\b", told), told


def test_a_reader_saving_is_told_it_may_only_read_and_nothing_is_quoted(
        database_url: str) -> None:
    if database_url.startswith("sqlite"):
        pytest.skip("SQLite has no roles (single user)")
    owner = open_record(database_url)
    try:
        draft = create_assessment(owner, PLAYBOOK, title="Draft", actor="analyst")
    finally:
        owner.close()
    with official_login(database_url, "reader") as (role, url):
        reader = open_record(url)
        try:
            with pytest.raises(NoWriteRight) as raised:
                save_answer(reader, draft, "summary", CASE_TEXT, rationale=CASE_TEXT,
                            actor="analyst", playbook=PLAYBOOK)
            assert load_assessment(reader, draft).answers.get("summary") is None
        finally:
            reader.close()
    assert str(raised.value) == (f"the database login {role} may only read this record: "
                                 "writing needs the drafter, reviewer or minister role "
                                 "(main.py admin grant)")
    _quotes_nothing(raised.value)


def test_a_drafter_adding_a_trust_root_is_told_the_right_and_table(
        database_url: str, tmp_path: Path) -> None:
    """Trust roots are the minister's (models.roles): a drafter's INSERT is refused by grant."""
    if database_url.startswith("sqlite"):
        pytest.skip("SQLite has no roles (single user)")
    authority = load_or_create_test_ca(tmp_path / "ca")
    with official_login(database_url, "drafter") as (role, url):
        drafter = open_record(url)
        try:
            with pytest.raises(MissingRight) as raised:
                add_trust_root(drafter, authority.certificate_path.read_bytes(), CASE_TEXT)
            assert list_trust_roots(drafter) == []
        finally:
            drafter.close()
    assert str(raised.value) == (f"your database role {role} lacks INSERT on table trust_root; "
                                 "ask the database administrator (nothing was saved)")
    _quotes_nothing(raised.value)
