"""A login role without write rights saving a draft's answer: MissingRight, one line naming
the role, the right and the table; neither the message nor the error's traceback quotes the
statement or the case's text (the driver's error, which does, is not kept as its cause).
PostgreSQL only: SQLite has no roles."""

from __future__ import annotations

import re
import traceback

import pytest

from models.errors import MissingRight
from models.opening import open_record
from models.workflow import create_assessment, load_assessment, save_answer
from tests.models.sample import sample_playbook
from tests.sessions import login_role

PLAYBOOK = sample_playbook()
CASE_TEXT = "Quiet Harbour 7731"


def test_saving_without_the_right_names_it_and_quotes_nothing(database_url: str) -> None:
    if database_url.startswith("sqlite"):
        pytest.skip("SQLite has no roles (single user)")
    owner = open_record(database_url)
    try:
        draft = create_assessment(owner, PLAYBOOK, title="Draft", actor="analyst")
    finally:
        owner.close()
    with login_role(database_url, "SELECT ON ALL TABLES IN SCHEMA public") as (role, url):
        reader = open_record(url)
        try:
            with pytest.raises(MissingRight) as raised:
                save_answer(reader, draft, "summary", CASE_TEXT, rationale=CASE_TEXT,
                            actor="analyst", playbook=PLAYBOOK)
            assert load_assessment(reader, draft).answers.get("summary") is None
        finally:
            reader.close()
    message = str(raised.value)
    assert re.fullmatch(rf"your database role {role} lacks (INSERT|UPDATE|DELETE) on table "
                        r"\w+; ask the database administrator \(nothing was saved\)", message)
    told = "".join(traceback.format_exception(raised.value))
    assert CASE_TEXT not in told
    assert not re.search(r"\b(INSERT INTO|UPDATE \w+ SET|DELETE FROM)\b", told), told
