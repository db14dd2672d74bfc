"""Bundle export and import of a whole synthetic record, against a plain copy of the same rows,
measured in the same run (issue: bundles, goal <= 3x).

    python -m bench.bundle_bench [--size N] [--runs R]

The baseline is the least any move of these rows must do: read every row of the carried tables
from the origin in one snapshot (one SELECT per table) and insert them into a fresh record in one
transaction, each case as a draft then given its state (what the freeze triggers require), with
the playbook files they use. Nothing checked, nothing signed, no audit entries, no search
index. Export adds the chain check and the signature; import adds the bundle's whole check
(signature, every member, every chain link, every row against its entry), the conflict lookup,
the recomputed record hashes, the search index and the audit entries.

The origin is bench.records' cached SQLite record (its chain is one `audit verify` accepts);
each receiver is a fresh SQLite record with the exporter's CA trusted. Prints seconds (median
of R runs) and the two ratios.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

from bench import records


def _fresh(folder: Path, name: str, ca_pem: bytes):  # -> Database
    from models.opening import open_record
    from models.workflow import add_trust_root

    (folder / name).mkdir()
    db = open_record(f"sqlite:///{folder / name / 'concert.db'}")
    add_trust_root(db, ca_pem, actor="bench")
    return db


def plain_copy(origin, receiver) -> int:  # Database, Database -> rows copied
    """Every row of the carried tables, one SELECT per table, inserted in one transaction."""
    import sqlalchemy as sa

    from models.bundle_rows import IMPORTED_TABLES, table_of
    from models.tables import Assessment, PlaybookFile

    copied = 0
    with origin.session(snapshot=True) as source, receiver.write_session() as session:
        kept = source.execute(sa.select(PlaybookFile.__table__)).mappings().all()  # type: ignore[attr-defined]
        session.execute(sa.insert(PlaybookFile.__table__), [dict(r) for r in kept])  # type: ignore[attr-defined]
        finals: list[tuple[str, str, str | None, bool]] = []
        decided = {r.assessment_id for r in source.execute(
            sa.select(table_of("decision").c.assessment_id))}
        for model in IMPORTED_TABLES:
            table = table_of(str(model.__tablename__))
            order = [table.c.root_id, table.c.revision] if model is Assessment else []
            rows = [dict(r) for r in source.execute(sa.select(table).order_by(*order)).mappings()]
            if model is Assessment:
                finals = [(r["id"], r["status"], r["superseded_by_id"], r["id"] in decided)
                          for r in rows]
                rows = [{**r, "status": "draft", "superseded_by_id": None} for r in rows]
            if rows:
                session.execute(sa.insert(table), rows)
                copied += len(rows)
        for case_id, status, _successor, was_decided in finals:
            if status != "draft":
                session.execute(sa.update(Assessment).where(Assessment.id == case_id)  # type: ignore[arg-type]
                                .values(status="decided" if was_decided else status))
        for case_id, status, successor, _decided in finals:
            if status == "superseded" or successor:
                session.execute(sa.update(Assessment).where(Assessment.id == case_id)  # type: ignore[arg-type]
                                .values(status=status, superseded_by_id=successor))
    return copied


def measure(size: int, runs: int, log=print) -> dict[str, float]:
    from bench.memos import identities
    from models.opening import open_record
    from reports.bundle import export_bundle, import_bundle
    from reports.identity import unlock_identity
    from reports.verify import configured_roots

    source = records.sqlite_record(size, log)
    times: dict[str, list[float]] = {"plain copy": [], "export": [], "import": []}
    with tempfile.TemporaryDirectory(prefix="concert-bundle-bench-") as scratch:
        folder = Path(scratch)
        keys = identities(records.cache_dir() / "identities")
        ca_pem = keys.ca_certificate.read_bytes()
        identity = unlock_identity(keys.paths[0], keys.passphrase)
        origin = open_record(f"sqlite:///{source}")
        try:
            for run in range(runs):
                receiver = _fresh(folder, f"plain-{run}", ca_pem)
                started = time.perf_counter()
                plain_copy(origin, receiver)
                times["plain copy"].append(time.perf_counter() - started)
                receiver.close()

                started = time.perf_counter()
                data, cases = export_bundle(origin, None, identity)
                times["export"].append(time.perf_counter() - started)

                receiver = _fresh(folder, f"import-{run}", ca_pem)
                roots = configured_roots(receiver)
                started = time.perf_counter()
                checked, outcome = import_bundle(receiver, data, roots, actor="bench")
                times["import"].append(time.perf_counter() - started)
                receiver.close()
                if outcome is None or len(outcome.imported) != cases:
                    raise SystemExit(f"the bundle did not import: {checked.problems[:3]}")
                log(f"  run {run + 1}: {cases:,} cases, {len(data) / 1e6:.1f} MB")
        finally:
            origin.close()
    return {name: statistics.median(values) for name, values in times.items()}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args(argv)
    medians = measure(args.size, args.runs, log=lambda line: print(line, file=sys.stderr))
    plain = medians["plain copy"]
    print(f"bundle of {args.size:,} assessments, median of {args.runs} runs (SQLite)")
    print(f"{'figure':<12}{'seconds':>10}{'ratio':>8}  goal")
    print(f"{'plain copy':<12}{plain:>10.2f}{1:>8.2f}")
    for name in ("export", "import"):
        ratio = medians[name] / plain
        verdict = "met" if ratio <= 3 else "NOT met"
        print(f"{name:<12}{medians[name]:>10.2f}{ratio:>7.2f}x  <= 3x {verdict}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
