"""What `audit verify` cannot see on its own, and what sees it instead.

An administrator who rewrites the audit chain and recomputes every hash after the change, who
cuts off its last entries and moves the head back, or who puts back an older copy of the
database, leaves a chain that is consistent with itself. Outside anchors catch it:
- the head this installation last saw (models.startup.check_on_open, run on every opening);
- the audit head printed on every memo, inside its signed bytes (reports.archive).
A damaged SQLite file is caught by the quick check on opening.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from pathlib import Path

import sqlalchemy as sa

from models.audit import compute_entry_hash
from models.audit_check import verify_chain
from models.errors import DatabaseUnavailable
from models.opening import open_record
from models.startup import check_on_open
from tests.reliability.harness import Backend, Outcome, opened, triggers_off
from tests.reliability.tampering import RichRecord, archive_problems


def _rewrite_from(connection: sa.Connection, seq: int, *, actor: str) -> None:
    """Change entry `seq`'s actor and recompute every hash from there on, head included."""
    rows = connection.execute(sa.text(
        "SELECT seq, at, actor, action, entity_type, entity_id, payload, prev_hash, login "
        "FROM audit_entry WHERE seq >= :seq ORDER BY seq"), {"seq": seq}).all()
    previous = rows[0].prev_hash
    for row in rows:
        values = row._asdict()
        values["prev_hash"] = previous
        if row.seq == seq:
            values["actor"] = actor
        at = values["at"]
        if isinstance(at, str):  # SQLite hands back text through a plain connection
            from datetime import UTC, datetime
            at = datetime.fromisoformat(at).replace(tzinfo=UTC)
        values["at"] = at
        new_hash = compute_entry_hash(**values)
        connection.execute(sa.text(
            "UPDATE audit_entry SET actor = :actor, prev_hash = :prev, entry_hash = :hash "
            "WHERE seq = :seq"),
            {"actor": values["actor"], "prev": previous, "hash": new_hash, "seq": row.seq})
        previous = new_hash
    connection.execute(sa.text("UPDATE audit_head SET entry_hash = :h WHERE id = 1"),
                       {"h": previous})


def _cut_last(connection: sa.Connection, count: int) -> None:
    """Remove the last `count` entries (that touch no memo or decision) and move the head back."""
    last = connection.execute(sa.text("SELECT max(seq) FROM audit_entry")).scalar_one()
    keep = last - count
    connection.execute(sa.text("DELETE FROM audit_entry WHERE seq > :keep"), {"keep": keep})
    head = connection.execute(sa.text("SELECT entry_hash FROM audit_entry WHERE seq = :keep"),
                              {"keep": keep}).scalar_one()
    connection.execute(sa.text("UPDATE audit_head SET seq = :keep, entry_hash = :h WHERE id = 1"),
                       {"keep": keep, "h": head})


def consistent_rewrites(backend: Backend, record: RichRecord, data_dir: Path) -> Outcome:
    """Rewrites that leave a self-consistent chain: `audit verify` may pass, but the opening
    check or the archive check must say so."""
    from models.workflow import save_answer
    from tests.reliability.harness import PLAYBOOK, complete_draft

    outcome = Outcome(f"audit chain rewritten or cut back consistently ({backend.kind})")

    def detected(url: str) -> list[str]:
        with opened(url) as db:
            found = []
            chain = verify_chain(db)
            if not chain.ok:
                found.append(f"audit verify: {chain.problem[:80]}")
            startup = check_on_open(db)
            if not startup.ok:
                found.append(f"opening check: {startup.problems[0][:90]}")
            archive = archive_problems(db) or []
            if archive:
                found.append(f"archive check: {archive[0][:90]}")
        return found

    variants = ("entry rewritten, hashes recomputed (before the memos)",
                "entry rewritten, hashes recomputed (after the memos)",
                "last entries cut off, head moved back",
                "older copy of the database put back")
    for variant in variants:
        with backend.clone(record.url) as url:
            with opened(url) as db:
                draft = complete_draft(db, "Written after the memos")
                save_answer(db, draft, "summary", "later", actor="analyst", playbook=PLAYBOOK)
                check_on_open(db)  # this installation sees the head
                with db.engine.connect() as connection:
                    memo_entry = connection.execute(sa.text(
                        "SELECT min(seq) FROM audit_entry WHERE action = 'memo.store'")
                    ).scalar_one()
                    last = connection.execute(sa.text("SELECT max(seq) FROM audit_entry")
                                              ).scalar_one()
            if variant.startswith("older copy"):
                _restore_older_copy(backend, record.url, url)
            else:
                with opened(url) as db, triggers_off(db) as connection:
                    if "before the memos" in variant:
                        _rewrite_from(connection, memo_entry - 1, actor="someone else")
                    elif "after the memos" in variant:
                        _rewrite_from(connection, last - 1, actor="someone else")
                    else:
                        _cut_last(connection, 3)
            found = detected(url)
            outcome.note(f"{variant}: " + ("; ".join(found) if found else "NOT DETECTED"))
            outcome.trial([] if found else [f"{variant}: not detected"])
    return outcome


def _restore_older_copy(backend: Backend, older_url: str, url: str) -> None:
    """Replace the database at `url` with the content of `older_url` (taken before the latest
    writes): a backup put back, or a copy swapped in."""
    if backend.kind == "sqlite":
        source = sqlite3.connect(sa.engine.make_url(older_url).database or "")
        target = sqlite3.connect(sa.engine.make_url(url).database or "")
        try:
            source.backup(target)
        finally:
            target.close()
            source.close()
        return
    with opened(older_url) as old, opened(url) as new:
        meta = sa.MetaData()
        meta.reflect(new.engine)
        tables = [t for t in meta.sorted_tables if t.name != "alembic_version"]
        with triggers_off(new) as connection, old.engine.connect() as source:
            for table in reversed(tables):
                connection.execute(sa.delete(table))
            for table in tables:
                columns = [c for c in table.columns if c.computed is None]
                rows = source.execute(sa.select(*columns)).all()
                if rows:
                    connection.execute(sa.insert(table), [dict(r._mapping) for r in rows])


def damaged_file(backend: Backend, record: RichRecord, pages: int = 12) -> Outcome:
    """SQLite only: bytes of the file overwritten (a bad disk, a careless copy).

    SQLite keeps no checksums of its pages. Broken structure (a page header overwritten) is
    found by the quick check on opening; changed content of a decided record or of a memo is
    found by the hashes of `audit verify` and the archive check. Content elsewhere (drafts, the
    member registry, free space) has no checksum to fail: see docs/guarantees.md."""
    outcome = Outcome("damaged SQLite file (bytes overwritten on disk)")
    if backend.kind != "sqlite":
        return outcome
    with opened(record.url) as db, db.engine.connect() as connection:
        page_size = connection.exec_driver_sql("PRAGMA page_size").scalar_one()
        page_count = connection.exec_driver_sql("PRAGMA page_count").scalar_one()
    damages: list[tuple[str, Callable[[bytes], int | None], bytes]] = [
        (f"page {page} header", lambda _data, page=page: (page - 1) * page_size,
         b"\xde\xad\xbe\xef" * 8)
        for page in range(2, min(page_count, 2 + pages))
    ]
    signature = record.countersigned_pdf[-6000:-5900]  # inside the minister's signature
    damages += [
        ("bytes of the countersigned memo", lambda data: data.find(signature), b"0" * 16),
        ("a decided answer's rationale", lambda data: data.find(b"why gravity"), b"WHY GRAVITY"),
    ]
    for label, locate, junk in damages:
        with backend.clone(record.url) as url:
            path = Path(sa.engine.make_url(url).database or "")
            offset = locate(path.read_bytes())
            if offset is None or offset < 0:
                outcome.trial([f"{label}: not found in the file"])
                continue
            with open(path, "r+b") as stream:
                stream.seek(offset)
                stream.write(junk)
            found = _damage_found(url)
        outcome.note(f"{label}: {found or 'NOT DETECTED'}")
        outcome.trial([] if found else [f"{label}: not detected"])
    return outcome


def _damage_found(url: str) -> str:
    try:
        db = open_record(url)
    except DatabaseUnavailable as error:
        return f"opening refused: {str(error)[:90]}"
    try:
        report = check_on_open(db)
        if not report.ok:
            return f"opening check: {report.problems[0][:90]}"
        chain = verify_chain(db)
        if not chain.ok:
            return f"audit verify: {chain.problem[:90]}"
        archive = archive_problems(db) or []
        if archive:
            return f"archive check: {archive[0][:90]}"
        return ""
    except DatabaseUnavailable as error:
        return f"reading refused: {str(error)[:90]}"
    finally:
        db.close()


def seen_heads(data_dir: Path) -> list[dict[str, object]]:
    folder = data_dir / "seen-audit-heads"
    return [json.loads(p.read_text()) for p in folder.glob("*.json")] if folder.exists() else []


# ---------------------------------------------------------------------------------------------
# Limits: what nothing in the application can see (reported beside the table, not as passes)


def demonstrate_limits(backend: Backend, record: RichRecord) -> list[str]:
    """Run the attacks the record cannot detect, and say what each check answered."""
    import hashlib

    from models.audit import append_entry
    from models.tables import new_id, utc_now

    lines = []
    with backend.clone(record.url) as url:
        with opened(url) as db:
            check_on_open(db)  # this installation has seen the head
            # Someone with write access appends a dissent with a correctly made audit entry:
            # the chain has no secret, so a well-formed forgery at its end is indistinguishable
            # from a real entry. The triggers allow it (dissent may be added after a decision).
            with db.write_session() as session:
                dissent_id = new_id()
                session.execute(sa.text(
                    "INSERT INTO dissent (id, decision_id, reviewer, text, recorded_at) "
                    "VALUES (:id, :decision, 'Reviewer', 'A forged dissent', :at)"),
                    {"id": dissent_id, "decision": record.decision_id, "at": utc_now()})
                append_entry(session, actor="Reviewer", action="dissent.add",
                             entity_type="assessment", entity_id=record.assessment_id,
                             payload={"assessment_id": record.assessment_id,
                                      "decision_id": record.decision_id,
                                      "dissent_id": dissent_id,
                                      "text_sha256": hashlib.sha256(b"A forged dissent")
                                      .hexdigest()})
            chain, startup = verify_chain(db), check_on_open(db)
            archive = archive_problems(db) or []
        lines.append("a forged dissent appended with a well-formed audit entry (write access, "
                     f"triggers in place): audit verify {'passes' if chain.ok else 'fails'}, "
                     f"opening check {'passes' if startup.ok else 'warns'}, archive check "
                     f"{'passes' if not archive else 'fails'}")
    with backend.clone(record.url) as url:
        with opened(url) as db, db.engine.begin() as connection:
            connection.execute(sa.text("UPDATE member_state SET population = population * 2 "
                                       "WHERE iso = 'CAN'"))
            payloads = connection.execute(sa.text(
                "SELECT count(*) FROM audit_entry WHERE action = 'members.import'")).scalar_one()
        with opened(url) as db:
            chain = verify_chain(db)
        lines.append("a member's population changed directly in member_state (registry rows "
                     f"are audited on import, {payloads} import entries here, and compared "
                     "with the hash of the latest registry revision): audit verify "
                     f"{'passes' if chain.ok else 'fails'}; decided records keep their own "
                     "evaluation snapshot and the registry revision they were judged against")
    if backend.kind == "sqlite":
        with backend.clone(record.url) as url:
            with opened(url) as db:
                from models.workflow import create_assessment, save_answer
                from tests.reliability.harness import PLAYBOOK

                draft = create_assessment(db, PLAYBOOK, title="A draft", actor="analyst")
                save_answer(db, draft, "summary", "Draft rationale text", actor="analyst",
                            playbook=PLAYBOOK, rationale="DRAFT-RATIONALE-MARKER")
            path = Path(sa.engine.make_url(url).database or "")
            plain = sqlite3.connect(path)
            plain.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            plain.close()
            data = path.read_bytes()
            offset = data.find(b"DRAFT-RATIONALE-MARKER")
            with open(path, "r+b") as stream:
                stream.seek(offset)
                stream.write(b"draft-rationale-marker")
            found = _damage_found(url)
        lines.append("bytes of a draft's answer overwritten in the SQLite file (no page "
                     f"checksums; drafts carry no hash): {found or 'nothing notices'}")
    return lines
