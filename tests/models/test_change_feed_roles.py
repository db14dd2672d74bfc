"""Live refresh with the product's least-privilege roles (docs/deployment.md): a drafter's write
reaches a reader's feed with no grant beyond the roles', and a server whose hardening took
pg_notify away from PUBLIC still takes every write (the notice is left out, not the write)."""

from __future__ import annotations

import sqlalchemy as sa

from models.change_feed import ChangeFeed
from models.changes import Part
from models.db import Database
from models.opening import open_record
from models.workflow import load_assessment
from tests.models import test_roles
from tests.models.test_change_feed import Listener
from tests.models.test_roles import Ministry, new_draft

# The ministry of test_roles (an owner, five officials with the product's roles), made again for
# this module.
ministry = test_roles.ministry
as_role = test_roles.as_role

GRANT_BACK = "GRANT EXECUTE ON FUNCTION pg_catalog.pg_notify(text, text) TO PUBLIC"


def test_a_readers_window_hears_a_drafters_write(as_role: dict[str, Database]) -> None:
    feed = ChangeFeed.for_database(as_role["reader"])
    assert feed is not None
    listener = Listener(feed)
    try:
        assessment_id = new_draft(as_role["drafter"])
        heard = listener.next()
        assert heard.has(Part.ASSESSMENTS) and heard.touches(assessment_id)
    finally:
        listener.stop()


def test_without_pg_notify_a_write_still_succeeds_unannounced(
    ministry: Ministry, as_role: dict[str, Database]
) -> None:
    admin = sa.create_engine(ministry.base.set(database=ministry.database),
                             isolation_level="AUTOCOMMIT")
    revoke = "REVOKE EXECUTE ON FUNCTION pg_catalog.pg_notify(text, text) FROM PUBLIC"
    drafter = None
    try:
        with admin.connect() as connection:
            connection.exec_driver_sql(revoke)
        drafter = open_record(ministry.url_as(ministry.logins["drafter"]))
        feed = ChangeFeed.for_database(as_role["reader"])
        assert feed is not None
        listener = Listener(feed)
        try:
            first = new_draft(drafter)  # stored, though no notice may be sent
            assert load_assessment(drafter, first).title
            with admin.connect() as connection:
                connection.exec_driver_sql(GRANT_BACK)
            second = new_draft(as_role["drafter"])  # its first write: may notify again
            heard = listener.next()
            assert heard.touches(second) and not heard.touches(first)
        finally:
            listener.stop()
    finally:
        if drafter is not None:
            drafter.close()
        with admin.connect() as connection:
            connection.exec_driver_sql(GRANT_BACK)
        admin.dispose()
