"""Memo benchmark: time to render, to sign each signature, to store and to verify, and the
ratios the issue sets as goals, against a rendering baseline measured in this same run:

    full issue (render + 2 signatures + store, identities already unlocked) / render  ≤ 3
    verify / render                                                                  ≤ 1

`measure()` works on any record (bench.run uses it on the synthetic records, issuing memos for
decided assessments that have none). Run alone from the repository root, it uses a temporary
SQLite database, a temporary test CA and the test suite's sample playbook with text in many
scripts:  .venv/bin/python bench/memo_bench.py [--repeat N]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


def median_seconds(action: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


@dataclass(frozen=True)
class MemoFigures:
    repeat: int
    pdf_bytes: int
    cold_render: float  # the first render in the process (fonts registered, caches filled)
    render: float  # median, the baseline
    sign_drafter: float
    sign_minister: float
    store: float | None  # None when not measured (measure(..., store=False))
    issue: float  # record read, render, 2 signatures, store
    verify: float  # two signatures, against the trust roots

    @property
    def issue_ratio(self) -> float:
        return self.issue / self.render

    @property
    def verify_ratio(self) -> float:
        return self.verify / self.render


def measure(db: Any, targets: Sequence[tuple[str, Any]], identities: Sequence[Any],
            roots: Sequence[Any], *, store_targets: Sequence[str] = ()) -> MemoFigures:
    """Figures for decided assessments without memos: `targets` are (assessment id, playbook)
    pairs, one issued memo each (the first also gives the render, sign and verify timings);
    `identities` are unlocked (drafting official, minister); `store_targets` get an unsigned
    memo stored each, timing store_memo alone."""
    from models.workflow import store_memo
    from reports.context import build_memo_context
    from reports.issue import issue_memo
    from reports.render import render_memo
    from reports.signing import sign_memo
    from reports.verify import verify_pdf

    repeat = len(targets)
    first_id, first_playbook = targets[0]
    context = build_memo_context(db, first_id, first_playbook, reference="CD-2099-0001",
                                 issued_by="bench")
    start = time.perf_counter()
    unsigned = render_memo(context).pdf
    cold_render = time.perf_counter() - start
    drafter, minister = identities
    drafted = sign_memo(unsigned, drafter, "drafting_official")
    signed = sign_memo(drafted, minister, "minister")
    render = median_seconds(lambda: render_memo(context), repeat)
    sign_drafter = median_seconds(lambda: sign_memo(unsigned, drafter, "drafting_official"),
                                  repeat)
    sign_minister = median_seconds(lambda: sign_memo(drafted, minister, "minister"), repeat)
    verify = median_seconds(lambda: verify_pdf(signed, roots), repeat)
    report = verify_pdf(signed, roots)
    if not report.ok:
        raise RuntimeError(f"the benchmark's own memo does not verify: {report.reason}")
    store_times = []
    for assessment_id in store_targets:
        start = time.perf_counter()
        store_memo(db, assessment_id=assessment_id, pdf=unsigned, stage="unsigned",
                   actor="bench")
        store_times.append(time.perf_counter() - start)
    issue_times = []
    for assessment_id, playbook in targets:
        start = time.perf_counter()
        issue_memo(db, assessment_id, playbook, actor="bench", identities=identities)
        issue_times.append(time.perf_counter() - start)
    return MemoFigures(
        repeat=repeat, pdf_bytes=len(signed), cold_render=cold_render, render=render,
        sign_drafter=sign_drafter, sign_minister=sign_minister,
        store=statistics.median(store_times) if store_times else None,
        issue=statistics.median(issue_times), verify=verify,
    )  # fmt: skip


def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--repeat", type=int, default=7)
    repeat = parser.parse_args().repeat
    work = Path(tempfile.mkdtemp(prefix="memo-bench-"))
    os.environ["CONCERT_DATA_DIR"] = str(work / "data")

    from models.opening import open_record
    from models.workflow import create_assessment, decide, save_answer
    from reports.identity import (
        certificate_from_pem,
        create_test_identity,
        load_or_create_test_ca,
    )
    from reports.issue import unlock
    from tests.models.sample import add_members, sample_playbook
    from tests.reports.samples import SCRIPTS

    db = open_record(f"sqlite:///{work / 'bench.db'}")
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
        decide(db, assessment_id, decision="approve", by="Amara Diallo", playbook=playbook)
        return assessment_id

    authority = load_or_create_test_ca(work / "ca",
                                       passphrase=b"TEST CA of this throwaway run")
    passphrase = b"bench passphrase"
    paths = []
    for name, role in (("Ana Łukasiewicz", "Drafting official"), ("Amara Diallo", "Minister")):
        path = work / f"{len(paths)}.p12"
        path.write_bytes(create_test_identity(name, passphrase, role=role, authority=authority))
        paths.append(path)
    start = time.perf_counter()
    unlocked = [unlock(p, passphrase) for p in paths]
    unlock_time = (time.perf_counter() - start) / 2
    roots = [certificate_from_pem(authority.certificate_path.read_bytes(), "bench CA")]
    from models.workflow import add_trust_root

    add_trust_root(db, authority.certificate_path.read_bytes(), "bench")
    figures = measure(db, [(decided(), playbook) for _ in range(repeat)], unlocked, roots,
                      store_targets=[decided() for _ in range(repeat)])
    db.close()

    print(f"memo benchmark (median of {repeat}; PDF {figures.pdf_bytes / 1024:.0f} KiB, "
          f"{db.dialect})")
    print(f"  unlock identity (once)      {unlock_time * 1000:8.1f} ms")
    print(f"  render, first in process    {figures.cold_render * 1000:8.1f} ms")
    print(f"  render                      {figures.render * 1000:8.1f} ms   (baseline)")
    print(f"  sign: drafting official     {figures.sign_drafter * 1000:8.1f} ms")
    print(f"  sign: minister              {figures.sign_minister * 1000:8.1f} ms")
    print(f"  store                       {(figures.store or 0) * 1000:8.1f} ms")
    print(f"  full issue                  {figures.issue * 1000:8.1f} ms   (record read, render, "
          "2 signatures, store)")
    print(f"  verify (2 signatures)       {figures.verify * 1000:8.1f} ms")
    print(f"  full issue / render         {figures.issue_ratio:8.2f}      goal <= 3")
    print(f"  verify / render             {figures.verify_ratio:8.2f}      goal <= 1")
    return 0


if __name__ == "__main__":
    sys.exit(main())
