"""Memo benchmark: time to render, to sign each signature, to store and to verify, and the
ratios the issue sets as goals, against a rendering baseline measured in this same run:

    full issue (render + 2 signatures + store, identities already unlocked) / render  ≤ 3
    verify / render                                                                  ≤ 1

Run from the repository root:  .venv/bin/python bench/memo_bench.py [--repeat N]
Uses a temporary SQLite database, a temporary test CA and the test suite's sample playbook.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def median_seconds(action: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=7)
    repeat = parser.parse_args().repeat
    work = Path(tempfile.mkdtemp(prefix="memo-bench-"))
    os.environ["CONCERT_DATA_DIR"] = str(work / "data")

    from models.db import open_database
    from models.workflow import create_assessment, decide, save_answer, store_memo
    from reports.context import build_memo_context
    from reports.identity import (
        certificate_from_pem,
        create_test_identity,
        load_or_create_test_ca,
    )
    from reports.issue import issue_memo, unlock
    from reports.render import render_memo
    from reports.signing import sign_memo
    from reports.verify import verify_pdf
    from tests.models.sample import add_members, sample_playbook
    from tests.reports.samples import SCRIPTS

    db = open_database(f"sqlite:///{work / 'bench.db'}")
    playbook = sample_playbook()
    add_members(db)

    def decided() -> str:
        assessment_id = create_assessment(
            db, playbook, title=f"Corridor for {SCRIPTS['arabic']} / {SCRIPTS['cyrillic']}",
            proposed_action=f"Protect {SCRIPTS['korean']} with {SCRIPTS['chinese']} partners",
            crisis=f"{SCRIPTS['hebrew']} · {SCRIPTS['devanagari']} · {SCRIPTS['greek']}",
            actor="bench")
        save_answer(db, assessment_id, "gravity", 2, rationale=SCRIPTS["japanese"],
                    actor="bench", playbook=playbook)
        save_answer(db, assessment_id, "lawful", True, actor="bench", playbook=playbook)
        save_answer(db, assessment_id, "positions", {"CAN": "endorse", "DEU": "endorse",
                                                     "ISR": "oppose"},
                    actor="bench", playbook=playbook)
        decide(db, assessment_id, decision="approve", by="Minister", playbook=playbook)
        return assessment_id

    authority = load_or_create_test_ca(work / "ca")
    passphrase = b"bench passphrase"
    paths = []
    for name in ("Ana Łukasiewicz", "Amara Diallo"):
        path = work / f"{len(paths)}.p12"
        path.write_bytes(create_test_identity(name, passphrase, authority=authority))
        paths.append(path)
    start = time.perf_counter()
    drafter, minister = (unlock(p, passphrase) for p in paths)
    unlock_time = (time.perf_counter() - start) / 2
    roots = [certificate_from_pem(authority.certificate_path.read_bytes(), "bench CA")]

    sample_id = decided()
    context = build_memo_context(db, sample_id, playbook, reference="CD-2099-0001",
                                 issued_by="bench")
    first_start = time.perf_counter()
    unsigned = render_memo(context).pdf  # cold: fonts registered, caches filled
    cold_render = time.perf_counter() - first_start
    drafted = sign_memo(unsigned, drafter, "drafting_official")
    signed = sign_memo(drafted, minister, "minister")

    render = median_seconds(lambda: render_memo(context), repeat)
    sign_drafter = median_seconds(lambda: sign_memo(unsigned, drafter, "drafting_official"),
                                  repeat)
    sign_minister = median_seconds(lambda: sign_memo(drafted, minister, "minister"), repeat)
    verify = median_seconds(lambda: verify_pdf(signed, roots), repeat)
    targets = [decided() for _ in range(repeat)]
    store_times = []
    for assessment_id in targets:
        start = time.perf_counter()
        store_memo(db, assessment_id=assessment_id, pdf=unsigned, stage="unsigned",
                   actor="bench")
        store_times.append(time.perf_counter() - start)
    store = statistics.median(store_times)
    fresh = [decided() for _ in range(repeat)]
    issue_times = []
    for assessment_id in fresh:
        start = time.perf_counter()
        issue_memo(db, assessment_id, playbook, actor="bench", identities=(drafter, minister))
        issue_times.append(time.perf_counter() - start)
    full = statistics.median(issue_times)
    assert verify_pdf(signed, roots).ok
    db.close()

    print(f"memo benchmark (median of {repeat}; PDF {len(signed) / 1024:.0f} KiB, "
          f"{db.dialect})")
    print(f"  unlock identity (once)      {unlock_time * 1000:8.1f} ms")
    print(f"  render, first in process    {cold_render * 1000:8.1f} ms")
    print(f"  render                      {render * 1000:8.1f} ms   (baseline)")
    print(f"  sign: drafting official     {sign_drafter * 1000:8.1f} ms")
    print(f"  sign: minister              {sign_minister * 1000:8.1f} ms")
    print(f"  store                       {store * 1000:8.1f} ms")
    print(f"  full issue                  {full * 1000:8.1f} ms   (record read, render, "
          "2 signatures, store)")
    print(f"  verify (2 signatures)       {verify * 1000:8.1f} ms")
    print(f"  full issue / render         {full / render:8.2f}      goal <= 3")
    print(f"  verify / render             {verify / render:8.2f}      goal <= 1")
    return 0


if __name__ == "__main__":
    sys.exit(main())
