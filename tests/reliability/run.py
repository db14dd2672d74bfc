"""The long reliability run: every scenario at full counts, then one table.

    .venv/bin/python -m tests.reliability.run                 full scale (tens of minutes)
    .venv/bin/python -m tests.reliability.run --scale 0.1     the CI run (a few minutes)
    CONCERT_TEST_PG_URL=postgresql+psycopg://… …              also on PostgreSQL

Prints `scenario | trials | failures` (and with --notes what each scenario observed); exits 1
when any trial failed. Counts at scale 1: 200 SIGKILLs per crash scenario on SQLite and 50 on
PostgreSQL, 1,000 flipped bytes, and so on (see COUNTS). The figures of a full run are in
docs/guarantees.md.
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from tests.reliability.harness import Backend, Outcome

COUNTS = {  # at --scale 1
    "kills_sqlite": 200,
    "kills_postgresql": 50,
    "first_open_sqlite": 50,
    "first_open_postgresql": 20,
    "flips": 1000,
    "pdfsig_sample": 50,
    "container_flips": 200,  # per signature, spread over its DER
    "writer_rounds": 10,
    "writer_saves": 100,
    "stale_edits": 20,
    "memo_rounds": 3,  # of 8 memos issued at once
    "load_kill_rounds": 20,  # of 6 officials at once, each killed mid-write
    "standby_takeovers": 3,  # a primary killed mid-writes, its standby promoted (own servers)
    "search_texts": 500,
    "case_files": 150,
    "registries": 150,
    "playbooks": 500,
}


def scaled(name: str, scale: float, minimum: int = 1) -> int:
    return max(minimum, round(COUNTS[name] * scale))


class Run:
    def __init__(self, folder: Path, scale: float, seed: int, only: str | None) -> None:
        self.folder = folder
        self.scale = scale
        self.rng = random.Random(seed)
        self.only = only
        self.outcomes: list[tuple[Outcome, float]] = []
        self.limits: list[str] = []  # attacks nothing can see, and what the checks said

    def __call__(self, group: str, produce: Callable[..., Outcome | list[Outcome]],
                 *args: Any, **kwargs: Any) -> None:
        """Run one scenario function (with its arguments) unless --only leaves it out."""
        if self.only and self.only not in group:
            return
        started = time.perf_counter()
        try:
            produced = produce(*args, **kwargs)
        except Exception as error:  # a scenario that breaks is a failure, not a stop
            import traceback

            traceback.print_exc()
            produced = Outcome(f"{group}: the scenario itself failed")
            produced.fail(f"{type(error).__name__}: {error}")
        elapsed = time.perf_counter() - started
        for outcome in produced if isinstance(produced, list) else [produced]:
            self.outcomes.append((outcome, elapsed))
            mark = "ok" if outcome.failures == 0 else "FAILED"
            print(f"  {mark:6} {outcome.scenario}: {outcome.trials} trials, "
                  f"{outcome.failures} failures ({elapsed:.0f} s)", file=sys.stderr, flush=True)


def run_all(run: Run, backends: list[Backend]) -> None:
    from tests.reliability import (
        anchors,
        concurrency,
        crashes,
        decider_doors,
        doors,
        pdf_tampering,
        procs,
        row_tampering,
        secrets_scan,
        standby,
        tampering,
        token_doors,
        upgrades,
    )
    from tests.reliability.badinput import bad_input_outcomes
    from tests.reliability.harness import make_identities

    identities = make_identities(run.folder / "identities")
    procs.start_fork_server(identities)
    scale, rng, folder = run.scale, run.rng, run.folder
    for backend in backends:
        kind = backend.kind
        kills = scaled(f"kills_{kind}", scale)
        run(f"crash answers {kind}", crashes.crash_answers, backend, kills, rng)
        run(f"crash decisions {kind}", crashes.crash_decisions, backend, kills, rng)
        run(f"crash memos {kind}", crashes.crash_memos, backend, kills, rng, identities, folder)
        run(f"crash first open {kind}", crashes.crash_first_open, backend,
            scaled(f"first_open_{kind}", scale), rng)
    nss = pdf_tampering.make_nss_trust(folder / "nss", identities.ca_certificate)
    rogue = row_tampering.rogue_root(folder)
    for backend in backends:
        kind = backend.kind
        with backend.database() as url:
            record = tampering.make_rich_record(url, identities)
            if backend is backends[0]:
                run("tamper flips", pdf_tampering.byte_flips, record, scaled("flips", scale), rng,
                    scaled("pdfsig_sample", scale, 5), folder, nss)
                run("tamper containers", pdf_tampering.flips_in_signature_containers, record,
                    scaled("container_flips", scale, 10))
                run("tamper updates", pdf_tampering.incremental_updates, record, folder, nss)
            for triggers in (True, False):
                run(f"tamper rows {kind}", row_tampering.row_tampering, backend, record, rogue,
                    triggers)
            run(f"tamper memo bytes {kind}", row_tampering.replaced_memo_bytes, backend, record,
                identities, folder)
            run(f"anchors {kind}", anchors.consistent_rewrites, backend, record,
                Path(os.environ["CONCERT_DATA_DIR"]))
            if kind == "sqlite":
                run("damaged file", anchors.damaged_file, backend, record)
            if backend is backends[0]:
                run("signature attacks", attack_group, backend, identities, folder, nss)
            run(f"signer doors {kind}", _signer_doors, backend, identities, folder / kind)
            if not run.only or "limits" in run.only:
                run.limits += [f"({kind}) {line}"
                               for line in anchors.demonstrate_limits(backend, record)]
    doors_folder = folder / "doors"  # issue 12's doors, on SQLite files through the CLI
    run("doors files", doors.files, doors_folder / "files")
    run("doors bad input", doors.bad_inputs, doors_folder / "bad-input")
    run("doors memo exports", doors.memo_exports, doors_folder / "memo-exports")
    run("doors references", doors.references, doors_folder / "references")
    run("doors rollback", doors.rollback, doors_folder / "rollback")
    run("doors tokens", token_doors.token_doors, doors_folder / "tokens")  # SoftHSM2
    run("doors deciders", decider_doors.decider_doors, doors_folder / "deciders")
    for backend in backends:
        kind = backend.kind
        run(f"concurrency {kind}", concurrency.two_writers, backend,
            scaled("writer_rounds", scale), COUNTS["writer_saves"], rng)
        run(f"stale edits {kind}", concurrency.stale_edits, backend, scaled("stale_edits", scale))
        run(f"memos at once {kind}", concurrency.memos_at_once, backend,
            scaled("memo_rounds", scale), 8, identities)
        run(f"kills under load {kind}", concurrency.kills_under_load, backend,
            scaled("load_kill_rounds", scale), 6, rng)
        run(f"upgrades {kind}", upgrades.upgrade_outcomes, backend, folder)
        run(f"secrets {kind}", secrets_scan.memo_session, backend, folder / f"secrets-{kind}")
        run(f"bad input {kind}", bad_input_outcomes, backend, folder,
            {key: scaled(key, scale)
             for key in ("search_texts", "case_files", "registries", "playbooks")})
    # Its own primary and standby, made from the PostgreSQL binaries (none: a note, no trial).
    run("standby takeover", standby.rounds, scaled("standby_takeovers", scale))


def _signer_doors(backend: Backend, identities: Any, folder: Path) -> Outcome:
    from tests.reliability.signer_doors import signer_doors

    with backend.database() as url:
        return signer_doors(url, identities, folder)


def attack_group(backend: Backend, identities: Any, folder: Path, nss: str) -> list[Outcome]:
    """The published attack classes on a memo of a fresh record and on a partner record's."""
    from reports.identity import certificate_from_pem
    from reports.verify import configured_roots, record_lookup
    from tests.reliability import signature_attacks
    from tests.reliability.harness import make_identities, opened

    partner = make_identities(folder / "partner-identities")
    signature_attacks.add_nss_root(nss, partner.ca_certificate, "partner-ca")
    with backend.database() as ours, backend.database() as theirs:
        our_memo = signature_attacks.memo_stages(ours, identities, "our record")
        their_memo = signature_attacks.memo_stages(theirs, partner, "another record", skip=1)
        with opened(ours) as db:
            roots = [*configured_roots(db),
                     certificate_from_pem(partner.ca_certificate.read_bytes(), "partner CA")]
            return signature_attacks.attack_outcomes([our_memo, their_memo], roots,
                                                     record_lookup(db), folder / "attacks", nss)


def print_table(outcomes: list[tuple[Outcome, float]], notes: bool) -> None:
    width = max(len(o.scenario) for o, _ in outcomes)
    print(f"| {'scenario':<{width}} | trials | failures |")
    print(f"|{'-' * (width + 2)}|-------:|---------:|")
    for outcome, _ in outcomes:
        print(f"| {outcome.scenario:<{width}} | {outcome.trials:>6} | {outcome.failures:>8} |")
    failed = [o for o, _ in outcomes if o.failures]
    for outcome in failed:
        print(f"\nFAILED: {outcome.scenario}")
        for detail in outcome.details:
            print(f"  - {detail}")
    if notes:
        for outcome, elapsed in outcomes:
            if outcome.notes:
                print(f"\n{outcome.scenario} ({elapsed:.0f} s):")
                for note in outcome.notes:
                    print(f"  - {note}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.reliability.run", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--scale", type=float, default=1.0, help="multiply every count")
    parser.add_argument("--seed", type=int, default=20261128)
    parser.add_argument("--only", metavar="WORD", help="run only the groups naming WORD")
    parser.add_argument("--notes", action="store_true", help="print what each scenario saw")
    parser.add_argument("--no-sqlite", action="store_true", help="PostgreSQL only")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="concert-reliability-") as name:
        folder = Path(name)
        os.environ["CONCERT_DATA_DIR"] = str(folder / "user-data")
        from tests.reliability.harness import backends as make_backends

        backends = make_backends(folder, sqlite=not args.no_sqlite)
        run = Run(folder, args.scale, args.seed, args.only)
        print(f"reliability run: scale {args.scale}, seed {args.seed}, databases: "
              f"{', '.join(b.kind for b in backends)}, {os.cpu_count()} cores",
              file=sys.stderr, flush=True)
        try:
            run_all(run, backends)
        finally:
            for backend in backends:
                backend.close()
    print_table(run.outcomes, args.notes)
    if run.limits:
        print("\nKnown limits, demonstrated (not counted as trials):")
        for line in run.limits:
            print(f"  - {line}")
    total = sum(o.trials for o, _ in run.outcomes)
    failures = sum(o.failures for o, _ in run.outcomes)
    print(f"\n{total} trials, {failures} failures, {time.perf_counter() - started:.0f} s, "
          f"scale {args.scale}, {os.cpu_count()} cores")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
