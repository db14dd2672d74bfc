"""Opening the playbook catalog with the record's kept playbook files, against the installed
files alone (the baseline, measured in the same run): the record's copies are listed with one
query and parsed only when asked for, so opening should cost the same with 7 or 200 of them.

    .venv/bin/python -m bench.catalog_bench
"""

from __future__ import annotations

import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

REPEATS = 25


def _median_ms(work: Callable[[], object], repeats: int = REPEATS) -> float:
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def _keep_versions(db: object, count: int) -> None:
    """`count` versions of the sanctions playbook kept in the record (as assessments would)."""
    from models.playbook_store import keep_playbook
    from playbooks.loader import BUILTIN_FOLDER, load_playbook_text

    text = (BUILTIN_FOLDER / "sanctions.yaml").read_text("utf-8")
    with db.write_session() as session:  # type: ignore[attr-defined]
        for number in range(count):
            version = text.replace('version: "1.0"', f'version: "50.{number}"', 1)
            keep_playbook(session, load_playbook_text(version, f"v{number}.yaml"), "bench")


def main() -> None:
    from models.opening import open_database
    from models.playbook_store import RecordPlaybooks
    from playbooks.loader import PlaybookCatalog

    with tempfile.TemporaryDirectory() as folder:
        db = open_database(f"sqlite:///{Path(folder) / 'catalog.db'}")
        try:
            baseline = _median_ms(lambda: PlaybookCatalog.load(None))
            print(f"catalog of the installed files alone: {baseline:.1f} ms (baseline)")
            kept = 0
            for total in (7, 200):
                _keep_versions(db, total - kept)
                kept = total
                with_record = _median_ms(
                    lambda: PlaybookCatalog.load(None, record=RecordPlaybooks(db))
                )
                print(f"with {total} kept files in the record: {with_record:.1f} ms "
                      f"({with_record / baseline:.2f}x)")
            catalog = PlaybookCatalog.load(None, record=RecordPlaybooks(db))
            kept_copy = catalog.kept_only()[0].sha256
            first = _median_ms(lambda: catalog.by_hash(kept_copy), repeats=1)
            again = _median_ms(lambda: catalog.by_hash(kept_copy))
            print(f"one kept copy, first asked for (read and parsed): {first:.1f} ms; "
                  f"asked again: {again:.3f} ms")
        finally:
            db.close()


if __name__ == "__main__":
    main()
