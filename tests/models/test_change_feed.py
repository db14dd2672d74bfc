"""Live refresh below the desktop: the notice a write sends (models.change_notice) and the
feed that hears other processes' writes (models.change_feed), on a real PostgreSQL server.

Two Database objects on one record stand for two officials' processes: each has its own origin.
"""

from __future__ import annotations

import queue
import re
import threading
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest
import sqlalchemy as sa

from models import change_notice
from models.change_feed import ChangeFeed
from models.changes import ACTION_PARTS, Part, RecordChange, change_of_entry
from models.db import Database
from models.opening import open_record
from models.routing import ACTION_PREFIX
from models.tables import ROUTING_ACTS
from models.workflow import create_assessment, revise, save_answer
from tests.models.sample import sample_playbook

PLAYBOOK = sample_playbook()
SECRET = "Operation Nightjar crosses the river at dawn"
WAIT_S = 30  # for a change to arrive: a failure, never a measure of speed
MODELS = Path(__file__).resolve().parents[2] / "models"


class Listener:
    """A ChangeFeed running on its own thread, its changes in a queue."""

    def __init__(self, feed: ChangeFeed) -> None:
        self.feed = feed
        self.heard: queue.Queue[RecordChange] = queue.Queue()
        self.thread = threading.Thread(target=self._run, daemon=True)
        self.thread.start()
        assert feed.listening.wait(WAIT_S), "the feed never started listening"

    def _run(self) -> None:
        for change in self.feed.changes():
            self.heard.put(change)

    def next(self) -> RecordChange:
        return self.heard.get(timeout=WAIT_S)

    def stop(self) -> None:
        self.feed.stop()
        self.thread.join(WAIT_S)


@pytest.fixture
def postgres(database: Database) -> Database:
    if database.dialect != "postgresql":
        pytest.skip("live refresh is PostgreSQL's: set CONCERT_TEST_PG_URL")
    return database


@pytest.fixture
def colleague(postgres: Database) -> Iterator[Database]:
    """The same record opened by another official's process."""
    other = open_record(postgres.connection_url())
    yield other
    other.close()


@pytest.fixture
def listener(postgres: Database) -> Iterator[Listener]:
    feed = ChangeFeed.for_database(postgres, retry_delays_s=(0.05, 0.2))
    assert feed is not None
    heard = Listener(feed)
    yield heard
    heard.stop()


def _new_case(db: Database, title: str = "Relief corridor") -> str:
    return create_assessment(db, PLAYBOOK, title=title, actor="analyst")


# the notice -----------------------------------------------------------------------------------
def test_a_notice_reads_back_as_the_change_it_names() -> None:
    change = RecordChange.of(Part.REVISIONS, Part.ASSESSMENTS, assessments=["a1", "a2"])
    origin, heard = change_notice.decode(change_notice.encode(change, "me"))
    assert origin == "me"
    assert (heard.parts, heard.assessment_ids) == (change.parts, change.assessment_ids)
    assert heard.elsewhere and not heard.full


def test_too_many_ids_for_one_notice_become_a_full_refresh() -> None:
    change = RecordChange.of(Part.ASSESSMENTS, assessments=[f"{n:036d}" for n in range(400)])
    text = change_notice.encode(change, "me")
    assert len(text.encode()) < change_notice.MAX_PAYLOAD_BYTES < 8000
    origin, heard = change_notice.decode(text)
    assert origin == "me" and heard.full and heard.touches("any assessment")


@pytest.mark.parametrize("text", ["", "[]", '{"v": 99, "parts": []}', '{"v": 1, "parts": ["x"]}',
                                  '{"v": 1, "parts": ["audit"], "ids": [3]}'])
def test_a_notice_this_version_cannot_read_is_a_full_refresh(text: str) -> None:
    origin, heard = change_notice.decode(text)
    assert origin is None and heard.full and heard.elsewhere


def test_an_entry_names_every_assessment_it_concerns() -> None:
    change = change_of_entry("assessment.revise", "assessment", "new",
                             {"assessment_id": "new", "supersedes_id": "old"})
    assert change.assessment_ids == {"new", "old"}
    assert change.parts == {Part.REVISIONS, Part.ASSESSMENTS, Part.AUDIT}
    memo = change_of_entry("memo.store", "memo", "m1", {"assessment_id": "a1"})
    assert memo.assessment_ids == {"a1"} and memo.has(Part.MEMOS)
    unknown = change_of_entry("something.new", "thing", "t1", {})
    assert unknown.parts == frozenset(Part)  # an unlisted action is taken to change anything


def test_every_audited_action_says_what_it_changes() -> None:
    """A write added with a new audit action must be listed in ACTION_PARTS (else the feed
    treats it as changing every part)."""
    found: set[str] = set()
    for path in MODELS.rglob("*.py"):
        for line in path.read_text().splitlines():
            if re.search(r"\baction=|_ACTION = ", line):
                found |= set(re.findall(r'"([a-z_]+\.[a-z_]+)"', line))
    assert found, "no audit action found: the search is broken"
    found |= {ACTION_PREFIX + act for act in ROUTING_ACTS}  # made from the act's name
    assert found <= set(ACTION_PARTS), sorted(found - set(ACTION_PARTS))


# sending --------------------------------------------------------------------------------------
def test_no_feed_on_sqlite(database: Database) -> None:
    if database.dialect != "sqlite":
        pytest.skip("the SQLite case")
    assert ChangeFeed.for_database(database) is None
    _new_case(database)  # and a write there sends nothing (there is nothing to send it on)


def test_a_notice_carries_ids_and_parts_never_the_case_text(postgres: Database) -> None:
    with _raw_listener(postgres) as connection:
        assessment_id = _new_case(postgres, title=SECRET)
        save_answer(postgres, assessment_id, "summary", SECRET, rationale=SECRET,
                    actor="analyst", playbook=PLAYBOOK)
        payloads = [n.payload for n in connection.notifies(timeout=WAIT_S, stop_after=2)]
    assert len(payloads) == 2  # one per write transaction
    for payload in payloads:
        assert "Nightjar" not in payload and "dawn" not in payload
        assert len(payload.encode()) < 8000
    origin, created = change_notice.decode(payloads[0])
    assert origin == postgres.origin
    assert created.has(Part.ASSESSMENTS) and created.assessment_ids == {assessment_id}
    assert change_notice.decode(payloads[1])[1].has(Part.ANSWERS)


def test_a_write_that_fails_sends_nothing(postgres: Database) -> None:
    assessment_id = _new_case(postgres)
    with _raw_listener(postgres) as connection:
        with pytest.raises(RuntimeError), postgres.write_session() as session:
            session.execute(sa.text("SELECT 1"))
            from models.audit import append_entry

            append_entry(session, actor="analyst", action="note.add", entity_type="assessment",
                         entity_id=assessment_id, payload={})
            raise RuntimeError("the write gives up before committing")
        assert list(connection.notifies(timeout=1)) == []


# hearing --------------------------------------------------------------------------------------
def test_a_colleagues_write_reaches_the_listener(
    postgres: Database, colleague: Database, listener: Listener
) -> None:
    first = _new_case(colleague)
    heard = listener.next()
    assert heard.elsewhere and heard.touches(first) and heard.has(Part.ASSESSMENTS)
    save_answer(colleague, first, "gravity", 2, actor="colleague", playbook=PLAYBOOK)
    heard = listener.next()
    assert heard.has(Part.ANSWERS) and heard.assessment_ids == {first}


def test_the_listeners_own_writes_are_left_out(
    postgres: Database, colleague: Database, listener: Listener
) -> None:
    mine = _new_case(postgres)  # this process's own: the window announced it already
    theirs = _new_case(colleague)
    heard = listener.next()
    assert heard.assessment_ids == {theirs}, f"heard {heard} (mine was {mine})"
    assert listener.heard.empty()


def test_a_revision_by_a_colleague_names_both_revisions(
    postgres: Database, colleague: Database, listener: Listener
) -> None:
    from models.workflow import decide

    assessment_id = _new_case(postgres)
    decide(postgres, assessment_id, decision="defer", by="minister", playbook=PLAYBOOK)
    new_id = revise(colleague, assessment_id, actor="colleague", playbook=PLAYBOOK)
    heard = listener.next()
    assert heard.has(Part.REVISIONS) and heard.assessment_ids == {assessment_id, new_id}


def test_a_killed_connection_is_replaced_and_everything_read_again(
    postgres: Database, colleague: Database, listener: Listener
) -> None:
    old_pid = listener.feed.backend_pid
    with postgres.engine.connect() as connection:  # the server ends it (as a DBA or a restart)
        assert connection.execute(sa.text("SELECT pg_terminate_backend(:pid)"),
                                  {"pid": old_pid}).scalar_one()
    heard = listener.next()
    assert heard.full and heard.elsewhere  # what was sent while away is lost: read it all
    assert listener.feed.connections == 2 and listener.feed.backend_pid != old_pid
    assert listener.feed.listening.wait(WAIT_S)
    later = _new_case(colleague)
    assert listener.next().assessment_ids == {later}  # and it hears again


def test_a_reader_that_read_before_listening_is_told_to_read_again(
    postgres: Database, colleague: Database
) -> None:
    feed = ChangeFeed.for_database(postgres, catch_up=True)
    assert feed is not None
    heard = Listener(feed)
    try:
        assert heard.next().full  # whatever was committed before LISTEN is not missed
        made = _new_case(colleague)
        assert heard.next().assessment_ids == {made}
    finally:
        heard.stop()


def test_stop_ends_the_feed_and_closes_its_connection(postgres: Database) -> None:
    feed = ChangeFeed.for_database(postgres, wait_s=3600)  # only stop() can wake it
    assert feed is not None
    heard = Listener(feed)
    pid = feed.backend_pid
    heard.stop()
    assert not heard.thread.is_alive()
    assert _backend_gone(postgres, pid)


def _backend_gone(database: Database, pid: int, tries: int = 200) -> bool:
    """True once the server no longer lists the backend. Closing the socket is the client's
    part; the server reaps its backend a moment later, so a single look straight after
    stop() can still see it (CI did, once)."""
    for _ in range(tries):
        # a fresh transaction each look: pg_stat_activity is a snapshot held per transaction
        with database.engine.connect() as connection:
            still = connection.execute(sa.text("SELECT count(*) FROM pg_stat_activity "
                                               "WHERE pid = :pid"), {"pid": pid}).scalar_one()
        if still == 0:
            return True
        threading.Event().wait(0.05)
    return False


def test_a_feed_waits_for_a_server_it_cannot_reach_and_stops_when_told() -> None:
    feed = ChangeFeed("postgresql+psycopg://nobody@127.0.0.1:9/none", retry_delays_s=(0.05,))
    ended = threading.Event()

    def run() -> None:
        assert list(feed.changes()) == []
        ended.set()

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    assert not ended.wait(0.3)  # still trying
    feed.stop()
    assert ended.wait(WAIT_S)


class _raw_listener:
    """A plain LISTEN on the record's channel, to read the notices as sent."""

    def __init__(self, db: Database) -> None:
        url = sa.make_url(db.connection_url()).set(drivername="postgresql")
        self.connection = psycopg.connect(url.render_as_string(hide_password=False),
                                          autocommit=True)
        self.connection.execute(f"LISTEN {change_notice.CHANNEL}")

    def __enter__(self) -> psycopg.Connection:
        return self.connection

    def __exit__(self, *_exc: object) -> None:
        self.connection.close()
