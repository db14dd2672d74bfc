"""Live refresh (issue 18, item 4): how soon another official's committed write is heard, and
what sending the notice costs a write. PostgreSQL only.

    CONCERT_TEST_PG_URL=postgresql+psycopg://postgres@127.0.0.1:55433/postgres \
        .venv/bin/python -m bench.live_refresh_bench [--writes 100] [--json]

Figures (p50 / p95 / max, milliseconds):
- heard by the feed: a colleague's answer save (another Database, another origin) until
  models.change_feed yields it on its thread, timed from the moment the save returned (it has
  committed by then; a notice can arrive before the call returns, so a figure can be ~0);
- seen in the window: a colleague's new assessment until History's table holds its row, with no
  click (offscreen window, the feed started as the app starts it, History on show): changes
  spaced wider than the window's throttle (desktop.live_refresh.THROTTLE_MS), and back to back
  (each new case made as soon as the one before is shown, so most wait for the throttle);
- the notice's cost: one answer save with the NOTIFY and without it (the notice switched off
  for the comparison), interleaved in the same run;
- the UI thread's part in starting the feed (the connection is made on the feed's thread).

No figure is asserted anywhere (tests never assert times).
"""

from __future__ import annotations

import argparse
import json
import os
import queue
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import uuid
from collections.abc import Iterator
from contextlib import contextmanager

import sqlalchemy as sa

from models import change_notice
from models.change_feed import ChangeFeed
from models.changes import RecordChange
from models.opening import open_record
from models.workflow import create_assessment, save_answer
from playbooks.loader import PlaybookCatalog

PLAYBOOK_ID = "use-of-force"


@contextmanager
def record_database(server_url: str) -> Iterator[str]:
    """A new, migrated record in a database of its own on the server; dropped after."""
    admin = sa.create_engine(sa.engine.make_url(server_url).set(drivername="postgresql+psycopg"),
                             isolation_level="AUTOCOMMIT")
    name = f"concert_live_{uuid.uuid4().hex[:10]}"
    with admin.connect() as connection:
        connection.exec_driver_sql(f'CREATE DATABASE "{name}"')
    url = admin.url.set(database=name).render_as_string(hide_password=False)
    try:
        open_record(url).close()
        yield url
    finally:
        with admin.connect() as connection:
            connection.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        admin.dispose()


def _summary(values_s: list[float]) -> dict[str, float]:
    ms = sorted(v * 1000 for v in values_s)
    p95 = ms[min(len(ms) - 1, round(0.95 * (len(ms) - 1)))]
    return {"p50": round(statistics.median(ms), 2), "p95": round(p95, 2),
            "max": round(ms[-1], 2), "n": len(ms)}


def heard_by_feed(url: str, writes: int) -> dict[str, float]:
    catalog = PlaybookCatalog.load(None)
    playbook = catalog.get(PLAYBOOK_ID)
    mine, colleague = open_record(url), open_record(url)
    feed = ChangeFeed.for_database(mine)
    assert feed is not None
    heard: queue.Queue[tuple[float, RecordChange]] = queue.Queue()

    def listen() -> None:
        for change in feed.changes():
            heard.put((time.perf_counter(), change))

    thread = threading.Thread(target=listen, daemon=True)
    thread.start()
    feed.listening.wait(30)
    try:
        assessment_id = create_assessment(colleague, playbook, title="Heard", actor="colleague")
        heard.get(timeout=30)
        latencies = []
        for n in range(writes):
            save_answer(colleague, assessment_id, "harm_gravity", n % 5, actor="colleague",
                        playbook=playbook)
            returned = time.perf_counter()
            at, _change = heard.get(timeout=30)
            latencies.append(max(0.0, at - returned))
        return _summary(latencies)
    finally:
        feed.stop()
        thread.join(30)
        mine.close()
        colleague.close()


def notice_cost(url: str, writes: int) -> dict[str, Any]:
    catalog = PlaybookCatalog.load(None)
    playbook = catalog.get(PLAYBOOK_ID)
    db = open_record(url)
    real = change_notice.noted_change
    with_notice, without = [], []
    try:
        assessment_id = create_assessment(db, playbook, title="Cost", actor="official")
        for n in range(writes * 2):
            sending = n % 2 == 0
            change_notice.noted_change = real if sending else (lambda _info: None)
            started = time.perf_counter()
            save_answer(db, assessment_id, "harm_gravity", n % 5, actor="official",
                        playbook=playbook)
            (with_notice if sending else without).append(time.perf_counter() - started)
    finally:
        change_notice.noted_change = real
        db.close()
    return {"with notice": _summary(with_notice), "without": _summary(without)}


def seen_in_window(url: str, writes: int) -> dict[str, Any]:
    from PySide6.QtWidgets import QApplication

    from desktop.context import DeskContext
    from desktop.dialogs import Dialogs
    from desktop.live_refresh import THROTTLE_MS
    from desktop.main_window import HISTORY, MainWindow
    from desktop.tasks import BackgroundRunner, DatabaseRunner
    from models.playbook_store import RecordPlaybooks

    app = QApplication.instance() or QApplication(sys.argv[:1])
    mine, colleague = open_record(url), open_record(url)
    catalog = PlaybookCatalog.load(None, record=RecordPlaybooks(mine))
    playbook = catalog.get(PLAYBOOK_ID)
    context = DeskContext(mine, catalog, DatabaseRunner(), BackgroundRunner(), Dialogs(),
                          "bench official", user_playbooks=Path(tempfile.mkdtemp()))
    window = MainWindow(context)
    window.show()
    window.show_page(HISTORY)
    started = time.perf_counter()
    context.start_live_refresh()
    start_cost = time.perf_counter() - started
    model = window.history.model

    def wait_until(condition, limit_s: float = 30.0) -> None:
        deadline = time.perf_counter() + limit_s
        while not condition():
            if time.perf_counter() > deadline:
                raise TimeoutError("the window did not show the change")
            app.processEvents()
            time.sleep(0.001)

    try:
        assert context.live_refresh is not None
        wait_until(context.live_refresh.feed.listening.is_set)
        settled = time.perf_counter() + THROTTLE_MS / 1000  # the catch-up refresh, read
        wait_until(lambda: time.perf_counter() >= settled)
        wait_until(lambda: context.runner.is_idle() and not model.is_loading())
        figures = {}
        for name, pause_s in (("seen in History, changes 0.6 s apart", THROTTLE_MS / 1000 + 0.1),
                              ("seen in History, back to back", 0.0)):
            latencies = []
            for n in range(writes):
                pause_until = time.perf_counter() + pause_s
                wait_until(lambda until=pause_until: time.perf_counter() >= until)
                made = create_assessment(colleague, playbook, title=f"Seen {n}",
                                         actor="colleague")
                returned = time.perf_counter()
                wait_until(lambda made=made: any(model.assessment_id(r) == made
                                                 for r in range(model.rowCount())))
                latencies.append(time.perf_counter() - returned)
                wait_until(lambda: context.runner.is_idle() and not model.is_loading())
            figures[name] = _summary(latencies)
    finally:
        window.close()
        app.processEvents()
        mine.close()
        colleague.close()
    return {**figures, "start on the UI thread (ms)": round(start_cost * 1000, 3)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--writes", type=int, default=100)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    server = os.environ.get("CONCERT_TEST_PG_URL")
    if not server:
        print("set CONCERT_TEST_PG_URL to a PostgreSQL server (a superuser's URL)",
              file=sys.stderr)
        return 2
    with record_database(server) as url:
        figures = {
            "heard by the feed after the write returned": heard_by_feed(url, args.writes),
            "answer save": notice_cost(url, args.writes),
            "window": seen_in_window(url, max(10, args.writes // 5)),
        }
    figures["load average"] = [round(v, 2) for v in os.getloadavg()]
    print(json.dumps(figures, indent=2) if args.json else _table(figures))
    return 0


def _table(figures: dict[str, Any]) -> str:
    lines = []
    for name, value in figures.items():
        lines.append(f"{name}: {json.dumps(value)}")
    return "\n".join(lines)


if __name__ == "__main__":
    sys.exit(main())
