"""An official's text search goes through the owner's function concert_cleared_matches
(migration 0014), which matches through the text index and applies the clearance rule itself:
tried on a real PostgreSQL server as each official's own login, against what row-level security
lets that login read directly.
"""

from __future__ import annotations

from datetime import datetime

import pytest
import sqlalchemy as sa

from models.db import Database
from models.errors import MissingRight
from models.opening import open_record
from models.roles import KINDS, POLICY_FUNCTIONS
from models.workflow import create_assessment
from tests.models.test_roles import PLAYBOOK, Ministry, as_role, ministry  # noqa: F401

pytestmark = pytest.mark.db

# Classification -> titles; every title holds "numbat", a few "platypus" too.
CASES = {
    "UNCLASSIFIED": ["Numbat open relief", "Numbat platypus open convoy", "Numbat harbour"],
    "RESTRICTED": ["Numbat restricted relief", "Numbat platypus restricted"],
    "SECRET": ["Numbat platypus secret", "Numbat covert echidna"],
    "TOP SECRET": ["Numbat platypus top", "Numbat bilby top"],
    " eyes only ": ["Numbat compartmented bilby"],  # not a level: ranks highest
}
EVERYONE_BUT_THE_TOP = ("drafter", "reviewer", "reader")  # cleared below TOP SECRET


@pytest.fixture(scope="module")
def cases(ministry: Ministry) -> dict[str, str]:  # noqa: F811
    """Title -> id, created by the owner (whom row-level security does not hold)."""
    owner = open_record(ministry.url_as(ministry.owner))
    try:
        made = {title: create_assessment(owner, PLAYBOOK, title=title, classification=marking,
                                         actor="DBA")
                for marking, titles in CASES.items() for title in titles}  # fmt: skip
        with owner.engine.begin() as connection:  # statistics, as autovacuum would gather them
            connection.exec_driver_sql("ANALYZE assessment_search")
        return made
    finally:
        owner.close()


def readable(ministry: Ministry, kind: str, tsquery: str) -> set[str]:  # noqa: F811
    """What row-level security lets the login read directly: the ids of the matching search
    rows whose assessment it may see."""
    engine = ministry.engine_as(kind)
    try:
        with engine.connect() as connection:
            return set(connection.execute(sa.text(
                "SELECT s.assessment_id FROM assessment_search s JOIN assessment a "
                "ON a.id = s.assessment_id WHERE s.document @@ CAST(:q AS tsquery)"
            ), {"q": tsquery}).scalars())  # fmt: skip
    finally:
        engine.dispose()


@pytest.mark.parametrize("kind", KINDS)
def test_each_official_finds_exactly_what_row_security_lets_it_read(
    ministry: Ministry,  # noqa: F811
    as_role: dict[str, Database],  # noqa: F811
    cases: dict[str, str],
    kind: str,
) -> None:
    from models.search import search_assessments

    db = as_role[kind]
    for text, tsquery in (("numbat", "'numbat'"), ("platypus", "'platypus'"),
                          ("numbat plat", "'numbat' & 'plat':*"), ("bilby", "'bilby'"),
                          ("echidna", "'echidna'")):  # fmt: skip
        wanted = readable(ministry, kind, tsquery)
        if kind in EVERYONE_BUT_THE_TOP:
            assert not wanted & {cases["Numbat platypus top"], cases["Numbat bilby top"],
                                 cases["Numbat compartmented bilby"]}  # fmt: skip
        for order in ("newest", "relevance", "title"):
            page = search_assessments(db, text, order=order, limit=100, count_limit=1000)
            assert {row.id for row in page.rows} == wanted, (kind, text, order)
            assert (page.total, page.total_exact) == (len(wanted), True), (kind, text)
        # More matches than the count's window: the count stops there, and the page is read
        # row by row in order (no index) under the table's policy.
        for order in ("newest", "relevance"):
            small = search_assessments(db, text, order=order, limit=100, count_limit=1)
            assert {row.id for row in small.rows} == wanted, (kind, text, order)
            assert small.total == min(len(wanted), 1), (kind, text, order)
        # The page alone, when the planner expects more matches than the count's window: the
        # table is read in order by the owner's walk (ddl_0015), and only cleared rows come.
        alone = search_assessments(db, text, limit=3, count=False, count_limit=1)
        newest = search_assessments(db, text, limit=3, count_limit=1000)
        assert [row.id for row in alone.rows] == [row.id for row in newest.rows], (kind, text)
        # A filter: every match comes from the function, then filtered.
        drafts = search_assessments(db, text, status="draft", limit=100, count_limit=1000)
        assert {row.id for row in drafts.rows} == wanted, (kind, text)
        assert drafts.total == len(wanted), (kind, text)
    # A word in every case, typed whole (the statistics are gathered: see `cases`): the planner
    # expects more matches than a window of 3, so the page is walked, and counted after.
    for order in ("newest", "oldest"):
        wanted = [row.id for row in search_assessments(db, "numbat", order=order, limit=100,
                                                       count_limit=1000).rows]  # fmt: skip
        walked = search_assessments(db, "numbat ", order=order, limit=3, offset=1,
                                    count=False, count_limit=3)  # fmt: skip
        assert not walked.counted, (kind, order)
        assert [row.id for row in walked.rows] == wanted[1:4], (kind, order)
    # The choice is the text's, not the login's: twelve cases hold the word, more than 8, for
    # every login (the planner's own guess at what the policy keeps, half, is left out).
    assert not search_assessments(db, "numbat ", limit=3, count=False, count_limit=8).counted
    secret = {cases["Numbat platypus secret"], cases["Numbat covert echidna"]}
    found = {row.id for row in search_assessments(db, "numbat", limit=100).rows}
    assert (found >= secret) == (kind not in ("reader",)), kind
    if kind in EVERYONE_BUT_THE_TOP:
        assert search_assessments(db, "bilby", count_limit=1000).total == 0, kind
    # The app's connections compile no statement (an official's looked costly: 80 ms a search).
    with db.engine.connect() as connection:
        assert connection.exec_driver_sql("SHOW jit").scalar_one() == "off"


def test_search_text_cannot_be_crafted_into_a_wider_query(
    as_role: dict[str, Database],  # noqa: F811
    cases: dict[str, str],
) -> None:
    """What one types becomes words, never tsquery syntax: "or", "not" or quotes cannot widen a
    search to what the login may not see."""
    from models.first_page import read_search_page
    from models.search import search_assessments

    reader = as_role["reader"]
    for text in ("echidna | open", "!open", "'echidna' | 'open'", "covert:*", "bilby) | (open",
                 "numbat & !relief", "top\\ secret"):  # fmt: skip
        page = search_assessments(reader, text, limit=100, count_limit=1000)
        above = {cases[t] for t in ("Numbat covert echidna", "Numbat bilby top",
                                    "Numbat compartmented bilby", "Numbat platypus top",
                                    "Numbat platypus secret")}  # fmt: skip
        assert not {row.id for row in page.rows} & above, text
        assert page.total <= 5, text  # the reader sees 5 numbat cases in all
    assert search_assessments(reader, "echidna").total == 0
    # The desktop's first page, read with the plain driver while the record opens.
    first = read_search_page(str(reader.engine.url.render_as_string(hide_password=False)),
                             "numbat", limit=100, count_limit=1000)  # fmt: skip
    assert first is not None
    assert {row.id for row in first.rows} == {
        cases[t] for t in CASES["UNCLASSIFIED"] + CASES["RESTRICTED"]}


def _in_order(rows: list[tuple[str, datetime]], oldest: bool) -> list[str]:
    ordered = sorted(rows, key=lambda row: (row[1].timestamp() * (1 if oldest else -1), row[0]))
    return [row[0] for row in ordered]


@pytest.mark.parametrize("kind", [*KINDS, "owner"])
def test_the_walk_gives_the_first_cleared_matches_in_order_near_or_far(
    ministry: Ministry,  # noqa: F811
    cases: dict[str, str],
    kind: str,
) -> None:
    """concert_cleared_walk reads at most a window of the newest (oldest) rows, sqrt(page x
    rows), and takes what the window lacks from every match beyond it: the answer is the
    first cleared matches in order either way. With ten cases and pages of 2 to 4 the window is
    5 to 7 rows: "open" and "relief" are only in the oldest cases (all from beyond the window),
    "platypus" in both (some from each)."""
    engine = (sa.create_engine(ministry.url_as(ministry.owner)) if kind == "owner"
              else ministry.engine_as(kind))  # fmt: skip
    try:
        with engine.connect() as connection:
            for word, page in (("open", 2), ("relief", 2), ("platypus", 3), ("platypus", 4),
                               ("numbat", 2)):  # fmt: skip
                every = list(connection.execute(sa.text(
                    "SELECT assessment_id, updated_at FROM concert_cleared_matches("
                    "CAST(:q AS tsquery), NULL)"), {"q": word}))  # fmt: skip
                assert every, (kind, word)
                for oldest in (False, True):
                    walked = connection.execute(sa.text(
                        "SELECT assessment_id FROM concert_cleared_walk(CAST(:q AS tsquery), "
                        ":n, :oldest)"), {"q": word, "n": page, "oldest": oldest}
                    ).scalars().all()  # fmt: skip
                    assert walked == _in_order(every, oldest)[:page], (kind, word, oldest)
    finally:
        engine.dispose()


def test_the_function_called_directly_returns_nothing_above_clearance(
    ministry: Ministry,  # noqa: F811
    cases: dict[str, str],
) -> None:
    """An official calling concert_cleared_matches with a query of its own choosing gets no
    id of a case above its clearance, with or without a limit."""
    for kind in EVERYONE_BUT_THE_TOP:
        engine = ministry.engine_as(kind)
        try:
            with engine.connect() as connection:
                def called(tsquery: str, limit: int | None = None,
                           connection: sa.Connection = connection) -> set[str]:
                    return set(connection.execute(sa.text(
                        "SELECT * FROM concert_cleared_matches(CAST(:q AS tsquery), :n)"
                    ), {"q": tsquery, "n": limit}).scalars())  # fmt: skip

                assert called("'bilby'") == set(), kind  # TOP SECRET and an unknown marking
                assert called("'top' | 'bilby'", 1000) == set(), kind
                secret = cases["Numbat covert echidna"]  # the reader is cleared to RESTRICTED
                assert called("'echidna'") == (set() if kind == "reader" else {secret}), kind
                everything = called("'numbat'")
                assert everything == readable(ministry, kind, "'numbat'"), kind
                assert cases["Numbat platypus top"] not in everything
                # The walk (ddl_0015): the first cleared matches, in the order of the change.
                for oldest in (False, True):
                    walked = list(connection.execute(sa.text(
                        "SELECT assessment_id, updated_at FROM concert_cleared_walk("
                        "CAST(:q AS tsquery), :n, :oldest)"),
                        {"q": "'numbat' | 'bilby'", "n": 100, "oldest": oldest}))  # fmt: skip
                    assert {row[0] for row in walked} == everything, (kind, oldest)
                    assert walked == sorted(walked, key=lambda row: (
                        -row[1].timestamp() if not oldest else row[1].timestamp(), row[0]))
                    first_two = connection.execute(sa.text(
                        "SELECT assessment_id FROM concert_cleared_walk("
                        "CAST('numbat' AS tsquery), 2, :oldest)"), {"oldest": oldest}
                    ).scalars().all()  # fmt: skip
                    assert first_two == [row[0] for row in walked[:2]], (kind, oldest)
        finally:
            engine.dispose()
    # The owner (not held by row security) gets every match.
    owner = sa.create_engine(ministry.url_as(ministry.owner))
    try:
        with owner.connect() as connection:
            every = set(connection.execute(sa.text(
                "SELECT * FROM concert_cleared_matches(CAST('numbat' AS tsquery), NULL)"
            )).scalars())  # fmt: skip
    finally:
        owner.dispose()
    assert every == set(cases.values())


@pytest.mark.parametrize("signature", ["concert_cleared_matches(tsquery, integer)",
                                       "concert_cleared_walk(tsquery, integer, boolean)"])
def test_the_function_is_the_owners_and_only_the_groups_may_call_it(
    ministry: Ministry,  # noqa: F811
    cases: dict[str, str],
    signature: str,
) -> None:
    """SECURITY DEFINER, owned by the owner, its search_path pinned; EXECUTE for the five groups,
    not PUBLIC. A login in no group (its own grants on the tables, none on the function) is told
    in one line which right it lacks; a group member that is no official finds nothing."""
    from models.search import search_assessments

    admin = ministry.admin
    database, stray, outsider = ministry.database, f"{ministry.owner}_stray", \
        f"{ministry.owner}_outsider"  # fmt: skip
    with sa.create_engine(ministry.url_as(ministry.owner)).connect() as connection:
        definer, owner, config = connection.execute(sa.text(
            "SELECT p.prosecdef, pg_get_userbyid(p.proowner), p.proconfig FROM pg_proc p "
            "WHERE p.oid = CAST(:f AS regprocedure)"), {"f": signature}).one()  # fmt: skip
        groups = {kind: connection.execute(sa.text(
            "SELECT has_function_privilege(:r, CAST(:f AS regprocedure), 'EXECUTE')"),
            {"r": f"concert_{kind}", "f": signature}).scalar_one() for kind in KINDS}  # fmt: skip
        public = connection.execute(sa.text(
            "SELECT count(*) FROM pg_proc p, aclexplode(p.proacl) x WHERE "
            "p.oid = CAST(:f AS regprocedure) AND x.grantee = 0"), {"f": signature}
        ).scalar_one()  # fmt: skip
    assert definer and owner == ministry.owner
    assert config[0] == "search_path=public, pg_temp"  # the walk's also turns off other scans
    assert groups == dict.fromkeys(KINDS, True)
    assert public == 0
    with admin.connect() as connection:
        connection.exec_driver_sql(f'CREATE ROLE "{stray}" LOGIN')
        connection.exec_driver_sql(f'CREATE ROLE "{outsider}" LOGIN IN ROLE concert_reader')
    try:
        owner_engine = sa.create_engine(ministry.url_as(ministry.owner))
        with owner_engine.begin() as connection:
            connection.exec_driver_sql(f'GRANT CONNECT ON DATABASE "{database}" TO "{stray}"')
            connection.exec_driver_sql(f'GRANT USAGE ON SCHEMA public TO "{stray}"')
            connection.exec_driver_sql(
                f'GRANT SELECT ON ALL TABLES IN SCHEMA public TO "{stray}"')
            for function in POLICY_FUNCTIONS:  # what row security calls as the reader
                connection.exec_driver_sql(f'GRANT EXECUTE ON FUNCTION {function} TO "{stray}"')
        owner_engine.dispose()
        db = open_record(ministry.url_as(stray))
        try:
            with pytest.raises(MissingRight) as refused:
                search_assessments(db, "numbat")
            message = str(refused.value)
            assert "lacks EXECUTE on function concert_cleared_matches" in message
            assert "numbat" not in message.lower()
            # No text, no function: it reads (and, no official, sees no assessment).
            assert search_assessments(db, "", count_limit=1000).total == 0
        finally:
            db.close()
        db = open_record(ministry.url_as(outsider))
        try:
            assert search_assessments(db, "numbat", count_limit=1000).total == 0
        finally:
            db.close()
    finally:
        inside = sa.create_engine(ministry.base.set(database=database),
                                  isolation_level="AUTOCOMMIT")  # fmt: skip
        with inside.connect() as connection:  # its grants are in the ministry's database
            connection.exec_driver_sql(f'DROP OWNED BY "{stray}"')
        inside.dispose()
        with admin.connect() as connection:
            connection.exec_driver_sql(f'DROP ROLE IF EXISTS "{stray}"')
            connection.exec_driver_sql(f'DROP ROLE IF EXISTS "{outsider}"')


def test_upgrading_a_ministry_grants_the_walk_to_its_groups(
    ministry: Ministry,  # noqa: F811
    cases: dict[str, str],
) -> None:
    """A ministry whose groups were made before migration 0015 (`admin roles init` at 0014)
    gets the new function granted by the upgrade itself: officials search on at once, before
    anyone runs `roles init` again."""
    from alembic import command

    from models.migrations.runner import alembic_config

    signature = "concert_cleared_walk(tsquery, integer, boolean)"
    owner = sa.create_engine(ministry.url_as(ministry.owner))
    try:
        with owner.begin() as connection:
            command.downgrade(alembic_config(connection), "0014_cleared_search")
            assert connection.execute(sa.text(
                "SELECT to_regprocedure(:f)"), {"f": signature}).scalar() is None
            command.upgrade(alembic_config(connection), "head")
            granted = {kind: connection.execute(sa.text(
                "SELECT has_function_privilege(:r, CAST(:f AS regprocedure), 'EXECUTE')"),
                {"r": f"concert_{kind}", "f": signature}).scalar_one() for kind in KINDS}
        assert granted == dict.fromkeys(KINDS, True)
    finally:
        owner.dispose()
    reader = ministry.engine_as("reader")
    try:
        with reader.connect() as connection:
            first = connection.execute(sa.text(
                "SELECT assessment_id FROM concert_cleared_walk(CAST('numbat' AS tsquery), 1, "
                "false)")).scalars().all()  # fmt: skip
        assert len(first) == 1
    finally:
        reader.dispose()
