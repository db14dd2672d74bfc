"""Bundle export and import of a whole synthetic record, against a plain copy of the same rows,
measured in the same run (issue: bundles, goal <= 3x).

    python -m bench.bundle_bench [--size N] [--runs R]

The baseline is the least any move of these cases must do: read every carried row of every
case from the origin in one snapshot (models.bundle_rows.extract, the export's own read) and
insert them into a fresh record in one transaction, each case as a draft then given its state
(what the freeze triggers require). Nothing checked, nothing signed, no audit entries, no search
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
    import sqlalchemy as sa

    from models.bundle_rows import IMPORTED_TABLES, decode, table_of
    from models.tables import Assessment, PlaybookFile, utc_now

    carried = records_of(origin)
    copied = 0
    with receiver.write_session() as session:
        for row, content in carried.playbooks:  # the cases' playbook files, as import keeps them
            session.execute(sa.insert(PlaybookFile).values(
                **row, content=content, stored_at=utc_now(), stored_by="bench"))
        finals = {}
        for model in IMPORTED_TABLES:
            name = str(model.__tablename__)
            batch = []
            for case_id, tables in carried.cases.items():
                for row in tables.get(name, ()):
                    values = decode(name, row)
                    if name == "assessment":
                        finals[case_id] = (values["status"], values["superseded_by_id"])
                        values = {**values, "status": "draft", "superseded_by_id": None}
                    if name == "memo":
                        values["pdf"] = carried.memo_pdfs[values["id"]]
                    batch.append(values)
            if batch:
                session.execute(sa.insert(table_of(name)), batch)
                copied += len(batch)
        for case_id, (status, _successor) in finals.items():
            if status != "draft":
                session.execute(sa.update(Assessment).where(Assessment.id == case_id)  # type: ignore[arg-type]
                                .values(status="decided" if carried.cases[case_id]["decision"]
                                        else status))
        for case_id, (status, successor) in finals.items():
            if status == "superseded" or successor:
                session.execute(sa.update(Assessment).where(Assessment.id == case_id)  # type: ignore[arg-type]
                                .values(status=status, superseded_by_id=successor))
    return copied


def records_of(origin):  # the export's own read
    from models.bundle_rows import extract

    return extract(origin, None)


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
