"""The live refresh feed over a verify-full TLS connection with a client certificate: it takes
libpq's settings from the record's URL (sslmode, sslrootcert, sslcert, sslkey) as the record's
own connections do, and hears over TLS (the server of test_tls_connection, started again)."""

from __future__ import annotations

from models.change_feed import ChangeFeed
from models.opening import open_record
from models.workflow import create_assessment
from playbooks.loader import PlaybookCatalog
from tests.models import test_tls_connection
from tests.models.test_change_feed import Listener
from tests.models.test_tls_connection import TlsServer

pytestmark = test_tls_connection.pytestmark
tls_server = test_tls_connection.tls_server


def test_the_feed_listens_over_tls_with_the_records_certificates(tls_server: TlsServer) -> None:
    mine, colleague = open_record(tls_server.url()), open_record(tls_server.url())
    try:
        feed = ChangeFeed.for_database(mine)
        assert feed is not None
        listener = Listener(feed)
        try:
            with mine.engine.connect() as connection:
                ssl = connection.exec_driver_sql(
                    f"SELECT ssl FROM pg_stat_ssl WHERE pid = {int(feed.backend_pid or 0)}"
                ).scalar_one()
            assert ssl is True
            catalog = PlaybookCatalog.load(None)
            made = create_assessment(colleague, catalog.get("sanctions"), title="Heard over TLS",
                                     actor="colleague")
            assert listener.next().touches(made)
        finally:
            listener.stop()
    finally:
        mine.close()
        colleague.close()
