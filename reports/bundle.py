"""Bundles (docs/bundle-format.md): chosen cases, or a whole record, with the audit chain that
proves them, signed by the exporting official — exported, verified, imported.

`check_bundle` never writes: the signature against the receiving record's trust roots, every
member against the signed manifest, the origin's chain link by link up to the head the manifest
names, and every carried row and memo against the entry that recorded it. `import_bundle` runs
it first and writes only a bundle without a single problem (models.bundle_import).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from models.audit_check import verify_chain
from models.bundle_import import (
    CASE_ACTION,
    SEALED_CONTENT,
    ImportOutcome,
    KeptPlaybook,
    Progress,
    import_cases,
    no_progress,
    sealed_content_hash,
)
from models.bundle_rows import TABLE_NAMES, Row, columns_of, extract
from models.canonical import ZERO_HASH, sha256_hex
from models.db import Database
from models.errors import InvalidInput
from reports.bundle_file import FORMAT, FORMAT_VERSION, BundleDamaged, open_bundle, pack
from reports.identity import SigningIdentity

RECORDS = "records.json"
AUDIT = "audit.jsonl"
CREATING = ("assessment.create", "assessment.import", "assessment.revise", "assessment.migrate")
# The payload fields that name the row an entry recorded (models' writers).
_ID_FIELDS = ("decision_id", "dissent_id", "note_id", "step_id", "review_id", "memo_id",
              "resolution_id", "outcome_id", "retrospective_id")


def export_bundle(db: Database, assessment_ids: Sequence[str] | None,
                  identity: SigningIdentity) -> tuple[bytes, int]:
    """The bundle of `assessment_ids` (each with all its revisions; None: every case) and the
    number of cases in it. The record's chain must be intact: a bundle proves nothing else."""
    chain = verify_chain(db, check_records=False)
    if not chain.ok:
        raise InvalidInput(f"not exported: {chain}")
    if chain.entries == 0:
        raise InvalidInput("not exported: the record is empty (no audit entries)")
    carried = extract(db, assessment_ids)
    cases, entries, ids = carried.cases, carried.entries, list(carried.cases)
    members = {f"memos/{memo_id}.pdf": pdf for memo_id, pdf in carried.memo_pdfs.items()}
    members |= {f"playbooks/{row['sha256']}": content for row, content in carried.playbooks}
    playbooks = [row for row, _ in carried.playbooks]
    members[RECORDS] = json.dumps({"cases": cases, "playbooks": playbooks}, sort_keys=True,
                                  ensure_ascii=False).encode("utf-8")
    members[AUDIT] = "".join(json.dumps(e, sort_keys=True, ensure_ascii=False) + "\n"
                             for e in entries).encode("utf-8")
    manifest = {
        "format": FORMAT, "format_version": FORMAT_VERSION,
        "origin": {"record_id": entries[0]["entry_hash"],
                   "chain_head": {"seq": entries[-1]["seq"], "hash": entries[-1]["entry_hash"]},
                   "exported_by": identity.name, "exporter_certificate": identity.fingerprint,
                   "exporter_subject": identity.subject,
                   "exported_at": datetime.now(UTC).isoformat()},
        "assessments": ids,
    }
    return pack(manifest, members, identity), len(ids)


@dataclass
class CheckedBundle:
    sha256: str
    manifest: dict[str, Any] = field(default_factory=dict)
    cases: dict[str, dict[str, list[Row]]] = field(default_factory=dict)
    playbooks: list[KeptPlaybook] = field(default_factory=list)
    memo_pdfs: dict[str, bytes] = field(default_factory=dict)
    signer: str = ""
    entries: int = 0
    memos: int = 0
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


# The steps a check and an import report (the desktop shows them, translated).
STEP_OPENING = "Checking the bundle's signature"
STEP_CHAIN = "Checking the audit chain"
STEP_CASES = "Checking the cases against it"
EVERY = 500  # report every this many entries or cases (a 10k-case bundle: some 40 reports)


def check_bundle(data: bytes, roots: Sequence[Any],
                 progress: Progress = no_progress) -> CheckedBundle:
    """Everything a receiver checks before writing; one line per problem found."""
    progress(STEP_OPENING, 0, 1)
    checked = CheckedBundle(sha256=hashlib.sha256(data).hexdigest())
    try:
        opened = open_bundle(data, roots)
    except BundleDamaged as error:
        checked.problems.append(str(error))
        return checked
    checked.manifest, checked.signer = opened.manifest, opened.signer
    checked.problems += opened.problems
    if RECORDS not in opened.members or AUDIT not in opened.members:
        if not checked.problems:
            checked.problems.append(f"{RECORDS} or {AUDIT} is missing")
        return checked
    try:
        records = json.loads(opened.members[RECORDS])
        checked.cases = {case_id: {name: list(tables.get(name, [])) for name in TABLE_NAMES}
                         for case_id, tables in records["cases"].items()}
        entries = [json.loads(line) for line in opened.members[AUDIT].splitlines()]
    except (ValueError, KeyError, TypeError, AttributeError) as error:
        checked.problems.append(f"{RECORDS} or {AUDIT} cannot be read ({error})")
        return checked
    checked.entries = len(entries)
    if sorted(checked.cases) != sorted(checked.manifest.get("assessments", [])):
        checked.problems.append(f"{RECORDS}: its cases are not those the manifest lists")
    checked.problems += _shape_problems(checked.cases, entries)
    if checked.problems:
        return checked
    try:
        checked.problems += _chain_problems(entries, checked.manifest.get("origin", {}),
                                            progress)
        checked.problems += _row_problems(checked, entries, opened.members, progress)
    except (ValueError, TypeError, KeyError, AttributeError) as error:  # a value of a wrong kind
        checked.problems.append(f"{RECORDS} or {AUDIT}: a value of the wrong kind ({error})")
    for kept in records.get("playbooks", []):
        content = opened.members.get(f"playbooks/{kept['sha256']}", b"")
        if sha256_hex(content) != kept["sha256"]:
            checked.problems.append(f"playbooks/{kept['sha256']}: missing or not those bytes")
        else:
            checked.playbooks.append(KeptPlaybook(kept["sha256"], kept["playbook_id"],
                                                  kept["version"], content))
    return checked


def _shape_problems(cases: dict[str, dict[str, list[Row]]], entries: list[Any]) -> list[str]:
    """Every row has exactly its table's columns, every entry an audit entry's fields."""
    problems = []
    for case_id, tables in cases.items():
        for name, rows in tables.items():
            expected = columns_of(name)
            for row in rows:
                if not isinstance(row, dict) or set(row) != expected:
                    problems.append(f"{RECORDS}: a {name} row of assessment {case_id} does not "
                                    "have the table's columns")
                    break
    expected = columns_of("audit_entry")
    for number, entry in enumerate(entries, start=1):
        if not isinstance(entry, dict) or set(entry) != expected:
            problems.append(f"{AUDIT}: line {number} is not an audit entry (its fields differ)")
            break
    return problems


def _chain_problems(entries: list[Row], origin: dict[str, Any],
                    progress: Progress = no_progress) -> list[str]:
    from models.audit import compute_entry_hash

    previous, problems = ZERO_HASH, list[str]()
    for expected, entry in enumerate(entries, start=1):
        if expected % EVERY == 1:
            progress(STEP_CHAIN, expected - 1, len(entries))
        where = f"{AUDIT}: entry {expected}"
        if entry.get("seq") != expected:
            return [*problems, f"{where} is missing (the next one is entry {entry.get('seq')})"]
        recomputed = compute_entry_hash(
            seq=entry["seq"], at=_at(entry["at"]), actor=entry["actor"], action=entry["action"],
            entity_type=entry["entity_type"], entity_id=entry["entity_id"],
            payload=entry["payload"], prev_hash=entry["prev_hash"], login=entry.get("login"))
        if recomputed != entry["entry_hash"]:
            problems.append(f"{where} was altered: its content no longer matches its hash")
        elif entry["prev_hash"] != previous:
            problems.append(f"{where} does not link to the entry before it")
        previous = entry["entry_hash"]
    head = origin.get("chain_head", {})
    if not entries or (len(entries), previous) != (head.get("seq"), head.get("hash")):
        problems.append(f"{AUDIT}: the chain does not end at the head the manifest names "
                        f"(entry {head.get('seq')}): entries were cut off or added")
    elif entries[0]["entry_hash"] != origin.get("record_id"):
        problems.append(f"{AUDIT}: its first entry is not the record the manifest names")
    return problems


def _at(text: str) -> datetime:
    return datetime.fromisoformat(text)


def _row_problems(checked: CheckedBundle, entries: list[Row],
                  members: dict[str, bytes], progress: Progress = no_progress) -> list[str]:
    """Every carried row against the entry that recorded it (see docs/bundle-format.md)."""
    # Each entry filed under its action and every id it names, so a row is compared with the
    # few entries that name it, not with the whole chain (10k cases: quadratic otherwise).
    filed: dict[tuple[str, str, Any], list[tuple[Row, dict[str, Any]]]] = {}
    for entry in entries:
        try:
            payload = json.loads(entry["payload"])
        except ValueError:
            payload = {}
        if not isinstance(payload, dict):
            payload = {}
        named = [("entity_id", entry["entity_id"])] + [
            (name, payload[name]) for name in _ID_FIELDS
            if isinstance(payload.get(name), (str, int))]
        for name, value in named:
            filed.setdefault((entry["action"], name, value), []).append((entry, payload))

    def find(actions: Sequence[str], test: Any, name: str, value: Any) -> bool:
        """Whether an entry of one of `actions` naming `value` in its `name` passes `test`."""
        return any(test(e, p) for a in actions for e, p in filed.get((a, name, value), ()))

    heads = {e["entry_hash"] for e in entries}
    problems: list[str] = []
    for number, (case_id, t) in enumerate(checked.cases.items()):
        if number % EVERY == 0:
            progress(STEP_CASES, number, len(checked.cases))

        def bad(what: str, key: str, case: str = case_id) -> None:
            problems.append(f"{RECORDS}: {what} {key} of assessment {case} is not as the "
                            "origin's audit entries recorded it")
        if not find((*CREATING, CASE_ACTION), lambda e, p: True, "entity_id", case_id):
            bad("the assessment", case_id)
        for d in t["decision"]:
            if not find(("assessment.decide", CASE_ACTION), lambda e, p, d=d: (
                    p.get("decision_id"), p.get("record_hash")) == (d["id"], d["record_hash"]),
                    "decision_id", d["id"]):
                bad("decision", d["id"])
        for d in t["dissent"]:
            dissent = (d["decision_id"], d["reviewer"], sha256_hex(d["text"]))
            if not find(("dissent.add",), lambda e, p, d=d, s=dissent: p.get("dissent_id") == d[
                    "id"] and (p.get("decision_id"), e["actor"], p.get("text_sha256")) == s,
                        "dissent_id", d["id"]) \
                    and not find((CASE_ACTION,), lambda e, p, d=d, s=dissent: tuple(
                        p.get("dissents", {}).get(d["id"], {}).get(k) for k in
                        ("decision_id", "reviewer", "text_sha256")) == s, "entity_id", case_id):
                bad("dissent", d["id"])
        for n in t["case_note"]:
            note = (n["author"], sha256_hex(n["text"]))
            if not find(("note.add",), lambda e, p, n=n, s=note: p.get("note_id") == n["id"]
                        and (e["actor"], p.get("text_sha256")) == s, "note_id", n["id"]) \
                    and not find((CASE_ACTION,), lambda e, p, n=n, s=note: tuple(
                        p.get("notes", {}).get(n["id"], {}).get(k) for k in
                        ("author", "text_sha256")) == s, "entity_id", case_id):
                bad("note", n["id"])
        for r in t["routing_step"]:
            step = (case_id, r["position"], r["act"], r["actor"], sha256_hex(r["comment"]))
            if not find((f"routing.{r['act']}",), lambda e, p, r=r, s=step: p.get(
                    "step_id") == r["id"] and (p.get("assessment_id"), p.get("position"),
                                               p.get("act"), e["actor"],
                                               p.get("comment_sha256")) == s,
                        "step_id", r["id"]):
                bad("routing step", r["id"])
        for r in t["condition_review"]:
            if not find(("condition.review",), lambda e, p: True, "review_id", r["id"]):
                bad("condition review", r["id"])
        for what, name, action, key, sealed_as in SEALED_CONTENT:
            for row in t[name]:
                digest = sealed_content_hash(name, row)
                if not find((action,), lambda e, p, r=row, k=key, h=digest: p.get(k) == r["id"]
                            and p.get("content_hash") == h and p.get("assessment_id") == r[
                                "assessment_id"]
                            and e["actor"] == r["set_by" if k == "resolution_id"
                                                else "recorded_by"], key, row["id"]) \
                        and not find((CASE_ACTION,), lambda e, p, r=row, s=sealed_as, h=digest:
                                     p.get(s, {}).get(r["id"]) == h, "entity_id", case_id):
                    bad(what, row["id"])
        for memo in t["memo"]:
            checked.memos += 1
            pdf = members.get(f"memos/{memo['id']}.pdf")
            signers = [s["cert_fingerprint"] for s in sorted(
                (s for s in t["memo_signature"] if s["memo_id"] == memo["id"]),
                key=lambda s: s["sequence"])]
            if pdf is None or sha256_hex(pdf) != memo["sha256"]:
                problems.append(f"memos/{memo['id']}.pdf: memo {memo['reference']} "
                                f"({memo['stage']}): its bytes do not match its recorded SHA-256")
                continue
            stored = find(("memo.store",), lambda e, p, m=memo, s=signers: p.get(
                "memo_id") == m["id"] and p.get("sha256") == m["sha256"]
                and p.get("signers") == s and p.get("stage") == m["stage"], "memo_id", memo["id"])
            # brought in by an earlier hop: its head is of that hop's origin, checked there
            passed_on = find((CASE_ACTION,), lambda e, p, m=memo, s=signers: (
                p.get("memos", {}).get(m["id"], {}) == {
                    **{k: m[k] for k in ("reference", "stage", "sha256", "audit_head")},
                    "signers": s}), "entity_id", case_id)
            if not stored and not passed_on:
                problems.append(f"memos/{memo['id']}.pdf: memo {memo['reference']} "
                                f"({memo['stage']}) is not the one the origin's audit entries "
                                "recorded")
            elif stored and memo["audit_head"] != ZERO_HASH and memo["audit_head"] not in heads:
                problems.append(f"memos/{memo['id']}.pdf: the audit head it names is not in "
                                "the origin's chain")
            else:
                checked.memo_pdfs[memo["id"]] = pdf
    return problems


def import_bundle(db: Database, data: bytes, roots: Sequence[Any], *, actor: str,
                  progress: Progress = no_progress) -> tuple[CheckedBundle, ImportOutcome | None]:
    """Check, then (only if nothing is wrong) write what the record lacks. `progress` may
    raise models.errors.Cancelled to stop; nothing is then written."""
    checked = check_bundle(data, roots, progress)
    if not checked.ok:
        return checked, None
    origin = checked.manifest["origin"]
    provenance = {"bundle_sha256": checked.sha256,
                  "format_version": checked.manifest["format_version"],
                  "origin": {key: origin[key] for key in (
                      "record_id", "chain_head", "exported_by", "exporter_certificate",
                      "exported_at")},
                  "memos": {m["id"]: m["sha256"] for t in checked.cases.values()
                            for m in t["memo"]}}
    outcome = import_cases(db, checked.cases, checked.playbooks, checked.memo_pdfs,
                           actor=actor, provenance=provenance, progress=progress)
    return checked, outcome
