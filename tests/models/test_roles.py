"""Least privilege on a real PostgreSQL server: each rule is tried by connecting AS the role.

A ministry's record is set up as docs/deployment.md says: an owner role (LOGIN CREATEROLE, not
a superuser) owns the database and migrates it, runs `roles init`, and grants five officials one
group each. Every official then connects as its own login (the test server trusts local logins)
and tries what it may and may not do.
"""

from __future__ import annotations

import os
import threading
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
import sqlalchemy as sa
from sqlalchemy.engine import make_url

from main import main
from models.audit_check import verify_chain
from models.db import PG_WRITE_LOCK_KEY, Database
from models.errors import MissingRight, NoWriteRight
from models.opening import open_record
from models.roles import KINDS, grant_official, init_roles
from models.tables import AuditEntry
from models.workflow import (
    add_dissent,
    create_assessment,
    decide,
    load_assessment,
    revise,
    save_answer,
    update_details,
)
from tests.models.sample import sample_playbook

pytestmark = pytest.mark.db
PLAYBOOK = sample_playbook()
PG_URL = os.environ.get("CONCERT_TEST_PG_URL")
CLEARANCES = {"drafter": "secret", "reviewer": "SECRET", "minister": "TOP SECRET",
              "auditor": "TOP SECRET", "reader": "RESTRICTED"}  # fmt: skip

# Every table whose rows are the record or its chain: nobody but the owner may UPDATE or
# DELETE them (by grants; the triggers stay as a second wall).
AUDITED = (
    "assessment", "answer", "evidence_item", "member_position", "decision", "dissent",
    "decision_condition", "condition_review", "case_option", "option_answer", "decision_option",
    "audit_entry", "audit_head", "memo", "memo_signature", "trust_root", "playbook_file",
    "registry_revision", "registry_change", "official", "case_note", "routing_step",
    "resolution_date", "outcome", "retrospective",
)  # fmt: skip


@dataclass
class Ministry:
    admin: sa.Engine
    database: str
    owner: str
    logins: dict[str, str]  # kind -> login
    base: sa.URL

    def url_as(self, role: str) -> str:
        return self.base.set(username=role, password=None, database=self.database) \
            .render_as_string(hide_password=False)

    def engine_as(self, kind: str) -> sa.Engine:
        return sa.create_engine(self.url_as(self.logins[kind]))


@pytest.fixture(scope="module")
def ministry() -> Iterator[Ministry]:
    if not PG_URL:
        pytest.skip("roles are PostgreSQL's: set CONCERT_TEST_PG_URL")
    base = make_url(PG_URL).set(drivername="postgresql+psycopg")
    admin = sa.create_engine(base, isolation_level="AUTOCOMMIT")
    run = uuid.uuid4().hex[:8]
    owner, database = f"cd{run}_owner", f"concert_roles_{run}"
    logins = {kind: f"cd{run}_{kind}" for kind in KINDS}
    with admin.connect() as connection:
        connection.exec_driver_sql(f'CREATE ROLE "{owner}" LOGIN CREATEROLE')
        connection.exec_driver_sql(f'CREATE DATABASE "{database}" OWNER "{owner}"')
    place = Ministry(admin, database, owner, logins, base)
    try:
        owner_db = open_record(place.url_as(owner))  # the owner migrates
        try:
            init_roles(owner_db)
            for kind, login in logins.items():
                grant_official(owner_db, login, kind, name=f"Official {kind}",
                               clearance=CLEARANCES[kind], actor="DBA")
        finally:
            owner_db.close()
        yield place
    finally:
        with admin.connect() as connection:
            connection.exec_driver_sql(f'DROP DATABASE IF EXISTS "{database}" WITH (FORCE)')
            for login in (*logins.values(), owner):
                connection.exec_driver_sql(f'DROP ROLE IF EXISTS "{login}"')
        admin.dispose()


@pytest.fixture
def as_role(ministry: Ministry) -> Iterator[dict[str, Database]]:
    """The record opened by each official, as their own login."""
    opened = {kind: open_record(ministry.url_as(login)) for kind, login in ministry.logins.items()}
    yield opened
    for db in opened.values():
        db.close()


def refused_for_privilege(error: BaseException) -> bool:
    """The server refused the act for want of a right (SQLSTATE 42501), or the app said so."""
    if isinstance(error, NoWriteRight | MissingRight):
        return True
    while error is not None:
        if getattr(error, "sqlstate", None) == "42501":
            return True
        error = getattr(error, "orig", None) or error.__cause__  # type: ignore[assignment]
    return False


def new_draft(db: Database, actor: str = "Official drafter") -> str:
    return create_assessment(db, PLAYBOOK, title="Joint interdiction", actor=actor)


def logins_of(db: Database) -> list[str | None]:
    with db.session() as session:
        return list(session.execute(sa.select(AuditEntry.login).order_by(AuditEntry.seq)).scalars())


def test_a_drafter_saves_a_draft_and_the_chain_verifies_with_its_login(
    ministry: Ministry, as_role: dict[str, Database]
) -> None:
    drafter = as_role["drafter"]
    before = len(logins_of(drafter))
    assessment_id = new_draft(drafter)
    version = save_answer(drafter, assessment_id, "gravity", 1, rationale="first look",
                          actor="Official drafter", playbook=PLAYBOOK)  # fmt: skip
    # Replacing an answer removes the old row: done by the owner's function, not by a grant.
    version = save_answer(drafter, assessment_id, "gravity", 2, rationale="Mass atrocities",
                          actor="Official drafter", playbook=PLAYBOOK,
                          expected_row_version=version)  # fmt: skip
    update_details(drafter, assessment_id, title="Joint interdiction, revised",
                   actor="Official drafter", expected_row_version=version)  # fmt: skip
    record = load_assessment(drafter, assessment_id)
    assert record.answers["gravity"].value == 2 and record.title.endswith("revised")
    assert record.row_version == version + 1
    written = logins_of(drafter)[before:]  # the kept playbook, the draft, two answers, details
    assert written == [ministry.logins["drafter"]] * 5
    report = verify_chain(as_role["auditor"])
    assert report.ok, report.problem


def test_nobody_but_the_owner_holds_update_or_delete_on_audited_tables(
    ministry: Ministry,
) -> None:
    engine = sa.create_engine(ministry.url_as(ministry.owner))
    with engine.connect() as connection:
        for kind, login in ministry.logins.items():
            for table in AUDITED:
                for right in ("UPDATE", "DELETE", "TRUNCATE"):
                    held = connection.execute(
                        sa.text(f"SELECT has_table_privilege(:login, '{table}', '{right}')"),
                        {"login": login},
                    ).scalar_one()
                    assert not held, f"{kind} {login} holds {right} on {table}"
    engine.dispose()


@pytest.mark.parametrize("kind", KINDS)
def test_every_role_is_refused_changing_or_deleting_an_audit_entry(
    ministry: Ministry, as_role: dict[str, Database], kind: str
) -> None:
    engine = ministry.engine_as(kind)
    try:
        for statement in ("UPDATE audit_entry SET actor = 'forger' WHERE seq = 1",
                          "DELETE FROM audit_entry WHERE seq = 1",
                          "UPDATE audit_head SET seq = 0",
                          "DELETE FROM answer"):  # fmt: skip
            with pytest.raises(sa.exc.ProgrammingError) as refused, engine.begin() as connection:
                connection.exec_driver_sql(statement)
            assert refused_for_privilege(refused.value), statement
    finally:
        engine.dispose()


def test_a_reader_cannot_save_a_draft(ministry: Ministry, as_role: dict[str, Database]) -> None:
    assessment_id = new_draft(as_role["drafter"])
    reader = as_role["reader"]
    with pytest.raises(NoWriteRight, match=f"login {ministry.logins['reader']} may only read"):
        save_answer(reader, assessment_id, "gravity", 0, actor="Official reader",
                    playbook=PLAYBOOK)  # fmt: skip
    with pytest.raises(NoWriteRight):
        new_draft(reader, "Official reader")
    assert "gravity" not in load_assessment(reader, assessment_id).answers
    # Nor through the owner's functions: it may not call them.
    engine = ministry.engine_as("reader")
    try:
        with pytest.raises(sa.exc.ProgrammingError) as refused, engine.begin() as connection:
            connection.execute(sa.text("SELECT concert_drop_answer(:a, 'gravity')"),
                               {"a": assessment_id})  # fmt: skip
        assert refused_for_privilege(refused.value)
    finally:
        engine.dispose()


def test_a_reader_cannot_hold_the_writers_up(
    ministry: Ministry, as_role: dict[str, Database]
) -> None:
    assessment_id = new_draft(as_role["drafter"])
    engine = ministry.engine_as("reader")
    try:
        with engine.connect() as reader:
            for statement in ("SELECT id FROM write_lock FOR UPDATE", "LOCK TABLE write_lock",
                              "LOCK TABLE audit_entry IN EXCLUSIVE MODE",
                              "SELECT seq FROM audit_head FOR SHARE"):  # fmt: skip
                with pytest.raises(sa.exc.ProgrammingError) as refused:
                    reader.exec_driver_sql(statement)
                assert refused_for_privilege(refused.value), statement
                reader.rollback()
            # What it can still take (the old advisory key, a read of everything) does not
            # stand in the writers' way: a drafter saves while the reader holds them.
            reader.execute(sa.select(sa.func.pg_advisory_xact_lock(PG_WRITE_LOCK_KEY)))
            reader.exec_driver_sql("SELECT count(*) FROM audit_entry, audit_head, assessment")
            saved: list[int] = []
            writer = threading.Thread(target=lambda: saved.append(save_answer(
                as_role["drafter"], assessment_id, "lawful", True, actor="Official drafter",
                playbook=PLAYBOOK)))  # fmt: skip
            writer.start()
            writer.join(timeout=120)  # a hang guard only: a blocked writer never finishes
            assert saved, "the drafter's save waited behind the reader"
            reader.rollback()
    finally:
        engine.dispose()


def test_only_a_minister_decides_and_each_role_does_its_own_part(
    ministry: Ministry, as_role: dict[str, Database]
) -> None:
    drafter, minister, reviewer = as_role["drafter"], as_role["minister"], as_role["reviewer"]
    assessment_id = new_draft(drafter)
    for question, value in (("gravity", 2), ("lawful", True)):
        save_answer(drafter, assessment_id, question, value, actor="Official drafter",
                    playbook=PLAYBOOK)  # fmt: skip
    for kind in ("drafter", "reviewer"):
        with pytest.raises(Exception) as refused:
            decide(as_role[kind], assessment_id, decision="approve", by=f"Official {kind}",
                   playbook=PLAYBOOK)  # fmt: skip
        assert refused_for_privilege(refused.value), kind
    # Nor can a drafter mark the draft decided through the owner's function.
    engine = ministry.engine_as("drafter")
    try:
        with pytest.raises(sa.exc.ProgrammingError) as refused, engine.begin() as connection:
            connection.execute(sa.text(
                "SELECT concert_touch_draft(:a, 1, now(), '{\"status\": \"decided\"}')"),
                {"a": assessment_id})  # fmt: skip
        assert refused_for_privilege(refused.value)
    finally:
        engine.dispose()
    with pytest.raises(Exception) as refused:
        save_answer(reviewer, assessment_id, "gravity", 0, actor="Official reviewer",
                    playbook=PLAYBOOK)  # fmt: skip
    assert refused_for_privilege(refused.value)
    assert load_assessment(minister, assessment_id).status == "draft"

    decide(minister, assessment_id, decision="approve", by="Official minister", playbook=PLAYBOOK)
    add_dissent(reviewer, assessment_id, reviewer="Official reviewer", text="Too early")
    new_id = revise(drafter, assessment_id, actor="Official drafter")
    assert load_assessment(drafter, assessment_id).superseded_by_id == new_id
    with pytest.raises(Exception) as refused:
        add_dissent(drafter, assessment_id, reviewer="Official drafter", text="me too")
    assert refused_for_privilege(refused.value)

    report = verify_chain(as_role["auditor"])
    assert report.ok, report.problem
    with as_role["auditor"].session() as session:
        by_action = dict(session.execute(
            sa.select(AuditEntry.action, AuditEntry.login)
            .where(AuditEntry.entity_id.in_([assessment_id, new_id]))  # type: ignore[attr-defined]
        ).all())  # fmt: skip
    assert by_action["assessment.decide"] == ministry.logins["minister"]
    assert by_action["dissent.add"] == ministry.logins["reviewer"]
    assert by_action["assessment.revise"] == ministry.logins["drafter"]


def test_the_login_is_the_servers_not_the_clients(ministry: Ministry) -> None:
    """A drafter that writes its entry by hand and names the minister as the login gets its
    own login recorded (rolled back afterwards: the record is shared by this module's tests)."""
    engine = ministry.engine_as("drafter")
    try:
        with engine.connect() as connection:
            connection.exec_driver_sql("SELECT id FROM write_lock FOR UPDATE")
            head_seq, head_hash = connection.execute(
                sa.text("SELECT seq, entry_hash FROM audit_head")).one()  # fmt: skip
            connection.execute(sa.text(
                "INSERT INTO audit_entry (seq, at, actor, action, entity_type, entity_id, "
                "payload, prev_hash, entry_hash, login) VALUES (:seq, now(), 'Official minister', "
                "'note.add', 'note', 'x', '{}', :prev, :hash, :login)"),
                {"seq": head_seq + 1, "prev": head_hash, "hash": "e" * 64,
                 "login": ministry.logins["minister"]})  # fmt: skip
            written = connection.execute(sa.text(
                "SELECT login FROM audit_entry WHERE seq = :s"), {"s": head_seq + 1}).scalar_one()
            assert written == ministry.logins["drafter"]
            # The head advanced with it, by the owner's trigger (the drafter holds no UPDATE).
            assert connection.execute(sa.text("SELECT seq FROM audit_head")).scalar_one() == (
                head_seq + 1)
            connection.rollback()
    finally:
        engine.dispose()


def test_admin_commands_run_by_the_owner_only(
    ministry: Ministry, capsys: pytest.CaptureFixture[str]
) -> None:
    newcomer = f"{ministry.owner.removesuffix('_owner')}_newcomer"
    try:
        assert main(["--db", ministry.url_as(ministry.logins["minister"]), "admin", "grant",
                     newcomer, "--role", "drafter"]) == 2  # fmt: skip
        err = capsys.readouterr().err.strip()
        assert len(err.splitlines()) == 1
        assert f"owner of the record's tables ({ministry.owner})" in err
        assert main(["--db", ministry.url_as(ministry.owner), "admin", "grant", "Bad Name!",
                     "--role", "drafter"]) == 2  # fmt: skip
        assert "login 'Bad Name!'" in capsys.readouterr().err
        assert main(["--db", ministry.url_as(ministry.owner), "admin", "grant", newcomer,
                     "--role", "reader", "--name", "New Comer", "--by", "DBA"]) == 0  # fmt: skip
        assert f"{newcomer} is now a reader" in capsys.readouterr().out
        assert main(["--db", ministry.url_as(ministry.owner), "admin", "roles", "init"]) == 0
        assert "concert_reader" in capsys.readouterr().out
        # The SQL it runs, for the administrator to read first: no UPDATE or DELETE granted
        # but on the derived tables (search rows, the registry's current rows).
        assert main(["--db", ministry.url_as(ministry.logins["reader"]), "admin", "roles",
                     "init", "--show"]) == 0  # fmt: skip
        shown = capsys.readouterr().out.splitlines()
        assert "GRANT INSERT ON audit_entry TO concert_drafter;" in shown
        updates = {line for line in shown if line.startswith("GRANT") and
                   ("UPDATE" in line or "DELETE" in line)}  # fmt: skip
        assert not any("DELETE" in line for line in updates)
        assert {line.split(" ON ")[1].split(" TO ")[0] for line in updates} == {
            "write_lock", "assessment_search, assessment_search_text", "member_state"}
        # A second grant changes the role: one group of ours at a time.
        assert main(["--db", ministry.url_as(ministry.owner), "admin", "grant", newcomer,
                     "--role", "drafter", "--by", "DBA"]) == 0  # fmt: skip
        with ministry.admin.connect() as connection:
            groups = set(connection.execute(sa.text(
                "SELECT g.rolname FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid "
                "JOIN pg_roles u ON u.oid = m.member WHERE u.rolname = :n"), {"n": newcomer}
            ).scalars())  # fmt: skip
        assert groups == {"concert_drafter"}
    finally:
        with ministry.admin.connect() as connection:
            connection.exec_driver_sql(f'DROP ROLE IF EXISTS "{newcomer}"')


def test_roles_on_sqlite_say_it_is_single_user(
    tmp_path: object, capsys: pytest.CaptureFixture[str]
) -> None:
    url = f"sqlite:///{tmp_path}/record.db"
    assert main(["--db", url, "admin", "roles", "init"]) == 2
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and "SQLite, which is single-user" in err
    assert main(["--db", url, "admin", "grant", "anna", "--role", "drafter"]) == 2
    assert "single-user" in capsys.readouterr().err



def test_audit_verify_and_history_show_the_login_and_a_profile_that_disagrees(
    ministry: Ministry, as_role: dict[str, Database], capsys: pytest.CaptureFixture[str]
) -> None:
    from desktop.history.detail import acted_html
    from models.location import user_data_dir
    from models.logins import acted_on_record
    from models.profile import Profile, write_profile

    drafter_login = ministry.logins["drafter"]
    assessment_id = new_draft(as_role["drafter"])
    url = ministry.url_as(drafter_login)
    write_profile(user_data_dir(), Profile(name="Official drafter", role="Desk officer"))
    assert main(["--db", url, "audit", "verify"]) == 0
    out, err = capsys.readouterr()
    assert f"connected as login {drafter_login} (Official drafter, drafter)" in out
    assert f"{drafter_login} " in out.split("entries by database login:")[1]
    assert "warning" not in err

    write_profile(user_data_dir(), Profile(name="Somebody Else"))
    assert main(["--db", url, "audit", "verify"]) == 0
    out, err = capsys.readouterr()
    assert (f"your profile names Somebody Else, but the database login {drafter_login} is "
            "registered as Official drafter") in err  # fmt: skip

    html = acted_html(acted_on_record(as_role["reader"], load_assessment(as_role["reader"],
                                                                        assessment_id)))
    assert "assessment.create" in html and f"login <b>{drafter_login}</b>" in html


def test_history_shows_no_logins_on_sqlite(database: Database) -> None:
    from desktop.history.detail import acted_html
    from models.logins import acted_on_record, login_status

    if database.dialect != "sqlite":
        pytest.skip("SQLite's single-user record")
    assessment_id = new_draft(database)
    assert acted_html(acted_on_record(database, load_assessment(database, assessment_id))) == ""
    assert str(login_status(database, "Anyone")) == "single-user (SQLite)"


def test_clearance_hides_assessments_classified_above_it(
    ministry: Ministry, as_role: dict[str, Database]
) -> None:
    from models.errors import NotFound
    from models.first_page import read_first_page
    from models.search import search_assessments

    drafter, minister, reader = as_role["drafter"], as_role["minister"], as_role["reader"]
    open_id = create_assessment(drafter, PLAYBOOK, title="Quokka open evacuation",
                                classification="RESTRICTED", actor="Official drafter")
    secret_id = create_assessment(drafter, PLAYBOOK, title="Quokka covert interdiction",
                                  classification="Secret", actor="Official drafter")
    for question, value in (("gravity", 2), ("lawful", True)):
        save_answer(drafter, secret_id, question, value, actor="Official drafter",
                    playbook=PLAYBOOK)  # fmt: skip
    decide(minister, secret_id, decision="approve", by="Official minister", playbook=PLAYBOOK)
    add_dissent(as_role["reviewer"], secret_id, reviewer="Official reviewer", text="Thin")

    def found(db: Database) -> set[str]:
        page = search_assessments(db, "quokka")
        return {row.id for row in page.rows}

    assert found(minister) == {open_id, secret_id}
    assert found(reader) == {open_id}
    assert search_assessments(reader, "quokka").total == 1
    assert secret_id not in {row.id for row in search_assessments(reader, limit=500).rows}
    # The desktop's first page, read before the record is open, as the reader.
    first = read_first_page(ministry.url_as(ministry.logins["reader"]), limit=500,
                            count_limit=1000)  # fmt: skip
    assert first is not None and open_id in {row.id for row in first.rows}
    assert secret_id not in {row.id for row in first.rows}
    with pytest.raises(NotFound):
        load_assessment(reader, secret_id)
    # Every table that belongs to the record hides its rows too, read directly.
    engine = ministry.engine_as("reader")
    try:
        with engine.connect() as connection:
            for table, column in (("answer", "assessment_id"), ("decision", "assessment_id"),
                                  ("assessment_search", "assessment_id"),
                                  ("assessment_search_text", "assessment_id")):  # fmt: skip
                count = connection.execute(sa.text(
                    f"SELECT count(*) FROM {table} WHERE {column} = :a"), {"a": secret_id}
                ).scalar_one()  # fmt: skip
                assert count == 0, table
            dissents = connection.execute(sa.text("SELECT text FROM dissent")).scalars().all()
            assert "Thin" not in dissents
            evidence_rows = connection.execute(sa.text(
                "SELECT count(*) FROM answer WHERE assessment_id = :a"), {"a": open_id}
            ).scalar_one()  # fmt: skip
            assert evidence_rows == 0  # the open draft has no answers yet; it is visible:
            assert connection.execute(sa.text(
                "SELECT title FROM assessment WHERE id = :a"), {"a": open_id}
            ).scalar_one() == "Quokka open evacuation"  # fmt: skip
    finally:
        engine.dispose()
    # Nobody writes above their clearance: a RESTRICTED-cleared drafter cannot store SECRET.
    with pytest.raises(Exception) as refused:  # the policy's WITH CHECK
        create_assessment(drafter, PLAYBOOK, title="Above me", classification="TOP SECRET",
                          actor="Official drafter")  # fmt: skip
    assert "row-level security" in str(refused.value)
    # An auditor cleared to the top sees everything, and the chain verifies.
    report = verify_chain(as_role["auditor"])
    assert report.ok, report.problem


def test_a_minister_issues_a_signed_memo_and_the_archive_verifies(
    ministry: Ministry, as_role: dict[str, Database], tmp_path: Path
) -> None:
    from models.workflow import add_trust_root
    from reports.archive import verify_archive
    from reports.identity import create_test_identity, load_or_create_test_ca
    from reports.issue import issue_memo, unlock

    authority = load_or_create_test_ca(tmp_path / "ca")
    signers = []
    for name, role in (("Ana Drafter", "Drafting official"), ("Mina Minister", "Minister")):
        path = tmp_path / f"{name.split()[0].lower()}.p12"
        path.write_bytes(create_test_identity(name, b"pass phrase", role=role,
                                              authority=authority))  # fmt: skip
        signers.append(unlock(path, b"pass phrase"))
    drafter, minister = as_role["drafter"], as_role["minister"]
    with pytest.raises(Exception) as refused:  # trust roots are the minister's (or owner's)
        add_trust_root(drafter, authority.certificate_path.read_bytes(), "Official drafter")
    assert refused_for_privilege(refused.value)
    add_trust_root(minister, authority.certificate_path.read_bytes(), "Official minister")
    assessment_id = new_draft(drafter)
    for question, value in (("gravity", 2), ("lawful", True)):
        save_answer(drafter, assessment_id, question, value, actor="Official drafter",
                    playbook=PLAYBOOK)  # fmt: skip
    decide(minister, assessment_id, decision="approve", by="Mina Minister", playbook=PLAYBOOK)
    memo = issue_memo(minister, assessment_id, PLAYBOOK, actor="Official minister",
                      identities=signers)  # fmt: skip
    assert memo.memo.stage == "countersigned"
    assert logins_of(minister)[-1] == ministry.logins["minister"]
    archive = verify_archive(as_role["auditor"])
    assert archive.ok, archive.problems


def test_the_owners_functions_respect_clearance(
    ministry: Ministry, as_role: dict[str, Database]
) -> None:
    """The functions run as the owner, whom row-level security does not hold: each checks the
    caller's clearance itself, so a drafter cleared to SECRET cannot clear an answer of a TOP
    SECRET draft by knowing its id."""
    from models.errors import NotFound

    owner = open_record(ministry.url_as(ministry.owner))
    try:
        top_id = create_assessment(owner, PLAYBOOK, title="Eyes only",
                                   classification="TOP SECRET", actor="DBA")  # fmt: skip
        save_answer(owner, top_id, "gravity", 2, actor="DBA", playbook=PLAYBOOK)
        drafter = as_role["drafter"]
        with pytest.raises(NotFound):
            save_answer(drafter, top_id, "gravity", 0, actor="Official drafter",
                        playbook=PLAYBOOK)  # fmt: skip
        engine = ministry.engine_as("drafter")
        try:
            for call in ("concert_drop_answer(:a, 'gravity')",
                         "concert_touch_draft(:a, 1, now(), '{}')"):  # fmt: skip
                with (
                    pytest.raises(sa.exc.ProgrammingError) as refused,
                    engine.begin() as connection,
                ):
                    connection.execute(sa.text(f"SELECT {call}"), {"a": top_id})
                assert refused_for_privilege(refused.value), call
                assert "not cleared" in str(refused.value)
        finally:
            engine.dispose()
        assert load_assessment(owner, top_id).answers["gravity"].value == 2
    finally:
        owner.close()


def test_a_marking_not_in_the_levels_ranks_highest_in_search_and_counts(
    ministry: Ministry, as_role: dict[str, Database]
) -> None:
    """The clearance rule as searches meet it (migration 0013 works it out once per statement):
    a marking the administrator never ranked counts as the highest level, so only an official
    cleared to the top finds it, and nobody below sees it in the count or in the page's
    decision and text."""
    from models.search import search_assessments

    owner = open_record(ministry.url_as(ministry.owner))
    try:
        odd_id = create_assessment(owner, PLAYBOOK, title="Wombat compartmented relief",
                                   classification=" eyes only ", actor="DBA")  # fmt: skip
        top_id = create_assessment(owner, PLAYBOOK, title="Wombat top relief",
                                   classification="top secret", actor="DBA")  # fmt: skip
        low_id = create_assessment(owner, PLAYBOOK, title="Wombat open relief",
                                   classification="Unclassified", actor="DBA")  # fmt: skip
    finally:
        owner.close()
    expected = {"minister": {odd_id, top_id, low_id}, "auditor": {odd_id, top_id, low_id},
                "drafter": {low_id}, "reviewer": {low_id}, "reader": {low_id}}  # fmt: skip
    for kind, wanted in expected.items():
        page = search_assessments(as_role[kind], "wombat", count_limit=1000)
        assert {row.id for row in page.rows} == wanted, kind
        assert (page.total, page.total_exact) == (len(wanted), True), kind
        assert all(row.snippet.startswith("Wombat") for row in page.rows), kind


def test_outcomes_each_role_its_part(ministry: Ministry, as_role: dict[str, Database]) -> None:
    """Issue 16: a drafter sets resolution dates on the draft; reviewers and ministers record
    outcomes and retrospectives; nobody else does either."""
    from datetime import date

    from models.outcomes import record_outcome, record_retrospective, set_resolution_date
    from tests.models.test_what_if_record import PLAYBOOK as USE_OF_FORCE
    from tests.models.test_what_if_record import stored_case

    drafter, reviewer, minister = as_role["drafter"], as_role["reviewer"], as_role["minister"]
    assessment_id, _ = stored_case(drafter)
    set_resolution_date(drafter, assessment_id, "civilian_harm", date(2027, 1, 1),
                        actor="Official drafter", playbook=USE_OF_FORCE)
    with pytest.raises(Exception) as refused:
        set_resolution_date(reviewer, assessment_id, None, date(2027, 1, 1),
                            actor="Official reviewer", playbook=USE_OF_FORCE)
    assert refused_for_privilege(refused.value)
    decide(minister, assessment_id, decision="defer", by="Official minister",
           playbook=USE_OF_FORCE)
    with pytest.raises(Exception) as refused:
        record_outcome(drafter, assessment_id, "civilian_harm", "occurred", note="Seen.",
                       actor="Official drafter", playbook=USE_OF_FORCE)
    assert refused_for_privilege(refused.value)
    record_outcome(reviewer, assessment_id, "civilian_harm", "occurred", note="Seen.",
                   actor="Official reviewer", playbook=USE_OF_FORCE)
    record_retrospective(minister, assessment_id, wrong="Too slow.", again="Ask early.",
                         actor="Official minister")
    report = verify_chain(as_role["auditor"])
    assert report.ok, report.problem
