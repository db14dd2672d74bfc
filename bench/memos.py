"""A few real memos and the TEST identities that signed them, made once and cached.

The synthetic record reuses these PDFs' bytes for every memo row (rendering 3,000 memos would
take half an hour); the identities sign the memos the benchmark issues itself.
"""

from __future__ import annotations

import json
import tempfile
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from bench.dataset import ChainState, Generator, RenderedMemo
from models.canonical import sha256_hex
from playbooks.model import Playbook, Verdict

PASSPHRASE = b"bench passphrase"
SIGNERS = (("Ana Łukasiewicz", "Drafting official"), ("Eleanor Hart", "Minister"))
REAL_MEMOS = 4


@dataclass(frozen=True)
class BenchIdentities:
    paths: tuple[Path, Path]  # drafting official, minister (PKCS#12)
    passphrase: bytes
    ca_certificate: Path  # PEM: the trust root of both


def identities(folder: Path) -> BenchIdentities:
    """Two TEST identities under `folder` (created on first use)."""
    from reports.identity import create_test_identity, load_or_create_test_ca

    authority = load_or_create_test_ca(folder / "ca",
                                       passphrase=b"TEST CA of this throwaway run")
    paths = []
    for name, role in SIGNERS:
        path = folder / f"{role.split()[0].lower()}.p12"
        if not path.exists():
            path.write_bytes(create_test_identity(name, PASSPHRASE, role=role,
                                                  authority=authority))
        paths.append(path)
    return BenchIdentities((paths[0], paths[1]), PASSPHRASE, authority.certificate_path)


def rendered_memos(folder: Path, playbooks: list[Playbook]) -> list[RenderedMemo]:
    """REAL_MEMOS countersigned memos (cached in `folder`): rendered and signed for real."""
    index = folder / "memos.json"
    if index.exists():
        entries = json.loads(index.read_text())
        return [
            RenderedMemo(
                pdf=(folder / e["file"]).read_bytes(),
                sha256=e["sha256"],
                signatures=tuple(
                    (f, s, fp, datetime.fromisoformat(t) if t else None)
                    for f, s, fp, t in e["signatures"]
                ),
            )
            for e in entries
        ]
    folder.mkdir(parents=True, exist_ok=True)
    memos = _render(folder, playbooks)
    entries = []
    for number, memo in enumerate(memos, start=1):
        name = f"memo-{number}.pdf"
        (folder / name).write_bytes(memo.pdf)
        entries.append({
            "file": name,
            "sha256": memo.sha256,
            "signatures": [[f, s, fp, t.isoformat() if t else None]
                           for f, s, fp, t in memo.signatures],
        })  # fmt: skip
    index.write_text(json.dumps(entries, indent=1))
    return memos


def _render(folder: Path, playbooks: list[Playbook]) -> list[RenderedMemo]:
    from models.opening import open_record
    from models.records import EvidenceInput
    from models.workflow import create_assessment, decide, member_infos, save_answer
    from reports.issue import issue_memo, unlock

    signers = identities(folder)
    with tempfile.TemporaryDirectory(prefix="bench-memos-") as scratch:
        db = open_record(f"sqlite:///{Path(scratch) / 'memos.db'}")
        try:
            unlocked = [unlock(path, signers.passphrase) for path in signers.paths]
            from models.workflow import add_trust_root

            add_trust_root(db, signers.ca_certificate.read_bytes(), "bench loader")
            members = member_infos(db)
            generator = Generator(playbooks, members, [], ChainState(0, "0" * 64), 1)
            memos = []
            # A playbook version whose generated answers never reach a verdict (format 2 asks
            # for rationales and confidence the generator does not give) cannot be decided.
            decidable = [
                (playbook, value_set)
                for playbook in sorted(playbooks, key=lambda p: (p.id, p.version))
                for value_set in [next(
                    (v for v in generator.value_sets[(playbook.id, playbook.version)]
                     if v.verdict is not Verdict.INSUFFICIENT_INFORMATION), None)]
                if value_set is not None
            ]
            for playbook, value_set in decidable[:REAL_MEMOS]:
                rng = generator.rng
                place = rng.choice(generator.corpus.places)
                assessment_id = create_assessment(
                    db, playbook, title=f"{playbook.title} — {place}",
                    proposed_action=generator.corpus.paragraph(rng, 2, 3),
                    crisis=f"{place}: " + generator.corpus.paragraph(rng, 2, 3),
                    classification="RESTRICTED", actor="bench loader")
                for prepared in value_set.answers:
                    evidence = [EvidenceInput(generator.corpus.paragraph(rng, 1, 2),
                                              "Field report", "B", 2)]
                    save_answer(db, assessment_id, prepared.question_id, prepared.value,
                                rationale=generator.corpus.paragraph(rng, 1, 3),
                                evidence=evidence, actor="bench loader", playbook=playbook)
                from models.decisions import FOLLOWS_VERDICT

                decide(db, assessment_id, decision=sorted(FOLLOWS_VERDICT[value_set.verdict])[0],
                       by="Eleanor Hart", playbook=playbook)
                issued = issue_memo(db, assessment_id, playbook, actor="bench loader",
                                    identities=unlocked)
                memos.append(RenderedMemo(
                    pdf=issued.pdf,
                    sha256=sha256_hex(issued.pdf),
                    signatures=tuple((s.field, s.signer, s.cert_fingerprint, s.claimed_time)
                                     for s in issued.memo.signatures),
                ))  # fmt: skip
        finally:
            db.close()
    return memos
