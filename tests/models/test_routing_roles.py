"""Routing by role on a real PostgreSQL server (issue 18 item 4): each official connects as its
own login and tries the routing acts. The program says a wrong role's act in one line before
writing; the server refuses the same row whatever the program does (the row-level security
policy routed_by_role, migrations/ddl_0010), which the tests prove by switching the program's
check off and by inserting the row with plain SQL as that login."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import ExitStack

import pytest
import sqlalchemy as sa

from models import routing
from models.audit_check import verify_chain
from models.db import Database
from models.errors import MissingRight, NoWriteRight
from models.opening import open_record
from models.routing import route, stage_of, steps_of
from models.workflow import create_assessment
from tests.models.sample import sample_playbook
from tests.sessions import official_login

PLAYBOOK = sample_playbook()
KINDS = ("drafter", "reviewer", "minister", "reader")


@pytest.fixture
def officials(database_url: str) -> Iterator[dict[str, tuple[str, Database]]]:
    """kind -> (login, the record opened as that login)."""
    if not database_url.startswith("postgresql"):
        pytest.skip("roles are PostgreSQL's: set CONCERT_TEST_PG_URL")
    with ExitStack() as stack:
        opened = {}
        for kind in KINDS:
            login, url = stack.enter_context(official_login(database_url, kind))
            db = open_record(url)
            stack.callback(db.close)
            opened[kind] = (login, db)
        yield opened


def insert_step(db: Database, case: str, act: str) -> None:
    """The next routing step, written with plain SQL as db's login (no program check)."""
    with db.engine.begin() as connection:
        position = connection.execute(
            sa.text("SELECT COALESCE(max(position), 0) + 1 FROM routing_step "
                    "WHERE assessment_id = :case"), {"case": case}).scalar_one()
        connection.execute(sa.text(
            "INSERT INTO routing_step (id, assessment_id, position, act, actor, comment, "
            "recorded_at) VALUES (gen_random_uuid()::text, :case, :position, :act, 'x', "
            "'comment', now())"), {"case": case, "position": position, "act": act})


def refused_by_server(error: BaseException) -> bool:
    return getattr(getattr(error, "orig", None), "sqlstate", None) == "42501"


def test_each_role_takes_its_own_acts_and_the_chain_names_their_logins(officials):
    drafter, reviewer, minister = (officials[k][1] for k in ("drafter", "reviewer", "minister"))
    case = create_assessment(drafter, PLAYBOOK, title="Joint interdiction", actor="Drafter")
    route(drafter, case, "submit", actor="Drafter")
    route(reviewer, case, "return", actor="Reviewer", comment="Name the legal basis")
    route(drafter, case, "submit", actor="Drafter")
    route(reviewer, case, "pass", actor="Reviewer")
    route(minister, case, "return", actor="Minister", comment="Weigh a lesser option")
    assert stage_of(minister, case) == "returned"
    assert [s.act for s in steps_of(officials["reader"][1], case)] == [
        "submit", "return", "submit", "pass", "return"]
    with drafter.session() as session:
        logins = session.execute(sa.text(
            "SELECT login FROM audit_entry WHERE action LIKE 'routing.%' ORDER BY seq")).scalars()
        assert list(logins) == [officials[k][0] for k in
                                ("drafter", "reviewer", "drafter", "reviewer", "minister")]
    report = verify_chain(officials["reader"][1])
    assert report.ok, report.problem


def test_a_drafter_cannot_pass_a_case_to_the_minister(officials, monkeypatch):
    login, drafter = officials["drafter"]
    case = create_assessment(drafter, PLAYBOOK, title="Joint interdiction", actor="Drafter")
    route(drafter, case, "submit", actor="Drafter")
    # The program says it in one line, before writing anything.
    with pytest.raises(NoWriteRight) as said:
        route(drafter, case, "pass", actor="Drafter")
    assert str(said.value) == (f"login {login} is a drafter: only a reviewer may pass it to the "
                               "minister at this stage")
    # The server refuses the row itself: with the program's check switched off…
    monkeypatch.setattr(routing, "_check_role", lambda *args: None)
    with pytest.raises(MissingRight, match="row-level security policy routed_by_role refuses"):
        route(drafter, case, "pass", actor="Drafter")
    # …and written with plain SQL as the drafter's login.
    with pytest.raises(sa.exc.ProgrammingError) as refused:
        insert_step(drafter, case, "pass")
    assert refused_by_server(refused.value)
    assert [s.act for s in steps_of(drafter, case)] == ["submit"]
    assert stage_of(drafter, case) == "submitted"


def test_a_reader_cannot_route(officials):
    drafter = officials["drafter"][1]
    login, reader = officials["reader"]
    case = create_assessment(drafter, PLAYBOOK, title="Joint interdiction", actor="Drafter")
    with pytest.raises(NoWriteRight, match=f"login {login} may only read"):
        route(reader, case, "submit", actor="Reader")
    with pytest.raises(sa.exc.ProgrammingError, match="permission denied for table routing_step"):
        insert_step(reader, case, "submit")
    route(drafter, case, "submit", actor="Drafter")
    with pytest.raises(sa.exc.ProgrammingError) as refused:
        insert_step(reader, case, "pass")
    assert refused_by_server(refused.value)
    assert stage_of(reader, case) == "submitted"


@pytest.mark.parametrize(
    ("kind", "before", "act"),
    [
        ("minister", (), "submit"),  # only the drafter submits
        ("reviewer", (), "submit"),
        ("minister", ("submit",), "pass"),  # only a reviewer passes
        ("minister", ("submit",), "return"),  # a submitted case is the reviewer's to return
        ("reviewer", ("submit", "pass"), "return"),  # a passed one is the minister's
        ("drafter", ("submit",), "return"),
    ],
)
def test_the_server_lets_each_role_in_only_with_its_own_act_at_the_stage(
        officials, kind: str, before: tuple[str, ...], act: str):
    by_kind = {k: db for k, (_, db) in officials.items()}
    entitled = {"submit": "drafter", "pass": "reviewer"}
    case = create_assessment(by_kind["drafter"], PLAYBOOK, title="Case", actor="Drafter")
    for done in before:
        route(by_kind[entitled[done]], case, done, actor=entitled[done])
    with pytest.raises(sa.exc.ProgrammingError) as refused:
        insert_step(by_kind[kind], case, act)
    assert refused_by_server(refused.value)
    assert len(steps_of(by_kind["reader"], case)) == len(before)


def test_the_server_refuses_a_step_out_of_order_even_from_the_entitled_role(officials):
    drafter = officials["drafter"][1]
    case = create_assessment(drafter, PLAYBOOK, title="Case", actor="Drafter")
    insert_step(drafter, case, "submit")  # the entitled act, as the server sees it
    with pytest.raises(sa.exc.ProgrammingError) as refused:  # submitting twice
        insert_step(drafter, case, "submit")
    assert refused_by_server(refused.value)


def test_the_steps_of_a_case_above_a_clearance_are_hidden_from_that_login(
        officials, database: Database):
    # The owner's connection (not an official: no clearance applies) makes a SECRET case.
    case = create_assessment(database, PLAYBOOK, title="Case", actor="Drafter",
                             classification="SECRET")
    route(database, case, "submit", actor="Drafter")
    reader = officials["reader"][1]  # cleared to the lowest level
    assert steps_of(reader, case) == [] and routing.queue(reader, "reviewer") == []
    assert [s.act for s in steps_of(database, case)] == ["submit"]
